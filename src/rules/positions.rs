//! Where each value of a YAML file sits, by path.
//!
//! `serde_yaml` reports positions for syntax and type errors, but a rule can
//! be well-typed and still wrong (`compare: speaker` on a meeting rule).
//! Those checks run after parsing, when serde's positions are gone, so this
//! module rebuilds them: a small scanner over block-style YAML that records,
//! for every path in the notation serde uses (`rules[1].same[0]`), the byte
//! range of its value (or of its key, when the value is a nested block).
//! Flow sequences of scalars (`same: [event, place]`) are indexed item by
//! item; other flow collections are indexed as a whole. It never fails: a
//! path it cannot place falls back to its nearest indexed ancestor.

use std::collections::HashMap;
use std::ops::Range;

/// Byte ranges of values by path.
#[derive(Debug, Default)]
pub struct Positions {
    map: HashMap<String, Range<usize>>,
}

#[derive(Debug)]
enum Frame {
    Seq { col: usize, idx: usize },
    Map { col: usize, key: String, open: bool },
}

impl Frame {
    fn col(&self) -> usize {
        match self {
            Frame::Seq { col, .. } | Frame::Map { col, .. } => *col,
        }
    }
}

fn path_of(stack: &[Frame]) -> String {
    let mut p = String::new();
    for f in stack {
        match f {
            Frame::Seq { idx, .. } => p.push_str(&format!("[{idx}]")),
            Frame::Map { key, .. } => {
                if !p.is_empty() {
                    p.push('.');
                }
                p.push_str(key);
            }
        }
    }
    p
}

/// Splits `key: rest` when the line starts with a plain or quoted key.
fn split_key(content: &str) -> Option<(String, usize)> {
    let bytes = content.as_bytes();
    let (key, after) = match bytes.first()? {
        b'"' | b'\'' => {
            let q = bytes[0];
            let end = bytes[1..].iter().position(|&c| c == q)? + 1;
            (content[1..end].to_string(), end + 1)
        }
        b'{' | b'[' | b'#' | b'|' | b'>' => return None,
        _ => {
            let mut i = 0;
            loop {
                let c = *bytes.get(i)?;
                if c == b':' && (i + 1 == bytes.len() || bytes[i + 1] == b' ') {
                    break;
                }
                if c == b'#' && i > 0 && bytes[i - 1] == b' ' {
                    return None;
                }
                i += 1;
            }
            (content[..i].trim_end().to_string(), i)
        }
    };
    if bytes.get(after) == Some(&b':') {
        Some((key, after + 1))
    } else {
        None
    }
}

/// The end of a plain value, before a trailing comment.
fn value_end(s: &str) -> usize {
    let b = s.as_bytes();
    let mut quote = None;
    for (i, &c) in b.iter().enumerate() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == b'"' || c == b'\'' => quote = Some(c),
            None if c == b'#' && (i == 0 || b[i - 1] == b' ') => {
                return s[..i].trim_end().len();
            }
            None => {}
        }
    }
    s.trim_end().len()
}

impl Positions {
    /// Indexes `text`.
    pub fn index(text: &str) -> Positions {
        let mut pos = Positions::default();
        let mut stack: Vec<Frame> = Vec::new();
        let mut block_scalar_above: Option<usize> = None;
        let mut offset = 0;
        for raw in text.split_inclusive('\n') {
            let line_start = offset;
            offset += raw.len();
            let line = raw.trim_end_matches(['\n', '\r']);
            let indent = line.len() - line.trim_start_matches(' ').len();
            let content = &line[indent..];
            if let Some(col) = block_scalar_above {
                if content.is_empty() || indent > col {
                    continue;
                }
                block_scalar_above = None;
            }
            if content.is_empty() || content.starts_with('#') || content.starts_with("---") {
                continue;
            }
            let mut col = indent;
            let mut rest = content;
            // Sequence items, possibly nested on one line ("- - {..}").
            while rest == "-" || rest.starts_with("- ") {
                while let Some(top) = stack.last() {
                    let keep = match top {
                        Frame::Map { col: c, open, .. } => *c < col || (*c == col && *open),
                        Frame::Seq { col: c, .. } => *c <= col,
                    };
                    if keep {
                        break;
                    }
                    stack.pop();
                }
                match stack.last_mut() {
                    Some(Frame::Seq { col: c, idx }) if *c == col => *idx += 1,
                    _ => {
                        if let Some(Frame::Map { open, .. }) = stack.last_mut() {
                            *open = false;
                        }
                        stack.push(Frame::Seq { col, idx: 0 })
                    }
                }
                let skip = if rest == "-" {
                    1
                } else {
                    2 + rest[2..].len() - rest[2..].trim_start().len()
                };
                col += skip;
                rest = &rest[skip.min(rest.len())..];
                let start = line_start + indent + (col - indent);
                let end = start + value_end(rest);
                pos.map.insert(path_of(&stack), start..end.max(start));
            }
            if rest.is_empty() {
                continue;
            }
            if let Some((key, after)) = split_key(rest) {
                while let Some(top) = stack.last() {
                    if top.col() < col || matches!(top, Frame::Map { col: c, .. } if *c == col) {
                        break;
                    }
                    stack.pop();
                }
                match stack.last_mut() {
                    Some(Frame::Map {
                        col: c,
                        key: k,
                        open,
                    }) if *c == col => {
                        *k = key;
                        *open = false;
                    }
                    _ => stack.push(Frame::Map {
                        col,
                        key,
                        open: false,
                    }),
                }
                let value = &rest[after..];
                let lead = value.len() - value.trim_start().len();
                let value = value.trim_start();
                let value_start = line_start + col + after + lead;
                let path = path_of(&stack);
                if value.is_empty() || value.starts_with('#') {
                    let key_start = line_start + col;
                    pos.map.insert(path, key_start..key_start + after - 1);
                    if let Some(Frame::Map { open, .. }) = stack.last_mut() {
                        *open = true;
                    }
                } else if value.starts_with('|') || value.starts_with('>') {
                    pos.map.insert(path, value_start..value_start + 1);
                    block_scalar_above = Some(col);
                } else {
                    let end = value_end(value);
                    pos.map.insert(path.clone(), value_start..value_start + end);
                    if value.starts_with('[') {
                        pos.index_flow_seq(&path, &value[..end], value_start);
                    }
                }
            }
        }
        pos
    }

    fn index_flow_seq(&mut self, path: &str, value: &str, start: usize) {
        let inner = &value[1..];
        let mut depth = 0;
        let mut item_start = 1;
        let mut idx = 0;
        let mut quote = None;
        for (i, c) in inner.char_indices() {
            let at = i + 1;
            match (quote, c) {
                (Some(q), c) if c == q => quote = None,
                (Some(_), _) => {}
                (None, '"' | '\'') => quote = Some(c),
                (None, '[' | '{') => depth += 1,
                (None, '}') => depth -= 1,
                (None, ']') if depth > 0 => depth -= 1,
                (None, ',' | ']') if depth == 0 => {
                    let item = &value[item_start..at];
                    let lead = item.len() - item.trim_start().len();
                    let trimmed = item.trim();
                    if !trimmed.is_empty() {
                        let s = start + item_start + lead;
                        self.map
                            .insert(format!("{path}[{idx}]"), s..s + trimmed.len());
                        idx += 1;
                    }
                    item_start = at + 1;
                    if c == ']' {
                        break;
                    }
                }
                _ => {}
            }
        }
    }

    /// The byte range of the value at `path`, or of its nearest indexed
    /// ancestor.
    pub fn find(&self, path: &str) -> Option<Range<usize>> {
        let mut p = path.to_string();
        loop {
            if let Some(r) = self.map.get(&p) {
                return Some(r.clone());
            }
            let cut = p.rfind(['.', '['])?;
            p.truncate(cut);
            if p.is_empty() {
                return None;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "\
# comment
rules:
  - id: meeting-date
    kind: meeting-date   # trailing
    same: [event, place]
    help: |
      kind: not a key
    examples:
      flag:
        - - {source: A}
          - {source: B}
  - id: second
    same:
    - participants
";

    fn at<'a>(p: &Positions, path: &str) -> &'a str {
        let r = p.find(path).unwrap();
        &TEXT[r]
    }

    #[test]
    fn block_keys_and_values() {
        let p = Positions::index(TEXT);
        assert_eq!(at(&p, "rules[0].id"), "meeting-date");
        assert_eq!(at(&p, "rules[0].kind"), "meeting-date");
        assert_eq!(at(&p, "rules[1].id"), "second");
        assert_eq!(at(&p, "rules[0].help"), "|");
    }

    #[test]
    fn flow_items_and_nested_sequences() {
        let p = Positions::index(TEXT);
        assert_eq!(at(&p, "rules[0].same[0]"), "event");
        assert_eq!(at(&p, "rules[0].same[1]"), "place");
        assert_eq!(at(&p, "rules[0].examples.flag[0][1]"), "{source: B}");
        assert_eq!(at(&p, "rules[1].same[0]"), "participants");
    }

    #[test]
    fn unknown_paths_fall_back_to_an_ancestor() {
        let p = Positions::index(TEXT);
        assert_eq!(at(&p, "rules[1].same[0].x"), "participants");
        assert!(p.find("nothing").is_none());
    }
}
