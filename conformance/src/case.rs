//! Loading cases (`cases/<category>/<name>.py` + optional `.stdin`) and their
//! CPython-produced expectations (`expected/<category>/<name>.json`).

use serde::Deserialize;
use std::fs;
use std::path::{Path, PathBuf};

/// What CPython did with a case, as recorded by `regen.py`.
#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct Expected {
    /// Everything written to stdout.
    pub stdout: String,
    /// The process exit status.
    pub exit_code: i32,
    /// The uncaught exception's type as the last traceback line names it.
    pub error_type: Option<String>,
    /// The text after `Type: ` in that line (empty when there is none).
    pub error_message: Option<String>,
    /// The whole normalised stderr, for cases that compare it.
    #[serde(default)]
    pub stderr: Option<String>,
    /// Why the record holds 3.4 behaviour instead of what python3 printed.
    #[serde(default)]
    pub py34_override: Option<String>,
}

/// One conformance case.
#[derive(Clone, Debug)]
pub struct Case {
    /// The category (a CPython test-module name).
    pub category: String,
    /// The file stem.
    pub name: String,
    /// The Python source.
    pub source: String,
    /// Standard input (empty without a `.stdin` file).
    pub stdin: String,
    /// The expectation, or `None` when `regen.py` has not been run for it.
    pub expected: Option<Expected>,
}

impl Case {
    /// `category/name`, the key used in known-failures.txt.
    pub fn key(&self) -> String {
        format!("{}/{}", self.category, self.name)
    }

    /// The file name given to the interpreter (as CPython's normalised
    /// traceback shows it).
    pub fn filename(&self) -> String {
        format!("{}.py", self.name)
    }
}

/// Errors while loading the corpus.
#[derive(Debug)]
pub enum LoadError {
    /// A file could not be read.
    Io(PathBuf, std::io::Error),
    /// An expected file is not valid JSON of the right shape.
    BadExpected(PathBuf, serde_json::Error),
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LoadError::Io(p, e) => write!(f, "{}: {}", p.display(), e),
            LoadError::BadExpected(p, e) => write!(f, "{}: {}", p.display(), e),
        }
    }
}

impl std::error::Error for LoadError {}

fn read(path: &Path) -> Result<String, LoadError> {
    fs::read_to_string(path).map_err(|e| LoadError::Io(path.to_path_buf(), e))
}

fn sorted_entries(dir: &Path) -> Result<Vec<PathBuf>, LoadError> {
    let mut v: Vec<PathBuf> = fs::read_dir(dir)
        .map_err(|e| LoadError::Io(dir.to_path_buf(), e))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    v.sort();
    Ok(v)
}

/// Loads every case under `root/cases` (only `categories` when not empty),
/// sorted by category and name.
pub fn load_cases(root: &Path, categories: &[String]) -> Result<Vec<Case>, LoadError> {
    let mut cases = Vec::new();
    for dir in sorted_entries(&root.join("cases"))? {
        if !dir.is_dir() {
            continue;
        }
        let category = dir
            .file_name()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        if !categories.is_empty() && !categories.contains(&category) {
            continue;
        }
        for file in sorted_entries(&dir)? {
            if file.extension().and_then(|e| e.to_str()) != Some("py") {
                continue;
            }
            let name = file
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            let source = read(&file)?;
            let stdin_path = file.with_extension("stdin");
            let stdin = if stdin_path.exists() {
                read(&stdin_path)?
            } else {
                String::new()
            };
            let exp_path = root
                .join("expected")
                .join(&category)
                .join(format!("{name}.json"));
            let expected = if exp_path.exists() {
                let text = read(&exp_path)?;
                Some(
                    serde_json::from_str(&text)
                        .map_err(|e| LoadError::BadExpected(exp_path.clone(), e))?,
                )
            } else {
                None
            };
            cases.push(Case {
                category: category.clone(),
                name,
                source,
                stdin,
                expected,
            });
        }
    }
    Ok(cases)
}
