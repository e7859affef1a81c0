//! Sentences and words: the units every extractor scans.
//!
//! A paragraph is a line of the article body outside furniture. Sentences
//! end at `.`, `!` or `?` (with closing quotes) before a space and a capital
//! letter or an opening quote, except after an abbreviation ("U.S.", "Mr.",
//! "Sept.") or an initial. Words keep their byte spans; a word is a run of
//! letters, digits and the apostrophes, hyphens and periods inside it
//! ("Utopia's", "Kanal-24", "U.N.").

use crate::load::Article;
use crate::model::Span;

/// Abbreviations after which a period does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "adm", "apr", "aug", "capt", "cmdr", "co", "col", "corp", "dec", "dept", "dr", "e.g", "feb",
    "gen", "gov", "i.e", "inc", "jan", "jr", "jul", "jun", "lt", "ltd", "maj", "mar", "mr", "mrs",
    "ms", "mt", "no", "nov", "oct", "prof", "rep", "rev", "sen", "sep", "sept", "sgt", "sr", "st",
    "vs",
];

/// A word and where it is.
#[derive(Clone, Debug, PartialEq)]
pub struct Word<'a> {
    pub text: &'a str,
    pub span: Span,
}

impl Word<'_> {
    /// Starts with an uppercase letter.
    pub fn is_capitalized(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }

    /// The word without a trailing possessive ('s, ’s, or a bare
    /// apostrophe after s).
    pub fn without_possessive(&self) -> &str {
        for suffix in ["'s", "’s", "'", "’"] {
            if let Some(s) = self.text.strip_suffix(suffix) {
                return s;
            }
        }
        self.text
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

fn is_joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '.')
}

/// The words of `text[span]`, with absolute spans.
pub fn words(text: &str, span: Span) -> Vec<Word<'_>> {
    let s = &text[span.clone()];
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match start {
            None if is_word_char(c) => start = Some(i),
            None => {}
            Some(st) => {
                if is_word_char(c) {
                    continue;
                }
                let next_is_word = chars.peek().is_some_and(|&(_, n)| is_word_char(n));
                // "U.S." keeps its last period: a period after a single letter
                let single_letter_before = s[st..i].chars().rev().nth(1).is_none_or(|p| p == '.');
                if is_joiner(c) && next_is_word {
                    continue;
                }
                let end = if c == '.' && single_letter_before && s[st..i].contains('.') {
                    i + 1
                } else if c == '.'
                    && ((s[st..i].len() == 1 && s[st..i].chars().all(char::is_uppercase))
                        || matches!(&s[st..i], "Jr" | "Sr"))
                {
                    // an initial: "J."; a generational suffix: "Jr."
                    i + 1
                } else if (c == '\'' || c == '’') && s[st..i].ends_with('s') {
                    // plural possessive: "ministers'"
                    i + c.len_utf8()
                } else {
                    i
                };
                out.push(Word {
                    text: &s[st..end],
                    span: span.start + st..span.start + end,
                });
                start = None;
            }
        }
    }
    if let Some(st) = start {
        out.push(Word {
            text: &s[st..],
            span: span.start + st..span.end,
        });
    }
    out
}

fn is_abbreviation(word: &str) -> bool {
    let w = word.trim_end_matches('.');
    if w.chars().count() == 1 {
        return true; // an initial
    }
    if w.contains('.') {
        return true; // U.S, U.N
    }
    // the listed abbreviations are short ASCII words: compare lowercase
    // bytes without allocating
    const LONGEST: usize = 8;
    if w.len() > LONGEST {
        return false;
    }
    let mut buf = [0u8; LONGEST];
    let lower = &mut buf[..w.len()];
    for (l, b) in lower.iter_mut().zip(w.bytes()) {
        *l = b.to_ascii_lowercase();
    }
    ABBREVIATIONS
        .binary_search_by(|a| a.as_bytes().cmp(lower))
        .is_ok()
}

/// Paragraphs: non-empty lines of the body outside furniture, trimmed.
pub fn paragraphs(article: &Article) -> Vec<Span> {
    crate::location::lines(&article.text, article.body_start)
        .into_iter()
        .map(|(span, _)| span)
        .filter(|span| !article.in_furniture(span))
        .collect()
}

/// Sentences of one paragraph.
pub fn sentences(text: &str, para: Span) -> Vec<Span> {
    let mut out = Vec::new();
    sentences_into(text, para, &mut out);
    out
}

/// [`sentences`], appended to `out`.
pub fn sentences_into(text: &str, para: Span, out: &mut Vec<Span>) {
    let s = &text[para.clone()];
    let mut start = 0;
    let bytes = s.as_bytes();
    let mut i = 0;
    // only sentence punctuation can end a sentence: jump from one to the next
    while let Some(at) = memchr::memchr3(b'.', b'!', b'?', &bytes[i..]) {
        i += at;
        let c = bytes[i];
        // include closing quotes and brackets
        let mut end = i + 1;
        while end < s.len() {
            let rest = &s[end..];
            let ch = rest.chars().next().unwrap_or(' ');
            if matches!(ch, '"' | '\'' | '”' | '’' | ')' | ']') {
                end += ch.len_utf8();
            } else {
                break;
            }
        }
        let rest = &s[end..];
        let next = rest.trim_start();
        let spaced = rest.len() > next.len();
        let starts_sentence = next.chars().next().is_some_and(|n| {
            n.is_uppercase() || n.is_numeric() || matches!(n, '"' | '“' | '‘' | '\'')
        });
        // the word the period ends: "30-Nov." ends "Nov" (read only when
        // the rest would start a sentence)
        let abbreviation = || {
            let word_before = s[start..i]
                .rsplit(|ch: char| !ch.is_alphanumeric() && ch != '.')
                .next()
                .unwrap_or("");
            c == b'.' && is_abbreviation(word_before)
        };
        if spaced && starts_sentence && !abbreviation() {
            out.push(para.start + start..para.start + end);
            start = end + (rest.len() - next.len());
            i = start;
            continue;
        }
        i += 1;
    }
    if start < s.len() {
        out.push(para.start + start..para.end);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abbreviations_are_sorted() {
        let mut v = ABBREVIATIONS.to_vec();
        v.sort();
        assert_eq!(v, ABBREVIATIONS);
    }

    #[test]
    fn sentences_skip_abbreviations() {
        let t = "U.S. Secretary of State Dana Whitfield met Mr. Orlenko on Sept. 19 in Springfield. He left. \"Good,\" she said.";
        let s: Vec<&str> = sentences(t, 0..t.len())
            .into_iter()
            .map(|r| &t[r])
            .collect();
        assert_eq!(
            s,
            vec![
                "U.S. Secretary of State Dana Whitfield met Mr. Orlenko on Sept. 19 in Springfield.",
                "He left.",
                "\"Good,\" she said."
            ]
        );
    }

    #[test]
    fn words_keep_joiners_and_spans() {
        let t = "Utopia's U.N. envoy, Kanal-24 and Harold J. Mertens.";
        let w: Vec<&str> = words(t, 0..t.len()).iter().map(|w| w.text).collect();
        assert_eq!(
            w,
            vec![
                "Utopia's", "U.N.", "envoy", "Kanal-24", "and", "Harold", "J.", "Mertens"
            ]
        );
        let ws = words(t, 0..t.len());
        assert_eq!(&t[ws[1].span.clone()], "U.N.");
        assert_eq!(ws[0].without_possessive(), "Utopia");
    }
}
