//! One test binary (as in ripgrep): each module pins one area.
//!
//! - `adversarial`: hostile files and configuration, injection, input order.
//! - `baseline`: baselines, stable ids, --fail-on, --no-default-rules.
//! - `cli`: transcripts (trycmd) of commands, their exit codes and error
//!   rendering, under `tests/cmd/`.
//! - `seeds`: the five seed articles (`fixtures/seeds/`) against
//!   `tests/seeds/EXPECTED.md`.
//! - `load`: files that are not articles, encodings, accounting.
//! - `fixtures`: our own fixture cases, one test each.
//! - `dates`: the temporal engine against the seeds and the date corpora.
//! - `determinism`: byte-identical output across runs and thread counts.
//! - `properties`: the temporal engine never panics, spans stay valid,
//!   output is deterministic (proptest).
//! - `names`: person-name linking against the name-variant pairs.
//! - `places`: the gazetteer's size and containment across continents.
//! - `hygiene`: no names of people, outlets or events in `src/`.

mod adversarial;
mod baseline;
mod cli;
mod dates;
mod determinism;
mod fixtures;
mod hygiene;
mod load;
mod names;
mod places;
mod properties;
mod seeds;
mod util;
