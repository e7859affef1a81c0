//! Baselines: findings a team has accepted.
//!
//! `--write-baseline FILE` records the run's findings as
//! `{"version":1,"findings":[{"id","rule","subject","values"}]}`;
//! `--baseline FILE` then counts a finding with the same id and the same
//! values as baselined instead of reporting it. When its values change,
//! it is reported again.

use std::path::Path;

use serde::{Deserialize, Serialize};

use super::Finding;

#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
pub struct Entry {
    pub id: String,
    pub rule: String,
    pub subject: String,
    pub values: Vec<String>,
}

#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Baseline {
    pub version: u32,
    pub findings: Vec<Entry>,
}

fn values_of(f: &Finding) -> Vec<String> {
    let mut v: Vec<String> = f.values.iter().map(|v| v.value.clone()).collect();
    v.sort();
    v
}

impl Baseline {
    pub fn of(findings: &[Finding]) -> Baseline {
        Baseline {
            version: 1,
            findings: findings
                .iter()
                .map(|f| Entry {
                    id: f.id.clone(),
                    rule: f.rule.clone(),
                    subject: f.subject.clone(),
                    values: values_of(f),
                })
                .collect(),
        }
    }

    pub fn load(path: &Path) -> Result<Baseline, String> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("{}: cannot read baseline: {e}", path.display()))?;
        let b: Baseline = serde_json::from_str(&text).map_err(|e| {
            format!(
                "{}:{}:{}: not a baseline: {e}",
                path.display(),
                e.line(),
                e.column()
            )
        })?;
        if b.version != 1 {
            return Err(format!(
                "{}: baseline version {} is not supported (expected 1)",
                path.display(),
                b.version
            ));
        }
        Ok(b)
    }

    /// Whether the baseline accepts this finding as it stands.
    pub fn covers(&self, f: &Finding) -> bool {
        let values = values_of(f);
        self.findings
            .iter()
            .any(|e| e.id == f.id && e.values == values)
    }
}
