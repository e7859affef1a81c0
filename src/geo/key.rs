//! The lookup key of a place name, shared by the build script (which keys
//! the gazetteer at compile time) and the run (which keys what articles
//! write): ASCII-folded, lowercase, letters and digits in words separated by
//! one space, periods and apostrophes dropped ("U.S." → "us", "St. Louis" →
//! "st louis"), a leading "the" dropped.

/// The key under which a place name is looked up.
pub fn place_key(name: &str) -> String {
    let ascii = deunicode::deunicode(name);
    let mut out = String::with_capacity(ascii.len());
    let mut gap = false;
    for c in ascii.chars() {
        if c.is_ascii_alphanumeric() {
            if gap && !out.is_empty() {
                out.push(' ');
            }
            gap = false;
            out.push(c.to_ascii_lowercase());
        } else if c != '.' && c != '\'' {
            gap = true;
        }
    }
    match out.strip_prefix("the ") {
        Some(rest) => rest.to_string(),
        None => out,
    }
}
