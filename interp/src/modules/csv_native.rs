//! `_kaa_csv`, the native fast path of `csv` (`interp/lib/csv.py`):
//! `split_line(body, delimiter, quotechar, skipinitialspace, limit)` splits
//! one complete line (its line break already removed) into fields, with
//! quoted fields and doubled quotes, or returns `None` when the line needs
//! the reader's character state machine (a quote inside an unquoted field,
//! text after a closing quote, an unterminated quoted field, a line break or
//! NUL inside the line, a field over the size limit). The rules are the
//! excel-style ones of CPython's reader with `doublequote=True` and no
//! escape character; the Python module only calls it for such dialects.
//! `record(line, ...)` does the same for a line with its line break, and
//! `join_row(row, ...)` writes one row of plain values (None, bool, int,
//! float, str) with the writer's quoting rules, or returns `None` when the
//! Python writer must decide (other values, an error to word).

use super::native_util::arg;
use super::{add_functions, namespace};
use crate::builtins::Method;
use crate::objects::Value;
use crate::vm::{Args, PyResult, Vm};

/// The fields of `body`, or `None` when the state machine must decide.
pub fn split_line(
    body: &str,
    delim: char,
    quote: char,
    skip_space: bool,
    limit: usize,
) -> Option<Vec<String>> {
    if body.contains(['\r', '\n', '\0']) {
        return None;
    }
    let mut fields = Vec::new();
    let mut chars = body.chars().peekable();
    loop {
        if skip_space {
            while chars.peek() == Some(&' ') {
                chars.next();
            }
        }
        let mut field = String::new();
        if chars.peek() == Some(&quote) {
            chars.next();
            loop {
                match chars.next() {
                    None => return None,
                    Some(c) if c == quote => {
                        if chars.peek() == Some(&quote) {
                            chars.next();
                            field.push(quote);
                        } else {
                            break;
                        }
                    }
                    Some(c) => field.push(c),
                }
            }
            if field.chars().count() > limit {
                return None;
            }
            fields.push(field);
            match chars.next() {
                None => return Some(fields),
                Some(c) if c == delim => {
                    if chars.peek().is_none() {
                        fields.push(String::new());
                        return Some(fields);
                    }
                }
                Some(_) => return None,
            }
            continue;
        }
        loop {
            match chars.next() {
                None => {
                    if field.chars().count() > limit {
                        return None;
                    }
                    fields.push(field);
                    return Some(fields);
                }
                Some(c) if c == delim => break,
                Some(c) if c == quote => return None,
                Some(c) => field.push(c),
            }
        }
        if field.chars().count() > limit {
            return None;
        }
        fields.push(field);
    }
}

fn char_arg(vm: &mut Vm, args: &Args<'_>, i: usize) -> PyResult<char> {
    let v = arg(vm, args, i, "split_line")?.clone();
    let s = v
        .as_pystr()
        .map(|s| s.as_str().to_string())
        .unwrap_or_default();
    let mut it = s.chars();
    match (it.next(), it.next()) {
        (Some(c), None) => Ok(c),
        _ => Err(vm.new_error("TypeError", "split_line() needs 1-character strings")),
    }
}

/// The fields of `body` as a list (`None` when the state machine must
/// decide), with the dialect in `args[1..5]` as `split_line` takes it.
fn split_to_list(vm: &mut Vm, body: &str, args: &Args<'_>) -> PyResult<Value> {
    let delim = char_arg(vm, args, 1)?;
    let quote = char_arg(vm, args, 2)?;
    let skip = matches!(args.pos.get(3), Some(Value::Bool(true)));
    let limit = match args.pos.get(4) {
        Some(Value::Int(n)) if *n >= 0 => *n as usize,
        _ => usize::MAX,
    };
    vm.charge_work((body.len() / 8) as u64)?;
    match split_line(body, delim, quote, skip, limit) {
        None => Ok(Value::None),
        Some(fields) => {
            let items = fields.into_iter().map(Value::string).collect();
            Ok(vm.new_list(items))
        }
    }
}

/// `split_line(body, delimiter, quotechar, skipinitialspace, limit)`.
fn split_line_fn(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let body = arg(vm, &args, 0, "split_line")?.clone();
    let Some(text) = body.as_pystr().map(|s| s.as_str().to_string()) else {
        return Err(vm.new_error("TypeError", "split_line() needs a str"));
    };
    split_to_list(vm, &text, &args)
}

/// `record(line, delimiter, quotechar, skipinitialspace, limit)`: the
/// fields of a whole line (its `\r\n`, `\n` or `\r` ending removed), or
/// `None`.
fn record_fn(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let line = arg(vm, &args, 0, "record")?.clone();
    let Some(line) = line.as_pystr().cloned() else {
        return Ok(Value::None);
    };
    let text = line.as_str();
    let body = text
        .strip_suffix("\r\n")
        .or_else(|| text.strip_suffix('\n'))
        .or_else(|| text.strip_suffix('\r'))
        .unwrap_or(text);
    if body.is_empty() {
        return Ok(vm.new_list(Vec::new()));
    }
    split_to_list(vm, body, &args)
}

/// How the writer quotes (`csv.QUOTE_*`).
#[derive(Clone, Copy, PartialEq)]
enum Quoting {
    Minimal,
    All,
    NonNumeric,
    None,
}

/// The writer's dialect.
struct WriteDialect {
    delimiter: char,
    quotechar: Option<char>,
    escapechar: Option<char>,
    doublequote: bool,
    quoting: Quoting,
    lineterminator: String,
}

/// Appends one field; `None` when the Python writer must raise.
fn write_field(
    out: &mut String,
    d: &WriteDialect,
    field: &str,
    mut quoted: bool,
    only: bool,
) -> Option<()> {
    if field.is_empty() {
        if only {
            if d.quoting == Quoting::None {
                return None;
            }
            quoted = true;
        }
        if quoted {
            let q = d.quotechar?;
            out.push(q);
            out.push(q);
        }
        return Some(());
    }
    let special = |c: char| {
        c == d.delimiter
            || Some(c) == d.quotechar
            || Some(c) == d.escapechar
            || d.lineterminator.contains(c)
    };
    let mut text = String::with_capacity(field.len());
    for c in field.chars() {
        if special(c) {
            let mut want_escape = false;
            if d.quoting == Quoting::None {
                want_escape = true;
            } else {
                if Some(c) == d.quotechar {
                    if d.doublequote {
                        text.push(c);
                    } else {
                        want_escape = true;
                    }
                }
                if !want_escape {
                    quoted = true;
                }
            }
            if want_escape {
                text.push(d.escapechar?);
            }
        }
        text.push(c);
    }
    if quoted {
        let q = d.quotechar.unwrap_or_default();
        if d.quotechar.is_some() {
            out.push(q);
        }
        out.push_str(&text);
        if d.quotechar.is_some() {
            out.push(q);
        }
    } else {
        out.push_str(&text);
    }
    Some(())
}

fn opt_char(v: Option<&Value>) -> Option<Option<char>> {
    let s = v?.as_pystr()?;
    let mut it = s.as_str().chars();
    match (it.next(), it.next()) {
        (None, _) => Some(None),
        (Some(c), None) => Some(Some(c)),
        _ => None,
    }
}

/// `join_row(row, delimiter, quotechar, escapechar, doublequote, quoting,
/// lineterminator)`.
fn join_row_fn(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let items = match args.pos.first().and_then(|v| v.payload()) {
        Some(crate::objects::Payload::List(l)) => l.borrow().clone(),
        Some(crate::objects::Payload::Tuple(t)) => t.to_vec(),
        _ => return Ok(Value::None),
    };
    let (Some(Some(delimiter)), Some(quotechar), Some(escapechar)) = (
        opt_char(args.pos.get(1)),
        opt_char(args.pos.get(2)),
        opt_char(args.pos.get(3)),
    ) else {
        return Ok(Value::None);
    };
    let quoting = match args.pos.get(5) {
        Some(Value::Int(0)) => Quoting::Minimal,
        Some(Value::Int(1)) => Quoting::All,
        Some(Value::Int(2)) => Quoting::NonNumeric,
        Some(Value::Int(3)) => Quoting::None,
        _ => return Ok(Value::None),
    };
    let Some(lineterminator) = args.pos.get(6).and_then(|v| v.as_pystr()) else {
        return Ok(Value::None);
    };
    let d = WriteDialect {
        delimiter,
        quotechar,
        escapechar,
        doublequote: matches!(args.pos.get(4), Some(Value::Bool(true))),
        quoting,
        lineterminator: lineterminator.as_str().to_string(),
    };
    let only = items.len() == 1;
    let mut out = String::new();
    for (i, field) in items.iter().enumerate() {
        if i > 0 {
            out.push(d.delimiter);
        }
        let (text, number) = match field {
            Value::None => (String::new(), false),
            Value::Bool(b) => ((if *b { "True" } else { "False" }).to_string(), true),
            Value::Int(n) => (n.to_string(), true),
            Value::Float(f) => (crate::vm::convert::float_repr(*f), true),
            Value::Str(s) => (s.as_str().to_string(), false),
            _ => return Ok(Value::None),
        };
        let quoted = match d.quoting {
            Quoting::All => true,
            Quoting::NonNumeric => !number,
            _ => false,
        };
        if write_field(&mut out, &d, &text, quoted, only).is_none() {
            return Ok(Value::None);
        }
    }
    out.push_str(&d.lineterminator);
    vm.charge_work((out.len() / 8) as u64)?;
    Ok(Value::string(out))
}

const FUNCTIONS: &[Method] = &[
    ("split_line", split_line_fn),
    ("record", record_fn),
    ("join_row", join_row_fn),
];

/// Creates `_kaa_csv`.
pub fn create(vm: &mut Vm) -> PyResult<Value> {
    let ns = namespace(vm);
    add_functions(vm, &ns, FUNCTIONS);
    Ok(vm.new_module("_kaa_csv", ns))
}

#[cfg(test)]
mod tests {
    use super::split_line;

    fn split(s: &str) -> Option<Vec<String>> {
        split_line(s, ',', '"', false, 1 << 17)
    }

    #[test]
    fn excel_rules() {
        let v = |xs: &[&str]| Some(xs.iter().map(|x| x.to_string()).collect::<Vec<_>>());
        assert_eq!(split("a,b"), v(&["a", "b"]));
        assert_eq!(split("a,\"b, c\",d"), v(&["a", "b, c", "d"]));
        assert_eq!(split("\"x \"\"y\"\"\","), v(&["x \"y\"", ""]));
        assert_eq!(split("a,"), v(&["a", ""]));
        assert_eq!(split("\"\""), v(&[""]));
        assert_eq!(split("a\"b"), None);
        assert_eq!(split("\"a\"b"), None);
        assert_eq!(split("\"open"), None);
        assert_eq!(split("a\rb"), None);
        assert_eq!(split_line("a, \"b\"", ',', '"', true, 100), v(&["a", "b"]));
        assert_eq!(split_line("abc,de", ',', '"', false, 2), None);
    }
}
