//! The native `unicodedata` module (Unicode 6.3 as CPython 3.4; tables in
//! [`crate::stdkern::unicode_tables`]): name, lookup, category,
//! bidirectional, combining, east_asian_width, mirrored, decimal, digit,
//! numeric, normalize, unidata_version. Not provided: decomposition,
//! ucd_3_2_0. Names come from `unicode_names2` and normalization from
//! `unicode-normalization` (newer Unicode versions; code points unassigned
//! in 6.3 have no name here).

use super::native_util::arg;
use super::{add_functions, namespace, set};
use crate::builtins::Method;
use crate::objects::Value;
use crate::stdkern::unicode_tables as t;
use crate::vm::{Args, PyResult, Vm};

fn find<T: Copy>(table: &[(u32, u32, T)], cp: u32) -> Option<T> {
    let i = table.partition_point(|&(_, hi, _)| hi < cp);
    match table.get(i) {
        Some(&(lo, hi, v)) if lo <= cp && cp <= hi => Some(v),
        _ => None,
    }
}

/// The general category of a code point in Unicode 6.3.
pub fn category_of(cp: u32) -> &'static str {
    find(t::CATEGORY, cp).unwrap_or("Cn")
}

/// The one code point of argument 1 (a lone surrogate included).
fn char_arg(vm: &mut Vm, args: &Args<'_>, fname: &str) -> PyResult<u32> {
    let v = arg(vm, args, 0, fname)?.clone();
    let s = match v.as_pystr() {
        Some(s) => s.clone(),
        None => {
            let msg = format!(
                "{}() argument 1 must be str, not {}",
                fname,
                vm.type_name(&v)
            );
            return Err(vm.new_error("TypeError", &msg));
        }
    };
    match (s.len, s.code_point_at(0)) {
        (1, Some(c)) => Ok(c),
        _ => Err(vm.new_error("TypeError", "need a single Unicode character as parameter")),
    }
}

fn name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let c = char_arg(vm, &args, "name")?;
    let n = match char::from_u32(c) {
        Some(c) if category_of(c as u32) != "Cn" => unicode_names2::name(c).map(|n| n.to_string()),
        _ => None,
    };
    match (n, args.pos.get(1)) {
        (Some(n), _) => Ok(Value::string(n)),
        (None, Some(d)) => Ok(d.clone()),
        (None, None) => Err(vm.new_error("ValueError", "no such name")),
    }
}

fn lookup(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = arg(vm, &args, 0, "lookup")?.clone();
    let n = crate::builtins::want_str(vm, &v, "name")?;
    match unicode_names2::character(n.as_str()).filter(|&c| category_of(c as u32) != "Cn") {
        Some(c) => Ok(Value::string(c.to_string())),
        None => {
            let msg = format!("undefined character name '{}'", n.as_str());
            Err(vm.new_error_value("KeyError", Value::string(msg)))
        }
    }
}

fn category(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let c = char_arg(vm, &args, "category")?;
    Ok(Value::str(category_of(c)))
}

fn bidirectional(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let c = char_arg(vm, &args, "bidirectional")?;
    Ok(Value::str(find(t::BIDI, c).unwrap_or("")))
}

fn east_asian_width(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let c = char_arg(vm, &args, "east_asian_width")?;
    Ok(Value::str(find(t::EAST_ASIAN_WIDTH, c).unwrap_or("N")))
}

fn combining(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let c = char_arg(vm, &args, "combining")?;
    Ok(Value::Int(find(t::COMBINING, c).unwrap_or(0) as i64))
}

fn mirrored(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let c = char_arg(vm, &args, "mirrored")?;
    Ok(Value::Int(find(t::MIRRORED, c).unwrap_or(0) as i64))
}

fn int_prop(
    vm: &mut Vm,
    args: &Args<'_>,
    fname: &str,
    table: &[(u32, u32, i8)],
    msg: &str,
) -> PyResult<Value> {
    let c = char_arg(vm, args, fname)?;
    match (find(table, c), args.pos.get(1)) {
        (Some(v), _) => Ok(Value::Int(v as i64)),
        (None, Some(d)) => Ok(d.clone()),
        (None, None) => Err(vm.new_error("ValueError", msg)),
    }
}

fn decimal(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    int_prop(vm, &args, "decimal", t::DECIMAL, "not a decimal")
}

fn digit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    int_prop(vm, &args, "digit", t::DIGIT, "not a digit")
}

fn numeric(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let c = char_arg(vm, &args, "numeric")?;
    match (find(t::NUMERIC, c), args.pos.get(1)) {
        (Some(v), _) => Ok(Value::Float(v)),
        (None, Some(d)) => Ok(d.clone()),
        (None, None) => Err(vm.new_error("ValueError", "not a numeric character")),
    }
}

fn normalize(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    use unicode_normalization::UnicodeNormalization;
    let f = arg(vm, &args, 0, "normalize")?.clone();
    let s = arg(vm, &args, 1, "normalize")?.clone();
    let form = crate::builtins::want_str(vm, &f, "form")?;
    let text = crate::builtins::want_str(vm, &s, "unistr")?;
    vm.reserve(text.as_str().len() as u64 * 3)?;
    let norm = |s: &str| -> Option<String> {
        Some(match form.as_str() {
            "NFC" => s.nfc().collect(),
            "NFD" => s.nfd().collect(),
            "NFKC" => s.nfkc().collect(),
            "NFKD" => s.nfkd().collect(),
            _ => return None,
        })
    };
    let invalid = |vm: &mut Vm| vm.new_error("ValueError", "invalid normalization form");
    let Some(cps) = text.s.wide() else {
        return match norm(text.as_str()) {
            Some(out) => Ok(Value::string(out)),
            None => Err(invalid(vm)),
        };
    };
    // Lone surrogates are starters that neither decompose nor compose:
    // the text between them normalizes on its own.
    let mut out = crate::objects::str_wide::Builder::with_capacity(cps.len());
    let mut seg = String::new();
    for &c in cps.iter().chain(std::iter::once(&0xd800)) {
        match char::from_u32(c) {
            Some(ch) => seg.push(ch),
            None => {
                match norm(&seg) {
                    Some(n) => out.push_text(&n),
                    None => return Err(invalid(vm)),
                }
                seg.clear();
                out.push(c);
            }
        }
    }
    // Drop the sentinel surrogate pushed after the last part.
    let mut cps_out = out.finish().s.to_code_points();
    cps_out.pop();
    let out = crate::objects::PyStr::from_code_points(cps_out);
    Ok(Value::Str(std::rc::Rc::new(out)))
}

const FUNCTIONS: &[Method] = &[
    ("name", name),
    ("lookup", lookup),
    ("category", category),
    ("bidirectional", bidirectional),
    ("east_asian_width", east_asian_width),
    ("combining", combining),
    ("mirrored", mirrored),
    ("decimal", decimal),
    ("digit", digit),
    ("numeric", numeric),
    ("normalize", normalize),
];

/// Creates `unicodedata`.
pub fn create(vm: &mut Vm) -> PyResult<Value> {
    let ns = namespace(vm);
    add_functions(vm, &ns, FUNCTIONS);
    set(vm, &ns, "unidata_version", Value::str("6.3.0"));
    Ok(vm.new_module("unicodedata", ns))
}
