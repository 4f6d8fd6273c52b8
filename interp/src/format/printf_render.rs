//! `template % args` evaluation in CPython's order, generic over the VM's values:
//! argument bookkeeping (tuple, single value, mapping keys), `*` widths and
//! precisions, and the final "not all arguments converted" check. The host converts
//! each value (with [`super::printf`]'s formatters) and reports type errors.

use super::error::FormatError;
use super::printf::{
    not_all_converted, not_enough_arguments, parse_printf_partial, requires_mapping, Count,
    PrintfFlags, PrintfPiece,
};

/// The right operand of `%`.
#[derive(Clone, Copy, Debug)]
pub enum PrintfArgs<'a, V> {
    /// A tuple: one item per conversion.
    Tuple(&'a [V]),
    /// Any other value: used by the first conversion.
    Single(&'a V),
}

/// A conversion with `*` resolved: what the host formats.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResolvedSpec {
    /// Flags (a negative `*` width sets `left`).
    pub flags: PrintfFlags,
    /// Minimum width.
    pub width: usize,
    /// Precision (a negative `*` precision counts as 0).
    pub precision: Option<usize>,
    /// The conversion letter.
    pub conversion: char,
}

/// What [`render_printf`] needs from the interpreter.
pub trait PrintfHost {
    /// An interpreter value.
    type Value: Clone;
    /// The interpreter's exception type.
    type Error: From<FormatError>;

    /// `args[key]` for `%(key)s` (only called when the operand is a mapping).
    fn mapping_get(&mut self, key: &str) -> Result<Self::Value, Self::Error>;
    /// The int value of a `*` argument (`TypeError: * wants int` otherwise).
    fn star_int(&mut self, value: &Self::Value) -> Result<i64, Self::Error>;
    /// Formats one value for its conversion (`%d format: a number is required, not
    /// str` and the like are the host's).
    fn convert(&mut self, value: &Self::Value, spec: &ResolvedSpec) -> Result<String, Self::Error>;
}

enum Source<V> {
    Tuple { items: Vec<V>, next: usize },
    Single { value: V, used: bool },
}

impl<V: Clone> Source<V> {
    fn next(&mut self) -> Result<V, FormatError> {
        match self {
            Source::Tuple { items, next } => {
                let v = items.get(*next).cloned().ok_or_else(not_enough_arguments)?;
                *next += 1;
                Ok(v)
            }
            Source::Single { value, used } => {
                if *used {
                    return Err(not_enough_arguments());
                }
                *used = true;
                Ok(value.clone())
            }
        }
    }

    fn leftover(&self) -> bool {
        match self {
            Source::Tuple { items, next } => *next < items.len(),
            Source::Single { used, .. } => !used,
        }
    }
}

/// `template % args`. `is_mapping` tells whether `args` supports `%(key)s` lookups
/// (CPython: a mapping that is neither a tuple nor a str); then leftover arguments
/// are not an error.
pub fn render_printf<H: PrintfHost>(
    host: &mut H,
    template: &str,
    args: PrintfArgs<'_, H::Value>,
    is_mapping: bool,
    max_len: usize,
) -> Result<String, H::Error> {
    let mut source = match args {
        PrintfArgs::Tuple(items) => Source::Tuple {
            items: items.to_vec(),
            next: 0,
        },
        PrintfArgs::Single(v) => Source::Single {
            value: v.clone(),
            used: false,
        },
    };
    let (pieces, parse_error) = parse_printf_partial(template);
    let mut out = String::new();
    let mut out_chars = 0usize;
    let mut push = |out: &mut String, text: &str| -> Result<(), FormatError> {
        out_chars += text.chars().count();
        if out_chars > max_len {
            return Err(FormatError::TooLong {
                needed: out_chars as u64,
            });
        }
        out.push_str(text);
        Ok(())
    };
    for piece in pieces {
        match piece {
            PrintfPiece::Literal(t) => push(&mut out, &t)?,
            PrintfPiece::Spec(spec) => {
                if let Some(key) = &spec.key {
                    if !is_mapping {
                        return Err(requires_mapping().into());
                    }
                    let v = host.mapping_get(key)?;
                    source = Source::Single {
                        value: v,
                        used: false,
                    };
                }
                let mut flags = spec.flags;
                let width = match spec.width {
                    Some(Count::Star) => {
                        let v = source.next()?;
                        let w = host.star_int(&v)?;
                        if w < 0 {
                            flags.left = true;
                        }
                        w.unsigned_abs() as usize
                    }
                    Some(Count::Num(n)) => n,
                    None => 0,
                };
                let precision = match spec.precision {
                    Some(Count::Star) => {
                        let v = source.next()?;
                        Some(host.star_int(&v)?.max(0) as usize)
                    }
                    Some(Count::Num(n)) => Some(n),
                    None => None,
                };
                if width > max_len {
                    return Err(FormatError::TooLong {
                        needed: width as u64,
                    }
                    .into());
                }
                let value = source.next()?;
                let resolved = ResolvedSpec {
                    flags,
                    width,
                    precision,
                    conversion: spec.conversion,
                };
                let text = host.convert(&value, &resolved)?;
                push(&mut out, &text)?;
            }
        }
    }
    if let Some(e) = parse_error {
        // CPython fetches the value before rejecting an unknown conversion letter
        if e.to_string().starts_with("unsupported format character") {
            source.next()?;
        }
        return Err(e.into());
    }
    if source.leftover() && !is_mapping {
        return Err(not_all_converted().into());
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::printf::{format_printf_float, format_printf_int, pad_printf_str};
    use crate::num::Int;

    #[derive(Clone, Debug)]
    enum V {
        I(i64),
        F(f64),
        S(String),
    }

    struct Host;

    #[derive(Debug)]
    struct Exc(String);

    impl From<FormatError> for Exc {
        fn from(e: FormatError) -> Self {
            Exc(format!("{}: {}", e.py_type(), e))
        }
    }

    impl PrintfHost for Host {
        type Value = V;
        type Error = Exc;
        fn mapping_get(&mut self, key: &str) -> Result<V, Exc> {
            match key {
                "a" => Ok(V::I(1)),
                "b" => Ok(V::I(2)),
                _ => Err(Exc(format!("KeyError: '{key}'"))),
            }
        }
        fn star_int(&mut self, v: &V) -> Result<i64, Exc> {
            match v {
                V::I(i) => Ok(*i),
                _ => Err(Exc("TypeError: * wants int".into())),
            }
        }
        fn convert(&mut self, v: &V, s: &ResolvedSpec) -> Result<String, Exc> {
            let r = match (v, s.conversion) {
                (V::I(i), 'd' | 'i' | 'u' | 'x' | 'X' | 'o') => format_printf_int(
                    &Int::Small(*i),
                    s.conversion,
                    s.flags,
                    s.width,
                    s.precision,
                    1 << 20,
                ),
                (V::F(x), 'd') => format_printf_int(
                    &Int::Small(*x as i64),
                    'd',
                    s.flags,
                    s.width,
                    s.precision,
                    1 << 20,
                ),
                (V::F(x), c) if "eEfFgG".contains(c) => {
                    format_printf_float(*x, c, s.flags, s.width, s.precision, 1 << 20)
                }
                (V::I(i), c) if "eEfFgG".contains(c) => {
                    format_printf_float(*i as f64, c, s.flags, s.width, s.precision, 1 << 20)
                }
                (V::S(t), 's') => pad_printf_str(t, s.flags, s.width, s.precision, 1 << 20),
                (V::I(i), 's') => {
                    pad_printf_str(&i.to_string(), s.flags, s.width, s.precision, 1 << 20)
                }
                _ => return Err(Exc("TypeError: bad".into())),
            };
            Ok(r?)
        }
    }

    #[test]
    fn bookkeeping_matches_python3() {
        let r = |t: &str, args: PrintfArgs<'_, V>, mapping: bool| {
            render_printf(&mut Host, t, args, mapping, 1000).unwrap_or_else(|e| e.0)
        };
        let t = |items: &[V]| items.to_vec();
        // expected values from python3
        assert_eq!(
            r(
                "%.*f",
                PrintfArgs::Tuple(&t(&[V::I(-1), V::F(1.23456)])),
                false
            ),
            "1"
        );
        assert_eq!(
            r("%*d", PrintfArgs::Tuple(&t(&[V::I(-5), V::I(3)])), false),
            "3    "
        );
        assert_eq!(
            r(
                "%*d",
                PrintfArgs::Tuple(&t(&[V::S("a".into()), V::I(3)])),
                false
            ),
            "TypeError: * wants int"
        );
        assert_eq!(r("%(a)s %(b)s", PrintfArgs::Single(&V::I(0)), true), "1 2");
        assert_eq!(
            r("%(a)s", PrintfArgs::Tuple(&t(&[V::I(1)])), false),
            "TypeError: format requires a mapping"
        );
        assert_eq!(
            r("abc", PrintfArgs::Single(&V::I(5)), false),
            "TypeError: not all arguments converted during string formatting"
        );
        assert_eq!(r("abc", PrintfArgs::Single(&V::I(5)), true), "abc");
        assert_eq!(r("abc", PrintfArgs::Tuple(&[]), false), "abc");
        assert_eq!(
            r("%s", PrintfArgs::Tuple(&[]), false),
            "TypeError: not enough arguments for format string"
        );
        assert_eq!(
            r("%s", PrintfArgs::Tuple(&t(&[V::I(1), V::I(2)])), false),
            "TypeError: not all arguments converted during string formatting"
        );
        assert_eq!(
            r("%(a)s %s", PrintfArgs::Single(&V::I(0)), true),
            "TypeError: not enough arguments for format string"
        );
        assert_eq!(r("%d", PrintfArgs::Tuple(&t(&[V::F(3.7)])), false), "3");
        assert_eq!(
            r("%%", PrintfArgs::Tuple(&t(&[V::I(1)])), false),
            "TypeError: not all arguments converted during string formatting"
        );
        assert_eq!(
            r("%(a)*d", PrintfArgs::Single(&V::I(0)), true),
            "TypeError: not enough arguments for format string"
        );
        assert_eq!(
            r("%s", PrintfArgs::Single(&V::S("xyz".into())), false),
            "xyz"
        );
        assert_eq!(
            r("%y", PrintfArgs::Tuple(&[]), false),
            "TypeError: not enough arguments for format string"
        );
        assert_eq!(
            r("%y", PrintfArgs::Tuple(&t(&[V::I(1)])), false),
            "ValueError: unsupported format character 'y' (0x79) at index 1"
        );
    }
}
