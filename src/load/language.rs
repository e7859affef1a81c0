//! Is this English?
//!
//! Version 1 reads English only; an article in another language is a
//! counted skip. English prose is dense in a few function words ("the",
//! "of", "and", "to"...), so their share of the words tells English from
//! other languages written in Latin script, and a text mostly in another
//! script has few ASCII letters at all. Short texts are given the benefit of
//! the doubt.

/// English function words that carry no topic.
const FUNCTION_WORDS: &[&str] = &[
    "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "from", "had", "has", "have",
    "he", "her", "his", "in", "is", "it", "its", "not", "of", "on", "or", "said", "she", "that",
    "the", "their", "they", "this", "to", "was", "were", "which", "who", "will", "with",
];

/// Fewer words than this: too short to judge, taken as English.
const MIN_WORDS: usize = 12;

/// `Ok(())` for English, or `Err(detail)` saying why not.
pub fn check_english(text: &str) -> Result<(), String> {
    let mut words = 0usize;
    let mut hits = 0usize;
    let mut letters = 0usize;
    let mut ascii_letters = 0usize;
    for c in text.chars().take(200_000) {
        if c.is_alphabetic() {
            letters += 1;
            if c.is_ascii_alphabetic() {
                ascii_letters += 1;
            }
        }
    }
    for w in text
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .take(5_000)
    {
        words += 1;
        let lw = w.to_lowercase();
        if FUNCTION_WORDS.binary_search(&lw.as_str()).is_ok() {
            hits += 1;
        }
    }
    if words < MIN_WORDS {
        return Ok(());
    }
    if letters > 0 && ascii_letters * 2 < letters {
        return Err(format!(
            "mostly non-Latin script ({}% of letters are ASCII)",
            ascii_letters * 100 / letters
        ));
    }
    // English news runs at 25-40 %; French, German, Spanish below 5 %.
    if hits * 100 < words * 12 {
        return Err(format!(
            "English function words are {}% of {words} words (expected at least 12%)",
            hits * 100 / words
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_is_sorted_for_binary_search() {
        let mut v = FUNCTION_WORDS.to_vec();
        v.sort();
        assert_eq!(v, FUNCTION_WORDS);
    }

    #[test]
    fn english_passes() {
        assert!(check_english(
            "The minister said on Tuesday that the talks with the delegation would resume in the spring."
        )
        .is_ok());
    }

    #[test]
    fn other_languages_fail() {
        assert!(check_english(
            "Der Minister sagte am Dienstag, dass die Gespräche mit der Delegation im Frühjahr fortgesetzt werden sollen."
        )
        .is_err());
        assert!(check_english(
            "Министр иностранных дел заявил во вторник, что переговоры с делегацией возобновятся весной этого года."
        )
        .is_err());
        assert!(check_english(
            "Le ministre a déclaré mardi que les discussions avec la délégation reprendraient au printemps prochain."
        )
        .is_err());
    }

    #[test]
    fn short_texts_are_not_judged() {
        assert!(check_english("Bonjour tout le monde").is_ok());
    }
}
