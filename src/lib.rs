//! crosscheck: a cross-source fact-consistency checker for news.
//!
//! It reads articles from many outlets, extracts the facts each one
//! states, normalizes them, compares them across sources under rules
//! written in YAML, and reports every disagreement with diagnostics that
//! quote each article involved.
//!
//! ```text
//! paths ─► load ─► extract ─► normalize ─► anchor ─► normalize ─► compare ─► report
//!          per article (parallel,   corpus pass  undated     again, with   per group   one model,
//!          anchor-free)                          articles    inferred      (keys)      many formats
//!                                                get a date  dates
//! ```
//!
//! - [`load`]: walk the paths, decode, split front matter, mark page
//!   furniture, check the language, work out source / published / URL with
//!   their provenance. Every file becomes an [`load::Article`] or a
//!   [`load::Skip`] with its reason.
//! - [`extract`]: per article and independent of every other one:
//!   sentences, person mentions, roles, meetings and calls, and date
//!   expressions ([`temporal`]: found with their tense and dated speech,
//!   not yet anchored). This is the cacheable, parallel unit.
//! - [`normalize`]: over the whole run: link names to canonical people
//!   (catalog, then romanization rules, [`normalize::names`], looked up by
//!   key), resolve places (catalog, then the compiled-in gazetteer
//!   [`geo`], with containment: [`rules::places`]), anchor each article's
//!   dates on its reference date, build [`model::Claim`]s whose fields
//!   hold canonical values with spans and notes, and decide which meeting
//!   reports are one event.
//! - the anchor pass ([`normalize::anchor`]): an undated article that
//!   reports a meeting a dated one reports too gets a reference date
//!   inferred from it (marked `corpus`); the run is normalized again.
//! - [`compare`]: for each rule, bucket claims by the rule's blocking key
//!   (`same` fields plus `claimed_by`; never all pairs) and run its check.
//! - [`report`]: one [`report::Report`] (findings after suppressions and
//!   baseline, skips, a summary accounting for every file), rendered by one
//!   file per format.
//!
//! Around them: [`cli`] (flags only) → [`settings`] (config + flags +
//! built-in defaults, resolved once) → [`app`] (the commands and their exit
//! codes); [`rules`] parses and validates the YAML users write, and holds
//! the catalog (people, places, titles, outlets) over the gazetteer that
//! `build.rs` compiles from `data/gazetteer/`.

pub mod model;

pub mod app;
pub mod cli;
pub mod compare;
pub mod extract;
pub mod geo;
pub mod load;
pub mod location;
pub mod normalize;
pub mod report;
pub mod rules;
pub mod settings;
pub mod temporal;
