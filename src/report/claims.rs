//! `crosscheck claims`: what was extracted from each article and how each
//! value was normalized, as a table or JSON.

use serde::Serialize;

use crate::app::Run;
use crate::location::line_col;
use crate::report::human::inert;

#[derive(Serialize)]
struct FieldRow {
    field: String,
    value: String,
    text: Option<String>,
    line: Option<usize>,
    column: Option<usize>,
    note: String,
}

#[derive(Serialize)]
struct ClaimRow {
    kind: String,
    line: usize,
    claimed_by: Option<String>,
    fields: Vec<FieldRow>,
}

#[derive(Serialize)]
struct ArticleClaims {
    path: String,
    source: Option<String>,
    published: Option<String>,
    claims: Vec<ClaimRow>,
}

fn rows(run: &Run) -> Vec<ArticleClaims> {
    run.articles
        .iter()
        .enumerate()
        .map(|(i, a)| ArticleClaims {
            path: a.path.clone(),
            source: a.source.clone(),
            published: a.published.map(|d| d.to_string()),
            claims: run
                .claims
                .iter()
                .filter(|c| c.article == i)
                .map(|c| ClaimRow {
                    kind: c.kind.name().to_string(),
                    line: line_col(&a.text, c.span.start).0,
                    claimed_by: c.claimed_by.clone(),
                    fields: c
                        .fields
                        .iter()
                        .map(|(f, v)| {
                            let pos = v.span.as_ref().map(|s| line_col(&a.text, s.start));
                            FieldRow {
                                field: f.name().to_string(),
                                value: v.display.clone(),
                                text: v.span.as_ref().map(|s| a.text[s.clone()].to_string()),
                                line: pos.map(|p| p.0),
                                column: pos.map(|p| p.1),
                                note: v.note.clone(),
                            }
                        })
                        .collect(),
                })
                .collect(),
        })
        .collect()
}

/// One block per article, one line per field.
pub fn table(run: &Run) -> String {
    let mut out = String::new();
    for a in rows(run) {
        out.push_str(&format!(
            "{} — {}, {}\n",
            inert(&a.path),
            inert(a.source.as_deref().unwrap_or("source unknown")),
            a.published.as_deref().unwrap_or("date unknown")
        ));
        for c in &a.claims {
            let by = c
                .claimed_by
                .as_ref()
                .map(|b| format!(", claimed by {}", inert(b)))
                .unwrap_or_default();
            out.push_str(&format!("  {} (line {}{by})\n", c.kind, c.line));
            for f in &c.fields {
                let at = match (&f.text, f.line, f.column) {
                    (Some(t), Some(l), Some(col)) => format!("  \"{}\" at {l}:{col}", inert(t)),
                    _ => String::new(),
                };
                let note = if f.note.is_empty() {
                    String::new()
                } else {
                    format!("  ({})", inert(&f.note))
                };
                out.push_str(&format!(
                    "    {:10} {}{at}{note}\n",
                    f.field,
                    inert(&f.value)
                ));
            }
        }
        if a.claims.is_empty() {
            out.push_str("  no claims\n");
        }
    }
    out
}

/// `{"version":1,"articles":[{path, source, published, claims:[...]}]}`
pub fn json(run: &Run) -> String {
    #[derive(Serialize)]
    struct Doc {
        version: u32,
        articles: Vec<ArticleClaims>,
    }
    let mut s = serde_json::to_string_pretty(&Doc {
        version: 1,
        articles: rows(run),
    })
    .unwrap_or_default();
    s.push('\n');
    s
}
