//! YAML front matter at the top of `.md` and `.txt` articles.
//!
//! ```text
//! ---
//! title: Mayors meet on flood plan
//! source: Example Daily
//! date: 2025-09-19
//! url: https://...
//! ---
//! ```
//! Keys read: `title`, `source`, `date` or `published`, `url`, `encoding`;
//! others are ignored (front matter often carries a site generator's keys).
//! A block that is not valid YAML is reported as a note on the article and
//! the article is read without it.

use serde_yaml::Value;

/// What the front matter says.
#[derive(Debug, Default, PartialEq)]
pub struct FrontMatter {
    pub title: Option<String>,
    pub source: Option<String>,
    pub published: Option<String>,
    pub url: Option<String>,
    pub encoding: Option<String>,
}

/// The front matter and the byte offset where the body starts, or a note
/// on why the block was not read.
pub struct Split {
    pub front: FrontMatter,
    pub body_start: usize,
    pub note: Option<String>,
}

/// Largest front-matter block read, in bytes.
const MAX_FRONT_MATTER: usize = 64 * 1024;

/// Splits front matter off `text`.
pub fn split(text: &str) -> Split {
    let none = Split {
        front: FrontMatter::default(),
        body_start: 0,
        note: None,
    };
    let first_end = text.find('\n').unwrap_or(text.len());
    if text[..first_end].trim_end() != "---" {
        return none;
    }
    let mut offset = first_end + 1;
    let mut close = None;
    for line in text[offset.min(text.len())..].split_inclusive('\n') {
        let t = line.trim_end();
        if t == "---" || t == "..." {
            close = Some((offset, offset + line.len()));
            break;
        }
        offset += line.len();
        if offset > MAX_FRONT_MATTER {
            break;
        }
    }
    let Some((yaml_end, body_start)) = close else {
        return Split {
            note: Some("a `---` line opens front matter that is never closed: read as text".into()),
            ..none
        };
    };
    let yaml = &text[first_end + 1..yaml_end];
    if let Err(e) = crate::rules::check_depth("front matter", yaml) {
        return Split {
            front: FrontMatter::default(),
            body_start,
            note: Some(format!("front matter not read: {}", e.message)),
        };
    }
    let value: Value = match serde_yaml::from_str(yaml) {
        Ok(v) => v,
        Err(e) => {
            let at = e
                .location()
                .map(|l| format!(" at line {}", l.line() + 1))
                .unwrap_or_default();
            let mut msg = e.to_string();
            if let Some(i) = msg.rfind(" at line ") {
                msg.truncate(i);
            }
            return Split {
                front: FrontMatter::default(),
                body_start,
                note: Some(format!("front matter is not valid YAML{at}: {msg}")),
            };
        }
    };
    let get = |k: &str| -> Option<String> {
        match value.get(k)? {
            Value::String(s) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
            Value::Number(n) => Some(n.to_string()),
            _ => None,
        }
    };
    let (front, note) = match &value {
        Value::Mapping(_) => (
            FrontMatter {
                title: get("title"),
                source: get("source"),
                published: get("published").or_else(|| get("date")),
                url: get("url"),
                encoding: get("encoding"),
            },
            None,
        ),
        Value::Null => (FrontMatter::default(), None),
        _ => (
            FrontMatter::default(),
            Some("front matter is not a mapping of keys: ignored".to_string()),
        ),
    };
    Split {
        front,
        body_start,
        note,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_known_keys() {
        let t = "---\ntitle: T\nsource: Example\ndate: 2025-09-19\nlayout: post\n---\nBody\n";
        let s = split(t);
        assert_eq!(s.front.source.as_deref(), Some("Example"));
        assert_eq!(s.front.published.as_deref(), Some("2025-09-19"));
        assert_eq!(&t[s.body_start..], "Body\n");
        assert!(s.note.is_none());
    }

    #[test]
    fn broken_front_matter_is_a_note() {
        let s = split("---\ntitle: [unclosed\n---\nBody\n");
        assert!(s.note.unwrap().contains("not valid YAML"));
        let s = split("---\ntitle: x\nBody without end\n");
        assert_eq!(s.body_start, 0);
        assert!(s.note.is_some());
    }

    #[test]
    fn no_front_matter() {
        let s = split("Just text\n---\n");
        assert_eq!(s.body_start, 0);
        assert_eq!(s.front, FrontMatter::default());
    }
}
