//! What an interpreter did with a case, and how it is compared with CPython.

use crate::case::Expected;

/// The observable result of one run, in either mode.
#[derive(Clone, Debug, PartialEq)]
pub struct Observed {
    /// Everything written to stdout.
    pub stdout: String,
    /// The process exit code, when the mode knows it (in-process does; the
    /// HTTP API only says ok / not ok).
    pub exit_code: Option<i32>,
    /// Whether the run succeeded (exit code 0).
    pub ok: bool,
    /// The uncaught exception's type (`None` for success and `sys.exit`).
    pub error_type: Option<String>,
    /// `str()` of that exception.
    pub error_message: Option<String>,
    /// The whole stderr, when the mode has it.
    pub stderr: Option<String>,
}

/// The verdict on one case in one mode.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Everything compared equal.
    Pass,
    /// The first concrete difference, as one line.
    Fail(String),
}

impl Verdict {
    /// Whether this is [`Verdict::Pass`].
    pub fn passed(&self) -> bool {
        matches!(self, Verdict::Pass)
    }
}

/// Shortens `s` to one line of at most `n` characters for a reason text.
pub fn clip(s: &str, n: usize) -> String {
    let mut one = String::new();
    for c in s.chars() {
        match c {
            '\n' => one.push_str("\\n"),
            '\r' => one.push_str("\\r"),
            '\t' => one.push_str("\\t"),
            c if c.is_control() => one.push_str(&c.escape_unicode().to_string()),
            c => one.push(c),
        }
    }
    if one.chars().count() <= n {
        one
    } else {
        let mut t: String = one.chars().take(n).collect();
        t.push('…');
        t
    }
}

/// Describes the first difference between two stdout texts.
fn stdout_difference(expected: &str, got: &str) -> String {
    let e: Vec<&str> = expected.split_inclusive('\n').collect();
    let g: Vec<&str> = got.split_inclusive('\n').collect();
    for i in 0..e.len().max(g.len()) {
        match (e.get(i), g.get(i)) {
            (Some(a), Some(b)) if a == b => continue,
            (Some(a), Some(b)) => {
                return format!(
                    "stdout differs at line {}: expected `{}`, got `{}`",
                    i + 1,
                    clip(a, 60),
                    clip(b, 60)
                )
            }
            (Some(a), None) => {
                return format!(
                    "stdout differs at line {}: expected `{}`, got end of output",
                    i + 1,
                    clip(a, 60)
                )
            }
            (None, Some(b)) => {
                return format!(
                    "stdout differs at line {}: expected end of output, got `{}`",
                    i + 1,
                    clip(b, 60)
                )
            }
            (None, None) => break,
        }
    }
    "stdout differs".to_string()
}

fn describe_error(t: &Option<String>, m: &Option<String>) -> String {
    match (t, m) {
        (None, _) => "no exception".to_string(),
        (Some(t), Some(m)) if !m.is_empty() => format!("{}: {}", t, clip(m, 80)),
        (Some(t), _) => t.clone(),
    }
}

/// Compares a run with CPython's record.
pub fn compare(expected: &Expected, got: &Observed) -> Verdict {
    let exp_msg = expected
        .error_message
        .clone()
        .filter(|_| expected.error_type.is_some());
    if expected.error_type != got.error_type
        || (expected.error_type.is_some() && exp_msg != got.error_message)
    {
        return Verdict::Fail(format!(
            "expected {}, got {}",
            describe_error(&expected.error_type, &exp_msg),
            describe_error(&got.error_type, &got.error_message)
        ));
    }
    if expected.stdout != got.stdout {
        return Verdict::Fail(stdout_difference(&expected.stdout, &got.stdout));
    }
    match got.exit_code {
        Some(code) if code != expected.exit_code => {
            return Verdict::Fail(format!(
                "exit code expected {}, got {}",
                expected.exit_code, code
            ))
        }
        None if got.ok != (expected.exit_code == 0) => {
            return Verdict::Fail(format!(
                "expected exit code {}, got {}",
                expected.exit_code,
                if got.ok {
                    "status ok"
                } else {
                    "a failure status"
                }
            ))
        }
        _ => {}
    }
    if let (Some(exp), Some(got)) = (&expected.stderr, &got.stderr) {
        if exp != got {
            let d = stdout_difference(exp, got);
            return Verdict::Fail(d.replacen("stdout", "stderr", 1));
        }
    }
    Verdict::Pass
}

/// Compares the in-process and HTTP results of the same case; they must
/// agree on everything the HTTP API reports.
pub fn compare_modes(local: &Observed, remote: &Observed) -> Verdict {
    if local.stdout != remote.stdout {
        let d = stdout_difference(&local.stdout, &remote.stdout)
            .replacen("expected", "in-process", 1)
            .replacen(", got", ", http", 1);
        return Verdict::Fail(format!("modes differ: {d}"));
    }
    if local.error_type != remote.error_type || local.error_message != remote.error_message {
        return Verdict::Fail(format!(
            "modes differ: in-process {}, http {}",
            describe_error(&local.error_type, &local.error_message),
            describe_error(&remote.error_type, &remote.error_message)
        ));
    }
    if local.ok != remote.ok {
        return Verdict::Fail(format!(
            "modes differ: in-process ok={}, http ok={}",
            local.ok, remote.ok
        ));
    }
    Verdict::Pass
}

#[cfg(test)]
mod tests {
    use super::*;

    fn expected(stdout: &str, code: i32, err: Option<(&str, &str)>) -> Expected {
        Expected {
            stdout: stdout.to_string(),
            exit_code: code,
            error_type: err.map(|e| e.0.to_string()),
            error_message: err.map(|e| e.1.to_string()),
            stderr: None,
            py34_override: None,
        }
    }

    fn observed(stdout: &str, code: i32, err: Option<(&str, &str)>) -> Observed {
        Observed {
            stdout: stdout.to_string(),
            exit_code: Some(code),
            ok: code == 0,
            error_type: err.map(|e| e.0.to_string()),
            error_message: err.map(|e| e.1.to_string()),
            stderr: None,
        }
    }

    #[test]
    fn identical_runs_pass() {
        let e = expected("a\n", 1, Some(("KeyError", "'k'")));
        assert!(compare(&e, &observed("a\n", 1, Some(("KeyError", "'k'")))).passed());
    }

    #[test]
    fn differences_are_named() {
        let e = expected("a\nb\n", 0, None);
        assert_eq!(
            compare(&e, &observed("a\nc\n", 0, None)),
            Verdict::Fail("stdout differs at line 2: expected `b\\n`, got `c\\n`".into())
        );
        assert_eq!(
            compare(
                &e,
                &observed("a\nb\n", 1, Some(("NameError", "name 'x' is not defined")))
            ),
            Verdict::Fail("expected no exception, got NameError: name 'x' is not defined".into())
        );
        assert_eq!(
            compare(&expected("", 3, None), &observed("", 0, None)),
            Verdict::Fail("exit code expected 3, got 0".into())
        );
    }

    #[test]
    fn http_mode_compares_ok_only() {
        let e = expected("", 2, None);
        let mut o = observed("", 1, None);
        o.exit_code = None;
        o.ok = false;
        assert!(compare(&e, &o).passed());
        o.ok = true;
        assert!(!compare(&e, &o).passed());
    }

    #[test]
    fn modes_must_agree() {
        let a = observed("x\n", 0, None);
        let b = observed("y\n", 0, None);
        assert!(compare_modes(&a, &a).passed());
        assert!(!compare_modes(&a, &b).passed());
    }
}
