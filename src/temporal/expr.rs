//! Finding temporal expressions: what the text says, before anchoring.
//!
//! One combined pattern (a DFA over ASCII, no Unicode word boundaries)
//! finds candidate spans in a single pass over the text; each candidate is
//! then read by the alternative that matched it. Most text holds no date,
//! so the cost is the one pass.
//!
//! Spans follow the TIMEX3 convention of `tests/dates/corpus.yaml`: the
//! core expression without a leading preposition ("on Wednesday" →
//! "Wednesday"), with the modifiers that change its value ("last Friday",
//! "early this year", "a week ago"); a possessive stays outside ("Sunday's
//! vote" → "Sunday").

use std::sync::OnceLock;

use chrono::Weekday;

use crate::model::Span;
use crate::normalize::date::{month_number, weekday_from_name};

/// A year as written: a number, relative to the anchor, or left out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum YearRef {
    Written(i32),
    /// -1 last year, 0 this year, +1 next year.
    Shift(i32),
    /// Not written: chosen by anchoring.
    Implicit,
}

/// What an expression says, before anchoring.
#[derive(Clone, Debug, PartialEq)]
pub enum When {
    /// A calendar day, perhaps with its weekday and a time.
    Day {
        year: Option<i32>,
        month: u32,
        day: u32,
        weekday: Option<Weekday>,
        time: Option<(u32, u32)>,
    },
    /// Days from one date to another ("Sept. 23 to 27", "Oct. 30-Nov. 2").
    Range {
        year: Option<i32>,
        month: u32,
        day: u32,
        end_year: Option<i32>,
        end_month: u32,
        end_day: u32,
    },
    /// A month ("July", "July 2025", "last month" as `Shift`).
    Month { year: YearRef, month: u32 },
    /// Last/this/next month.
    MonthShift(i32),
    /// Months of a year: seasons, quarters, "early 2024" (`to` may be
    /// smaller than `from`: winter runs into the next year).
    Months { year: YearRef, from: u32, to: u32 },
    /// Months from one year to another ("July 2025 to March 2026").
    MonthRange { from: (i32, u32), to: (i32, u32) },
    /// January to the anchor's month ("earlier this year").
    YearToDate,
    /// A year.
    Year(YearRef),
    /// A weekday; "last"/"this"/"next" as -1/0/+1.
    Weekday { day: Weekday, shift: Option<i32> },
    /// Saturday and Sunday of the anchor's week, shifted.
    Weekend(i32),
    /// An ISO week relative to the anchor.
    Week(i32),
    /// "the upcoming week": the next week, or this one from a Monday.
    UpcomingWeek,
    /// The ISO week containing a date ("the week of April 22").
    WeekOf { month: u32, day: u32 },
    /// From one weekday to another ("from Monday to Thursday").
    WeekdayRange { from: Weekday, to: Weekday },
    /// Days from the anchor: today 0, yesterday -1, "three days ago" -3.
    Offset(i64),
    /// Days from the date just mentioned in the sentence, else the anchor:
    /// "the day before" -1, "two days later" +2.
    FromMentioned(i64),
    /// A named day of the year (from the catalog's `holidays:`).
    Holiday { month: u32, day: u32 },
    /// No calendar value: a bare clock time, "6 hours ago" on a web page.
    NoValue,
}

/// An expression and where it is.
#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    pub span: Span,
    pub when: When,
}

const MON: &str = r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sept(?:ember|\.)?|Sep\.?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)";
const WD: &str = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
const WDA: &str = r"(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.?";
const DAY: &str = r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?";
const YEAR: &str = r"(?:1[89][0-9]{2}|20[0-9]{2})";
const TIME: &str = r"(?:[01]?[0-9]|2[0-3]):[0-5][0-9](?:\s?[ap]\.?m\.?)?(?:\s(?:[A-Z]{2,4}(?:\+[0-9]+)?|local\stime))?";
const NUMBER: &str =
    r"(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[0-9]{1,3})";

/// The kinds of expression, in the order of [`pattern`]'s patterns
/// (earlier ones win at the same position).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Isodt,
    Numrange,
    Tnum,
    Numt,
    Mrange,
    Range1,
    Range2,
    Range3,
    Md,
    Dm,
    Weekof,
    Wdrange,
    Part,
    Quarter,
    Half,
    Season,
    Ytd,
    Later,
    Shift,
    Monyear,
    Month,
    Year,
    Week,
    Ago,
    Noago,
    Dbl,
    Rel,
    Deictic,
    Wd,
    Time,
}

/// [`Kind`]s by pattern index.
const KINDS: [Kind; 30] = [
    Kind::Isodt,
    Kind::Numrange,
    Kind::Tnum,
    Kind::Numt,
    Kind::Mrange,
    Kind::Range1,
    Kind::Range2,
    Kind::Range3,
    Kind::Md,
    Kind::Dm,
    Kind::Weekof,
    Kind::Wdrange,
    Kind::Part,
    Kind::Quarter,
    Kind::Half,
    Kind::Season,
    Kind::Ytd,
    Kind::Later,
    Kind::Shift,
    Kind::Monyear,
    Kind::Month,
    Kind::Year,
    Kind::Week,
    Kind::Ago,
    Kind::Noago,
    Kind::Dbl,
    Kind::Rel,
    Kind::Deictic,
    Kind::Wd,
    Kind::Time,
];

/// One pattern per kind of expression, searched together in one pass; the
/// match says which pattern matched, so no capture groups are needed.
fn pattern() -> &'static regex_automata::meta::Regex {
    static RE: OnceLock<regex_automata::meta::Regex> = OnceLock::new();
    RE.get_or_init(|| {
        regex_automata::meta::Regex::new_many(&pattern_strings()).expect("static pattern")
    })
}

/// [`pattern`] as two lazy DFAs searched directly: forward for where the
/// leftmost-first match ends and which pattern it is; backward, anchored at
/// that end and on that pattern alone, for where it starts (the same start
/// the combined reverse search finds: no match starts further left).
struct Dfas {
    forward: regex_automata::hybrid::dfa::DFA,
    reverse: regex_automata::hybrid::dfa::DFA,
}

fn dfas() -> &'static Dfas {
    use regex_automata::{MatchKind, hybrid::dfa::DFA, nfa::thompson};
    static D: OnceLock<Dfas> = OnceLock::new();
    D.get_or_init(|| {
        let patterns = pattern_strings();
        let forward = DFA::new_many(&patterns).expect("static pattern");
        let reverse = DFA::builder()
            .configure(
                DFA::config()
                    .match_kind(MatchKind::All)
                    .starts_for_each_pattern(true),
            )
            .thompson(thompson::Config::new().reverse(true))
            .build_many(&patterns)
            .expect("static pattern");
        Dfas { forward, reverse }
    })
}

thread_local! {
    /// The lazy DFAs' caches (forward, reverse), kept per thread.
    static CACHES: std::cell::RefCell<Option<(regex_automata::hybrid::dfa::Cache, regex_automata::hybrid::dfa::Cache)>> =
        const { std::cell::RefCell::new(None) };
}

/// The leftmost-first match of [`pattern`] in `s[at..]`: (start, end,
/// pattern index).
#[inline(always)]
fn search(
    d: &Dfas,
    caches: &mut (
        regex_automata::hybrid::dfa::Cache,
        regex_automata::hybrid::dfa::Cache,
    ),
    s: &str,
    at: usize,
) -> Option<(usize, usize, usize)> {
    use regex_automata::{Anchored, Input};
    let input = Input::new(s).range(at..);
    let direct = (|| {
        let Some(end) = d.forward.try_search_fwd(&mut caches.0, &input)? else {
            return Ok(None);
        };
        let back = input
            .clone()
            .span(at..end.offset())
            .anchored(Anchored::Pattern(end.pattern()))
            .earliest(false);
        let start = d.reverse.try_search_rev(&mut caches.1, &back)?;
        Ok::<_, regex_automata::MatchError>(
            start.map(|st| (st.offset(), end.offset(), end.pattern().as_usize())),
        )
    })();
    match direct {
        Ok(m) => m,
        // the lazy DFAs gave up: the meta regex decides
        Err(_) => pattern()
            .find(input)
            .map(|m| (m.start(), m.end(), m.pattern().as_usize())),
    }
}

/// The patterns of [`pattern`], in the order of [`KINDS`].
fn pattern_strings() -> Vec<String> {
    {
        let (m, wd, wda, d, y, t, n) = (MON, WD, WDA, DAY, YEAR, TIME, NUMBER);
        let numdate = format!(
            r"(?:[0-3]?[0-9]\.[01]?[0-9]\.{y}|{y}-[01][0-9]-[0-3][0-9]|{y}/[01][0-9]/[0-3][0-9]|[0-3]?[0-9]/[0-3]?[0-9]/{y})"
        );
        let season = r"(?:spring|summer|autumn|fall|winter)";
        let alternatives = [
            // ISO date-times: 2027-07-22T14:05Z
            format!(r"(?:{y}-[01][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9](?::[0-5][0-9])?Z?)"),
            // numeric ranges: 14.02.2023 to 30.04.2023
            format!(r"(?:{numdate}\s?(?:to|through|until|-|–)\s?{numdate})"),
            // clock time and a numeric date
            format!(r"(?:{t},?\s{numdate})"),
            format!(r"(?:{numdate}(?:,?\s{t})?)"),
            // ranges
            format!(
                r"(?:{m}\s{y}\s(?:to|through|until|-|–)\s{m}\s{y})"
            ),
            format!(
                r"(?:{m}\s{d}\s?(?:-|–|to|through|until|and)\s?(?:{m}\s)?{d}(?:,?\s{y})?)"
            ),
            format!(r"(?:{d}\s?(?:-|–|to|and)\s?{d}\s{m}(?:,?\s{y})?)"),
            format!(r"(?:{d}\s{m}\s(?:to|until|-|–|and)\s{d}\s{m}(?:,?\s{y})?)"),
            // a day, with its weekday and time
            format!(
                r"(?:(?:(?:{wd}|{wda}),?\s)?{m}\s{d}(?:,?\s{y})?(?:,?\s(?:at\s)?{t})?)"
            ),
            format!(
                r"(?:(?:(?:{wd}|{wda}),?\s)?(?:the\s)?{d}\s(?:of\s)?{m}(?:,?\s{y})?(?:,?\s{t})?)"
            ),
            format!(r"(?:the\sweek\sof\s{m}\s{d})"),
            format!(r"(?:{wd}\s(?:to|through|until|-|–)\s{wd})"),
            // months, seasons, years
            format!(
                r"(?:(?:early|late|mid-?|the\send\sof|the\sstart\sof|the\sbeginning\sof)\s?(?:this\syear|last\syear|next\syear|{y}))"
            ),
            format!(r"(?:the\s(?:first|second|third|fourth)\squarter(?:\sof\s{y})?)"),
            format!(
                r"(?:the\s(?:first|second)\shalf\sof\s(?:{y}|this\syear|last\syear|next\syear))"
            ),
            format!(r"(?:(?:(?:this|last|next)\s|the\s)?{season}(?:\s(?:of\s)?{y})?)"),
            r"(?:earlier\sthis\syear)".to_string(),
            r"(?:(?:later|earlier)\sthis\s(?:month|week))".to_string(),
            r"(?:(?:[Ll]ast|[Tt]his|[Nn]ext)\s(?:year|month|weekend))".to_string(),
            format!(r"(?:{m},?\s{y})"),
            format!(r"(?:{m})"),
            format!(r"(?:{y})"),
            // weeks and days
            r"(?:(?:[Nn]ext|[Ll]ast|[Tt]his|[Tt]he\scoming|[Tt]he\supcoming|[Tt]he\sfollowing|[Tt]he\sprevious)\sweek)".to_string(),
            format!(r"(?:{n}\s(?:days?|weeks?)\sago)"),
            format!(r"(?:{n}\s(?:hours?|minutes?|mins?|hrs?)\sago)"),
            r"(?:[Tt]he\sday\s(?:before\syesterday|after\stomorrow))".to_string(),
            format!(
                r"(?:[Tt]he\s(?:day|night)\s(?:before|after)|[Tt]he\s(?:next|following|previous)\s(?:day|night)|(?:a|one|{n})\s(?:days?|weeks?)\s(?:earlier|later|before|after))"
            ),
            r"(?:[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow|[Ll]ast\snight|[Tt]his\s(?:morning|afternoon|evening))".to_string(),
            format!(
                r"(?:(?:(?:[Ll]ast|[Nn]ext|[Tt]his)\s)?{wd}(?:\s(?:night|evening|morning|afternoon))?)"
            ),
            // a bare clock time
            format!(r"(?:{t}|(?:1[0-2]|0?[1-9])\s?[ap]\.m\.)"),
        ];
        // no trailing word boundary: "p.m." ends with a period; the end is
        // checked in code
        alternatives
            .iter()
            .map(|p| format!(r"(?-u:\b){p}"))
            .collect()
    }
}

/// The single-day pattern alone, for a reading the combined pattern took
/// too far.
fn day_only() -> &'static regex_automata::meta::Regex {
    static RE: OnceLock<regex_automata::meta::Regex> = OnceLock::new();
    RE.get_or_init(|| {
        let (m, wd, wda, d, y) = (MON, WD, WDA, DAY, YEAR);
        regex_automata::meta::Regex::new(&format!(
            r"(?-u:\b)(?:(?:{wd}|{wda}),?\s)?{m}\s{d}(?:,?\s{y})?"
        ))
        .expect("static pattern")
    })
}

/// Words after which a month or a year alone is a date.
const CUES: &[&str] = &[
    "a", "after", "an", "before", "between", "by", "during", "early", "from", "her", "his", "in",
    "its", "last", "late", "mid", "next", "of", "our", "since", "the", "their", "this", "through",
    "till", "until",
];

/// Nouns after which a season is part of a name ("the autumn session").
const SEASON_NOUNS: &[&str] = &[
    "break",
    "campaign",
    "collection",
    "holidays",
    "meeting",
    "offensive",
    "schedule",
    "semester",
    "session",
    "sitting",
    "term",
];

/// Capitalized words that may stand before a weekday in a date ("On
/// Friday", "Since Monday").
const WEEKDAY_LEADS: &[&str] = &[
    "After", "Before", "By", "During", "Early", "From", "Late", "Last", "Next", "On", "Since",
    "This", "Until",
];

fn number_word(w: &str) -> Option<i64> {
    Some(match &*lower(w) {
        "a" | "an" | "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        n => n.parse().ok()?,
    })
}

/// A few numbers or months, kept on the stack.
type Few = smallvec::SmallVec<[u32; 8]>;

/// Numbers in a string, in order (runs of ASCII digits that fit a `u32`).
fn numbers(s: &str) -> Few {
    let mut out = Few::new();
    // the number being read, `None` once it overflows
    let mut n: Option<Option<u32>> = None;
    for &b in s.as_bytes() {
        if b.is_ascii_digit() {
            let d = u32::from(b - b'0');
            n = Some(match n {
                None => Some(d),
                Some(v) => v.and_then(|v| v.checked_mul(10)?.checked_add(d)),
            });
        } else if let Some(v) = n.take() {
            out.extend(v);
        }
    }
    if let Some(v) = n {
        out.extend(v);
    }
    out
}

/// The maximal runs of bytes of `s` that `keep` accepts, in order: for a
/// `keep` that accepts only ASCII bytes, the non-empty pieces of
/// `s.split(|c: char| !keep(c))`, without decoding characters.
fn runs(s: &str, keep: impl Fn(u8) -> bool) -> impl Iterator<Item = &str> {
    let b = s.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < b.len() && !keep(b[i]) {
            i += 1;
        }
        let from = i;
        while i < b.len() && keep(b[i]) {
            i += 1;
        }
        // runs of ASCII bytes start and end on character boundaries
        (i > from).then(|| s.get(from..i)).flatten()
    })
}

/// Month words in a string, in order.
fn months(s: &str) -> Few {
    month_words(s).collect()
}

/// [`months`], lazily.
fn month_words(s: &str) -> impl Iterator<Item = u32> + '_ {
    runs(s, |b| b.is_ascii_alphabetic() || b == b'.').filter_map(month_number)
}

fn year_in(s: &str) -> Option<i32> {
    runs(s, |b| b.is_ascii_digit())
        .filter(|x| x.len() == 4)
        .find_map(|x| x.parse().ok())
}

fn weekday_in(s: &str) -> Option<Weekday> {
    runs(s, |b| b.is_ascii_alphabetic()).find_map(|w| weekday_word(w.as_bytes()))
}

/// [`weekday_from_name`] of a word of ASCII letters, without building a
/// string.
fn weekday_word(w: &[u8]) -> Option<Weekday> {
    // every name has three to nine letters and starts with one of these
    let first = w.first()?.to_ascii_lowercase();
    if !(3..=9).contains(&w.len()) || !b"mtwfs".contains(&first) {
        return None;
    }
    let mut buf = [0u8; 9];
    let lower = buf.get_mut(..w.len())?;
    for (l, b) in lower.iter_mut().zip(w) {
        *l = b.to_ascii_lowercase();
    }
    Some(match &*lower {
        b"monday" | b"mon" => Weekday::Mon,
        b"tuesday" | b"tue" | b"tues" => Weekday::Tue,
        b"wednesday" | b"wed" => Weekday::Wed,
        b"thursday" | b"thu" | b"thurs" => Weekday::Thu,
        b"friday" | b"fri" => Weekday::Fri,
        b"saturday" | b"sat" => Weekday::Sat,
        b"sunday" | b"sun" => Weekday::Sun,
        _ => return None,
    })
}

/// The first number of `s` (as [`numbers`] reads them) in `1..=31`.
fn first_day(s: &str) -> Option<u32> {
    runs(s, |b| b.is_ascii_digit()).find_map(|r| {
        let n = r.bytes().try_fold(0u32, |n, b| {
            n.checked_mul(10)?.checked_add(u32::from(b - b'0'))
        })?;
        (1..=31).contains(&n).then_some(n)
    })
}

/// The first clock time in `s` (`(?-u:\b)([01]?[0-9]|2[0-3]):([0-5][0-9])`,
/// then an optional "a.m."/"p.m." after one optional space), as 24-hour
/// (hour, minute).
fn time_in(s: &str) -> Option<(u32, u32)> {
    let b = s.as_bytes();
    let digit = |i: usize| {
        b.get(i)
            .filter(|x| x.is_ascii_digit())
            .map(|x| u32::from(x - b'0'))
    };
    for p in 0..b.len() {
        // a word boundary before a digit
        let Some(d0) = digit(p) else { continue };
        if p > 0 && (b[p - 1].is_ascii_alphanumeric() || b[p - 1] == b'_') {
            continue;
        }
        // the hour: [01][0-9], then [0-9], then 2[0-3], followed by ":mm"
        let minutes = |at: usize| {
            let tens = digit(at + 1).filter(|_| b[at] == b':' && b[at + 1] <= b'5')?;
            Some((tens * 10 + digit(at + 2)?, at + 3))
        };
        let hour = [
            digit(p + 1)
                .filter(|_| d0 <= 1)
                .map(|d1| (d0 * 10 + d1, p + 2)),
            Some((d0, p + 1)),
            digit(p + 1)
                .filter(|&d1| d0 == 2 && d1 <= 3)
                .map(|d1| (20 + d1, p + 2)),
        ]
        .into_iter()
        .flatten()
        .find_map(|(h, at)| Some((h, minutes(at)?)));
        let Some((mut h, (m, at))) = hour else {
            continue;
        };
        // "a.m."/"p.m.": one optional whitespace, [ap], an optional ".", "m"
        let rest = &s[at..];
        let rest = rest
            .strip_prefix(|c: char| c.is_whitespace())
            .unwrap_or(rest);
        let r = rest.as_bytes();
        let ap = r.first().copied().filter(|x| matches!(x, b'a' | b'p'));
        let m_at = if r.get(1) == Some(&b'.') { 2 } else { 1 };
        match ap.filter(|_| r.get(m_at) == Some(&b'm')) {
            Some(b'p') if h < 12 => h += 12,
            Some(b'a') if h == 12 => h = 0,
            _ => {}
        }
        return Some((h, m));
    }
    None
}

/// `s.to_ascii_lowercase()`, borrowed when `s` has no uppercase letter.
fn lower(s: &str) -> std::borrow::Cow<'_, str> {
    if s.bytes().any(|b| b.is_ascii_uppercase()) {
        std::borrow::Cow::Owned(s.to_ascii_lowercase())
    } else {
        std::borrow::Cow::Borrowed(s)
    }
}

/// The word just before byte `at`, lowercase.
fn word_before(text: &str, at: usize) -> std::borrow::Cow<'_, str> {
    lower(
        text[..at]
            .trim_end()
            .rsplit(|c: char| !c.is_ascii_alphanumeric() && c != '-')
            .next()
            .unwrap_or("")
            .trim_end_matches('-'),
    )
}

/// Reads a numeric date: day.month.year, year-month-day, month/day/year
/// (day/month when `day_first` or when the first number cannot be a month).
fn numeric(s: &str, day_first: bool) -> Option<(i32, u32, u32)> {
    let token = s.split(|c: char| c.is_whitespace() || c == ',').find(|t| {
        t.contains('.') && t.len() >= 8 || t.contains('-') || t.matches('/').count() == 2
    })?;
    let n = numbers(token);
    if n.len() != 3 {
        return None;
    }
    if token.contains('.') {
        return Some((n[2] as i32, n[1], n[0]));
    }
    if n[0] >= 1000 {
        return Some((n[0] as i32, n[1], n[2]));
    }
    if day_first || n[0] > 12 {
        Some((n[2] as i32, n[1], n[0]))
    } else {
        Some((n[2] as i32, n[0], n[1]))
    }
}

/// Settings of the finder.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// Read "9/10/2025" as day/month instead of month/day.
    pub day_first: bool,
    /// Named days: (lowercase name, month, day).
    pub holidays: Vec<(String, u32, u32)>,
}

fn read(kind: Kind, matched: &str, text: &str, start: usize, opts: &Options) -> Option<When> {
    let g = |n: Kind| (n == kind).then_some(matched);
    if let Some(s) = g(Kind::Isodt) {
        let n = numbers(s);
        return Some(When::Day {
            year: Some(*n.first()? as i32),
            month: *n.get(1)?,
            day: *n.get(2)?,
            weekday: None,
            time: Some((*n.get(3)?, *n.get(4)?)),
        });
    }
    if let Some(s) = g(Kind::Numrange) {
        let cut = s
            .find(" to ")
            .or(s.find(" through "))
            .or(s.find(" until "))
            .or_else(|| {
                s.char_indices()
                    .find(|(i, ch)| {
                        (*ch == '-' || *ch == '–') && s[..*i].matches(['.', '/']).count() >= 2
                    })
                    .map(|(i, _)| i)
            })?;
        let (a, b) = (
            numeric(&s[..cut], opts.day_first)?,
            numeric(&s[cut..], opts.day_first)?,
        );
        return Some(When::Range {
            year: Some(a.0),
            month: a.1,
            day: a.2,
            end_year: Some(b.0),
            end_month: b.1,
            end_day: b.2,
        });
    }
    if let Some(s) = g(Kind::Wdrange) {
        let days: smallvec::SmallVec<[Weekday; 4]> = s
            .split(|c: char| !c.is_ascii_alphabetic())
            .filter_map(weekday_from_name)
            .collect();
        return Some(When::WeekdayRange {
            from: *days.first()?,
            to: *days.get(1)?,
        });
    }
    if let Some(s) = g(Kind::Tnum).or(g(Kind::Numt)) {
        let (y, mo, d) = numeric(s, opts.day_first)?;
        return Some(When::Day {
            year: Some(y),
            month: mo,
            day: d,
            weekday: None,
            time: time_in(s),
        });
    }
    if let Some(s) = g(Kind::Mrange) {
        let (ms, ys) = (months(s), numbers(s));
        return Some(When::MonthRange {
            from: (*ys.first()? as i32, *ms.first()?),
            to: (*ys.get(1)? as i32, *ms.get(1)?),
        });
    }
    if let Some(s) = g(Kind::Range1) {
        // "July 10 and 24 September": the second number starts a date
        let end = start + s.len();
        let next = text[end..].trim_start_matches(' ');
        if next
            .split(|c: char| !c.is_ascii_alphabetic())
            .next()
            .is_some_and(|w| month_number(w).is_some())
            && !next.is_empty()
        {
            return None;
        }
        let ms = months(s);
        let ns = numbers(s);
        let year = year_in(s);
        let days: Few = ns.iter().copied().filter(|&x| x <= 31).collect();
        let (from, to) = (*days.first()?, *days.get(1)?);
        let end_month = *ms.get(1).unwrap_or(ms.first()?);
        return Some(When::Range {
            year,
            month: *ms.first()?,
            day: from,
            end_year: year,
            end_month,
            end_day: to,
        });
    }
    if let Some(s) = g(Kind::Range2).or(g(Kind::Range3)) {
        let ms = months(s);
        let days: Few = numbers(s).into_iter().filter(|&x| x <= 31).collect();
        let year = year_in(s);
        let end_month = *ms.last()?;
        return Some(When::Range {
            year,
            month: *ms.first()?,
            day: *days.first()?,
            end_year: year,
            end_month,
            end_day: *days.get(1)?,
        });
    }
    if let Some(s) = g(Kind::Md).or(g(Kind::Dm)) {
        let month = month_words(s).next()?;
        let year = year_in(s);
        // the day: the first number that is not the year or a time
        let before_time = match s.find(':') {
            Some(i) => &s[..s[..i].rfind(' ').unwrap_or(i)],
            None => s,
        };
        let day = first_day(before_time)?;
        return Some(When::Day {
            year,
            month,
            day,
            weekday: weekday_in(
                &s[..s
                    .bytes()
                    .position(|b| b.is_ascii_digit())
                    .unwrap_or(s.len())],
            ),
            time: if s.contains(':') { time_in(s) } else { None },
        });
    }
    if let Some(s) = g(Kind::Weekof) {
        let month = *months(s).first()?;
        let day = *numbers(s).first()?;
        return Some(When::WeekOf { month, day });
    }
    if let Some(s) = g(Kind::Part) {
        let year = year_ref(s);
        let (from, to) = if s.starts_with("early") || s.contains("start") || s.contains("beginning")
        {
            (1, 4)
        } else if s.starts_with("late") || s.contains("end of") {
            (9, 12)
        } else {
            (5, 8)
        };
        return Some(When::Months { year, from, to });
    }
    if let Some(s) = g(Kind::Quarter) {
        let q = ["first", "second", "third", "fourth"]
            .iter()
            .position(|w| s.contains(w))? as u32;
        return Some(When::Months {
            year: year_ref(s),
            from: q * 3 + 1,
            to: q * 3 + 3,
        });
    }
    if let Some(s) = g(Kind::Half) {
        let (from, to) = if s.contains("first") { (1, 6) } else { (7, 12) };
        return Some(When::Months {
            year: year_ref(s),
            from,
            to,
        });
    }
    if let Some(s) = g(Kind::Season) {
        let (from, to) = if s.contains("spring") {
            (3, 5)
        } else if s.contains("summer") {
            (6, 8)
        } else if s.contains("autumn") || s.contains("fall") {
            (9, 11)
        } else {
            (12, 2)
        };
        // "fall" and "spring" are verbs too: a bare one needs a cue
        if !s.contains(' ') && !CUES.contains(&&*word_before(text, start)) {
            return None;
        }
        let next = text[start + s.len()..]
            .split_whitespace()
            .next()
            .unwrap_or("");
        if SEASON_NOUNS.contains(&next.trim_matches(|c: char| !c.is_ascii_alphabetic())) {
            return None;
        }
        return Some(When::Months {
            year: year_ref(s),
            from,
            to,
        });
    }
    if g(Kind::Ytd).is_some() {
        return Some(When::YearToDate);
    }
    if let Some(s) = g(Kind::Later) {
        return Some(if s.ends_with("week") {
            When::Week(0)
        } else {
            When::MonthShift(0)
        });
    }
    if let Some(s) = g(Kind::Shift) {
        let low = lower(s);
        let shift = if low.starts_with("last") {
            -1
        } else if low.starts_with("next") {
            1
        } else {
            0
        };
        return Some(if low.ends_with("year") {
            When::Year(YearRef::Shift(shift))
        } else if low.ends_with("weekend") {
            When::Weekend(shift)
        } else {
            When::MonthShift(shift)
        });
    }
    if let Some(s) = g(Kind::Monyear) {
        return Some(When::Month {
            year: YearRef::Written(year_in(s)?),
            month: *months(s).first()?,
        });
    }
    if let Some(s) = g(Kind::Month) {
        // a month alone is written out, after a cue, and not a name
        // ("June Carter", "Jan Kowal", the verb "may")
        let full = s.len() >= 3 && !s.ends_with('.') && s.chars().skip(3).count() + 3 == s.len();
        let full = full
            && month_number(s).is_some()
            && !matches!(
                s,
                "Jan"
                    | "Feb"
                    | "Aug"
                    | "Sep"
                    | "Sept"
                    | "Oct"
                    | "Nov"
                    | "Dec"
                    | "Mar"
                    | "Apr"
                    | "Jun"
                    | "Jul"
            );
        let before = word_before(text, start);
        let two_back = {
            let head = text[..start].trim_end();
            let cut = head.len() - before.len();
            word_before(text, cut.min(head.len()))
        };
        // "in July", "a February encounter", "a strong November"
        let cue = CUES.contains(&&*before)
            || (matches!(&*two_back, "a" | "an" | "the") && before.len() > 2);
        let end = start + s.len();
        let next_capital = text[end..]
            .strip_prefix(' ')
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_uppercase()));
        if !(full && cue) || next_capital {
            return None;
        }
        return Some(When::Month {
            year: YearRef::Implicit,
            month: month_number(s)?,
        });
    }
    if let Some(s) = g(Kind::Year) {
        let before = word_before(text, start);
        let end = start + s.len();
        let after = &text[end..];
        // a year needs a cue; not part of a bigger number or an amount
        let joined = after.starts_with(|c: char| c.is_ascii_alphanumeric() || c == '%')
            || text[..start].ends_with(['$', '€', '£', '#', '/', '.', ','])
            || after.starts_with([',', '.'])
                && after[1..].starts_with(|c: char| c.is_ascii_digit());
        if joined || !(CUES.contains(&&*before) || before.ends_with("'s")) {
            return None;
        }
        return Some(When::Year(YearRef::Written(s.parse().ok()?)));
    }
    if let Some(s) = g(Kind::Week) {
        let low = lower(s);
        return Some(if low.contains("upcoming") || low.contains("coming") {
            When::UpcomingWeek
        } else if low.starts_with("next") || low.contains("following") {
            When::Week(1)
        } else if low.starts_with("last") || low.contains("previous") {
            When::Week(-1)
        } else {
            When::Week(0)
        });
    }
    if let Some(s) = g(Kind::Ago) {
        let n = number_word(s.split_whitespace().next()?)?;
        let unit = if s.contains("week") { 7 } else { 1 };
        return Some(When::Offset(-n * unit));
    }
    if g(Kind::Noago).is_some() {
        return Some(When::NoValue);
    }
    if let Some(s) = g(Kind::Dbl) {
        return Some(When::Offset(if s.contains("before") { -2 } else { 2 }));
    }
    if let Some(s) = g(Kind::Rel) {
        let low = lower(s);
        // "a day after it broke out", "a day earlier than announced": tied to
        // an undated event, not a date
        let next = text[start + s.len()..]
            .split_whitespace()
            .next()
            .unwrap_or("");
        let word_follows = next.starts_with(|c: char| c.is_alphanumeric());
        if (low.ends_with("before") || low.ends_with("after"))
            && word_follows
            && !low.starts_with("the")
            || next == "than"
        {
            return None;
        }
        let n = number_word(low.split_whitespace().next()?).unwrap_or(1);
        let unit = if low.contains("week") { 7 } else { 1 };
        let back = low.contains("before") || low.contains("earlier") || low.contains("previous");
        return Some(When::FromMentioned(if back { -n * unit } else { n * unit }));
    }
    if let Some(s) = g(Kind::Deictic) {
        let is = |w: &str| s.eq_ignore_ascii_case(w);
        return Some(When::Offset(if is("yesterday") || is("last night") {
            -1
        } else if is("tomorrow") {
            1
        } else {
            0
        }));
    }
    if let Some(s) = g(Kind::Wd) {
        // `s` begins with `w`, ignoring ASCII case
        let opens = |w: &str| s.get(..w.len()).is_some_and(|h| h.eq_ignore_ascii_case(w));
        // "Coach Sam Friday", "The Sunday Ledger": part of a name
        let prev = text[..start]
            .trim_end()
            .rsplit(|c: char| c.is_whitespace())
            .next()
            .unwrap_or("");
        // a capitalized word before it that is itself after a capitalized
        // word ("Coach Sam Friday") or opens the sentence ("Dean Sunday,")
        let head = text[..start].trim_end();
        let before_prev = head[..head.len() - prev.len()].trim_end();
        let prev_prev = before_prev.rsplit(char::is_whitespace).next().unwrap_or("");
        let opens_sentence =
            before_prev.is_empty() || before_prev.ends_with(['.', '!', '?', '"', '“', '\n']);
        let prev_name = prev.starts_with(|c: char| c.is_ascii_uppercase())
            && prev.chars().all(|c| c.is_ascii_alphabetic())
            && !WEEKDAY_LEADS.contains(&prev)
            && month_number(prev).is_none()
            && (prev_prev.starts_with(|c: char| c.is_ascii_uppercase()) || opens_sentence);
        let next = text[start + s.len()..].strip_prefix(' ').unwrap_or("");
        let next_name = next.starts_with(|c: char| c.is_ascii_uppercase())
            && !next.starts_with(|c: char| c.is_ascii_digit());
        let the_before = prev == "The";
        if s.split_whitespace().count() == 1 && (prev_name || next_name || the_before) {
            return None;
        }
        let shift = if opens("last ") {
            Some(-1)
        } else if opens("next ") {
            Some(1)
        } else if opens("this ") {
            Some(0)
        } else {
            None
        };
        return Some(When::Weekday {
            day: weekday_in(s)?,
            shift,
        });
    }
    if g(Kind::Time).is_some() {
        return Some(When::NoValue);
    }
    None
}

fn year_ref(s: &str) -> YearRef {
    if let Some(y) = year_in(s) {
        YearRef::Written(y)
    } else if s.contains("last") {
        YearRef::Shift(-1)
    } else if s.contains("next") {
        YearRef::Shift(1)
    } else if s.contains("this") {
        YearRef::Shift(0)
    } else {
        YearRef::Implicit
    }
}

/// The expressions in `text[span]`, in order.
pub fn find(text: &str, span: Span, opts: &Options) -> Vec<Expr> {
    let mut out = Vec::new();
    find_into(text, span, opts, &mut out);
    out
}

/// [`find`] into `out` (cleared first), reusing its storage.
pub fn find_into(text: &str, span: Span, opts: &Options, out: &mut Vec<Expr>) {
    out.clear();
    let d = dfas();
    let s = &text[span.clone()];
    // the caches stay in place: moving them costs more than a search
    CACHES.with(|cell| {
        let mut guard = cell.borrow_mut();
        let caches =
            guard.get_or_insert_with(|| (d.forward.create_cache(), d.reverse.create_cache()));
        let mut at = 0;
        while at < s.len() {
            let Some((m_start, m_end, m_pattern)) = search(d, caches, s, at) else {
                break;
            };
            // patterns start with an ASCII character: one byte on is a boundary
            at = m_end.max(m_start + 1);
            let start = span.start + m_start;
            // the match must end at a word's end ("Sundays" is no "Sunday")
            let end = m_end;
            if s[..end].ends_with(|ch: char| ch.is_ascii_alphanumeric())
                && s[end..].starts_with(|ch: char| ch.is_ascii_alphanumeric())
            {
                continue;
            }
            let kind = KINDS[m_pattern];
            match read(kind, &s[m_start..m_end], text, start, opts) {
                Some(when) => out.push(Expr {
                    span: start..span.start + end,
                    when,
                }),
                None => {
                    // a rejected long reading ("July 10 and 24 September") may
                    // hold a shorter one: a single day
                    let input = regex_automata::Input::new(s)
                        .range(m_start..)
                        .anchored(regex_automata::Anchored::Yes);
                    if let Some(d) = day_only().find(input)
                        && let Some(when) = read(Kind::Md, &s[d.range()], text, start, opts)
                    {
                        out.push(Expr {
                            span: start..span.start + d.end(),
                            when,
                        });
                        at = d.end();
                    }
                }
            }
        }
    });
    let low = if opts.holidays.is_empty() {
        String::new()
    } else {
        s.to_lowercase()
    };
    for (name, month, day) in &opts.holidays {
        if low.len() != s.len() {
            break; // lowercasing changed byte offsets: no safe spans
        }
        let mut from = 0;
        while let Some(i) = low[from..].find(name.as_str()) {
            let at = from + i;
            let end = at + name.len();
            let bounded = !s[..at].ends_with(|c: char| c.is_alphanumeric())
                && !s[end..].starts_with(|c: char| c.is_alphanumeric());
            if bounded && s.is_char_boundary(at) && s.is_char_boundary(end) {
                out.push(Expr {
                    span: span.start + at..span.start + end,
                    when: When::Holiday {
                        month: *month,
                        day: *day,
                    },
                });
            }
            from = end;
        }
    }
    out.sort_by_key(|e| e.span.start);
    out.dedup_by(|b, a| b.span.start < a.span.end);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn whens(s: &str) -> Vec<(String, When)> {
        find(s, 0..s.len(), &Options::default())
            .into_iter()
            .map(|e| (s[e.span].to_string(), e.when))
            .collect()
    }

    fn spans(s: &str) -> Vec<String> {
        whens(s).into_iter().map(|x| x.0).collect()
    }

    #[test]
    fn days_ranges_months() {
        assert_eq!(
            spans("They met on Aug. 15, 2025, and again on July 10 and 24 September 2025."),
            vec!["Aug. 15, 2025", "July 10", "24 September 2025"]
        );
        assert_eq!(
            spans("It runs from Sept. 23 to 27."),
            vec!["Sept. 23 to 27"]
        );
        assert_eq!(spans("Talks ran Oct. 30-Nov. 2."), vec!["Oct. 30-Nov. 2"]);
        assert_eq!(spans("between May 20 and 24"), vec!["May 20 and 24"]);
        assert_eq!(spans("They last met in July."), vec!["July"]);
        assert_eq!(
            spans("on the 19th of July 2024"),
            vec!["the 19th of July 2024"]
        );
        assert_eq!(
            whens("Polls close Thursday, May 16, 2025.")[0].1,
            When::Day {
                year: Some(2025),
                month: 5,
                day: 16,
                weekday: Some(Weekday::Thu),
                time: None
            }
        );
    }

    #[test]
    fn numeric_dates_and_times() {
        assert_eq!(
            spans("at 16:07 GMT 24.09.2025 the"),
            vec!["16:07 GMT 24.09.2025"]
        );
        assert_eq!(
            whens("filed 9/24/2025")[0].1,
            When::Day {
                year: Some(2025),
                month: 9,
                day: 24,
                weekday: None,
                time: None
            }
        );
        assert_eq!(
            whens("on 24.09.2025 16:07")[0].1,
            When::Day {
                year: Some(2025),
                month: 9,
                day: 24,
                weekday: None,
                time: Some((16, 7))
            }
        );
        assert_eq!(whens("at 12:00 local time")[0].1, When::NoValue);
    }

    #[test]
    fn relative_forms() {
        assert_eq!(whens("next week")[0].1, When::Week(1));
        assert_eq!(whens("the upcoming week")[0].1, When::UpcomingWeek);
        assert_eq!(whens("three days ago")[0].1, When::Offset(-3));
        assert_eq!(whens("a day earlier")[0].1, When::FromMentioned(-1));
        assert_eq!(
            whens("early this year")[0].1,
            When::Months {
                year: YearRef::Shift(0),
                from: 1,
                to: 4
            }
        );
        assert_eq!(
            whens("last Friday night")[0].1,
            When::Weekday {
                day: Weekday::Fri,
                shift: Some(-1)
            }
        );
        assert_eq!(spans("Sunday's vote"), vec!["Sunday"]);
        assert_eq!(whens("6 hours ago")[0].1, When::NoValue);
    }

    #[test]
    fn names_and_event_relative_phrases_are_no_dates() {
        assert!(spans("Coach Sam Friday named the side. The Sunday Ledger said so.").is_empty());
        assert!(spans("Stocks rallied, a day after the bank cut rates.").is_empty());
        assert!(spans("It came a day earlier than planned, in the autumn session.").is_empty());
        assert_eq!(
            spans("On Friday, they met; since Monday"),
            vec!["Friday", "Monday"]
        );
        assert_eq!(spans("from Monday to Thursday"), vec!["Monday to Thursday"]);
        assert_eq!(
            spans("from 14.02.2023 to 30.04.2023"),
            vec!["14.02.2023 to 30.04.2023"]
        );
        assert_eq!(spans("after a strong November"), vec!["November"]);
        assert_eq!(spans("at 7 a.m. on Sunday"), vec!["7 a.m.", "Sunday"]);
    }

    /// The hand-written clock reader agrees with the pattern it replaced.
    #[test]
    fn time_in_matches_its_pattern() {
        let re =
            regex::Regex::new(r"(?-u:\b)([01]?[0-9]|2[0-3]):([0-5][0-9])(?:\s?([ap])\.?m\.?)?")
                .expect("pattern");
        let by_pattern = |s: &str| {
            let c = re.captures(s)?;
            let mut h: u32 = c.get(1)?.as_str().parse().ok()?;
            let m: u32 = c.get(2)?.as_str().parse().ok()?;
            match c.get(3).map(|x| x.as_str()) {
                Some("p") if h < 12 => h += 12,
                Some("a") if h == 12 => h = 0,
                _ => {}
            }
            Some((h, m))
        };
        let parts = [
            "",
            " ",
            "1",
            "2",
            "9",
            "0",
            "12",
            "21",
            "23",
            "24",
            "123",
            "x",
            "_",
            ":",
            "5",
            "6",
            "00",
            "59",
            "60",
            " a.m.",
            "am",
            " p.m",
            "pm",
            "\u{a0}p.m.",
            " a.x",
            "p.",
            ".m",
            "\u{e9}",
            ",",
            "T",
        ];
        for a in parts {
            for b in parts {
                for c in parts {
                    for d in ["", ":", "7:45", " 12:00 am"] {
                        let s = format!("{a}{b}:{c}{d}");
                        assert_eq!(time_in(&s), by_pattern(&s), "{s:?}");
                        let s = format!("{a}{b}{c}{d}");
                        assert_eq!(time_in(&s), by_pattern(&s), "{s:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn kinds_name_every_pattern() {
        assert_eq!(KINDS.len(), pattern_strings().len());
    }

    /// Months, years and weekdays read from byte runs are those of the
    /// character splits they replaced.
    #[test]
    fn runs_are_the_split_pieces() {
        for s in [
            "Sept. 23\u{2013}27, 2025",
            "Mon.,Tue 12 \u{15d} Oct.2024 10:30",
            "",
            "\u{e9}2025\u{fc}May",
            "...Jan..Feb",
            "ma\u{f1}ana May 2023 20234 1999x",
            "Fri\u{a0}Dec\u{2019}s 0012",
        ] {
            let split_months: Vec<u32> = s
                .split(|c: char| !c.is_ascii_alphabetic() && c != '.')
                .filter_map(month_number)
                .collect();
            assert_eq!(months(s).to_vec(), split_months, "{s:?}");
            let split_year: Option<i32> = s
                .split(|c: char| !c.is_ascii_digit())
                .filter(|x| x.len() == 4)
                .find_map(|x| x.parse().ok());
            assert_eq!(year_in(s), split_year, "{s:?}");
            let split_weekday = s
                .split(|c: char| !c.is_ascii_alphabetic())
                .find_map(weekday_from_name);
            assert_eq!(weekday_in(s), split_weekday, "{s:?}");
        }
    }

    /// The byte readers agree with the string readers they replaced.
    #[test]
    fn byte_readers_agree() {
        let words = [
            "",
            "M",
            "Mon",
            "mon",
            "MONDAY",
            "Tues",
            "tue",
            "Thurs",
            "thu",
            "Thur",
            "friday",
            "Saturdays",
            "sun",
            "Sunday",
            "Wednesday",
            "wed",
            "x",
            "Sept",
            "Septembers",
        ];
        for w in words {
            assert_eq!(weekday_word(w.as_bytes()), weekday_from_name(w), "{w:?}");
        }
        for s in [
            "",
            "Sept. 31 2025",
            "0 32 31",
            "99999999999 7",
            "4294967296 12",
            "a1b",
        ] {
            let want = numbers(s).into_iter().find(|&x| (1..=31).contains(&x));
            assert_eq!(first_day(s), want, "{s:?}");
        }
    }

    #[test]
    fn numbers_in_order() {
        assert_eq!(
            numbers("a 12, 0042 b99999999999 7").to_vec(),
            vec![12, 42, 7]
        );
        assert_eq!(numbers("4294967295x4294967296").to_vec(), vec![4294967295]);
        assert!(numbers("none").is_empty());
    }

    #[test]
    fn near_misses() {
        assert!(spans("Chancellor Jan Kowal and June Carter spoke.").is_empty());
        assert!(spans("You may go; prices fall in value.").is_empty());
        assert!(spans("A 2,000 km range and 2019.5 points, $2024 paid.").is_empty());
        assert_eq!(spans("the 2026 budget"), vec!["2026"]);
    }
}
