//! Bytes to text, or a reason why not.
//!
//! Order of decisions (DESIGN.md, "load"): a byte-order mark wins; then a
//! declared encoding (front matter or manifest); UTF-16 without a BOM is
//! recognized by its alternating NUL bytes; any other NUL byte in the first
//! 8 KiB means binary; valid UTF-8 is read as is; anything else is read as
//! windows-1252 (with a note) when it has no control bytes, and skipped as
//! `undecodable` when it does.

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, WINDOWS_1252};

use super::SkipReason;

/// Decoded text and a note on how it was decoded, when that is worth saying.
#[derive(Debug, PartialEq)]
pub struct Decoded {
    pub text: String,
    pub note: Option<String>,
}

/// Why a file could not be turned into text.
#[derive(Debug, PartialEq)]
pub struct Undecoded {
    pub reason: SkipReason,
    pub detail: String,
}

const SNIFF: usize = 8 * 1024;

fn undecoded(reason: SkipReason, detail: impl Into<String>) -> Undecoded {
    Undecoded {
        reason,
        detail: detail.into(),
    }
}

/// The UTF-16 byte order of BOM-less text, when every other byte of the
/// first 8 KiB is mostly NUL and the others are not.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(SNIFF)];
    if head.len() < 4 {
        return None;
    }
    let pairs = head.len() / 2;
    let even_nul = head.iter().step_by(2).filter(|&&b| b == 0).count();
    let odd_nul = head.iter().skip(1).step_by(2).filter(|&&b| b == 0).count();
    if odd_nul * 10 >= pairs * 7 && even_nul * 10 <= pairs {
        Some(UTF_16LE)
    } else if even_nul * 10 >= pairs * 7 && odd_nul * 10 <= pairs {
        Some(UTF_16BE)
    } else {
        None
    }
}

fn has_control_bytes(bytes: &[u8]) -> bool {
    bytes
        .iter()
        .any(|&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c))
}

/// Decodes `bytes`, using `declared` (an encoding label) when the file has no
/// BOM.
pub fn decode(bytes: &[u8], declared: Option<&str>) -> Result<Decoded, Undecoded> {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let (text, had_errors) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        if had_errors {
            return Err(undecoded(
                SkipReason::Undecodable,
                format!("invalid {} after its byte-order mark", enc.name()),
            ));
        }
        let note = (enc != encoding_rs::UTF_8).then(|| format!("decoded as {}", enc.name()));
        return Ok(Decoded {
            text: text.into_owned(),
            note,
        });
    }
    if let Some(label) = declared {
        let Some(enc) = Encoding::for_label(label.trim().as_bytes()) else {
            return Err(undecoded(
                SkipReason::Undecodable,
                format!("unknown declared encoding `{label}`"),
            ));
        };
        let (text, had_errors) = enc.decode_without_bom_handling(bytes);
        if had_errors {
            return Err(undecoded(
                SkipReason::Undecodable,
                format!("not valid {} as declared", enc.name()),
            ));
        }
        return Ok(Decoded {
            text: text.into_owned(),
            note: (enc != encoding_rs::UTF_8)
                .then(|| format!("decoded as declared {}", enc.name())),
        });
    }
    let head = &bytes[..bytes.len().min(SNIFF)];
    if head.contains(&0) {
        if let Some(enc) = utf16_without_bom(bytes) {
            let (text, had_errors) = enc.decode_without_bom_handling(bytes);
            if !had_errors {
                return Ok(Decoded {
                    text: text.into_owned(),
                    note: Some(format!("decoded as {} (no byte-order mark)", enc.name())),
                });
            }
        }
        return Err(undecoded(
            SkipReason::Binary,
            "NUL bytes in the first 8 KiB",
        ));
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(Decoded {
            text: s.to_string(),
            note: None,
        }),
        Err(e) => {
            if has_control_bytes(bytes) {
                return Err(undecoded(
                    SkipReason::Undecodable,
                    format!(
                        "not UTF-8 (invalid byte at offset {}), declares no encoding, and has control bytes",
                        e.valid_up_to()
                    ),
                ));
            }
            let (text, _) = WINDOWS_1252.decode_without_bom_handling(bytes);
            Ok(Decoded {
                text: text.into_owned(),
                note: Some(format!(
                    "not UTF-8 (invalid byte at offset {}) and no encoding declared: read as windows-1252",
                    e.valid_up_to()
                )),
            })
        }
    }
}

/// An `encoding:` key in front matter at the very start of raw bytes,
/// read before the file is decoded (front matter is ASCII-compatible).
pub fn declared_in_front_matter(bytes: &[u8]) -> Option<String> {
    let head = &bytes[..bytes.len().min(4096)];
    let head = String::from_utf8_lossy(head);
    let mut lines = head.lines();
    if lines.next()?.trim_end() != "---" {
        return None;
    }
    for line in lines {
        let t = line.trim_end();
        if t == "---" || t == "..." {
            break;
        }
        if let Some(v) = t.strip_prefix("encoding:") {
            return Some(v.trim().trim_matches(['"', '\'']).to_string());
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(decode(b"caf\xc3\xa9", None).unwrap().text, "café");
        let d = decode(b"\xef\xbb\xbfcaf\xc3\xa9", None).unwrap();
        assert_eq!(d.text, "café");
        assert_eq!(d.note, None);
    }

    #[test]
    fn windows_1252_fallback_has_a_note() {
        let d = decode(b"Caf\xe9 \x93quoted\x94", None).unwrap();
        assert_eq!(d.text, "Café \u{201c}quoted\u{201d}");
        assert!(d.note.unwrap().contains("windows-1252"));
    }

    #[test]
    fn control_bytes_make_it_undecodable() {
        let e = decode(b"Caf\xe9\x01", None).unwrap_err();
        assert_eq!(e.reason, SkipReason::Undecodable);
    }

    #[test]
    fn nul_bytes_are_binary_unless_utf16() {
        let e = decode(b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\xff\xfe", None).unwrap_err();
        assert_eq!(e.reason, SkipReason::Binary);
        let le: Vec<u8> = "Hello world"
            .encode_utf16()
            .flat_map(|u| u.to_le_bytes())
            .collect();
        assert_eq!(decode(&le, None).unwrap().text, "Hello world");
        let be: Vec<u8> = "Hello world"
            .encode_utf16()
            .flat_map(|u| u.to_be_bytes())
            .collect();
        assert_eq!(decode(&be, None).unwrap().text, "Hello world");
    }

    #[test]
    fn declared_encodings() {
        let d = decode(b"\xcf\xf0\xe8\xe2\xe5\xf2", Some("windows-1251")).unwrap();
        assert_eq!(d.text, "Привет");
        assert!(decode(b"x", Some("no-such-encoding")).is_err());
        assert_eq!(
            declared_in_front_matter(b"---\ntitle: x\nencoding: latin1\n---\nbody").as_deref(),
            Some("latin1")
        );
        assert_eq!(declared_in_front_matter(b"no front matter"), None);
    }
}
