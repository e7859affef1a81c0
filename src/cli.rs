//! Flags as typed by the user, nothing more.
//!
//! This is the raw layer (ripgrep's `LowArgs`): clap parses the command line
//! into these structs. Reading the config file, merging it with the flags
//! and loading rules happens once, in [`crate::settings`].

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

#[derive(Debug, Parser)]
#[command(
    name = "crosscheck",
    version,
    about = "Cross-source fact-consistency checker for news",
    long_about = "crosscheck reads articles from many outlets, extracts the facts each one states, \
normalizes them and reports every disagreement between sources, quoting each article involved."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check articles against each other (and against an archive).
    Check(CheckArgs),
    /// Show what was extracted from articles and how it was normalized.
    Claims(ClaimsArgs),
    /// Show every date expression of articles and what it resolves to.
    Dates(DatesArgs),
    /// List or validate rules.
    #[command(subcommand)]
    Rules(RulesCommand),
    /// Print a rule's documentation: its help, its check, its examples.
    Explain {
        /// A rule id (`crosscheck rules list` shows them).
        id: String,
        #[command(flatten)]
        pack: PackArgs,
    },
    /// Write a starter crosscheck.yaml in the current folder.
    Init,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Human,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FailOn {
    Error,
    Warning,
    Info,
    Never,
}

/// Where rules and the catalog come from.
#[derive(Debug, Args, Default, Clone)]
pub struct PackArgs {
    /// Config file (default: crosscheck.yaml here or in a parent folder).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Add rules from a YAML file or folder (repeatable).
    #[arg(long = "rules", value_name = "PATH")]
    pub rules: Vec<PathBuf>,
    /// Add catalog entries from a YAML file or folder (repeatable).
    #[arg(long = "catalog", value_name = "PATH")]
    pub catalog: Vec<PathBuf>,
    /// Start from no rules instead of the built-in ones (the built-in catalog
    /// and furniture markers stay).
    #[arg(long)]
    pub no_default_rules: bool,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Files or folders to check; `-` reads standard input (default: `.`).
    #[arg(value_name = "PATHS")]
    pub paths: Vec<PathBuf>,
    /// Earlier reporting to compare against; findings must involve PATHS.
    #[arg(long, value_name = "ARCHIVE")]
    pub against: Vec<PathBuf>,
    #[command(flatten)]
    pub pack: PackArgs,
    /// Manifest giving each article's source, URL and date.
    #[arg(long, value_name = "FILE")]
    pub sources: Option<PathBuf>,
    /// Name to show for standard input.
    #[arg(long, value_name = "NAME")]
    pub stdin_filename: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// Write the report here instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Lowest severity that fails the run (exit 1).
    #[arg(long, value_enum)]
    pub fail_on: Option<FailOn>,
    /// Accepted findings: counted as baselined, not reported.
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,
    /// Record this run's findings as a baseline.
    #[arg(long, value_name = "FILE")]
    pub write_baseline: Option<PathBuf>,
    /// Threads for reading and extracting articles (default: all cores).
    #[arg(long, short = 'j', value_name = "N")]
    pub jobs: Option<usize>,
    /// Do not print the summary to standard error when writing to a file.
    #[arg(long, short = 'q')]
    pub quiet: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ClaimsFormat {
    Table,
    Json,
}

#[derive(Debug, Args)]
pub struct ClaimsArgs {
    /// Articles to read (all are read together, as in a check).
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    #[command(flatten)]
    pub pack: PackArgs,
    /// Manifest giving each article's source, URL and date.
    #[arg(long, value_name = "FILE")]
    pub sources: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ClaimsFormat::Table)]
    pub format: ClaimsFormat,
}

#[derive(Debug, Args)]
pub struct DatesArgs {
    /// Articles to read (all are read together, as in a check).
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Resolve against this date instead of each article's own.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub date: Option<String>,
    #[command(flatten)]
    pub pack: PackArgs,
    /// Manifest giving each article's source, URL and date.
    #[arg(long, value_name = "FILE")]
    pub sources: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ClaimsFormat::Table)]
    pub format: ClaimsFormat,
}

#[derive(Debug, Subcommand)]
pub enum RulesCommand {
    /// List the rules in force.
    List {
        #[command(flatten)]
        pack: PackArgs,
    },
    /// Validate rule, catalog and furniture files (default: those in force).
    Validate {
        /// Files or folders to validate on their own.
        paths: Vec<PathBuf>,
        #[command(flatten)]
        pack: PackArgs,
    },
}
