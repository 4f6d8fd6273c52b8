//! The built-in classes and functions are built once per thread and shared
//! by the evaluations that thread runs (`vm::prototype`): nothing one run
//! does may be seen by the next.

use kaa_interp::api::{Config, Interpreter, Limits, Status};

/// Runs the programs one after another on one thread (so they share its
/// built-ins) and returns their stdout, or their stderr when they fail.
fn on_one_thread(programs: &[&str]) -> Vec<String> {
    let programs: Vec<String> = programs.iter().map(|s| s.to_string()).collect();
    let h = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || {
            programs
                .iter()
                .map(|p| {
                    let config = Config {
                        limits: Limits::unlimited(),
                        ..Config::default()
                    };
                    let out = Interpreter::new(config).run_here(p);
                    match out.status {
                        Status::Ok => out.stdout,
                        _ => format!("error: {}", out.stderr),
                    }
                })
                .collect::<Vec<String>>()
        })
        .expect("spawn");
    h.join().expect("join")
}

#[test]
fn builtins_namespace_is_fresh_per_run() {
    let out = on_one_thread(&[
        "import builtins\nbuiltins.len = None\nbuiltins.spam = [1]\ndel builtins.abs\nprint('ok')\n",
        "print(len([1, 2]), abs(-3), 'spam' in dir(__builtins__))\n",
    ]);
    assert_eq!(out, ["ok\n", "2 3 False\n"]);
}

#[test]
fn builtin_classes_cannot_be_changed() {
    let out = on_one_thread(&[
        "for stmt in ['int.x = 1', 'del int.bit_length', 'ValueError.x = 1', 'del ValueError.__init__', 'int.__name__ = \"j\"', 'import sys; type(sys.stdout.buffer).x = 1', 'import sys; del type(sys.stdout).write']:\n    try:\n        exec(stmt)\n        print('changed:', stmt)\n    except (TypeError, AttributeError) as e:\n        print(type(e).__name__)\n",
        "print((5).bit_length(), int.__name__, hasattr(int, 'x'), hasattr(ValueError, 'x'))\n",
    ]);
    assert_eq!(
        out,
        [
            "TypeError\nTypeError\nTypeError\nTypeError\nTypeError\nTypeError\nTypeError\n",
            "3 int False False\n"
        ]
    );
}

#[test]
fn subclasses_of_one_run_are_gone_in_the_next() {
    let probe = "print(sorted(c.__name__ for c in object.__subclasses__()))\nprint(int.__subclasses__(), BaseException.__subclasses__() == BaseException.__subclasses__())\n";
    let out = on_one_thread(&[
        probe,
        "class Mine(int): pass\nclass Other: pass\nclass E(ValueError): pass\nkeep = [Mine, Other, E]\nimport collections, re, json\nprint('ok')\n",
        probe,
    ]);
    assert_eq!(out[1], "ok\n");
    assert_eq!(out[0], out[2]);
    assert!(!out[2].contains("Mine") && !out[2].contains("Other"));
}

#[test]
fn modules_are_imported_anew() {
    let out = on_one_thread(&[
        "import collections, sys\ncollections.spam = 1\nsys.spam = 2\nprint('ok')\n",
        "import collections, sys\nprint(hasattr(collections, 'spam'), hasattr(sys, 'spam'))\n",
    ]);
    assert_eq!(out[0], "ok\n");
    assert_eq!(out[1], "False False\n");
}
