//! `crosscheck dates`: every date expression of the articles, its value,
//! what it was anchored on, and why it has no value when it has none.
//!
//! JSON: `{"version":1,"articles":[{"path","published","published_from",
//! "reference_date","reference_from","expressions":[{"text","start","end",
//! "line","value","from","to","granularity","anchor","note"}]}]}`.

use chrono::NaiveDate;
use serde::Serialize;

use crate::app::Run;
use crate::location::line_col;
use crate::report::human::inert;
use crate::temporal::{self, Anchor};

#[derive(Serialize)]
struct Expression {
    text: String,
    start: usize,
    end: usize,
    line: usize,
    value: Option<String>,
    from: Option<String>,
    to: Option<String>,
    granularity: Option<String>,
    anchor: String,
    note: String,
}

#[derive(Serialize)]
struct ArticleDates {
    path: String,
    published: Option<String>,
    published_from: String,
    reference_date: Option<String>,
    reference_from: String,
    expressions: Vec<Expression>,
}

fn rows(run: &Run, date: Option<NaiveDate>) -> Vec<ArticleDates> {
    run.articles
        .iter()
        .zip(&run.extractions)
        .map(|(a, ex)| {
            let reference = date.map(|d| (d, Anchor::Published)).or(a.reference);
            let resolved = temporal::anchor(&ex.timexes, &ex.sentences, reference);
            let expressions = ex
                .timexes
                .iter()
                .zip(resolved)
                .map(|(t, r)| {
                    let v = r.value.as_ref().ok();
                    let note = match (&r.value, r.anchor) {
                        (Err(e), _) => e.reason().to_string(),
                        (Ok(_), Anchor::None) => "as written".to_string(),
                        (Ok(_), k) => format!(
                            "from {} ({})",
                            r.anchor_date.map(|d| d.to_string()).unwrap_or_default(),
                            k.name()
                        ),
                    };
                    Expression {
                        text: a.text[t.span.clone()].to_string(),
                        start: t.span.start,
                        end: t.span.end,
                        line: line_col(&a.text, t.span.start).0,
                        value: v.map(|v| v.timex()),
                        from: v.map(|v| v.start.to_string()),
                        to: v.map(|v| v.end.to_string()),
                        granularity: v.map(|v| v.granularity.name().to_string()),
                        anchor: r.anchor.name().to_string(),
                        note,
                    }
                })
                .collect();
            ArticleDates {
                path: a.path.clone(),
                published: a.published.map(|d| d.to_string()),
                published_from: a.published_from.name().to_string(),
                reference_date: reference.map(|(d, _)| d.to_string()),
                reference_from: reference.map_or("none", |(_, k)| k.name()).to_string(),
                expressions,
            }
        })
        .collect()
}

/// One block per article, one line per expression.
pub fn table(run: &Run, date: Option<NaiveDate>) -> String {
    let mut out = String::new();
    for a in rows(run, date) {
        out.push_str(&format!(
            "{} — reference {} ({})\n",
            inert(&a.path),
            a.reference_date.as_deref().unwrap_or("unknown"),
            a.reference_from
        ));
        for e in &a.expressions {
            out.push_str(&format!(
                "  {:>4}  {:32} {:24} {}\n",
                e.line,
                format!("\"{}\"", inert(&e.text)),
                e.value.as_deref().unwrap_or("null"),
                e.note
            ));
        }
        if a.expressions.is_empty() {
            out.push_str("  no date expressions\n");
        }
    }
    out
}

/// The JSON document, with a final newline.
pub fn json(run: &Run, date: Option<NaiveDate>) -> String {
    #[derive(Serialize)]
    struct Doc {
        version: u32,
        articles: Vec<ArticleDates>,
    }
    let mut s = serde_json::to_string_pretty(&Doc {
        version: 1,
        articles: rows(run, date),
    })
    .unwrap_or_default();
    s.push('\n');
    s
}
