//! Running the corpus in parallel and judging it against known-failures.txt.

use crate::case::{load_cases, Case};
use crate::http::Client;
use crate::inprocess;
use crate::known::{is_auto_reason, KnownFailures};
use crate::observed::{compare, compare_modes, Verdict};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

/// Where the cases run.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Through `kaa_interp::api` in this process.
    InProcess,
    /// Through a running service at this base URL.
    Http(String),
    /// Both; any difference between the two is a failure.
    Both(String),
}

/// What to run.
#[derive(Clone, Debug)]
pub struct Options {
    /// The `conformance/` directory (holding `cases/`, `expected/`, …).
    pub root: PathBuf,
    /// Only these categories (all when empty).
    pub categories: Vec<String>,
    /// Where to run.
    pub mode: Mode,
    /// Cases run at once.
    pub jobs: usize,
}

impl Options {
    /// The in-process suite over every category, from the crate's own
    /// directory, using all cores.
    pub fn in_process() -> Self {
        Options {
            root: PathBuf::from(env!("CARGO_MANIFEST_DIR")),
            categories: Vec::new(),
            mode: Mode::InProcess,
            jobs: std::thread::available_parallelism().map_or(2, |n| n.get()),
        }
    }

    /// `known-failures.txt` under the root.
    pub fn known_failures_path(&self) -> PathBuf {
        self.root.join("known-failures.txt")
    }
}

/// The verdict on one case.
#[derive(Clone, Debug)]
pub struct CaseResult {
    /// The category.
    pub category: String,
    /// `category/name`.
    pub key: String,
    /// Pass, or the first difference.
    pub verdict: Verdict,
}

/// Per-category counts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Cases run.
    pub cases: usize,
    /// Cases that matched CPython.
    pub passed: usize,
    /// Cases that did not.
    pub failed: usize,
    /// Failing cases listed in known-failures.txt.
    pub known: usize,
    /// Failing cases not listed, plus listed cases that pass.
    pub unexpected: usize,
}

/// The results of one suite run.
#[derive(Clone, Debug)]
pub struct Report {
    /// One result per case, in corpus order.
    pub results: Vec<CaseResult>,
    /// The known failures the run was judged against.
    pub known: KnownFailures,
    /// The categories that were run (empty = all).
    pub categories: Vec<String>,
}

fn judge_case(case: &Case, mode: &Mode, client: Option<&Client>) -> Verdict {
    let Some(expected) = &case.expected else {
        return Verdict::Fail("no expected file (run conformance/regen.py)".to_string());
    };
    let local = || match inprocess::run_case(case) {
        Ok(o) => Ok(o),
        Err(e) => Err(Verdict::Fail(e)),
    };
    let remote = || match client.map(|c| c.run_case(case)) {
        Some(Ok(o)) => Ok(o),
        Some(Err(e)) => Err(Verdict::Fail(e)),
        None => Err(Verdict::Fail("http: no client".to_string())),
    };
    match mode {
        Mode::InProcess => match local() {
            Ok(o) => compare(expected, &o),
            Err(v) => v,
        },
        Mode::Http(_) => match remote() {
            Ok(o) => compare(expected, &o),
            Err(v) => v,
        },
        Mode::Both(_) => {
            let (l, r) = (local(), remote());
            match (l, r) {
                (Ok(l), Ok(r)) => {
                    let modes = compare_modes(&l, &r);
                    if !modes.passed() {
                        return modes;
                    }
                    let vl = compare(expected, &l);
                    if !vl.passed() {
                        return vl;
                    }
                    compare(expected, &r)
                }
                (Err(v), _) | (_, Err(v)) => v,
            }
        }
    }
}

/// Runs the suite; `Err` when the corpus or the known failures cannot be
/// read, or the HTTP client cannot be built.
pub fn run(options: &Options) -> Result<Report, String> {
    let cases = load_cases(&options.root, &options.categories).map_err(|e| e.to_string())?;
    if cases.is_empty() {
        return Err("no cases found".to_string());
    }
    let known = KnownFailures::load(&options.known_failures_path())?;
    let client = match &options.mode {
        Mode::InProcess => None,
        Mode::Http(url) | Mode::Both(url) => Some(Client::new(url)?),
    };
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<CaseResult>>> = Mutex::new(vec![None; cases.len()]);
    std::thread::scope(|s| {
        for _ in 0..options.jobs.max(1) {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(case) = cases.get(i) else { break };
                let verdict = judge_case(case, &options.mode, client.as_ref());
                let r = CaseResult {
                    category: case.category.clone(),
                    key: case.key(),
                    verdict,
                };
                if let Ok(mut v) = results.lock() {
                    if let Some(slot) = v.get_mut(i) {
                        *slot = Some(r);
                    }
                }
            });
        }
    });
    let results = results
        .into_inner()
        .map_err(|_| "a worker thread panicked".to_string())?
        .into_iter()
        .flatten()
        .collect();
    Ok(Report {
        results,
        known,
        categories: options.categories.clone(),
    })
}

impl Report {
    /// Whether a listed entry belongs to the categories that were run.
    fn in_scope(&self, key: &str) -> bool {
        self.categories.is_empty()
            || key
                .split_once('/')
                .is_some_and(|(c, _)| self.categories.iter().any(|x| x == c))
    }

    /// Failing cases not listed in known-failures.txt.
    pub fn unlisted_failures(&self) -> Vec<&CaseResult> {
        self.results
            .iter()
            .filter(|r| !r.verdict.passed() && !self.known.contains(&r.key))
            .collect()
    }

    /// Listed cases that now pass (the list must shrink).
    pub fn fixed(&self) -> Vec<&CaseResult> {
        self.results
            .iter()
            .filter(|r| r.verdict.passed() && self.known.contains(&r.key))
            .collect()
    }

    /// Listed cases that no longer exist.
    pub fn stale_entries(&self) -> Vec<String> {
        self.known
            .entries
            .keys()
            .filter(|k| self.in_scope(k) && !self.results.iter().any(|r| &r.key == *k))
            .cloned()
            .collect()
    }

    /// Whether the run obeys the known-failures discipline.
    pub fn discipline_ok(&self) -> bool {
        self.unlisted_failures().is_empty()
            && self.fixed().is_empty()
            && self.stale_entries().is_empty()
    }

    /// Counts per category (sorted) and the total.
    pub fn counts(&self) -> (BTreeMap<String, Counts>, Counts) {
        let mut per: BTreeMap<String, Counts> = BTreeMap::new();
        let mut total = Counts::default();
        for r in &self.results {
            let listed = self.known.contains(&r.key);
            for c in [per.entry(r.category.clone()).or_default(), &mut total] {
                c.cases += 1;
                if r.verdict.passed() {
                    c.passed += 1;
                    if listed {
                        c.unexpected += 1;
                    }
                } else {
                    c.failed += 1;
                    if listed {
                        c.known += 1;
                    } else {
                        c.unexpected += 1;
                    }
                }
            }
        }
        (per, total)
    }

    /// The per-category table as Markdown.
    pub fn table(&self) -> String {
        let (per, total) = self.counts();
        let mut s = String::from(
            "| category | cases | passed | failed | known | unexpected |\n|---|---:|---:|---:|---:|---:|\n",
        );
        for (cat, c) in per
            .iter()
            .chain(std::iter::once((&"**total**".to_string(), &total)))
        {
            s.push_str(&format!(
                "| {} | {} | {} | {} | {} | {} |\n",
                cat, c.cases, c.passed, c.failed, c.known, c.unexpected
            ));
        }
        s
    }

    /// The closing line: `N passed, N failed`.
    pub fn summary_line(&self) -> String {
        let (_, t) = self.counts();
        format!("{} passed, {} failed", t.passed, t.failed)
    }

    /// The known failures rewritten from this run: every failing case, with
    /// its hand-written reason kept when it had one. Entries of categories
    /// that were not run are kept as they are.
    pub fn rewritten_known_failures(&self) -> KnownFailures {
        let mut out = KnownFailures::default();
        for (k, r) in &self.known.entries {
            if !self.in_scope(k) {
                out.entries.insert(k.clone(), r.clone());
            }
        }
        for r in &self.results {
            if let Verdict::Fail(reason) = &r.verdict {
                let keep = self
                    .known
                    .entries
                    .get(&r.key)
                    .filter(|old| !old.is_empty() && !is_auto_reason(old));
                out.entries.insert(
                    r.key.clone(),
                    keep.cloned().unwrap_or_else(|| reason.clone()),
                );
            }
        }
        out
    }
}
