//! The default output: one miette diagnostic per finding, then a summary.
//!
//! A finding is a parent diagnostic (severity, rule id as code, message,
//! help) followed by one child per article, each carrying that article as
//! its own named source and a label on the passage with the normalized
//! value and how it was obtained. Colour only on a terminal and never when
//! `NO_COLOR` is set. Article text is made inert before printing: control
//! characters (ANSI escapes among them) and bidirectional overrides become
//! `?`, byte for byte, so spans stay valid.

use std::fmt;

use miette::{
    Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteError,
    MietteSpanContents, SourceCode, SourceSpan, SpanContents,
};

use super::{Finding, Report};
use crate::load::Article;
use crate::model::Severity;

/// Replaces control and bidi-override characters with `?` (as many as the
/// character's UTF-8 bytes), keeping newlines and tabs.
pub fn inert(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let bidi = matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}');
        if (c.is_control() && c != '\n' && c != '\t') || bidi {
            for _ in 0..c.len_utf8() {
                out.push('?');
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// An article as miette sees it: the header gets the exact position of a
/// label, the snippet a window of about [`WINDOW`] characters of the
/// label's line around it (news paragraphs are single long lines), with
/// its true line and column.
struct Passage {
    name: String,
    text: String,
}

/// Characters of context shown on each side of a label.
const WINDOW: usize = 36;

impl Passage {
    fn window(&self, span: &SourceSpan) -> (usize, usize) {
        let t = &self.text;
        let start = span.offset().min(t.len());
        let end = (start + span.len()).min(t.len());
        let line_start = t[..start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = t[end..].find('\n').map_or(t.len(), |i| end + i);
        let mut ws = start;
        for (n, (i, _)) in t[line_start..start].char_indices().rev().enumerate() {
            ws = line_start + i;
            if n >= WINDOW && t[..ws].ends_with(' ') {
                break;
            }
        }
        let mut we = end;
        for (n, (i, c)) in t[end..line_end].char_indices().enumerate() {
            we = end + i + c.len_utf8();
            if n >= WINDOW && c == ' ' {
                we -= 1;
                break;
            }
        }
        (ws, we.max(end))
    }
}

impl SourceCode for Passage {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        before: usize,
        after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        let (ws, we) = if before == 0 && after == 0 {
            let s = span.offset().min(self.text.len());
            (s, (s + span.len()).min(self.text.len()))
        } else {
            self.window(span)
        };
        let (line, column) = crate::location::line_col(&self.text, ws);
        Ok(Box::new(MietteSpanContents::new_named(
            self.name.clone(),
            &self.text.as_bytes()[ws..we],
            SourceSpan::new(ws.into(), we - ws),
            line - 1,
            column - 1,
            1,
        )))
    }
}

struct Child {
    message: String,
    severity: miette::Severity,
    src: Passage,
    labels: Vec<LabeledSpan>,
}

impl fmt::Debug for Child {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}
impl fmt::Display for Child {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}
impl std::error::Error for Child {}
impl Diagnostic for Child {
    fn severity(&self) -> Option<miette::Severity> {
        Some(self.severity)
    }
    fn source_code(&self) -> Option<&dyn SourceCode> {
        Some(&self.src)
    }
    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        Some(Box::new(self.labels.clone().into_iter()))
    }
}

struct Parent {
    message: String,
    code: String,
    severity: miette::Severity,
    help: Option<String>,
    children: Vec<Child>,
}

impl fmt::Debug for Parent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}
impl fmt::Display for Parent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}
impl std::error::Error for Parent {}
impl Diagnostic for Parent {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new(&self.code))
    }
    fn severity(&self) -> Option<miette::Severity> {
        Some(self.severity)
    }
    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.help
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }
}

fn miette_severity(s: Severity) -> miette::Severity {
    match s {
        Severity::Error => miette::Severity::Error,
        Severity::Warning => miette::Severity::Warning,
        Severity::Info => miette::Severity::Advice,
    }
}

fn parent(f: &Finding, articles: &[Article]) -> Parent {
    let mut children = Vec::new();
    for path in f
        .evidence
        .iter()
        .map(|e| &e.path)
        .fold(Vec::new(), |mut v, p| {
            if !v.contains(&p) {
                v.push(p);
            }
            v
        })
    {
        let Some(a) = articles.iter().find(|a| &a.path == path) else {
            continue;
        };
        let ev: Vec<_> = f.evidence.iter().filter(|e| &e.path == path).collect();
        let date = match (&a.published, a.published_from) {
            (Some(d), from) => format!("published {d} (from {from})"),
            (None, _) => "date unknown".to_string(),
        };
        let labels = ev
            .iter()
            .map(|e| {
                let note = if e.note.is_empty() {
                    String::new()
                } else {
                    format!(" — {}", e.note)
                };
                LabeledSpan::new(
                    Some(inert(&format!("{}{note}", e.value))),
                    e.start,
                    e.end - e.start,
                )
            })
            .collect();
        children.push(Child {
            message: inert(&format!("{}: {}", a.outlet(), date)),
            severity: miette_severity(f.severity),
            src: Passage {
                name: inert(&a.path),
                text: inert(&a.text),
            },
            labels,
        });
    }
    Parent {
        message: inert(&f.message),
        code: f.rule.clone(),
        severity: miette_severity(f.severity),
        help: f.help.as_ref().map(|h| inert(h)),
        children,
    }
}

/// Renders findings and the summary.
pub fn render(report: &Report, articles: &[Article], color: bool) -> String {
    let theme = if color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_width(100)
        .with_context_lines(1)
        .with_links(false);
    let mut out = String::new();
    // the parent, then one child per article, each rendered on its own
    // (miette's own rendering of related diagnostics adds an empty
    // "Advice:" line before each)
    for f in &report.findings {
        let p = parent(f, articles);
        if handler.render_report(&mut out, &p).is_err() {
            out.push_str(&format!("{}: {}\n", f.rule, inert(&f.message)));
        }
        for c in &p.children {
            out.push('\n');
            if handler.render_report(&mut out, c).is_err() {
                out.push_str(&format!("  {}\n", c.message));
            }
        }
        out.push('\n');
    }
    out.push_str(&summary(report));
    out
}

/// The closing lines: every file accounted for.
pub fn summary(report: &Report) -> String {
    let s = &report.summary;
    let plural =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let mut out = String::new();
    for a in &report.articles {
        for n in &a.notes {
            out.push_str(&format!("note: {}: {}\n", inert(&a.path), inert(n)));
        }
    }
    for k in &report.skipped {
        out.push_str(&format!(
            "skipped: {} ({}: {})\n",
            inert(&k.path),
            k.reason,
            inert(&k.detail)
        ));
    }
    for f in &report.suppressed {
        out.push_str(&format!(
            "suppressed: {} {} ({}) by crosscheck-ignore in {}\n",
            f.rule,
            f.id,
            inert(&f.subject),
            inert(&f.suppressed_by.join(", "))
        ));
    }
    out.push_str(&format!(
        "{}: {} read, {} skipped; {}; {}, {}, {}; {} baselined, {} suppressed\n",
        plural(s.files, "file", "files"),
        plural(s.articles, "article", "articles"),
        s.skipped,
        plural(s.claims, "claim", "claims"),
        plural(s.findings.error, "error", "errors"),
        plural(s.findings.warning, "warning", "warnings"),
        plural(s.findings.info, "info", "infos"),
        s.baselined,
        s.suppressed,
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inert_keeps_byte_length() {
        let s = "a\u{1b}[31mred\u{9b}x\u{202e}y\n";
        let t = inert(s);
        assert_eq!(t.len(), s.len());
        assert!(!t.contains('\u{1b}'));
        assert!(!t.contains('\u{202e}'));
        assert!(t.ends_with('\n'));
    }
}
