//! Article extraction from HTML: the main text without navigation, banners,
//! link lists, share bars or comments, and the page's metadata.
//!
//! The body is found with general signals only: how much text a container
//! holds in paragraph-like blocks, how much of it is link text, class and id
//! hints, and continuity of paragraphs. There are no per-site rules.

use std::collections::BTreeMap;

use ego_tree::{NodeId, NodeRef};
use factcheck_document::Document;
use scraper::{node::Node, ElementRef, Html, Selector};

use crate::dates::{date_in_url, parse_date};

/// Extracts the article and its metadata from an HTML page read from `location`.
///
/// ```
/// let html = r#"<html lang="en"><head><title>Port reopens | Daily Wire</title></head>
///   <body><nav><a href="/">Home</a> <a href="/w">World</a></nav>
///   <article><h1>Port reopens</h1>
///   <p>The harbour reopened on Monday after a storm closed it for four days, officials said.</p>
///   <p>About 300 ships had been waiting offshore, according to the port authority.</p></article>
///   <aside class="most-read"><a href="/x">Ten things to know</a></aside></body></html>"#;
/// let doc = factcheck_fetch::extract_html(html, "page.html");
/// assert_eq!(doc.title.as_deref(), Some("Port reopens"));
/// assert!(doc.text.starts_with("The harbour reopened"));
/// assert!(!doc.text.contains("Ten things"));
/// ```
pub fn extract_html(html: &str, location: &str) -> Document {
    let page = Html::parse_document(html);
    let meta = Meta::read(&page);
    let text = prefer_declared_body(body_text(&page), meta.declared_body.as_deref());
    let canonical = meta.canonical.clone();
    let published = meta
        .published
        .or_else(|| canonical.as_deref().and_then(date_in_url))
        .or_else(|| {
            location
                .starts_with("http")
                .then(|| date_in_url(location))
                .flatten()
        });
    Document {
        location: location.to_string(),
        canonical_url: canonical,
        title: meta.title,
        byline: meta.byline,
        publisher: meta.publisher,
        published,
        language: meta.language,
        text,
    }
}

fn selector(css: &str) -> Selector {
    // The selectors below are constants; a failure is a programming error
    // caught by the unit tests, so fall back to a selector matching nothing.
    Selector::parse(css).unwrap_or_else(|_| Selector::parse("__never__").expect("valid fallback"))
}

/// Metadata read from `<head>`, JSON-LD and visible markup, most trusted first.
#[derive(Default)]
struct Meta {
    title: Option<String>,
    byline: Option<String>,
    publisher: Option<String>,
    published: Option<chrono::DateTime<chrono::FixedOffset>>,
    canonical: Option<String>,
    language: Option<String>,
    /// The article body the page declares in JSON-LD (`articleBody`).
    declared_body: Option<String>,
}

impl Meta {
    fn read(page: &Html) -> Meta {
        let meta_content = |names: &[&str]| -> Option<String> {
            names.iter().find_map(|name| {
                let css = format!(
                    "meta[property=\"{name}\"], meta[name=\"{name}\"], meta[itemprop=\"{name}\"]"
                );
                page.select(&selector(&css))
                    .find_map(|m| m.value().attr("content").map(clean_inline))
                    .filter(|s| !s.is_empty())
            })
        };
        let ld = JsonLd::read(page);
        let first_text = |css: &str| {
            page.select(&selector(css))
                .map(|e| clean_inline(&e.text().collect::<String>()))
                .find(|s| !s.is_empty())
        };
        let site = meta_content(&["og:site_name", "application-name"]);
        let title = meta_content(&["og:title", "twitter:title"])
            .or_else(|| ld.headline.clone())
            .or_else(|| first_text("h1"))
            .or_else(|| first_text("title").map(|t| strip_site_suffix(&t, site.as_deref())));
        let published = ld
            .published
            .as_deref()
            .and_then(parse_date)
            .or_else(|| {
                meta_content(&["article:published_time", "og:published_time"])
                    .as_deref()
                    .and_then(parse_date)
            })
            .or_else(|| {
                page.select(&selector("time[datetime]"))
                    .find_map(|t| t.value().attr("datetime").and_then(parse_date))
            })
            .or_else(|| {
                meta_content(&[
                    "date",
                    "pubdate",
                    "publishdate",
                    "DC.date",
                    "DC.date.issued",
                    "dc.date",
                    "sailthru.date",
                    "parsely-pub-date",
                    "datePublished",
                ])
                .as_deref()
                .and_then(parse_date)
            });
        let canonical = page
            .select(&selector("link[rel=\"canonical\"]"))
            .find_map(|l| l.value().attr("href").map(str::to_string))
            .or_else(|| meta_content(&["og:url"]));
        let byline = ld
            .author
            .clone()
            .or_else(|| {
                meta_content(&["author", "article:author"]).filter(|a| !a.starts_with("http"))
            })
            .or_else(|| first_text("[rel=\"author\"], .byline, .author"));
        let language = page
            .root_element()
            .value()
            .attr("lang")
            .map(str::to_string)
            .or_else(|| meta_content(&["og:locale", "language"]));
        Meta {
            title,
            byline,
            publisher: ld.publisher.or(site),
            declared_body: ld.body,
            published,
            canonical,
            language,
        }
    }
}

/// Fields of the page's JSON-LD article object.
#[derive(Default)]
struct JsonLd {
    headline: Option<String>,
    published: Option<String>,
    author: Option<String>,
    publisher: Option<String>,
    body: Option<String>,
}

impl JsonLd {
    fn read(page: &Html) -> JsonLd {
        let mut out = JsonLd::default();
        for script in page.select(&selector("script[type=\"application/ld+json\"]")) {
            let raw: String = script.text().collect();
            let Ok(value) = serde_json::from_str::<serde_json::Value>(raw.trim()) else {
                continue;
            };
            let mut stack = vec![&value];
            while let Some(v) = stack.pop() {
                match v {
                    serde_json::Value::Array(items) => stack.extend(items.iter().rev()),
                    serde_json::Value::Object(map) => {
                        if let Some(graph) = map.get("@graph") {
                            stack.push(graph);
                        }
                        let str_of = |k: &str| map.get(k).and_then(name_of);
                        if map.contains_key("headline") || map.contains_key("datePublished") {
                            out.headline = out.headline.take().or_else(|| str_of("headline"));
                            out.published =
                                out.published.take().or_else(|| str_of("datePublished"));
                            out.author = out.author.take().or_else(|| str_of("author"));
                            out.publisher = out.publisher.take().or_else(|| str_of("publisher"));
                            out.body = out.body.take().or_else(|| {
                                map.get("articleBody")
                                    .and_then(|b| b.as_str())
                                    .map(str::to_string)
                            });
                        }
                    }
                    _ => {}
                }
            }
        }
        out
    }
}

/// A JSON-LD value as text: a string, an object's `name`, or a list of them.
fn name_of(v: &serde_json::Value) -> Option<String> {
    match v {
        serde_json::Value::String(s) => Some(clean_inline(s)).filter(|s| !s.is_empty()),
        serde_json::Value::Object(map) => map.get("name").and_then(name_of),
        serde_json::Value::Array(items) => {
            let names: Vec<String> = items.iter().filter_map(name_of).collect();
            (!names.is_empty()).then(|| names.join(", "))
        }
        _ => None,
    }
}

/// The body found in the page's markup, or the JSON-LD `articleBody` when
/// the markup yields much less (pages that render their text with script).
fn prefer_declared_body(from_markup: String, declared: Option<&str>) -> String {
    let Some(declared) = declared else {
        return from_markup;
    };
    let declared = if declared.contains('<') {
        Html::parse_fragment(declared)
            .root_element()
            .text()
            .collect::<String>()
    } else {
        declared.to_string()
    };
    let paragraphs: Vec<String> = declared
        .split('\n')
        .map(clean_inline)
        .filter(|p| !p.is_empty())
        .collect();
    let declared = paragraphs.join("\n\n");
    if declared.len() >= 200 && from_markup.len() * 10 < declared.len() * 6 {
        declared
    } else {
        from_markup
    }
}

/// "Headline | Site" → "Headline".
fn strip_site_suffix(title: &str, site: Option<&str>) -> String {
    for sep in [" | ", " - ", " — ", " – ", " :: "] {
        if let Some(i) = title.rfind(sep) {
            let (head, tail) = (&title[..i], &title[i + sep.len()..]);
            let tail_is_site = site.is_some_and(|s| tail.trim().eq_ignore_ascii_case(s.trim()))
                || tail.split_whitespace().count() <= 4 && head.split_whitespace().count() > 3;
            if tail_is_site {
                return head.trim().to_string();
            }
        }
    }
    title.trim().to_string()
}

/// Collapses runs of whitespace to one space and trims.
fn clean_inline(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Elements that never hold article text.
fn is_skipped_tag(tag: &str) -> bool {
    matches!(
        tag,
        "script"
            | "style"
            | "noscript"
            | "nav"
            | "footer"
            | "aside"
            | "iframe"
            | "svg"
            | "button"
            | "select"
            | "option"
            | "template"
            | "figcaption"
            | "header"
            | "menu"
            | "dialog"
            | "input"
            | "textarea"
            | "label"
            | "canvas"
            | "video"
            | "audio"
            | "map"
            | "object"
            | "head"
            | "title"
            | "link"
            | "meta"
            | "h1"
    )
}

/// Inline elements that wrap text but never make an article container.
fn is_inline_tag(tag: &str) -> bool {
    matches!(
        tag,
        "span" | "font" | "b" | "i" | "em" | "strong" | "u" | "small" | "big" | "a" | "sup" | "sub"
    )
}

/// Elements whose text is one paragraph-like block.
fn is_block_tag(tag: &str) -> bool {
    matches!(
        tag,
        "p" | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "li"
            | "blockquote"
            | "pre"
            | "dd"
            | "dt"
            | "td"
            | "th"
    )
}

fn is_heading(tag: &str) -> bool {
    matches!(tag, "h2" | "h3" | "h4" | "h5" | "h6")
}

/// Tags that break text into separate blocks when nested inside another.
fn is_structural(tag: &str) -> bool {
    is_block_tag(tag)
        || matches!(
            tag,
            "div"
                | "section"
                | "article"
                | "main"
                | "ul"
                | "ol"
                | "table"
                | "tr"
                | "tbody"
                | "h1"
                | "figure"
                | "dl"
                | "br"
                | "hr"
        )
}

const NEGATIVE_HINTS: &[&str] = &[
    "comment",
    "cookie",
    "consent",
    "gdpr",
    "banner",
    "share",
    "sharing",
    "social",
    "related",
    "popular",
    "most-read",
    "mostread",
    "trending",
    "newsletter",
    "subscribe",
    "signup",
    "promo",
    "advert",
    "sponsor",
    "sidebar",
    "footer",
    "breadcrumb",
    "masthead",
    "menu",
    "navbar",
    "outbrain",
    "taboola",
    "recommend",
    "modal",
    "popup",
    "caption",
    "byline",
    "author-bio",
    "tags",
    "toolbar",
    "skip-link",
    "read-more",
    "readmore",
    "more-from",
];
const POSITIVE_HINTS: &[&str] = &[
    "article", "content", "story", "entry", "post", "body", "text", "main", "prose", "blog",
];

/// Class/id hints of an element: negative, positive, or neither.
fn hint(el: &ElementRef<'_>) -> (bool, bool) {
    let v = el.value();
    let mut attrs = String::new();
    for a in [
        v.attr("class"),
        v.attr("id"),
        v.attr("role"),
        v.attr("aria-label"),
    ]
    .into_iter()
    .flatten()
    {
        attrs.push_str(&a.to_ascii_lowercase());
        attrs.push(' ');
    }
    if attrs.is_empty() {
        return (false, false);
    }
    let negative = NEGATIVE_HINTS.iter().any(|h| attrs.contains(h))
        || attrs.split([' ', '-', '_']).any(|w| {
            matches!(
                w,
                "nav" | "ads" | "complementary" | "navigation" | "contentinfo"
            )
        });
    // Comments, related links and share bars stay boilerplate even inside
    // an element that also says "post" or "content" ("comments-area post-comments").
    let strong = STRONG_NEGATIVE_HINTS.iter().any(|h| attrs.contains(h));
    let positive = !strong && POSITIVE_HINTS.iter().any(|h| attrs.contains(h));
    (negative, positive)
}

/// Marks that win over any positive hint on the same element.
const STRONG_NEGATIVE_HINTS: &[&str] = &[
    "comment",
    "cookie",
    "consent",
    "related",
    "share",
    "sharing",
    "newsletter",
    "outbrain",
    "taboola",
    "breadcrumb",
    "recommend",
    "most-read",
    "mostread",
    "popular",
    "trending",
];

/// One paragraph-like run of text and where it sits.
struct Block {
    text: String,
    link_chars: usize,
    heading: bool,
    /// Ancestors from the nearest up, ids of elements.
    ancestors: Vec<NodeId>,
    /// For each ancestor, whether its class or id marks boilerplate
    /// ("comments", "related", "share").
    negative: Vec<bool>,
    /// For each ancestor, whether it is an inline wrapper (`span`,
    /// `font` …) rather than a possible article container.
    inline: Vec<bool>,
}

impl Block {
    /// Whether a boilerplate-marked element stands between this block and
    /// its ancestor at `depth` (0 = the block's own element), that ancestor
    /// included.
    fn marked_up_to(&self, depth: usize) -> bool {
        self.negative[..(depth + 1).min(self.negative.len())]
            .iter()
            .any(|n| *n)
    }

    /// The depth of `container` among the ancestors, if it is one.
    fn depth_of(&self, container: NodeId) -> Option<usize> {
        self.ancestors.iter().position(|a| *a == container)
    }
}

struct Walker {
    blocks: Vec<Block>,
    /// The open elements, whether each is marked as boilerplate, and
    /// whether each is an inline wrapper.
    path: Vec<(NodeId, bool, bool)>,
    /// Links the walk is inside: loose text there is link text.
    links_open: usize,
}

impl Walker {
    fn walk(&mut self, node: NodeRef<'_, Node>) {
        for child in node.children() {
            let Some(el) = ElementRef::wrap(child) else {
                if let Node::Text(t) = child.value() {
                    // Loose text directly inside a container ("<div>text<br>text</div>").
                    let text = clean_inline(t);
                    if text.len() >= 40 {
                        let link_chars = if self.links_open > 0 { text.len() } else { 0 };
                        self.push(text, link_chars, false);
                    }
                }
                continue;
            };
            let tag = el.value().name();
            if is_skipped_tag(tag) || is_hidden(&el) {
                continue;
            }
            // Boilerplate marks are remembered, not obeyed at once: a page
            // wrapper may carry one ("ad-offcanvas-pusher") around the article.
            let (negative, positive) = hint(&el);
            let marked =
                negative && !positive && !matches!(tag, "body" | "main" | "article" | "html");
            if tag == "tr" && is_simple_row(&el) {
                // A table row of plain cells reads as one line.
                let mut cells = Vec::new();
                let mut link_chars = 0;
                for cell in el.children() {
                    let mut text = String::new();
                    inline_text(cell, &mut text, &mut link_chars, false);
                    let text = clean_inline(&text);
                    if !text.is_empty() {
                        cells.push(text);
                    }
                }
                if !cells.is_empty() {
                    self.path.push((child.id(), marked, false));
                    self.push(cells.join(" "), link_chars, false);
                    self.path.pop();
                }
                continue;
            }
            if is_block_tag(tag) && !has_structural_child(&el) {
                let mut text = String::new();
                let mut link_chars = 0;
                inline_text(child, &mut text, &mut link_chars, false);
                let text = clean_inline(&text);
                if !text.is_empty() {
                    self.path.push((child.id(), marked, false));
                    self.push(text, link_chars, is_heading(tag));
                    self.path.pop();
                }
                continue;
            }
            self.path.push((child.id(), marked, is_inline_tag(tag)));
            self.links_open += usize::from(tag == "a");
            self.walk(child);
            self.links_open -= usize::from(tag == "a");
            self.path.pop();
        }
    }

    fn push(&mut self, text: String, link_chars: usize, heading: bool) {
        self.blocks.push(Block {
            text,
            link_chars,
            heading,
            ancestors: self.path.iter().rev().map(|(id, _, _)| *id).collect(),
            negative: self.path.iter().rev().map(|(_, n, _)| *n).collect(),
            inline: self.path.iter().rev().map(|(_, _, i)| *i).collect(),
        });
    }
}

fn is_hidden(el: &ElementRef<'_>) -> bool {
    let v = el.value();
    v.attr("hidden").is_some()
        || v.attr("aria-hidden") == Some("true")
        || v.attr("style").is_some_and(|s| {
            let s = s.replace(' ', "").to_ascii_lowercase();
            s.contains("display:none") || s.contains("visibility:hidden")
        })
}

/// A table row whose cells hold only inline content.
fn is_simple_row(el: &ElementRef<'_>) -> bool {
    el.children()
        .filter_map(ElementRef::wrap)
        .all(|cell| matches!(cell.value().name(), "td" | "th") && !has_structural_child(&cell))
}

fn has_structural_child(el: &ElementRef<'_>) -> bool {
    el.children().any(|c| {
        ElementRef::wrap(c).is_some_and(|e| {
            let t = e.value().name();
            is_structural(t) && t != "br"
        })
    })
}

/// Text of an inline subtree; link text is counted separately. Inline tags
/// are joined as written (no words glued across tags), `<br>` is a space.
fn inline_text(node: NodeRef<'_, Node>, out: &mut String, link_chars: &mut usize, in_link: bool) {
    for child in node.children() {
        match child.value() {
            Node::Text(t) => {
                out.push_str(t);
                if in_link {
                    *link_chars += t.trim().len();
                }
            }
            Node::Element(e) => {
                let tag = e.name();
                if tag == "br" {
                    out.push(' ');
                } else if !is_skipped_tag(tag) {
                    inline_text(child, out, link_chars, in_link || tag == "a");
                }
            }
            _ => {}
        }
    }
}

/// The article body: paragraphs of the best-scoring container (and of
/// siblings that score nearly as well), in document order.
fn body_text(page: &Html) -> String {
    let body = page
        .select(&selector("body"))
        .next()
        .unwrap_or_else(|| page.root_element());
    let mut walker = Walker {
        blocks: Vec::new(),
        path: vec![(body.id(), false, false)],
        links_open: 0,
    };
    walker.walk(*body);
    let blocks = walker.blocks;

    let mut scores: BTreeMap<NodeId, f64> = BTreeMap::new();
    for b in &blocks {
        let len = b.text.chars().count();
        if b.heading || len < 25 {
            continue;
        }
        let link_density = b.link_chars as f64 / b.text.len().max(1) as f64;
        let base = (1.0 + b.text.matches(',').count() as f64 + (len as f64 / 100.0).min(3.0))
            * (1.0 - link_density);
        // The three nearest containers get the paragraph's score, nearer
        // ones more; inline wrappers (`<span>` soup) are not containers.
        let containers = b
            .ancestors
            .iter()
            .enumerate()
            .skip(1)
            .filter(|(depth, _)| !b.inline[*depth]);
        for (level, (depth, id)) in containers.take(3).enumerate() {
            if b.marked_up_to(depth) {
                break;
            }
            *scores.entry(*id).or_default() += base / (level + 1) as f64;
        }
    }
    let hint_bonus = |id: NodeId| -> f64 {
        page.tree
            .get(id)
            .and_then(ElementRef::wrap)
            .map(|el| match hint(&el) {
                (_, true) => 1.25,
                (true, false) => 0.75,
                _ => 1.0,
            })
            .unwrap_or(1.0)
    };
    let Some((best, best_score)) = scores
        .iter()
        .map(|(id, s)| (*id, s * hint_bonus(*id)))
        .max_by(|a, b| a.1.total_cmp(&b.1).then_with(|| b.0.cmp(&a.0)))
    else {
        return String::new();
    };
    // Elements holding prose: a sentence-like paragraph of some length with
    // few links, not under a boilerplate mark (up to three levels up).
    let mut has_prose: BTreeMap<NodeId, usize> = BTreeMap::new();
    for b in &blocks {
        let link_density = b.link_chars as f64 / b.text.len().max(1) as f64;
        if b.heading
            || b.text.chars().count() < 80
            || link_density > 0.25
            || !ends_like_sentence(&b.text)
        {
            continue;
        }
        for (depth, id) in b.ancestors.iter().enumerate().take(4) {
            if b.marked_up_to(depth) {
                break;
            }
            *has_prose.entry(*id).or_default() += 1;
        }
    }
    // Siblings of the best container that also carry article text: the
    // article is often split by figures or ads into several containers.
    let mut chosen = vec![best];
    if let Some(parent) = page.tree.get(best).and_then(|n| n.parent()) {
        for sib in parent.children() {
            let id = sib.id();
            let scored = scores.get(&id).copied().unwrap_or(0.0) >= (best_score * 0.2).max(3.0);
            if id != best && (scored || has_prose.contains_key(&id)) {
                chosen.push(id);
            }
        }
    }
    let mut paragraphs: Vec<&str> = Vec::new();
    for b in &blocks {
        let inside = chosen
            .iter()
            .filter_map(|c| b.depth_of(*c))
            .any(|depth| !b.marked_up_to(depth));
        if !inside {
            continue;
        }
        let link_density = b.link_chars as f64 / b.text.len().max(1) as f64;
        if link_density > 0.65
            || (!b.heading && b.text.chars().count() < 15 && !ends_like_sentence(&b.text))
        {
            continue;
        }
        paragraphs.push(&b.text);
    }
    // Page furniture often sits at the edges of the article container:
    // "Advertisement", "Sign up for our newsletter", "© 2025 …".
    while paragraphs.first().is_some_and(|p| is_furniture(p)) {
        paragraphs.remove(0);
    }
    while paragraphs.last().is_some_and(|p| is_furniture(p)) {
        paragraphs.pop();
    }
    paragraphs.join("\n\n")
}

/// A short paragraph made of site furniture rather than article text.
fn is_furniture(p: &str) -> bool {
    if p.chars().count() > 160 {
        return false;
    }
    let lower = p.to_lowercase();
    [
        "advertisement",
        "subscribe",
        "newsletter",
        "sign up",
        "follow us",
        "copyright",
        "©",
        "all rights reserved",
        "click here",
        "read more",
        "share this",
        "related:",
        "see also",
        "terms of use",
        "privacy policy",
        "cookie",
    ]
    .iter()
    .any(|cue| lower.contains(cue))
}

fn ends_like_sentence(s: &str) -> bool {
    s.ends_with(['.', '!', '?', '"', '”'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_ld_metadata_wins() {
        let html = r#"<html><head>
          <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
            "headline":"Mill closes","datePublished":"2025-03-05T08:00:00+02:00",
            "author":{"@type":"Person","name":"Ida Berg"},"publisher":{"name":"Valley Post"}}</script>
          <meta property="og:site_name" content="Other"></head>
          <body><div class="story-body"><p>The mill shut its doors on Friday after ninety years, leaving 120 workers without jobs.</p></div>
          <div class="sidebar"><p>Weather: 21 degrees and sunny all week long in the valley.</p></div></body></html>"#;
        let doc = extract_html(html, "x.html");
        assert_eq!(doc.title.as_deref(), Some("Mill closes"));
        assert_eq!(doc.byline.as_deref(), Some("Ida Berg"));
        assert_eq!(doc.publisher.as_deref(), Some("Valley Post"));
        assert_eq!(
            doc.published.unwrap().to_rfc3339(),
            "2025-03-05T08:00:00+02:00"
        );
        assert!(!doc.text.contains("Weather"));
    }

    #[test]
    fn entities_decoded_and_words_not_glued() {
        let html = "<body><article><p>Caf&eacute; owners&nbsp;said <b>sales</b><i>fell</i> 5% &amp; more, the <a href='#'>chamber</a> said.</p></article></body>";
        let doc = extract_html(html, "x.html");
        assert_eq!(
            doc.text,
            "Café owners said salesfell 5% & more, the chamber said."
        );
    }

    #[test]
    fn furniture_at_the_edges_is_dropped() {
        let html = "<body><article><p>Advertisement</p><p>The mill shut its doors on Friday after ninety years, leaving 120 workers without jobs.</p><p>It was the last mill in the valley, and the town has no other large employer.</p><p>Sign up for our newsletter.</p></article></body>";
        let doc = extract_html(html, "x.html");
        assert!(doc.text.starts_with("The mill shut"), "{}", doc.text);
        assert!(doc.text.ends_with("large employer."), "{}", doc.text);
    }

    #[test]
    fn text_continuing_in_a_paywall_block_is_kept() {
        let html = "<body><article><p>The council approved the budget on Monday by seven votes to two, officials said.</p><div class='paywall'><p>The plan raises spending on roads by a tenth and cuts the parks budget, the mayor said.</p></div></article></body>";
        let doc = extract_html(html, "x.html");
        assert!(doc.text.ends_with("the mayor said."), "{}", doc.text);
    }

    #[test]
    fn span_soup_does_not_hide_the_container() {
        let para =
            |t: &str| format!("<div><span style='a'><span style='b'>{t}</span></span></div>");
        let html = format!(
            "<body><div class='post-body'>{}<span><span></span></span><div class='inner'>{}{}</div></div>\
             <div class='ticker'><a href='/1'><span>A headline from another story that is only a link here</span></a>\
             <a href='/2'><span>Another headline from another story that is only a link here</span></a>\
             <a href='/3'><span>A third headline from another story that is only a link here</span></a></div></body>",
            para("The first paragraph of the post says the festival drew a record crowd of twelve thousand."),
            para("The second paragraph adds that tickets sold out within a day, the organisers said."),
            para("The third paragraph says the festival will return next summer with two more stages."),
        );
        let doc = extract_html(&html, "x.html");
        assert!(doc.text.starts_with("The first paragraph"), "{}", doc.text);
        assert!(doc.text.ends_with("two more stages."), "{}", doc.text);
        assert!(!doc.text.contains("headline"), "{}", doc.text);
    }

    #[test]
    fn table_rows_read_as_lines() {
        let html = "<body><article><p>The standings after the final race of the season are as follows, the series said.</p><table><tr><th>Pos.</th><th>Driver</th><th>Points</th></tr><tr><td>1</td><td>A. Driver</td><td>5040</td></tr></table></article></body>";
        let doc = extract_html(html, "x.html");
        assert!(
            doc.text.contains("Pos. Driver Points\n\n1 A. Driver 5040"),
            "{}",
            doc.text
        );
    }

    #[test]
    fn title_suffix_is_dropped() {
        assert_eq!(
            strip_site_suffix("Mill closes after ninety years | Valley Post", None),
            "Mill closes after ninety years"
        );
        assert_eq!(strip_site_suffix("A - B", None), "A - B");
    }

    #[test]
    fn selectors_parse() {
        for css in [
            "body",
            "h1",
            "title",
            "time[datetime]",
            "link[rel=\"canonical\"]",
            "script[type=\"application/ld+json\"]",
            "[rel=\"author\"], .byline, .author",
        ] {
            assert!(Selector::parse(css).is_ok(), "{css}");
        }
    }
}
