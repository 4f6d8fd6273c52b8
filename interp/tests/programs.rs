//! Runs every program in tests/programs/ through the embedding API and
//! compares stdout, exit status and stderr with the output CPython produced
//! (NAME.out, written by tests/programs/gen_expected.py; python3's output
//! normalised towards 3.4).

use kaa_interp::api::{Config, Interpreter, Limits};
use std::path::Path;

fn run_one(path: &Path) -> Result<(), String> {
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("")
        .to_string();
    let src = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let expected = std::fs::read_to_string(path.with_extension("out"))
        .map_err(|e| format!("{}: {}", name, e))?;
    let stdin = std::fs::read_to_string(path.with_extension("stdin")).unwrap_or_default();
    let config = Config {
        limits: Limits::unlimited(),
        stdin,
        filename: name.clone(),
        argv: vec![name.clone()],
        ..Config::default()
    };
    let out = Interpreter::new(config).run(&src);
    let got = format!("{}--- exit {}\n{}", out.stdout, out.exit_code, out.stderr);
    if got == expected {
        Ok(())
    } else {
        let diff: Vec<String> = got
            .lines()
            .zip(expected.lines())
            .enumerate()
            .filter(|(_, (a, b))| a != b)
            .take(3)
            .map(|(i, (a, b))| format!("  line {}: got {:?}\n          want {:?}", i + 1, a, b))
            .collect();
        Err(format!(
            "{}: output differs ({} vs {} lines)\n{}",
            name,
            got.lines().count(),
            expected.lines().count(),
            diff.join("\n")
        ))
    }
}

#[test]
fn programs_match_cpython() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/programs exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().map(|x| x == "py").unwrap_or(false))
        .filter(|p| !p.ends_with("gen_expected.py"))
        .collect();
    paths.sort();
    let filter = std::env::var("KAA_PROGRAM").unwrap_or_default();
    let mut failures = Vec::new();
    let mut passed = 0;
    for p in &paths {
        if !filter.is_empty() && !p.to_string_lossy().contains(&filter) {
            continue;
        }
        match run_one(p) {
            Ok(()) => passed += 1,
            Err(e) => failures.push(e),
        }
    }
    eprintln!("{} passed, {} failed", passed, failures.len());
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}
