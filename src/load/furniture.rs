//! Page furniture: the parts of a scraped page that are not the article.
//!
//! Related-article teasers, "Most popular" lists, tickers, share blocks and
//! author bios name people, places and dates of other stories. Nothing in
//! furniture may yield a claim or a date, so the loader marks furniture as
//! byte ranges and every later stage skips them. Markers come from YAML
//! (`furniture:` in `rules/furniture.yaml`, extendable by users): whole
//! lines, line prefixes, lines that start furniture running to the end of
//! the page, and line patterns.

use regex::{Regex, RegexBuilder};

use crate::model::Span;
use crate::rules::FurnitureMarkers;

/// Size limit for a compiled user pattern.
const PATTERN_SIZE_LIMIT: usize = 1 << 20;

/// Compiles a furniture pattern as a whole-line, case-insensitive match.
pub fn compile_pattern(p: &str) -> Result<Regex, regex::Error> {
    RegexBuilder::new(&format!("^(?:{p})$"))
        .case_insensitive(true)
        .size_limit(PATTERN_SIZE_LIMIT)
        .build()
}

/// The markers, ready to match.
#[derive(Debug, Default, Clone)]
pub struct Furniture {
    lines: Vec<String>,
    prefixes: Vec<String>,
    until_end: Vec<String>,
    patterns: Vec<Regex>,
}

impl Furniture {
    /// Prepares markers; patterns were validated when the YAML was loaded,
    /// and one that fails here is left out.
    pub fn new(m: &FurnitureMarkers) -> Furniture {
        let low = |v: &[String]| v.iter().map(|s| s.trim().to_lowercase()).collect();
        Furniture {
            lines: low(&m.lines),
            prefixes: low(&m.prefixes),
            until_end: low(&m.until_end),
            patterns: m
                .patterns
                .iter()
                .filter_map(|p| compile_pattern(p).ok())
                .collect(),
        }
    }

    /// Byte ranges of furniture in `text[from..]`, sorted, not overlapping.
    pub fn find(&self, text: &str, from: usize) -> Vec<Span> {
        let mut out: Vec<Span> = Vec::new();
        let mut offset = from;
        for raw in text[from..].split_inclusive('\n') {
            let start = offset;
            offset += raw.len();
            let line = raw.trim();
            if line.is_empty() {
                continue;
            }
            let low = line.to_lowercase();
            if self.until_end.iter().any(|m| {
                low == *m || (low.starts_with(m.as_str()) && low[m.len()..].starts_with(':'))
            }) {
                push(&mut out, start..text.len());
                break;
            }
            let hit = self.lines.contains(&low)
                || self.prefixes.iter().any(|m| low.starts_with(m.as_str()))
                || self.patterns.iter().any(|p| p.is_match(line));
            if hit {
                push(&mut out, start..offset);
            }
        }
        out
    }
}

fn push(out: &mut Vec<Span>, span: Span) {
    if let Some(last) = out.last_mut()
        && last.end >= span.start
    {
        last.end = last.end.max(span.end);
        return;
    }
    out.push(span);
}

/// Whether `span` overlaps any furniture range.
pub fn overlaps(furniture: &[Span], span: &Span) -> bool {
    furniture
        .iter()
        .any(|f| f.start < span.end && span.start < f.end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn markers() -> Furniture {
        Furniture::new(&FurnitureMarkers {
            lines: vec!["Advertising".into()],
            prefixes: vec!["Related article:".into()],
            until_end: vec!["MORE ABOUT".into(), "Ukraine war latest".into()],
            patterns: vec![r"\d+ hours ago(?: \d+)?".into()],
        })
    }

    #[test]
    fn lines_prefixes_and_patterns() {
        let text = "6 hours ago 2\nBody one.\nadvertising\nRelated article: X\nBody two.\n";
        let f = markers().find(text, 0);
        let pieces: Vec<&str> = f.iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(
            pieces,
            vec!["6 hours ago 2\n", "advertising\nRelated article: X\n"]
        );
    }

    #[test]
    fn until_end_runs_to_the_end() {
        let text = "Body.\nUkraine war latest: teaser\nmore\n";
        let f = markers().find(text, 0);
        assert_eq!(&text[f[0].clone()], "Ukraine war latest: teaser\nmore\n");
        // a body line that merely starts with the words is not a marker
        let text = "More about the plan later.\n";
        assert!(markers().find(text, 0).is_empty());
    }
}
