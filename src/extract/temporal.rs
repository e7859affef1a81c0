//! Temporal expressions, as written, before anchoring.
//!
//! ## What it extracts
//! Dates in the forms news uses: "Aug. 15, 2025", "April 27", "24 September
//! 2025", "24.09.2025", "2025-09-24"; ranges ("Sept. 23 to 27"); months
//! ("in July", "a February encounter"); weekdays ("Wednesday", "last
//! Friday", "Friday night"); weeks ("next week", "the upcoming week");
//! "today", "yesterday", "tomorrow"; "N hours ago". Each keeps its span and
//! the tense of its clause (future when the clause says "will", "plans to",
//! "is scheduled to"...), which anchoring needs.
//!
//! Extraction is anchor-free: "Wednesday" stays a weekday here, and becomes
//! a date in [`crate::normalize::date::resolve`] against the article's
//! reference date, so a cached extraction never depends on other articles.
//!
//! ## Limits
//! Seasons, "early this year", "the day before" and times of day come with
//! the temporal engine.

use std::sync::OnceLock;

use chrono::Weekday;
use regex::Regex;

use crate::model::Span;
use crate::normalize::date::{month_number, weekday_from_name};

/// Which way a clause points in time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tense {
    Past,
    Future,
}

/// What an expression says, before anchoring.
#[derive(Clone, Debug, PartialEq)]
pub enum When {
    /// A calendar day; the year may be missing ("April 27").
    Day {
        year: Option<i32>,
        month: u32,
        day: u32,
    },
    /// Days of one month ("Sept. 23 to 27").
    Range {
        year: Option<i32>,
        month: u32,
        from: u32,
        to_month: u32,
        to: u32,
    },
    /// A month ("in July", "July 2025").
    Month { year: Option<i32>, month: u32 },
    /// A weekday, with "last"/"next"/"this" as -1/+1/0.
    Weekday { day: Weekday, shift: Option<i32> },
    /// A week relative to the anchor: -1 last, 0 this, +1 next.
    Week { shift: i32 },
    /// Today (0), yesterday (-1), tomorrow (+1).
    Deictic { days: i64 },
    /// Relative to a time nobody knows ("6 hours ago" on a scraped page).
    Unanchorable,
}

/// A temporal expression in an article.
#[derive(Clone, Debug, PartialEq)]
pub struct Timex {
    pub span: Span,
    pub when: When,
    pub tense: Tense,
}

/// Full month names: a month alone must be written out.
const MONTH_NAMES: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Words after which a month name alone is a date.
const MONTH_CUES: &[&str] = &[
    "a", "after", "an", "before", "by", "during", "early", "from", "in", "last", "late", "mid",
    "next", "of", "since", "the", "this", "through", "till", "until",
];

const MONTH: &str = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?";
const WEEKDAY: &str = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

fn pattern() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        let m = MONTH;
        let w = WEEKDAY;
        let alternatives = [
            // 2025-09-24, 24.09.2025
            r"(?P<iso>\d{4}-\d{2}-\d{2})".to_string(),
            r"(?P<dotted>\d{2}\.\d{2}\.\d{4})".to_string(),
            // Sept. 23 to 27(, 2025) / Sept. 30 to Oct. 2
            format!(
                r"(?P<rm>{m})\s+(?P<rd1>\d{{1,2}})\s*(?:to|through|-|–|and)\s*(?:(?P<rm2>{m})\s+)?(?P<rd2>\d{{1,2}})(?:,\s*(?P<ry>\d{{4}}))?"
            ),
            // (Wednesday,) Sept. 24(, 2025)
            format!(
                r"(?:(?P<dw>{w}),?\s+)?(?P<dm>{m})\s+(?P<dd>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<dy>\d{{4}}))?"
            ),
            // 24 September(, 2025)
            format!(r"(?P<ed>\d{{1,2}})\s+(?P<em>{m})(?:,?\s+(?P<ey>\d{{4}}))?"),
            // July(, 2025) / in July
            format!(r"(?P<mm>{m})(?:,?\s+(?P<my>\d{{4}}))?"),
            // last Friday, Friday night
            format!(
                r"(?:(?P<ws>last|next|this|Last|Next|This)\s+)?(?P<wd>{w})(?:\s+(?:night|evening|morning|afternoon))?"
            ),
            r"(?P<week>(?:next|last|this|the coming|the upcoming|the following|the previous)\s+week)".to_string(),
            r"(?P<deictic>today|Today|yesterday|Yesterday|tomorrow|Tomorrow|tonight|Tonight)".to_string(),
            r"(?P<ago>(?:\d+|a|an|one|two|three|several)\s+(?:minutes?|hours?|days?)\s+ago)".to_string(),
        ];
        let joined = alternatives.join("|");
        Regex::new(&format!(r"(?-u:\b)(?:{joined})(?-u:\b)")).expect("static pattern")
    })
}

/// Words that make a clause point forward.
const FUTURE_MARKERS: &[&str] = &[
    " will ",
    "'ll ",
    " plans to ",
    " plan to ",
    " planned to ",
    " scheduled to ",
    " expected to ",
    " set to ",
    " due to ",
    " is to ",
    " are to ",
    " to meet ",
    " to visit ",
    " to hold ",
    " to travel ",
    " upcoming ",
    " is planned",
    " are planned",
    " would meet ",
    " goes to the polls",
    " go to the polls",
];

/// The tense of the clause around `at` in `sentence` (offsets relative to
/// the sentence).
pub fn tense_at(sentence: &str, at: usize) -> Tense {
    // the clause: back to the previous comma or semicolon, the whole
    // sentence when short
    let start = sentence[..at.min(sentence.len())]
        .rfind([';'])
        .map_or(0, |i| i + 1);
    let padded = format!(" {} ", &sentence[start..]);
    let low = padded.to_lowercase();
    if FUTURE_MARKERS.iter().any(|m| low.contains(m)) {
        Tense::Future
    } else {
        Tense::Past
    }
}

fn year(s: Option<regex::Match>) -> Option<i32> {
    s.and_then(|m| m.as_str().parse().ok())
}

fn num(s: Option<regex::Match>) -> Option<u32> {
    s.and_then(|m| m.as_str().parse().ok())
}

/// Every temporal expression of one sentence.
pub fn find(text: &str, sentence: &Span) -> Vec<Timex> {
    let s = &text[sentence.clone()];
    let mut out = Vec::new();
    for c in pattern().captures_iter(s) {
        let Some(whole) = c.get(0) else { continue };
        let when = if let Some(m) = c.name("iso").or(c.name("dotted")) {
            match crate::normalize::date::parse_full_date(m.as_str()) {
                Some(d) => {
                    use chrono::Datelike;
                    When::Day {
                        year: Some(d.year()),
                        month: d.month(),
                        day: d.day(),
                    }
                }
                None => continue,
            }
        } else if let Some(m) = c.name("rm") {
            let Some(month) = month_number(m.as_str()) else {
                continue;
            };
            let to_month = c
                .name("rm2")
                .and_then(|x| month_number(x.as_str()))
                .unwrap_or(month);
            let (Some(from), Some(to)) = (num(c.name("rd1")), num(c.name("rd2"))) else {
                continue;
            };
            When::Range {
                year: year(c.name("ry")),
                month,
                from,
                to_month,
                to,
            }
        } else if let Some(m) = c.name("dm") {
            let (Some(month), Some(day)) = (month_number(m.as_str()), num(c.name("dd"))) else {
                continue;
            };
            if !(1..=31).contains(&day) {
                continue;
            }
            When::Day {
                year: year(c.name("dy")),
                month,
                day,
            }
        } else if let Some(m) = c.name("em") {
            let (Some(month), Some(day)) = (month_number(m.as_str()), num(c.name("ed"))) else {
                continue;
            };
            if !(1..=31).contains(&day) {
                continue;
            }
            When::Day {
                year: year(c.name("ey")),
                month,
                day,
            }
        } else if let Some(m) = c.name("mm") {
            let Some(month) = month_number(m.as_str()) else {
                continue;
            };
            // A month alone needs a cue: "in July", "a February encounter",
            // "July 2025"; otherwise "Jan Kowal", "June Carter" and the verb
            // "may" would be months.
            if c.name("my").is_none() {
                let word = m.as_str();
                let full = word.len() >= 3
                    && !word.ends_with('.')
                    && month_number(word).is_some()
                    && MONTH_NAMES.contains(&word);
                let before = s[..whole.start()].trim_end();
                let cue = before
                    .rsplit(|ch: char| !ch.is_alphanumeric() && ch != '-')
                    .next()
                    .is_some_and(|w| MONTH_CUES.contains(&w.to_lowercase().as_str()));
                let next_capitalized = s[whole.end()..]
                    .trim_start()
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase);
                if !(full && cue) || next_capitalized {
                    continue;
                }
            }
            When::Month {
                year: year(c.name("my")),
                month,
            }
        } else if let Some(m) = c.name("wd") {
            let Some(day) = weekday_from_name(m.as_str()) else {
                continue;
            };
            let shift = c
                .name("ws")
                .map(|x| match x.as_str().to_lowercase().as_str() {
                    "last" => -1,
                    "next" => 1,
                    _ => 0,
                });
            When::Weekday { day, shift }
        } else if let Some(m) = c.name("week") {
            let t = m.as_str();
            let shift = if t.starts_with("last") || t.starts_with("the previous") {
                -1
            } else if t.starts_with("this") {
                0
            } else {
                1
            };
            When::Week { shift }
        } else if let Some(m) = c.name("deictic") {
            let days = match m.as_str().to_lowercase().as_str() {
                "yesterday" => -1,
                "tomorrow" => 1,
                _ => 0,
            };
            When::Deictic { days }
        } else if c.name("ago").is_some() {
            When::Unanchorable
        } else {
            continue;
        };
        let span = sentence.start + whole.start()..sentence.start + whole.end();
        out.push(Timex {
            span,
            when,
            tense: tense_at(s, whole.start()),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn whens(s: &str) -> Vec<(String, When)> {
        find(s, &(0..s.len()))
            .into_iter()
            .map(|t| (s[t.span].to_string(), t.when))
            .collect()
    }

    #[test]
    fn days_ranges_and_months() {
        assert_eq!(
            whens("They met on Aug. 15, 2025, and again on July 10."),
            vec![
                (
                    "Aug. 15, 2025".into(),
                    When::Day {
                        year: Some(2025),
                        month: 8,
                        day: 15
                    }
                ),
                (
                    "July 10".into(),
                    When::Day {
                        year: None,
                        month: 7,
                        day: 10
                    }
                ),
            ]
        );
        assert_eq!(
            whens("The week will run from Sept. 23 to 27.")[0].1,
            When::Range {
                year: None,
                month: 9,
                from: 23,
                to_month: 9,
                to: 27
            }
        );
        assert_eq!(
            whens("They last met in July.")[0].1,
            When::Month {
                year: None,
                month: 7
            }
        );
        assert_eq!(
            whens("Polls open 24 September 2025.")[0].1,
            When::Day {
                year: Some(2025),
                month: 9,
                day: 24
            }
        );
    }

    #[test]
    fn weekdays_weeks_and_tense() {
        let t = find(
            "Ana Lopes is scheduled to meet Piet Jansen on Wednesday.",
            &(0..56),
        );
        assert_eq!(
            t[0].when,
            When::Weekday {
                day: Weekday::Wed,
                shift: None
            }
        );
        assert_eq!(t[0].tense, Tense::Future);
        let t = find("Lopes met Jansen last Friday night.", &(0..35));
        assert_eq!(
            t[0].when,
            When::Weekday {
                day: Weekday::Fri,
                shift: Some(-1)
            }
        );
        assert_eq!(t[0].tense, Tense::Past);
        assert_eq!(
            whens("They will meet next week.")[0].1,
            When::Week { shift: 1 }
        );
        assert_eq!(whens("Posted 6 hours ago")[0].1, When::Unanchorable);
    }

    #[test]
    fn near_misses() {
        assert!(whens("Chancellor Jan Kowal and June Carter spoke.").is_empty());
        assert!(whens("They met in April Ryan's office.").is_empty());
        assert_eq!(whens("at a February encounter").len(), 1);
        assert!(whens("You may go.").is_empty());
        assert!(whens("Marching bands and Mayors.").is_empty());
        assert!(whens("A 2,000 km range.").is_empty());
    }
}
