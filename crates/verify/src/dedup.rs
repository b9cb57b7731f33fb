//! Near-duplicate sources: syndicated wire copy republished with new
//! boilerplate is one source, not several confirmations.
//!
//! Each text becomes a set of five-word shingles, summarized by a MinHash
//! signature; locality-sensitive banding proposes candidate pairs, and pairs
//! whose estimated resemblance reaches [`SAME_STORY`] are joined.

use std::collections::HashMap;

/// Estimated Jaccard resemblance from which two texts count as copies.
pub const SAME_STORY: f64 = 0.7;

const HASHES: usize = 64;
const BANDS: usize = 16;
const ROWS: usize = HASHES / BANDS;
const SHINGLE: usize = 5;

fn fnv1a(bytes: &[u8], seed: u64) -> u64 {
    let mut h = 0xcbf2_9ce4_8422_2325u64 ^ seed.wrapping_mul(0x9e37_79b9_7f4a_7c15);
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    // Final mix so nearby seeds give independent values.
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^ (h >> 33)
}

/// The MinHash signature of a text's word shingles, or `None` for a text
/// too short to judge.
fn signature(text: &str) -> Option<[u32; HASHES]> {
    // One hash per lowercase word, computed once.
    let mut word = String::new();
    let hashes: Vec<u64> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            word.clear();
            word.extend(w.chars().flat_map(char::to_lowercase));
            fnv1a(word.as_bytes(), 0)
        })
        .collect();
    if hashes.len() < SHINGLE * 4 {
        return None;
    }
    // Each slot's hash function is the shingle's hash xor a constant of
    // its own, then mixed; 32-bit slots are plenty for a few thousand
    // shingles.
    let seeds: [u32; HASHES] = std::array::from_fn(|i| (i as u32 + 1).wrapping_mul(0x9e37_79b9));
    let mut sig = [u32::MAX; HASHES];
    for window in hashes.windows(SHINGLE) {
        // Order matters: "a b" and "b a" are different shingles.
        let base = window.iter().fold(0u64, |h, w| {
            (h.rotate_left(23) ^ w).wrapping_mul(0x9e37_79b9_7f4a_7c15)
        });
        let base = (base ^ (base >> 32)) as u32;
        for (slot, seed) in sig.iter_mut().zip(seeds) {
            *slot = (*slot).min(mix(base ^ seed));
        }
    }
    Some(sig)
}

/// MurmurHash3's 32-bit finalizer: one cheap, well-spread hash per
/// MinHash slot.
fn mix(mut x: u32) -> u32 {
    x = (x ^ (x >> 16)).wrapping_mul(0x85eb_ca6b);
    x = (x ^ (x >> 13)).wrapping_mul(0xc2b2_ae35);
    x ^ (x >> 16)
}

/// The signature of each text, computed on all cores for many texts.
fn signatures(texts: &[&str]) -> Vec<Option<[u32; HASHES]>> {
    crate::parallel::map_in_order(texts.to_vec(), signature)
}

fn resemblance(a: &[u32; HASHES], b: &[u32; HASHES]) -> f64 {
    a.iter().zip(b).filter(|(x, y)| x == y).count() as f64 / HASHES as f64
}

/// Groups of near-duplicate texts: for each text, the index of the first
/// text of its group (a text alone is its own group).
pub fn group_near_duplicates(texts: &[&str]) -> Vec<usize> {
    let sigs = signatures(texts);
    let mut parent: Vec<usize> = (0..texts.len()).collect();
    fn find(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    let mut buckets: HashMap<(usize, u64), Vec<usize>> = HashMap::new();
    for (i, sig) in sigs.iter().enumerate() {
        let Some(sig) = sig else { continue };
        for band in 0..BANDS {
            let key = sig[band * ROWS..(band + 1) * ROWS]
                .iter()
                .fold(0u64, |acc, v| fnv1a(&v.to_le_bytes(), acc));
            buckets.entry((band, key)).or_default().push(i);
        }
    }
    let mut keys: Vec<&(usize, u64)> = buckets.keys().collect();
    keys.sort();
    for key in keys {
        let members = &buckets[key];
        for (n, &a) in members.iter().enumerate() {
            for &b in &members[n + 1..] {
                if let (Some(sa), Some(sb)) = (&sigs[a], &sigs[b]) {
                    if resemblance(sa, sb) >= SAME_STORY {
                        let (ra, rb) = (find(&mut parent, a), find(&mut parent, b));
                        let (lo, hi) = (ra.min(rb), ra.max(rb));
                        parent[hi] = lo;
                    }
                }
            }
        }
    }
    (0..texts.len()).map(|i| find(&mut parent, i)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copies_with_new_boilerplate_group_and_other_stories_do_not() {
        let story = "Dock workers ended their nine-day strike on Thursday after the port authority agreed to a seven percent pay rise, the union said, adding that cargo handling would resume on Friday morning at all terminals of the harbour.";
        let copy = format!("{story} Reporting by the wire desk. Copyright 2025.");
        let other = "The city council approved a new budget on Monday that raises spending on schools and public transport while cutting the cost of administration, the mayor said after a long session that ended late at night.";
        let groups = group_near_duplicates(&[story, &copy, other]);
        assert_eq!(groups, vec![0, 0, 2]);
    }

    #[test]
    fn short_texts_stay_alone() {
        assert_eq!(group_near_duplicates(&["a b c", "a b c"]), vec![0, 1]);
    }
}
