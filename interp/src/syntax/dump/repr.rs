//! The `repr()` of the values `ast.dump` prints, as CPython 3.4 writes them:
//! `str` (with 3.4's printable set), `bytes`, `float` (shortest round-trip
//! digits, CPython's `'r'` format) and imaginary numbers.

use super::printable::PRINTABLE34;

/// Whether CPython 3.4's `str.isprintable()` holds for `c`.
pub fn is_printable34(c: char) -> bool {
    let cp = c as u32;
    // Index of the last range starting at or before `cp`.
    let i = PRINTABLE34.partition_point(|&(start, _)| start <= cp);
    i > 0 && PRINTABLE34.get(i - 1).is_some_and(|&(_, end)| cp <= end)
}

/// `repr(s)` for a `str`, as CPython 3.4 prints it.
pub fn str_repr(s: &str, out: &mut String) {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    out.push(quote);
    for c in s.chars() {
        let cp = c as u32;
        match c {
            _ if c == quote || c == '\\' => {
                out.push('\\');
                out.push(c);
            }
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            _ if cp < 0x20 || cp == 0x7f => out.push_str(&format!("\\x{:02x}", cp)),
            _ if cp < 0x7f || is_printable34(c) => out.push(c),
            _ if cp <= 0xff => out.push_str(&format!("\\x{:02x}", cp)),
            _ if cp <= 0xffff => out.push_str(&format!("\\u{:04x}", cp)),
            _ => out.push_str(&format!("\\U{:08x}", cp)),
        }
    }
    out.push(quote);
}

/// `repr(b)` for a `bytes` object.
pub fn bytes_repr(b: &[u8], out: &mut String) {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    out.push('b');
    out.push(quote as char);
    for &c in b {
        match c {
            _ if c == quote || c == b'\\' => {
                out.push('\\');
                out.push(c as char);
            }
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            _ if !(0x20..0x7f).contains(&c) => out.push_str(&format!("\\x{:02x}", c)),
            _ => out.push(c as char),
        }
    }
    out.push(quote as char);
}

/// `repr(x)` for a float: CPython's shortest round-trip repr
/// (`1e+16`, `1.5e-07`, `0.0001`, `100.0`, `inf`, `nan`).
pub fn float_repr(x: f64) -> String {
    short_repr(x, true)
}

/// `repr(complex(0, imag))`: `1j`, `1.5j`, `1e+16j`, `infj`.
pub fn imag_repr(imag: f64) -> String {
    let mut s = short_repr(imag, false);
    s.push('j');
    s
}

/// CPython's `PyOS_double_to_string(x, 'r', 0, flags)`; `add_dot_0` is
/// `Py_DTSF_ADD_DOT_0` (floats have it, complex parts do not).
fn short_repr(x: f64, add_dot_0: bool) -> String {
    if x.is_nan() {
        return "nan".to_string();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.to_string();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{}0{}", sign, if add_dot_0 { ".0" } else { "" });
    }
    // Rust's `{:e}` gives the shortest round-trip digits: `d.ddde[-]x`.
    let sci = format!("{:e}", x.abs());
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let digits: String = mantissa.chars().filter(|c| c.is_ascii_digit()).collect();
    let decpt = exp + 1;
    let n = digits.len() as i32;
    let mut out = String::from(sign);
    if !(-4 < decpt && decpt <= 16) {
        out.push_str(&digits[..1]);
        if n > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        out.push('e');
        out.push(if exp < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", exp.abs()));
    } else if decpt <= 0 {
        out.push_str("0.");
        out.push_str(&"0".repeat((-decpt) as usize));
        out.push_str(&digits);
    } else if decpt >= n {
        out.push_str(&digits);
        out.push_str(&"0".repeat((decpt - n) as usize));
        if add_dot_0 {
            out.push_str(".0");
        }
    } else {
        out.push_str(&digits[..decpt as usize]);
        out.push('.');
        out.push_str(&digits[decpt as usize..]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Expected values are python3's `repr()` of the same floats.
    #[test]
    fn floats_like_cpython() {
        let cases: &[(f64, &str)] = &[
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (1.5e-7, "1.5e-07"),
            (1e-5, "1e-05"),
            (0.0001, "0.0001"),
            (0.1 + 0.2, "0.30000000000000004"),
            (123456789012345678.0, "1.2345678901234568e+17"),
            (100.0, "100.0"),
            (2.5, "2.5"),
            (0.0, "0.0"),
            (-0.0, "-0.0"),
            (f64::INFINITY, "inf"),
            (1e308 * 10.0, "inf"),
            (5e-324, "5e-324"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (12345.678, "12345.678"),
        ];
        for &(x, want) in cases {
            assert_eq!(float_repr(x), want, "repr of {:e}", x);
        }
        assert_eq!(imag_repr(1.0), "1j");
        assert_eq!(imag_repr(1.5), "1.5j");
        assert_eq!(imag_repr(1e16), "1e+16j");
        assert_eq!(imag_repr(0.0), "0j");
        assert_eq!(imag_repr(f64::INFINITY), "infj");
    }

    #[test]
    fn str_and_bytes_reprs() {
        let mut s = String::new();
        str_repr(
            "it's \"x\"\t\u{7f}\u{e9}\u{20bd}\u{1f600}\u{1f92a}\\",
            &mut s,
        );
        assert_eq!(
            s,
            "'it\\'s \"x\"\\t\\x7f\u{e9}\\u20bd\u{1f600}\\U0001f92a\\\\'"
        );
        let mut b = String::new();
        bytes_repr(b"a'\x00\xff\n", &mut b);
        assert_eq!(b, "b\"a'\\x00\\xff\\n\"");
    }
}
