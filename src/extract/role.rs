//! Role claims: who holds which office.
//!
//! ## What it extracts
//! A person named with a title, and the organization the title belongs to
//! when the text says it:
//! - "Transport Ministry spokesman Dana Whitfield" → spokesperson, Transport
//!   Department, the person;
//! - "Utopia's U.N. ambassador" in "Jane Doe, Utopia's U.N. ambassador,
//!   said" → un-ambassador, Utopia;
//! - "the top U.S. diplomat Jane Doe" → the title's own organization from
//!   the catalog (secretary-of-state, the title's country);
//! - "a spokesman for Harbor Lines" → spokesperson, Harbor Lines.
//!
//! The organization phrase is kept as written; normalization maps it to a
//! catalog organization, or a country through its name or demonym
//! ("Utopian", "U.S."), and keeps unknown phrases as they are.
//!
//! ## Example
//! "Utopian Foreign Minister Aleksey Morozov said" gives person `Aleksey
//! Morozov`, role `foreign-minister`, organization phrase `Utopian`.
//!
//! ## Limits
//! Titles without a name ("the spokesperson said") give no role claim; a
//! bare title that refers back to a person is resolved only for meeting
//! participants.

use super::mention::{Evidence, RawMention};
use super::text::{Word, words};
use crate::model::Span;

/// A role stated in an article, before normalization.
#[derive(Clone, Debug, PartialEq)]
pub struct RawRole {
    /// Index of the person's mention in the article's mentions.
    pub mention: usize,
    pub role: String,
    pub title: Span,
    /// The organization as written, with its span.
    pub org: Option<(Span, String)>,
    /// False for "former", "the late", "then-", "incoming"...: the person
    /// does not hold the office on the article's date.
    pub current: bool,
}

/// Words before a title that say its holder is not the current one.
const NOT_CURRENT: &[&str] = &[
    "erstwhile",
    "ex",
    "former",
    "future",
    "incoming",
    "interim-designate",
    "late",
    "onetime",
    "outgoing",
    "past",
    "then",
    "would-be",
];

/// Whether the words just before a title (and its organization) mark a
/// past or future holder: "former", "the late", "then-", "incoming".
fn not_current(text: &str, sentence: &Span, before: usize) -> bool {
    let head = &text[sentence.start..before];
    head.split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
        .rev()
        .take(2)
        .any(|w| NOT_CURRENT.contains(&w.to_lowercase().trim_matches(|c: char| !c.is_alphabetic())))
}

/// Capitalized function words that open sentences.
const SENTENCE_OPENERS: &[&str] = &[
    "A", "After", "An", "And", "As", "At", "Before", "But", "By", "During", "For", "From", "If",
    "In", "On", "Since", "So", "The", "Then", "Though", "To", "Under", "Until", "When", "While",
    "With",
];

fn org_word(w: &Word) -> bool {
    let t = w.without_possessive();
    t.chars().next().is_some_and(char::is_uppercase)
}

/// The organization phrase written right before a title: up to four
/// capitalized words, acronyms or possessives ("U.S. State Department",
/// "Utopia's", "Utopian").
pub fn org_before(text: &str, sentence: &Span, title_start: usize) -> Option<(Span, String)> {
    let ws = words(text, sentence.start..title_start);
    let mut first = ws.len();
    while first > 0 && ws.len() - first < 4 {
        let w = &ws[first - 1];
        let gap_end = ws.get(first).map_or(title_start, |n| n.span.start);
        if !text[w.span.end..gap_end].trim().is_empty() || !org_word(w) {
            break;
        }
        first -= 1;
    }
    // a capitalized function word opening the sentence, or a status word
    // ("Former"), is no organization
    while first < ws.len()
        && (SENTENCE_OPENERS.contains(&ws[first].text)
            || NOT_CURRENT.contains(&ws[first].text.to_lowercase().as_str()))
    {
        first += 1;
    }
    if first == ws.len() {
        return None;
    }
    let start = ws[first].span.start;
    let end = ws[ws.len() - 1].span.end;
    let phrase = text[start..end].to_string();
    Some((start..end, phrase))
}

/// "for Harbor Lines" / "of Acme Corp." right after a title.
fn org_after(text: &str, sentence: &Span, title_end: usize) -> Option<(Span, String)> {
    let rest = &text[title_end..sentence.end];
    let lead = rest
        .strip_prefix(" for ")
        .or_else(|| rest.strip_prefix(" of "))?;
    let offset = title_end + (rest.len() - lead.len());
    let ws = words(text, offset..sentence.end);
    let mut n = 0;
    for (i, w) in ws.iter().enumerate().take(4) {
        if !org_word(w) || (i > 0 && &text[ws[i - 1].span.end..w.span.start] != " ") {
            break;
        }
        n = i + 1;
    }
    if n == 0 {
        return None;
    }
    let (s, e) = (ws[0].span.start, ws[n - 1].span.end);
    Some((s..e, text[s..e].to_string()))
}

/// Role claims of one article, from its person mentions.
pub fn find(text: &str, mentions: &[RawMention]) -> Vec<RawRole> {
    let mut out: Vec<RawRole> = Vec::new();
    for (i, m) in mentions.iter().enumerate() {
        let (role, title) = match (&m.evidence, &m.title) {
            (Evidence::Title(role, title), _) | (_, Some((role, title))) => (role, title),
            _ => continue,
        };
        let org = org_before(text, &m.sentence, title.start)
            // the person's own name is not an organization
            .filter(|(span, _)| span.end <= m.span.start || span.start >= m.span.end)
            .or_else(|| org_after(text, &m.sentence, title.end));
        let first = org
            .as_ref()
            .map_or(title.start, |(span, _)| span.start.min(title.start));
        out.push(RawRole {
            mention: i,
            role: role.clone(),
            title: title.clone(),
            org,
            current: !not_current(text, &m.sentence, first),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn before(s: &str, title: &str) -> Option<String> {
        let at = s.find(title).unwrap();
        org_before(s, &(0..s.len()), at).map(|(_, t)| t)
    }

    #[test]
    fn organization_phrases_before_titles() {
        assert_eq!(
            before(
                "the U.S. State Department Spokesperson Dana Whitfield said",
                "Spokesperson"
            ),
            Some("U.S. State Department".into())
        );
        assert_eq!(
            before("Utopia's Foreign Minister Aleksei Morozov", "Foreign"),
            Some("Utopia's".into())
        );
        assert_eq!(before("met with President Jane Doe", "President"), None);
    }

    #[test]
    fn past_and_future_holders_are_not_current() {
        let s = "Former Utopian Prime Minister Jane Doe spoke.";
        let at = s.find("Prime").unwrap();
        assert!(not_current(s, &(0..s.len()), s.find("Utopian").unwrap()));
        assert_eq!(before(s, "Prime"), Some("Utopian".into()));
        let _ = at;
        let s = "the late President Jane Doe";
        assert!(not_current(s, &(0..s.len()), s.find("President").unwrap()));
        let s = "then-President Jane Doe";
        assert!(not_current(s, &(0..s.len()), s.find("President").unwrap()));
        let s = "Utopian President Jane Doe";
        assert!(!not_current(s, &(0..s.len()), 0));
    }

    #[test]
    fn organization_after_a_title() {
        let s = "Dana Whitfield, a spokesman for Harbor Lines, said";
        let at = s.find("spokesman").unwrap() + "spokesman".len();
        assert_eq!(
            org_after(s, &(0..s.len()), at).map(|x| x.1),
            Some("Harbor Lines".into())
        );
    }
}
