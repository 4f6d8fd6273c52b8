//! Judge-style output comparison for `expected_output`.

use super::api::CompareMode;

/// The tolerance `compare: float` uses when the request gives none.
pub const DEFAULT_TOLERANCE: f64 = 1e-6;

/// Whether `actual` matches `expected` under `mode`.
pub fn matches(mode: CompareMode, tolerance: f64, actual: &str, expected: &str) -> bool {
    match mode {
        CompareMode::Exact => actual == expected,
        CompareMode::Trim => trimmed_lines(actual).eq(trimmed_lines(expected)),
        CompareMode::Tokens => actual.split_whitespace().eq(expected.split_whitespace()),
        CompareMode::Float => {
            let mut a = actual.split_whitespace();
            let mut e = expected.split_whitespace();
            loop {
                match (a.next(), e.next()) {
                    (None, None) => return true,
                    (Some(x), Some(y)) if x == y || floats_close(x, y, tolerance) => {}
                    _ => return false,
                }
            }
        }
    }
}

/// The lines with trailing whitespace removed and trailing blank lines
/// dropped.
fn trimmed_lines(text: &str) -> impl Iterator<Item = &str> {
    let body = text.trim_end();
    let lines: Vec<&str> = if body.is_empty() {
        Vec::new()
    } else {
        body.split('\n').map(str::trim_end).collect()
    };
    lines.into_iter()
}

/// Both tokens are finite numbers within `tolerance`, absolutely or
/// relatively to the expected one.
fn floats_close(actual: &str, expected: &str, tolerance: f64) -> bool {
    match (actual.parse::<f64>(), expected.parse::<f64>()) {
        (Ok(a), Ok(e)) if a.is_finite() && e.is_finite() => {
            let diff = (a - e).abs();
            diff <= tolerance || diff <= tolerance * e.abs()
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_is_byte_equality() {
        assert!(matches(CompareMode::Exact, 0.0, "1\n", "1\n"));
        assert!(!matches(CompareMode::Exact, 0.0, "1\n", "1"));
    }

    #[test]
    fn trim_ignores_trailing_space_and_blank_lines() {
        assert!(matches(CompareMode::Trim, 0.0, "a  \nb\n\n\n", "a\nb"));
        assert!(matches(CompareMode::Trim, 0.0, "a\r\nb\r\n", "a\nb\n"));
        assert!(!matches(CompareMode::Trim, 0.0, " a\n", "a\n"));
        assert!(!matches(CompareMode::Trim, 0.0, "a\n\nb", "a\nb"));
        assert!(matches(CompareMode::Trim, 0.0, "\n\n", ""));
    }

    #[test]
    fn tokens_ignore_all_spacing() {
        assert!(matches(CompareMode::Tokens, 0.0, "1   2\n3", "1 2 3\n"));
        assert!(!matches(CompareMode::Tokens, 0.0, "1 2", "1 2 3"));
    }

    #[test]
    fn floats_within_tolerance() {
        assert!(matches(CompareMode::Float, 1e-6, "3.1415926", "3.14159265"));
        assert!(!matches(
            CompareMode::Float,
            1e-9,
            "3.1415926",
            "3.14159265"
        ));
        assert!(matches(CompareMode::Float, 1e-6, "1000000.5", "1000000.0"));
        assert!(matches(CompareMode::Float, 1e-6, "yes 2.0000001", "yes 2"));
        assert!(!matches(CompareMode::Float, 1e-6, "no 2", "yes 2"));
        assert!(!matches(CompareMode::Float, 1e-6, "nan", "nan2"));
    }
}
