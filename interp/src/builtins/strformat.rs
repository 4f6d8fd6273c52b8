//! `%`-formatting, `format()` / `__format__`, and `str.format`, on top of the
//! pure kernels in `crate::format`.

use crate::format::printf::{Count, PrintfPiece};
use crate::format::{FormatError, FormatPiece, FormatSpec};
use crate::objects::{Payload, PyStr, Value};
use crate::vm::ops::{num_of, Num};
use crate::vm::{Args, PyResult, Vm};
use std::rc::Rc;

const MAX_LEN: usize = 1 << 28;

/// The longest formatted result (chars) allowed now: [`MAX_LEN`], or less
/// when the memory limit leaves less room (a padded field is refused
/// before its buffer is allocated; found by fuzzing: `'%88888888a' % 0`
/// built 88 MB under a 16 MiB limit).
fn max_len(vm: &Vm) -> usize {
    vm.room_for(1).map_or(MAX_LEN, |room| {
        usize::try_from(room).unwrap_or(MAX_LEN).min(MAX_LEN)
    })
}

fn ferr(vm: &mut Vm, e: FormatError) -> crate::vm::PyErr {
    if let FormatError::TooLong { needed } = e {
        if vm.room_for(1).is_some_and(|room| needed > room) {
            // Past the memory limit: the limit, as for any refused buffer.
            return crate::objects::buffer::too_big(vm, needed);
        }
    }
    vm.new_error(e.py_type(), &e.to_string())
}

/// `fmt % args`.
pub fn percent_format(vm: &mut Vm, fmt: &Rc<PyStr>, args: &Value) -> PyResult<Value> {
    if let Some(r) = crate::objects::str_wide::percent(vm, fmt, args) {
        return r;
    }
    let n = fmt.as_str().len() as u64;
    if n > 1 << 16 {
        // The parser holds the template as chars plus its literal text
        // (found by fuzzing: a 5.7 MB template peaked at 39.6 MB under
        // 16 MiB); the parse itself is charged, not paced.
        vm.reserve(n.saturating_mul(5))?;
        vm.charge_work(n / 8)?;
    }
    let (pieces, perr) = crate::format::printf::parse_printf_partial(fmt.as_str());
    // CPython 3.4's argument cursor: a tuple is consumed item by item; any
    // other value counts as one argument (`arglen == -1`). After a `%(key)`
    // the looked-up value becomes that single argument.
    let is_mapping = is_printf_mapping(vm, args);
    let items: Vec<Value> = match args.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    };
    let (mut arglen, mut argidx): (isize, isize) = match args.payload() {
        Some(Payload::Tuple(t)) => (t.len() as isize, 0),
        _ => (-1, -2),
    };
    let mut current = args.clone();
    let mut out = String::new();
    // `%c` of a surrogate code point: where its U+FFFD stand-in is in `out`.
    let mut surrogates: Vec<(usize, u32)> = Vec::new();
    let next_arg = |vm: &mut Vm, arglen: isize, argidx: &mut isize, current: &Value| {
        if *argidx < arglen {
            *argidx += 1;
            if arglen < 0 {
                return Ok(current.clone());
            }
            if let Some(v) = usize::try_from(*argidx - 1).ok().and_then(|i| items.get(i)) {
                return Ok(v.clone());
            }
        }
        Err(ferr(vm, crate::format::printf::not_enough_arguments()))
    };
    for p in pieces {
        match p {
            PrintfPiece::Literal(s) => out.push_str(&s),
            PrintfPiece::Spec(mut spec) => {
                if let Some(k) = &spec.key {
                    if !is_mapping {
                        return Err(ferr(vm, crate::format::printf::requires_mapping()));
                    }
                    current = vm.getitem(args, &Value::str(k))?;
                    arglen = -1;
                    argidx = -2;
                }
                let width = match spec.width {
                    Some(Count::Num(n)) => n,
                    Some(Count::Star) => {
                        let v = next_arg(vm, arglen, &mut argidx, &current)?;
                        match num_of(&v) {
                            Some(Num::I(i)) => {
                                if i < 0 {
                                    spec.flags.left = true;
                                }
                                usize::try_from(i.unsigned_abs()).unwrap_or(usize::MAX)
                            }
                            _ => return Err(ferr(vm, crate::format::printf::star_wants_int())),
                        }
                    }
                    None => 0,
                };
                let precision = match spec.precision {
                    Some(Count::Num(n)) => Some(n),
                    Some(Count::Star) => {
                        let v = next_arg(vm, arglen, &mut argidx, &current)?;
                        match num_of(&v) {
                            Some(Num::I(i)) => Some(i.max(0) as usize),
                            _ => return Err(ferr(vm, crate::format::printf::star_wants_int())),
                        }
                    }
                    None => None,
                };
                let v = next_arg(vm, arglen, &mut argidx, &current)?;
                let mut surrogate = None;
                let mut exact: Option<Rc<PyStr>> = None;
                let text = match spec.conversion {
                    's' | 'r' => {
                        let s = if spec.conversion == 's' {
                            vm.str_exact(&v)?
                        } else {
                            vm.repr_exact(&v)?
                        };
                        let t = crate::format::pad_printf_str(
                            s.as_str(),
                            spec.flags,
                            width,
                            precision,
                            max_len(vm),
                        );
                        exact = Some(s);
                        t
                    }
                    'a' => {
                        let s = vm.ascii_exact(&v)?;
                        crate::format::pad_printf_str(&s, spec.flags, width, precision, max_len(vm))
                    }
                    'c' => {
                        let c = if let Some(s) = v.as_pystr() {
                            if s.len != 1 {
                                return Err(vm.new_error("TypeError", "%c requires int or char"));
                            }
                            if s.is_wide() {
                                surrogate = s.code_point_at(0);
                            }
                            s.as_str().to_string()
                        } else {
                            match super::to_int(&v) {
                                Some(i) if surrogate_int(&i).is_some() => {
                                    surrogate = surrogate_int(&i);
                                    crate::objects::str_text::LOSSY.to_string()
                                }
                                Some(i) => match crate::format::printf::printf_char(&i) {
                                    Ok(c) => c.to_string(),
                                    Err(e) => return Err(ferr(vm, e)),
                                },
                                None => {
                                    return Err(vm.new_error("TypeError", "%c requires int or char"))
                                }
                            }
                        };
                        crate::format::pad_printf_str(&c, spec.flags, width, None, max_len(vm))
                    }
                    'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
                        let i = match num_of(&v) {
                            Some(Num::I(i)) => crate::num::Int::Small(i),
                            Some(Num::B(b)) => crate::num::Int::from_big(b),
                            Some(Num::F(f)) => match crate::num::f64_to_int(f.trunc()) {
                                Ok(i) => i,
                                Err(e) => return Err(vm.new_error(e.py_type(), &e.to_string())),
                            },
                            _ => {
                                let what = if "oxX".contains(spec.conversion) {
                                    format!(
                                        "%{} format: an integer is required, not {}",
                                        spec.conversion,
                                        vm.type_name(&v)
                                    )
                                } else {
                                    format!(
                                        "%{} format: a number is required, not {}",
                                        spec.conversion,
                                        vm.type_name(&v)
                                    )
                                };
                                return Err(vm.new_error("TypeError", &what));
                            }
                        };
                        crate::format::format_printf_int(
                            &i,
                            spec.conversion,
                            spec.flags,
                            width,
                            precision,
                            max_len(vm),
                        )
                    }
                    _ => {
                        let f = crate::modules::math::to_f64(vm, &v)?;
                        crate::format::format_printf_float(
                            f,
                            spec.conversion,
                            spec.flags,
                            width,
                            precision,
                            max_len(vm),
                        )
                    }
                };
                match text {
                    Ok(t) => {
                        if let Some(cp) = surrogate {
                            let at = t.find(crate::objects::str_text::LOSSY).unwrap_or(0);
                            surrogates.push((out.len() + at, cp));
                        }
                        if let Some(s) = &exact {
                            super::strformat_exact::record_padded(
                                out.len(),
                                &t,
                                s,
                                spec.flags.left,
                                precision,
                                &mut surrogates,
                            );
                        }
                        let r = crate::text::pace::push_str(&mut out, &t);
                        vm.paced(r)?;
                    }
                    Err(e) => return Err(ferr(vm, e)),
                }
            }
        }
    }
    if let Some(e) = perr {
        return Err(ferr(vm, e));
    }
    if argidx < arglen && !is_mapping {
        return Err(ferr(vm, crate::format::printf::not_all_converted()));
    }
    // A huge number or width stopped at the deadline: `out` is unfinished.
    vm.after_kernel()?;
    vm.account(out.len() as u64)?;
    if !surrogates.is_empty() {
        let s = crate::objects::str_wide::from_lossy(out, &surrogates);
        return Ok(Value::Str(Rc::new(s)));
    }
    Ok(Value::string(out))
}

/// The code point `i` stands for when it is a surrogate (`%c`, `{:c}`).
fn surrogate_int(i: &crate::num::Int) -> Option<u32> {
    i.to_i64()
        .and_then(|v| u32::try_from(v).ok())
        .filter(|&v| crate::objects::str_text::is_surrogate(v))
}

/// CPython 3.4's `PyMapping_Check` for `%`: anything with `__getitem__`
/// except tuples and strs (so `'abc' % []` is `'abc'`).
fn is_printf_mapping(vm: &Vm, args: &Value) -> bool {
    if args.as_pystr().is_some() || matches!(args.payload(), Some(Payload::Tuple(_))) {
        return false;
    }
    let getitem = vm.names.getitem.clone();
    crate::objects::class::lookup(vm.type_of(args), &getitem).is_some()
}

/// The result of a heap class's own (non-built-in) `__format__` for `v`
/// (`None` when its class has none), checked to be a str.
pub fn user_format(vm: &mut Vm, v: &Value, spec: &str) -> PyResult<Option<Rc<PyStr>>> {
    let f = vm.names.format.clone();
    let cls = vm.type_of(v).clone();
    let Some(m) = crate::objects::class::lookup(&cls, &f) else {
        return Ok(None);
    };
    if matches!(m.payload(), Some(Payload::Builtin(_))) {
        return Ok(None);
    }
    let r = vm
        .call_special(v, &f, &[Value::str(spec)])?
        .unwrap_or_default();
    match r.as_pystr() {
        Some(s) => Ok(Some(s.clone())),
        None => Err(vm.new_error("TypeError", "__format__ must return a str")),
    }
}

/// `format(v, spec)`: `type(v).__format__(v, spec)`.
pub fn format_value(vm: &mut Vm, v: &Value, spec: &str) -> PyResult<String> {
    if vm.type_of(v).as_class().map(|c| c.heap).unwrap_or(false) {
        if let Some(s) = user_format(vm, v, spec)? {
            return Ok(s.as_str().to_string());
        }
        if spec.is_empty() {
            // CPython's built-in `__format__` with an empty spec is `str(v)`
            // for anything but the exact built-in type, so a subclass's own
            // `__str__` (or `__repr__`) is used.
            return vm.str(v);
        }
    }
    format_builtin(vm, v, spec)
}

/// The built-in `__format__` of ints, floats, complexes, strs and objects.
pub fn format_builtin(vm: &mut Vm, v: &Value, spec: &str) -> PyResult<String> {
    let parsed = match FormatSpec::parse(spec) {
        Ok(p) => p,
        Err(e) => return Err(ferr(vm, e)),
    };
    let r = match v {
        Value::Bool(b) if spec.is_empty() => return Ok(if *b { "True" } else { "False" }.into()),
        _ => match num_of(v) {
            Some(Num::I(i)) => crate::format::format_int_named(
                &crate::num::Int::Small(i),
                &parsed,
                &vm.type_name(v),
                max_len(vm),
            ),
            Some(Num::B(b)) => crate::format::format_int_named(
                &crate::num::Int::from_big(b),
                &parsed,
                &vm.type_name(v),
                max_len(vm),
            ),
            Some(Num::F(f)) => crate::format::format_float(f, &parsed, max_len(vm)),
            Some(Num::C(re, im)) => crate::format::format_complex(re, im, &parsed, max_len(vm)),
            None => {
                if let Some(s) = v.as_pystr() {
                    let s = s.clone();
                    crate::format::format_str(s.as_str(), &parsed, max_len(vm))
                } else {
                    if !spec.is_empty() {
                        return Err(vm.new_error(
                            "TypeError",
                            "non-empty format string passed to object.__format__",
                        ));
                    }
                    return vm.str(v);
                }
            }
        },
    };
    // A huge number or width stopped at the deadline: `r` is unfinished.
    vm.after_kernel()?;
    r.map_err(|e| ferr(vm, e))
}

/// `template.format(*args, **kwargs)`.
pub fn str_format(
    vm: &mut Vm,
    template: &str,
    args: &[Value],
    kw: &[(Rc<PyStr>, Value)],
) -> PyResult<PyStr> {
    let mut auto = crate::format::AutoNumber::new();
    let mut out = String::new();
    let mut surrogates = Vec::new();
    format_into(
        vm,
        template,
        args,
        kw,
        None,
        &mut auto,
        (&mut out, &mut surrogates),
        0,
    )?;
    Ok(crate::objects::str_wide::from_lossy(out, &surrogates))
}

/// `template.format_map(mapping)`: named fields are looked up with
/// `mapping[name]` (so dict subclasses' `__missing__` applies).
pub fn str_format_map(vm: &mut Vm, template: &str, mapping: &Value) -> PyResult<PyStr> {
    let mut auto = crate::format::AutoNumber::new();
    let mut out = String::new();
    let mut surrogates = Vec::new();
    format_into(
        vm,
        template,
        &[],
        &[],
        Some(mapping),
        &mut auto,
        (&mut out, &mut surrogates),
        0,
    )?;
    Ok(crate::objects::str_wide::from_lossy(out, &surrogates))
}

#[allow(clippy::too_many_arguments)]
fn format_into(
    vm: &mut Vm,
    template: &str,
    args: &[Value],
    kw: &[(Rc<PyStr>, Value)],
    mapping: Option<&Value>,
    auto: &mut crate::format::AutoNumber,
    (out, surrogates): (&mut String, &mut Vec<(usize, u32)>),
    depth: u32,
) -> PyResult<()> {
    if depth > 2 {
        return Err(vm.new_error("ValueError", "Max string recursion exceeded"));
    }
    let pieces = match crate::format::parse_format_string(template) {
        Ok(p) => p,
        Err(e) => return Err(ferr(vm, e)),
    };
    for p in pieces {
        match p {
            FormatPiece::Literal(s) => out.push_str(&s),
            FormatPiece::Field(field) => {
                let (name, accessors) = match crate::format::parse_field_name(&field.name) {
                    Ok(x) => x,
                    Err(e) => return Err(ferr(vm, e)),
                };
                let name = match auto.resolve(&name) {
                    Ok(n) => n,
                    Err(e) => return Err(ferr(vm, e)),
                };
                let mut v = match name {
                    crate::format::fields::ArgName::Index(_) if mapping.is_some() => {
                        return Err(
                            vm.new_error("ValueError", "Format string contains positional fields")
                        )
                    }
                    crate::format::fields::ArgName::Index(i) => match args.get(i) {
                        Some(v) => v.clone(),
                        None => return Err(vm.new_error("IndexError", "tuple index out of range")),
                    },
                    crate::format::fields::ArgName::Keyword(k) if mapping.is_some() => {
                        let m = mapping.cloned().unwrap_or_default();
                        vm.getitem(&m, &Value::str(&k))?
                    }
                    crate::format::fields::ArgName::Keyword(k) => {
                        match kw.iter().find(|(n, _)| n.as_str() == k) {
                            Some((_, v)) => v.clone(),
                            None => return Err(vm.new_error_value("KeyError", Value::str(&k))),
                        }
                    }
                    crate::format::fields::ArgName::Auto => Value::None,
                };
                for a in accessors {
                    v = match a {
                        crate::format::fields::Accessor::Attr(n) => {
                            let n = vm.intern(&n);
                            vm.getattr(&v, &n)?
                        }
                        crate::format::fields::Accessor::Index(i) => {
                            vm.getitem(&v, &Value::Int(i as i64))?
                        }
                        crate::format::fields::Accessor::Key(k) => {
                            vm.getitem(&v, &Value::str(&k))?
                        }
                    };
                }
                if let Some(c) = field.conversion {
                    let conv = match crate::format::fields::check_conversion(c) {
                        Ok(c) => c,
                        Err(e) => return Err(ferr(vm, e)),
                    };
                    v = match conv {
                        crate::format::fields::Conversion::Repr => Value::Str(vm.repr_exact(&v)?),
                        crate::format::fields::Conversion::Str => Value::Str(vm.str_exact(&v)?),
                        crate::format::fields::Conversion::Ascii => {
                            Value::string(vm.ascii_exact(&v)?)
                        }
                    };
                }
                let spec = if field.spec_has_fields {
                    let mut s = String::new();
                    let mut inner = Vec::new();
                    let parts = (&mut s, &mut inner);
                    format_into(vm, &field.spec, args, kw, mapping, auto, parts, depth + 1)?;
                    s
                } else {
                    field.spec.clone()
                };
                // `{:c}` of a surrogate: formatted with a U+FFFD stand-in.
                let surrogate = match &v {
                    Value::Int(i) if spec.ends_with('c') => {
                        surrogate_int(&crate::num::Int::Small(*i))
                    }
                    _ => None,
                };
                if surrogate.is_some() {
                    v = Value::Int(crate::objects::str_text::LOSSY as i64);
                }
                if let Some(x) = super::strformat_exact::format_exact(vm, &v, &spec)? {
                    super::strformat_exact::push_exact(out, surrogates, &x);
                    continue;
                }
                let s = format_value(vm, &v, &spec)?;
                if let Some(cp) = surrogate {
                    let at = s.find(crate::objects::str_text::LOSSY).unwrap_or(0);
                    surrogates.push((out.len() + at, cp));
                }
                let r = crate::text::pace::push_str(out, &s);
                vm.paced(r)?;
            }
        }
    }
    Ok(())
}

/// `str.format` as a method.
pub fn str_format_method(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if let Some(r) = crate::objects::str_wide::format_call(vm, &args, str_format_method) {
        return r;
    }
    let this = match args.pos.first().and_then(|v| v.as_pystr()) {
        Some(s) => s.clone(),
        None => {
            return Err(vm.new_error("TypeError", "descriptor 'format' requires a 'str' object"))
        }
    };
    let s = str_format(vm, this.as_str(), &args.pos[1..], args.kw)?;
    vm.account(s.s.len() as u64)?;
    Ok(Value::Str(Rc::new(s)))
}

/// `str.format_map` as a method.
pub fn str_format_map_method(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = match args.pos.first().and_then(|v| v.as_pystr()) {
        Some(s) => s.clone(),
        None => {
            return Err(vm.new_error(
                "TypeError",
                "descriptor 'format_map' requires a 'str' object",
            ))
        }
    };
    if args.pos.len() != 2 {
        let msg = format!(
            "format_map() takes exactly one argument ({} given)",
            args.pos.len().saturating_sub(1)
        );
        return Err(vm.new_error("TypeError", &msg));
    }
    if let Some(r) = crate::objects::str_wide::format_map_call(vm, &this, &args.pos[1]) {
        return r;
    }
    let s = str_format_map(vm, this.as_str(), &args.pos[1])?;
    vm.account(s.s.len() as u64)?;
    Ok(Value::Str(Rc::new(s)))
}
