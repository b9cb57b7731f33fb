//! robots.txt (RFC 9309): which paths of a site a crawler may fetch, and
//! how long it should wait between requests.

use std::time::Duration;

/// The rules of one site's robots.txt that apply to one crawler.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Robots {
    /// `(allow, pattern)` pairs from the groups that name this crawler, or
    /// from the `*` groups when none does.
    rules: Vec<(bool, String)>,
    /// A `Crawl-delay` from the same groups (not in RFC 9309, but widely
    /// used to ask for slower crawling).
    crawl_delay: Option<Duration>,
    /// Disallow everything: robots.txt could not be fetched because the
    /// server failed (RFC 9309 §2.3.1.4).
    unreachable: bool,
}

impl Robots {
    /// No restrictions: what a missing robots.txt (HTTP 4xx) means.
    pub fn allow_all() -> Self {
        Robots::default()
    }

    /// Everything disallowed: what an unreachable robots.txt (HTTP 5xx or
    /// no answer) means.
    pub fn unreachable() -> Self {
        Robots {
            unreachable: true,
            ..Robots::default()
        }
    }

    /// The rules in `text` that apply to a crawler whose product token is
    /// `agent` (matched case-insensitively; e.g. "factcheck").
    ///
    /// ```
    /// use factcheck_fetch::Robots;
    /// let robots = Robots::parse("User-agent: *\nDisallow: /private/\nAllow: /private/ok", "factcheck");
    /// assert!(robots.allows("/news/1"));
    /// assert!(!robots.allows("/private/notes"));
    /// assert!(robots.allows("/private/ok.html"));
    /// ```
    pub fn parse(text: &str, agent: &str) -> Self {
        let agent = agent.to_ascii_lowercase();
        let mut named = Group::default();
        let mut any = Group::default();
        // The agents of the group being read, and whether a rule line has
        // ended its run of user-agent lines.
        let mut agents: Vec<String> = Vec::new();
        let mut in_rules = false;
        for line in text.lines() {
            let line = line.split('#').next().unwrap_or("").trim();
            let Some((key, value)) = line.split_once(':') else {
                continue;
            };
            let key = key.trim().to_ascii_lowercase();
            let value = value.trim();
            match key.as_str() {
                "user-agent" => {
                    if in_rules {
                        agents.clear();
                        in_rules = false;
                    }
                    agents.push(value.to_ascii_lowercase());
                }
                "allow" | "disallow" | "crawl-delay" => {
                    in_rules = true;
                    let names_us = agents
                        .iter()
                        .any(|a| a != "*" && agent.starts_with(a.as_str()));
                    let target = if names_us {
                        &mut named
                    } else if agents.iter().any(|a| a == "*") {
                        &mut any
                    } else {
                        continue;
                    };
                    target.seen = true;
                    if key == "crawl-delay" {
                        if let Ok(seconds) = value.parse::<f64>() {
                            if seconds.is_finite() && seconds >= 0.0 {
                                target.crawl_delay =
                                    Some(Duration::from_secs_f64(seconds.min(3600.0)));
                            }
                        }
                    } else if !value.is_empty() {
                        target.rules.push((key == "allow", value.to_string()));
                    }
                }
                _ => {}
            }
        }
        let chosen = if named.seen { named } else { any };
        Robots {
            rules: chosen.rules,
            crawl_delay: chosen.crawl_delay,
            unreachable: false,
        }
    }

    /// Whether `path` (with its query, starting with `/`) may be fetched:
    /// the longest matching rule decides, and `Allow` wins a tie.
    pub fn allows(&self, path: &str) -> bool {
        if self.unreachable {
            return false;
        }
        if path == "/robots.txt" {
            return true;
        }
        let mut best: Option<(usize, bool)> = None;
        for (allow, pattern) in &self.rules {
            if matches(pattern, path) {
                let len = pattern.len();
                let better = match best {
                    None => true,
                    Some((best_len, best_allow)) => {
                        len > best_len || (len == best_len && *allow && !best_allow)
                    }
                };
                if better {
                    best = Some((len, *allow));
                }
            }
        }
        best.is_none_or(|(_, allow)| allow)
    }

    /// The delay the site asks for between requests, if any.
    pub fn crawl_delay(&self) -> Option<Duration> {
        self.crawl_delay
    }

    /// Whether the rules come from a robots.txt that could not be fetched.
    pub fn is_unreachable(&self) -> bool {
        self.unreachable
    }
}

#[derive(Default)]
struct Group {
    seen: bool,
    rules: Vec<(bool, String)>,
    crawl_delay: Option<Duration>,
}

/// Whether a robots.txt path pattern matches `path` from its start: `*`
/// stands for any run of characters, a final `$` anchors the end.
fn matches(pattern: &str, path: &str) -> bool {
    let (pattern, anchored) = match pattern.strip_suffix('$') {
        Some(p) => (p, true),
        None => (pattern, false),
    };
    let p = pattern.as_bytes();
    let s = path.as_bytes();
    // Greedy wildcard matching with one backtrack point: linear in practice
    // and never exponential.
    let (mut pi, mut si) = (0, 0);
    let mut star: Option<(usize, usize)> = None;
    loop {
        if pi == p.len() && (!anchored || si == s.len()) {
            return true;
        }
        if pi < p.len() && p[pi] == b'*' {
            star = Some((pi, si));
            pi += 1;
            continue;
        }
        if pi < p.len() && si < s.len() && p[pi] == s[si] {
            pi += 1;
            si += 1;
            continue;
        }
        match star {
            Some((star_p, star_s)) if star_s < s.len() => {
                star = Some((star_p, star_s + 1));
                pi = star_p + 1;
                si = star_s + 1;
            }
            _ => return false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_most_specific_group_applies() {
        let text = "User-agent: *\nDisallow: /\n\nUser-agent: FactCheck\nDisallow: /drafts\nCrawl-delay: 2\n";
        let robots = Robots::parse(text, "factcheck");
        assert!(robots.allows("/news"));
        assert!(!robots.allows("/drafts/1"));
        assert_eq!(robots.crawl_delay(), Some(Duration::from_secs(2)));
        let other = Robots::parse(text, "otherbot");
        assert!(!other.allows("/news"));
    }

    #[test]
    fn grouped_agents_share_rules() {
        let text =
            "User-agent: a\nUser-agent: factcheck\nDisallow: /x\nUser-agent: b\nDisallow: /y\n";
        let robots = Robots::parse(text, "factcheck");
        assert!(!robots.allows("/x"));
        assert!(robots.allows("/y"));
    }

    #[test]
    fn wildcards_and_anchors() {
        let robots = Robots::parse(
            "User-agent: *\nDisallow: /*.pdf$\nDisallow: /search*q=\nAllow: /$\n",
            "factcheck",
        );
        assert!(!robots.allows("/files/report.pdf"));
        assert!(robots.allows("/files/report.pdf.html"));
        assert!(!robots.allows("/search?lang=en&q=trade"));
        assert!(robots.allows("/"));
        assert!(robots.allows("/robots.txt"));
    }

    #[test]
    fn longest_match_wins_and_allow_wins_ties() {
        let robots = Robots::parse(
            "User-agent: *\nDisallow: /a\nAllow: /a\nDisallow: /b/\nAllow: /b/c",
            "factcheck",
        );
        assert!(robots.allows("/a/1"));
        assert!(!robots.allows("/b/d"));
        assert!(robots.allows("/b/c/d"));
    }

    #[test]
    fn empty_disallow_and_unreachable() {
        assert!(Robots::parse("User-agent: *\nDisallow:\n", "factcheck").allows("/x"));
        assert!(!Robots::unreachable().allows("/x"));
        assert!(Robots::allow_all().allows("/x"));
    }

    #[test]
    fn pathological_patterns_stay_fast() {
        let pattern = format!("User-agent: *\nDisallow: /{}x$\n", "*a".repeat(50));
        let robots = Robots::parse(&pattern, "factcheck");
        let path = format!("/{}", "a".repeat(5000));
        assert!(robots.allows(&path));
    }
}
