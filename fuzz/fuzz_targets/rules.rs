//! The rule, catalog and furniture loader on arbitrary YAML. Must never
//! panic: every problem is a positioned error.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut pack = crosscheck::rules::Pack::default();
    if let Err(errors) = pack.add_text("fuzz.yaml", text) {
        for e in errors {
            let _ = e.to_string();
        }
    }
});
