//! ## What it does
//! Flags a title the catalog's dated roles contradict: an article that
//! calls someone "Senator" after the catalog says they left the Senate, or
//! before their term began.
//!
//! ## Why
//! Background lines are copied from story to story; a title that was true
//! last year is the commonest stale fact in news. The catalog records terms
//! (`roles: [{role, org, from, to}]`), so the check can say which term the
//! title falls outside of.
//!
//! ## How
//! Each `mention` claim carries the first title its article gives the
//! person (`role`, `org`) and its date (`as-of`: a date framing the
//! sentence, "In 2019, ...", else the article's). When the person
//! is in the catalog and the catalog lists terms of that role (in that
//! organization, when both name one), the as-of date must fall inside one
//! of them; otherwise the finding names the nearest term. A person the
//! catalog holds no term of that role for is judged only for a one-holder
//! office (`holders: one`) named with its organization: when the catalog
//! says someone else held it that day, the title contradicts it. Otherwise
//! the catalog is silent, not contradicting. Titles marked "former", "the late" or "then-"
//! are not claims of a current role and never reach the check.
//! One article at a time: no grouping across articles.
//!
//! ## Options
//! None.

use chrono::NaiveDate;

use super::{Ctx, Disagreement, Group, finding};
use crate::model::{Claim, Field};
use crate::normalize::date::parse_full_date;
use crate::normalize::place;
use crate::report::Finding;
use crate::rules::Rule;
use crate::rules::catalog::RoleTerm;

pub const DOC: &str = "A title given to a catalog person on a date outside every term the catalog records for that role (\"Senator\" after the person left the Senate); one article at a time.";

fn term_text(t: &RoleTerm) -> String {
    match (&t.from, &t.to) {
        (Some(f), Some(x)) => format!("{f} to {x}"),
        (Some(f), None) => format!("from {f}"),
        (None, Some(x)) => format!("until {x}"),
        (None, None) => "with no dates".to_string(),
    }
}

fn covers(t: &RoleTerm, d: NaiveDate) -> bool {
    let from_ok = t
        .from
        .as_deref()
        .and_then(parse_full_date)
        .is_none_or(|f| f <= d);
    let to_ok =
        t.to.as_deref()
            .and_then(parse_full_date)
            .is_none_or(|x| d <= x);
    from_ok && to_ok
}

/// The catalog's holder of a one-holder office (`holders: one`) on the
/// claim's date, when that is someone else.
fn other_holder(
    rule: &Rule,
    c: &Claim,
    entity: &str,
    role: &str,
    org: Option<&str>,
    as_of: &crate::normalize::date::DateInterval,
    ctx: &Ctx,
) -> Option<Finding> {
    let org = org?;
    let title = ctx.catalog.titles.iter().find(|t| t.role == role)?;
    if title.holders != crate::rules::catalog::Holders::One {
        return None;
    }
    let holder = ctx.catalog.people_with_role(role).find(|p| {
        p.name != entity
            && p.roles.iter().any(|t| {
                t.role == role
                    && t.org
                        .as_deref()
                        .is_some_and(|o| place::org(ctx.catalog, o).key == org)
                    && covers(t, as_of.start)
                    && covers(t, as_of.end)
            })
    })?;
    let shown = format!("{entity} as {role} of {org}");
    let group = Group {
        key: format!(
            "entity={entity}\nrole={role}\norg={org}\narticle={}",
            c.article
        ),
        shown: vec![shown.clone()],
        claims: vec![c],
    };
    let how = format!(
        "the catalog's {role} of {org} on {} is {}",
        as_of.timex(),
        holder.name
    );
    Some(one_claim_finding(rule, &group, shown, how, ctx))
}

/// The finding for one claim that contradicts the catalog.
fn one_claim_finding(rule: &Rule, group: &Group, shown: String, how: String, ctx: &Ctx) -> Finding {
    finding(
        rule,
        group,
        shown,
        Disagreement {
            values: vec![(how, group.claims.clone())],
            gap_days: None,
            every_passage: false,
        },
        &[Field::Role, Field::Surface],
        ctx,
    )
}

/// Runs the check on every claim of the rule's kind.
pub fn check(rule: &Rule, claims: &[Claim], ctx: &Ctx) -> Vec<Finding> {
    let mut out = Vec::new();
    for c in claims.iter().filter(|c| c.kind == rule.claim) {
        let (Some(entity), Some(role), Some(as_of)) = (
            c.text(Field::Entity).or_else(|| c.text(Field::Person)),
            c.text(Field::Role),
            c.date(Field::AsOf),
        ) else {
            continue;
        };
        let org = c.text(Field::Org);
        let Some(person) = ctx
            .catalog
            .person(entity)
            .filter(|p| p.roles.iter().any(|t| t.role == role))
        else {
            // someone the catalog holds no term of this role for, named to
            // a one-holder office the catalog says another held that day
            if let Some(f) = other_holder(rule, c, entity, role, org, &as_of, ctx) {
                out.push(f);
            }
            continue;
        };
        let terms: Vec<&RoleTerm> = person
            .roles
            .iter()
            .filter(|t| t.role == role)
            .filter(|t| match (&t.org, org) {
                (Some(o), Some(claimed)) => place::org(ctx.catalog, o).key == claimed,
                _ => true,
            })
            .collect();
        // the article's day (or the span of days it may be) must meet a term
        if terms.is_empty()
            || terms
                .iter()
                .any(|t| covers(t, as_of.start) || covers(t, as_of.end))
        {
            continue;
        }
        let ended: Vec<&&RoleTerm> = terms
            .iter()
            .filter(|t| {
                t.to.as_deref()
                    .and_then(parse_full_date)
                    .is_some_and(|x| x < as_of.start)
            })
            .collect();
        let latest = ended
            .iter()
            .max_by_key(|t| t.to.as_deref().and_then(parse_full_date));
        let how = match latest {
            Some(t) => format!(
                "the catalog's last term as {role} ran {}, before {}",
                term_text(t),
                as_of.timex()
            ),
            None => format!(
                "the catalog's term as {role} ({}) had not begun on {}",
                terms
                    .iter()
                    .map(|t| term_text(t))
                    .collect::<Vec<_>>()
                    .join("; "),
                as_of.timex()
            ),
        };
        let shown = format!("{entity} as {role}");
        let group = Group {
            key: format!("entity={entity}\nrole={role}\narticle={}", c.article),
            shown: vec![shown.clone()],
            claims: vec![c],
        };
        out.push(one_claim_finding(rule, &group, shown, how, ctx));
    }
    out
}
