//! The article loader on arbitrary bytes: decoding, front matter,
//! furniture, language, metadata, then extraction. Must never panic.
#![no_main]

use std::sync::OnceLock;

use crosscheck::load::{Context, Input, furniture::Furniture, load};
use crosscheck::rules::Pack;
use libfuzzer_sys::fuzz_target;

fn pack() -> &'static (Pack, Furniture) {
    static P: OnceLock<(Pack, Furniture)> = OnceLock::new();
    P.get_or_init(|| {
        let pack = Pack::defaults().expect("defaults");
        let f = Furniture::new(&pack.furniture);
        (pack, f)
    })
}

fuzz_target!(|data: &[u8]| {
    let (pack, furniture) = pack();
    let ctx = Context {
        catalog: &pack.catalog,
        furniture,
        manifest: None,
    };
    let input = Input {
        fs_path: "fuzz.md".into(),
        shown: "fuzz.md".into(),
        primary: true,
        bytes: Some(data.to_vec()),
    };
    if let Ok(article) = load(&input, &ctx) {
        let extractor = crosscheck::extract::Extractor::new(pack);
        let ex = extractor.extract(&article);
        let _ = crosscheck::normalize::normalize(
            std::slice::from_ref(&article),
            std::slice::from_ref(&ex),
            &pack.catalog,
        );
    }
});
