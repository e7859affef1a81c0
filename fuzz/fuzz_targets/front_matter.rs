//! The front-matter splitter on arbitrary text. Must never panic, and the
//! body must start on a character boundary inside the text.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let split = crosscheck::load::front_matter::split(&text);
    assert!(split.body_start <= text.len());
    assert!(text.is_char_boundary(split.body_start));
});
