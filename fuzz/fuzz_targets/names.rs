//! Name linking and place resolution on arbitrary text: two names split at
//! the first newline. Must never panic, and linking must be symmetric.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn pack() -> &'static crosscheck::rules::Pack {
    static PACK: OnceLock<crosscheck::rules::Pack> = OnceLock::new();
    PACK.get_or_init(|| crosscheck::rules::Pack::defaults().expect("defaults"))
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (a, b) = text.split_once('\n').unwrap_or((text, ""));
    let ab = crosscheck::normalize::names::same_person(a, b).is_some();
    let ba = crosscheck::normalize::names::same_person(b, a).is_some();
    assert_eq!(ab, ba, "{a:?} / {b:?}");
    let _ = pack().catalog.place(a);
});
