//! The `repr()` of the values `ast.dump` prints, as CPython 3.4 writes them.
//! Thin adapters over the shared kernels ([`crate::text`] for str/bytes with
//! 3.4's printable set, [`crate::format`] for CPython's shortest float repr),
//! so the dump and the interpreter's `repr()` cannot disagree.

/// `repr(s)` for a `str`, as CPython 3.4 prints it, appended to `out`.
pub fn str_repr(s: &str, out: &mut String) {
    out.push_str(&crate::text::str_repr(s));
}

/// `repr(b)` for a `bytes` object, appended to `out`.
pub fn bytes_repr(b: &[u8], out: &mut String) {
    out.push_str(&crate::text::bytes_repr(b));
}

/// `repr(x)` for a float: CPython's shortest round-trip repr
/// (`1e+16`, `1.5e-07`, `0.0001`, `100.0`, `inf`, `nan`).
pub fn float_repr(x: f64) -> String {
    crate::format::float_repr(x)
}

/// `repr(complex(0, imag))`: `1j`, `1.5j`, `1e+16j`, `infj`.
pub fn imag_repr(imag: f64) -> String {
    crate::format::complex_repr(0.0, imag)
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
            // A tie between two shortest strings: CPython picks ...2.
            (1649754385039869.2, "1649754385039869.2"),
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
