//! Dates as intervals.
//!
//! News gives dates at many granularities: a day ("Aug. 15"), a week ("next
//! week"), a month ("in July"), a range ("Sept. 23 to 27"). Comparing them
//! means comparing intervals: two dates agree when their intervals overlap.
//! [`DateInterval`] is that interval plus the granularity it was stated at,
//! and renders itself as a TIMEX3-like string (`2025-09-24`, `2025-07`,
//! `2025-W39`, `2025-09-23/2025-09-27`).
//!
//! This file also reads the absolute dates that article metadata carries
//! (front matter, datelines, URL paths); relative expressions in running
//! text are the temporal engine's job.

use chrono::{Datelike, NaiveDate, Weekday};

/// How precisely a date was stated.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Granularity {
    /// A day with a clock time (`2025-09-24T16:07`).
    Minute,
    Day,
    Week,
    Month,
    /// Whole months, from one to another (seasons, quarters).
    Months,
    Year,
    /// Days, from one to another.
    Range,
}

impl Granularity {
    pub fn name(self) -> &'static str {
        match self {
            Granularity::Minute => "minute",
            Granularity::Months => "season",
            Granularity::Day => "day",
            Granularity::Week => "week",
            Granularity::Month => "month",
            Granularity::Year => "year",
            Granularity::Range => "range",
        }
    }
}

/// A closed interval of days, with the granularity it was stated at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DateInterval {
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub granularity: Granularity,
    /// The clock time, for minute granularity.
    pub time: Option<(u32, u32)>,
}

impl DateInterval {
    pub fn day(d: NaiveDate) -> DateInterval {
        DateInterval {
            start: d,
            end: d,
            granularity: Granularity::Day,
            time: None,
        }
    }

    pub fn month(year: i32, month: u32) -> Option<DateInterval> {
        let start = NaiveDate::from_ymd_opt(year, month, 1)?;
        let next = if month == 12 {
            NaiveDate::from_ymd_opt(year + 1, 1, 1)?
        } else {
            NaiveDate::from_ymd_opt(year, month + 1, 1)?
        };
        Some(DateInterval {
            start,
            end: next.pred_opt()?,
            granularity: Granularity::Month,
            time: None,
        })
    }

    pub fn year(year: i32) -> Option<DateInterval> {
        Some(DateInterval {
            start: NaiveDate::from_ymd_opt(year, 1, 1)?,
            end: NaiveDate::from_ymd_opt(year, 12, 31)?,
            granularity: Granularity::Year,
            time: None,
        })
    }

    /// The ISO week (Monday to Sunday) that contains `d`.
    pub fn week_of(d: NaiveDate) -> DateInterval {
        let monday = d - chrono::Days::new(d.weekday().num_days_from_monday() as u64);
        DateInterval {
            start: monday,
            end: monday + chrono::Days::new(6),
            granularity: Granularity::Week,
            time: None,
        }
    }

    pub fn range(start: NaiveDate, end: NaiveDate) -> DateInterval {
        let (start, end) = if start <= end {
            (start, end)
        } else {
            (end, start)
        };
        DateInterval {
            start,
            end,
            granularity: Granularity::Range,
            time: None,
        }
    }

    /// Whether the two intervals share at least one day.
    pub fn overlaps(&self, other: &DateInterval) -> bool {
        self.start <= other.end && other.start <= self.end
    }

    /// Whether `other` lies entirely inside `self`.
    pub fn contains(&self, other: &DateInterval) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The TIMEX3-like value: `2025-09-24`, `2025-W39`, `2025-07`, `2025`,
    /// `2025-09-23/2025-09-27`.
    pub fn timex(&self) -> String {
        match self.granularity {
            Granularity::Day => self.start.format("%Y-%m-%d").to_string(),
            Granularity::Minute => {
                let (h, m) = self.time.unwrap_or((0, 0));
                format!("{}T{h:02}:{m:02}", self.start.format("%Y-%m-%d"))
            }
            Granularity::Months => format!(
                "{}/{}",
                self.start.format("%Y-%m"),
                self.end.format("%Y-%m")
            ),
            Granularity::Week => {
                let w = self.start.iso_week();
                format!("{}-W{:02}", w.year(), w.week())
            }
            Granularity::Month => self.start.format("%Y-%m").to_string(),
            Granularity::Year => format!("{}", self.start.year()),
            Granularity::Range => format!(
                "{}/{}",
                self.start.format("%Y-%m-%d"),
                self.end.format("%Y-%m-%d")
            ),
        }
    }
}

/// Month names and their abbreviations as news writes them (AP style
/// included: "Sept.", "Aug."), lowercase, without the period.
const MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];

/// The month a word names ("Sept." → 9), case-insensitive.
pub fn month_number(word: &str) -> Option<u32> {
    let word = word.trim_end_matches('.');
    // every name has three to nine letters and starts with one of these
    let first = word.as_bytes().first()?.to_ascii_lowercase();
    if !(3..=9).contains(&word.len()) || !b"jfmasond".contains(&first) {
        return None;
    }
    let mut buf = [0u8; 12];
    let w = lowercase_short(word, &mut buf)?;
    MONTHS.iter().find(|(name, _)| *name == w).map(|(_, n)| *n)
}

/// `w` lowercased (ASCII) in `buf`, or `None` if it does not fit: longer
/// than any month or weekday name.
fn lowercase_short<'a>(w: &str, buf: &'a mut [u8; 12]) -> Option<&'a str> {
    let lower = buf.get_mut(..w.len())?;
    for (l, b) in lower.iter_mut().zip(w.bytes()) {
        *l = b.to_ascii_lowercase();
    }
    std::str::from_utf8(lower).ok()
}

/// The weekday a word names ("Wednesday", "Wed."), case-insensitive.
pub fn weekday_from_name(word: &str) -> Option<Weekday> {
    let word = word.trim_end_matches('.');
    // every name has three to nine letters and starts with one of these
    let first = word.as_bytes().first()?.to_ascii_lowercase();
    if !(3..=9).contains(&word.len()) || !b"mtwfs".contains(&first) {
        return None;
    }
    let mut buf = [0u8; 12];
    Some(match lowercase_short(word, &mut buf)? {
        "monday" | "mon" => Weekday::Mon,
        "tuesday" | "tue" | "tues" => Weekday::Tue,
        "wednesday" | "wed" => Weekday::Wed,
        "thursday" | "thu" | "thurs" => Weekday::Thu,
        "friday" | "fri" => Weekday::Fri,
        "saturday" | "sat" => Weekday::Sat,
        "sunday" | "sun" => Weekday::Sun,
        _ => return None,
    })
}

/// Reads a complete calendar date written on its own: `2025-09-24` (with
/// or without a time after it), `September 24, 2025`, `Sept. 24 2025`,
/// `24 September 2025`, `Wednesday, September 24, 2025`, `24.09.2025`.
/// Returns `None` for anything else, including impossible dates.
pub fn parse_full_date(text: &str) -> Option<NaiveDate> {
    let t = text.trim();
    // ISO: 2025-09-24, 2025-09-24T10:00:00Z, 2025/09/24
    let b = t.as_bytes();
    if b.len() >= 10
        && b[..4].iter().all(u8::is_ascii_digit)
        && (b[4] == b'-' || b[4] == b'/')
        && b[5..7].iter().all(u8::is_ascii_digit)
        && b[7] == b[4]
        && b[8..10].iter().all(u8::is_ascii_digit)
        && (b.len() == 10 || !b[10].is_ascii_digit())
    {
        let y: i32 = t[..4].parse().ok()?;
        let m: u32 = t[5..7].parse().ok()?;
        let d: u32 = t[8..10].parse().ok()?;
        return NaiveDate::from_ymd_opt(y, m, d);
    }
    // 24.09.2025
    if b.len() == 10
        && b[2] == b'.'
        && b[5] == b'.'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 2 || i == 5 || c.is_ascii_digit())
    {
        let d: u32 = t[..2].parse().ok()?;
        let m: u32 = t[3..5].parse().ok()?;
        let y: i32 = t[6..].parse().ok()?;
        return NaiveDate::from_ymd_opt(y, m, d);
    }
    let words: Vec<&str> = t
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    let words: &[&str] = match words.first() {
        Some(w) if weekday_from_name(w).is_some() => &words[1..],
        _ => &words[..],
    };
    if words.len() != 3 {
        return None;
    }
    let year: i32 = parse_year(words[2])?;
    if let Some(m) = month_number(words[0]) {
        let d: u32 = parse_day(words[1])?;
        return NaiveDate::from_ymd_opt(year, m, d);
    }
    if let Some(m) = month_number(words[1]) {
        let d: u32 = parse_day(words[0])?;
        return NaiveDate::from_ymd_opt(year, m, d);
    }
    None
}

fn parse_year(w: &str) -> Option<i32> {
    if w.len() == 4 && w.bytes().all(|c| c.is_ascii_digit()) {
        w.parse().ok()
    } else {
        None
    }
}

fn parse_day(w: &str) -> Option<u32> {
    let digits = w
        .trim_end_matches("st")
        .trim_end_matches("nd")
        .trim_end_matches("rd")
        .trim_end_matches("th");
    if (1..=2).contains(&digits.len()) && digits.bytes().all(|c| c.is_ascii_digit()) {
        digits.parse().ok()
    } else {
        None
    }
}

/// Every complete calendar date written inside `text`, with its byte range:
/// `September 24, 2025`, `Wed., Sept. 24, 2025`, `24 September 2025`,
/// `2025-09-24`, `24.09.2025`.
pub fn find_full_dates(text: &str) -> Vec<(std::ops::Range<usize>, NaiveDate)> {
    use std::sync::OnceLock;
    static RE: OnceLock<regex::Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        let month = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?";
        regex::Regex::new(&format!(
            r"(?i-u)\b(?:{month}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}\s+{month},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}|\d{{2}}\.\d{{2}}\.\d{{4}})\b"
        ))
        .expect("static pattern")
    });
    re.find_iter(text)
        .filter_map(|m| parse_full_date(m.as_str()).map(|d| (m.range(), d)))
        .collect()
}

/// Finds a `/YYYY/MM/DD/` date path in a URL.
pub fn date_in_url(url: &str) -> Option<NaiveDate> {
    let b = url.as_bytes();
    let mut i = 0;
    while i + 12 <= b.len() {
        if b[i] == b'/'
            && b[i + 1..i + 5].iter().all(u8::is_ascii_digit)
            && b[i + 5] == b'/'
            && b[i + 6..i + 8].iter().all(u8::is_ascii_digit)
            && b[i + 8] == b'/'
            && i + 11 <= b.len()
            && b[i + 9..i + 11].iter().all(u8::is_ascii_digit)
            && (i + 11 == b.len() || b[i + 11] == b'/')
        {
            let y: i32 = url[i + 1..i + 5].parse().ok()?;
            let m: u32 = url[i + 6..i + 8].parse().ok()?;
            let d: u32 = url[i + 9..i + 11].parse().ok()?;
            if let Some(date) = NaiveDate::from_ymd_opt(y, m, d) {
                return Some(date);
            }
        }
        i += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Month and weekday names fit the buffer they are compared in.
    #[test]
    fn month_and_weekday_names_are_short() {
        for (name, _) in MONTHS {
            assert!(name.len() <= 12 && *name == name.to_ascii_lowercase());
        }
        assert_eq!(month_number("SEPT."), Some(9));
        assert_eq!(weekday_from_name("Wed."), Some(Weekday::Wed));
        assert_eq!(weekday_from_name("Wednesdays-and-more"), None);
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn full_dates_in_several_styles() {
        assert_eq!(parse_full_date("September 24, 2025"), Some(d(2025, 9, 24)));
        assert_eq!(parse_full_date("Sept. 24, 2025"), Some(d(2025, 9, 24)));
        assert_eq!(parse_full_date("24 September 2025"), Some(d(2025, 9, 24)));
        assert_eq!(
            parse_full_date("Wednesday, September 24, 2025"),
            Some(d(2025, 9, 24))
        );
        assert_eq!(parse_full_date("2025-09-24"), Some(d(2025, 9, 24)));
        assert_eq!(
            parse_full_date("2025-09-24T08:00:00Z"),
            Some(d(2025, 9, 24))
        );
        assert_eq!(parse_full_date("24.09.2025"), Some(d(2025, 9, 24)));
    }

    #[test]
    fn near_misses_are_not_dates() {
        assert_eq!(parse_full_date("September 24"), None);
        assert_eq!(parse_full_date("February 30, 2025"), None);
        assert_eq!(parse_full_date("May the 4th, 2025 be with you"), None);
        assert_eq!(parse_full_date("12345-09-24"), None);
    }

    #[test]
    fn dates_inside_lines() {
        let found = find_full_dates("By Jane Doe | Updated Sept. 24, 2025 10:31 a.m.");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].1, d(2025, 9, 24));
        assert!(find_full_dates("Mayday 24 2025 and Augustus 3 2024").is_empty());
        assert_eq!(
            find_full_dates("on 24.09.2025 at noon")[0].1,
            d(2025, 9, 24)
        );
    }

    #[test]
    fn url_date_paths() {
        assert_eq!(
            date_in_url("https://example.com/2025/09/24/some-slug-a90617"),
            Some(d(2025, 9, 24))
        );
        assert_eq!(date_in_url("https://example.com/2025/13/24/x"), None);
        assert_eq!(date_in_url("https://example.com/news/12345"), None);
    }

    #[test]
    fn intervals_render_as_timex() {
        assert_eq!(DateInterval::day(d(2025, 9, 24)).timex(), "2025-09-24");
        assert_eq!(DateInterval::month(2025, 7).unwrap().timex(), "2025-07");
        assert_eq!(DateInterval::week_of(d(2025, 9, 24)).timex(), "2025-W39");
        assert_eq!(
            DateInterval::range(d(2025, 9, 27), d(2025, 9, 23)).timex(),
            "2025-09-23/2025-09-27"
        );
        let july = DateInterval::month(2025, 7).unwrap();
        assert!(july.contains(&DateInterval::day(d(2025, 7, 10))));
        assert!(!july.overlaps(&DateInterval::day(d(2025, 8, 15))));
    }
}
