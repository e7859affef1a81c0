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

/// Word classes for tense and clause reading: the lists above, single
/// words the readers compare against, and (not in the lexicon) what the
/// spelling of a word says.
mod class {
    pub const FUTURE: u32 = 1;
    pub const SCHEDULED: u32 = 1 << 1;
    pub const INTENT: u32 = 1 << 2;
    pub const PAST: u32 = 1 << 3;
    pub const PARTICIPLE: u32 = 1 << 4;
    pub const SPEECH: u32 = 1 << 5;
    pub const BREAK: u32 = 1 << 6;
    pub const TARGET: u32 = 1 << 7;
    /// "to"
    pub const TO: u32 = 1 << 8;
    /// "on", "in"
    pub const ON_IN: u32 = 1 << 9;
    /// "of"
    pub const OF: u32 = 1 << 10;
    /// "ahead"
    pub const AHEAD: u32 = 1 << 11;
    /// "is", "are", "was", "were", "be", "been", "being"
    pub const BE: u32 = 1 << 12;
    /// "be", "been", "being"
    pub const BE_PASSIVE: u32 = 1 << 13;
    /// "may"
    pub const MAY: u32 = 1 << 14;
    /// Finite speech verbs: "said", "says", "told", "wrote", "speaking".
    pub const FINITE: u32 = 1 << 15;
    /// "speaking"
    pub const SPEAKING: u32 = 1 << 16;
    /// The lowercase word ends with "ed".
    pub const ED: u32 = 1 << 17;
    /// The lowercase word ends with "ing".
    pub const ING: u32 = 1 << 18;
    /// The lowercase word is longer than three bytes.
    pub const LONG: u32 = 1 << 19;
    /// The word starts with an uppercase letter.
    pub const CAPITAL: u32 = 1 << 20;
    /// The word is ASCII.
    pub const ASCII: u32 = 1 << 21;
}

/// Every listed word with its classes, in an open-addressing table keyed
/// by the word itself: a lowercase word of at most [`LONGEST_LISTED`]
/// bytes, zero-padded, read as two integers. A lookup is one multiply and
/// usually one probe.
struct Lexicon {
    /// (key, classes); classes 0 for an empty slot
    slots: Vec<((u64, u64), u32)>,
    mask: usize,
}

/// Longer words are in no list: their classes need no lookup.
const LONGEST_LISTED: usize = 16;

/// A lowercase word (at most [`LONGEST_LISTED`] bytes) zero-padded.
type Padded = [u8; LONGEST_LISTED];

fn key(w: &Padded) -> (u64, u64) {
    let (lo, hi) = w.split_at(8);
    (
        u64::from_le_bytes(lo.try_into().unwrap_or_default()),
        u64::from_le_bytes(hi.try_into().unwrap_or_default()),
    )
}

fn slot(k: (u64, u64), mask: usize) -> usize {
    ((k.0 ^ k.1.rotate_left(29)).wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 40) as usize & mask
}

/// `w` zero-padded, if it fits.
fn padded(w: &[u8]) -> Option<Padded> {
    let mut p = [0u8; LONGEST_LISTED];
    p.get_mut(..w.len())?.copy_from_slice(w);
    Some(p)
}

fn lexicon() -> &'static Lexicon {
    static L: std::sync::OnceLock<Lexicon> = std::sync::OnceLock::new();
    L.get_or_init(|| {
        let mut map: std::collections::BTreeMap<&'static str, u32> = Default::default();
        for (list, c) in [
            (FUTURE_WORDS, class::FUTURE),
            (SCHEDULED, class::SCHEDULED),
            (INTENT, class::INTENT),
            (IRREGULAR_PAST, class::PAST),
            (SCHEDULING_PARTICIPLES, class::PARTICIPLE),
            (SPEECH, class::SPEECH),
            (BREAK_WORDS, class::BREAK),
            (TARGET_PREPOSITIONS, class::TARGET),
            (&["to"], class::TO),
            (&["on", "in"], class::ON_IN),
            (&["of"], class::OF),
            (&["ahead"], class::AHEAD),
            (
                &["is", "are", "was", "were", "be", "been", "being"],
                class::BE,
            ),
            (&["be", "been", "being"], class::BE_PASSIVE),
            (&["may"], class::MAY),
            (
                &["said", "says", "told", "wrote", "speaking"],
                class::FINITE,
            ),
            (&["speaking"], class::SPEAKING),
        ] {
            for w in list {
                *map.entry(w).or_default() |= c;
            }
        }
        let size = (map.len() * 4).next_power_of_two();
        let mut slots = vec![((0, 0), 0); size];
        for (w, c) in map {
            assert!(!w.is_empty() && !w.contains('\0') && c != 0);
            let k = key(&padded(w.as_bytes()).expect("listed words are short"));
            let mut i = slot(k, size - 1);
            while slots[i].1 != 0 {
                i = (i + 1) & (size - 1);
            }
            slots[i] = (k, c);
        }
        Lexicon {
            slots,
            mask: size - 1,
        }
    })
}

/// The listed classes of a lowercase word, padded (0 for most words).
fn classes(w: &Padded) -> u32 {
    lexicon().classes_of(key(w))
}

impl Lexicon {
    /// The classes of a lowercase word given as its key.
    #[inline(always)]
    fn classes_of(&self, k: (u64, u64)) -> u32 {
        let l = self;
        let mut i = slot(k, l.mask);
        loop {
            let (sk, c) = l.slots[i];
            if c == 0 || sk == k {
                return c;
            }
            i = (i + 1) & l.mask;
        }
    }
}

/// Eight ASCII bytes lowercased.
fn ascii_lower8(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    // a byte's high bit: at least 'A', above 'Z' (ASCII bytes never carry)
    let from_a = x + (0x80 - b'A' as u64) * ONES;
    let past_z = x + (0x80 - b'Z' as u64 - 1) * ONES;
    let upper = from_a & !past_z & (0x80 * ONES);
    x | (upper >> 2)
}

/// What the spelling of a lowercase word says.
fn spelling(lower: &[u8], len: usize) -> u32 {
    let mut c = 0;
    if lower.ends_with(b"ed") {
        c |= class::ED;
    }
    if lower.ends_with(b"ing") {
        c |= class::ING;
    }
    if len > 3 {
        c |= class::LONG;
    }
    c
}

/// The classes of an ASCII word (as written): those of its lowercase
/// form, and what its spelling says.
fn ascii_word_classes(b: &[u8]) -> u32 {
    let mut c = class::ASCII;
    if b.first().is_some_and(u8::is_ascii_uppercase) {
        c |= class::CAPITAL;
    }
    if let Some(p) = padded(b) {
        let (lo, hi) = key(&p);
        let (lo, hi) = (ascii_lower8(lo), ascii_lower8(hi));
        let mut lower = [0u8; LONGEST_LISTED];
        lower[..8].copy_from_slice(&lo.to_le_bytes());
        lower[8..].copy_from_slice(&hi.to_le_bytes());
        c | spelling(&lower[..b.len()], b.len()) | classes(&lower)
    } else {
        let tail = &b[b.len() - 3..];
        let tail = [
            tail[0].to_ascii_lowercase(),
            tail[1].to_ascii_lowercase(),
            tail[2].to_ascii_lowercase(),
        ];
        c | spelling(&tail, b.len())
    }
}

/// The classes of a word (as written): those of its lowercase form, and
/// what its spelling says.
fn word_classes(core: &str) -> u32 {
    if core.is_ascii() {
        return ascii_word_classes(core.as_bytes());
    }
    let lower = core.to_lowercase();
    let lb = lower.as_bytes();
    let mut c = spelling(lb, lb.len()) | padded(lb).map_or(0, |p| classes(&p));
    if core.starts_with(|c: char| c.is_uppercase()) {
        c |= class::CAPITAL;
    }
    c
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

/// A word of a sentence: where it is (without the punctuation around it)
/// and its classes.
#[derive(Clone, Copy, Debug)]
struct Word {
    start: usize,
    end: usize,
    class: u32,
}

/// A sentence split once into words and clause breaks, so that reading the
/// tense of each of its expressions costs no new scan of the text.
pub struct Words {
    words: Vec<Word>,
    /// Clause breaks: (where the clause before ends, where the next begins).
    breaks: Vec<(usize, usize)>,
    len: usize,
}

/// A token without the punctuation around it (apostrophes stay inside,
/// not in front): `raw.trim_matches(|c| !c.is_alphanumeric() && c !=
/// '\'').trim_start_matches('\'')`, reading ASCII as bytes.
fn core_of(raw: &str) -> &str {
    let keep = |c: char| c.is_alphanumeric() || c == '\'';
    let b = raw.as_bytes();
    let mut from = 0;
    while from < b.len() {
        let x = b[from];
        if x.is_ascii() {
            if x.is_ascii_alphanumeric() || x == b'\'' {
                break;
            }
            from += 1;
        } else {
            let c = raw[from..].chars().next().unwrap_or('\'');
            if keep(c) {
                break;
            }
            from += c.len_utf8();
        }
    }
    let mut to = b.len();
    while to > from {
        let x = b[to - 1];
        if x.is_ascii() {
            if x.is_ascii_alphanumeric() || x == b'\'' {
                break;
            }
            to -= 1;
        } else {
            let c = raw[..to].chars().next_back().unwrap_or('\'');
            if keep(c) {
                break;
            }
            to -= c.len_utf8();
        }
    }
    raw[from..to].trim_start_matches('\'')
}

/// Byte kinds for splitting a sentence into words.
const WS: u8 = 1;
/// Alphanumeric or an apostrophe: kept in a word.
const KEEP: u8 = 2;
/// Not ASCII.
const HIGH: u8 = 4;

const BYTE_KINDS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        t[i] = if b.is_ascii_whitespace() {
            WS
        } else if b.is_ascii_alphanumeric() || b == b'\'' {
            KEEP
        } else if b >= 0x80 {
            HIGH
        } else {
            0
        };
        i += 1;
    }
    t
};

/// Up to eight bytes of `b` from `at`, as a little-endian integer with
/// the bytes from `at + n` on zeroed.
#[inline(always)]
fn load_le(b: &[u8], at: usize, n: usize) -> u64 {
    let x = match b.get(at..at + 8) {
        Some(x) => u64::from_le_bytes(x.try_into().unwrap_or_default()),
        None => {
            let mut p = [0u8; 8];
            let avail = &b[at.min(b.len())..];
            let k = avail.len().min(8);
            p[..k].copy_from_slice(&avail[..k]);
            u64::from_le_bytes(p)
        }
    };
    if n >= 8 {
        x
    } else {
        x & ((1u64 << (8 * n)) - 1)
    }
}

/// Where the token starting at `i` (not whitespace) ends: the next ASCII
/// whitespace byte or the end; and whether it holds a byte that is not
/// ASCII. Reads eight bytes at a time while they are plain.
#[inline(always)]
fn token_end(bytes: &[u8], mut i: usize) -> (usize, bool) {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let mut high = false;
    while i + 8 <= bytes.len() {
        let x = u64::from_le_bytes(bytes[i..i + 8].try_into().unwrap_or_default());
        // the high bit of bytes below 0x21 (whitespace and controls) or not
        // ASCII; exact for the lowest flagged byte
        let m = ((x.wrapping_sub(0x21 * ONES) & !x) | x) & (0x80 * ONES);
        if m == 0 {
            i += 8;
            continue;
        }
        let j = i + (m.trailing_zeros() / 8) as usize;
        let k = BYTE_KINDS[bytes[j] as usize];
        if k & WS != 0 {
            return (j, high);
        }
        high |= k & HIGH != 0;
        i = j + 1;
    }
    while i < bytes.len() {
        let k = BYTE_KINDS[bytes[i] as usize];
        if k & WS != 0 {
            break;
        }
        high |= k & HIGH != 0;
        i += 1;
    }
    (i, high)
}

/// [`ascii_word_classes`] of the ASCII word `b[from..to]`, reading its
/// bytes in place.
#[inline(always)]
fn ascii_word_classes_at(lex: &Lexicon, b: &[u8], from: usize, to: usize) -> u32 {
    let len = to - from;
    if len > LONGEST_LISTED {
        return ascii_word_classes(&b[from..to]);
    }
    let mut c = class::ASCII;
    if b[from].is_ascii_uppercase() {
        c |= class::CAPITAL;
    }
    let lo = ascii_lower8(load_le(b, from, len));
    let hi = if len > 8 {
        ascii_lower8(load_le(b, from + 8, len - 8))
    } else {
        0
    };
    // the byte `k` from the end (1 the last) lowercased: `x | 0x20` is a
    // lowercase letter only for that letter and its capital
    let back = |k: usize| b[to - k] | 0x20;
    // what the spelling says, as [`spelling`]
    if len >= 2 && back(2) == b'e' && back(1) == b'd' {
        c |= class::ED;
    }
    if len >= 3 && back(3) == b'i' && back(2) == b'n' && back(1) == b'g' {
        c |= class::ING;
    }
    if len > 3 {
        c |= class::LONG;
    }
    c | lex.classes_of((lo, hi))
}

impl Words {
    pub fn new(sentence: &str) -> Words {
        let mut w = Words {
            words: Vec::new(),
            breaks: Vec::new(),
            len: 0,
        };
        w.fill(sentence);
        w
    }

    /// Splits `sentence` into these words, reusing their storage.
    fn fill(&mut self, sentence: &str) {
        let bytes = sentence.as_bytes();
        let lex = lexicon();
        let Words { words, breaks, len } = self;
        words.clear();
        breaks.clear();
        *len = sentence.len();
        words.reserve(bytes.len() / 4);
        let mut i = 0;
        while i < bytes.len() {
            let k = BYTE_KINDS[bytes[i] as usize];
            if k & WS != 0 {
                i += 1;
                continue;
            }
            let start = i;
            // the token's end (the next whitespace byte), and whether any
            // byte is not ASCII
            let (end, high) = token_end(bytes, i);
            i = end;
            if !high {
                // the usual token, read as bytes
                let keep = |x: &u8| BYTE_KINDS[*x as usize] & KEEP != 0;
                let tok = &bytes[start..i];
                // the first and last kept bytes
                if let Some(p) = tok.iter().position(keep) {
                    let first = start + p;
                    let last = start + tok.iter().rposition(keep).unwrap_or(p);
                    let to = last + 1;
                    let mut from = first;
                    while from < to && bytes[from] == b'\'' {
                        from += 1;
                    }
                    if from < to {
                        let class = ascii_word_classes_at(lex, bytes, from, to);
                        if class & class::BREAK != 0 {
                            breaks.push((from, to));
                        }
                        words.push(Word {
                            start: from,
                            end: to,
                            class,
                        });
                    }
                }
                let b = &bytes[start..i];
                if matches!(b.last(), Some(b',' | b';' | b':' | b'"')) || b == b"-" {
                    breaks.push((i - 1, i));
                }
                continue;
            }
            let raw = &sentence[start..i];
            let core = core_of(raw);
            if !core.is_empty() {
                // where the core sits inside the token
                let lead = core.as_ptr() as usize - raw.as_ptr() as usize;
                let (ws, we) = (start + lead, start + lead + core.len());
                let class = word_classes(core);
                if class & class::BREAK != 0 {
                    breaks.push((ws, we));
                }
                words.push(Word {
                    start: ws,
                    end: we,
                    class,
                });
            }
            // punctuation ending the token breaks the clause after it
            if raw.ends_with([',', ';', ':', '"', '”']) || matches!(raw, "—" | "–" | "-") {
                breaks.push((i - 1, i));
            }
        }
        breaks.sort_unstable();
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
        let a = self.words.partition_point(|w| w.start < from);
        let b = self.words.partition_point(|w| w.end <= to);
        a..b.max(a)
    }
}

/// What one word says about tense, given the classes of the word before
/// it (0 for none).
fn word_tense(c: u32, prev: u32, backward: bool) -> Option<Tense> {
    // a scheduling verb before the date ("opens on Tuesday"); after it the
    // same words are mostly nouns ("Friday's visit")
    if c & class::FUTURE != 0 || (backward && c & class::SCHEDULED != 0) {
        return Some(Tense::Future);
    }
    if c & class::TO != 0 && prev & class::INTENT != 0 {
        return Some(Tense::Future);
    }
    if c & class::PARTICIPLE != 0 && prev & class::BE != 0 {
        return Some(Tense::Future);
    }
    if c & class::PAST != 0 || (c & class::LONG != 0 && c & class::ED != 0) {
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
    let before_i = w.words.partition_point(|x| x.end <= start);
    // the classes of a word (0 for none)
    let word = |i: Option<usize>| i.and_then(|i| w.words.get(i)).map_or(0, |x| x.class);
    let b1 = word(before_i.checked_sub(1));
    let b2 = word(before_i.checked_sub(2));
    let after_i = w.words.partition_point(|x| x.start < end);
    let a1 = word(Some(after_i));
    let said = |c: u32| c & class::SPEECH != 0;
    if said(b1) || (b1 & class::ON_IN != 0 && said(b2)) || said(a1) {
        return Tense::Past;
    }
    if b1 & class::TARGET != 0 || (b1 & class::OF != 0 && b2 & class::AHEAD != 0) {
        return Tense::Future;
    }
    let (from, to) = w.clause(start, end);
    let mut weak = None;
    // what word `i` says: a strong tense, or a weak one noted in `weak`
    let step = |i: usize, backward: bool, weak: &mut Option<Tense>| {
        let c = w.words[i].class;
        if c & class::CAPITAL != 0 && c & class::MAY != 0 {
            return None; // the month
        }
        let prev = i.checked_sub(1).map_or(0, |p| w.words[p].class);
        // "would be presented": the participle of a passive tells nothing
        if c & class::ED != 0 && prev & class::BE_PASSIVE != 0 {
            return None;
        }
        match word_tense(c, prev, backward) {
            Some(t) if c & class::ING != 0 => {
                weak.get_or_insert(t);
                None
            }
            t => t,
        }
    };
    let scan = |range: std::ops::Range<usize>, backward: bool, weak: &mut Option<Tense>| {
        if backward {
            range.rev().find_map(|i| step(i, true, weak))
        } else {
            range.into_iter().find_map(|i| step(i, false, weak))
        }
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

/// Whether `b` separates tokens (ASCII whitespace).
#[inline(always)]
fn is_ws(b: u8) -> bool {
    BYTE_KINDS[b as usize] & WS != 0
}

/// The start of the last token (a run of bytes other than ASCII
/// whitespace) that starts before `p`.
#[inline]
fn token_start_before(bytes: &[u8], p: usize) -> Option<usize> {
    let mut e = p;
    while e > 0 && is_ws(bytes[e - 1]) {
        e -= 1;
    }
    if e == 0 {
        return None;
    }
    let mut ts = e - 1;
    while ts > 0 && !is_ws(bytes[ts - 1]) {
        ts -= 1;
    }
    Some(ts)
}

/// The start of the first token that ends after `p`.
#[inline]
fn token_start_after(bytes: &[u8], p: usize) -> Option<usize> {
    let mut s = p;
    if s < bytes.len() && !is_ws(bytes[s]) {
        while s > 0 && !is_ws(bytes[s - 1]) {
            s -= 1;
        }
        return Some(s);
    }
    while s < bytes.len() && is_ws(bytes[s]) {
        s += 1;
    }
    (s < bytes.len()).then_some(s)
}

/// The token of `sentence` starting at `start`: where it ends, its word
/// (as [`Words::fill`] splits it) and whether punctuation ending it breaks
/// the clause after it.
#[inline]
fn token_at(lex: &Lexicon, sentence: &str, start: usize) -> (usize, Option<Word>, bool) {
    let (end, high) = token_end(sentence.as_bytes(), start);
    let (word, punct) = token_word(lex, sentence, start, end, high);
    (end, word, punct)
}

/// The token `[start, end)` of `sentence` (`high` if it holds a byte that
/// is not ASCII): its word and whether its punctuation breaks the clause
/// after it, as [`token_at`].
#[inline(always)]
fn token_word(
    lex: &Lexicon,
    sentence: &str,
    start: usize,
    end: usize,
    high: bool,
) -> (Option<Word>, bool) {
    let bytes = sentence.as_bytes();
    if !high {
        let keep = |x: &u8| BYTE_KINDS[*x as usize] & KEEP != 0;
        let tok = &bytes[start..end];
        let (Some(&first), Some(&last)) = (tok.first(), tok.last()) else {
            return (None, false);
        };
        let punct = matches!(last, b',' | b';' | b':' | b'"') || tok == b"-";
        // the usual word: the whole token, alphanumeric at both ends
        let (from, to) = if first.is_ascii_alphanumeric() && last.is_ascii_alphanumeric() {
            (start, end)
        } else {
            // the first and last kept bytes, without leading apostrophes
            let Some(p) = tok.iter().position(keep) else {
                return (None, punct);
            };
            let to = start + tok.iter().rposition(keep).unwrap_or(p) + 1;
            let mut from = start + p;
            while from < to && bytes[from] == b'\'' {
                from += 1;
            }
            (from, to)
        };
        let word = (from < to).then(|| Word {
            start: from,
            end: to,
            class: ascii_word_classes_at(lex, bytes, from, to),
        });
        return (word, punct);
    }
    let raw = &sentence[start..end];
    let core = core_of(raw);
    let word = (!core.is_empty()).then(|| {
        let lead = core.as_ptr() as usize - raw.as_ptr() as usize;
        Word {
            start: start + lead,
            end: start + lead + core.len(),
            class: word_classes(core),
        }
    });
    let punct = raw.ends_with([',', ';', ':', '"', '”']) || matches!(raw, "—" | "–" | "-");
    (word, punct)
}

/// The last token starting before `p`: (start, end, whether it holds a
/// byte that is not ASCII), as [`token_start_before`] and [`token_end`]
/// find it, reading the bytes before `p` once.
#[inline(always)]
fn token_before(bytes: &[u8], p: usize) -> Option<(usize, usize, bool)> {
    let mut e = p;
    while e > 0 && is_ws(bytes[e - 1]) {
        e -= 1;
    }
    let mut ts = e.checked_sub(1)?;
    let mut high = bytes[ts] >= 0x80;
    while ts > 0 && !is_ws(bytes[ts - 1]) {
        ts -= 1;
        high |= bytes[ts] >= 0x80;
    }
    if e == p && bytes.get(p).is_some_and(|&x| !is_ws(x)) {
        // `p` is inside the token: it ends further on
        let (te, more) = token_end(bytes, p);
        return Some((ts, te, high || more));
    }
    Some((ts, e, high))
}

/// The words of a sentence around one expression, split only as far as
/// the tense reader asks: outward from the expression, token by token.
struct Walk<'a, 'b> {
    s: &'a str,
    lex: &'static Lexicon,
    start: usize,
    end: usize,
    /// Words ending by `start`, nearest first, each with whether it is in
    /// the expression's clause.
    back: &'b mut Vec<(Word, bool)>,
    /// Where the backward walk goes on: tokens starting before this.
    back_at: Option<usize>,
    /// The start of the clause, once a break before the expression is seen.
    from: Option<usize>,
    /// Words starting at or after `end`, nearest first, with whether each
    /// is in the clause.
    fwd: &'b mut Vec<(Word, bool)>,
    /// Where the forward walk goes on: the token starting here.
    fwd_at: Option<usize>,
    /// The end of the clause, once a break after the expression is seen.
    to: Option<usize>,
}

impl Walk<'_, '_> {
    /// The `k`th word back from the expression.
    #[inline(always)]
    fn back(&mut self, k: usize) -> Option<(Word, bool)> {
        match self.back.get(k) {
            Some(x) => Some(*x),
            None => self.back_more(k),
        }
    }

    /// [`Walk::back`], splitting more of the sentence.
    #[inline(never)]
    fn back_more(&mut self, k: usize) -> Option<(Word, bool)> {
        while self.back.len() <= k {
            let (ts, te, high) = token_before(self.s.as_bytes(), self.back_at?)?;
            self.back_at = Some(ts).filter(|&t| t > 0);
            let (word, punct) = token_word(self.lex, self.s, ts, te, high);
            if self.from.is_none() {
                // the last break ending by `start`: the token's punctuation
                // ends after its word
                if punct && te <= self.start {
                    self.from = Some(te);
                } else if let Some(w) =
                    word.filter(|w| w.class & class::BREAK != 0 && w.end <= self.start)
                {
                    self.from = Some(w.end);
                }
            }
            if let Some(w) = word.filter(|w| w.end <= self.start) {
                let inside = self.from.is_none_or(|f| w.start >= f);
                self.back.push((w, inside));
            }
        }
        self.back.get(k).copied()
    }

    /// The `k`th word on from the expression.
    #[inline(always)]
    fn fwd(&mut self, k: usize) -> Option<(Word, bool)> {
        match self.fwd.get(k) {
            Some(x) => Some(*x),
            None => self.fwd_more(k),
        }
    }

    /// [`Walk::fwd`], splitting more of the sentence.
    #[inline(never)]
    fn fwd_more(&mut self, k: usize) -> Option<(Word, bool)> {
        while self.fwd.len() <= k {
            let ts = self.fwd_at?;
            let (te, word, punct) = token_at(self.lex, self.s, ts);
            self.fwd_at = token_start_after(self.s.as_bytes(), te);
            if self.to.is_none() {
                // the first break starting at or after `end`: the token's
                // word starts before its punctuation
                if let Some(w) = word.filter(|w| w.class & class::BREAK != 0 && w.start >= self.end)
                {
                    self.to = Some(w.start);
                } else if punct && te > self.end {
                    self.to = Some(te - 1);
                }
            }
            if let Some(w) = word.filter(|w| w.start >= self.end) {
                let inside = self.to.is_none_or(|t| w.end <= t);
                self.fwd.push((w, inside));
            }
        }
        self.fwd.get(k).copied()
    }

    /// The classes of the last word starting before `end` (0 for none).
    fn before_end(&self) -> u32 {
        let mut at = self.end;
        while let Some(ts) = token_start_before(self.s.as_bytes(), at) {
            if let (_, Some(w), _) = token_at(self.lex, self.s, ts)
                && w.start < self.end
            {
                return w.class;
            }
            at = ts;
        }
        0
    }
}

/// [`tense`], splitting the sentence into words only as far out from the
/// expression as the reading goes; `back` and `fwd` are storage to reuse.
fn tense_near(
    s: &str,
    start: usize,
    end: usize,
    back: &mut Vec<(Word, bool)>,
    fwd: &mut Vec<(Word, bool)>,
) -> Tense {
    back.clear();
    fwd.clear();
    let mut w = Walk {
        s,
        lex: lexicon(),
        start,
        end,
        back,
        back_at: Some(start).filter(|&p| p > 0),
        from: None,
        fwd,
        fwd_at: token_start_after(s.as_bytes(), end),
        to: None,
    };
    let class = |x: Option<(Word, bool)>| x.map_or(0, |x| x.0.class);
    let b1 = class(w.back(0));
    let b2 = class(w.back(1));
    let a1 = class(w.fwd(0));
    let said = |c: u32| c & class::SPEECH != 0;
    if said(b1) || (b1 & class::ON_IN != 0 && said(b2)) || said(a1) {
        return Tense::Past;
    }
    if b1 & class::TARGET != 0 || (b1 & class::OF != 0 && b2 & class::AHEAD != 0) {
        return Tense::Future;
    }
    let mut weak = None;
    // what a word of classes `c` after one of classes `prev` says: a
    // strong tense, or a weak one noted in `weak`
    let step = |c: u32, prev: u32, backward: bool, weak: &mut Option<Tense>| {
        if c & class::CAPITAL != 0 && c & class::MAY != 0 {
            return None; // the month
        }
        // "would be presented": the participle of a passive tells nothing
        if c & class::ED != 0 && prev & class::BE_PASSIVE != 0 {
            return None;
        }
        match word_tense(c, prev, backward) {
            Some(t) if c & class::ING != 0 => {
                weak.get_or_insert(t);
                None
            }
            t => t,
        }
    };
    // back through the clause, on through it, then back and on through
    // the rest of the sentence
    let mut k = 0;
    let mut j = 0;
    for in_clause in [true, false] {
        while let Some((x, inside)) = w.back(k) {
            if inside != in_clause {
                break;
            }
            let prev = class(w.back(k + 1));
            if let Some(t) = step(x.class, prev, true, &mut weak) {
                return t;
            }
            k += 1;
        }
        while let Some((x, inside)) = w.fwd(j) {
            if inside != in_clause {
                break;
            }
            let prev = match j.checked_sub(1) {
                Some(i) => w.fwd[i].0.class,
                None => w.before_end(),
            };
            if let Some(t) = step(x.class, prev, false, &mut weak) {
                return t;
            }
            j += 1;
        }
    }
    weak.unwrap_or(Tense::Past)
}

/// The expressions of one sentence, with tense and speech links. `text`
/// is the article; `sentence` a span of it.
pub fn find(text: &str, sentence: &Span, opts: &Options) -> Vec<Timex> {
    let mut out = Vec::new();
    find_into(text, sentence, opts, &mut out);
    out
}

/// Finds the speech verbs in any case; a match is a speech verb when it is
/// a whole word (no listed word is a prefix of another).
fn speech_finder() -> &'static aho_corasick::AhoCorasick {
    static F: std::sync::OnceLock<aho_corasick::AhoCorasick> = std::sync::OnceLock::new();
    F.get_or_init(|| {
        aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(aho_corasick::MatchKind::LeftmostFirst)
            .build(SPEECH)
            .expect("speech verbs")
    })
}

/// The words of `sentence` that are speech verbs as written in ASCII, in
/// order: those of [`Words`] with both classes, without splitting the
/// sentence.
fn speech_verbs(sentence: &str) -> impl Iterator<Item = Word> + '_ {
    let bytes = sentence.as_bytes();
    let lex = lexicon();
    speech_finder().find_iter(sentence).filter_map(move |m| {
        let mut ts = m.start();
        while ts > 0 && !is_ws(bytes[ts - 1]) {
            ts -= 1;
        }
        let (_, word, _) = token_at(lex, sentence, ts);
        word.filter(|w| {
            (w.start, w.end) == (m.start(), m.end())
                && w.class & class::SPEECH != 0
                && w.class & class::ASCII != 0
        })
    })
}

/// Storage reused from one sentence to the next.
struct Scratch {
    exprs: Vec<expr::Expr>,
    back: Vec<(Word, bool)>,
    fwd: Vec<(Word, bool)>,
}

impl Scratch {
    fn new() -> Scratch {
        Scratch {
            exprs: Vec::new(),
            back: Vec::new(),
            fwd: Vec::new(),
        }
    }
}

thread_local! {
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::new(Scratch::new());
}

/// [`find`], appending the sentence's expressions to `out` (speech links
/// count from the first of them).
pub fn find_into(text: &str, sentence: &Span, opts: &Options, out: &mut Vec<Timex>) {
    SCRATCH.with(|cell| match cell.try_borrow_mut() {
        Ok(mut scratch) => find_with(text, sentence, opts, &mut scratch, out),
        Err(_) => find_with(text, sentence, opts, &mut Scratch::new(), out),
    })
}

fn find_with(
    text: &str,
    sentence: &Span,
    opts: &Options,
    scratch: &mut Scratch,
    all: &mut Vec<Timex>,
) {
    let s = &text[sentence.clone()];
    let Scratch { exprs, back, fwd } = scratch;
    expr::find_into(text, sentence.clone(), opts, exprs);
    if exprs.is_empty() {
        return;
    }
    // the tense is read only when some expression's value depends on it,
    // splitting the sentence into words only as far as the reading goes
    let needs_tense = |w: &When| match w {
        When::Day { year, .. } | When::Range { year, .. } => year.is_none(),
        When::Month { year, .. } | When::Months { year, .. } => *year == expr::YearRef::Implicit,
        When::Weekday { shift: None, .. }
        | When::WeekdayRange { .. }
        | When::WeekOf { .. }
        | When::Holiday { .. } => true,
        _ => false,
    };
    let base = all.len();
    all.extend(exprs.drain(..).map(|e| {
        let (a, b) = (e.span.start - sentence.start, e.span.end - sentence.start);
        let tense = if needs_tense(&e.when) {
            tense_near(s, a, b, back, fwd)
        } else {
            Tense::Past
        };
        Timex {
            tense,
            span: e.span,
            when: e.when,
            speech: None,
        }
    }));
    let out = &mut all[base..];
    if out.len() < 2 {
        // a speech date matters only to another expression
        return;
    }
    // a dated speech: "X on April 27 said ...", "X said on Tuesday that ...",
    // "On Monday, X said ...", "X told reporters on Tuesday ..."
    //
    let mut speech_date: Option<usize> = None;
    for word in speech_verbs(s) {
        let (at, w) = (&word.start, &s[word.start..word.end]);
        // "The merger, announced on March 12, won approval": a participle,
        // not a speech
        let finite = word.class & class::FINITE != 0;
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
                let lead = || s[..a].split_whitespace();
                let fronted = lead().count() <= 5
                    && !s[..a].contains(',')
                    && lead().next().is_none_or(|w| {
                        matches!(
                            w,
                            "On" | "In" | "At" | "During" | "Last" | "Earlier" | "Late"
                        )
                    });
                (gap.is_empty() && lead().next_back().is_some_and(|w| w == "on"))
                    || (fronted && gap.starts_with(',') && gap.split_whitespace().count() <= 7)
            };
            let speaking = word.class & class::SPEAKING != 0 && a >= verb.1 && {
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
}

/// Resolves one article's expressions (in text order) against its
/// reference date.
pub fn anchor(
    timexes: &[Timex],
    sentences: &[Span],
    reference: Option<(NaiveDate, Anchor)>,
) -> Vec<Resolution> {
    let mut out = Vec::with_capacity(timexes.len());
    anchor_into(timexes, sentences, reference, &mut out);
    out
}

/// [`anchor`] into `out` (cleared first), reusing its storage.
pub fn anchor_into(
    timexes: &[Timex],
    sentences: &[Span],
    reference: Option<(NaiveDate, Anchor)>,
    out: &mut Vec<Resolution>,
) {
    out.clear();
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

    /// Reading outward from an expression gives the tense that splitting
    /// the whole sentence gives, for every span of every sentence.
    #[test]
    fn tense_near_agrees_with_the_whole_sentence() {
        let sentences = [
            "He said on Tuesday that he will visit on Friday.",
            "Lopes is scheduled to meet Jansen on Wednesday, officials said.",
            "The merger, announced on March 12, won approval; talks begin Monday.",
            "On Monday, the minister\u{2019}s aide told reporters \u{201c}we\u{2019}ll go\u{201d} \u{2014} then left.",
            "  'Tuesday's (vote) - would be presented by Friday, while they were expecting May 3.  ",
            "It is expected to be ready ahead of Sunday's vote, but sits idle after \u{00e9}t\u{00e9}.",
            "Speaking on Oct. 5 he added: \"running late\" until Thursday\u{0b} \u{a0} x",
            "x '' -- ,, 'n' SAID: (Mon.) '3 ED closING Ed\u{2019} wanted, to-be 'expected' for",
        ];
        let (mut back, mut fwd) = (Vec::new(), Vec::new());
        for s in sentences {
            let w = Words::new(s);
            let cuts: Vec<usize> = (0..=s.len()).filter(|&i| s.is_char_boundary(i)).collect();
            for (i, &a) in cuts.iter().enumerate() {
                for &b in &cuts[i + 1..] {
                    assert_eq!(
                        tense_near(s, a, b, &mut back, &mut fwd),
                        tense_in(&w, a, b),
                        "{s:?} {a}..{b}"
                    );
                }
            }
        }
    }

    /// The speech verbs found by search are those of the whole sentence
    /// split into words.
    #[test]
    fn speech_verbs_are_the_split_words() {
        for s in [
            "He said, SAID and Says; unsaid saidx 'said' (told) \u{201c}wrote\u{201d} x-said",
            "Officials announced\u{2019} warned—added re-posted, speaking: insisted\u{a0}told",
            "said",
            "",
        ] {
            let want: Vec<(usize, usize)> = Words::new(s)
                .words
                .iter()
                .filter(|w| w.class & class::SPEECH != 0 && w.class & class::ASCII != 0)
                .map(|w| (w.start, w.end))
                .collect();
            let got: Vec<(usize, usize)> = speech_verbs(s).map(|w| (w.start, w.end)).collect();
            assert_eq!(got, want, "{s:?}");
        }
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
        for x in &w.words {
            assert!(x.start <= x.end && x.end <= "'\u{fffd}Tue x".len());
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
