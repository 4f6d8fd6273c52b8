//! The format mini-language: `[[fill]align][sign][#][0][width][,][.precision][type]`,
//! and `format()` of ints, floats, complex numbers and strings (CPython 3.4).

use super::error::{code_text, unknown_code, FormatError};
use super::float::{format_float_body, FloatStyle};
use crate::num::parse::int_to_str_radix;
use crate::num::{int_to_f64, Int};

/// Where padding goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    /// `<`
    Left,
    /// `>`
    Right,
    /// `^`
    Center,
    /// `=`: after the sign and prefix, before the digits.
    AfterSign,
}

/// The sign option.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SignMode {
    /// `+`: a sign for every number.
    Always,
    /// `-`: only for negatives (the default).
    Negative,
    /// ` `: a space for non-negatives.
    Space,
}

/// A parsed format specification.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FormatSpec {
    /// The fill character, when given (explicitly or by the `0` flag).
    pub fill: Option<char>,
    /// The alignment, when given (the `0` flag implies `=`).
    pub align: Option<Align>,
    /// The sign option, when given.
    pub sign: Option<SignMode>,
    /// `#`.
    pub alternate: bool,
    /// The minimum width.
    pub width: Option<usize>,
    /// `,`.
    pub thousands: bool,
    /// The precision.
    pub precision: Option<usize>,
    /// The type letter.
    pub kind: Option<char>,
}

fn align_of(c: char) -> Option<Align> {
    match c {
        '<' => Some(Align::Left),
        '>' => Some(Align::Right),
        '^' => Some(Align::Center),
        '=' => Some(Align::AfterSign),
        _ => None,
    }
}

/// Reads a decimal number; errors when it does not fit.
fn read_number(chars: &[char], pos: &mut usize) -> Result<Option<usize>, FormatError> {
    let start = *pos;
    let mut v: usize = 0;
    while let Some(d) = chars.get(*pos).and_then(|c| c.to_digit(10)) {
        v = v
            .checked_mul(10)
            .and_then(|v| v.checked_add(d as usize))
            .filter(|&v| v <= isize::MAX as usize)
            .ok_or_else(|| FormatError::value("Too many decimal digits in format string"))?;
        *pos += 1;
    }
    Ok(if *pos == start { None } else { Some(v) })
}

impl FormatSpec {
    /// Parses a format specification (the part after `:`).
    pub fn parse(spec: &str) -> Result<FormatSpec, FormatError> {
        let chars: Vec<char> = spec.chars().collect();
        let mut f = FormatSpec::default();
        let mut pos = 0;
        if let Some(a) = chars.get(1).copied().and_then(align_of) {
            f.fill = chars.first().copied();
            f.align = Some(a);
            pos = 2;
        } else if let Some(a) = chars.first().copied().and_then(align_of) {
            f.align = Some(a);
            pos = 1;
        }
        f.sign = match chars.get(pos) {
            Some('+') => Some(SignMode::Always),
            Some('-') => Some(SignMode::Negative),
            Some(' ') => Some(SignMode::Space),
            _ => None,
        };
        if f.sign.is_some() {
            pos += 1;
        }
        if chars.get(pos) == Some(&'#') {
            f.alternate = true;
            pos += 1;
        }
        if f.fill.is_none() && chars.get(pos) == Some(&'0') {
            f.fill = Some('0');
            if f.align.is_none() {
                f.align = Some(Align::AfterSign);
            }
            pos += 1;
        }
        f.width = read_number(&chars, &mut pos)?;
        if chars.get(pos) == Some(&',') {
            f.thousands = true;
            pos += 1;
        }
        if chars.get(pos) == Some(&'.') {
            pos += 1;
            f.precision = read_number(&chars, &mut pos)?;
            if f.precision.is_none() {
                return Err(FormatError::value("Format specifier missing precision"));
            }
        }
        match chars.len() - pos {
            0 => {}
            1 => f.kind = chars.get(pos).copied(),
            _ => return Err(FormatError::value("Invalid format specifier")),
        }
        if f.thousands
            && !matches!(
                f.kind,
                None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F')
            )
        {
            let k = f.kind.unwrap_or('\0');
            return Err(FormatError::value(format!(
                "Cannot specify ',' with '{}'.",
                code_text(k)
            )));
        }
        Ok(f)
    }

    fn fill_char(&self) -> char {
        self.fill.unwrap_or(' ')
    }
}

/// Checks the budget for a result of `needed` characters.
fn check_len(needed: usize, max_len: usize) -> Result<(), FormatError> {
    if needed > max_len {
        return Err(FormatError::TooLong {
            needed: needed as u64,
        });
    }
    Ok(())
}

/// Pads `body` (already `len` chars) to the spec's width with the given default alignment.
fn pad(
    body: &str,
    len: usize,
    spec: &FormatSpec,
    default: Align,
    max_len: usize,
) -> Result<String, FormatError> {
    let width = spec.width.unwrap_or(0);
    let total = width.max(len);
    check_len(total, max_len)?;
    if len >= width {
        return Ok(body.to_string());
    }
    let n = width - len;
    let fill = spec.fill_char();
    let (left, right) = match spec.align.unwrap_or(default) {
        Align::Left => (0, n),
        Align::Right | Align::AfterSign => (n, 0),
        Align::Center => (n / 2, n - n / 2),
    };
    use crate::text::pace::{build_padded, Piece::*};
    Ok(build_padded(&[
        Fill(fill, left),
        Text(body),
        Fill(fill, right),
    ]))
}

/// `format(s, spec)` for a str.
pub fn format_str(s: &str, spec: &FormatSpec, max_len: usize) -> Result<String, FormatError> {
    match spec.kind {
        None | Some('s') => {}
        Some(c) => return Err(unknown_code(c, "str")),
    }
    if spec.thousands {
        return Err(FormatError::value("Cannot specify ',' with 's'."));
    }
    if spec.sign.is_some() {
        return Err(FormatError::value(
            "Sign not allowed in string format specifier",
        ));
    }
    if spec.alternate {
        return Err(FormatError::value(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if spec.align == Some(Align::AfterSign) {
        return Err(FormatError::value(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let (body, len) = match spec.precision {
        Some(p) => {
            let end = s.char_indices().nth(p).map_or(s.len(), |(i, _)| i);
            let t = &s[..end];
            (t, t.chars().count())
        }
        None => (s, s.chars().count()),
    };
    pad(body, len, spec, Align::Left, max_len)
}

/// Groups `digits` by threes with `,`, left-padding with zeros to at least
/// `min_width` characters (CPython's `_PyUnicode_InsertThousandsGrouping`).
fn group_digits(digits: &str, min_width: isize) -> String {
    let d: Vec<char> = digits.chars().collect();
    let mut remaining = d.len() as isize;
    let mut min_width = min_width;
    let mut groups: Vec<String> = Vec::new();
    loop {
        let l = 3.min(remaining.max(min_width).max(1));
        let n_zeros = (l - remaining).max(0);
        let n_chars = remaining.min(l).max(0);
        let start = (remaining - n_chars) as usize;
        let mut g: String = "0".repeat(n_zeros as usize);
        g.extend(&d[start..remaining as usize]);
        groups.push(g);
        remaining -= n_chars;
        min_width -= l;
        if remaining <= 0 && min_width <= 0 {
            break;
        }
        min_width -= 1;
    }
    groups.reverse();
    groups.join(",")
}

/// Assembles a number: sign, prefix, integer digits (grouped when asked), remainder
/// (point, fraction, exponent, `%`), padded per the spec.
fn layout_number(
    negative: bool,
    prefix: &str,
    digits: &str,
    remainder: &str,
    spec: &FormatSpec,
    max_len: usize,
) -> Result<String, FormatError> {
    let sign = if negative {
        "-"
    } else {
        match spec.sign {
            Some(SignMode::Always) => "+",
            Some(SignMode::Space) => " ",
            _ => "",
        }
    };
    let width = spec.width.unwrap_or(0);
    check_len(
        width
            .max(digits.len() + remainder.len() + 8)
            .saturating_add(digits.len() / 3),
        max_len,
    )?;
    let align = spec.align.unwrap_or(Align::Right);
    let zero_grouping = spec.fill == Some('0') && align == Align::AfterSign;
    let lead = sign.len() + prefix.len();
    let grouped = if spec.thousands && !digits.is_empty() {
        let min_width = if zero_grouping {
            width as isize - lead as isize - remainder.chars().count() as isize
        } else {
            0
        };
        group_digits(digits, min_width)
    } else {
        digits.to_string()
    };
    let len = lead + grouped.chars().count() + remainder.chars().count();
    if len >= width {
        return Ok(format!("{sign}{prefix}{grouped}{remainder}"));
    }
    let n = width - len;
    let fill = spec.fill_char();
    use crate::text::pace::{build_padded, Piece::*};
    let (sign, prefix, grouped, remainder) =
        (Text(sign), Text(prefix), Text(&grouped), Text(remainder));
    Ok(match align {
        Align::Left => build_padded(&[sign, prefix, grouped, remainder, Fill(fill, n)]),
        Align::Right => build_padded(&[Fill(fill, n), sign, prefix, grouped, remainder]),
        Align::Center => build_padded(&[
            Fill(fill, n / 2),
            sign,
            prefix,
            grouped,
            remainder,
            Fill(fill, n - n / 2),
        ]),
        Align::AfterSign => build_padded(&[sign, prefix, Fill(fill, n), grouped, remainder]),
    })
}

/// `format(i, spec)` for an int (`type_name` is the class name for messages, e.g. `int`
/// or `bool`). Float types (`e f g %` ...) convert to float first, as CPython.
pub fn format_int(i: &Int, spec: &FormatSpec, max_len: usize) -> Result<String, FormatError> {
    format_int_named(i, spec, "int", max_len)
}

/// [`format_int`] with the type name used in error messages.
pub fn format_int_named(
    i: &Int,
    spec: &FormatSpec,
    type_name: &str,
    max_len: usize,
) -> Result<String, FormatError> {
    let kind = spec.kind.unwrap_or('d');
    match kind {
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let x = int_to_f64(i).map_err(|e| FormatError::Overflow(e.to_string()))?;
            return format_float(x, spec, max_len);
        }
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        c => return Err(unknown_code(c, type_name)),
    }
    if spec.precision.is_some() {
        return Err(FormatError::value(
            "Precision not allowed in integer format specifier",
        ));
    }
    if kind == 'c' {
        if spec.sign.is_some() {
            return Err(FormatError::value(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if spec.alternate {
            return Err(FormatError::value(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let v = i.to_i64().ok_or_else(|| {
            FormatError::Overflow("Python int too large to convert to C long".to_string())
        })?;
        let ch = u32::try_from(v)
            .ok()
            .filter(|&v| v < 0x110000)
            .ok_or_else(|| FormatError::Overflow("%c arg not in range(0x110000)".to_string()))?;
        let text = char::from_u32(ch).map(String::from).unwrap_or_default();
        return layout_number(false, "", "", &text, spec, max_len);
    }
    let (radix, prefix) = match kind {
        'b' => (2u32, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let bits = i.bit_length();
    let est_digits = (bits / radix.trailing_zeros().max(3) as u64 + 2) as usize;
    check_len(est_digits, max_len)?;
    let mut digits = int_to_str_radix(&crate::num::abs(i), radix);
    if kind == 'X' {
        digits.make_ascii_uppercase();
    }
    let prefix = if spec.alternate { prefix } else { "" };
    layout_number(i.is_negative(), prefix, &digits, "", spec, max_len)
}

/// Splits a formatted float body into its leading integer digits and the rest.
fn split_digits(body: &str) -> (&str, &str) {
    let end = body
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(body.len());
    body.split_at(end)
}

/// Formats `|x|` per the spec's type, returning the body (no sign).
fn float_body(
    x: f64,
    spec: &FormatSpec,
    type_name: &str,
    complex_part: bool,
) -> Result<String, FormatError> {
    let kind = spec.kind;
    let (style, upper, percent) = match kind {
        None => (FloatStyle::Repr, false, false),
        Some('e') => (FloatStyle::Exponent, false, false),
        Some('E') => (FloatStyle::Exponent, true, false),
        Some('f') => (FloatStyle::Fixed, false, false),
        Some('F') => (FloatStyle::Fixed, true, false),
        Some('g' | 'n') => (FloatStyle::General, false, false),
        Some('G') => (FloatStyle::General, true, false),
        Some('%') if !complex_part => (FloatStyle::Fixed, false, true),
        Some(c) => return Err(unknown_code(c, type_name)),
    };
    let add_dot_0 = kind.is_none() && !complex_part;
    let v = if percent { x * 100.0 } else { x };
    let mut body = format_float_body(v, style, spec.precision, upper, spec.alternate, add_dot_0);
    if percent {
        body.push('%');
    }
    Ok(body)
}

/// `format(x, spec)` for a float.
pub fn format_float(x: f64, spec: &FormatSpec, max_len: usize) -> Result<String, FormatError> {
    if let Some(p) = spec.precision {
        let magnitude = if x.is_finite() && x.abs() >= 1.0 {
            x.abs().log10() as usize + 1
        } else {
            1
        };
        check_len(p.saturating_add(magnitude).saturating_add(8), max_len)?;
    }
    let body = float_body(x, spec, "float", false)?;
    let (digits, rest) = split_digits(&body);
    layout_number(
        x.is_sign_negative() && !x.is_nan(),
        "",
        digits,
        rest,
        spec,
        max_len,
    )
}

/// `format(complex(re, im), spec)`.
pub fn format_complex(
    re: f64,
    im: f64,
    spec: &FormatSpec,
    max_len: usize,
) -> Result<String, FormatError> {
    if let Some(c) = spec.kind.filter(|c| !"eEfFgGn".contains(*c)) {
        return Err(unknown_code(c, "complex"));
    }
    if spec.fill == Some('0') {
        return Err(FormatError::value(
            "Zero padding is not allowed in complex format specifier",
        ));
    }
    if spec.align == Some(Align::AfterSign) {
        return Err(FormatError::value(
            "'=' alignment flag is not allowed in complex format specifier",
        ));
    }
    if let Some(p) = spec.precision {
        check_len(p.saturating_mul(2).saturating_add(16), max_len)?;
    }
    let bare = spec.kind.is_none();
    let skip_re = bare && re == 0.0 && re.is_sign_positive();
    let part_spec = FormatSpec {
        width: None,
        align: None,
        fill: None,
        ..spec.clone()
    };
    let mut body = String::new();
    let re_neg = re.is_sign_negative() && !re.is_nan();
    let im_neg = im.is_sign_negative() && !im.is_nan();
    let first_sign = |neg: bool| {
        if neg {
            "-"
        } else {
            match spec.sign {
                Some(SignMode::Always) => "+",
                Some(SignMode::Space) => " ",
                _ => "",
            }
        }
    };
    if !skip_re {
        let r = float_body(re, &part_spec, "complex", true)?;
        let (d, rest) = split_digits(&r);
        body.push_str(first_sign(re_neg));
        body.push_str(&group_if(spec, d));
        body.push_str(rest);
    }
    let i = float_body(im, &part_spec, "complex", true)?;
    let (d, rest) = split_digits(&i);
    if skip_re {
        body.push_str(first_sign(im_neg));
    } else {
        body.push(if im_neg { '-' } else { '+' });
    }
    body.push_str(&group_if(spec, d));
    body.push_str(rest);
    body.push('j');
    if bare && !skip_re {
        body = format!("({body})");
    }
    let len = body.chars().count();
    pad(&body, len, spec, Align::Right, max_len)
}

fn group_if(spec: &FormatSpec, digits: &str) -> String {
    if spec.thousands && !digits.is_empty() {
        group_digits(digits, 0)
    } else {
        digits.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(x: f64, s: &str) -> String {
        FormatSpec::parse(s)
            .and_then(|sp| format_float(x, &sp, 1 << 20))
            .unwrap_or_else(|e| e.to_string())
    }

    #[test]
    fn samples() {
        assert_eq!(f(1234.5, "012,.1f"), "00,001,234.5");
        assert_eq!(f(1234.5, ".3"), "1.23e+03");
        assert_eq!(f(1.0, ""), "1.0");
        assert_eq!(f(2.675, ".2f"), "2.67");
        let i = |v: i64, s: &str| {
            FormatSpec::parse(s)
                .and_then(|sp| format_int(&Int::Small(v), &sp, 1 << 20))
                .unwrap_or_else(|e| e.to_string())
        };
        assert_eq!(i(1234, "08,"), "0,001,234");
        assert_eq!(i(0x1234, "#012x"), "0x0000001234");
        assert_eq!(
            i(1, "10000000000"),
            "formatted result too long (10000000000 characters needed)"
        );
        assert_eq!(
            i(1, "s"),
            "Unknown format code 's' for object of type 'int'"
        );
        assert_eq!(
            FormatSpec::parse("05").and_then(|sp| format_str("a", &sp, 100)),
            Err(FormatError::value(
                "'=' alignment not allowed in string format specifier"
            ))
        );
    }
}
