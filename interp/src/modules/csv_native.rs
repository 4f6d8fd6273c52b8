//! `_kaa_csv`, the native fast path of `csv` (`interp/lib/csv.py`):
//! `split_line(body, delimiter, quotechar, skipinitialspace, limit)` splits
//! one complete line (its line break already removed) into fields, with
//! quoted fields and doubled quotes, or returns `None` when the line needs
//! the reader's character state machine (a quote inside an unquoted field,
//! text after a closing quote, an unterminated quoted field, a line break or
//! NUL inside the line, a field over the size limit). The rules are the
//! excel-style ones of CPython's reader with `doublequote=True` and no
//! escape character; the Python module only calls it for such dialects.

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

/// `split_line(body, delimiter, quotechar, skipinitialspace, limit)`.
fn split_line_fn(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let body = arg(vm, &args, 0, "split_line")?.clone();
    let Some(text) = body.as_pystr().map(|s| s.as_str().to_string()) else {
        return Err(vm.new_error("TypeError", "split_line() needs a str"));
    };
    let delim = char_arg(vm, &args, 1)?;
    let quote = char_arg(vm, &args, 2)?;
    let skip = matches!(args.pos.get(3), Some(Value::Bool(true)));
    let limit = match args.pos.get(4) {
        Some(Value::Int(n)) if *n >= 0 => *n as usize,
        _ => usize::MAX,
    };
    vm.charge_work((text.len() / 8) as u64)?;
    match split_line(&text, delim, quote, skip, limit) {
        None => Ok(Value::None),
        Some(fields) => {
            let items = fields.into_iter().map(Value::string).collect();
            Ok(vm.new_list(items))
        }
    }
}

const FUNCTIONS: &[Method] = &[("split_line", split_line_fn)];

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
