//! Values measured on CPython 3.4.10 (rows of /work/shared/py34-vs-py311.md, which
//! ran each probe under python3.4): the kernels must reproduce them exactly.

use super::complex::{complex_div, complex_pow};
use super::*;
use crate::format::printf::{format_printf_float, PrintfFlags};
use crate::format::{complex_repr, float_repr, format_float, format_int, format_str, FormatSpec};
use crate::text::{str_ascii, str_repr};

const BUDGET: u64 = 1 << 24;

fn msg<T: std::fmt::Debug, E: std::fmt::Display>(r: Result<T, E>) -> String {
    match r {
        Ok(v) => panic!("expected an error, got {v:?}"),
        Err(e) => e.to_string(),
    }
}

fn fmt_int(v: i64, spec: &str) -> String {
    FormatSpec::parse(spec)
        .and_then(|s| format_int(&Int::Small(v), &s, 1 << 20))
        .unwrap_or_else(|e| e.to_string())
}

fn fmt_float(v: f64, spec: &str) -> String {
    FormatSpec::parse(spec)
        .and_then(|s| format_float(v, &s, 1 << 20))
        .unwrap_or_else(|e| e.to_string())
}

#[test]
fn arithmetic_errors_rows_94_to_97() {
    let (one, zero) = (Int::Small(1), Int::Small(0));
    assert_eq!(
        msg(modulo(&one, &zero)),
        "integer division or modulo by zero"
    );
    assert_eq!(msg(float_floordiv(1.0, 0.0)), "float divmod()");
    assert_eq!(msg(truediv(&one, &zero)), "division by zero");
    assert_eq!(
        msg(floordiv(&one, &zero)),
        "integer division or modulo by zero"
    );
    assert_eq!(
        msg(divmod(&one, &zero)),
        "integer division or modulo by zero"
    );
    assert_eq!(msg(float_truediv(1.0, 0.0)), "float division by zero");
    assert_eq!(msg(float_mod(1.0, 0.0)), "float modulo");
    assert_eq!(msg(float_divmod(1.0, 0.0)), "float divmod()");
    assert_eq!(
        msg(pow(&zero, &Int::Small(-1), None, BUDGET)),
        "0.0 cannot be raised to a negative power"
    );
    assert_eq!(
        msg(complex_div((1.0, 0.0), (0.0, 0.0))),
        "complex division by zero"
    );
    let big = match pow(&Int::Small(10), &Int::Small(400), None, BUDGET) {
        Ok(Number::Int(v)) => v,
        other => panic!("{other:?}"),
    };
    assert_eq!(msg(int_to_f64(&big)), "int too large to convert to float");
    assert_eq!(
        msg(float_pow(2.0, 10000.0)),
        "(34, 'Numerical result out of range')"
    );
    assert_eq!(
        msg(f64_to_int(f64::INFINITY)),
        "cannot convert float infinity to integer"
    );
}

#[test]
fn parsing_rows_10_11_14_217() {
    assert_eq!(
        msg(parse::parse_int("x", 10)),
        "invalid literal for int() with base 10: 'x'"
    );
    assert_eq!(
        msg(parse::parse_int("", 10)),
        "invalid literal for int() with base 10: ''"
    );
    assert_eq!(
        msg(parse::parse_int("12", 2)),
        "invalid literal for int() with base 2: '12'"
    );
    assert_eq!(
        msg(parse::parse_int("z", 37)),
        "int() base must be >= 2 and <= 36"
    );
    assert_eq!(
        msg(parse::parse_int("1_0", 10)),
        "invalid literal for int() with base 10: '1_0'"
    );
    assert_eq!(parse::parse_float("x"), None);
    assert_eq!(
        parse::float_parse_error_message("x"),
        "could not convert string to float: 'x'"
    );
    assert_eq!(
        parse::float_parse_error_message(""),
        "could not convert string to float: "
    );
    assert_eq!(parse::parse_float("1_0"), None);
    assert_eq!(
        parse::float_parse_error_message("1_0"),
        "could not convert string to float: '1_0'"
    );
    // row 227: no digit limit in 3.4
    assert!(parse::parse_int(&"9".repeat(4301), 10).is_ok());
    let v = match pow(&Int::Small(2), &Int::Small(20000), None, BUDGET) {
        Ok(Number::Int(v)) => v,
        other => panic!("{other:?}"),
    };
    assert_eq!(parse::int_to_str_radix(&v, 10).len(), 6021);
}

#[test]
fn format_rows_23_24_215_216_218_219_220() {
    assert_eq!(
        fmt_int(1, "z"),
        "Unknown format code 'z' for object of type 'int'"
    );
    assert_eq!(
        FormatSpec::parse("05")
            .and_then(|s| format_str("a", &s, 100))
            .unwrap_or_else(|e| e.to_string()),
        "'=' alignment not allowed in string format specifier"
    );
    assert_eq!(
        fmt_int(1234567, "_"),
        "Unknown format code '_' for object of type 'int'"
    );
    assert_eq!(fmt_float(-0.01, "z.1f"), "Invalid format specifier");
    assert_eq!(fmt_int(1234567, ","), "1,234,567");
    assert_eq!(fmt_float(2.675, ".2f"), "2.67");
    assert_eq!(fmt_float(1234.5, ".3"), "1.23e+03");
    let none = PrintfFlags::default();
    assert_eq!(
        format_printf_float(2.5, 'f', none, 0, Some(0), 100),
        Ok("2".to_string())
    );
    assert_eq!(
        format_printf_float(123456789.0, 'g', none, 0, None, 100),
        Ok("1.23457e+08".to_string())
    );
    assert_eq!(float_repr(0.1 + 0.2), "0.30000000000000004");
    assert_eq!(float_repr(1e16), "1e+16");
    assert_eq!(float_repr(1e-5), "1e-05");
    assert_eq!(float_repr(1e15), "1000000000000000.0");
    assert_eq!(float_repr(123456789012345678.0), "1.2345678901234568e+17");
    assert_eq!(complex_repr(-0.0, -0.0), "(-0-0j)");
}

#[test]
fn rounding_row_215() {
    let r = |x: f64| {
        float_round_to_int(x)
            .map(|v| v.to_string())
            .unwrap_or_default()
    };
    assert_eq!(
        (r(0.5), r(2.5), r(-0.5)),
        ("0".into(), "2".into(), "0".into())
    );
    assert_eq!(float_round(2.675, 2), Ok(2.67));
    assert_eq!(int_round(&Int::Small(25), &Int::Small(-1)), Int::Small(20));
}

#[test]
fn pow_and_division_rows_221_222() {
    assert_eq!(
        msg(pow(
            &Int::Small(2),
            &Int::Small(-1),
            Some(&Int::Small(5)),
            BUDGET
        )),
        "pow() 2nd argument cannot be negative when 3rd argument specified"
    );
    assert_eq!(
        pow(
            &Int::Small(2),
            &Int::Small(3),
            Some(&Int::Small(-5)),
            BUDGET
        ),
        Ok(Number::Int(Int::Small(-2)))
    );
    assert_eq!(
        pow(
            &Int::Small(-2),
            &Int::Small(3),
            Some(&Int::Small(5)),
            BUDGET
        ),
        Ok(Number::Int(Int::Small(2)))
    );
    assert_eq!(
        floordiv(&Int::Small(-7), &Int::Small(2)),
        Ok(Int::Small(-4))
    );
    assert_eq!(modulo(&Int::Small(-7), &Int::Small(2)), Ok(Int::Small(1)));
    assert_eq!(float_divmod(-7.5, 2.0), Ok((-4.0, 0.5)));
    assert_eq!(float_pow(-8.0, 1.0 / 3.0), Ok(FloatPow::NeedsComplex));
    let z = complex_pow((-8.0, 0.0), (1.0 / 3.0, 0.0)).map(|(a, b)| complex_repr(a, b));
    assert_eq!(
        z,
        Ok("(1.0000000000000002+1.7320508075688772j)".to_string())
    );
}

#[test]
fn bytes_rows_223() {
    assert_eq!(
        int_to_bytes(&Int::Small(1024), 2, true, false, 64),
        Ok(vec![4, 0])
    );
    assert_eq!(int_from_bytes(&[0, 0x10], true, false), Int::Small(16));
    assert_eq!(
        msg(int_to_bytes(&Int::Small(256), 1, true, false, 64)),
        "int too big to convert"
    );
    assert_eq!(
        msg(int_to_bytes(&Int::Small(-1), 1, true, false, 64)),
        "can't convert negative int to unsigned"
    );
    assert_eq!(Int::Small(-255).bit_length(), 8);
}

#[test]
fn hash_rows_228_to_230() {
    use hash::*;
    let two = Int::Small(2);
    let p = |e: i64| match pow(&two, &Int::Small(e), None, BUDGET) {
        Ok(Number::Int(v)) => v,
        other => panic!("{other:?}"),
    };
    assert_eq!(hash_int(&Int::Small(1)), 1);
    assert_eq!(hash_int(&Int::Small(-1)), -2);
    assert_eq!(hash_float(1.5), 1152921504606846977);
    assert_eq!(hash_int(&p(61)), 1);
    assert_eq!(hash_int(&p(64)), 8);
    assert_eq!(hash_float(f64::INFINITY), 314159);
    assert_eq!(hash_complex(1.0, 2.0), 2000007);
    assert_eq!(hash_str(""), 0);
    assert_eq!(hash_float(f64::NAN), 0);
    assert_eq!(hash_tuple(Vec::<i64>::new()), 3527539);
    assert_eq!(
        hash_tuple([hash_int(&Int::Small(1)), hash_int(&Int::Small(2))]),
        3713081631934410656
    );
    assert_eq!(hash_frozenset([1, 2]), -1834016341293975159);
}

#[test]
fn repr_rows_209_211() {
    assert_eq!(str_repr("\u{1F92A}"), "'\\U0001f92a'");
    assert_eq!(str_repr("\u{20bd}"), "'\\u20bd'");
    assert_eq!(str_repr("\u{1F600}"), "'\u{1F600}'");
    assert_eq!(str_ascii("\u{e9}\u{1F600}"), "'\\xe9\\U0001f600'");
}
