//! Report: one model of a run, rendered by one file per format.
//!
//! [`Report`] holds every article read (with its metadata and provenance),
//! every skipped file with its reason, the findings (after inline
//! suppressions and the baseline), and a summary that accounts for every
//! file. Renderers only read it: [`json`] (the stable schema, version 1)
//! and [`human`] (miette diagnostics: a parent per finding, a child per
//! article with its own source and labels).

pub mod baseline;
pub mod claims;
pub mod dates;
pub mod human;
pub mod json;

use serde::Serialize;

use crate::load::{Article, Skip};
use crate::model::Severity;

/// One value of a disputed field and who gives it: the articles' paths,
/// and the distinct outlets among them that are known.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ValueGroup {
    pub value: String,
    pub paths: Vec<String>,
    pub outlets: Vec<String>,
}

/// A passage of one article that a finding rests on.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Evidence {
    pub path: String,
    pub line: usize,
    pub column: usize,
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// The sentence the passage is in.
    pub context: String,
    pub value: String,
    pub note: String,
    pub source: Option<String>,
    pub url: Option<String>,
    pub published: Option<String>,
    pub published_from: String,
    pub anchor: String,
}

/// A disagreement between articles.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Finding {
    pub id: String,
    pub rule: String,
    pub kind: String,
    pub severity: Severity,
    pub subject: String,
    pub message: String,
    pub help: Option<String>,
    pub values: Vec<ValueGroup>,
    pub evidence: Vec<Evidence>,
    /// Where the rule that judged it is defined (`file:line`).
    pub rule_origin: String,
    /// Articles that silence this finding's rule inline.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub suppressed_by: Vec<String>,
}

/// An article as the report lists it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ArticleRow {
    pub path: String,
    pub source: Option<String>,
    pub source_from: String,
    pub published: Option<String>,
    pub published_from: String,
    pub url: Option<String>,
    pub url_from: String,
    pub reference_date: Option<String>,
    pub reference_from: String,
    pub language: String,
    pub claims: usize,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
}

impl ArticleRow {
    pub fn new(a: &Article, claims: usize) -> ArticleRow {
        ArticleRow {
            path: a.path.clone(),
            source: a.source.clone(),
            source_from: a.source_from.name().into(),
            published: a.published.map(|d| d.to_string()),
            published_from: a.published_from.name().into(),
            url: a.url.clone(),
            url_from: a.url_from.name().into(),
            reference_date: a.reference.map(|(d, _)| d.to_string()),
            reference_from: a.reference.map_or("none", |(_, k)| k.name()).into(),
            language: a.language.clone(),
            claims,
            notes: a.notes.clone(),
        }
    }
}

/// Findings counted by severity.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Counts {
    pub error: usize,
    pub warning: usize,
    pub info: usize,
}

/// Totals that account for every file.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Summary {
    pub files: usize,
    pub articles: usize,
    pub skipped: usize,
    pub claims: usize,
    pub findings: Counts,
    pub baselined: usize,
    pub suppressed: usize,
}

/// A whole run.
#[derive(Clone, Debug, Default)]
pub struct Report {
    pub articles: Vec<ArticleRow>,
    pub skipped: Vec<Skip>,
    pub findings: Vec<Finding>,
    pub suppressed: Vec<Finding>,
    pub baselined: Vec<Finding>,
    pub summary: Summary,
}

impl Report {
    /// Assembles the report: applies inline suppressions and the baseline,
    /// and counts.
    pub fn build(
        articles: &[Article],
        claims_per_article: &[usize],
        skipped: Vec<Skip>,
        findings: Vec<Finding>,
        baseline: Option<&baseline::Baseline>,
    ) -> Report {
        let mut report = Report {
            articles: articles
                .iter()
                .zip(claims_per_article)
                .map(|(a, n)| ArticleRow::new(a, *n))
                .collect(),
            skipped,
            ..Default::default()
        };
        report.skipped.sort();
        for mut f in findings {
            let by: Vec<String> = articles
                .iter()
                .filter(|a| {
                    a.suppress.contains(&f.rule) && f.evidence.iter().any(|e| e.path == a.path)
                })
                .map(|a| a.path.clone())
                .collect();
            if !by.is_empty() {
                f.suppressed_by = by;
                report.suppressed.push(f);
            } else if baseline.is_some_and(|b| b.covers(&f)) {
                report.baselined.push(f);
            } else {
                report.findings.push(f);
            }
        }
        let mut counts = Counts::default();
        for f in &report.findings {
            match f.severity {
                Severity::Error => counts.error += 1,
                Severity::Warning => counts.warning += 1,
                Severity::Info => counts.info += 1,
            }
        }
        report.summary = Summary {
            files: report.articles.len() + report.skipped.len(),
            articles: report.articles.len(),
            skipped: report.skipped.len(),
            claims: claims_per_article.iter().sum(),
            findings: counts,
            baselined: report.baselined.len(),
            suppressed: report.suppressed.len(),
        };
        report
    }

    /// Whether any reported finding is at or above `floor`.
    pub fn fails(&self, floor: Option<Severity>) -> bool {
        floor.is_some_and(|f| self.findings.iter().any(|x| x.severity >= f))
    }
}
