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

    /// Byte ranges of furniture in `text[from..]`, sorted, not overlapping:
    /// marker matches, then the shapes of [`shapes`].
    pub fn find(&self, text: &str, from: usize) -> Vec<Span> {
        let mut out = self.markers(text, from);
        let extra = shapes(text, from, &out);
        if !extra.is_empty() {
            out.extend(extra);
            out.sort_by_key(|r| r.start);
            let mut merged: Vec<Span> = Vec::new();
            for r in out {
                push(&mut merged, r);
            }
            out = merged;
        }
        out
    }

    fn markers(&self, text: &str, from: usize) -> Vec<Span> {
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

/// A non-empty line: its span and trimmed text.
struct Line<'a> {
    span: Span,
    text: &'a str,
}

fn lines(text: &str, from: usize) -> Vec<Line<'_>> {
    crate::location::lines(text, from)
        .into_iter()
        .map(|(span, text)| Line { span, text })
        .collect()
}

fn word_count(s: &str) -> usize {
    s.split_whitespace().count()
}

/// Ends like a sentence.
fn ends_sentence(s: &str) -> bool {
    let t = s.trim_end_matches(['"', '\'', '”', '’', ')']);
    t.ends_with(['.', '!', '?', ':'])
}

/// A headline-like line: short, not ending like a sentence.
fn headline_like(s: &str) -> bool {
    let n = word_count(s);
    (2..=16).contains(&n) && !ends_sentence(s)
}

/// Words glued without a space ("TopicsUtopia CityJane Doe"): page
/// chrome that lost its markup. Two or more lowercase-to-uppercase joins
/// (one is a name like "McCarthy").
fn glued(s: &str) -> bool {
    let chars: Vec<char> = s.chars().collect();
    let joins = chars
        .windows(2)
        .filter(|w| w[0].is_lowercase() && w[1].is_uppercase())
        .count();
    joins >= 2 && word_count(s) <= 16 && !ends_sentence(s)
}

/// A line that is only a timestamp: "15:31, 08.12.2025", "Friday,
/// September 19", "Sept. 19, 2025 10:31 AM", "2026-02-12 14:05".
fn timestamp(s: &str) -> bool {
    use std::sync::OnceLock;
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        let month = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?";
        let day = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?";
        let time = r"\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?";
        let date = format!(
            r"(?:{day},?\s+)?(?:{month}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{month}(?:\s+\d{{4}})?|\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}})"
        );
        Regex::new(&format!(
            r"(?i-u)^(?:{time}(?:,?\s+{date})?|{date}(?:,?\s+(?:at\s+)?{time})?|{day})$"
        ))
        .expect("static pattern")
    });
    s.len() <= 48 && re.is_match(s)
}

/// A headline with its timestamp on the same line ("Copper prices slip
/// 08.10.2026 14:10").
fn stamped(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    (1..=4.min(words.len().saturating_sub(2))).any(|k| {
        let cut = words.len() - k;
        timestamp(&words[cut..].join(" ")) && headline_like(&words[..cut].join(" "))
    })
}

/// Furniture recognized by its shape, with no marker word:
/// - glued chrome lines (glued words);
/// - runs of two or more headline lines each followed by a timestamp line,
///   or ending with one (teaser lists), with a short header line just
///   before;
/// - a short header followed by three or more headline-like lines;
/// - a teaser (a headline line and one short paragraph) right before a
///   glued chrome line.
pub fn shapes(text: &str, from: usize, known: &[Span]) -> Vec<Span> {
    let ls = lines(text, from);
    let mut mark = vec![false; ls.len()];
    let is_known = |l: &Line| overlaps(known, &l.span);
    for (i, l) in ls.iter().enumerate() {
        if glued(l.text) {
            mark[i] = true;
        }
    }
    // headline + timestamp pairs
    let mut i = 0;
    while i + 1 < ls.len() {
        let mut j = i;
        while j + 1 < ls.len() && headline_like(ls[j].text) && timestamp(ls[j + 1].text) {
            j += 2;
        }
        if j - i >= 4 {
            for m in &mut mark[i..j] {
                *m = true;
            }
            if i > 0 && word_count(ls[i - 1].text) <= 4 && !ends_sentence(ls[i - 1].text) {
                mark[i - 1] = true;
            }
            i = j;
        } else {
            i += 1;
        }
    }
    // headlines ending with their timestamps
    let mut i = 0;
    while i < ls.len() {
        let run = ls[i..].iter().take_while(|l| stamped(l.text)).count();
        if run >= 2 {
            for m in &mut mark[i..i + run] {
                *m = true;
            }
            if i > 0 && word_count(ls[i - 1].text) <= 4 && !ends_sentence(ls[i - 1].text) {
                mark[i - 1] = true;
            }
        }
        i += run.max(1);
    }
    // a short header over a list of headlines
    for h in 0..ls.len() {
        let head = ls[h].text;
        if word_count(head) > 4 || ends_sentence(head) || timestamp(head) {
            continue;
        }
        let run = ls[h + 1..]
            .iter()
            .enumerate()
            .take_while(|(k, l)| {
                !is_known(l) && !mark[h + 1 + k] && (headline_like(l.text) || timestamp(l.text))
            })
            .count();
        let headlines = ls[h + 1..h + 1 + run]
            .iter()
            .filter(|l| headline_like(l.text))
            .count();
        if headlines >= 3 {
            for m in &mut mark[h..=h + run] {
                *m = true;
            }
        }
    }
    // a teaser (headline + short summary) right before glued chrome
    let glued_at: Vec<usize> = (0..ls.len()).filter(|&i| glued(ls[i].text)).collect();
    for f in glued_at {
        if f >= 2
            && !mark[f - 1]
            && !mark[f - 2]
            && !is_known(&ls[f - 1])
            && !is_known(&ls[f - 2])
            && headline_like(ls[f - 2].text)
            && ends_sentence(ls[f - 1].text)
            && word_count(ls[f - 1].text) <= 40
        {
            mark[f - 2] = true;
            mark[f - 1] = true;
        }
    }
    ls.iter()
        .zip(mark)
        .filter(|(_, m)| *m)
        .map(|(l, _)| l.span.clone())
        .collect()
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
            until_end: vec!["MORE ABOUT".into(), "Harbor war latest".into()],
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

    fn marked(text: &str) -> Vec<&str> {
        shapes(text, 0, &[])
            .into_iter()
            .map(|r| text[r].trim_end())
            .collect()
    }

    #[test]
    fn teaser_lists_with_timestamps() {
        let text = "Body paragraph one, long enough to be prose.\n\nMore from the desk\nFerry fares rise again\n14:05, 12.02.2026\nPort chief resigns after strike\nFeb. 11, 2026\n";
        assert_eq!(
            marked(text),
            vec![
                "More from the desk",
                "Ferry fares rise again",
                "14:05, 12.02.2026",
                "Port chief resigns after strike",
                "Feb. 11, 2026"
            ]
        );
    }

    #[test]
    fn headlines_with_trailing_timestamps() {
        let text = "Body ends here.\nRelated\nCopper prices slip as demand cools 08.10.2026 14:10\nMinisters met in Port Avalon on Tuesday 06.10.2026 09:00\n";
        assert_eq!(marked(text).len(), 3);
        // one stamped line alone is not a list
        assert!(marked("Body.\nPrices slip 08.10.2026 14:10\n").is_empty());
    }

    #[test]
    fn glued_chrome_and_headline_lists() {
        assert_eq!(
            marked("TopicsUtopia CityJane DoeTrade\n"),
            vec!["TopicsUtopia CityJane DoeTrade"]
        );
        // one join is a name, not chrome
        assert!(marked("Mayor Ann McCarthy spoke.\n").is_empty());
        let text = "Trending\nStorm hits coast\nFerry fares rise\nPort chief resigns\n";
        assert_eq!(marked(text).len(), 4);
    }

    #[test]
    fn article_prose_is_not_furniture() {
        let text = "Talks stall\n\nThe minister said on Tuesday that talks had stalled.\n\nQuiet week ahead\n\nUnion leaders will meet again on Friday, they said.\n";
        assert!(marked(text).is_empty());
    }

    #[test]
    fn until_end_runs_to_the_end() {
        let text = "Body.\nHarbor war latest: teaser\nmore\n";
        let f = markers().find(text, 0);
        assert_eq!(&text[f[0].clone()], "Harbor war latest: teaser\nmore\n");
        // a body line that merely starts with the words is not a marker
        let text = "More about the plan later.\n";
        assert!(markers().find(text, 0).is_empty());
    }
}
