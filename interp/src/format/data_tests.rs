//! Tests against python3's answers (testdata/*.txt, written by testdata/gen.py).

use super::fields::parse_format_string;
use super::printf::{
    format_printf_float, format_printf_int, pad_printf_str, parse_printf, Count, PrintfPiece,
};
use super::*;
use crate::num::parse::parse_int;
use crate::text::str_repr;
use crate::text::testutil::{cases, Checker};

const MAX_LEN: usize = 1 << 20;

fn float(s: &str) -> f64 {
    s.parse().unwrap_or_else(|_| panic!("bad float {s:?}"))
}

fn err_text(e: &FormatError) -> String {
    format!("!{}: {}", e.py_type(), e)
}

fn show(r: Result<String, FormatError>) -> String {
    r.unwrap_or_else(|e| err_text(&e))
}

#[test]
fn float_repr_matches_python3() {
    let mut c = Checker::default();
    for row in cases(include_str!("testdata/float_repr.txt")) {
        let bits = u64::from_str_radix(&row[0], 16)
            .map(u64::swap_bytes)
            .unwrap_or(0);
        let x = f64::from_bits(bits);
        c.check(&row[0], &float_repr(x), &row[1]);
    }
    let n = c.finish("float_repr");
    eprintln!("{n} float reprs checked");
}

#[test]
fn complex_repr_matches_python3() {
    let mut c = Checker::default();
    for row in cases(include_str!("testdata/complex_repr.txt")) {
        c.check(
            &row.join(" "),
            &complex_repr(float(&row[0]), float(&row[1])),
            &row[2],
        );
    }
    c.finish("complex_repr");
}

#[test]
fn format_specs_match_python3() {
    let mut c = Checker::default();
    for row in cases(include_str!("testdata/spec.txt")) {
        let (kind, value, spec, want) = (&row[0], &row[1], &row[2], &row[3]);
        let got = show(FormatSpec::parse(spec).and_then(|sp| match kind.as_str() {
            "int" => match parse_int(value, 10) {
                Ok(i) => format_int(&i, &sp, MAX_LEN),
                Err(e) => panic!("bad int {e}"),
            },
            "float" => format_float(float(value), &sp, MAX_LEN),
            "complex" => {
                let (a, b) = value.split_once(' ').unwrap_or(("0", "0"));
                format_complex(float(a), float(b), &sp, MAX_LEN)
            }
            _ => format_str(value, &sp, MAX_LEN),
        }));
        c.check(&format!("format({kind} {value:?}, {spec:?})"), &got, want);
    }
    c.finish("spec");
}

/// Formats one value with a single-conversion template, as `template % (value,)`.
fn printf_one(template: &str, conv: &str, value: &str) -> Result<String, FormatError> {
    let pieces = parse_printf(template)?;
    let mut out = String::new();
    for p in pieces {
        match p {
            PrintfPiece::Literal(t) => out.push_str(&t),
            PrintfPiece::Spec(s) => {
                let width = match s.width {
                    Some(Count::Num(n)) => n,
                    _ => 0,
                };
                let prec = match s.precision {
                    Some(Count::Num(n)) => Some(n),
                    _ => None,
                };
                let text = match conv {
                    "d" | "i" | "u" | "o" | "x" | "X" => match parse_int(value, 10) {
                        Ok(i) => {
                            format_printf_int(&i, s.conversion, s.flags, width, prec, MAX_LEN)?
                        }
                        Err(e) => panic!("{e}"),
                    },
                    "e" | "E" | "f" | "F" | "g" | "G" => format_printf_float(
                        float(value),
                        s.conversion,
                        s.flags,
                        width,
                        prec,
                        MAX_LEN,
                    )?,
                    "r" => pad_printf_str(&str_repr(value), s.flags, width, prec, MAX_LEN)?,
                    "a" => pad_printf_str(
                        &crate::text::str_ascii(value),
                        s.flags,
                        width,
                        prec,
                        MAX_LEN,
                    )?,
                    _ => pad_printf_str(value, s.flags, width, prec, MAX_LEN)?,
                };
                out.push_str(&text);
            }
        }
    }
    Ok(out)
}

#[test]
fn printf_matches_python3() {
    let mut c = Checker::default();
    for row in cases(include_str!("testdata/printf.txt")) {
        let got = show(printf_one(&row[2], &row[0], &row[1]));
        c.check(&format!("{:?} % {:?}", row[2], row[1]), &got, &row[3]);
    }
    c.finish("printf");
}

#[test]
fn printf_parsing_matches_python3() {
    let mut c = Checker::default();
    for row in cases(include_str!("testdata/printf_parse.txt")) {
        let (template, want) = (&row[0], &row[1]);
        let got = match parse_printf(template) {
            Err(e) => err_text(&e),
            Ok(pieces) => {
                if want.starts_with("!TypeError") {
                    want.clone() // argument errors belong to the caller; the parse must succeed
                } else {
                    let mut out = String::from("ok:");
                    for p in pieces {
                        match p {
                            PrintfPiece::Literal(t) => out.push_str(&t),
                            PrintfPiece::Spec(s) => {
                                let w = match s.width {
                                    Some(Count::Num(n)) => n,
                                    _ => 0,
                                };
                                let pr = match s.precision {
                                    Some(Count::Num(n)) => Some(n),
                                    _ => None,
                                };
                                let t = if "eEfFgG".contains(s.conversion) {
                                    format_printf_float(7.0, s.conversion, s.flags, w, pr, MAX_LEN)
                                } else {
                                    format_printf_int(
                                        &crate::num::Int::Small(7),
                                        s.conversion,
                                        s.flags,
                                        w,
                                        pr,
                                        MAX_LEN,
                                    )
                                };
                                out.push_str(&show(t));
                            }
                        }
                    }
                    out
                }
            }
        };
        c.check(template, &got, want);
    }
    c.finish("printf_parse");
}

/// Renders parsed pieces the way `_string.formatter_parser` lists them.
fn formatter_parser_repr(template: &str) -> String {
    let pieces = match parse_format_string(template) {
        Ok(p) => p,
        Err(e) => return err_text(&e),
    };
    let mut items: Vec<String> = Vec::new();
    let mut pending: Option<String> = None;
    for p in pieces {
        match p {
            FormatPiece::Literal(t) => {
                // CPython splits literal text at each escaped brace
                let mut cur = pending.take().unwrap_or_default();
                for ch in t.chars() {
                    cur.push(ch);
                    if ch == '{' || ch == '}' {
                        items.push(format!("({}, None, None, None)", str_repr(&cur)));
                        cur.clear();
                    }
                }
                if !cur.is_empty() {
                    pending = Some(cur);
                }
            }
            FormatPiece::Field(f) => {
                let lit = pending.take().unwrap_or_default();
                let conv = f
                    .conversion
                    .map_or("None".to_string(), |c| str_repr(&c.to_string()));
                items.push(format!(
                    "({}, {}, {}, {})",
                    str_repr(&lit),
                    str_repr(&f.name),
                    str_repr(&f.spec),
                    conv
                ));
            }
        }
    }
    if let Some(lit) = pending {
        items.push(format!("({}, None, None, None)", str_repr(&lit)));
    }
    format!("[{}]", items.join(", "))
}

#[test]
fn format_string_parsing_matches_python3() {
    let mut c = Checker::default();
    for row in cases(include_str!("testdata/fields.txt")) {
        c.check(&row[0], &formatter_parser_repr(&row[0]), &row[1]);
    }
    c.finish("fields");
}
