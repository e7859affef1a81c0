//! ## What it does
//! Checks that one field of claims about the same thing agrees across
//! articles: the generic check most rules use.
//!
//! ## Why
//! Two reports of one meeting that give different dates, two reports that
//! name different holders of one office: these are the disagreements an
//! editor wants to see.
//!
//! ## Options (`agree:`)
//! - `overlap`: date and number intervals share a point; sets share a
//!   member; text is equal.
//! - `equal`: canonical values are equal.
//! - `contains`: one contains the other: a place inside another (catalog
//!   `in:`), an interval inside another, a subset.
//! - `similar: 0.9`: Jaro-Winkler similarity over folded tokens.
//! - `tolerance: 10%`: numbers within that share of the larger.
//!
//! With `within: 90d`, a disagreement between articles whose dates are
//! farther apart (or unknown) takes `severity_outside`.
//!
//! ## Example
//! ```yaml
//! - id: role-holder
//!   kind: role-holder
//!   claim: role
//!   check: agree
//!   same: [role, org]
//!   compare: person
//!   agree: equal
//!   within: 90d
//!   severity: error
//!   message: "{subject}: named differently ({values}); reports {gap}"
//! ```

use super::{Ctx, Disagreement, Group, finding, gap_days};
use crate::model::Value;
use crate::normalize::person::fold;
use crate::report::Finding;
use crate::rules::catalog::Catalog;
use crate::rules::{Agree, Rule};

pub const DOC: &str = "Checks that one field (`compare`) of claims sharing the `same` fields agrees across articles, by `agree`: overlap, equal, contains, similar: X, tolerance: N%.";

fn folded_tokens(s: &str) -> String {
    s.split_whitespace().map(fold).collect::<Vec<_>>().join(" ")
}

/// Whether two values agree under a mode.
pub fn agrees(a: &Value, b: &Value, mode: &Agree, catalog: &Catalog) -> bool {
    match (mode, a, b) {
        (Agree::Equal, _, _) => a.key() == b.key(),
        (Agree::Overlap, Value::Date(x), Value::Date(y)) => x.overlaps(y),
        (Agree::Overlap, Value::Number { lo: a1, hi: a2 }, Value::Number { lo: b1, hi: b2 }) => {
            a1 <= b2 && b1 <= a2
        }
        (Agree::Overlap, Value::Set(x), Value::Set(y)) => x.iter().any(|v| y.contains(v)),
        (Agree::Contains, Value::Date(x), Value::Date(y)) => x.contains(y) || y.contains(x),
        (Agree::Contains, Value::Set(x), Value::Set(y)) => {
            x.iter().all(|v| y.contains(v)) || y.iter().all(|v| x.contains(v))
        }
        (Agree::Contains, Value::Text(x), Value::Text(y)) => {
            x == y
                || catalog.place_within(x, y)
                || catalog.place_within(y, x)
                // a city the gazetteer keeps outside regions, and a region
                // of its country: it cannot tell, so no conflict
                || catalog.place_nesting_unknown(x, y)
        }
        (Agree::Similar(t), Value::Text(x), Value::Text(y)) => {
            strsim::jaro_winkler(&folded_tokens(x), &folded_tokens(y)) >= *t
        }
        (
            Agree::Tolerance(p),
            Value::Number { lo: a1, hi: a2 },
            Value::Number { lo: b1, hi: b2 },
        ) => {
            let (x, y) = ((a1 + a2) / 2.0, (b1 + b2) / 2.0);
            (x - y).abs() <= p.0 * x.abs().max(y.abs())
        }
        _ => a.key() == b.key(),
    }
}

/// Runs the check on one group.
pub fn check<'a>(rule: &Rule, g: &Group<'a>, ctx: &Ctx) -> Option<Finding> {
    let field = rule.compare?;
    let mode = rule.agree.as_ref()?;
    // distinct values in order of first appearance
    let mut values: Vec<(Value, String, Vec<&crate::model::Claim>)> = Vec::new();
    for c in &g.claims {
        let Some(fv) = c.get(field) else { continue };
        match values
            .iter_mut()
            .find(|(v, _, _)| v.key() == fv.value.key())
        {
            Some((_, _, cs)) => cs.push(c),
            None => values.push((fv.value.clone(), fv.display.clone(), vec![c])),
        }
    }
    // one representative claim per article and value: reports repeated
    // within an article do not multiply the pairs
    let per_article = |cs: &[&'a crate::model::Claim]| {
        let mut seen = std::collections::HashSet::new();
        cs.iter()
            .copied()
            .filter(|c| seen.insert(c.article))
            .collect::<Vec<_>>()
    };
    let mut gaps: Vec<Option<i64>> = Vec::new();
    for i in 0..values.len() {
        for j in i + 1..values.len() {
            if agrees(&values[i].0, &values[j].0, mode, ctx.catalog) {
                continue;
            }
            for a in per_article(&values[i].2) {
                for b in per_article(&values[j].2) {
                    if a.article != b.article {
                        gaps.push(gap_days(a, b, ctx.articles));
                    }
                }
            }
        }
    }
    let disagree = !gaps.is_empty();
    if !disagree {
        return None;
    }
    let subject = g.shown.join(", ");
    let d = Disagreement {
        values: values.into_iter().map(|(_, s, c)| (s, c)).collect(),
        gap_days: gaps.iter().flatten().min().copied(),
        every_passage: false,
    };
    Some(finding(rule, g, subject, d, &[field], ctx))
}
