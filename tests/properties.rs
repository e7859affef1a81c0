//! Properties of the temporal engine on arbitrary text: it never panics,
//! every span lies inside the text on character boundaries with start ≤
//! end, and the same input gives the same output.

use crosscheck::temporal::{self, Anchor, Options};
use proptest::prelude::*;

/// Text that looks a little like news: words, numbers, months, weekdays
/// and punctuation, mixed with arbitrary characters.
fn newsy() -> impl Strategy<Value = String> {
    let pieces = prop::collection::vec(
        prop_oneof![
            Just("Sept. ".to_string()),
            Just("Monday ".to_string()),
            Just("next week ".to_string()),
            Just("on ".to_string()),
            Just("said ".to_string()),
            Just("will ".to_string()),
            Just("24.09.2025 ".to_string()),
            Just("9/24/2025 ".to_string()),
            Just("16:07 GMT ".to_string()),
            Just("a day earlier ".to_string()),
            Just("to ".to_string()),
            Just(", ".to_string()),
            Just(". ".to_string()),
            Just("“".to_string()),
            "[0-9]{1,4}",
            "[A-Za-z]{1,9}",
            any::<char>().prop_map(|c| c.to_string()),
        ],
        0..60,
    );
    pieces.prop_map(|v| v.concat())
}

fn check(text: &str, year: i32, ordinal: u32) {
    let opts = Options::default();
    let sentences = crosscheck::extract::text::sentences(text, 0..text.len());
    let mut found = Vec::new();
    for s in &sentences {
        assert!(s.start <= s.end && s.end <= text.len());
        found.extend(temporal::find(text, s, &opts));
    }
    for t in &found {
        assert!(t.span.start <= t.span.end, "{:?}", t.span);
        assert!(t.span.end <= text.len());
        assert!(text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end));
    }
    let dct = chrono::NaiveDate::from_yo_opt(year, ordinal);
    let resolved = temporal::anchor(&found, &sentences, dct.map(|d| (d, Anchor::Published)));
    assert_eq!(resolved.len(), found.len());
    for r in resolved.iter().filter_map(|r| r.value.as_ref().ok()) {
        assert!(r.start <= r.end);
    }
    // deterministic
    let mut again = Vec::new();
    for s in &sentences {
        again.extend(temporal::find(text, s, &opts));
    }
    assert_eq!(found, again);
    let resolved_again = temporal::anchor(&again, &sentences, dct.map(|d| (d, Anchor::Published)));
    assert_eq!(resolved, resolved_again);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn newsy_text(text in newsy(), year in 1900i32..2100, ordinal in 1u32..366) {
        check(&text, year, ordinal);
    }

    #[test]
    fn any_text(text in any::<String>(), year in 1i32..9999, ordinal in 1u32..366) {
        check(&text, year, ordinal);
    }
}
