//! Where an article comes from and when it was published, with provenance.
//!
//! Precedence (DESIGN.md): manifest > front matter > HTML metadata > URL
//! (outlet by domain, date by `/YYYY/MM/DD/` path) > the text (a dateline
//! near the top; "OUTLET reports") > unknown. When two sources disagree
//! the higher one wins and the disagreement is kept as a note. Never the
//! machine's clock, never a date from page furniture.

use chrono::NaiveDate;

use super::Provenance;
use super::front_matter::FrontMatter;
use super::furniture::overlaps;
use super::manifest::Entry;
use crate::model::Span;
use crate::normalize::date::{date_in_url, find_full_dates, parse_full_date};
use crate::rules::catalog::Catalog;

pub struct Inputs<'a> {
    pub text: &'a str,
    pub body_start: usize,
    pub furniture: &'a [Span],
    pub front: &'a FrontMatter,
    pub entry: Option<&'a Entry>,
    pub catalog: &'a Catalog,
}

#[derive(Debug)]
pub struct Metadata {
    pub source: Option<String>,
    pub source_from: Provenance,
    pub published: Option<NaiveDate>,
    pub published_from: Provenance,
    pub url: Option<String>,
    pub url_from: Provenance,
    pub notes: Vec<String>,
}

/// How many non-empty lines at the top (and, for URLs, at the bottom) are
/// searched for a dateline or a bare URL.
const EDGE_LINES: usize = 12;

/// A URL standing alone on a line near the top or the bottom of the text.
fn url_in_text(all: &[(Span, &str)]) -> Option<String> {
    let n = all.len();
    let edge = all
        .iter()
        .take(EDGE_LINES)
        .chain(all.iter().skip(n.saturating_sub(EDGE_LINES)));
    for (_, line) in edge {
        if line.starts_with("http://") || line.starts_with("https://") {
            let url = line.split_whitespace().next()?;
            return Some(url.to_string());
        }
    }
    None
}

/// A date near the top of the body, outside furniture: on a short line of
/// its own ("September 24, 2025", "By Jane Doe | Sept. 24, 2025"), or in a
/// wire dateline opening a paragraph ("LISBON, March 4, 2026 (Wire) —").
fn dateline(all: &[(Span, &str)], furniture: &[Span]) -> Option<NaiveDate> {
    all.iter()
        .filter(|(span, _)| !overlaps(furniture, span))
        .take(EDGE_LINES)
        .find_map(|(_, line)| {
            let head = if line.split_whitespace().count() <= 12 {
                line
            } else {
                let cut = line
                    .find(['(', '—', '–'])
                    .or_else(|| line.find(" - "))
                    .filter(|&i| i <= 80)?;
                &line[..cut]
            };
            find_full_dates(head).first().map(|(_, d)| *d)
        })
}

/// "<Outlet> reports" / "reported" / "told <Outlet>" with a catalog outlet.
fn outlet_in_text(
    text: &str,
    all: &[(Span, &str)],
    furniture: &[Span],
    catalog: &Catalog,
) -> Option<String> {
    for (span, _) in all.iter().filter(|(s, _)| !overlaps(furniture, s)) {
        let line = &text[span.clone()];
        for o in &catalog.outlets {
            for pat in [
                format!("{} reports", o.name),
                format!("{} reported", o.name),
                format!("told {}", o.name),
            ] {
                if line.contains(&pat) {
                    return Some(o.name.clone());
                }
            }
        }
    }
    None
}

/// Works out source, published date and URL.
pub fn work_out(i: Inputs) -> Metadata {
    let mut notes = Vec::new();
    let all = crate::location::lines(i.text, i.body_start);

    // URL
    let mut urls: Vec<(String, Provenance)> = Vec::new();
    if let Some(u) = i.entry.and_then(|e| e.url.clone()) {
        urls.push((u, Provenance::Manifest));
    }
    if let Some(u) = i.front.url.clone() {
        urls.push((u, Provenance::FrontMatter));
    }
    if let Some(u) = url_in_text(&all) {
        urls.push((u, Provenance::Text));
    }
    let (url, url_from) = urls
        .first()
        .cloned()
        .map_or((None, Provenance::Unknown), |(u, p)| (Some(u), p));

    // Source
    let mut sources: Vec<(String, Provenance)> = Vec::new();
    if let Some(s) = i.entry.and_then(|e| e.source.clone()) {
        sources.push((s, Provenance::Manifest));
    }
    if let Some(s) = i.front.source.clone() {
        sources.push((s, Provenance::FrontMatter));
    }
    if let Some(o) = urls.iter().find_map(|(u, _)| i.catalog.outlet_for_url(u)) {
        sources.push((o.name.clone(), Provenance::Url));
    }
    if let Some(o) = outlet_in_text(i.text, &all, i.furniture, i.catalog) {
        sources.push((o, Provenance::Text));
    }
    if let Some((first, from)) = sources.first() {
        for (other, other_from) in &sources[1..] {
            if !other.eq_ignore_ascii_case(first) {
                notes.push(format!(
                    "source: {from} says `{first}`, {other_from} says `{other}`; kept `{first}`"
                ));
            }
        }
    }
    let (source, source_from) = sources
        .first()
        .cloned()
        .map_or((None, Provenance::Unknown), |(s, p)| (Some(s), p));

    // Published
    let mut dates: Vec<(NaiveDate, Provenance)> = Vec::new();
    if let Some(d) = i
        .entry
        .and_then(|e| e.published.as_deref())
        .and_then(parse_full_date)
    {
        dates.push((d, Provenance::Manifest));
    }
    if let Some(p) = i.front.published.as_deref() {
        match parse_full_date(p) {
            Some(d) => dates.push((d, Provenance::FrontMatter)),
            None => notes.push(format!("front matter date `{p}` is not a date: ignored")),
        }
    }
    if let Some(d) = urls.iter().find_map(|(u, _)| date_in_url(u)) {
        dates.push((d, Provenance::Url));
    }
    if let Some(d) = dateline(&all, i.furniture) {
        dates.push((d, Provenance::Dateline));
    }
    if let Some((first, from)) = dates.first() {
        for (other, other_from) in &dates[1..] {
            if other != first {
                notes.push(format!(
                    "published: {from} says {first}, {other_from} says {other}; kept {first}"
                ));
            }
        }
    }
    let (published, published_from) = dates
        .first()
        .copied()
        .map_or((None, Provenance::Unknown), |(d, p)| (Some(d), p));

    Metadata {
        source,
        source_from,
        published,
        published_from,
        url,
        url_from,
        notes,
    }
}
