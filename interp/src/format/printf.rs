//! `%`-formatting (`str % args`): parsing the template and formatting one
//! conversion at a time with flags, width and precision (CPython 3.4).

use super::error::FormatError;
use super::float::{format_float_body, FloatStyle};
use crate::num::parse::int_to_str_radix;
use crate::num::Int;

/// A width or precision: a number, or `*` (taken from the arguments).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Count {
    /// Written in the template.
    Num(usize),
    /// `*`: the next argument.
    Star,
}

/// The flags of a conversion.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PrintfFlags {
    /// `-`: left-justify.
    pub left: bool,
    /// `+`: always a sign.
    pub plus: bool,
    /// ` `: a space for non-negative numbers.
    pub space: bool,
    /// `#`: alternate form.
    pub alternate: bool,
    /// `0`: zero padding.
    pub zero: bool,
}

/// One conversion specifier.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PrintfSpec {
    /// The `(key)` mapping key.
    pub key: Option<String>,
    /// The flags.
    pub flags: PrintfFlags,
    /// The minimum width.
    pub width: Option<Count>,
    /// The precision.
    pub precision: Option<Count>,
    /// The conversion letter (`d i o u x X e E f F g G c r s a`).
    pub conversion: char,
    /// The char index of the conversion letter in the template.
    pub index: usize,
}

/// A piece of a `%` template.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PrintfPiece {
    /// Literal text (`%%` already turned into `%`).
    Literal(String),
    /// A conversion.
    Spec(PrintfSpec),
}

/// Errors of `%`-formatting.
pub type PrintfError = FormatError;

/// `not enough arguments for format string` (TypeError).
pub fn not_enough_arguments() -> FormatError {
    FormatError::Type("not enough arguments for format string".into())
}

/// `not all arguments converted during string formatting` (TypeError).
pub fn not_all_converted() -> FormatError {
    FormatError::Type("not all arguments converted during string formatting".into())
}

/// `format requires a mapping` (TypeError).
pub fn requires_mapping() -> FormatError {
    FormatError::Type("format requires a mapping".into())
}

/// `* wants int` (TypeError).
pub fn star_wants_int() -> FormatError {
    FormatError::Type("* wants int".into())
}

fn read_count(
    chars: &[char],
    pos: &mut usize,
    too_big: &str,
) -> Result<Option<Count>, FormatError> {
    if chars.get(*pos) == Some(&'*') {
        *pos += 1;
        return Ok(Some(Count::Star));
    }
    let start = *pos;
    let mut v: usize = 0;
    while let Some(d) = chars.get(*pos).and_then(|c| c.to_digit(10)) {
        v = v
            .checked_mul(10)
            .and_then(|v| v.checked_add(d as usize))
            .filter(|&v| v <= i32::MAX as usize)
            .ok_or_else(|| FormatError::value(too_big))?;
        *pos += 1;
    }
    Ok(if *pos == start {
        None
    } else {
        Some(Count::Num(v))
    })
}

/// Parses one specifier after its `%` (at `pos`); returns the piece and the next position.
fn parse_spec(chars: &[char], mut pos: usize) -> Result<(PrintfPiece, usize), FormatError> {
    let start = pos;
    let mut key = None;
    if chars.get(pos) == Some(&'(') {
        let mut depth = 1;
        let start = pos + 1;
        pos += 1;
        while pos < chars.len() && depth > 0 {
            match chars[pos] {
                '(' => depth += 1,
                ')' => depth -= 1,
                _ => {}
            }
            pos += 1;
        }
        if depth > 0 {
            return Err(FormatError::value("incomplete format key"));
        }
        key = Some(chars[start..pos - 1].iter().collect());
    }
    let mut flags = PrintfFlags::default();
    while let Some(&c) = chars.get(pos) {
        match c {
            '-' => flags.left = true,
            '+' => flags.plus = true,
            ' ' => flags.space = true,
            '#' => flags.alternate = true,
            '0' => flags.zero = true,
            _ => break,
        }
        pos += 1;
    }
    let width = read_count(chars, &mut pos, "width too big")?;
    let mut precision = None;
    if chars.get(pos) == Some(&'.') {
        pos += 1;
        precision = Some(read_count(chars, &mut pos, "prec too big")?.unwrap_or(Count::Num(0)));
    }
    if matches!(chars.get(pos), Some('h' | 'l' | 'L')) {
        pos += 1;
    }
    let Some(&conversion) = chars.get(pos) else {
        return Err(FormatError::value("incomplete format"));
    };
    let index = pos;
    pos += 1;
    if conversion == '%' && index == start {
        return Ok((PrintfPiece::Literal("%".into()), pos));
    }
    if !"diouxXeEfFgGcrsa".contains(conversion) {
        let cp = conversion as u32;
        let shown = if (32..=126).contains(&cp) {
            conversion
        } else {
            '?'
        };
        return Err(FormatError::value(format!(
            "unsupported format character '{shown}' (0x{cp:x}) at index {index}"
        )));
    }
    Ok((
        PrintfPiece::Spec(PrintfSpec {
            key,
            flags,
            width,
            precision,
            conversion,
            index,
        }),
        pos,
    ))
}

/// Parses a template up to its first error (CPython reports argument errors of
/// earlier specifiers first, so callers should format these pieces before raising).
pub fn parse_printf_partial(s: &str) -> (Vec<PrintfPiece>, Option<FormatError>) {
    let chars: Vec<char> = s.chars().collect();
    let mut pieces = Vec::new();
    let mut literal = String::new();
    let mut pos = 0;
    while pos < chars.len() {
        let c = chars[pos];
        pos += 1;
        if c != '%' {
            literal.push(c);
            continue;
        }
        match parse_spec(&chars, pos) {
            Ok((PrintfPiece::Literal(t), next)) => {
                literal.push_str(&t);
                pos = next;
            }
            Ok((piece, next)) => {
                if !literal.is_empty() {
                    pieces.push(PrintfPiece::Literal(std::mem::take(&mut literal)));
                }
                pieces.push(piece);
                pos = next;
            }
            Err(e) => {
                if !literal.is_empty() {
                    pieces.push(PrintfPiece::Literal(literal));
                }
                return (pieces, Some(e));
            }
        }
    }
    if !literal.is_empty() {
        pieces.push(PrintfPiece::Literal(literal));
    }
    (pieces, None)
}

/// Parses a whole `%` template.
pub fn parse_printf(s: &str) -> Result<Vec<PrintfPiece>, FormatError> {
    match parse_printf_partial(s) {
        (pieces, None) => Ok(pieces),
        (_, Some(e)) => Err(e),
    }
}

fn check_len(needed: usize, max_len: usize) -> Result<(), FormatError> {
    if needed > max_len {
        return Err(FormatError::TooLong {
            needed: needed as u64,
        });
    }
    Ok(())
}

/// Pads `sign + prefix + body` to `width`: left-justified with `-`, zero-filled
/// between prefix and body with `0` (numbers only), else right-justified.
fn pad_number(
    sign: &str,
    prefix: &str,
    body: &str,
    flags: PrintfFlags,
    width: usize,
    max_len: usize,
) -> Result<String, FormatError> {
    let len = sign.len() + prefix.len() + body.chars().count();
    check_len(width.max(len), max_len)?;
    if len >= width {
        return Ok(format!("{sign}{prefix}{body}"));
    }
    let n = width - len;
    use crate::text::pace::{build_padded, Piece::*};
    Ok(if flags.left {
        build_padded(&[Text(sign), Text(prefix), Text(body), Fill(' ', n)])
    } else if flags.zero {
        build_padded(&[Text(sign), Text(prefix), Fill('0', n), Text(body)])
    } else {
        build_padded(&[Fill(' ', n), Text(sign), Text(prefix), Text(body)])
    })
}

fn sign_text(negative: bool, flags: PrintfFlags) -> &'static str {
    if negative {
        "-"
    } else if flags.plus {
        "+"
    } else if flags.space {
        " "
    } else {
        ""
    }
}

/// Formats an int for `d i u o x X` with flags, width and precision (minimum digits).
pub fn format_printf_int(
    i: &Int,
    conversion: char,
    flags: PrintfFlags,
    width: usize,
    precision: Option<usize>,
    max_len: usize,
) -> Result<String, FormatError> {
    let (radix, prefix) = match conversion {
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    check_len(
        precision.unwrap_or(0).max((i.bit_length() / 3) as usize),
        max_len,
    )?;
    let mut digits = int_to_str_radix(&crate::num::abs(i), radix);
    if conversion == 'X' {
        digits.make_ascii_uppercase();
    }
    if let Some(p) = precision {
        if digits.len() < p {
            digits = "0".repeat(p - digits.len()) + &digits;
        }
    }
    let prefix = if flags.alternate { prefix } else { "" };
    pad_number(
        sign_text(i.is_negative(), flags),
        prefix,
        &digits,
        flags,
        width,
        max_len,
    )
}

/// Formats a float for `e E f F g G` with flags, width and precision (default 6).
pub fn format_printf_float(
    x: f64,
    conversion: char,
    flags: PrintfFlags,
    width: usize,
    precision: Option<usize>,
    max_len: usize,
) -> Result<String, FormatError> {
    let (style, upper) = match conversion {
        'e' => (FloatStyle::Exponent, false),
        'E' => (FloatStyle::Exponent, true),
        'f' => (FloatStyle::Fixed, false),
        'F' => (FloatStyle::Fixed, true),
        'G' => (FloatStyle::General, true),
        _ => (FloatStyle::General, false),
    };
    let p = precision.unwrap_or(6);
    let magnitude = if x.is_finite() && x.abs() >= 1.0 {
        x.abs().log10() as usize + 1
    } else {
        1
    };
    check_len(p.saturating_add(magnitude).saturating_add(8), max_len)?;
    let body = format_float_body(x, style, Some(p), upper, flags.alternate, false);
    pad_number(
        sign_text(x.is_sign_negative() && !x.is_nan(), flags),
        "",
        &body,
        flags,
        width,
        max_len,
    )
}

/// Pads already-converted text for `s r a c` (precision truncates, except for `c`).
pub fn pad_printf_str(
    s: &str,
    flags: PrintfFlags,
    width: usize,
    precision: Option<usize>,
    max_len: usize,
) -> Result<String, FormatError> {
    let body = match precision {
        Some(p) => s.char_indices().nth(p).map_or(s, |(i, _)| &s[..i]),
        None => s,
    };
    let len = body.chars().count();
    check_len(width.max(len), max_len)?;
    if len >= width {
        return Ok(body.to_string());
    }
    use crate::text::pace::{build_padded, Piece::*};
    let pad = Fill(' ', width - len);
    Ok(if flags.left {
        build_padded(&[Text(body), pad])
    } else {
        build_padded(&[pad, Text(body)])
    })
}

/// The char for `%c` of an int.
pub fn printf_char(i: &Int) -> Result<char, FormatError> {
    i.to_i64()
        .and_then(|v| u32::try_from(v).ok())
        .and_then(char::from_u32)
        .ok_or_else(|| FormatError::Overflow("%c arg not in range(0x110000)".into()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_and_format() {
        let p = parse_printf("a%(k)-5.2fb%%").unwrap_or_default();
        assert_eq!(p.len(), 3);
        assert_eq!(
            parse_printf("%y"),
            Err(FormatError::value(
                "unsupported format character 'y' (0x79) at index 1"
            ))
        );
        let fl = PrintfFlags {
            alternate: true,
            zero: true,
            ..Default::default()
        };
        assert_eq!(
            format_printf_int(&Int::Small(-255), 'x', fl, 8, None, 100),
            Ok("-0x000ff".into())
        );
        assert_eq!(
            format_printf_float(
                f64::INFINITY,
                'f',
                PrintfFlags {
                    zero: true,
                    ..Default::default()
                },
                10,
                None,
                100
            ),
            Ok("0000000inf".into())
        );
    }
}
