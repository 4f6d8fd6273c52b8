//! `int(str, base)` and `float(str)` parsing with CPython 3.4's rules, and
//! int-to-text conversion in any radix.

use super::int::Int;
use crate::text::props::{decimal_value, is_space};
use crate::text::str_repr;
use num_bigint::{BigInt, BigUint};

/// Why `int(s, base)` failed; `Display` is CPython 3.4's ValueError message.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IntParseError {
    /// The text is not a valid literal in the base.
    #[error("invalid literal for int() with base {base}: {repr}")]
    InvalidLiteral {
        /// The base as given (0 included).
        base: u32,
        /// The repr of the original string, truncated to 200 chars as CPython does.
        repr: String,
    },
    /// A base outside 0 and 2..=36.
    #[error("int() base must be >= 2 and <= 36")]
    BadBase,
}

/// CPython's `Py_ISSPACE`: the ASCII whitespace set.
fn is_ascii_py_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII`: ASCII is kept, Unicode
/// whitespace becomes ' ', decimal digits become ASCII digits, and anything else ends
/// the text with a '?' (which no parser accepts).
pub(crate) fn to_ascii_digits(s: &str) -> std::borrow::Cow<'_, [u8]> {
    if s.is_ascii() {
        return std::borrow::Cow::Borrowed(s.as_bytes());
    }
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        if (c as u32) < 127 {
            out.push(c as u8);
        } else if is_space(c) {
            out.push(b' ');
        } else if let Some(d) = decimal_value(c) {
            out.push(b'0' + d as u8);
        } else {
            out.push(b'?');
            break;
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Trims CPython's ASCII whitespace from both ends.
fn trim_py_space(b: &[u8]) -> &[u8] {
    let start = b
        .iter()
        .position(|&c| !is_ascii_py_space(c))
        .unwrap_or(b.len());
    let end = b
        .iter()
        .rposition(|&c| !is_ascii_py_space(c))
        .map_or(start, |e| e + 1);
    b.get(start..end).unwrap_or(&[])
}

/// The value of an ASCII digit in bases up to 36.
fn digit_value(c: u8) -> Option<u32> {
    (c as char).to_digit(36)
}

/// Parses ASCII text as `PyLong_FromString` does (surrounding whitespace, sign, base
/// prefixes, the base-0 leading-zero rule, no underscores). `None` when invalid.
pub fn parse_int_ascii(text: &[u8], base: u32) -> Option<Int> {
    let t = trim_py_space(text);
    let (negative, t) = match t.first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let prefix_base = |c: u8| match c {
        b'x' | b'X' => Some(16),
        b'o' | b'O' => Some(8),
        b'b' | b'B' => Some(2),
        _ => None,
    };
    let mut base = base;
    let mut zero_only = false;
    let mut digits = t;
    if base == 0 {
        match (t.first(), t.get(1).copied().and_then(prefix_base)) {
            (Some(b'0'), Some(pb)) => base = pb,
            (Some(b'0'), None) => {
                base = 10;
                zero_only = true;
            }
            _ => base = 10,
        }
    }
    if t.first() == Some(&b'0') && t.get(1).copied().and_then(prefix_base) == Some(base) {
        digits = &t[2..];
    }
    if digits.is_empty()
        || !digits
            .iter()
            .all(|&c| digit_value(c).is_some_and(|v| v < base))
    {
        return None;
    }
    if zero_only {
        return if digits.iter().all(|&c| c == b'0') {
            Some(Int::Small(0))
        } else {
            None
        };
    }
    if digits.len() <= 18 && base <= 10 || digits.len() <= 12 {
        let mut v: i64 = 0;
        for &c in digits {
            v = v * i64::from(base) + i64::from(digit_value(c)?);
        }
        return Some(Int::Small(if negative { -v } else { v }));
    }
    let big = BigInt::from(parse_digits(digits, base)?);
    Some(Int::from_big(if negative { -big } else { big }))
}

/// Digit strings longer than this are split in halves (divide and conquer), so
/// parsing costs a few big multiplications instead of a quadratic loop.
const DC_CHUNK: usize = 4096;

/// Parses validated digits; subquadratic for long inputs.
fn parse_digits(digits: &[u8], base: u32) -> Option<BigUint> {
    if digits.len() <= DC_CHUNK {
        return BigUint::parse_bytes(digits, base);
    }
    // powers[j] = base ** (DC_CHUNK * 2**j)
    let mut powers = vec![num_traits::Pow::pow(BigUint::from(base), DC_CHUNK)];
    while let Some(last) = powers.last() {
        if DC_CHUNK << (powers.len() - 1) >= digits.len() / 2 {
            break;
        }
        let next = last * last;
        powers.push(next);
    }
    parse_dc(digits, base, &powers)
}

/// Recursion depth is at most log2(len / DC_CHUNK) + 1 (each step halves the low part).
fn parse_dc(digits: &[u8], base: u32, powers: &[BigUint]) -> Option<BigUint> {
    if digits.len() <= DC_CHUNK {
        return BigUint::parse_bytes(digits, base);
    }
    // A huge parse stops at the sandbox's deadline (the caller reports it).
    if crate::sandbox::deadline::should_stop() {
        return None;
    }
    let mut j = 0;
    while j + 1 < powers.len() && DC_CHUNK << (j + 1) < digits.len() {
        j += 1;
    }
    let lo_len = DC_CHUNK << j;
    let split = digits.len() - lo_len;
    let hi = parse_dc(&digits[..split], base, powers)?;
    let lo = parse_dc(&digits[split..], base, powers)?;
    Some(hi * powers.get(j)? + lo)
}

/// `int(s, base)` for a str, with CPython 3.4's rules and messages.
pub fn parse_int(s: &str, base: u32) -> Result<Int, IntParseError> {
    if base != 0 && !(2..=36).contains(&base) {
        return Err(IntParseError::BadBase);
    }
    let ascii = to_ascii_digits(s);
    parse_int_ascii(&ascii, base).ok_or_else(|| IntParseError::InvalidLiteral {
        base,
        repr: str_repr(s).chars().take(200).collect(),
    })
}

/// `float(s)` for a str: whitespace, sign, `inf`/`infinity`/`nan` in any case, decimal
/// digits in any script, correctly rounded. `None` when invalid.
pub fn parse_float(s: &str) -> Option<f64> {
    let ascii = to_ascii_digits(s);
    parse_float_ascii(&ascii)
}

/// `float(b)` for ASCII text (bytes input).
pub fn parse_float_ascii(text: &[u8]) -> Option<f64> {
    let t = trim_py_space(text);
    let (negative, body) = match t.first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let signed = |v: f64| if negative { -v } else { v };
    if body.eq_ignore_ascii_case(b"inf") || body.eq_ignore_ascii_case(b"infinity") {
        return Some(signed(f64::INFINITY));
    }
    if body.eq_ignore_ascii_case(b"nan") {
        return Some(signed(f64::NAN));
    }
    // digits [. digits] [e [sign] digits], at least one mantissa digit
    let mut i = 0;
    let mut mantissa_digits = 0;
    while i < body.len() && body[i].is_ascii_digit() {
        i += 1;
        mantissa_digits += 1;
    }
    if i < body.len() && body[i] == b'.' {
        i += 1;
        while i < body.len() && body[i].is_ascii_digit() {
            i += 1;
            mantissa_digits += 1;
        }
    }
    if mantissa_digits == 0 {
        return None;
    }
    if i < body.len() && (body[i] == b'e' || body[i] == b'E') {
        i += 1;
        if i < body.len() && (body[i] == b'+' || body[i] == b'-') {
            i += 1;
        }
        let start = i;
        while i < body.len() && body[i].is_ascii_digit() {
            i += 1;
        }
        if i == start {
            return None;
        }
    }
    if i != body.len() {
        return None;
    }
    let text = std::str::from_utf8(body).ok()?;
    text.parse::<f64>().ok().map(signed)
}

/// The longest prefix of `b` that is a float literal (as C's strtod reads it:
/// sign, digits with an optional point and exponent, or inf/infinity/nan), with its
/// length in bytes.
pub(crate) fn float_prefix(b: &[u8]) -> Option<(f64, usize)> {
    let mut i = 0;
    let negative = match b.first() {
        Some(b'-') => {
            i = 1;
            true
        }
        Some(b'+') => {
            i = 1;
            false
        }
        _ => false,
    };
    let signed = |v: f64| if negative { -v } else { v };
    let rest = &b[i..];
    let starts =
        |word: &[u8]| rest.len() >= word.len() && rest[..word.len()].eq_ignore_ascii_case(word);
    if starts(b"infinity") {
        return Some((signed(f64::INFINITY), i + 8));
    }
    if starts(b"inf") {
        return Some((signed(f64::INFINITY), i + 3));
    }
    if starts(b"nan") {
        return Some((signed(f64::NAN), i + 3));
    }
    let start = i;
    let mut digits = 0;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
        digits += 1;
    }
    if i < b.len() && b[i] == b'.' {
        i += 1;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
            digits += 1;
        }
    }
    if digits == 0 {
        return None;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        let mut j = i + 1;
        if j < b.len() && (b[j] == b'+' || b[j] == b'-') {
            j += 1;
        }
        let exp_start = j;
        while j < b.len() && b[j].is_ascii_digit() {
            j += 1;
        }
        if j > exp_start {
            i = j;
        }
    }
    let text = std::str::from_utf8(&b[start..i]).ok()?;
    text.parse::<f64>().ok().map(|v| (signed(v), i))
}

/// The ValueError message of a failed `float(s)` (3.4: nothing after the colon when
/// the text is empty or only whitespace).
pub fn float_parse_error_message(s: &str) -> String {
    let ascii = to_ascii_digits(s);
    if trim_py_space(&ascii).is_empty() {
        "could not convert string to float: ".to_string()
    } else {
        format!("could not convert string to float: {}", str_repr(s))
    }
}

/// The digits of `i` in `radix` (2..=36, lowercase, `-` for negatives, no prefix).
pub fn int_to_str_radix(i: &Int, radix: u32) -> String {
    let radix = radix.clamp(2, 36);
    match i {
        Int::Small(v) if radix == 10 => v.to_string(),
        Int::Small(v) => {
            let mut n = v.unsigned_abs();
            let mut buf = Vec::with_capacity(65);
            loop {
                let d = (n % u64::from(radix)) as u32;
                buf.push(std::char::from_digit(d, radix).unwrap_or('0') as u8);
                n /= u64::from(radix);
                if n == 0 {
                    break;
                }
            }
            if *v < 0 {
                buf.push(b'-');
            }
            buf.reverse();
            String::from_utf8(buf).unwrap_or_default()
        }
        // Decimal conversion of a huge number stops at the deadline: an
        // empty string then, after `mark_interrupted`, so that the caller's
        // `Vm::after_kernel` ends the run before anything sees it.
        Int::Big(b) if radix == 10 => super::bigwork::to_decimal_signed(b).unwrap_or_else(|_| {
            crate::sandbox::deadline::mark_interrupted();
            String::new()
        }),
        Int::Big(b) => b.to_str_radix(radix),
    }
}

/// `bin(i)`, `oct(i)`, `hex(i)`: the digits with `0b`/`0o`/`0x` after any sign
/// (`-0x1f`); other radixes get no prefix.
pub fn int_to_prefixed_str(i: &Int, radix: u32) -> String {
    let prefix = match radix {
        2 => "0b",
        8 => "0o",
        16 => "0x",
        _ => "",
    };
    let digits = int_to_str_radix(&super::arith::abs(i), radix);
    let sign = if i.is_negative() { "-" } else { "" };
    format!("{sign}{prefix}{digits}")
}

/// An upper bound on the number of decimal digits of `i` (sign excluded), for
/// budget checks before `str(i)`.
pub fn decimal_digits_bound(i: &Int) -> u64 {
    // log10(2) < 0.30103
    i.bit_length() * 30103 / 100000 + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixed() {
        // python3: bin(-5), oct(8), hex(-31), hex(0)
        assert_eq!(int_to_prefixed_str(&Int::Small(-5), 2), "-0b101");
        assert_eq!(int_to_prefixed_str(&Int::Small(8), 8), "0o10");
        assert_eq!(int_to_prefixed_str(&Int::Small(-31), 16), "-0x1f");
        assert_eq!(int_to_prefixed_str(&Int::Small(0), 16), "0x0");
        assert!(decimal_digits_bound(&Int::Small(999)) >= 3);
    }

    #[test]
    fn big_conversions_are_fast() {
        let s = "9".repeat(100_000);
        let t = std::time::Instant::now();
        let v = parse_int(&s, 10).ok();
        let parse_time = t.elapsed();
        let Some(v) = v else { panic!("parse failed") };
        let t = std::time::Instant::now();
        let back = int_to_str_radix(&v, 10);
        let print_time = t.elapsed();
        assert_eq!(back, s);
        eprintln!("parse {parse_time:?} print {print_time:?}");
        assert!(parse_time.as_millis() < 500 && print_time.as_millis() < 500);
    }
}

#[cfg(test)]
mod dc_tests {
    use super::*;

    #[test]
    fn divide_and_conquer_matches_plain_parsing() {
        let mut x: u64 = 12345;
        for (len, base) in [
            (4097usize, 10u32),
            (10_000, 10),
            (50_001, 16),
            (20_000, 7),
            (65_536, 36),
        ] {
            let digits: Vec<u8> = (0..len)
                .map(|_| {
                    x ^= x << 13;
                    x ^= x >> 7;
                    x ^= x << 17;
                    std::char::from_digit((x % u64::from(base)) as u32, base)
                        .map_or(b'0', |c| c as u8)
                })
                .collect();
            assert_eq!(
                parse_digits(&digits, base),
                BigUint::parse_bytes(&digits, base),
                "len {len} base {base}"
            );
        }
    }
}

#[cfg(test)]
mod speed_probe {
    #[test]
    #[ignore]
    fn million_digits() {
        let s = "7".repeat(1_000_000);
        let t = std::time::Instant::now();
        let v = super::parse_int(&s, 10).unwrap_or_default();
        eprintln!("parse 1M digits: {:?}", t.elapsed());
        let t = std::time::Instant::now();
        let back = super::int_to_str_radix(&v, 10);
        eprintln!("print 1M digits: {:?} ({} chars)", t.elapsed(), back.len());
    }
}
