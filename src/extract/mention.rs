//! Person mentions.
//!
//! ## What it extracts
//! Names of people, as written, with the evidence that they are people:
//! - a title from the catalog right before a capitalized name
//!   ("Foreign Minister Aleksei Morozov", "spokesman Dana Whitfield",
//!   "the top U.S. diplomat Jane Doe");
//! - a name of two or more capitalized words right before or after a speech
//!   verb ("Grigory Orlenko said", "said Jane Doe");
//! - a catalog person or alias ("Aleksei Morozov");
//! - a lone surname of a person already named in the same article
//!   ("Morozov", "Kovalenko's").
//!
//! Linking mentions to one person across articles (transliteration, given
//! names, the catalog) happens in `normalize::person`, over the whole run.
//!
//! ## Example
//! "Utopian Foreign Minister Aleksey Morozov plans to meet ..." gives the
//! mention `Aleksey Morozov` (given `Aleksey`, surname `Morozov`, evidence:
//! title `foreign-minister`).
//!
//! ## Limits
//! No statistical NER: a person named with no title, no speech verb and no
//! catalog entry is missed. Institutional words ("Assembly", "Department")
//! end a name, so "General Assembly" is not a person.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use super::text::{Word, words};
use crate::model::Span;
use crate::rules::catalog::Catalog;

/// Why a run of capitalized words was taken for a person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Evidence {
    /// A title next to it: the role key and the title's span.
    Title(String, Span),
    /// A speech verb next to it.
    Speech,
    /// A catalog name or alias; the catalog's canonical name.
    Catalog(String),
    /// The surname of a person named earlier in the article.
    Surname,
    /// A lone capitalized word that may be the surname of a person named in
    /// another article; linked only when exactly one person of the run has
    /// that surname.
    Candidate,
}

/// A person named in an article.
#[derive(Clone, Debug, PartialEq)]
pub struct RawMention {
    /// The whole name as written ("Aleksei Morozov", "Kovalenko").
    pub span: Span,
    /// Given names (and initials) as written; empty for a lone surname.
    pub given: Vec<String>,
    pub surname: String,
    pub evidence: Evidence,
    /// The sentence it is in.
    pub sentence: Span,
    /// A title right before a name found by other evidence (a catalog
    /// name): the role key and the title's span.
    pub title: Option<(String, Span)>,
}

impl RawMention {
    pub fn full(&self) -> String {
        let mut v = self.given.clone();
        v.push(self.surname.clone());
        v.join(" ")
    }
}

/// Capitalized words that end (or never start) a person's name: they name
/// institutions, places or groups. General English, not a list of entities.
const NOT_NAME_WORDS: &[&str] = &[
    "Administration",
    "Agency",
    "Alliance",
    "Army",
    "Assembly",
    "Association",
    "Bank",
    "Base",
    "Board",
    "Bureau",
    "Cabinet",
    "Center",
    "Centre",
    "Chamber",
    "Church",
    "City",
    "Coalition",
    "Command",
    "Commission",
    "Committee",
    "Communist",
    "Company",
    "Congress",
    "Corporation",
    "Council",
    "County",
    "Court",
    "Day",
    "Democrats",
    "Department",
    "Embassy",
    "Federation",
    "Force",
    "Forces",
    "Foundation",
    "Friday",
    "Fund",
    "Government",
    "Group",
    "Guard",
    "House",
    "Independent",
    "Institute",
    "Island",
    "Islands",
    "Kingdom",
    "League",
    "Media",
    "Ministry",
    "Mission",
    "Monday",
    "Museum",
    "Nations",
    "News",
    "Office",
    "Organization",
    "Palace",
    "Parliament",
    "Party",
    "Police",
    "Post",
    "Press",
    "Republic",
    "Republicans",
    "Saturday",
    "School",
    "Senate",
    "Service",
    "Square",
    "State",
    "States",
    "Street",
    "Summit",
    "Sunday",
    "Thursday",
    "Times",
    "Tuesday",
    "Union",
    "University",
    "Wednesday",
];

/// Words that introduce or close reported speech.
const SPEECH_VERBS: &[&str] = &[
    "added",
    "announced",
    "argued",
    "asked",
    "claimed",
    "confirmed",
    "declared",
    "denied",
    "explained",
    "insisted",
    "noted",
    "replied",
    "said",
    "says",
    "stated",
    "tells",
    "told",
    "warned",
    "wrote",
];

/// Verbs of meeting that put a name next to them: "Ana Lopes met Piet
/// Jansen".
const MEETING_VERBS: &[&str] = &[
    "greeted", "hosted", "hosts", "meets", "met", "phoned", "received", "visited", "welcomed",
];

/// Lowercase connectors that may sit inside a name ("Ursula von der Heide").
const NAME_PARTICLES: &[&str] = &[
    "al", "bin", "da", "de", "del", "der", "di", "la", "van", "von",
];

/// Compiled matchers shared by every article of a run.
pub struct MentionFinder {
    /// Lowercase words of every title ("minister", "secretary"): they end
    /// a name read backwards from a speech verb.
    title_words: Vec<String>,
    titles: AhoCorasick,
    title_roles: Vec<String>,
    people: AhoCorasick,
    people_names: Vec<String>,
    /// Single words the catalog knows as places, demonyms or organizations:
    /// never a candidate surname ("Utopian Foreign Minister ...").
    known_words: std::collections::HashSet<String>,
}

fn word_boundary(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

/// Lowercase articles joined to a surname by a hyphen ("al-", "el-"):
/// the word is still a name when what follows is capitalized.
const ARTICLE_PREFIXES: &[&str] = &["al-", "el-", "ad-", "an-", "ar-", "as-", "ash-", "at-"];

fn name_like(w: &Word) -> bool {
    let t = w.without_possessive();
    let t = ARTICLE_PREFIXES
        .iter()
        .find_map(|p| t.strip_prefix(p))
        .filter(|rest| rest.starts_with(char::is_uppercase))
        .unwrap_or(t);
    let mut chars = t.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    if !first.is_uppercase()
        || !t
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
    {
        return false;
    }
    // acronyms (NATO, U.S.) are not names; an initial ("J.") is
    let letters: Vec<char> = t.chars().filter(|c| c.is_alphabetic()).collect();
    let all_upper = letters.iter().all(|c| c.is_uppercase());
    if all_upper && letters.len() > 1 {
        return false;
    }
    if letters.len() == 1 && !t.ends_with('.') {
        return false;
    }
    NOT_NAME_WORDS.binary_search(&t).is_err()
}

impl MentionFinder {
    pub fn new(catalog: &Catalog) -> MentionFinder {
        let mut patterns = Vec::new();
        let mut title_roles = Vec::new();
        for t in &catalog.titles {
            for s in &t.synonyms {
                patterns.push(s.to_lowercase());
                title_roles.push(t.role.clone());
            }
        }
        let titles = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .build(&patterns)
            .unwrap_or_else(|_| AhoCorasick::new(Vec::<String>::new()).expect("empty automaton"));
        let mut names = Vec::new();
        let mut people_names = Vec::new();
        for p in &catalog.people {
            for n in std::iter::once(&p.name)
                .chain(p.aliases.iter())
                .chain(p.native.iter())
            {
                names.push(n.clone());
                people_names.push(p.name.clone());
            }
        }
        let people = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&names)
            .unwrap_or_else(|_| AhoCorasick::new(Vec::<String>::new()).expect("empty automaton"));
        let mut title_words: Vec<String> = patterns
            .iter()
            .flat_map(|p| p.split_whitespace().map(str::to_string).collect::<Vec<_>>())
            .collect();
        title_words.sort();
        title_words.dedup();
        let mut known_words = std::collections::HashSet::new();
        for p in &catalog.places {
            for n in std::iter::once(&p.name)
                .chain(&p.aliases)
                .chain(&p.demonyms)
            {
                known_words.insert(n.to_lowercase());
            }
        }
        // countries and their demonyms are not people
        known_words.extend(catalog.places_index().country_words());
        for o in &catalog.orgs {
            for n in std::iter::once(&o.name).chain(&o.aliases) {
                known_words.insert(n.to_lowercase());
            }
        }
        MentionFinder {
            known_words,
            title_words,
            titles,
            title_roles,
            people,
            people_names,
        }
    }

    /// Whether a word is part of some title ("minister", "envoy").
    pub fn is_title_word(&self, w: &Word) -> bool {
        self.is_title(w.text)
    }

    /// Whether a string is a word of some title.
    pub fn is_title(&self, word: &str) -> bool {
        let low = word.to_lowercase();
        self.title_words.binary_search(&low).is_ok()
    }

    /// Title matches in a sentence: (span, role key).
    pub fn titles_in(&self, text: &str, sentence: &Span) -> Vec<(Span, String)> {
        let s = &text[sentence.clone()];
        self.titles
            .find_iter(s)
            .filter(|m| word_boundary(s, m.start(), m.end()))
            .map(|m| {
                (
                    sentence.start + m.start()..sentence.start + m.end(),
                    self.title_roles[m.pattern().as_usize()].clone(),
                )
            })
            .collect()
    }

    /// The person mentions of one sentence, before lone surnames are added.
    fn full_names(&self, text: &str, sentence: &Span) -> Vec<RawMention> {
        let ws = words(text, sentence.clone());
        let mut out: Vec<RawMention> = Vec::new();
        let s = &text[sentence.clone()];
        // Catalog names and aliases
        for m in self.people.find_iter(s) {
            if !word_boundary(s, m.start(), m.end()) {
                continue;
            }
            let span = sentence.start + m.start()..sentence.start + m.end();
            let toks: Vec<&str> = text[span.clone()].split_whitespace().collect();
            if let Some((last, given)) = toks.split_last() {
                out.push(RawMention {
                    span,
                    given: given.iter().map(|g| g.to_string()).collect(),
                    surname: last.to_string(),
                    evidence: Evidence::Catalog(self.people_names[m.pattern().as_usize()].clone()),
                    sentence: sentence.clone(),
                    title: None,
                });
            }
        }
        // Titles followed by a name
        for (tspan, role) in self.titles_in(text, sentence) {
            let Some(first) = ws.iter().position(|w| w.span.start > tspan.end) else {
                continue;
            };
            // only whitespace between the title and the name
            if !text[tspan.end..ws[first].span.start].trim().is_empty() {
                continue;
            }
            if let Some(m) = self.name_at(
                text,
                &ws,
                first,
                Evidence::Title(role, tspan.clone()),
                sentence,
            ) {
                out.push(m);
            }
        }
        // Apposition: "Jane Doe, a spokesman for ...", "Jane Doe, the
        // company's chief executive"
        for (tspan, role) in self.titles_in(text, sentence) {
            let before = &text[sentence.start..tspan.start];
            let Some(comma) = before.rfind(", ") else {
                continue;
            };
            let between = &before[comma + 2..];
            if between.split_whitespace().count() > 4 || between.contains([',', ';', '(', '"', '“'])
            {
                continue;
            }
            let comma_at = sentence.start + comma;
            let Some(last) = ws.iter().rposition(|w| w.span.end == comma_at) else {
                continue;
            };
            let mut j = last + 1;
            while j > 0
                && name_like(&ws[j - 1])
                && !self.is_title_word(&ws[j - 1])
                && last + 1 - (j - 1) <= 4
                && (j == last + 1 || text[ws[j - 1].span.end..ws[j].span.start] == *" ")
            {
                j -= 1;
            }
            let starts_clean =
                j == 0 || !ws[j - 1].is_capitalized() || self.is_title_word(&ws[j - 1]);
            if last + 1 - j >= 2
                && starts_clean
                && let Some(m) = self.name_at(
                    text,
                    &ws[..=last],
                    j,
                    Evidence::Title(role, tspan.clone()),
                    sentence,
                )
            {
                out.push(m);
            }
        }
        // Speech and meeting verbs next to a two-word name ("Ana Lopes
        // met Piet Jansen", "said Jane Doe")
        for (i, w) in ws.iter().enumerate() {
            if SPEECH_VERBS.binary_search(&w.text).is_err()
                && MEETING_VERBS.binary_search(&w.text).is_err()
            {
                continue;
            }
            // "Jane Doe said"
            let mut j = i;
            while j > 0
                && name_like(&ws[j - 1])
                && !self.is_title_word(&ws[j - 1])
                && i - (j - 1) <= 4
            {
                j -= 1;
            }
            if i - j >= 2 && text[ws[i - 1].span.end..w.span.start].trim().is_empty() {
                let start_ok =
                    j == 0 || !ws[j - 1].is_capitalized() || self.is_title_word(&ws[j - 1]);
                if start_ok
                    && let Some(m) = self.name_at(text, &ws[..i], j, Evidence::Speech, sentence)
                {
                    out.push(m);
                    // "Ana Lopes and Piet Jansen met"
                    if j >= 3 && ws[j - 1].text == "and" {
                        let end = j - 1;
                        let mut k = end;
                        while k > 0
                            && name_like(&ws[k - 1])
                            && !self.is_title_word(&ws[k - 1])
                            && end - (k - 1) <= 4
                        {
                            k -= 1;
                        }
                        let clean =
                            k == 0 || !ws[k - 1].is_capitalized() || self.is_title_word(&ws[k - 1]);
                        if end - k >= 2
                            && clean
                            && let Some(m) =
                                self.name_at(text, &ws[..end], k, Evidence::Speech, sentence)
                        {
                            out.push(m);
                        }
                    }
                }
            }
            // "said Jane Doe"
            if i + 2 < ws.len() + 1
                && !self.is_title_word(&ws[i + 1])
                // "said Jordan Smith" is a person even though "Jordan"
                // alone is a country
                && (!self
                    .known_words
                    .contains(&ws[i + 1].without_possessive().to_lowercase())
                    || ws.get(i + 2).is_some_and(|w| {
                        name_like(w)
                            && text[ws[i + 1].span.end..w.span.start] == *" "
                            && ws[i + 1].without_possessive() == ws[i + 1].text
                    }))
                && let Some(m) = self.name_at(text, &ws, i + 1, Evidence::Speech, sentence)
                && !m.given.is_empty()
                && text[w.span.end..m.span.start].trim().is_empty()
            {
                out.push(m);
            }
        }
        out.sort_by(|a, b| (a.span.start, b.span.end).cmp(&(b.span.start, a.span.end)));
        // keep the first (longest) of overlapping mentions
        let mut kept: Vec<RawMention> = Vec::new();
        for m in out {
            if let Some(k) = kept
                .iter_mut()
                .find(|k| k.span.start < m.span.end && m.span.start < k.span.end)
            {
                // a title found before the same name keeps its role
                if let Evidence::Title(role, tspan) = &m.evidence
                    && k.span == m.span
                    && k.title.is_none()
                {
                    k.title = Some((role.clone(), tspan.clone()));
                }
                continue;
            }
            kept.push(m);
        }
        kept
    }

    /// A name starting at word `i`: capitalized words (with particles),
    /// at most four, ending at a non-name word.
    fn name_at(
        &self,
        text: &str,
        ws: &[Word],
        i: usize,
        evidence: Evidence,
        sentence: &Span,
    ) -> Option<RawMention> {
        let mut toks: Vec<&Word> = Vec::new();
        let mut k = i;
        while k < ws.len() && toks.len() < 4 {
            let w = &ws[k];
            if let Some(prev) = toks.last() {
                // words must be separated by a single space
                if &text[prev.span.end..w.span.start] != " " {
                    break;
                }
            }
            if name_like(w) && !self.is_title_word(w) {
                toks.push(w);
                // a possessive ends the name
                if w.without_possessive() != w.text {
                    break;
                }
            } else if NAME_PARTICLES.contains(&w.text)
                && !toks.is_empty()
                && ws.get(k + 1).is_some_and(name_like)
            {
                toks.push(w);
            } else {
                break;
            }
            k += 1;
        }
        let last = toks.last()?;
        let surname = last.without_possessive().to_string();
        let end = last.span.start + surname.len();
        let given: Vec<String> = toks[..toks.len() - 1]
            .iter()
            .map(|w| w.text.to_string())
            .collect();
        Some(RawMention {
            span: toks[0].span.start..end,
            given,
            surname,
            evidence,
            sentence: sentence.clone(),
            title: None,
        })
    }

    /// Every person mention in the given sentences: full names first, then
    /// lone surnames of people named in the article.
    pub fn find(&self, text: &str, sentences: &[Span]) -> Vec<RawMention> {
        let mut out: Vec<RawMention> = sentences
            .iter()
            .flat_map(|s| self.full_names(text, s))
            .collect();
        let surnames: std::collections::HashSet<&str> = out
            .iter()
            .filter(|m| !m.given.is_empty() || !matches!(m.evidence, Evidence::Speech))
            .map(|m| m.surname.as_str())
            .collect();
        // given names of people named in full: a second surname's first
        // part ("Herrera" of "Ana Herrera Vidal") or a given name some
        // people are known by alone
        let givens: std::collections::HashSet<&str> = out
            .iter()
            .flat_map(|m| m.given.iter())
            .map(|g| g.trim_end_matches(['.', ',']))
            .filter(|g| g.chars().count() >= 3 && g.starts_with(char::is_uppercase))
            .collect();
        // lone words: surnames of people named in the article, or
        // capitalized words that may be surnames of people named elsewhere
        let mut full: Vec<Span> = out.iter().map(|m| m.span.clone()).collect();
        full.sort_by_key(|r| r.start);
        let overlaps_full = |span: &Span| {
            let i = full.partition_point(|r| r.end <= span.start);
            full.get(i).is_some_and(|r| r.start < span.end)
        };
        let mut lone = Vec::new();
        for s in sentences {
            let ws = words(text, s.clone());
            for (i, w) in ws.iter().enumerate() {
                let bare = w.without_possessive();
                // a given name alone only as the speaker ("Sudarto said",
                // "said Sudarto"): elsewhere such words are places, months,
                // parties or common words ("visit Paris", "in April")
                let speaker = ws
                    .get(i + 1)
                    .is_some_and(|n| SPEECH_VERBS.binary_search(&n.text).is_ok())
                    || (i > 0 && SPEECH_VERBS.binary_search(&ws[i - 1].text).is_ok());
                let evidence = if surnames.contains(bare)
                    || (givens.contains(bare)
                        && speaker
                        && !self.is_title_word(w)
                        && !self.known_words.contains(&bare.to_lowercase()))
                {
                    Evidence::Surname
                } else if name_like(w)
                    && !self.is_title_word(w)
                    && bare.chars().count() >= 3
                    && !bare.ends_with('.')
                    && !self.known_words.contains(&bare.to_lowercase())
                    // a capitalized word before another ("Chilean Mining
                    // Minister", "Utopia's Economy") modifies it
                    && !text[w.span.end..s.end]
                        .strip_prefix(' ')
                        .is_some_and(|rest| rest.starts_with(char::is_uppercase))
                {
                    Evidence::Candidate
                } else {
                    continue;
                };
                let span = w.span.start..w.span.start + bare.len();
                if overlaps_full(&span) {
                    continue;
                }
                lone.push(RawMention {
                    span,
                    given: Vec::new(),
                    surname: bare.to_string(),
                    evidence,
                    title: None,
                    sentence: s.clone(),
                });
            }
        }
        out.extend(lone);
        out.sort_by_key(|m| m.span.start);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::catalog::{CatalogFile, Title};

    fn finder() -> MentionFinder {
        let mut c = Catalog::default();
        c.add(CatalogFile {
            titles: vec![
                Title {
                    role: "foreign-minister".into(),
                    synonyms: vec!["foreign minister".into()],
                    org: None,
                    holders: Default::default(),
                },
                Title {
                    role: "spokesperson".into(),
                    synonyms: vec!["spokesman".into()],
                    org: None,
                    holders: Default::default(),
                },
                Title {
                    role: "secretary-general".into(),
                    synonyms: vec!["secretary-general".into()],
                    org: None,
                    holders: Default::default(),
                },
            ],
            ..Default::default()
        })
        .unwrap();
        MentionFinder::new(&c)
    }

    fn names(text: &str) -> Vec<String> {
        finder()
            .find(text, std::slice::from_ref(&(0..text.len())))
            .iter()
            .filter(|m| m.evidence != Evidence::Candidate)
            .map(|m| format!("{}|{}", &text[m.span.clone()], m.given.len()))
            .collect()
    }

    #[test]
    fn lists_are_sorted_for_binary_search() {
        for list in [NOT_NAME_WORDS, SPEECH_VERBS, MEETING_VERBS] {
            let mut v = list.to_vec();
            v.sort();
            assert_eq!(v, list);
        }
    }

    #[test]
    fn titles_introduce_names() {
        assert_eq!(
            names(
                "Utopia's Foreign Minister Aleksei Morozov met spokesman Dana Whitfield, and Morozov left."
            ),
            vec!["Aleksei Morozov|1", "Dana Whitfield|1", "Morozov|0"]
        );
    }

    #[test]
    fn speech_verbs_introduce_two_word_names() {
        assert_eq!(
            names("Grigory Orlenko said talks were planned."),
            vec!["Grigory Orlenko|1"]
        );
        assert_eq!(
            names("\"We agree,\" said Jane Q. Doe."),
            vec!["Jane Q. Doe|2"]
        );
        // institutions are not people
        assert!(names("The State Department said nothing.").is_empty());
        assert!(names("Utopia said nothing.").is_empty());
    }

    #[test]
    fn apposition_and_titles_end_names() {
        assert_eq!(
            names("Dana Whitfield, a spokesman for the carriers, said cargo moved."),
            vec!["Dana Whitfield|1"]
        );
        assert_eq!(
            names("Grigory Orlenko, Utopia's foreign minister, arrived."),
            vec!["Grigory Orlenko|1"]
        );
        // the title is not part of a name read back from "said"
        assert_eq!(
            names("Foreign Minister Aleksei Morozov said so."),
            vec!["Aleksei Morozov|1"]
        );
    }

    #[test]
    fn meeting_verbs_introduce_two_word_names() {
        assert_eq!(
            names("Ana Lopes met Piet Jansen in Port Avalon on Tuesday."),
            vec!["Ana Lopes|1", "Piet Jansen|1"]
        );
        assert_eq!(
            names("Ana Lopes and Piet Jansen met in Port Avalon."),
            vec!["Ana Lopes|1", "Piet Jansen|1"]
        );
    }

    #[test]
    fn possessives_and_near_misses() {
        assert_eq!(
            names("Foreign Minister Aleksei Morozov's plane landed; Morozov's aides left."),
            vec!["Aleksei Morozov|1", "Morozov|0"]
        );
        // a title followed by an institution word is not a person
        assert!(names("The Secretary-General Assembly met.").is_empty());
        // a lowercase word breaks the name
        assert!(names("the foreign minister said").is_empty());
    }
}
