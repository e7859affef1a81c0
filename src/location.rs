//! Byte offsets to the lines and columns users read.
//!
//! Spans are byte offsets into decoded UTF-8 text; people read 1-based lines
//! and columns counted in characters. Every output format converts through
//! here so they all agree.

/// 1-based line and column (in characters) of a byte offset. An offset
/// inside a character or past the end is clamped to the nearest boundary
/// before it.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = text[line_start..offset].chars().count() + 1;
    (line, column)
}

/// Byte offset of a 1-based line and column (in characters); `None` when
/// the text has no such place.
pub fn offset_of(text: &str, line: usize, column: usize) -> Option<usize> {
    let mut start = 0;
    for _ in 1..line {
        start += text[start..].find('\n')? + 1;
    }
    let rest = &text[start..];
    if column <= 1 {
        return Some(start);
    }
    rest.char_indices()
        .nth(column - 1)
        .map(|(i, _)| start + i)
        .or_else(|| (rest.chars().count() == column - 1).then_some(text.len()))
}

/// The non-empty lines of `text[from..]`: each one's byte range without
/// the surrounding whitespace, and its trimmed text.
pub fn lines(text: &str, from: usize) -> Vec<(std::ops::Range<usize>, &str)> {
    let mut out = Vec::new();
    let mut offset = from;
    for raw in text[from..].split_inclusive('\n') {
        let start = offset;
        offset += raw.len();
        let t = raw.trim();
        if !t.is_empty() {
            let lead = raw.len() - raw.trim_start().len();
            out.push((start + lead..start + lead + t.len(), t));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_columns_count_characters() {
        let t = "ab\nçd e\n";
        assert_eq!(line_col(t, 0), (1, 1));
        assert_eq!(line_col(t, 3), (2, 1));
        // 'd' is after the two-byte 'ç': byte 5, column 2
        assert_eq!(line_col(t, 5), (2, 2));
        assert_eq!(line_col(t, 4), (2, 1)); // inside 'ç': clamped
        assert_eq!(line_col(t, 100), (3, 1));
    }

    #[test]
    fn lines_are_trimmed_with_spans() {
        let t = "  a b \n\n c\n";
        let l = lines(t, 0);
        assert_eq!(l.len(), 2);
        assert_eq!((&t[l[0].0.clone()], l[0].1), ("a b", "a b"));
        assert_eq!(&t[l[1].0.clone()], "c");
    }

    #[test]
    fn offsets_round_trip() {
        let t = "ab\nçd e\n";
        for off in [0, 1, 3, 5, 6, 7] {
            let (l, c) = line_col(t, off);
            assert_eq!(offset_of(t, l, c), Some(off));
        }
        assert_eq!(offset_of(t, 9, 1), None);
    }
}
