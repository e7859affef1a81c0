//! Normalize: the corpus pass from what articles wrote to canonical values.
//!
//! Extraction is per article; normalization sees the whole run, because
//! whether "Aleksei Morozov" and "Aleksey Morozov" are one person depends
//! on what else was read. In order:
//! 1. link names to people ([`person`]);
//! 2. anchor each article's date expressions on its reference date
//!    ([`crate::temporal::anchor`]): the published date, or for an undated
//!    article one inferred from the events it shares with dated ones
//!    ([`anchor`]: the caller runs that pass and normalizes again);
//! 3. build [`Claim`]s: mentions, roles (organizations and countries via
//!    [`place`]), meetings and last meetings, each field with its span and a
//!    note on how it was normalized; bare titles standing for a participant
//!    resolve through the run's role claims, then the catalog's dated roles;
//! 4. decide which meeting claims report one event ([`meeting`]).

pub mod anchor;
pub mod date;
pub mod meeting;
pub mod names;
pub mod person;
pub mod place;

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;

use crate::extract::Extraction;
use crate::extract::meeting::Party;
use crate::load::Article;
use crate::model::{Claim, ClaimKind, Field, FieldValue, Value};
use crate::rules::catalog::Catalog;
use crate::temporal::{Anchor, Resolution, Timex};

/// Everything the compare stage needs.
pub struct Normalized {
    pub claims: Vec<Claim>,
    pub people: person::People,
    /// Person → the country or organization they act for, when known.
    pub delegations: HashMap<String, String>,
}

/// The date relative expressions of an article are resolved against: the
/// one the anchor pass set (published, or inferred from the corpus).
pub fn reference_date(a: &Article) -> Option<NaiveDate> {
    a.reference.map(|(d, _)| d)
}

/// A resolved date field, or `None` when the expression has no value.
fn date_field(text: &str, t: &Timex, r: &Resolution, a: &Article) -> Option<FieldValue> {
    let d = r.value.as_ref().ok()?;
    let written = &text[t.span.clone()];
    let on = r.anchor_date.map(|x| x.to_string()).unwrap_or_default();
    let how = match r.anchor {
        Anchor::None => "as written".to_string(),
        Anchor::Published => format!("from the article's date {on} ({})", a.published_from),
        Anchor::Corpus => format!("from the article's date {on}, inferred from the corpus"),
        Anchor::Speech => format!("from the date of the reported speech, {on}"),
        Anchor::Sentence => format!("from the date just mentioned, {on}"),
    };
    Some(FieldValue {
        value: Value::Date(*d),
        display: d.timex(),
        span: Some(t.span.clone()),
        note: format!("{written} → {}, {how}", d.timex()),
        anchor: Some(r.anchor),
    })
}

fn as_of_field(a: &Article) -> Option<FieldValue> {
    let (d, kind) = a.reference?;
    Some(FieldValue {
        value: Value::Date(date::DateInterval::day(d)),
        display: d.to_string(),
        span: None,
        note: match kind {
            Anchor::Corpus => "the article's date, inferred from the corpus".to_string(),
            _ => format!("the article's date ({})", a.published_from),
        },
        anchor: Some(kind),
    })
}

/// The person a bare title stands for: the holder named in the same
/// article, else the catalog's holder on the article's date.
fn resolve_title(
    role: &str,
    org: Option<&str>,
    local_roles: &[(String, Option<String>, String)],
    catalog: &Catalog,
    on: Option<NaiveDate>,
) -> Option<(String, String)> {
    let org_key = org.map(|o| place::org(catalog, o).key);
    let matches =
        |r: &str, o: Option<&str>| r == role && (org_key.is_none() || o == org_key.as_deref());
    if let Some((_, _, p)) = local_roles
        .iter()
        .find(|(r, o, _)| matches(r, o.as_deref()))
    {
        return Some((p.clone(), format!("the {role} named in the same article")));
    }
    for p in catalog.people_with_role(role) {
        for t in &p.roles {
            let org_t = t.org.as_deref().map(|o| place::org(catalog, o).key);
            if !matches(&t.role, org_t.as_deref()) {
                continue;
            }
            let in_term = on.is_none_or(|d| {
                let from_ok = t
                    .from
                    .as_deref()
                    .and_then(date::parse_full_date)
                    .is_none_or(|f| f <= d);
                let to_ok =
                    t.to.as_deref()
                        .and_then(date::parse_full_date)
                        .is_none_or(|x| d <= x);
                from_ok && to_ok
            });
            if in_term && (on.is_some() || t.to.is_none()) {
                return Some((
                    p.name.clone(),
                    format!("the catalog's {role} on the article's date"),
                ));
            }
        }
    }
    None
}

/// Builds the run's claims.
pub fn normalize(
    articles: &[Article],
    extractions: &[Extraction],
    catalog: &Catalog,
) -> Normalized {
    let people = person::link(extractions, catalog);
    let mut claims = Vec::new();
    let mut delegations: BTreeMap<String, String> = BTreeMap::new();
    for (a, ex) in extractions.iter().enumerate() {
        let article = &articles[a];
        let text = &article.text;
        let links = &people.links[a];
        let anchor = reference_date(article);
        let resolutions = crate::temporal::anchor(&ex.timexes, &ex.sentences, article.reference);
        let entity_of = |m: usize| {
            links[m]
                .as_ref()
                .map(|l| people.entities[l.entity].name.clone())
        };
        // mentions: one claim per person the article names
        let mut mention_claims: HashMap<String, usize> = HashMap::new();
        for (entity, m_i) in person::article_spellings(links, &ex.mentions) {
            let m = &ex.mentions[m_i];
            let reason = links[m_i]
                .as_ref()
                .map(|l| l.reason.clone())
                .unwrap_or_default();
            let name = &people.entities[entity].name;
            let mut claim = Claim {
                kind: ClaimKind::Mention,
                article: a,
                span: m.sentence.clone(),
                fields: Default::default(),
                claimed_by: None,
            };
            claim.fields.insert(
                Field::Surface,
                FieldValue::text(m.full(), m.full())
                    .with_span(m.span.clone())
                    .with_note(reason),
            );
            claim
                .fields
                .insert(Field::Entity, FieldValue::text(name.clone(), name.clone()));
            mention_claims.insert(name.clone(), claims.len());
            claims.push(claim);
        }
        // roles
        let mut local_roles: Vec<(String, Option<String>, String)> = Vec::new();
        let mut seen_roles: std::collections::HashSet<(String, Option<String>, String)> =
            std::collections::HashSet::new();
        for r in ex.roles.iter().filter(|r| r.current) {
            let Some(person) = entity_of(r.mention) else {
                continue;
            };
            let m = &ex.mentions[r.mention];
            let title = catalog.titles.iter().find(|t| t.role == r.role);
            let title_org = title.and_then(|t| t.org.clone());
            let one_holder =
                title.is_some_and(|t| t.holders == crate::rules::catalog::Holders::One);
            let org = match (&r.org, &title_org) {
                (Some((span, phrase)), _) => {
                    let res = place::org(catalog, phrase);
                    Some(
                        FieldValue::text(res.key.clone(), res.key)
                            .with_span(span.clone())
                            .with_note(res.note),
                    )
                }
                (None, Some(o)) => Some(
                    FieldValue::text(o.clone(), o.clone())
                        .with_span(r.title.clone())
                        .with_note(format!("implied by the title `{}`", &text[r.title.clone()])),
                ),
                (None, None) => None,
            };
            let org_key = org.as_ref().map(|o| o.value.key());
            let role_key = (r.role.clone(), org_key.clone(), person.clone());
            if !seen_roles.insert(role_key.clone()) {
                continue;
            }
            local_roles.push(role_key);
            // a date framing the sentence ("In 2019, ...", "On March 3, ...")
            // dates the role
            let in_sentence = ex
                .timexes
                .iter()
                .enumerate()
                .filter(|(_, t)| t.span.start >= m.sentence.start && t.span.end <= m.sentence.end)
                .find(|(_, t)| {
                    let lead = &text[m.sentence.start..t.span.start];
                    // after a dateline ("CITY (Wire) — In 2019, ...")
                    let lead = lead.rsplit(['—', '–']).next().unwrap_or(lead);
                    lead.split_whitespace().count() <= 1
                        && text[t.span.end..m.sentence.end]
                            .trim_start()
                            .starts_with(',')
                })
                .and_then(|(i, t)| date_field(text, t, &resolutions[i], article));
            let role_as_of = in_sentence.or_else(|| as_of_field(article));
            // the mention claim carries the first title the article gives
            if let Some(&c) = mention_claims.get(&person)
                && claims[c].get(Field::Role).is_none()
            {
                let mc = &mut claims[c];
                mc.fields.insert(
                    Field::Role,
                    FieldValue::text(r.role.clone(), r.role.clone())
                        .with_span(r.title.clone())
                        .with_note(format!("`{}` → {}", &text[r.title.clone()], r.role)),
                );
                if let Some(o) = &org {
                    mc.fields.insert(Field::Org, o.clone());
                }
                if let Some(d) = role_as_of.clone() {
                    mc.fields.insert(Field::AsOf, d);
                }
            }
            if let Some(o) = &org_key {
                let country = catalog
                    .org(o)
                    .and_then(|x| x.within.clone())
                    .unwrap_or_else(|| o.clone());
                delegations.entry(person.clone()).or_insert(country);
            }
            if !one_holder {
                continue;
            }
            let mut claim = Claim {
                kind: ClaimKind::Role,
                article: a,
                span: m.sentence.clone(),
                fields: Default::default(),
                claimed_by: None,
            };
            let reason = links[r.mention]
                .as_ref()
                .map(|l| l.reason.clone())
                .unwrap_or_default();
            let reading = format!(
                "{} of {}, from `{}`",
                r.role,
                org.as_ref()
                    .map_or("an unnamed organization", |o| o.display.as_str()),
                &text[r
                    .org
                    .as_ref()
                    .map_or(r.title.start, |(s, _)| s.start.min(r.title.start))
                    ..r.title.end]
            );
            claim.fields.insert(
                Field::Person,
                FieldValue::text(person.clone(), person.clone())
                    .with_span(m.span.clone())
                    .with_note(
                        if reason.starts_with("the spelling most used") || reason == "catalog name"
                        {
                            reading
                        } else {
                            format!("{reading}; {reason}")
                        },
                    ),
            );
            claim.fields.insert(
                Field::Role,
                FieldValue::text(r.role.clone(), r.role.clone())
                    .with_span(r.title.clone())
                    .with_note(format!("`{}` → {}", &text[r.title.clone()], r.role)),
            );
            if let Some(o) = org {
                claim.fields.insert(Field::Org, o);
            }
            if let Some(d) = role_as_of.clone() {
                claim.fields.insert(Field::AsOf, d);
            }
            claims.push(claim);
        }
        // dates written with their weekday ("Thursday, May 16, 2025"): an
        // event-date claim each, for the weekday check
        for (i, t) in ex.timexes.iter().enumerate() {
            let crate::temporal::When::Day {
                weekday: Some(wd), ..
            } = t.when
            else {
                continue;
            };
            let Some(date) = date_field(text, t, &resolutions[i], article) else {
                continue;
            };
            let sentence = ex
                .sentences
                .iter()
                .find(|s| s.start <= t.span.start && t.span.end <= s.end)
                .cloned()
                .unwrap_or(t.span.clone());
            let written = &text[t.span.clone()];
            let mut claim = Claim {
                kind: ClaimKind::EventDate,
                article: a,
                span: sentence,
                fields: Default::default(),
                claimed_by: None,
            };
            claim.fields.insert(
                Field::Event,
                FieldValue::text(
                    format!("{}@{}", article.path, t.span.start),
                    written.to_string(),
                )
                .with_span(t.span.clone()),
            );
            claim.fields.insert(Field::Date, date);
            let name = format!("{wd:?}");
            claim.fields.insert(
                Field::Weekday,
                FieldValue::text(name.clone(), name).with_span(t.span.clone()),
            );
            claims.push(claim);
        }
        // meetings
        for (k, m) in ex.meetings.iter().enumerate() {
            let resolve_party = |p: &Party| -> Option<(String, String)> {
                match p {
                    Party::Person(i) => {
                        let name = entity_of(*i)?;
                        let why = links[*i]
                            .as_ref()
                            .map(|l| l.reason.clone())
                            .unwrap_or_default();
                        Some((name, why))
                    }
                    Party::Title { role, org, .. } => {
                        resolve_title(role, org.as_deref(), &local_roles, catalog, anchor)
                    }
                }
            };
            let parties: Vec<(String, String)> =
                m.parties.iter().filter_map(resolve_party).collect();
            let mut absent: Vec<(String, String)> =
                m.absent.iter().filter_map(resolve_party).collect();
            // absences stated in the next sentence of the article
            // sentences are in text order: find them by binary search
            let index_of = |span: &crate::model::Span| {
                ex.sentences
                    .binary_search_by_key(&span.start, |s| s.start)
                    .ok()
            };
            let sentence_idx = index_of(&m.sentence);
            let next_meeting_sentence = ex.meetings.get(k + 1).and_then(|n| index_of(&n.sentence));
            let from = sentence_idx.map_or(usize::MAX, |s| s + 1);
            let first_absence = ex.absences.partition_point(|(si, _)| *si < from);
            for (si, mi) in &ex.absences[first_absence..] {
                if sentence_idx.is_none_or(|s| *si > s + 2) {
                    break;
                }
                if next_meeting_sentence.is_none_or(|n| *si < n)
                    && let Some(p) = resolve_party(&Party::Person(*mi))
                {
                    absent.push(p);
                }
            }
            let names: Vec<String> = {
                let mut v: Vec<String> = parties.iter().map(|p| p.0.clone()).collect();
                v.sort();
                v.dedup();
                v
            };
            if names.len() < 2 {
                continue;
            }
            let participants = FieldValue {
                value: Value::set(names.clone()),
                display: names.join(", "),
                span: Some(m.trigger.clone()),
                note: parties
                    .iter()
                    .map(|(n, why)| format!("{n} ({why})"))
                    .collect::<Vec<_>>()
                    .join("; "),
                anchor: None,
            };
            let date = m
                .date
                .and_then(|i| date_field(text, &ex.timexes[i], &resolutions[i], article));
            // a place name that names a person in the same sentence is
            // the person (a surname that is also a town's name)
            let names_person = |phrase: &str| {
                ex.mentions.iter().enumerate().any(|(j, pm)| {
                    pm.sentence == m.sentence
                        && links[j].is_some()
                        && (pm.surname == phrase || text[pm.span.clone()] == *phrase)
                })
            };
            let place = m
                .place
                .as_ref()
                .filter(|(_, p)| !names_person(p))
                .and_then(|(span, p)| place::place(catalog, p).map(|r| (span, r)))
                .map(|(span, r)| {
                    FieldValue::text(r.key, r.display)
                        .with_span(span.clone())
                        .with_note(r.note)
                });
            let claimed_by = m
                .claimed_by
                .as_ref()
                .and_then(|(_, who)| place::party(catalog, who))
                .map(|r| r.key);
            let mut claim = Claim {
                kind: if m.previous {
                    ClaimKind::PreviousMeeting
                } else {
                    ClaimKind::Meeting
                },
                article: a,
                span: m.sentence.clone(),
                fields: Default::default(),
                claimed_by,
            };
            claim.fields.insert(Field::Participants, participants);
            if m.previous {
                if let Some(d) = date {
                    claim.fields.insert(Field::LastDate, d);
                }
                if let Some(p) = place {
                    claim.fields.insert(Field::LastPlace, p);
                }
                if let Some(d) = as_of_field(article) {
                    claim.fields.insert(Field::AsOf, d);
                }
                claims.push(claim);
                continue;
            }
            claim.fields.insert(
                Field::Mode,
                FieldValue::text(m.mode.name(), m.mode.name()).with_span(m.trigger.clone()),
            );
            claim.fields.insert(
                Field::Status,
                FieldValue::text(m.status.name(), m.status.name()).with_span(m.trigger.clone()),
            );
            if let Some(d) = date {
                claim.fields.insert(Field::Date, d);
            }
            if let Some(p) = place {
                claim.fields.insert(Field::Place, p);
            }
            if let Some((span, o)) = &m.occasion {
                let r = place::occasion(catalog, o);
                claim.fields.insert(
                    Field::Occasion,
                    FieldValue::text(r.key, place::occasion_display(catalog, o))
                        .with_span(span.clone())
                        .with_note(r.note),
                );
            }
            if !absent.is_empty() {
                let mut v: Vec<String> = absent.iter().map(|p| p.0.clone()).collect();
                v.sort();
                v.dedup();
                claim.fields.insert(
                    Field::Absent,
                    FieldValue {
                        value: Value::set(v.clone()),
                        display: v.join(", "),
                        span: None,
                        note: "said not to attend".into(),
                        anchor: None,
                    },
                );
            }
            claims.push(claim);
        }
    }
    // people the catalog places in an organization
    for p in &catalog.people {
        if let Some(org) = p.roles.iter().rev().find_map(|r| r.org.clone()) {
            let country = catalog
                .org(&org)
                .and_then(|o| o.within.clone())
                .unwrap_or(org);
            delegations.entry(p.name.clone()).or_insert(country);
        }
    }
    meeting::assign_events(articles, &mut claims, catalog);
    Normalized {
        claims,
        people,
        delegations: delegations.into_iter().collect(),
    }
}
