//! The temporal engine on arbitrary text and anchors. Must never panic;
//! spans stay inside the text on character boundaries.
#![no_main]

use crosscheck::temporal::{self, Anchor, Options};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if data.len() < 3 {
        return;
    }
    let days = u16::from_le_bytes([data[0], data[1]]) as i64;
    let text = String::from_utf8_lossy(&data[2..]);
    let sentences = crosscheck::extract::text::sentences(&text, 0..text.len());
    let mut found = Vec::new();
    for s in &sentences {
        found.extend(temporal::find(&text, s, &Options::default()));
    }
    for t in &found {
        assert!(t.span.start <= t.span.end && t.span.end <= text.len());
        assert!(text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end));
    }
    let base = chrono::NaiveDate::from_ymd_opt(1990, 1, 1).expect("date");
    let anchor = base.checked_add_days(chrono::Days::new(days as u64 * 3));
    let _ = temporal::anchor(&found, &sentences, anchor.map(|d| (d, Anchor::Published)));
});
