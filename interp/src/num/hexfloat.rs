//! `float.hex()` and `float.fromhex()`.

use super::convert::compose_f64;
use super::error::ArithError;
use num_bigint::BigUint;

/// `float.hex(x)`: `'0x1.8000000000000p+1'` style, as CPython.
pub fn float_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".to_string();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.to_string();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let exp_field = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (lead, exp) = if exp_field == 0 {
        (0, -1022)
    } else {
        (1, exp_field - 1023)
    };
    format!("{sign}0x{lead}.{frac:013x}p{exp:+}")
}

/// True for the ASCII whitespace CPython's `Py_ISSPACE` accepts.
fn is_py_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// `float.fromhex(s)`, correctly rounded (ties to even).
pub fn float_fromhex(s: &str) -> Result<f64, ArithError> {
    let b = s.as_bytes();
    let mut i = 0;
    let mut end = b.len();
    while i < end && is_py_space(b[i]) {
        i += 1;
    }
    while end > i && is_py_space(b[end - 1]) {
        end -= 1;
    }
    let body = &b[i..end];
    let (negative, body) = match body.first() {
        Some(b'-') => (true, &body[1..]),
        Some(b'+') => (false, &body[1..]),
        _ => (false, body),
    };
    let signed = |v: f64| if negative { -v } else { v };
    let lower: Vec<u8> = body.iter().map(u8::to_ascii_lowercase).collect();
    match lower.as_slice() {
        b"inf" | b"infinity" => return Ok(signed(f64::INFINITY)),
        b"nan" => return Ok(signed(f64::NAN)),
        _ => {}
    }
    let mut rest = lower.as_slice();
    if rest.starts_with(b"0x") {
        rest = &rest[2..];
    }
    let mut digits: Vec<u8> = Vec::new();
    let mut frac_digits: i64 = 0;
    let mut seen_point = false;
    let mut pos = 0;
    while pos < rest.len() {
        let c = rest[pos];
        if c.is_ascii_hexdigit() {
            digits.push(c);
            if seen_point {
                frac_digits += 1;
            }
        } else if c == b'.' && !seen_point {
            seen_point = true;
        } else {
            break;
        }
        pos += 1;
    }
    if digits.is_empty() {
        return Err(ArithError::InvalidHexFloat);
    }
    let mut exp: i64 = 0;
    if pos < rest.len() {
        if rest[pos] != b'p' {
            return Err(ArithError::InvalidHexFloat);
        }
        pos += 1;
        let mut exp_negative = false;
        if pos < rest.len() && (rest[pos] == b'+' || rest[pos] == b'-') {
            exp_negative = rest[pos] == b'-';
            pos += 1;
        }
        if pos >= rest.len() {
            return Err(ArithError::InvalidHexFloat);
        }
        for &c in &rest[pos..] {
            if !c.is_ascii_digit() {
                return Err(ArithError::InvalidHexFloat);
            }
            exp = (exp * 10 + i64::from(c - b'0')).min(1 << 50);
        }
        if exp_negative {
            exp = -exp;
        }
    }
    let m = BigUint::parse_bytes(&digits, 16).unwrap_or_default();
    let v = compose_f64(&m, exp - 4 * frac_digits, false);
    if v.is_infinite() {
        return Err(ArithError::HexFloatTooLarge);
    }
    Ok(signed(v))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_roundtrip() {
        assert_eq!(float_hex(1.0), "0x1.0000000000000p+0");
        assert_eq!(float_hex(0.1), "0x1.999999999999ap-4");
        assert_eq!(float_hex(5e-324), "0x0.0000000000001p-1022");
        assert_eq!(float_hex(-0.0), "-0x0.0p+0");
        for x in [1.0, 0.1, 5e-324, 1e308, -3.5, 123456.789] {
            assert_eq!(float_fromhex(&float_hex(x)), Ok(x));
        }
        assert_eq!(float_fromhex(" 0x1p-1074 "), Ok(5e-324));
        assert_eq!(float_fromhex("0x1p-1075"), Ok(0.0));
        assert_eq!(float_fromhex("0x3p-1076"), Ok(5e-324));
        assert_eq!(float_fromhex("0x1p1024"), Err(ArithError::HexFloatTooLarge));
        assert_eq!(float_fromhex("0x"), Err(ArithError::InvalidHexFloat));
        assert_eq!(float_fromhex("1p"), Err(ArithError::InvalidHexFloat));
    }
}
