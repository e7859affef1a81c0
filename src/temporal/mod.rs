//! The temporal engine: news dates found, read and anchored.
//!
//! Every comparison of "when" stands on this module. It works in two steps
//! that sit in two stages of the pipeline:
//!
//! 1. **Find** (per article, in `extract`, anchor-free and cacheable):
//!    [`expr::find`] reads the expressions of a sentence ("Sept. 23 to 27",
//!    "last Friday", "the upcoming week", "16:07 GMT 24.09.2025"), and
//!    [`find`] adds what anchoring needs from the sentence alone: the tense
//!    of each expression's clause ([`tense`]), and the reported speech it
//!    sits in when that speech carries its own date ("Okafor on April 27
//!    said the upcoming week ...": the week counts from April 27).
//! 2. **Anchor** (in `normalize`, once the article's reference date is
//!    known: its published date, or one inferred from the corpus):
//!    [`anchor`] resolves each expression in order ([`resolve`]), on the
//!    reference date, the date of the speech it reports, or the date just
//!    mentioned in the sentence ("a day earlier"), and says which.
//!
//! Values are [`DateInterval`]s with a granularity and a TIMEX3-like string
//! (`2025-09-24`, `2025-07`, `2025-W39`, `2025-09-23/2025-09-27`,
//! `2025-09-24T16:07`); an expression with no value says why.

pub mod expr;
pub mod resolve;

use chrono::NaiveDate;

pub use expr::{Expr, Options, When};
pub use resolve::Unresolved;

use crate::model::Span;
use crate::normalize::date::DateInterval;

/// Which way a clause points in time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tense {
    Past,
    Future,
}

/// A temporal expression with what anchoring needs from its sentence.
#[derive(Clone, Debug, PartialEq)]
pub struct Timex {
    pub span: Span,
    pub when: When,
    pub tense: Tense,
    /// The index (in the same list) of the date of the reported speech this
    /// expression is part of, when the speech is dated.
    pub speech: Option<usize>,
}

/// What an expression was resolved against.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    /// The article's publication date.
    Published,
    /// A date the article's date was inferred to be from the corpus.
    Corpus,
    /// The date just mentioned in the same sentence.
    Sentence,
    /// The date of the reported speech the expression is part of.
    Speech,
    /// Nothing: absolute, or unresolved.
    None,
}

impl Anchor {
    pub fn name(self) -> &'static str {
        match self {
            Anchor::Published => "published",
            Anchor::Corpus => "corpus",
            Anchor::Sentence => "sentence",
            Anchor::Speech => "speech",
            Anchor::None => "none",
        }
    }
}

/// An expression's value, or why it has none.
#[derive(Clone, Debug, PartialEq)]
pub struct Resolution {
    pub value: Result<DateInterval, Unresolved>,
    pub anchor: Anchor,
    /// The date it was resolved against, if any.
    pub anchor_date: Option<NaiveDate>,
}

/// Words that make a clause point forward.
const FUTURE_WORDS: &[&str] = &[
    "'ll", "ahead", "may", "might", "must", "next", "shall", "tomorrow", "upcoming", "will",
    "would",
];

/// Verbs whose present tense schedules an event ("the debate opens on
/// Tuesday", "the court sits on Monday").
const SCHEDULED: &[&str] = &[
    "begin",
    "beginning",
    "begins",
    "close",
    "closes",
    "closing",
    "convene",
    "convenes",
    "debate",
    "debates",
    "end",
    "ending",
    "ends",
    "expire",
    "expires",
    "face",
    "faces",
    "gather",
    "gathers",
    "go",
    "goes",
    "kick",
    "kicks",
    "land",
    "lands",
    "meet",
    "meets",
    "open",
    "opening",
    "opens",
    "play",
    "plays",
    "resume",
    "resumes",
    "run",
    "runs",
    "sit",
    "sits",
    "start",
    "starting",
    "starts",
    "take",
    "takes",
    "visit",
    "visits",
    "vote",
    "votes",
];

/// Words before "to" that make the infinitive point forward ("is expected
/// to", "plans to").
const INTENT: &[&str] = &[
    "about",
    "agreed",
    "aim",
    "aims",
    "decided",
    "due",
    "expect",
    "expected",
    "expects",
    "forecast",
    "going",
    "hope",
    "hopes",
    "intend",
    "intends",
    "likely",
    "plan",
    "planned",
    "planning",
    "plans",
    "pledged",
    "poised",
    "promised",
    "ready",
    "scheduled",
    "set",
    "slated",
    "threatened",
    "vowed",
    "want",
    "wants",
];

/// Past forms that are not "-ed" words.
const IRREGULAR_PAST: &[&str] = &[
    "arose",
    "became",
    "began",
    "bit",
    "blew",
    "bought",
    "broke",
    "brought",
    "built",
    "came",
    "caught",
    "chose",
    "dealt",
    "did",
    "drew",
    "drove",
    "dug",
    "fed",
    "fell",
    "felt",
    "fled",
    "flew",
    "forgave",
    "forgot",
    "fought",
    "found",
    "froze",
    "gave",
    "got",
    "grew",
    "had",
    "heard",
    "held",
    "hid",
    "hit",
    "hung",
    "kept",
    "knew",
    "lay",
    "led",
    "left",
    "lit",
    "lost",
    "made",
    "meant",
    "met",
    "overtook",
    "paid",
    "ran",
    "rang",
    "rode",
    "rose",
    "said",
    "sang",
    "sank",
    "sat",
    "saw",
    "sent",
    "shook",
    "shot",
    "slept",
    "sold",
    "sped",
    "spent",
    "spoke",
    "sprang",
    "stole",
    "stood",
    "struck",
    "stuck",
    "swam",
    "swept",
    "swore",
    "swung",
    "taught",
    "thought",
    "threw",
    "told",
    "took",
    "tore",
    "underwent",
    "upheld",
    "was",
    "went",
    "were",
    "withdrew",
    "woke",
    "won",
    "wore",
    "wound",
    "wrote",
];

/// Participles that, after "is"/"are"/"was", schedule something ("is
/// expected on Monday", "was scheduled for Friday").
const SCHEDULING_PARTICIPLES: &[&str] = &[
    "due",
    "expected",
    "forecast",
    "planned",
    "scheduled",
    "set",
    "slated",
];

/// Prepositions that make a date a target ("scheduled for March 16",
/// "ordered to leave by Oct. 3", "until Friday", "ahead of Sunday's vote").
const TARGET_PREPOSITIONS: &[&str] = &["by", "for", "till", "until"];

/// Verbs that introduce reported speech.
const SPEECH: &[&str] = &[
    "added",
    "announced",
    "confirmed",
    "declared",
    "insisted",
    "pledged",
    "posted",
    "predicted",
    "promised",
    "reported",
    "said",
    "says",
    "speaking",
    "stated",
    "told",
    "tweeted",
    "warned",
    "wrote",
];

/// Word classes for tense and clause reading.
mod class {
    pub const FUTURE: u16 = 1;
    pub const SCHEDULED: u16 = 2;
    pub const INTENT: u16 = 4;
    pub const PAST: u16 = 8;
    pub const PARTICIPLE: u16 = 16;
    pub const SPEECH: u16 = 32;
    pub const BREAK: u16 = 64;
    pub const TARGET: u16 = 128;
}

/// Every listed word with its classes, in an open-addressing table keyed
/// by an FNV-1a hash: a lookup is one short hash and usually one probe.
struct Lexicon {
    slots: Vec<Option<(u64, &'static str, u16)>>,
    mask: usize,
}

fn fnv(w: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in w.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

fn lexicon() -> &'static Lexicon {
    static L: std::sync::OnceLock<Lexicon> = std::sync::OnceLock::new();
    L.get_or_init(|| {
        let mut map: std::collections::BTreeMap<&'static str, u16> = Default::default();
        for (list, c) in [
            (FUTURE_WORDS, class::FUTURE),
            (SCHEDULED, class::SCHEDULED),
            (INTENT, class::INTENT),
            (IRREGULAR_PAST, class::PAST),
            (SCHEDULING_PARTICIPLES, class::PARTICIPLE),
            (SPEECH, class::SPEECH),
            (BREAK_WORDS, class::BREAK),
            (TARGET_PREPOSITIONS, class::TARGET),
        ] {
            for w in list {
                *map.entry(w).or_default() |= c;
            }
        }
        let size = (map.len() * 4).next_power_of_two();
        let mut slots = vec![None; size];
        for (w, c) in map {
            let h = fnv(w);
            let mut i = h as usize & (size - 1);
            while slots[i].is_some() {
                i = (i + 1) & (size - 1);
            }
            slots[i] = Some((h, w, c));
        }
        Lexicon {
            slots,
            mask: size - 1,
        }
    })
}

/// The classes of a lowercase word (0 for most words).
fn classes(w: &str) -> u16 {
    let l = lexicon();
    let h = fnv(w);
    let mut i = h as usize & l.mask;
    while let Some((sh, sw, c)) = l.slots[i] {
        if sh == h && sw == w {
            return c;
        }
        i = (i + 1) & l.mask;
    }
    0
}

/// Words that end a clause.
const BREAK_WORDS: &[&str] = &[
    "added",
    "after",
    "although",
    "announced",
    "before",
    "but",
    "said",
    "says",
    "told",
    "warned",
    "when",
    "while",
    "with",
    "wrote",
];

/// A sentence split once into words and clause breaks, so that reading the
/// tense of each of its expressions costs no new scan of the text.
pub struct Words<'a> {
    /// (start, end, lowercase word, capitalized)
    words: Vec<(usize, usize, std::borrow::Cow<'a, str>, bool)>,
    /// Clause breaks: (where the clause before ends, where the next begins).
    breaks: Vec<(usize, usize)>,
    len: usize,
}

impl<'a> Words<'a> {
    pub fn new(sentence: &'a str) -> Words<'a> {
        let mut words = Vec::new();
        let mut breaks = Vec::new();
        let bytes = sentence.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i].is_ascii_whitespace() {
                i += 1;
                continue;
            }
            let start = i;
            while i < bytes.len() && !bytes[i].is_ascii_whitespace() {
                i += 1;
            }
            let raw = &sentence[start..i];
            let core = raw.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'');
            let core = core.trim_start_matches('\'');
            if !core.is_empty() {
                // where the core sits inside the token
                let lead = core.as_ptr() as usize - raw.as_ptr() as usize;
                let (ws, we) = (start + lead, start + lead + core.len());
                let lower = if core.bytes().any(|b| b.is_ascii_uppercase()) || !core.is_ascii() {
                    std::borrow::Cow::Owned(core.to_lowercase())
                } else {
                    std::borrow::Cow::Borrowed(core)
                };
                let capital = core.starts_with(|c: char| c.is_uppercase());
                if classes(lower.as_ref()) & class::BREAK != 0 {
                    breaks.push((ws, we));
                }
                words.push((ws, we, lower, capital));
            }
            // punctuation ending the token breaks the clause after it
            if raw.ends_with([',', ';', ':', '"', '”']) || matches!(raw, "—" | "–" | "-") {
                breaks.push((i - 1, i));
            }
        }
        breaks.sort();
        Words {
            words,
            breaks,
            len: sentence.len(),
        }
    }

    /// The clause holding `[start, end)`: from the end of the last break
    /// before it to the start of the first break after it.
    fn clause(&self, start: usize, end: usize) -> (usize, usize) {
        let from = self
            .breaks
            .iter()
            .filter(|b| b.1 <= start)
            .map(|b| b.1)
            .max()
            .unwrap_or(0);
        let to = self
            .breaks
            .iter()
            .filter(|b| b.0 >= end)
            .map(|b| b.0)
            .min()
            .unwrap_or(self.len);
        (from, to)
    }

    /// Indices of the words inside `[from, to)`.
    fn between(&self, from: usize, to: usize) -> std::ops::Range<usize> {
        let a = self.words.partition_point(|w| w.0 < from);
        let b = self.words.partition_point(|w| w.1 <= to);
        a..b.max(a)
    }
}

fn is_speech_verb(w: &str) -> bool {
    classes(w) & class::SPEECH != 0
}

/// What one word says about tense, given the word before it.
fn word_tense(w: &str, prev: Option<&str>, backward: bool) -> Option<Tense> {
    let c = classes(w);
    // a scheduling verb before the date ("opens on Tuesday"); after it the
    // same words are mostly nouns ("Friday's visit")
    if c & class::FUTURE != 0 || (backward && c & class::SCHEDULED != 0) {
        return Some(Tense::Future);
    }
    if w == "to" && prev.is_some_and(|p| classes(p) & class::INTENT != 0) {
        return Some(Tense::Future);
    }
    if c & class::PARTICIPLE != 0
        && prev
            .is_some_and(|p| matches!(p, "is" | "are" | "was" | "were" | "be" | "been" | "being"))
    {
        return Some(Tense::Future);
    }
    if c & class::PAST != 0 || (w.len() > 3 && w.ends_with("ed")) {
        return Some(Tense::Past);
    }
    None
}

/// The tense governing `[start, end)` of `sentence`: a date attached to a
/// speech verb is past (when it was said); a target preposition ("for",
/// "by", "until", "ahead of") points forward; otherwise the nearest word
/// that tells, looking back through the clause and then forward, then
/// through the rest of the sentence; "-ing" forms only when nothing else
/// tells; past by default (news reports what happened).
pub fn tense(sentence: &str, start: usize, end: usize) -> Tense {
    tense_in(&Words::new(sentence), start, end)
}

/// [`tense`] over a sentence already split into words.
pub fn tense_in(w: &Words, start: usize, end: usize) -> Tense {
    let before_i = w.words.partition_point(|x| x.1 <= start);
    let word = |i: usize| w.words.get(i).map(|x| x.2.as_ref());
    let b1 = before_i.checked_sub(1).and_then(word);
    let b2 = before_i.checked_sub(2).and_then(word);
    let after_i = w.words.partition_point(|x| x.0 < end);
    let a1 = word(after_i);
    let said = |x: Option<&str>| x.is_some_and(is_speech_verb);
    if said(b1) || (matches!(b1, Some("on" | "in")) && said(b2)) || said(a1) {
        return Tense::Past;
    }
    if b1.is_some_and(|x| classes(x) & class::TARGET != 0)
        || (b1 == Some("of") && b2 == Some("ahead"))
    {
        return Tense::Future;
    }
    let (from, to) = w.clause(start, end);
    let mut weak = None;
    let scan = |range: std::ops::Range<usize>, backward: bool, weak: &mut Option<Tense>| {
        let mut idx: Vec<usize> = range.collect();
        if backward {
            idx.reverse();
        }
        for i in idx {
            let (_, _, lw, capital) = &w.words[i];
            let lw = lw.as_ref();
            if *capital && lw == "may" {
                continue; // the month
            }
            let prev = i.checked_sub(1).map(|p| w.words[p].2.as_ref());
            // "would be presented": the participle of a passive tells nothing
            if lw.ends_with("ed") && matches!(prev, Some("be" | "been" | "being")) {
                continue;
            }
            match word_tense(lw, prev, backward) {
                Some(t) if lw.ends_with("ing") => {
                    weak.get_or_insert(t);
                }
                Some(t) => return Some(t),
                None => {}
            }
        }
        None
    };
    let clause_back = w.between(from, start);
    let clause_fwd = w.between(end, to);
    if let Some(t) = scan(clause_back, true, &mut weak) {
        return t;
    }
    if let Some(t) = scan(clause_fwd, false, &mut weak) {
        return t;
    }
    if let Some(t) = scan(w.between(0, from), true, &mut weak) {
        return t;
    }
    if let Some(t) = scan(w.between(to, w.len), false, &mut weak) {
        return t;
    }
    weak.unwrap_or(Tense::Past)
}

/// The expressions of one sentence, with tense and speech links. `text`
/// is the article; `sentence` a span of it.
pub fn find(text: &str, sentence: &Span, opts: &Options) -> Vec<Timex> {
    let s = &text[sentence.clone()];
    let exprs = expr::find(text, sentence.clone(), opts);
    if exprs.is_empty() {
        return Vec::new();
    }
    // the sentence is split into words only when some expression's value
    // depends on tense, or a speech may anchor another expression
    let needs_tense = |w: &When| match w {
        When::Day { year, .. } | When::Range { year, .. } => year.is_none(),
        When::Month { year, .. } | When::Months { year, .. } => *year == expr::YearRef::Implicit,
        When::Weekday { shift: None, .. }
        | When::WeekdayRange { .. }
        | When::WeekOf { .. }
        | When::Holiday { .. } => true,
        _ => false,
    };
    let split =
        (exprs.len() > 1 || exprs.iter().any(|e| needs_tense(&e.when))).then(|| Words::new(s));
    let mut out: Vec<Timex> = exprs
        .into_iter()
        .map(|e| {
            let (a, b) = (e.span.start - sentence.start, e.span.end - sentence.start);
            let tense = match &split {
                Some(w) if needs_tense(&e.when) => tense_in(w, a, b),
                _ => Tense::Past,
            };
            Timex {
                tense,
                span: e.span,
                when: e.when,
                speech: None,
            }
        })
        .collect();
    if out.len() < 2 {
        // a speech date matters only to another expression
        return out;
    }
    // a dated speech: "X on April 27 said ...", "X said on Tuesday that ...",
    // "On Monday, X said ...", "X told reporters on Tuesday ..."
    let Some(split) = &split else {
        return out;
    };
    let words: Vec<(usize, &str)> = split
        .words
        .iter()
        .map(|(a, b, _, _)| (*a, &s[*a..*b]))
        .collect();
    let mut speech_date: Option<usize> = None;
    for (at, w) in &words {
        if !is_speech_verb(&w.to_ascii_lowercase()) {
            continue;
        }
        // "The merger, announced on March 12, won approval": a participle,
        // not a speech
        let finite = matches!(
            w.to_lowercase().as_str(),
            "said" | "says" | "told" | "wrote" | "speaking"
        );
        if s[..*at].trim_end().ends_with(',') && !finite {
            continue;
        }
        let verb = (*at, at + w.len());
        let found = out.iter().position(|t| {
            let (a, b) = (t.span.start - sentence.start, t.span.end - sentence.start);
            // "said on Tuesday", "told reporters in a briefing on Oct. 5"
            let after = a >= verb.1 && {
                let gap = s[verb.1..a].trim();
                gap.is_empty()
                    || gap == "on"
                    || (gap.split_whitespace().count() <= 5 && gap.ends_with(" on"))
            };
            // "X on April 27 said", "On Monday, X said", "In remarks last
            // Thursday, the minister said"
            let before = b <= verb.0 && {
                let gap = s[b..verb.0].trim();
                let lead: Vec<&str> = s[..a].split_whitespace().collect();
                let fronted = lead.len() <= 5
                    && !s[..a].contains(',')
                    && lead.first().is_none_or(|w| {
                        matches!(
                            *w,
                            "On" | "In" | "At" | "During" | "Last" | "Earlier" | "Late"
                        )
                    });
                (gap.is_empty() && lead.last().is_some_and(|w| *w == "on"))
                    || (fronted && gap.starts_with(',') && gap.split_whitespace().count() <= 7)
            };
            let speaking = w.eq_ignore_ascii_case("speaking") && a >= verb.1 && {
                let gap = s[verb.1..a].trim();
                gap.is_empty() || gap == "on"
            };
            (after || before || speaking) && !matches!(t.when, When::NoValue)
        });
        if let Some(i) = found {
            speech_date = Some(i);
            break;
        }
    }
    if let Some(k) = speech_date {
        // a speech happened: its date is past
        out[k].tense = Tense::Past;
        for (i, t) in out.iter_mut().enumerate() {
            if i != k {
                t.speech = Some(k);
            }
        }
    }
    out
}

/// Resolves one article's expressions (in text order) against its
/// reference date.
pub fn anchor(
    timexes: &[Timex],
    sentences: &[Span],
    reference: Option<(NaiveDate, Anchor)>,
) -> Vec<Resolution> {
    let mut out: Vec<Resolution> = Vec::with_capacity(timexes.len());
    let (ref_date, ref_kind) = reference.map_or((None, Anchor::None), |(d, k)| (Some(d), k));
    let sentence_of = |span: &Span| {
        let i = sentences.partition_point(|s| s.end <= span.start);
        sentences.get(i).map(|s| s.start)
    };
    // where each sentence's expressions begin in `timexes`
    let mut first_in_sentence = 0;
    let mut current = None;
    for (i, t) in timexes.iter().enumerate() {
        let sentence = sentence_of(&t.span);
        if sentence != current {
            current = sentence;
            first_in_sentence = i;
        }
        // the speech date is resolved against the reference first
        let (anchor_date, kind) = match t.speech {
            Some(k) if k < timexes.len() => {
                let base = first_in_sentence + k;
                let speech = timexes.get(base).and_then(|s| {
                    resolve::resolve(&s.when, s.tense, ref_date, None)
                        .ok()
                        .map(|v| v.start)
                });
                match speech {
                    Some(d) => (Some(d), Anchor::Speech),
                    None => (ref_date, ref_kind),
                }
            }
            _ => (ref_date, ref_kind),
        };
        let mentioned = out[first_in_sentence..i]
            .iter()
            .rev()
            .find_map(|r| r.value.as_ref().ok().map(|v| v.start));
        let value = resolve::resolve(&t.when, t.tense, anchor_date, mentioned);
        let kind = match (&t.when, &value) {
            (_, Err(_)) => Anchor::None,
            (When::FromMentioned(_), Ok(_)) if mentioned.is_some() => Anchor::Sentence,
            (When::Day { year: Some(_), .. }, _)
            | (When::Range { year: Some(_), .. }, _)
            | (When::MonthRange { .. }, _)
            | (When::Year(expr::YearRef::Written(_)), _)
            | (
                When::Month {
                    year: expr::YearRef::Written(_),
                    ..
                },
                _,
            )
            | (
                When::Months {
                    year: expr::YearRef::Written(_),
                    ..
                },
                _,
            ) => Anchor::None,
            _ => kind,
        };
        out.push(Resolution {
            value,
            anchor: kind,
            anchor_date: if kind == Anchor::None {
                None
            } else if kind == Anchor::Sentence {
                mentioned
            } else {
                anchor_date
            },
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(s: &str, dct: &str) -> Vec<(String, String, &'static str)> {
        let sentence = 0..s.len();
        let t = find(s, &sentence, &Options::default());
        let d = crate::normalize::date::parse_full_date(dct);
        let r = anchor(
            &t,
            std::slice::from_ref(&sentence),
            d.map(|d| (d, Anchor::Published)),
        );
        t.iter()
            .zip(r)
            .map(|(t, r)| {
                (
                    s[t.span.clone()].to_string(),
                    r.value
                        .map(|v| v.timex())
                        .unwrap_or_else(|e| format!("null: {}", e.reason())),
                    r.anchor.name(),
                )
            })
            .collect()
    }

    #[test]
    fn speech_dates_anchor_what_was_said() {
        let v = values(
            "Jane Okafor on April 27 said the upcoming week would be crucial.",
            "2025-04-30",
        );
        assert_eq!(v[0].1, "2025-04-27");
        assert_eq!(
            v[1],
            ("the upcoming week".into(), "2025-W18".into(), "speech")
        );
    }

    #[test]
    fn tense_of_the_clause() {
        assert_eq!(
            values(
                "Lopes is scheduled to meet Jansen on Wednesday.",
                "2025-09-22"
            )[0]
            .1,
            "2025-09-24"
        );
        assert_eq!(
            values("Lopes met Jansen on Wednesday.", "2025-09-26")[0].1,
            "2025-09-24"
        );
        // the date of saying is past, what was said may be future
        let v = values(
            "He said on Tuesday that he will visit on Friday.",
            "2025-09-24",
        );
        assert_eq!(
            (v[0].1.as_str(), v[1].1.as_str()),
            ("2025-09-23", "2025-09-26")
        );
    }

    /// Found by fuzzing (fuzz/artifacts/dates/crash-547f...): a token whose
    /// leading apostrophe sat before other punctuation gave a word span past
    /// the token's end.
    #[test]
    fn fuzz_regression_apostrophe_before_punctuation() {
        let data: &[u8] = b"T\xff\xff\xff\xff\xff\xff\xff!\xffTuesday's \xffTuesday'sctachcertifiedt \xff\xff\xff\xff\xff\xff\xff\xff\xff\x10'\xff\xff\xff\xff\xff\xffT\xff";
        let text = String::from_utf8_lossy(data);
        let sentences = crate::extract::text::sentences(&text, 0..text.len());
        for s in &sentences {
            let _ = find(&text, s, &Options::default());
        }
        let w = Words::new("'\u{fffd}Tue x");
        for (a, b, _, _) in &w.words {
            assert!(a <= b && *b <= "'\u{fffd}Tue x".len());
        }
    }

    #[test]
    fn range_across_months() {
        let v = values(
            "The festival runs Oct. 30-Nov. 2, with most events free.",
            "2025-10-01",
        );
        assert_eq!(v[0].0, "Oct. 30-Nov. 2");
    }

    #[test]
    fn sentence_anchor_for_a_day_earlier() {
        let v = values(
            "The deal was signed on March 3; talks had collapsed a day earlier.",
            "2025-03-10",
        );
        assert_eq!(
            v[1],
            ("a day earlier".into(), "2025-03-02".into(), "sentence")
        );
    }

    #[test]
    fn lists_are_sorted() {
        for list in [
            SPEECH,
            FUTURE_WORDS,
            SCHEDULED,
            INTENT,
            IRREGULAR_PAST,
            SCHEDULING_PARTICIPLES,
        ] {
            let mut v = list.to_vec();
            v.sort();
            assert_eq!(v, list);
        }
    }
}
