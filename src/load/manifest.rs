//! The sources manifest: what an editor knows about each article that the
//! text may not say (outlet, URL, publication date, encoding).
//!
//! ```yaml
//! articles:
//!   - {path: 000.txt, source: Example Daily, published: 2025-09-24, url: https://...}
//! ```
//! Paths are relative to the manifest's folder. The manifest is read only
//! when named (`--sources FILE` or `sources:` in the config), never picked
//! up by walking a folder.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::rules::YamlError;

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub path: String,
    #[serde(default)]
    pub source: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub published: Option<String>,
    #[serde(default)]
    pub encoding: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    articles: Vec<Entry>,
}

/// Entries by the canonical path of the article they describe.
#[derive(Debug, Default)]
pub struct Manifest {
    entries: HashMap<PathBuf, Entry>,
    /// Where the manifest came from, for messages.
    pub name: String,
    /// Entries whose file does not exist (reported as warnings).
    pub missing: Vec<String>,
}

impl Manifest {
    /// Reads and validates a manifest; `shown` is its name in errors.
    pub fn load(path: &Path, shown: &str) -> Result<Manifest, Box<YamlError>> {
        let text = std::fs::read_to_string(path).map_err(|e| {
            YamlError::at(
                shown,
                "",
                0..0,
                format!("cannot read manifest: {e}"),
                "",
                None,
            )
        })?;
        crate::rules::check_depth(shown, &text)?;
        let file: File = serde_yaml::from_str(&text)
            .map_err(|e| Box::new(YamlError::from_serde(shown, &text, &e)))?;
        let pos = super::super::rules::positions::Positions::index(&text);
        let base = path.parent().unwrap_or(Path::new("."));
        let mut entries = HashMap::new();
        let mut missing = Vec::new();
        for (i, e) in file.articles.into_iter().enumerate() {
            if let Some(p) = &e.published
                && crate::normalize::date::parse_full_date(p).is_none()
            {
                let r = pos
                    .find(&format!("articles[{i}].published"))
                    .unwrap_or(0..1);
                return Err(Box::new(YamlError::at(
                    shown,
                    &text,
                    r,
                    format!("articles[{i}].published: `{p}` is not a date"),
                    "expected YYYY-MM-DD",
                    None,
                )));
            }
            let full = base.join(&e.path);
            if !full.is_file() {
                missing.push(e.path.clone());
            }
            let key = std::fs::canonicalize(&full).unwrap_or(full);
            if entries.contains_key(&key) {
                let r = pos.find(&format!("articles[{i}].path")).unwrap_or(0..1);
                return Err(Box::new(YamlError::at(
                    shown,
                    &text,
                    r,
                    format!("articles[{i}].path: `{}` is listed twice", e.path),
                    "listed before",
                    Some("give each article one entry".into()),
                )));
            }
            entries.insert(key, e);
        }
        Ok(Manifest {
            entries,
            name: shown.to_string(),
            missing,
        })
    }

    /// The entry for an article at `path`, if the manifest has one.
    pub fn get(&self, path: &Path) -> Option<&Entry> {
        if self.entries.is_empty() {
            return None;
        }
        let key = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        self.entries.get(&key)
    }
}
