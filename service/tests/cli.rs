//! The `kaa` command line (GUIDE §2), run as a real process. Expected
//! outputs are python3's for the same programs.

use std::io::Write;
use std::process::{Command, Output, Stdio};

const KAA: &str = env!("CARGO_BIN_EXE_kaa");

fn kaa(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(KAA)
        .args(args)
        .env_remove("KAA_TIMEOUT")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run kaa");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn temp_file(name: &str, contents: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("kaa-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, contents).unwrap();
    path
}

// ---- no VM needed ----

#[test]
fn missing_file_reads_like_python3() {
    let out = kaa(&["run", "no-such-file.py"], "");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        text(&out.stderr),
        "kaa: can't open file 'no-such-file.py': [Errno 2] No such file or directory\n"
    );
    let out = kaa(&["ast", "no-such-file.py"], "");
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn non_utf8_source_names_the_file_run() {
    let dir = std::env::temp_dir().join(format!("kaa-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("latin1_prog.py");
    std::fs::write(&path, b"print('\xe9')\n").unwrap();
    let shown = path.to_str().unwrap();
    let out = kaa(&["run", shown], "");
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(
        err.contains(&format!(
            "SyntaxError: Non-UTF-8 code starting with '\\xe9' in file {} on line 1,",
            shown
        )),
        "{}",
        err
    );
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(kaa(&["run"], "").status.code(), Some(2));
    assert_eq!(kaa(&["frobnicate"], "").status.code(), Some(2));
    assert_eq!(
        kaa(&["run", "--max-memory", "12X", "-c", "pass"], "")
            .status
            .code(),
        Some(2)
    );
    assert_eq!(
        kaa(&["run", "--timeout", "-1", "-c", "pass"], "")
            .status
            .code(),
        Some(2)
    );
    assert_eq!(kaa(&["--help"], "").status.code(), Some(0));
}

// ---- need the lexer/parser ----

#[test]
fn ast_matches_cpython_34_dump() {
    let src = "x = 1 + 2\nprint(x)\n";
    let path = temp_file("ast1.py", src);
    let out = kaa(&["ast", path.to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    // python3 /work/shared/tools/ast34.py on the same file:
    let expected = "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Num(n=1), op=Add(), right=Num(n=2))), Expr(value=Call(func=Name(id='print', ctx=Load()), args=[Name(id='x', ctx=Load())], keywords=[], starargs=None, kwargs=None))])\n";
    assert_eq!(text(&out.stdout), expected);
}

#[test]
fn syntax_error_in_ast_and_run() {
    let path = temp_file("bad.py", "x = 1\ny = = 2\n");
    let shown = path.to_str().unwrap();
    let expected = format!(
        "  File \"{shown}\", line 2\n    y = = 2\n        ^\nSyntaxError: invalid syntax\n"
    );
    let out = kaa(&["ast", shown], "");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(text(&out.stderr), expected);
    let out = kaa(&["run", shown], "");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(text(&out.stderr), expected);
}

#[test]
fn tokens_lists_every_token() {
    let path = temp_file("tok.py", "if x:\n    y = 1\n");
    let out = kaa(&["tokens", path.to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let listing = text(&out.stdout);
    for kind in [
        "NAME 'if' 1:0",
        "NAME 'x' 1:3",
        "COLON ':' 1:4",
        "NEWLINE",
        "INDENT '    ' 2:0",
        "NUMBER '1' 2:8",
        "DEDENT",
        "ENDMARKER",
    ] {
        assert!(listing.contains(kind), "{kind} missing from\n{listing}");
    }
}

// ---- need the VM ----

#[test]
fn run_code_and_argv() {
    let out = kaa(&["run", "-c", "import sys; print(sys.argv)", "a", "-b"], "");
    assert_eq!(
        text(&out.stdout),
        "['-c', 'a', '-b']\n",
        "{}",
        text(&out.stderr)
    );
    assert_eq!(out.status.code(), Some(0));
    let path = temp_file("argv.py", "import sys\nprint(sys.argv[1:])\n");
    let out = kaa(&["run", path.to_str().unwrap(), "x", "--y"], "");
    assert_eq!(text(&out.stdout), "['x', '--y']\n", "{}", text(&out.stderr));
}

#[test]
fn stdin_reaches_the_program() {
    let out = kaa(
        &["run", "-c", "print(input().upper())\nprint(input())"],
        "hello\nworld\n",
    );
    assert_eq!(text(&out.stdout), "HELLO\nworld\n", "{}", text(&out.stderr));
}

#[test]
fn exit_statuses() {
    let out = kaa(&["run", "-c", "import sys\nsys.exit(3)"], "");
    assert_eq!(out.status.code(), Some(3), "{}", text(&out.stderr));
    let out = kaa(&["run", "-c", "import sys\nsys.exit('bye')"], "");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(text(&out.stderr), "bye\n");
    let out = kaa(&["run", "-c", "print('before')\n1/0"], "");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(text(&out.stdout), "before\n");
    assert_eq!(
        text(&out.stderr),
        "Traceback (most recent call last):\n  File \"<string>\", line 2, in <module>\nZeroDivisionError: division by zero\n"
    );
}

#[test]
fn limits_end_the_run_with_status_1() {
    let out = kaa(
        &["run", "--max-memory", "1M", "-c", "x = 'a' * (10 ** 8)"],
        "",
    );
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert_eq!(
        err.lines().last(),
        Some("MemoryError: memory limit of 1 MiB exceeded"),
        "{err}"
    );
    let out = kaa(
        &[
            "run",
            "--max-instructions",
            "10000",
            "-c",
            "while True: pass",
        ],
        "",
    );
    assert_eq!(out.status.code(), Some(1));
    let out = kaa(&["run", "--timeout", "0.3", "-c", "while True: pass"], "");
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn repl_runs_cells_and_survives_errors() {
    let session = "x = 6\nx * 7\ndef f():\n    return 1\n\nf()\n1/0\nprint('after')\n";
    let out = kaa(&["repl"], session);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        text(&out.stdout),
        "42\n1\nafter\n",
        "stderr: {}",
        text(&out.stderr)
    );
    let err = text(&out.stderr);
    assert!(err.contains(">>> "), "{err}");
    assert!(err.contains("... "), "{err}");
    assert!(
        err.contains("Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nZeroDivisionError: division by zero\n"),
        "{err}"
    );
}

#[test]
fn bare_kaa_runs_piped_stdin() {
    let out = kaa(&[], "print(2 + 3)\n");
    assert_eq!(text(&out.stdout), "5\n", "{}", text(&out.stderr));
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn run_dash_reads_the_program_from_stdin() {
    // As `python3 - a b`: argv[0] is "-", tracebacks name "<stdin>".
    let out = kaa(
        &["run", "-", "a", "b"],
        "import sys\nprint(sys.argv)\n1/0\n",
    );
    assert_eq!(
        text(&out.stdout),
        "['-', 'a', 'b']\n",
        "{}",
        text(&out.stderr)
    );
    assert!(
        text(&out.stderr).contains("File \"<stdin>\", line 3, in <module>"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(out.status.code(), Some(1));
}
