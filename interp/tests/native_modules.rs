//! Runs every script in tests/native_modules/ through the embedding API and
//! compares stdout and stderr with what python3 printed for it (NAME.out,
//! written by tests/native_modules/gen_expected.py). The scripts exercise
//! the native modules (_random, hashlib, struct, binascii, unicodedata,
//! time) and print only what CPython 3.4 and python3 agree on.

use kaa_interp::api::{Config, Interpreter, Limits};
use std::path::Path;

/// Replaces each `import NAME  # kaa: lib` line by the source of
/// interp/lib/NAME.py bound to a module-like object `NAME`, so a Python
/// module of ours runs end to end before the embedded-module loader lands.
/// Under python3 the line imports CPython's module, which is the reference.
fn inline_lib_imports(src: &str) -> Result<String, String> {
    let mut out = String::new();
    for line in src.lines() {
        match line
            .strip_prefix("import ")
            .and_then(|r| r.strip_suffix("  # kaa: lib"))
        {
            Some(name) => {
                let lib = Path::new(env!("CARGO_MANIFEST_DIR"))
                    .join("lib")
                    .join(format!("{}.py", name));
                let code = std::fs::read_to_string(&lib)
                    .map_err(|e| format!("{}: {}", lib.display(), e))?;
                out.push_str(&code);
                out.push_str(&format!(
                    "\nclass _LibModule:\n    pass\n_lib_globals = list(globals().items())\n{n} = _LibModule()\nfor _k, _v in _lib_globals:\n    setattr({n}, _k, _v)\n",
                    n = name
                ));
            }
            None => {
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    Ok(out)
}

fn run_one(path: &Path) -> Result<(), String> {
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("")
        .to_string();
    let src = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let src = inline_lib_imports(&src)?;
    let expected = std::fs::read_to_string(path.with_extension("out"))
        .map_err(|e| format!("{}: {}", name, e))?;
    let config = Config {
        limits: Limits::unlimited(),
        filename: name.clone(),
        argv: vec![name.clone()],
        ..Config::default()
    };
    let out = Interpreter::new(config).run(&src);
    let got = format!("{}--- exit {}\n{}", out.stdout, out.exit_code, out.stderr);
    if got == expected {
        return Ok(());
    }
    let diff: Vec<String> = got
        .lines()
        .zip(expected.lines())
        .enumerate()
        .filter(|(_, (a, b))| a != b)
        .take(3)
        .map(|(i, (a, b))| format!("  line {}: got {:?}\n          want {:?}", i + 1, a, b))
        .collect();
    Err(format!(
        "{}: output differs ({} vs {} lines)\n{}\n--- got tail:\n{}",
        name,
        got.lines().count(),
        expected.lines().count(),
        diff.join("\n"),
        got.lines().rev().take(6).collect::<Vec<_>>().join("\n")
    ))
}

#[test]
fn native_module_scripts_match_python3() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/native_modules");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    paths.retain(|p| p.extension().is_some_and(|e| e == "py") && !p.ends_with("gen_expected.py"));
    paths.sort();
    let only = std::env::var("KAA_ONLY").unwrap_or_default();
    let failures: Vec<String> = paths
        .iter()
        .filter(|p| only.is_empty() || p.to_string_lossy().contains(&only))
        .filter_map(|p| run_one(p).err())
        .collect();
    assert!(!paths.is_empty());
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
