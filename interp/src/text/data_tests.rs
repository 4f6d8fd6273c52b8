//! Tests against python3's answers (testdata/*.txt, written by testdata/gen.py).

use super::testutil::{cases, Checker};
use super::*;

const MAX_LEN: usize = 1 << 20;

fn opt_str(s: &str) -> Option<&str> {
    if s == "None" {
        None
    } else {
        s.get(1..s.len() - 1)
    }
}

fn opt_int(s: &str) -> Option<i64> {
    s.parse().ok()
}

fn list(items: &[&str]) -> String {
    format!(
        "[{}]",
        items
            .iter()
            .map(|s| str_repr(s))
            .collect::<Vec<_>>()
            .join(", ")
    )
}

fn tuple3((a, b, c): (&str, &str, &str)) -> String {
    format!("({}, {}, {})", str_repr(a), str_repr(b), str_repr(c))
}

fn py_bool(b: bool) -> String {
    if b { "True" } else { "False" }.to_string()
}

fn show<T>(r: Result<T, TextError>, f: impl FnOnce(T) -> String) -> String {
    r.map(f)
        .unwrap_or_else(|e| format!("!{}: {}", e.py_type(), e))
}

fn one_char(s: &str) -> char {
    s.chars().next().unwrap_or(' ')
}

fn run_method(row: &[String]) -> String {
    let s = row[0].as_str();
    let a = |i: usize| row.get(i).map(String::as_str).unwrap_or("");
    match a(1) {
        "split" => show(split(s, opt_str(a(2)), opt_int(a(3)).unwrap_or(-1)), |v| {
            list(&v)
        }),
        "rsplit" => show(rsplit(s, opt_str(a(2)), opt_int(a(3)).unwrap_or(-1)), |v| {
            list(&v)
        }),
        "splitlines" => list(&splitlines(s, a(2) == "True")),
        "strip" => str_repr(strip(s, opt_str(a(2)))),
        "lstrip" => str_repr(lstrip(s, opt_str(a(2)))),
        "rstrip" => str_repr(rstrip(s, opt_str(a(2)))),
        m @ ("find" | "rfind" | "count" | "startswith" | "endswith" | "index" | "rindex") => {
            let (sub, st, en) = (a(2), opt_int(a(3)), opt_int(a(4)));
            match m {
                "find" => find(s, sub, st, en).to_string(),
                "rfind" => rfind(s, sub, st, en).to_string(),
                "count" => count(s, sub, st, en).to_string(),
                "startswith" => py_bool(startswith(s, sub, st, en)),
                "endswith" => py_bool(endswith(s, sub, st, en)),
                "index" => show(index(s, sub, st, en), |v| v.to_string()),
                _ => show(rindex(s, sub, st, en), |v| v.to_string()),
            }
        }
        "replace" => show(
            replace(s, a(2), a(3), opt_int(a(4)).unwrap_or(-1), MAX_LEN),
            |v| str_repr(&v),
        ),
        "partition" => show(partition(s, a(2)), tuple3),
        "rpartition" => show(rpartition(s, a(2)), tuple3),
        "expandtabs" => show(expandtabs(s, opt_int(a(2)).unwrap_or(8), MAX_LEN), |v| {
            str_repr(&v)
        }),
        "center" => show(
            center(s, opt_int(a(2)).unwrap_or(0), one_char(a(3)), MAX_LEN),
            |v| str_repr(&v),
        ),
        "ljust" => show(
            ljust(s, opt_int(a(2)).unwrap_or(0), one_char(a(3)), MAX_LEN),
            |v| str_repr(&v),
        ),
        "rjust" => show(
            rjust(s, opt_int(a(2)).unwrap_or(0), one_char(a(3)), MAX_LEN),
            |v| str_repr(&v),
        ),
        "zfill" => show(zfill(s, opt_int(a(2)).unwrap_or(0), MAX_LEN), |v| {
            str_repr(&v)
        }),
        "upper" => str_repr(&upper(s)),
        "lower" => str_repr(&lower(s)),
        "casefold" => str_repr(&casefold(s)),
        "swapcase" => str_repr(&swapcase(s)),
        "title" => str_repr(&title(s)),
        "capitalize" => str_repr(&capitalize(s)),
        "isalpha" => py_bool(isalpha(s)),
        "isalnum" => py_bool(isalnum(s)),
        "isdecimal" => py_bool(isdecimal(s)),
        "isdigit" => py_bool(isdigit(s)),
        "isnumeric" => py_bool(isnumeric(s)),
        "isspace" => py_bool(isspace(s)),
        "islower" => py_bool(islower(s)),
        "isupper" => py_bool(isupper(s)),
        "istitle" => py_bool(istitle(s)),
        "isidentifier" => py_bool(isidentifier(s)),
        "isprintable" => py_bool(isprintable(s)),
        "repr" => str_repr(s),
        "ascii" => str_ascii(s),
        "maketrans_translate" => {
            let table = maketrans("abΣ", "xyz", Some(" ")).unwrap_or_default();
            let r: Result<String, ()> = translate(s, |c| {
                Ok(match table.iter().rev().find(|(k, _)| *k == c as u32) {
                    None => Mapped::Unchanged,
                    Some((_, None)) => Mapped::Delete,
                    Some((_, Some(v))) => {
                        char::from_u32(*v).map_or(Mapped::Unchanged, Mapped::Char)
                    }
                })
            });
            str_repr(&r.unwrap_or_default())
        }
        other => panic!("unknown method {other}"),
    }
}

#[test]
fn str_methods_match_python3() {
    let mut c = Checker::default();
    for row in cases(include_str!("testdata/methods.txt")) {
        let want = row.last().cloned().unwrap_or_default();
        let what = format!(
            "{:?}.{}({})",
            row[0],
            row[1],
            row[2..row.len() - 1].join(", ")
        );
        c.check(&what, &run_method(&row), &want);
    }
    let n = c.finish("str methods");
    eprintln!("{n} str method cases checked");
}

#[test]
fn char_properties_match_python3() {
    let mut c = Checker::default();
    for row in cases(include_str!("testdata/chars.txt")) {
        let cp = u32::from_str_radix(&row[0], 16).unwrap_or(0);
        let Some(ch) = char::from_u32(cp) else {
            continue;
        };
        let s = ch.to_string();
        let bits: String = [
            props::is_alpha(ch),
            props::is_alnum(ch),
            props::is_decimal(ch),
            props::is_digit(ch),
            props::is_numeric(ch),
            props::is_space(ch),
            islower(&s),
            isupper(&s),
            istitle(&s),
            isidentifier(&s),
            props::is_printable(ch),
        ]
        .iter()
        .map(|&b| if b { '1' } else { '0' })
        .collect();
        c.check(&format!("U+{cp:04X} properties"), &bits, &row[1]);
        c.check(&format!("U+{cp:04X} upper"), &upper(&s), &row[2]);
        c.check(&format!("U+{cp:04X} lower"), &lower(&s), &row[3]);
        c.check(&format!("U+{cp:04X} title"), &title(&s), &row[4]);
        c.check(&format!("U+{cp:04X} casefold"), &casefold(&s), &row[5]);
        c.check(&format!("U+{cp:04X} repr"), &str_repr(&s), &row[6]);
    }
    c.finish("chars");
}

#[test]
fn bytes_reprs_match_python3() {
    let mut c = Checker::default();
    for row in cases(include_str!("testdata/bytes.txt")) {
        let b: Vec<u8> = (0..row[0].len() / 2)
            .filter_map(|i| u8::from_str_radix(&row[0][2 * i..2 * i + 2], 16).ok())
            .collect();
        c.check(&row[0], &bytes_repr(&b), &row[1]);
        c.check(&row[0], &repr::bytearray_repr(&b), &row[2]);
    }
    c.finish("bytes repr");
}

fn unhex(s: &str) -> Vec<u8> {
    (0..s.len() / 2)
        .filter_map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).ok())
        .collect()
}

fn opt_bytes(s: &str) -> Option<Vec<u8>> {
    if s == "None" {
        None
    } else {
        s.get(2..s.len() - 1).map(|t| t.as_bytes().to_vec())
    }
}

fn blist(items: &[&[u8]]) -> String {
    format!(
        "[{}]",
        items
            .iter()
            .map(|b| bytes_repr(b))
            .collect::<Vec<_>>()
            .join(", ")
    )
}

fn btuple((a, b, c): (&[u8], &[u8], &[u8])) -> String {
    format!("({}, {}, {})", bytes_repr(a), bytes_repr(b), bytes_repr(c))
}

fn run_bytes_method(row: &[String]) -> String {
    use super::bytes as B;
    let b = unhex(&row[0]);
    let b = b.as_slice();
    let a = |i: usize| row.get(i).map(String::as_str).unwrap_or("");
    let br = |v: Result<Vec<u8>, TextError>| show(v, |v| bytes_repr(&v));
    match a(1) {
        "split" => show(
            B::split(b, opt_bytes(a(2)).as_deref(), opt_int(a(3)).unwrap_or(-1)),
            |v| blist(&v),
        ),
        "rsplit" => show(
            B::rsplit(b, opt_bytes(a(2)).as_deref(), opt_int(a(3)).unwrap_or(-1)),
            |v| blist(&v),
        ),
        "splitlines" => blist(&B::splitlines(b, a(2) == "True")),
        "strip" => bytes_repr(B::strip(b, opt_bytes(a(2)).as_deref())),
        "lstrip" => bytes_repr(B::lstrip(b, opt_bytes(a(2)).as_deref())),
        "rstrip" => bytes_repr(B::rstrip(b, opt_bytes(a(2)).as_deref())),
        m @ ("find" | "rfind" | "count" | "startswith" | "endswith" | "index" | "rindex") => {
            let (sub, st, en) = (unhex(a(2)), opt_int(a(3)), opt_int(a(4)));
            match m {
                "find" => B::find(b, &sub, st, en).to_string(),
                "rfind" => B::rfind(b, &sub, st, en).to_string(),
                "count" => B::count(b, &sub, st, en).to_string(),
                "startswith" => py_bool(B::startswith(b, &sub, st, en)),
                "endswith" => py_bool(B::endswith(b, &sub, st, en)),
                "index" => show(B::index(b, &sub, st, en), |v| v.to_string()),
                _ => show(B::rindex(b, &sub, st, en), |v| v.to_string()),
            }
        }
        "replace" => br(B::replace(
            b,
            &unhex(a(2)),
            &unhex(a(3)),
            opt_int(a(4)).unwrap_or(-1),
            MAX_LEN,
        )),
        "partition" => show(B::partition(b, &unhex(a(2))), btuple),
        "rpartition" => show(B::rpartition(b, &unhex(a(2))), btuple),
        "expandtabs" => br(B::expandtabs(b, opt_int(a(2)).unwrap_or(8), MAX_LEN)),
        "center" => br(B::center(b, opt_int(a(2)).unwrap_or(0), b'*', MAX_LEN)),
        "ljust" => br(B::ljust(b, opt_int(a(2)).unwrap_or(0), b'*', MAX_LEN)),
        "rjust" => br(B::rjust(b, opt_int(a(2)).unwrap_or(0), b'*', MAX_LEN)),
        "zfill" => br(B::zfill(b, opt_int(a(2)).unwrap_or(0), MAX_LEN)),
        "upper" => bytes_repr(&B::upper(b)),
        "lower" => bytes_repr(&B::lower(b)),
        "swapcase" => bytes_repr(&B::swapcase(b)),
        "title" => bytes_repr(&B::title(b)),
        "capitalize" => bytes_repr(&B::capitalize(b)),
        "isalpha" => py_bool(B::isalpha(b)),
        "isalnum" => py_bool(B::isalnum(b)),
        "isdigit" => py_bool(B::isdigit(b)),
        "isspace" => py_bool(B::isspace(b)),
        "islower" => py_bool(B::islower(b)),
        "isupper" => py_bool(B::isupper(b)),
        "istitle" => py_bool(B::istitle(b)),
        "translate" => match B::maketrans(b"ab", b"xy") {
            Ok(t) => bytes_repr(&B::translate(b, Some(&t), b" ")),
            Err(e) => e.to_string(),
        },
        "fromhex" => {
            B::fromhex(a(2)).map_or_else(|e| format!("!ValueError: {e}"), |v| bytes_repr(&v))
        }
        other => panic!("unknown bytes method {other}"),
    }
}

#[test]
fn bytes_methods_match_python3() {
    let mut c = Checker::default();
    for row in cases(include_str!("testdata/bytes_methods.txt")) {
        let want = row.last().cloned().unwrap_or_default();
        let what = format!(
            "{}.{}({})",
            row[0],
            row[1],
            row[2..row.len() - 1].join(", ")
        );
        c.check(&what, &run_bytes_method(&row), &want);
    }
    c.finish("bytes methods");
}

#[test]
fn codecs_match_python3() {
    use super::codecs::*;
    let mut c = Checker::default();
    for row in cases(include_str!("testdata/codecs.txt")) {
        let err = |e: CodecError| format!("!{}: {}", e.py_type(), e);
        let got = if row[0] == "decode" {
            decode_with(&unhex(&row[1]), &row[2], &row[3]).map_or_else(err, |s| str_repr(&s))
        } else {
            encode_with(&row[1], &row[2], &row[3]).map_or_else(err, |b| bytes_repr(&b))
        };
        c.check(&row[..4].join(" "), &got, &row[4]);
    }
    c.finish("codecs");
}
