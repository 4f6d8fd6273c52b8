//! `str.format` evaluation in CPython's order, generic over the interpreter's
//! values: the VM implements [`FormatHost`] (argument lookup, attributes, items,
//! conversions, `__format__`) and [`render_format`] drives it.
//!
//! Order (as CPython's `build_string`): text is scanned left to right; for each
//! field the argument is resolved (automatic numbering checked first), then each
//! `.attr` / `[key]` is parsed and applied in turn, then the `!conversion`, then a
//! nested spec is expanded (two levels at most), then the value is formatted.

use super::error::FormatError;
use super::fields::{
    check_conversion, parse_format_string_partial, ArgName, AutoNumber, Conversion, FormatPiece,
};
use super::fields::{parse_field_name, Accessor, MAX_RECURSION_MESSAGE};

/// What [`render_format`] needs from the interpreter.
pub trait FormatHost {
    /// An interpreter value.
    type Value;
    /// The interpreter's exception type; format errors convert into it.
    type Error: From<FormatError>;

    /// `args[index]` (3.4: `IndexError: tuple index out of range` when missing).
    fn positional(&mut self, index: usize) -> Result<Self::Value, Self::Error>;
    /// `kwargs[name]` (`KeyError: 'name'` when missing).
    fn keyword(&mut self, name: &str) -> Result<Self::Value, Self::Error>;
    /// `getattr(value, name)`.
    fn attribute(&mut self, value: Self::Value, name: &str) -> Result<Self::Value, Self::Error>;
    /// `value[index]` for an all-digit key.
    fn item_index(&mut self, value: Self::Value, index: usize) -> Result<Self::Value, Self::Error>;
    /// `value[key]` for a string key.
    fn item_key(&mut self, value: Self::Value, key: &str) -> Result<Self::Value, Self::Error>;
    /// `repr()`, `str()` or `ascii()` of the value, as a new value.
    fn convert(
        &mut self,
        value: Self::Value,
        conversion: Conversion,
    ) -> Result<Self::Value, Self::Error>;
    /// `format(value, spec)`.
    fn format(&mut self, value: &Self::Value, spec: &str) -> Result<String, Self::Error>;
}

/// `template.format(*args, **kwargs)`: the result, or the first error in CPython's
/// evaluation order; output beyond `max_len` characters is refused.
pub fn render_format<H: FormatHost>(
    host: &mut H,
    template: &str,
    max_len: usize,
) -> Result<String, H::Error> {
    let mut numbering = AutoNumber::new();
    let mut out = String::new();
    render_level(host, template, 2, &mut numbering, &mut out, max_len)?;
    Ok(out)
}

fn push_checked(out: &mut String, text: &str, max_len: usize) -> Result<(), FormatError> {
    let needed = out.len() + text.len();
    if needed > max_len {
        // byte length bounds the char length from above; recount only when close
        let chars = out.chars().count() + text.chars().count();
        if chars > max_len {
            return Err(FormatError::TooLong {
                needed: chars as u64,
            });
        }
    }
    out.push_str(text);
    Ok(())
}

fn render_level<H: FormatHost>(
    host: &mut H,
    template: &str,
    depth: u32,
    numbering: &mut AutoNumber,
    out: &mut String,
    max_len: usize,
) -> Result<(), H::Error> {
    if depth == 0 {
        return Err(FormatError::value(MAX_RECURSION_MESSAGE).into());
    }
    let (pieces, parse_error) = parse_format_string_partial(template);
    for piece in pieces {
        match piece {
            FormatPiece::Literal(text) => push_checked(out, &text, max_len)?,
            FormatPiece::Field(field) => {
                let value = resolve_field(host, &field.name, numbering)?;
                let value = match field.conversion {
                    Some(c) => {
                        let conv = check_conversion(c)?;
                        host.convert(value, conv)?
                    }
                    None => value,
                };
                let spec = if field.spec_has_fields {
                    let mut expanded = String::new();
                    render_level(
                        host,
                        &field.spec,
                        depth - 1,
                        numbering,
                        &mut expanded,
                        max_len,
                    )?;
                    expanded
                } else {
                    field.spec
                };
                let text = host.format(&value, &spec)?;
                push_checked(out, &text, max_len)?;
            }
        }
    }
    match parse_error {
        Some(e) => Err(e.into()),
        None => Ok(()),
    }
}

/// Resolves `name.attr[key]...` step by step, so an earlier lookup error wins over a
/// later malformed accessor, as in CPython.
fn resolve_field<H: FormatHost>(
    host: &mut H,
    name: &str,
    numbering: &mut AutoNumber,
) -> Result<H::Value, H::Error> {
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let (arg, _) = parse_field_name(&name[..first_end])?;
    let mut value = match numbering.resolve(&arg)? {
        ArgName::Index(i) => host.positional(i)?,
        ArgName::Keyword(k) => host.keyword(&k)?,
        ArgName::Auto => return Err(FormatError::value("automatic numbering failed").into()),
    };
    let mut rest = &name[first_end..];
    while !rest.is_empty() {
        // the next accessor ends at the next '.' or '[' after its first char
        // (for '[', after the closing ']')
        let end = next_accessor_end(rest);
        let (_, steps) = parse_field_name(&format!("x{}", &rest[..end]))?;
        for step in steps {
            value = match step {
                Accessor::Attr(a) => host.attribute(value, &a)?,
                Accessor::Index(i) => host.item_index(value, i)?,
                Accessor::Key(k) => host.item_key(value, &k)?,
            };
        }
        rest = &rest[end..];
    }
    Ok(value)
}

/// Byte length of the first accessor of `rest` (which starts with `.` or `[`).
fn next_accessor_end(rest: &str) -> usize {
    if rest.starts_with('[') {
        match rest.find(']') {
            Some(close) => {
                let after = &rest[close + 1..];
                // a ']' must be followed by '.', '[' or the end: include one char so
                // parse_field_name reports CPython's error for anything else
                match after.chars().next() {
                    Some(c) if c != '.' && c != '[' => close + 1 + c.len_utf8(),
                    _ => close + 1,
                }
            }
            None => rest.len(),
        }
    } else {
        rest[1..].find(['.', '[']).map_or(rest.len(), |i| i + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::spec::{format_str, FormatSpec};
    use crate::text::str_repr;
    use std::collections::HashMap;

    /// A host whose values are strings: `s.upper` is an attribute, `s[i]` a char.
    struct StrHost {
        args: Vec<String>,
        kwargs: HashMap<String, String>,
    }

    #[derive(Debug, PartialEq)]
    struct Exc(String);

    impl From<FormatError> for Exc {
        fn from(e: FormatError) -> Self {
            Exc(format!("{}: {}", e.py_type(), e))
        }
    }

    impl FormatHost for StrHost {
        type Value = String;
        type Error = Exc;
        fn positional(&mut self, i: usize) -> Result<String, Exc> {
            self.args
                .get(i)
                .cloned()
                .ok_or_else(|| Exc("IndexError: tuple index out of range".into()))
        }
        fn keyword(&mut self, k: &str) -> Result<String, Exc> {
            self.kwargs
                .get(k)
                .cloned()
                .ok_or_else(|| Exc(format!("KeyError: {}", str_repr(k))))
        }
        fn attribute(&mut self, v: String, a: &str) -> Result<String, Exc> {
            match a {
                "upper" => Ok(crate::text::upper(&v)),
                _ => Err(Exc(format!(
                    "AttributeError: 'str' object has no attribute {}",
                    str_repr(a)
                ))),
            }
        }
        fn item_index(&mut self, v: String, i: usize) -> Result<String, Exc> {
            v.chars()
                .nth(i)
                .map(String::from)
                .ok_or_else(|| Exc("IndexError: string index out of range".into()))
        }
        fn item_key(&mut self, _v: String, _k: &str) -> Result<String, Exc> {
            Err(Exc("TypeError: string indices must be integers".into()))
        }
        fn convert(&mut self, v: String, c: Conversion) -> Result<String, Exc> {
            Ok(match c {
                Conversion::Str => v,
                Conversion::Repr => str_repr(&v),
                Conversion::Ascii => crate::text::str_ascii(&v),
            })
        }
        fn format(&mut self, v: &String, spec: &str) -> Result<String, Exc> {
            Ok(FormatSpec::parse(spec).and_then(|s| format_str(v, &s, 1 << 20))?)
        }
    }

    #[test]
    fn renders_in_cpython_order() {
        // expected values from python3 with args ('ab', '5', 'xyz') and w='3'
        let mut h = StrHost {
            args: vec!["ab".into(), "5".into(), "xyz".into()],
            kwargs: [("w".to_string(), "3".to_string())].into_iter().collect(),
        };
        let mut r = |t: &str| render_format(&mut h, t, 1000).unwrap_or_else(|e| e.0);
        assert_eq!(r("{0}-{1!r}-{2[1]}"), "ab-'5'-y");
        assert_eq!(r("{:>{}}|"), "   ab|");
        assert_eq!(r("{0:>{w}}{{}}"), " ab{}");
        assert_eq!(r("{0.upper}"), "AB");
        assert_eq!(
            r("{0.nope.}"),
            "AttributeError: 'str' object has no attribute 'nope'"
        );
        assert_eq!(
            r("{0:{1:{2}}}"),
            "ValueError: Max string recursion exceeded"
        );
        assert_eq!(r("{}{0}"), "ValueError: cannot switch from automatic field numbering to manual field specification");
        assert_eq!(r("{5}"), "IndexError: tuple index out of range");
        assert_eq!(r("{x}"), "KeyError: 'x'");
        assert_eq!(r("{0!x}"), "ValueError: Unknown conversion specifier x");
        assert_eq!(r("{5}{"), "IndexError: tuple index out of range");
        assert_eq!(
            r("{0[0]x}"),
            "ValueError: Only '.' or '[' may follow ']' in format field specifier"
        );
    }
}
