//! The `re` module end to end: `tests/re/re_api.py` must print what python3
//! printed (`re_api.expected`, regenerate with `python3 re_api.py > re_api.expected`),
//! CPython 3.4-only behaviour is checked against py34-vs-py311.md and 3.4's
//! sre sources, and catastrophic backtracking stops at the limits.

use std::time::Duration;

use kaa_interp::api::{Config, Interpreter, Limits, Status, TimeLimitReason};

fn run_with(src: &str, limits: Limits) -> kaa_interp::api::Outcome {
    Interpreter::new(Config {
        limits,
        ..Config::default()
    })
    .run(src)
}

fn stdout_of(src: &str) -> String {
    let out = run_with(src, Limits::unlimited());
    assert_eq!(
        out.status,
        Status::Ok,
        "program failed:\n{}\nstderr:\n{}",
        src,
        out.stderr
    );
    out.stdout
}

#[test]
fn api_script_matches_python3() {
    let src = include_str!("re/re_api.py");
    let want = include_str!("re/re_api.expected");
    let got = stdout_of(src);
    let mut diffs = Vec::new();
    for (i, (w, g)) in want.lines().zip(got.lines()).enumerate() {
        if w != g {
            diffs.push(format!("line {}: want {w:?}\n          got  {g:?}", i + 1));
        }
    }
    if want.lines().count() != got.lines().count() {
        diffs.push(format!(
            "{} lines wanted, {} printed",
            want.lines().count(),
            got.lines().count()
        ));
    }
    assert!(diffs.is_empty(), "{}", diffs.join("\n"));
}

/// Messages and behaviour of CPython 3.4 that python3 3.11 no longer shows
/// (py34-vs-py311.md rows 111-113 and 203; the sre_parse/_sre rules of 3.4).
#[test]
fn python34_behaviour() {
    let src = r#"
import re
for p in ['(', '[', '*', 'a{2,1}', 'a**', ')', '(?P=x)', r'(?<=a+)b', r'\1', '(?z)', '\\', '[b-a]', r'\x1']:
    try:
        re.compile(p)
    except re.error as e:
        print(repr(p), str(e))
try:
    re.sub('a', r'\9', 'a')
except re.error as e:
    print('sub', e)
print(re.sub('a', r'\9', 'b'))
print(repr(re.match('a', 'abc')))
print(re.sub('a', r'\q', 'a'))
print(re.split('x*', 'axbc'))
print(re.sub('x*', '-', 'abxd'))
print(re.findall(r'^|\w+', 'two words'))
print(re.escape('\u00e9 \x00'))
print(re.compile(r'\q').pattern, re.match(r'\q', 'q').group())
print(type(re.compile('a')).__name__, re.error.__module__)
try:
    re.sub('(a)', r'\g<x>', 'a')
except IndexError as e:
    print('IndexError', e)
"#;
    let want = "\
'(' unbalanced parenthesis
'[' unexpected end of regular expression
'*' nothing to repeat
'a{2,1}' bad repeat interval
'a**' multiple repeat
')' unbalanced parenthesis
'(?P=x)' unknown group name
'(?<=a+)b' look-behind requires fixed-width pattern
'\\\\1' bogus escape: '\\\\1'
'(?z)' unexpected end of pattern
'\\\\' bogus escape (end of line)
'[b-a]' bad character range
'\\\\x1' bogus escape: '\\\\x1'
sub invalid group reference
b
<_sre.SRE_Match object; span=(0, 1), match='a'>
\\q
['a', 'bc']
-a-b-d-
['', 'wo', 'words']
\\\u{e9}\\ \\000
\\q q
SRE_Pattern sre_constants
IndexError unknown group name
";
    assert_eq!(stdout_of(src), want);
}

#[test]
fn catastrophic_backtracking_stops_at_the_instruction_limit() {
    let limits = Limits {
        instructions: Some(2_000_000),
        wall_time: Some(Duration::from_secs(20)),
        ..Limits::default()
    };
    let out = run_with("import re\nprint(re.match('(a*)*b', 'a' * 40))\n", limits);
    assert_eq!(
        out.status,
        Status::TimeLimit(TimeLimitReason::Instructions),
        "stderr: {}",
        out.stderr
    );
}

#[test]
fn catastrophic_backtracking_stops_at_the_wall_clock() {
    let limits = Limits {
        instructions: None,
        wall_time: Some(Duration::from_millis(300)),
        ..Limits::default()
    };
    let out = run_with("import re\nre.search('(x+x+)+y', 'x' * 60)\n", limits);
    assert_eq!(
        out.status,
        Status::TimeLimit(TimeLimitReason::WallTime),
        "stderr: {}",
        out.stderr
    );
}

#[test]
fn an_uncaught_pattern_error_is_reported_as_sre_constants_error() {
    let out = run_with("import re\nre.compile('(')\n", Limits::unlimited());
    assert_eq!(out.status, Status::RuntimeError);
    assert!(
        out.stderr
            .trim_end()
            .ends_with("sre_constants.error: unbalanced parenthesis"),
        "stderr: {}",
        out.stderr
    );
}

/// Rough timings for the report (`cargo test --test re_module -- --ignored --nocapture`).
#[test]
#[ignore]
fn timings() {
    let programs = [
        ("findall words 1MB", "import re\ns = 'lorem ipsum dolor sit amet ' * 40000\nprint(len(re.findall(r'\\w+', s)))\n"),
        ("sub digits", "import re\ns = 'a1b22c333 ' * 50000\nprint(len(re.sub(r'\\d+', '#', s)))\n"),
        ("split", "import re\ns = 'a, b;c  d ' * 50000\nprint(len(re.split(r'[,; ]+', s)))\n"),
        ("match loop 100k", "import re\np = re.compile(r'(\\d+)-(\\d+)')\nn = 0\nfor i in range(100000):\n    m = p.match('12-34')\n    n += int(m.group(2))\nprint(n)\n"),
        ("native match only 100k", "import _kaa_re\nfor i in range(100000):\n    _kaa_re.match('(\\\\d+)-(\\\\d+)', 0, '12-34', 0, 5, 0)\n"),
        ("empty python calls 100k", "def f(a, b):\n    return a\nfor i in range(100000):\n    f(1, 2)\n"),
        ("backtracking email", "import re\ns = ('user.name+tag@example.com, ' * 20000)\nprint(len(re.findall(r'[\\w.+-]+@[\\w-]+\\.[\\w.]+', s)))\n"),
    ];
    for (name, src) in programs {
        let t = std::time::Instant::now();
        let out = run_with(src, Limits::unlimited());
        println!(
            "{name}: {:?} -> {} {:?}",
            t.elapsed(),
            out.stdout.trim(),
            out.status
        );
    }
}
