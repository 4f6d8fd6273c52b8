//! The embedding API: results, errors, sessions, disassembly.

use kaa_interp::api::{Config, Interpreter, Session, Status};

#[test]
fn result_is_the_last_expression() {
    let o = Interpreter::new(Config::default()).run("x = 6\nx * 7\n");
    assert_eq!(o.status, Status::Ok);
    let r = o.result.expect("result");
    assert_eq!(
        (r.type_name.as_str(), r.repr.as_str(), r.json.as_deref()),
        ("int", "42", Some("42"))
    );
    let o = Interpreter::new(Config::default()).run("print('x')\n");
    assert!(o.result.is_none());
    let o = Interpreter::new(Config::default()).run("{'a': [1, 2.5, None]}\n");
    assert_eq!(
        o.result.and_then(|r| r.json).as_deref(),
        Some("{\"a\": [1, 2.5, null]}")
    );
}

#[test]
fn errors_carry_frames_and_text() {
    let src = "def f():\n    return 1 / 0\nf()\n";
    let o = Interpreter::new(Config::default()).run(src);
    assert_eq!(o.status, Status::RuntimeError);
    assert_eq!(o.exit_code, 1);
    let e = o.error.expect("error");
    assert_eq!(e.type_name, "ZeroDivisionError");
    assert_eq!(e.message, "division by zero");
    assert_eq!(e.traceback.len(), 2);
    assert_eq!(e.traceback[1].function, "f");
    assert_eq!(e.traceback[1].source_line.as_deref(), Some("return 1 / 0"));
    assert_eq!(
        o.stderr,
        "Traceback (most recent call last):\n  File \"main.py\", line 3, in <module>\n    f()\n  File \"main.py\", line 2, in f\n    return 1 / 0\nZeroDivisionError: division by zero\n"
    );
}

#[test]
fn a_user_excepthook_replaces_the_traceback_but_not_the_error() {
    // python3 prints only what the hook prints (stdout here) and exits 1;
    // the API still reports the exception that ended the program.
    let src = "import sys\nsys.excepthook = lambda t, v, tb: print('hook', t.__name__, v)\nraise ValueError('x')\n";
    let o = Interpreter::new(Config::default()).run(src);
    assert_eq!(o.status, Status::RuntimeError);
    assert_eq!(o.exit_code, 1);
    assert_eq!(o.stdout, "hook ValueError x\n");
    assert_eq!(o.stderr, "");
    let e = o.error.expect("error");
    assert_eq!(
        (e.type_name.as_str(), e.message.as_str()),
        ("ValueError", "x")
    );
}

#[test]
fn syntax_errors_are_reported() {
    let o = Interpreter::new(Config::default()).run("x = = 1\n");
    assert_eq!(o.status, Status::SyntaxError);
    assert_eq!(
        o.error.map(|e| e.type_name),
        Some("SyntaxError".to_string())
    );
    let o = Interpreter::new(Config::default()).run("return 5\n");
    assert_eq!(
        o.error.map(|e| e.message),
        Some("'return' outside function".to_string())
    );
    let o = Interpreter::new(Config::default()).run("def f():\n    nonlocal q\n");
    assert_eq!(
        o.error.map(|e| e.message),
        Some("no binding for nonlocal 'q' found".to_string())
    );
}

#[test]
fn sys_exit_codes() {
    let o = Interpreter::new(Config::default()).run("import sys\nsys.exit(3)\n");
    assert_eq!(o.exit_code, 3);
    let o = Interpreter::new(Config::default()).run("import sys\nsys.exit()\n");
    assert_eq!((o.exit_code, o.status), (0, Status::Ok));
    let o = Interpreter::new(Config::default()).run("import sys\nsys.exit('bye')\n");
    assert_eq!((o.exit_code, o.stderr.as_str()), (1, "bye\n"));
}

#[test]
fn session_keeps_state_and_echoes() {
    let mut s = Session::new(Config::default());
    let o = s.run_cell("x = 20\n");
    assert_eq!(o.stdout, "");
    let o = s.run_cell("x + 22\n");
    assert_eq!(o.stdout, "42\n");
    let o = s.run_cell("_ * 2\n");
    assert_eq!(o.stdout, "84\n");
    let o = s.run_cell("1/0\n");
    assert_eq!(o.status, Status::RuntimeError);
    let o = s.run_cell("x\n");
    assert_eq!(o.stdout, "20\n");
    assert!(Session::needs_more_input("def f():\n"));
    assert!(Session::needs_more_input("if x:\n    pass\n"));
    assert!(!Session::needs_more_input("if x:\n    pass\n\n"));
    assert!(!Session::needs_more_input("x = 1\n"));
    assert!(Session::needs_more_input("(1,\n"));
}

#[test]
fn disassembly_lists_nested_code() {
    let d = kaa_interp::compile::disassemble("def f(a):\n    return a + 1\nprint(f(2))\n", "t.py")
        .expect("compiles");
    assert!(d.contains("LoadFast"), "{}", d);
    assert!(
        d.contains("Disassembly of <code object f at line 1>:"),
        "{}",
        d
    );
}
