//! Compare: group claims by key, run each rule's check on each group.
//!
//! A rule names a claim kind and the fields (`same`) whose canonical values
//! must be equal for two claims to be compared; with `claimed_by`, always
//! part of the key, they form the blocking key. Claims are bucketed by that
//! key in one pass (a claim missing a key field is compared with nothing),
//! so the work grows with the size of the groups, never with all pairs of
//! claims. Each group is then handed to the rule's check ([`CheckKind`]),
//! which returns at most one [`Finding`] per group.
//!
//! The registry of checks is [`CheckKind`]; one file per check:
//! - [`agree`]: a field must agree (overlap, equality, containment,
//!   similarity, tolerance);
//! - [`name_spelling`]: one person spelled two ways;
//! - [`participants`]: a substitution within a delegation;
//! - [`previous_meeting`]: a "last met" line a later meeting contradicts;
//! - [`role_term`]: a title outside the catalog's dated terms;
//! - [`weekday`]: a weekday its own date contradicts.

pub mod agree;
pub mod name_spelling;
pub mod participants;
pub mod previous_meeting;
pub mod role_term;
pub mod weekday;

use std::collections::BTreeMap;

use sha2::{Digest, Sha256};

use crate::load::Article;
use crate::location::line_col;
use crate::model::{Claim, ClaimKind, Field};
use crate::report::{Evidence, Finding, ValueGroup};
use crate::rules::Rule;
use crate::rules::catalog::Catalog;

crate::model::kebab_enum! {
    /// The registry of checks a rule may name.
    pub enum CheckKind {
        Agree => "agree",
        PreviousMeeting => "previous-meeting",
        QuoteMatch => "quote-match",
        Quantity => "quantity",
        NameSpelling => "name-spelling",
        Weekday => "weekday",
        Participants => "participants",
        RoleTerm => "role-term",
    }
}

impl CheckKind {
    /// Claim kinds the check takes; empty means any.
    pub fn claims(self) -> &'static [ClaimKind] {
        match self {
            CheckKind::Agree => &[],
            CheckKind::PreviousMeeting => &[ClaimKind::PreviousMeeting],
            CheckKind::QuoteMatch => &[ClaimKind::Quote],
            CheckKind::Quantity => &[ClaimKind::Quantity],
            CheckKind::NameSpelling => &[ClaimKind::Mention],
            CheckKind::Weekday => &[ClaimKind::EventDate, ClaimKind::Meeting],
            CheckKind::Participants => &[ClaimKind::Meeting],
            CheckKind::RoleTerm => &[ClaimKind::Mention, ClaimKind::Role],
        }
    }

    /// Keys the check accepts under `options`.
    pub fn options(self) -> &'static [&'static str] {
        match self {
            CheckKind::QuoteMatch => &["min-similarity", "min-words"],
            CheckKind::Quantity => &["tolerance"],
            CheckKind::NameSpelling => &["house-style"],
            _ => &[],
        }
    }

    /// The check's documentation, for `explain` and `rules list`.
    pub fn doc(self) -> &'static str {
        match self {
            CheckKind::Agree => agree::DOC,
            CheckKind::NameSpelling => name_spelling::DOC,
            CheckKind::PreviousMeeting => previous_meeting::DOC,
            CheckKind::Participants => participants::DOC,
            CheckKind::QuoteMatch => {
                "One quote attributed to different speakers, or worded differently."
            }
            CheckKind::Quantity => "One quantity reported with different values.",
            CheckKind::Weekday => weekday::DOC,
            CheckKind::RoleTerm => role_term::DOC,
        }
    }

    /// Whether the check runs yet; rules naming a check that does not are
    /// valid and produce nothing (they are listed by `rules list`).
    pub fn implemented(self) -> bool {
        matches!(
            self,
            CheckKind::Agree
                | CheckKind::NameSpelling
                | CheckKind::PreviousMeeting
                | CheckKind::Participants
                | CheckKind::Weekday
                | CheckKind::RoleTerm
        )
    }
}

/// What checks need besides the group.
pub struct Ctx<'a> {
    pub articles: &'a [Article],
    pub catalog: &'a Catalog,
    /// Person → the country or organization they act for.
    pub delegations: &'a std::collections::HashMap<String, String>,
    /// Held in-person meetings by participant pair (for previous-meeting).
    pub meetings: previous_meeting::MeetingIndex<'a>,
}

/// Claims that share a blocking key.
pub struct Group<'a> {
    /// The key as canonical text (`field=value` lines, then `claimed_by`).
    pub key: String,
    /// The key fields' display values, for the subject.
    pub shown: Vec<String>,
    pub claims: Vec<&'a Claim>,
}

/// Buckets a rule's claims by its blocking key.
pub fn group<'a>(rule: &Rule, claims: &'a [Claim]) -> Vec<Group<'a>> {
    let mut buckets: BTreeMap<String, Group<'a>> = BTreeMap::new();
    'claims: for c in claims.iter().filter(|c| c.kind == rule.claim) {
        let mut key = String::new();
        let mut shown = Vec::new();
        for f in &rule.same {
            let Some(v) = c.get(*f) else {
                continue 'claims; // a null key never groups
            };
            key.push_str(&format!("{}={}\n", f.name(), v.value.key()));
            shown.push(v.display.clone());
        }
        key.push_str(&format!(
            "claimed-by={}",
            c.claimed_by.as_deref().unwrap_or("")
        ));
        buckets
            .entry(key.clone())
            .or_insert_with(|| Group {
                key,
                shown,
                claims: Vec::new(),
            })
            .claims
            .push(c);
    }
    buckets.into_values().collect()
}

/// Runs every rule over the claims; findings sorted.
pub fn run(rules: &[Rule], claims: &[Claim], ctx: &Ctx) -> Vec<Finding> {
    let mut out = Vec::new();
    for rule in rules {
        if rule.check == CheckKind::Weekday {
            // one article is enough: a date contradicting its own weekday
            out.extend(weekday::check(rule, claims, ctx));
            continue;
        }
        if rule.check == CheckKind::RoleTerm {
            // one article against the catalog's terms
            out.extend(role_term::check(rule, claims, ctx));
            continue;
        }
        for g in group(rule, claims) {
            let distinct_articles = {
                let mut a: Vec<usize> = g.claims.iter().map(|c| c.article).collect();
                a.sort();
                a.dedup();
                a.len()
            };
            // one article is enough against a house style
            let alone_ok = rule.check == CheckKind::PreviousMeeting
                || (rule.check == CheckKind::NameSpelling && name_spelling::house_style(rule));
            if distinct_articles < 2 && !alone_ok {
                continue;
            }
            let finding = match rule.check {
                CheckKind::Agree => agree::check(rule, &g, ctx),
                CheckKind::NameSpelling => name_spelling::check(rule, &g, ctx),
                CheckKind::PreviousMeeting => previous_meeting::check(rule, &g, ctx),
                CheckKind::Participants => participants::check(rule, &g, ctx),
                _ => None,
            };
            out.extend(finding);
        }
    }
    sort_findings(&mut out);
    out
}

/// Findings in report order: most severe first, then rule, subject, id.
pub fn sort_findings(findings: &mut [Finding]) {
    findings.sort_by(|a, b| {
        b.severity
            .cmp(&a.severity)
            .then_with(|| a.rule.cmp(&b.rule))
            .then_with(|| a.subject.cmp(&b.subject))
            .then_with(|| a.id.cmp(&b.id))
    });
}

/// Distinct values of a group, each with the claims that hold it, in
/// first-seen order of articles.
pub struct Disagreement<'a> {
    /// (shown value, claims holding it)
    pub values: Vec<(String, Vec<&'a Claim>)>,
    /// Days between the articles of the closest disagreeing pair, when
    /// every such pair has known dates.
    pub gap_days: Option<i64>,
    /// Quote every claim, not only the first of each article.
    pub every_passage: bool,
}

/// Stable finding id: SHA-256 over rule, subject, group key and sorted
/// article paths, first 16 hex digits.
pub fn finding_id(rule: &str, subject: &str, key: &str, paths: &[String]) -> String {
    let mut p = paths.to_vec();
    p.sort();
    p.dedup();
    let mut h = Sha256::new();
    h.update(rule.as_bytes());
    h.update(b"\n");
    h.update(subject.as_bytes());
    h.update(b"\n");
    h.update(key.as_bytes());
    for path in &p {
        h.update(b"\n");
        h.update(path.as_bytes());
    }
    h.finalize()
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The as-of date of an article: its date, or the one inferred for it.
pub fn as_of(a: &Article) -> Option<chrono::NaiveDate> {
    a.reference.map(|(d, _)| d)
}

/// Builds the finding for a disagreement within a group.
pub fn finding(
    rule: &Rule,
    group: &Group,
    subject: String,
    d: Disagreement,
    fields: &[Field],
    ctx: &Ctx,
) -> Finding {
    let (severity, gap) = match (rule.within, d.gap_days) {
        (None, Some(g)) => (rule.severity, format!("{g} days apart")),
        (None, None) => (rule.severity, "date unknown".to_string()),
        (Some(w), Some(g)) if (g as f64) <= w.days() => (rule.severity, format!("{g} days apart")),
        (Some(w), Some(g)) => (
            rule.severity_outside,
            format!(
                "{g} days apart, beyond the rule's {w} window, so the facts may have changed in between"
            ),
        ),
        (Some(_), None) => (
            rule.severity_outside,
            "with a date unknown, so whether they are from the same period cannot be told"
                .to_string(),
        ),
    };
    let mut values = Vec::new();
    // who gives each value, for the message: outlets, or file names when
    // the outlet is unknown
    let mut by_value: Vec<String> = Vec::new();
    let mut evidence = Vec::new();
    let mut paths = Vec::new();
    for (shown, claims) in &d.values {
        let mut vpaths: Vec<String> = Vec::new();
        let mut outlets: Vec<String> = Vec::new();
        let mut shown_by: Vec<String> = Vec::new();
        for c in claims {
            let a = &ctx.articles[c.article];
            if vpaths.contains(&a.path) {
                if !d.every_passage {
                    continue;
                }
            } else {
                vpaths.push(a.path.clone());
                shown_by.push(a.outlet());
                if let Some(source) = &a.source
                    && !outlets.contains(source)
                {
                    outlets.push(source.clone());
                }
            }
            let field = fields
                .iter()
                .copied()
                .find(|f| c.get(*f).is_some())
                .unwrap_or(fields[0]);
            evidence.push(evidence_for(c, field, shown, a));
        }
        paths.extend(vpaths.iter().cloned());
        by_value.push(count_outlets(&shown_by));
        values.push(ValueGroup {
            value: shown.clone(),
            paths: vpaths,
            outlets,
        });
    }
    let shown_values = values
        .iter()
        .zip(&by_value)
        .map(|(v, by)| format!("{} ({by})", v.value))
        .collect::<Vec<_>>()
        .join(" vs ");
    let outlier = {
        let mut counts: Vec<(usize, &str)> = values
            .iter()
            .map(|v| (v.paths.len(), v.value.as_str()))
            .collect();
        counts.sort();
        match counts.as_slice() {
            [(1, v), (n, _), ..] if *n > 1 => v.to_string(),
            _ => "none".to_string(),
        }
    };
    let message = rule
        .message
        .replace("{subject}", &subject)
        .replace("{values}", &shown_values)
        .replace("{gap}", &gap)
        .replace("{outlier}", &outlier);
    evidence.sort_by(|a, b| (&a.path, a.start).cmp(&(&b.path, b.start)));
    Finding {
        id: finding_id(&rule.id, &subject, &group.key, &paths),
        rule: rule.id.clone(),
        kind: rule.kind.clone(),
        severity,
        subject,
        message,
        help: rule.help.clone(),
        values,
        evidence,
        rule_origin: format!("{}:{}", rule.origin, rule.origin_line),
        suppressed_by: Vec::new(),
    }
}

/// Outlets in order of first appearance, a repeated one counted: "A, B ×2".
fn count_outlets(outlets: &[String]) -> String {
    let mut seen: Vec<(&str, usize)> = Vec::new();
    for o in outlets {
        match seen.iter_mut().find(|(x, _)| x == o) {
            Some((_, n)) => *n += 1,
            None => seen.push((o, 1)),
        }
    }
    seen.iter()
        .map(|(o, n)| {
            if *n > 1 {
                format!("{o} ×{n}")
            } else {
                o.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn evidence_for(c: &Claim, field: Field, shown: &str, a: &Article) -> Evidence {
    let fv = c.get(field);
    let span = fv.and_then(|f| f.span.clone()).unwrap_or(c.span.clone());
    let (line, column) = line_col(&a.text, span.start);
    Evidence {
        path: a.path.clone(),
        line,
        column,
        start: span.start,
        end: span.end,
        text: a.text[span.clone()].to_string(),
        context: a.text[c.span.clone()].to_string(),
        value: shown.to_string(),
        note: fv.map(|f| f.note.clone()).unwrap_or_default(),
        source: a.source.clone(),
        url: a.url.clone(),
        published: a.published.map(|d| d.to_string()),
        published_from: a.published_from.name().to_string(),
        anchor: fv
            .and_then(|f| f.anchor)
            .or(a.reference.map(|(_, k)| k))
            .unwrap_or(crate::temporal::Anchor::None)
            .name()
            .to_string(),
    }
}

/// Days between two claims' as-of dates (their `as-of` field, else their
/// articles' dates), when both are known; 0 when the intervals overlap.
pub fn gap_days(x: &Claim, y: &Claim, articles: &[Article]) -> Option<i64> {
    let day = |c: &Claim| {
        c.date(Field::AsOf)
            .or_else(|| as_of(&articles[c.article]).map(crate::normalize::date::DateInterval::day))
    };
    let (a, b) = (day(x)?, day(y)?);
    if a.overlaps(&b) {
        return Some(0);
    }
    Some(
        (a.start - b.end)
            .num_days()
            .abs()
            .min((b.start - a.end).num_days().abs()),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_stable_and_order_free() {
        let a = finding_id("r", "s", "k", &["b".into(), "a".into()]);
        let b = finding_id("r", "s", "k", &["a".into(), "b".into()]);
        assert_eq!(a, b);
        assert_eq!(a.len(), 16);
        assert_ne!(a, finding_id("r", "s2", "k", &["a".into(), "b".into()]));
    }
}
