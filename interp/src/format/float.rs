//! Float to text: CPython's `repr(float)` (shortest round-trip digits) and the
//! fixed / exponent / general styles used by `format()` and `%`.

/// Shortest round-trip digits of a finite, non-zero `|x|`: `(digits, decpt)` with
/// `|x| == 0.DIGITS * 10**decpt`.
fn shortest_digits(x: f64) -> (String, i32) {
    let (digits, decpt) = sci_digits(&format!("{:e}", x.abs()));
    // Rust picks either candidate when two shortest strings are equally close to x;
    // CPython (dtoa) picks the nearest, ties to even: the correctly rounded n-digit
    // string, which also round-trips since it is at least as close.
    // (The nearest may not round-trip when x is a power of two, whose lower gap is
    // half the upper one: then the other candidate is the only shortest string.)
    // A tie needs x == M * 10**k exactly with M of at most 18 digits, so 5**-k divides
    // M and x has at most 25 fractional bits: skip the costly check otherwise.
    if digits.len() >= 16 && fractional_bits(x) <= 25 {
        let (near, near_decpt) = significant_digits(x, digits.len());
        if near != digits {
            let text = format!("0.{near}e{near_decpt}");
            if text.parse::<f64>().ok() == Some(x.abs()) {
                return (near, near_decpt);
            }
        }
    }
    (digits, decpt)
}

/// The number of bits after the binary point in the exact value of finite `x`.
fn fractional_bits(x: f64) -> i64 {
    let (m, e) = crate::num::convert::decompose(x);
    if m == 0 {
        return 0;
    }
    let tz = i64::from(m.unsigned_abs().trailing_zeros());
    (-(e + tz)).max(0)
}

/// Splits Rust's `{:e}` output (`"1.2345e-5"`) into digits and a decimal point position.
fn sci_digits(s: &str) -> (String, i32) {
    let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let digits: String = mant.chars().filter(char::is_ascii_digit).collect();
    (digits, exp + 1)
}

/// Digits of `|x|` rounded to `n` significant digits (n >= 1), half-even on the exact value.
fn significant_digits(x: f64, n: usize) -> (String, i32) {
    sci_digits(&format!("{:.*e}", n - 1, x.abs()))
}

/// Writes a decimal exponent CPython's way: sign and at least two digits.
fn push_exponent(out: &mut String, e: i32, upper: bool) {
    out.push(if upper { 'E' } else { 'e' });
    out.push(if e < 0 { '-' } else { '+' });
    let a = e.unsigned_abs();
    if a < 10 {
        out.push('0');
    }
    out.push_str(&a.to_string());
}

/// Lays digits out in exponent form: `d[.ddd]e±XX`.
fn exponent_form(digits: &str, decpt: i32, upper: bool, force_point: bool) -> String {
    let mut out = String::with_capacity(digits.len() + 6);
    let (first, rest) = digits.split_at(1.min(digits.len()));
    out.push_str(first);
    if !rest.is_empty() || force_point {
        out.push('.');
        out.push_str(rest);
    }
    push_exponent(&mut out, decpt - 1, upper);
    out
}

/// Lays digits out in fixed form with at least `min_frac` fraction digits (padding
/// zeros), dropping the point when there is no fraction unless `force_point`.
fn fixed_form(digits: &str, decpt: i32, min_frac: usize, force_point: bool) -> String {
    let mut out = String::with_capacity(digits.len() + 8);
    let n = digits.len() as i32;
    let frac: String;
    if decpt <= 0 {
        out.push('0');
        let mut f = "0".repeat((-decpt) as usize);
        f.push_str(digits);
        frac = f;
    } else if decpt >= n {
        out.push_str(digits);
        out.push_str(&"0".repeat((decpt - n) as usize));
        frac = String::new();
    } else {
        out.push_str(&digits[..decpt as usize]);
        frac = digits[decpt as usize..].to_string();
    }
    let pad = min_frac.saturating_sub(frac.len());
    if !frac.is_empty() || pad > 0 || force_point {
        out.push('.');
        out.push_str(&frac);
        out.push_str(&"0".repeat(pad));
    }
    out
}

/// Text for inf / nan (sign handled by the caller).
fn special(x: f64, upper: bool) -> Option<&'static str> {
    if x.is_nan() {
        Some(if upper { "NAN" } else { "nan" })
    } else if x.is_infinite() {
        Some(if upper { "INF" } else { "inf" })
    } else {
        None
    }
}

/// Repr-style body of `|x|`: shortest digits, exponent form when the decimal exponent
/// is below -4 or at least 16; `add_dot_0` appends `.0` to integral fixed output.
fn repr_body(x: f64, add_dot_0: bool) -> String {
    if let Some(s) = special(x, false) {
        return s.to_string();
    }
    if x == 0.0 {
        return if add_dot_0 { "0.0" } else { "0" }.to_string();
    }
    let (digits, decpt) = shortest_digits(x);
    if decpt <= -4 || decpt > 16 {
        exponent_form(&digits, decpt, false, false)
    } else {
        let s = fixed_form(&digits, decpt, 0, false);
        if add_dot_0 && !s.contains('.') {
            s + ".0"
        } else {
            s
        }
    }
}

/// Prefixes `-` when `x` has its sign bit set (including -0.0 and -nan).
fn with_sign(x: f64, body: String) -> String {
    if x.is_sign_negative() && !x.is_nan() {
        let mut s = String::with_capacity(body.len() + 1);
        s.push('-');
        s.push_str(&body);
        s
    } else {
        body
    }
}

/// `repr(x)` exactly as CPython: `0.1`, `1e+16`, `1e-05`, `-0.0`, `inf`, `nan`.
pub fn float_repr(x: f64) -> String {
    let a = x.abs();
    // Fast path: fixed notation straight from Rust's shortest Display, when no tie
    // between two shortest candidates is possible (see shortest_digits).
    if (1e-4..1e16).contains(&a) && fractional_bits(x) > 25 {
        let mut s = format!("{x}");
        if !s.contains('.') {
            s.push_str(".0");
        }
        return s;
    }
    with_sign(x, repr_body(x, true))
}

/// `str(x)`: the same as `repr` in Python 3.
pub fn float_str(x: f64) -> String {
    float_repr(x)
}

/// The presentation styles of float formatting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FloatStyle {
    /// `e` / `E`: one digit, point, `precision` digits, exponent.
    Exponent,
    /// `f` / `F`: `precision` digits after the point.
    Fixed,
    /// `g` / `G`: `precision` significant digits, fixed or exponent form.
    General,
    /// No type letter: like repr without precision, else like `g` keeping one fraction digit.
    Repr,
}

/// Formats `|x|` (no sign) in a style: `upper` uppercases `e`/`inf`/`nan`, `alternate`
/// is the `#` flag (keep trailing zeros and the point), `add_dot_0` keeps a `.0` on
/// integral results in the repr/general styles (format() with no type letter).
pub fn format_float_body(
    x: f64,
    style: FloatStyle,
    precision: Option<usize>,
    upper: bool,
    alternate: bool,
    add_dot_0: bool,
) -> String {
    if let Some(s) = special(x, upper) {
        return s.to_string();
    }
    let ax = x.abs();
    match style {
        FloatStyle::Fixed => {
            let p = precision.unwrap_or(6);
            let mut s = format!("{:.*}", p, ax);
            if alternate && p == 0 {
                s.push('.');
            }
            s
        }
        FloatStyle::Exponent => {
            let p = precision.unwrap_or(6);
            let (digits, decpt) = if ax == 0.0 {
                ("0".repeat(p + 1), 1)
            } else {
                significant_digits(ax, p + 1)
            };
            exponent_form(&digits, decpt, upper, alternate)
        }
        FloatStyle::Repr if precision.is_none() => {
            let s = repr_body(ax, add_dot_0);
            if alternate && !s.contains('.') {
                match s.find('e') {
                    Some(i) => format!("{}.{}", &s[..i], &s[i..]),
                    None => s + ".",
                }
            } else {
                s
            }
        }
        FloatStyle::General | FloatStyle::Repr => {
            let p = precision.unwrap_or(6).max(1);
            let (digits, decpt) = if ax == 0.0 {
                ("0".repeat(p), 1)
            } else {
                significant_digits(ax, p)
            };
            let keep_zeros = alternate;
            let digits = if keep_zeros {
                digits
            } else {
                digits.trim_end_matches('0').to_string()
            };
            let digits = if digits.is_empty() {
                "0".to_string()
            } else {
                digits
            };
            // CPython: with add_dot_0 the exponent form starts one digit earlier.
            let limit = if add_dot_0 { p as i32 - 1 } else { p as i32 };
            if decpt <= -4 || decpt > limit {
                exponent_form(&digits, decpt, upper, alternate)
            } else {
                let min_frac = if keep_zeros {
                    (p as i32 - decpt).max(0) as usize
                } else {
                    0
                };
                let s = fixed_form(&digits, decpt, min_frac, alternate);
                if add_dot_0 && !s.contains('.') {
                    s + ".0"
                } else {
                    s
                }
            }
        }
    }
}

/// `repr(complex(re, im))`: `1j`, `(1+2j)`, `(-0-0j)`, `(inf+nanj)`.
pub fn complex_repr(re: f64, im: f64) -> String {
    let im_text = with_sign(im, repr_body(im, false));
    if re == 0.0 && re.is_sign_positive() {
        return format!("{im_text}j");
    }
    let re_text = with_sign(re, repr_body(re, false));
    let sep = if im_text.starts_with('-') { "" } else { "+" };
    format!("({re_text}{sep}{im_text}j)")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reprs() {
        let cases: &[(f64, &str)] = &[
            (0.1 + 0.2, "0.30000000000000004"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (1e-5, "1e-05"),
            (1e-4, "0.0001"),
            (-0.0, "-0.0"),
            (1.0, "1.0"),
            (123456789012345678.0, "1.2345678901234568e+17"),
            (5e-324, "5e-324"),
            (5.960464477539063e-08, "5.960464477539063e-08"), // 2**-24: asymmetric interval
            (1649754385039869.2, "1649754385039869.2"),       // exact tie: ties to even
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
        ];
        for (x, want) in cases {
            assert_eq!(float_repr(*x), *want);
        }
        assert_eq!(complex_repr(-0.0, -0.0), "(-0-0j)");
        assert_eq!(complex_repr(0.0, 1.0), "1j");
        assert_eq!(complex_repr(1.0, 2.0), "(1+2j)");
    }
}

#[cfg(test)]
mod speed_probe {
    #[test]
    #[ignore]
    fn repr_speed() {
        let mut x: u64 = 88172645463325252;
        let mut total = 0;
        let t = std::time::Instant::now();
        for _ in 0..1_000_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let f = (x >> 11) as f64 / (1u64 << 53) as f64 * 1000.0;
            total += super::float_repr(f).len();
        }
        eprintln!("1M float reprs: {:?} ({total} chars)", t.elapsed());
    }
}
