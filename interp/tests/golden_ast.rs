//! The golden AST corpus as an integration test.
//!
//! * Every `tests/golden/*.py` must give exactly its `.ast` file through
//!   `dump(parse(decode_source(bytes)))`. The `.ast` files hold what CPython
//!   3.4's `ast.dump(ast.parse(source))` prints (made by
//!   `python3 scripts/regen_golden.py`, never by hand).
//! * Every `tests/golden/errors/*.py` must fail with the exception class,
//!   message, line and offset recorded in its `.err` file.
//!
//! Each test checks the whole corpus, prints a summary naming every file that
//! did not match (a panic counts as a mismatch and does not stop the run), and
//! fails if there was any, except for the files listed in
//! `tests/golden/known-mismatches.txt` (deliberate differences, each with a
//! reason), which must still mismatch. `KAA_GOLDEN_FILTER=substring` limits the run to
//! matching file names; `KAA_GOLDEN_VERBOSE=1` prints where each mismatch
//! starts.

use std::fs;
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};

use kaa_interp::syntax::{decode_source, dump, parse, Mode, SyntaxError};

/// The folder holding the corpus.
fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("golden")
}

/// The `.py` files of `dir`, sorted, filtered by `KAA_GOLDEN_FILTER`.
fn python_files(dir: &Path) -> Vec<PathBuf> {
    let filter = std::env::var("KAA_GOLDEN_FILTER").unwrap_or_default();
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .filter(|p| file_name(p).contains(&filter))
        .collect();
    files.sort();
    files
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn verbose() -> bool {
    std::env::var("KAA_GOLDEN_VERBOSE").is_ok_and(|v| v != "0")
}

/// The names in `known-mismatches.txt` (relative to the golden folder).
fn known_mismatches() -> Vec<String> {
    let path = golden_dir().join("known-mismatches.txt");
    let text = fs::read_to_string(&path).unwrap_or_default();
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split_whitespace().next().map(str::to_string))
        .collect()
}

/// Runs the front end on raw bytes, turning a panic into an `Err` text.
fn front_end(bytes: &[u8]) -> Result<Result<String, SyntaxError>, String> {
    panic::catch_unwind(AssertUnwindSafe(|| {
        let source = decode_source(bytes)?;
        let tree = parse(&source, Mode::Exec)?;
        Ok(dump(&tree))
    }))
    .map_err(|payload| {
        payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "panic".to_string())
    })
}

/// Where two dumps first differ, with some context from each.
fn first_difference(expected: &str, actual: &str) -> String {
    let at = expected
        .bytes()
        .zip(actual.bytes())
        .position(|(a, b)| a != b)
        .unwrap_or_else(|| expected.len().min(actual.len()));
    let window = |s: &str| {
        let mut start = at.saturating_sub(40).min(s.len());
        while !s.is_char_boundary(start) {
            start -= 1;
        }
        let mut end = (at + 60).min(s.len());
        while !s.is_char_boundary(end) {
            end += 1;
        }
        s.get(start..end).unwrap_or_default().to_string()
    };
    format!(
        "byte {at}:\n      expected …{}…\n      actual   …{}…",
        window(expected),
        window(actual)
    )
}

/// Runs `check` on every case in a thread with a fixed 8 MiB stack (what a
/// main thread gets on Linux), prints the summary and fails on a mismatch
/// that is not a known one, or on a known one that now matches. `prefix` is
/// how `known-mismatches.txt` names this suite's files (`""` or `"errors/"`).
fn run_suite(
    title: &str,
    prefix: &str,
    files: Vec<PathBuf>,
    check: fn(&Path) -> Result<(), String>,
) {
    let handle = std::thread::Builder::new()
        .name(title.to_string())
        .stack_size(8 << 20)
        .spawn(move || {
            // Silence the default hook: a panicking case is reported in the summary.
            let old_hook = panic::take_hook();
            panic::set_hook(Box::new(|_| {}));
            let results: Vec<(String, Result<(), String>)> =
                files.iter().map(|p| (file_name(p), check(p))).collect();
            panic::set_hook(old_hook);
            results
        })
        .expect("spawn the corpus thread");
    let results = handle.join().expect("the corpus thread itself panicked");
    let known = known_mismatches();
    let is_known = |name: &str| known.iter().any(|k| *k == format!("{prefix}{name}"));
    let total = results.len();
    assert!(total > 0, "{title}: no corpus files found");
    let mut unexpected = 0;
    let mut matched = 0;
    for (name, result) in &results {
        match (result, is_known(name)) {
            (Ok(()), false) => matched += 1,
            (Ok(()), true) => {
                unexpected += 1;
                println!("  NOW MATCHES {name}: remove it from known-mismatches.txt");
            }
            (Err(why), known) => {
                if !known {
                    unexpected += 1;
                }
                let label = if known { "KNOWN" } else { "MISMATCH" };
                let why = if verbose() {
                    why.as_str()
                } else {
                    why.lines().next().unwrap_or("")
                };
                println!("  {label} {name}: {why}");
            }
        }
    }
    let known_count = results
        .iter()
        .filter(|(n, r)| r.is_err() && is_known(n))
        .count();
    println!(
        "{title}: {matched} of {total} match, {} mismatch ({known_count} known)",
        total - matched
    );
    assert!(
        unexpected == 0,
        "{title}: {unexpected} unexpected result(s) among {total} files (see the list above; \
         KAA_GOLDEN_VERBOSE=1 shows details)"
    );
}

fn check_valid(path: &Path) -> Result<(), String> {
    let bytes = fs::read(path).map_err(|e| format!("cannot read: {e}"))?;
    let golden = path.with_extension("ast");
    let expected = fs::read_to_string(&golden).map_err(|e| {
        format!(
            "cannot read {}: {e} (run scripts/regen_golden.py)",
            file_name(&golden)
        )
    })?;
    let expected = expected.strip_suffix('\n').unwrap_or(&expected);
    match front_end(&bytes) {
        Err(panic_msg) => Err(format!("panicked: {panic_msg}")),
        Ok(Err(e)) => Err(format!(
            "{}: {} (line {}, offset {})",
            e.kind.name(),
            e.msg,
            e.line,
            e.offset
        )),
        Ok(Ok(actual)) if actual == expected => Ok(()),
        Ok(Ok(actual)) => Err(format!(
            "dump differs at {}",
            first_difference(expected, &actual)
        )),
    }
}

/// The fields of an `.err` file.
struct ExpectedError {
    kind: String,
    msg: String,
    line: u32,
    offset: u32,
}

fn read_expected_error(path: &Path) -> Result<ExpectedError, String> {
    let text = fs::read_to_string(path).map_err(|e| {
        format!(
            "cannot read {}: {e} (run scripts/regen_golden.py)",
            file_name(path)
        )
    })?;
    let field = |key: &str| -> Result<String, String> {
        text.lines()
            .find_map(|l| l.strip_prefix(key).and_then(|rest| rest.strip_prefix(": ")))
            .map(str::to_string)
            .ok_or_else(|| format!("{}: no `{key}:` line", file_name(path)))
    };
    let number = |key: &str| -> Result<u32, String> {
        field(key)?
            .parse()
            .map_err(|e| format!("{}: bad {key}: {e}", file_name(path)))
    };
    Ok(ExpectedError {
        kind: field("type")?,
        msg: field("msg")?,
        line: number("line")?,
        offset: number("offset")?,
    })
}

fn check_error(path: &Path) -> Result<(), String> {
    let bytes = fs::read(path).map_err(|e| format!("cannot read: {e}"))?;
    let want = read_expected_error(&path.with_extension("err"))?;
    let want_text = format!(
        "{}: {} (line {}, offset {})",
        want.kind, want.msg, want.line, want.offset
    );
    match front_end(&bytes) {
        Err(panic_msg) => Err(format!("panicked: {panic_msg}")),
        Ok(Ok(_)) => Err(format!("accepted; expected {want_text}")),
        Ok(Err(e)) => {
            let got = format!(
                "{}: {} (line {}, offset {})",
                e.kind.name(),
                e.msg,
                e.line,
                e.offset
            );
            if got == want_text {
                Ok(())
            } else {
                Err(format!("got {got}; expected {want_text}"))
            }
        }
    }
}

#[test]
fn golden_ast_corpus() {
    run_suite(
        "golden AST corpus",
        "",
        python_files(&golden_dir()),
        check_valid,
    );
}

#[test]
fn golden_syntax_errors() {
    run_suite(
        "golden syntax errors",
        "errors/",
        python_files(&golden_dir().join("errors")),
        check_error,
    );
}
