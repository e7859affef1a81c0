//! Resolved settings: the config file, the flags and the built-in defaults,
//! merged once.
//!
//! `crosscheck.yaml` is found in the current folder or its ancestors (or
//! named with `--config`); paths in it are relative to its folder. Flags
//! override it: `--fail-on`, `--baseline` and `--sources` replace its
//! values; `--rules` and `--catalog` add to its paths. The rule pack starts
//! from the built-in one unless `--no-default-rules`.

use std::path::{Path, PathBuf};

use miette::Diagnostic;
use serde::Deserialize;

use crate::cli::{FailOn, PackArgs};
use crate::load::Filters;
use crate::load::furniture::Furniture;
use crate::load::manifest::Manifest;
use crate::model::Severity;
use crate::report::baseline::Baseline;
use crate::rules::{Pack, YamlError};

/// The config file's name.
pub const CONFIG_NAME: &str = "crosscheck.yaml";

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct ConfigFile {
    #[serde(default)]
    rule_paths: Vec<String>,
    #[serde(default)]
    catalog_paths: Vec<String>,
    #[serde(default)]
    include: Vec<String>,
    #[serde(default)]
    exclude: Vec<String>,
    #[serde(default)]
    fail_on: Option<FailOn>,
    #[serde(default)]
    baseline: Option<String>,
    #[serde(default)]
    sources: Option<String>,
    /// Reserved for the extraction cache; accepted and not yet used.
    #[serde(default)]
    cache: Option<serde_yaml::Value>,
    /// How to read "9/10/2025": `month-first` (the default) or `day-first`.
    #[serde(default)]
    slash_dates: Option<SlashDates>,
}

/// The order of day and month in slashed dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SlashDates {
    MonthFirst,
    DayFirst,
}

/// Why the run cannot go ahead as asked (exit 2).
#[derive(Debug, thiserror::Error, Diagnostic)]
pub enum SettingsError {
    #[error("problems in rule, catalog or config files")]
    Yaml(#[related] Vec<YamlError>),
    #[error("{0}")]
    Other(String),
}

impl From<Vec<YamlError>> for SettingsError {
    fn from(v: Vec<YamlError>) -> Self {
        SettingsError::Yaml(v)
    }
}

/// The config file in force, if any, and its folder.
pub struct Config {
    file: ConfigFile,
    dir: PathBuf,
    name: Option<String>,
}

fn find_config(explicit: Option<&Path>) -> Result<Config, SettingsError> {
    let path = match explicit {
        Some(p) => {
            if !p.is_file() {
                return Err(SettingsError::Other(format!(
                    "{}: config file not found",
                    p.display()
                )));
            }
            Some(p.to_path_buf())
        }
        None => {
            let cwd = std::env::current_dir().map_err(|e| SettingsError::Other(e.to_string()))?;
            cwd.ancestors()
                .map(|d| d.join(CONFIG_NAME))
                .find(|p| p.is_file())
        }
    };
    let Some(path) = path else {
        return Ok(Config {
            file: ConfigFile::default(),
            dir: PathBuf::from("."),
            name: None,
        });
    };
    let shown = crate::load::shown_path(&relative_to_cwd(&path));
    let text = std::fs::read_to_string(&path)
        .map_err(|e| SettingsError::Other(format!("{shown}: cannot read config: {e}")))?;
    crate::rules::check_depth(&shown, &text).map_err(|e| vec![*e])?;
    let file: ConfigFile = if text.trim().is_empty() {
        ConfigFile::default()
    } else {
        serde_yaml::from_str(&text).map_err(|e| vec![YamlError::from_serde(&shown, &text, &e)])?
    };
    let _ = &file.cache;
    let dir = path
        .parent()
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf);
    let dir = if dir.as_os_str().is_empty() {
        PathBuf::from(".")
    } else {
        dir
    };
    Ok(Config {
        file,
        dir,
        name: Some(shown),
    })
}

fn relative_to_cwd(p: &Path) -> PathBuf {
    match std::env::current_dir() {
        Ok(cwd) => p
            .strip_prefix(&cwd)
            .map(Path::to_path_buf)
            .unwrap_or_else(|_| p.to_path_buf()),
        Err(_) => p.to_path_buf(),
    }
}

/// Settings every command shares: the config and the loaded pack.
pub struct Common {
    pub pack: Pack,
    pub furniture: Furniture,
    pub config: Config,
    /// Read "9/10/2025" as 9 October (`slash_dates: day-first`).
    pub day_first: bool,
}

impl Common {
    pub fn config_name(&self) -> Option<&str> {
        self.config.name.as_deref()
    }
}

/// Loads the config and the rule pack.
pub fn common(args: &PackArgs) -> Result<Common, SettingsError> {
    let config = find_config(args.config.as_deref())?;
    let mut pack = Pack::defaults_with_rules(!args.no_default_rules)?;
    let mut errors = Vec::new();
    let from_config = config
        .file
        .rule_paths
        .iter()
        .chain(config.file.catalog_paths.iter())
        .map(|p| config.dir.join(p));
    let paths: Vec<PathBuf> = from_config
        .chain(args.rules.iter().cloned())
        .chain(args.catalog.iter().cloned())
        .collect();
    for p in paths {
        let shown = crate::load::shown_path(&p);
        if !p.exists() {
            errors.push(YamlError {
                file: shown.clone(),
                line: 0,
                column: 0,
                message: "no such file or directory".into(),
                src: miette::NamedSource::new(shown, String::new()),
                span: None,
                label: String::new(),
                help: None,
            });
            continue;
        }
        if let Err(mut e) = pack.add_path(&p, &shown) {
            errors.append(&mut e);
        }
    }
    if !errors.is_empty() {
        return Err(errors.into());
    }
    let furniture = Furniture::new(&pack.furniture);
    let day_first = config.file.slash_dates == Some(SlashDates::DayFirst);
    Ok(Common {
        pack,
        furniture,
        config,
        day_first,
    })
}

/// What a check run needs beyond [`Common`].
pub struct CheckSettings {
    pub manifest: Option<Manifest>,
    pub filters: Filters,
    pub fail_on: Option<Severity>,
    pub baseline: Option<Baseline>,
}

fn globs(
    patterns: &[String],
    what: &str,
    config: Option<&str>,
) -> Result<Option<globset::GlobSet>, SettingsError> {
    if patterns.is_empty() {
        return Ok(None);
    }
    let mut b = globset::GlobSetBuilder::new();
    for p in patterns {
        let g = globset::Glob::new(p).map_err(|e| {
            SettingsError::Other(format!(
                "{}: {what}: invalid glob `{p}`: {e}",
                config.unwrap_or(CONFIG_NAME)
            ))
        })?;
        b.add(g);
    }
    b.build()
        .map(Some)
        .map_err(|e| SettingsError::Other(e.to_string()))
}

/// Resolves the settings of `check` (and `claims`).
pub fn check(
    common: &Common,
    sources: Option<&Path>,
    fail_on: Option<FailOn>,
    baseline: Option<&Path>,
) -> Result<CheckSettings, SettingsError> {
    let cfg = &common.config;
    let manifest_path = sources
        .map(Path::to_path_buf)
        .or_else(|| cfg.file.sources.as_ref().map(|s| cfg.dir.join(s)));
    let manifest = match manifest_path {
        Some(p) => {
            if !p.is_file() {
                return Err(SettingsError::Other(format!(
                    "{}: manifest not found",
                    crate::load::shown_path(&p)
                )));
            }
            Some(
                Manifest::load(&p, &crate::load::shown_path(&p))
                    .map_err(|e| SettingsError::Yaml(vec![*e]))?,
            )
        }
        None => None,
    };
    let fail_on = match fail_on.or(cfg.file.fail_on).unwrap_or(FailOn::Error) {
        FailOn::Error => Some(Severity::Error),
        FailOn::Warning => Some(Severity::Warning),
        FailOn::Info => Some(Severity::Info),
        FailOn::Never => None,
    };
    let baseline_path = baseline
        .map(Path::to_path_buf)
        .or_else(|| cfg.file.baseline.as_ref().map(|b| cfg.dir.join(b)));
    let baseline = match baseline_path {
        Some(p) => Some(Baseline::load(&p).map_err(SettingsError::Other)?),
        None => None,
    };
    let name = cfg.name.as_deref();
    let filters = Filters {
        include: globs(&cfg.file.include, "include", name)?,
        exclude: globs(&cfg.file.exclude, "exclude", name)?,
        base: cfg.dir.clone(),
    };
    Ok(CheckSettings {
        manifest,
        filters,
        fail_on,
        baseline,
    })
}

/// The starter config `crosscheck init` writes.
pub const STARTER_CONFIG: &str = "\
# crosscheck configuration. Paths are relative to this file's folder.
# Extra rule, furniture and catalog files (added to the built-in pack):
rule_paths: []
catalog_paths: []
# Which walked files to read (globs); exclude wins over include.
include: []
exclude: []
# Lowest severity that fails the run: error, warning, info or never.
fail_on: error
# How to read 9/10/2025: month-first (September 10) or day-first.
slash_dates: month-first
# Accepted findings (written by `crosscheck check --write-baseline FILE`).
# baseline: crosscheck-baseline.json
# Each article's source, URL and publication date.
# sources: sources.yaml
";
