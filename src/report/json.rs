//! JSON, version 1: the stable, machine-readable report.
//!
//! Fields may be added, never renamed or removed (DESIGN.md, "JSON,
//! version 1"). Added in this version beyond the design's example:
//! `evidence[].context` (the sentence around the passage),
//! `findings[].rule_origin`, `articles[].notes`, and the top-level
//! `suppressed_findings` and `baselined_findings` lists.

use serde::Serialize;

use super::{ArticleRow, Finding, Report, Summary};
use crate::load::Skip;

#[derive(Serialize)]
struct Tool {
    name: &'static str,
    version: &'static str,
}

#[derive(Serialize)]
struct Doc<'a> {
    version: u32,
    tool: Tool,
    articles: &'a [ArticleRow],
    skipped: &'a [Skip],
    findings: &'a [Finding],
    summary: &'a Summary,
    suppressed_findings: &'a [Finding],
    baselined_findings: &'a [Finding],
}

/// Renders the report as pretty-printed JSON with a final newline.
pub fn render(report: &Report) -> String {
    let doc = Doc {
        version: 1,
        tool: Tool {
            name: "crosscheck",
            version: env!("CARGO_PKG_VERSION"),
        },
        articles: &report.articles,
        skipped: &report.skipped,
        findings: &report.findings,
        summary: &report.summary,
        suppressed_findings: &report.suppressed,
        baselined_findings: &report.baselined,
    };
    let mut s = serde_json::to_string_pretty(&doc).unwrap_or_else(|e| {
        format!("{{\"version\":1,\"error\":\"cannot serialize the report: {e}\"}}")
    });
    s.push('\n');
    s
}
