//! Meeting, call and previous-meeting claims.
//!
//! ## What it extracts
//! Who met whom, how (in person, by phone, by video), with what status
//! (planned, held, cancelled), when, where and on what occasion:
//! - "A met (with) B", "A and B held talks", "A talks to B" (captions),
//!   "A had a good meeting with B", "a meeting between A and B";
//! - "A will meet B", "A is scheduled to meet with B", "A plans to meet B",
//!   "A to meet B" (headlines): planned;
//! - "A spoke with B", "A had a telephone conversation with B": calls;
//! - "A cancelled the meeting with B": cancelled;
//! - "A and B last met in July ...": a previous-meeting claim.
//!
//! Participants are person mentions next to the trigger: the subject just
//! before it (with "A and B" and parenthetical captions such as "(2nd R)"),
//! the object just after it. A bare title in either place ("Utopia's chief
//! diplomat previously met ...") is kept as a title, resolved to a person
//! in normalization. A person said to be absent ("B did not attend",
//! "without B") is recorded too.
//!
//! Date: the first temporal expression after the trigger, else the last one
//! before it, never one attached to a speech verb ("said on Sept. 19").
//! Place: "in PLACE" after the trigger. Occasion: "on the sidelines of X",
//! "at X", "during X". Attribution: ", PARTY says" at the end of the
//! sentence, or "according to PARTY".
//!
//! ## Limits
//! Pronouns ("he met") are not resolved; one meeting per sentence.

use std::sync::OnceLock;

use regex::Regex;

use super::mention::{MentionFinder, RawMention};
use super::role::org_before;
use crate::model::Span;
use crate::temporal::{Tense, Timex, When};

/// A participant as written.
#[derive(Clone, Debug, PartialEq)]
pub enum Party {
    /// A person mention (index in the article's mentions).
    Person(usize),
    /// A bare title standing for a person ("the chief diplomat").
    Title {
        role: String,
        org: Option<String>,
        span: Span,
    },
}

crate::model::kebab_enum! {
    /// Whether a meeting was planned, held or cancelled.
    pub enum Status {
        Planned => "planned",
        Held => "held",
        Cancelled => "cancelled",
    }
}

crate::model::kebab_enum! {
    /// How people met.
    pub enum Mode {
        InPerson => "in-person",
        Call => "call",
        Video => "video",
    }
}

/// A meeting (or last-meeting) statement, before normalization.
#[derive(Clone, Debug, PartialEq)]
pub struct RawMeeting {
    /// A "last met" statement rather than a meeting.
    pub previous: bool,
    pub sentence: Span,
    pub trigger: Span,
    pub parties: Vec<Party>,
    pub absent: Vec<Party>,
    pub status: Status,
    pub mode: Mode,
    /// Index of the date expression in the article's timexes.
    pub date: Option<usize>,
    pub place: Option<(Span, String)>,
    pub occasion: Option<(Span, String)>,
    /// The party the sentence attributes the statement to.
    pub claimed_by: Option<(Span, String)>,
}

fn trigger_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(concat!(
            r"(?i-u)\b(?:",
            r"(?P<prev>last\s+met(?:\s+with)?)",
            r"|(?P<cancel>(?:cancel(?:l?ed|s)?|called\s+off|postponed|scrapped)\s+(?:a\s+|an\s+|the\s+|their\s+|his\s+|her\s+)?(?:planned\s+|scheduled\s+)?(?:meeting|talks|summit)(?:\s+with)?)",
            r"|(?P<video>(?:held|had|holds|has|have)\s+(?:a\s+)?video\s*(?:call|conference|link|talks)\s+with|video\s*(?:call|conference)\s+with)",
            r"|(?P<call>(?:spoke|speaks|spoken|speak|talked)\s+(?:by\s+(?:tele)?phone\s+)?(?:with|to)|(?:spoke|speak|speaks|talked)\s+by\s+(?:tele)?phone|(?:held|had|holds|has|have)\s+(?:a\s+)?(?:tele)?phone\s+(?:call|conversation|talks?)\s+with|(?:tele)?phone\s+(?:call|conversation)\s+with)",
            r"|(?P<between>meeting\s+between)",
            r#"|(?P<meet>(?:met|meets|meet|meeting)(?:\s+with)?|(?:held|hold|holds|holding|had|has|have)\s+(?:a\s+|an\s+)?(?:[a-z]+\s+|"[a-z]+\s+)?(?:talks|meeting"?)(?:\s+with)?|talks\s+(?:to|with)|sat\s+down\s+with|hosted|hosts|welcomed|received)"#,
            r")\b",
        ))
        .expect("static pattern")
    })
}

fn absent_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"(?i-u)\b(?:did\s+not\s+attend|didn't\s+attend|was\s+absent|was\s+not\s+present|skipped\s+the\s+(?:meeting|talks))\b",
        )
        .expect("static pattern")
    })
}

fn attribution_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"(?:,\s+(?P<who>[^,]{2,80}?)\s+(?:says|said|reports|reported|announced|claims|claimed|confirmed)(?:\s+on\s+[^,.]+|\s+[A-Z][a-z]+day)?\.?$)|(?:[Aa]ccording\s+to\s+(?P<who2>[^,.]{2,80}))",
        )
        .expect("static pattern")
    })
}

const SPEECH: &[&str] = &[
    "said",
    "says",
    "told",
    "announced",
    "wrote",
    "added",
    "stated",
    "reported",
    "confirmed",
];

/// Whether a date expression belongs to a speech verb ("said on Sept. 19",
/// "told reporters Tuesday").
fn attached_to_speech(text: &str, sentence: &Span, t: &Timex) -> bool {
    let before = text[sentence.start..t.span.start].trim_end();
    let before = before.strip_suffix(" on").unwrap_or(before);
    let last: Vec<&str> = before.split_whitespace().rev().take(3).collect();
    last.iter()
        .any(|w| SPEECH.contains(&w.trim_matches(|c: char| !c.is_alphabetic())))
}

/// Words that stop a phrase read after "in", "at", "during".
fn phrase_after(text: &str, from: usize, end: usize, heads: bool) -> Option<(Span, String)> {
    const HEADS: &[&str] = GATHERINGS;
    let ws = super::text::words(text, from..end);
    let mut n = 0;
    let mut capital = false;
    for (i, w) in ws.iter().enumerate().take(8) {
        if i > 0 && !text[ws[i - 1].span.end..w.span.start].trim().is_empty() {
            // punctuation between words ends the phrase, except "Port Avalon, Utopia"
            break;
        }
        let t = w.without_possessive();
        let cap = t.chars().next().is_some_and(char::is_uppercase);
        let joiner = matches!(t, "of" | "the" | "for" | "and") && i > 0;
        let head = heads && HEADS.contains(&t.to_lowercase().as_str());
        if cap {
            capital = true;
        } else if !(joiner || head || (i == 0 && t == "the")) {
            break;
        }
        n = i + 1;
        if head {
            break;
        }
    }
    // do not end on a joiner
    while n > 0 && matches!(ws[n - 1].text, "of" | "the" | "for" | "and") {
        n -= 1;
    }
    if n == 0 || !capital {
        return None;
    }
    // a qualifier after a comma: "Town, Region" (one or two capitalized
    // words); whether it names a place is for the resolver to say
    if !heads
        && ws
            .get(n)
            .is_some_and(|w| text[ws[n - 1].span.end..w.span.start] == *", ")
    {
        let mut q = n;
        while q < ws.len()
            && q < n + 2
            && ws[q].text.starts_with(char::is_uppercase)
            && (q == n || text[ws[q - 1].span.end..ws[q].span.start] == *" ")
        {
            q += 1;
        }
        if q > n {
            n = q;
        }
    }
    let first = if ws[0].text == "the" && n > 1 { 1 } else { 0 };
    let (s, e) = (ws[first].span.start, ws[n - 1].span.end);
    Some((s..e, text[s..e].to_string()))
}

/// Finds meetings in one article.
pub struct MeetingFinder<'a> {
    pub mentions: &'a MentionFinder,
    /// Whether a phrase after "at" names a gathering (a catalog event or
    /// organization, or a phrase ending in "summit", "funeral"...).
    pub is_occasion: &'a dyn Fn(&str) -> bool,
}

/// Nouns that make a phrase a gathering.
pub const GATHERINGS: &[&str] = &[
    "summit",
    "meeting",
    "funeral",
    "conference",
    "forum",
    "talks",
    "session",
    "games",
    "ceremony",
    "gathering",
    "assembly",
    "negotiations",
    "congress",
    "convention",
    "council",
];

impl MeetingFinder<'_> {
    /// A bare title in `range` (one that does not introduce a name).
    fn party_title(
        &self,
        text: &str,
        sentence: &Span,
        range: Span,
        last: bool,
        mentions: &[RawMention],
    ) -> Option<Party> {
        let introduces = |t: &Span| {
            let next = mentions.partition_point(|m| m.span.start < t.end);
            mentions
                .get(next)
                .is_some_and(|m| text[t.end..m.span.start].trim().is_empty())
        };
        let titles: Vec<(Span, String)> = self
            .mentions
            .titles_in(text, sentence)
            .into_iter()
            .filter(|(t, _)| !introduces(t))
            .collect();
        let pick = if last {
            titles
                .into_iter()
                .rev()
                .find(|(s, _)| s.start >= range.start && s.end <= range.end)
        } else {
            titles
                .into_iter()
                .find(|(s, _)| s.start >= range.start && s.end <= range.end)
        };
        let (span, role) = pick?;
        let org = org_before(text, sentence, span.start).map(|(_, t)| t);
        Some(Party::Title { role, org, span })
    }

    /// Meetings of one sentence.
    pub fn find(
        &self,
        text: &str,
        sentence: &Span,
        mentions: &[RawMention],
        timexes: &[Timex],
    ) -> Option<RawMeeting> {
        let s = &text[sentence.clone()];
        let c = trigger_re().captures(s)?;
        let whole = c.get(0)?;
        let trigger = sentence.start + whole.start()..sentence.start + whole.end();
        let in_sentence: Vec<usize> = in_sentence(mentions, sentence).collect();
        let gap_ok = |gap: &str, max_words: usize| {
            let g = gap.trim();
            !g.contains([',', ';', ':', '"', '“', '”']) && g.split_whitespace().count() <= max_words
        };
        // subject: nearest persons before the trigger
        let mut subject: Vec<Party> = Vec::new();
        let before: Vec<usize> = in_sentence
            .iter()
            .copied()
            .filter(|&i| mentions[i].span.end <= trigger.start)
            .collect();
        if let Some(&last) = before.last() {
            let gap = text[mentions[last].span.end..trigger.start].to_string();
            // parenthetical captions between the name and the verb are fine
            let gap = strip_parens(&gap);
            if gap_ok(&gap, 5) {
                subject.push(Party::Person(last));
                let mut right = last;
                for &i in before.iter().rev().skip(1) {
                    let between =
                        strip_parens(&text[mentions[i].span.end..mentions[right].span.start]);
                    let b = between.trim();
                    let joined = joins(b, &|w: &str| self.mentions.is_title(w));
                    if !joined {
                        break;
                    }
                    subject.push(Party::Person(i));
                    right = i;
                }
            }
        }
        // a bare title closer to the trigger than any name is the subject
        // ("Utopia's chief diplomat previously met ...")
        if let Some(p @ Party::Title { .. }) = self.party_title(
            text,
            sentence,
            sentence.start..trigger.start,
            true,
            mentions,
        ) {
            let Party::Title { span, .. } = &p else {
                unreachable!("matched as a title")
            };
            let closer = before
                .last()
                .is_none_or(|&i| span.start >= mentions[i].span.end);
            if closer && gap_ok(&text[span.end..trigger.start], 4) {
                subject = vec![p];
            }
        }
        // object: first persons after the trigger
        let mut object: Vec<Party> = Vec::new();
        let after: Vec<usize> = in_sentence
            .iter()
            .copied()
            .filter(|&i| mentions[i].span.start >= trigger.end)
            .collect();
        let stop_words = [" in ", " on ", " at ", " during ", " after ", " before "];
        if let Some(&first) = after.first() {
            let gap = &text[trigger.end..mentions[first].span.start];
            let padded = format!("{gap} ");
            if gap_ok(gap, 7) && !stop_words.iter().any(|w| padded.contains(w)) {
                object.push(Party::Person(first));
                let mut left = first;
                for &i in after.iter().skip(1) {
                    let b = strip_parens(&text[mentions[left].span.end..mentions[i].span.start]);
                    let b = b.trim();
                    let joined = joins(b, &|w: &str| self.mentions.is_title(w));
                    if !joined {
                        break;
                    }
                    object.push(Party::Person(i));
                    left = i;
                }
            }
        }
        let to = after
            .first()
            .map_or(sentence.end, |&i| mentions[i].span.start)
            .min(trigger.end + 60);
        if let Some(Party::Title { role, org, span }) =
            self.party_title(text, sentence, trigger.end..to, false, mentions)
            && gap_ok(&text[trigger.end..span.start], 4)
        {
            let end = span.end;
            object = vec![Party::Title { role, org, span }];
            // "between the Ukrainian president and Jane Doe"
            if let Some(&i) = after.first()
                && text[end..mentions[i].span.start].trim() == "and"
            {
                object.push(Party::Person(i));
            }
        }
        let mut parties = subject;
        parties.extend(object);
        if parties.len() < 2 && c.name("between").is_none() {
            return None;
        }
        if parties.len() < 2 {
            return None;
        }
        let previous = c.name("prev").is_some();
        let mode = if c.name("video").is_some() {
            Mode::Video
        } else if c.name("call").is_some() {
            Mode::Call
        } else {
            Mode::InPerson
        };
        let verb = whole.as_str().to_lowercase();
        let past_form = ["met", "held", "had", "spoke", "spoken", "talked", "sat"]
            .iter()
            .any(|p| verb.starts_with(p));
        let status = if c.name("cancel").is_some() {
            Status::Cancelled
        } else if !past_form
            && crate::temporal::tense(s, whole.start(), whole.end()) == Tense::Future
        {
            Status::Planned
        } else {
            Status::Held
        };
        // date: the article's expressions are in text order, so those of
        // this sentence are one slice
        let lo = timexes.partition_point(|t| t.span.start < sentence.start);
        let hi = timexes.partition_point(|t| t.span.start < sentence.end);
        let here = || {
            timexes[lo..hi]
                .iter()
                .enumerate()
                .map(move |(k, t)| (lo + k, t))
                .filter(|(_, t)| {
                    t.span.end <= sentence.end
                        && !matches!(t.when, When::NoValue)
                        && !attached_to_speech(text, sentence, t)
                })
        };
        let date = here()
            .find(|(_, t)| t.span.start >= trigger.end)
            .or_else(|| here().rfind(|(_, t)| t.span.end <= trigger.start))
            .map(|(i, _)| i);
        let is_date = |span: &Span| {
            timexes[lo..hi]
                .iter()
                .any(|t| t.span.start < span.end && span.start < t.span.end)
        };
        // place: "in X" after the trigger
        let rest = &text[trigger.end..sentence.end];
        let mut place = None;
        let mut from = 0;
        while let Some(i) = rest[from..].find(" in ") {
            let at = trigger.end + from + i + 4;
            if let Some((span, p)) = phrase_after(text, at, sentence.end, false)
                && !is_date(&span)
            {
                place = Some((span, p));
                break;
            }
            from += i + 4;
        }
        // occasion
        let mut occasion = None;
        for marker in [" on the sidelines of ", " during ", " at "] {
            if let Some(i) = rest.find(marker) {
                let at = trigger.end + i + marker.len();
                if let Some((span, o)) = phrase_after(text, at, sentence.end, true)
                    && !is_date(&span)
                    && place.as_ref().is_none_or(|(p, _): &(Span, String)| p.start != span.start)
                    // "at" also introduces places and errands ("at the
                    // Utopian official's request"): only named gatherings
                    && (marker != " at " || (self.is_occasion)(&o))
                {
                    occasion = Some((span, o));
                    break;
                }
            }
        }
        // attribution
        let claimed_by = attribution_re().captures(s).and_then(|a| {
            let m = a.name("who").or(a.name("who2"))?;
            let span = sentence.start + m.start()..sentence.start + m.end();
            Some((span, m.as_str().trim().to_string()))
        });
        // absent parties in the sentence
        let mut absent = Vec::new();
        for m in absent_re().find_iter(s) {
            let at = sentence.start + m.start();
            if let Some(&i) = in_sentence
                .iter()
                .rev()
                .find(|&&i| mentions[i].span.end <= at)
            {
                absent.push(Party::Person(i));
            }
        }
        if let Some(i) = s.find(" without ") {
            let at = sentence.start + i + " without ".len();
            if let Some(&m) = in_sentence.iter().find(|&&m| mentions[m].span.start >= at)
                && gap_ok(&text[at..mentions[m].span.start], 5)
            {
                absent.push(Party::Person(m));
            }
        }
        parties.retain(|p| !absent.contains(p));
        Some(RawMeeting {
            previous,
            sentence: sentence.clone(),
            trigger,
            parties,
            absent,
            status,
            mode,
            date,
            place,
            occasion,
            claimed_by,
        })
    }
}

/// Whether the text between two names joins them into one party list:
/// "and", ",", ", and", or "and" with a title ("and President", "and
/// Utopian envoy").
fn joins(between: &str, title: &dyn Fn(&str) -> bool) -> bool {
    let b = between.trim();
    if matches!(b, "," | ", and") {
        return true;
    }
    let words: Vec<&str> = b.split_whitespace().collect();
    // only "and", determiners and capitalized words (titles) between names
    let filler = |w: &&str| {
        matches!(*w, "and" | "the" | "his" | "her" | "their" | "of")
            || w.chars().next().is_some_and(char::is_uppercase)
            || title(w)
    };
    words.len() <= 5
        && words.contains(&"and")
        && words.iter().all(filler)
        && !b.contains([',', ';'])
}

/// Replaces parenthetical asides with spaces of the same length.
fn strip_parens(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut depth = 0;
    for c in s.chars() {
        match c {
            '(' => depth += 1,
            ')' if depth > 0 => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// "B did not attend" / "without B" in a sentence with no meeting: the
/// people said to be absent.
pub fn absences(text: &str, sentence: &Span, mentions: &[RawMention]) -> Vec<usize> {
    let s = &text[sentence.clone()];
    let mut out = Vec::new();
    for m in absent_re().find_iter(s) {
        let at = sentence.start + m.start();
        if let Some(i) = in_sentence(mentions, sentence)
            .rev()
            .find(|&i| mentions[i].span.end <= at)
        {
            out.push(i);
        }
    }
    out
}

/// Indices of the mentions inside a sentence (mentions are sorted by
/// position): a binary search, not a scan.
fn in_sentence<'a>(
    mentions: &'a [RawMention],
    sentence: &'a Span,
) -> impl DoubleEndedIterator<Item = usize> + 'a {
    let from = mentions.partition_point(|m| m.span.start < sentence.start);
    let to = mentions.partition_point(|m| m.span.start < sentence.end);
    (from..to).filter(move |&i| mentions[i].sentence == *sentence)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::catalog::{Catalog, CatalogFile, Title};

    fn finder() -> MentionFinder {
        let mut c = Catalog::default();
        c.add(CatalogFile {
            titles: vec![
                Title {
                    role: "foreign-minister".into(),
                    synonyms: vec!["foreign minister".into(), "chief diplomat".into()],
                    org: None,
                    holders: Default::default(),
                },
                Title {
                    role: "president".into(),
                    synonyms: vec!["president".into()],
                    org: None,
                    holders: Default::default(),
                },
            ],
            ..Default::default()
        })
        .unwrap();
        MentionFinder::new(&c)
    }

    fn meeting(s: &str) -> Option<(RawMeeting, Vec<String>)> {
        let f = finder();
        let sentence = 0..s.len();
        let mentions = f.find(s, std::slice::from_ref(&sentence));
        let timexes = crate::temporal::find(s, &sentence, &Default::default());
        let is_occasion = |o: &str| o.ends_with("Summit");
        let m = MeetingFinder {
            mentions: &f,
            is_occasion: &is_occasion,
        }
        .find(s, &sentence, &mentions, &timexes)?;
        let names = m
            .parties
            .iter()
            .map(|p| match p {
                Party::Person(i) => mentions[*i].full(),
                Party::Title { role, org, .. } => {
                    format!("<{role}|{}>", org.clone().unwrap_or_default())
                }
            })
            .collect();
        Some((m, names))
    }

    #[test]
    fn held_meeting_with_place_occasion_and_date() {
        let (m, names) = meeting(
            "President Jane Doe met with President Aleksei Morozov in Port Avalon on the sidelines of the Atlantic Summit on March 4.",
        )
        .unwrap();
        assert_eq!(names, vec!["Jane Doe", "Aleksei Morozov"]);
        assert_eq!(m.status, Status::Held);
        assert_eq!(m.mode, Mode::InPerson);
        assert_eq!(m.place.unwrap().1, "Port Avalon");
        assert_eq!(m.occasion.unwrap().1, "Atlantic Summit");
        assert!(m.date.is_some());
    }

    #[test]
    fn planned_calls_previous_and_titles() {
        let (m, _) = meeting("Foreign Minister Ana Lopes is scheduled to meet with President Piet Jansen on Wednesday.").unwrap();
        assert_eq!(m.status, Status::Planned);
        let (m, _) = meeting("President Ana Lopes spoke with President Piet Jansen on April 27, the ministry said on April 28.").unwrap();
        assert_eq!(m.mode, Mode::Call);
        assert_eq!(m.status, Status::Held);
        let (m, names) = meeting(
            "President Ana Lopes and President Piet Jansen last met in July in Port Avalon.",
        )
        .unwrap();
        assert!(m.previous);
        assert_eq!(names.len(), 2);
        let (_, names) =
            meeting("Utopia's chief diplomat previously met President Piet Jansen on Aug. 15.")
                .unwrap();
        assert_eq!(names, vec!["<foreign-minister|Utopia's>", "Piet Jansen"]);
    }

    #[test]
    fn speech_dates_are_not_meeting_dates() {
        let (m, _) = meeting(
            "President Ana Lopes plans to meet President Piet Jansen next week, an envoy said on Sept. 19.",
        )
        .unwrap();
        let s = "President Ana Lopes plans to meet President Piet Jansen next week, an envoy said on Sept. 19.";
        let t = crate::temporal::find(s, &(0..s.len()), &Default::default());
        assert_eq!(&s[t[m.date.unwrap()].span.clone()], "next week");
    }

    #[test]
    fn no_meeting_without_two_parties() {
        assert!(meeting("The meeting is planned, President Ana Lopes said.").is_none());
    }
}
