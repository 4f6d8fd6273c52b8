//! Tests against python3's answers (testdata/*.txt, written by testdata/gen.py).

use super::*;
use crate::format::float_repr;
use crate::text::testutil::{cases, Checker};

const BUDGET: u64 = 1 << 24;

fn int(s: &str) -> Int {
    match parse::parse_int(s, 10) {
        Ok(v) => v,
        Err(e) => panic!("bad int in test data {s:?}: {e}"),
    }
}

fn float(s: &str) -> f64 {
    s.parse()
        .unwrap_or_else(|_| panic!("bad float in test data {s:?}"))
}

fn err_text(e: &ArithError) -> String {
    format!("!{}: {}", e.py_type(), e)
}

fn show<T>(r: Result<T, ArithError>, f: impl FnOnce(T) -> String) -> String {
    match r {
        Ok(v) => f(v),
        Err(e) => err_text(&e),
    }
}

fn num_text(n: Number) -> String {
    match n {
        Number::Int(i) => i.to_string(),
        Number::Float(x) => float_repr(x),
        Number::NeedsComplex => "complex".into(),
    }
}

#[test]
fn int_ops_match_python3() {
    let mut c = Checker::default();
    for row in cases(include_str!("testdata/int_ops.txt")) {
        let f = |i: usize| row.get(i).map(String::as_str).unwrap_or("");
        let (op, want) = (f(0), row.last().map(String::as_str).unwrap_or(""));
        let a = int(f(1));
        let got = match op {
            "neg" => neg(&a).to_string(),
            "invert" => invert(&a).to_string(),
            "bit_length" => a.bit_length().to_string(),
            "float" => show(int_to_f64(&a), float_repr),
            "round" => int_round(&a, &int(f(2))).to_string(),
            "powmod" => show(pow(&a, &int(f(2)), Some(&int(f(3))), BUDGET), num_text),
            _ => {
                let b = int(f(2));
                match op {
                    "add" => add(&a, &b).to_string(),
                    "sub" => sub(&a, &b).to_string(),
                    "mul" => show(mul(&a, &b, BUDGET), |v| v.to_string()),
                    "floordiv" => show(floordiv(&a, &b), |v| v.to_string()),
                    "mod" => show(modulo(&a, &b), |v| v.to_string()),
                    "divmod" => show(divmod(&a, &b), |(q, r)| format!("{q} {r}")),
                    "truediv" => show(truediv(&a, &b), float_repr),
                    "and" => bitand(&a, &b).to_string(),
                    "or" => bitor(&a, &b).to_string(),
                    "xor" => bitxor(&a, &b).to_string(),
                    "pow" => show(pow(&a, &b, None, BUDGET), num_text),
                    "lshift" => show(lshift(&a, &b, BUDGET), |v| v.to_string()),
                    "rshift" => show(rshift(&a, &b), |v| v.to_string()),
                    other => panic!("unknown op {other}"),
                }
            }
        };
        c.check(&row.join(" "), &got, want);
    }
    c.finish("int_ops");
}

#[test]
fn int_float_comparisons_match_python3() {
    let mut c = Checker::default();
    for row in cases(include_str!("testdata/int_float_cmp.txt")) {
        let got = match cmp_int_float(&int(&row[0]), float(&row[1])) {
            None => "u",
            Some(std::cmp::Ordering::Less) => "<",
            Some(std::cmp::Ordering::Equal) => "=",
            Some(std::cmp::Ordering::Greater) => ">",
        };
        c.check(&row.join(" "), got, &row[2]);
    }
    c.finish("int_float_cmp");
}

#[test]
fn float_ops_match_python3() {
    let mut c = Checker::default();
    for row in cases(include_str!("testdata/float_ops.txt")) {
        let x = float(&row[1]);
        let want = row.last().map(String::as_str).unwrap_or("");
        let got = match row[0].as_str() {
            "truediv" => show(float_truediv(x, float(&row[2])), float_repr),
            "floordiv" => show(float_floordiv(x, float(&row[2])), float_repr),
            "mod" => show(float_mod(x, float(&row[2])), float_repr),
            "divmod" => show(float_divmod(x, float(&row[2])), |(q, r)| {
                format!("{} {}", float_repr(q), float_repr(r))
            }),
            "pow" => show(float_pow(x, float(&row[2])), |p| match p {
                FloatPow::Real(v) => float_repr(v),
                FloatPow::NeedsComplex => "complex".into(),
            }),
            "round" => show(float_round(x, row[2].parse().unwrap_or(0)), float_repr),
            "ratio" => show(float_as_integer_ratio(x), |(n, d)| format!("{n} {d}")),
            "hex" => float_hex(x),
            "is_integer" => if float_is_integer(x) { "True" } else { "False" }.to_string(),
            "int" => show(f64_to_int(x), |v| v.to_string()),
            "round0" => show(float_round_to_int(x), |v| v.to_string()),
            other => panic!("unknown op {other}"),
        };
        c.check(&row.join(" "), &got, want);
    }
    c.finish("float_ops");
}

#[test]
fn fromhex_matches_python3() {
    let mut c = Checker::default();
    for row in cases(include_str!("testdata/fromhex.txt")) {
        c.check(&row[0], &show(float_fromhex(&row[0]), float_repr), &row[1]);
    }
    c.finish("fromhex");
}

#[test]
fn hashes_match_python3() {
    let mut c = Checker::default();
    for row in cases(include_str!("testdata/hash.txt")) {
        let got = match row[0].as_str() {
            "int" => hash::hash_int(&int(&row[1])),
            "float" => hash::hash_float(float(&row[1])),
            _ => hash::hash_complex(float(&row[1]), float(&row[2])),
        };
        c.check(
            &row.join(" "),
            &got.to_string(),
            row.last().map(String::as_str).unwrap_or(""),
        );
    }
    c.finish("hash");
}

#[test]
fn int_parsing_matches_python3() {
    let mut c = Checker::default();
    for row in cases(include_str!("testdata/parse_int.txt")) {
        let base: u32 = row[1].parse().unwrap_or(10);
        let got = match parse::parse_int(&row[0], base) {
            Ok(v) => v.to_string(),
            Err(e) => format!("!ValueError: {e}"),
        };
        c.check(&format!("{:?} base {base}", row[0]), &got, &row[2]);
    }
    c.finish("parse_int");
}

#[test]
fn float_parsing_matches_python3() {
    let mut c = Checker::default();
    for row in cases(include_str!("testdata/parse_float.txt")) {
        let got = match parse::parse_float(&row[0]) {
            Some(v) => float_repr(v),
            None => format!("!ValueError: {}", parse::float_parse_error_message(&row[0])),
        };
        c.check(&format!("{:?}", row[0]), &got, &row[1]);
    }
    c.finish("parse_float");
}

fn hex_decode(s: &str) -> Vec<u8> {
    (0..s.len() / 2)
        .filter_map(|i| u8::from_str_radix(s.get(2 * i..2 * i + 2)?, 16).ok())
        .collect()
}

#[test]
fn bytes_conversions_match_python3() {
    let mut c = Checker::default();
    for row in cases(include_str!("testdata/bytes.txt")) {
        let got = if row[0] == "to" {
            let r = int_to_bytes(
                &int(&row[1]),
                row[2].parse().unwrap_or(0),
                row[3] == "big",
                row[4] == "True",
                1 << 20,
            );
            show(r, |b| b.iter().map(|x| format!("{x:02x}")).collect())
        } else {
            int_from_bytes(&hex_decode(&row[1]), row[2] == "big", row[3] == "True").to_string()
        };
        c.check(
            &row.join(" "),
            &got,
            row.last().map(String::as_str).unwrap_or(""),
        );
    }
    c.finish("bytes");
}

#[test]
fn radix_text_matches_python3() {
    let mut c = Checker::default();
    for row in cases(include_str!("testdata/radix.txt")) {
        let got = parse::int_to_str_radix(&int(&row[0]), row[1].parse().unwrap_or(10));
        c.check(&row.join(" "), &got, &row[2]);
    }
    c.finish("radix");
}

#[test]
fn budgets_refuse_before_computing() {
    let big = Int::Small(3);
    let t = std::time::Instant::now();
    assert!(matches!(
        pow(&big, &Int::Small(1 << 40), None, BUDGET),
        Err(ArithError::TooLarge { .. })
    ));
    assert!(matches!(
        lshift(&big, &Int::Small(1 << 40), BUDGET),
        Err(ArithError::TooLarge { .. })
    ));
    assert!(t.elapsed().as_millis() < 50);
    // pow(3, 10**6, 10**9+7) and 2**100000 * 3**100000 stay fast.
    let t = std::time::Instant::now();
    let m = Int::Small(1_000_000_007);
    assert_eq!(
        pow(&big, &Int::Small(1_000_000), Some(&m), BUDGET).map(num_text),
        Ok("64935414".into())
    );
    let a = pow(&Int::Small(2), &Int::Small(100_000), None, BUDGET);
    let b = pow(&big, &Int::Small(100_000), None, BUDGET);
    if let (Ok(Number::Int(a)), Ok(Number::Int(b))) = (a, b) {
        assert!(mul(&a, &b, BUDGET).is_ok());
    } else {
        panic!("pow failed");
    }
    let s = parse::int_to_str_radix(
        &match pow(&big, &Int::Small(200_000), None, BUDGET) {
            Ok(Number::Int(v)) => v,
            _ => panic!("pow failed"),
        },
        10,
    );
    assert_eq!(s.len(), 95425);
    eprintln!("big-number checks took {:?}", t.elapsed());
    assert!(t.elapsed().as_millis() < 1000);
}

#[test]
fn complex_ops_match_python3() {
    use super::complex::*;
    let mut c = Checker::default();
    let pair = |s: &str| -> Complex {
        let (a, b) = s.split_once(' ').unwrap_or(("0", "0"));
        (float(a), float(b))
    };
    let ctext = |z: Complex| format!("{} {}", float_repr(z.0), float_repr(z.1));
    let cerr = |e: ComplexError| format!("!{}: {}", e.py_type(), e);
    for row in cases(include_str!("testdata/complex.txt")) {
        let got = match row[0].as_str() {
            "parse" => parse_complex(&row[1]).map(ctext).unwrap_or_else(cerr),
            "div" => complex_div(pair(&row[1]), pair(&row[2]))
                .map(ctext)
                .unwrap_or_else(cerr),
            "mul" => ctext(complex_mul(pair(&row[1]), pair(&row[2]))),
            "pow" => complex_pow(pair(&row[1]), pair(&row[2]))
                .map(ctext)
                .unwrap_or_else(cerr),
            _ => complex_abs(pair(&row[1]))
                .map(float_repr)
                .unwrap_or_else(cerr),
        };
        c.check(&row.join(" | "), &got, &row[3]);
    }
    c.finish("complex");
}

#[test]
fn slice_indices_match_python3() {
    use super::slice::slice_indices;
    let mut c = Checker::default();
    let opt = |s: &str| if s == "None" { None } else { Some(int(s)) };
    for row in cases(include_str!("testdata/slice.txt")) {
        let (a, b, s) = (opt(&row[0]), opt(&row[1]), opt(&row[2]));
        let n: usize = row[3].parse().unwrap_or(0);
        let got = match slice_indices(a.as_ref(), b.as_ref(), s.as_ref(), n) {
            Ok(r) => format!("{} {} {} {}", r.start, r.stop, r.step, r.len),
            Err(e) => format!("!ValueError: {e}"),
        };
        c.check(&row.join(" "), &got, &row[4]);
    }
    c.finish("slice");
}
