//! Decoding string and number literal tokens into values, as CPython 3.4's
//! `ast.c` (`parsestr`, `decode_unicode`, `parsenumber`) does.
//!
//! * `str` literals: every escape of the `unicode_escape` codec. Error
//!   messages quote positions the way CPython does: it first rewrites each
//!   non-ASCII character of the literal as a 10-byte `\UXXXXXXXX` escape
//!   (and a backslash before one as `\u005c`), then decodes, so positions
//!   count in that rewritten text.
//! * Raw `str` literals: the text as is.
//! * `bytes` literals: ASCII only; the escapes of `bytes` (no `\u`, `\U`,
//!   `\N`, which stay as written).
//! * Line breaks inside a literal are `\n`, whatever the file used (CPython
//!   reads source with universal newlines).
//!
//! **Lone surrogates.** Python allows `'\ud800'`; a Rust `String` cannot hold
//! a surrogate code point. Such a literal decodes to
//! [`StringLiteral::Wide`], its exact code points. This also covers
//! surrogate pairs written as two escapes, which Python 3 keeps as two code
//! points.

use std::borrow::Cow;

use num_bigint::{BigInt, BigUint};
use unicode_normalization::UnicodeNormalization;

use super::ast::Number;

/// The value of a string literal token.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StringLiteral {
    /// A `str` literal (no `b` prefix).
    Str(String),
    /// A `str` literal holding lone surrogates: its exact code points.
    Wide(Vec<u32>),
    /// A `bytes` literal.
    Bytes(Vec<u8>),
}

/// A literal that cannot be decoded. `message` is CPython 3.4's SyntaxError
/// message for it, e.g. `(unicode error) 'unicodeescape' codec can't decode
/// bytes in position 0-1: truncated \xXX escape`.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct LiteralError {
    /// The message, exactly as CPython 3.4 words it.
    pub message: String,
}

impl LiteralError {
    fn new(message: impl Into<String>) -> Self {
        LiteralError {
            message: message.into(),
        }
    }

    /// CPython formats `(unicode error) <str(exc)>` into a 128-byte buffer.
    fn wrapped(kind: &str, detail: &str) -> Self {
        let mut message = format!("({kind}) {detail}");
        if message.len() > 127 {
            let mut cut = 127;
            while !message.is_char_boundary(cut) {
                cut -= 1;
            }
            message.truncate(cut);
        }
        LiteralError { message }
    }

    fn unicode_escape(start: usize, end: usize, reason: &str) -> Self {
        let detail = if end == start + 1 {
            format!("'unicodeescape' codec can't decode byte 0x5c in position {start}: {reason}")
        } else {
            format!(
                "'unicodeescape' codec can't decode bytes in position {start}-{}: {reason}",
                end - 1
            )
        };
        Self::wrapped("unicode error", &detail)
    }
}

impl StringLiteral {
    /// Two adjacent `str` literals as one (`None` when either is bytes).
    pub fn concat_str(a: StringLiteral, b: StringLiteral) -> Option<StringLiteral> {
        Some(match (a, b) {
            (StringLiteral::Str(mut a), StringLiteral::Str(b)) => {
                a.push_str(&b);
                StringLiteral::Str(a)
            }
            (StringLiteral::Wide(mut a), StringLiteral::Wide(b)) => {
                a.extend(b);
                StringLiteral::Wide(a)
            }
            (StringLiteral::Wide(mut a), StringLiteral::Str(b)) => {
                a.extend(b.chars().map(|c| c as u32));
                StringLiteral::Wide(a)
            }
            (StringLiteral::Str(a), StringLiteral::Wide(b)) => {
                let mut cps: Vec<u32> = a.chars().map(|c| c as u32).collect();
                cps.extend(b);
                StringLiteral::Wide(cps)
            }
            _ => return None,
        })
    }
}

/// Decodes one string literal token (prefix, quotes and all) into its value.
pub fn decode_string(token_text: &str) -> Result<StringLiteral, LiteralError> {
    let quote_at = token_text
        .find(['\'', '"'])
        .ok_or_else(|| LiteralError::new("invalid string literal"))?;
    let prefix = &token_text[..quote_at];
    let bytes_mode = prefix.contains(['b', 'B']);
    let raw = prefix.contains(['r', 'R']);
    let rest = &token_text[quote_at..];
    let quote_len = if rest.len() >= 6 && (rest.starts_with("'''") || rest.starts_with("\"\"\"")) {
        3
    } else {
        1
    };
    let body = rest
        .get(quote_len..rest.len().saturating_sub(quote_len))
        .ok_or_else(|| LiteralError::new("invalid string literal"))?;
    let body = universal_newlines(body);
    if bytes_mode {
        if !body.is_ascii() {
            return Err(LiteralError::new(
                "bytes can only contain ASCII literal characters.",
            ));
        }
        if raw {
            return Ok(StringLiteral::Bytes(body.as_bytes().to_vec()));
        }
        return decode_bytes_escapes(&body).map(StringLiteral::Bytes);
    }
    if raw || !body.contains('\\') {
        return Ok(StringLiteral::Str(body.into_owned()));
    }
    decode_str_escapes(&body)
}

/// `\r\n` and `\r` become `\n`.
fn universal_newlines(text: &str) -> Cow<'_, str> {
    if !text.contains('\r') {
        return Cow::Borrowed(text);
    }
    Cow::Owned(text.replace("\r\n", "\n").replace('\r', "\n"))
}

/// Length of `text` once CPython has rewritten non-ASCII characters as
/// `\UXXXXXXXX` escapes.
fn rewritten_len(text: &str) -> usize {
    text.chars()
        .map(|c| if c.is_ascii() { 1 } else { 10 })
        .sum()
}

fn hex_value(digits: &[u8]) -> u32 {
    digits.iter().fold(0u32, |acc, &d| {
        let v = (d as char).to_digit(16).unwrap_or(0);
        acc.wrapping_shl(4) | v
    })
}

/// Simple escapes shared by `str` and `bytes`.
fn simple_escape(e: u8) -> Option<u8> {
    Some(match e {
        b'\\' => b'\\',
        b'\'' => b'\'',
        b'"' => b'"',
        b'a' => 0x07,
        b'b' => 0x08,
        b'f' => 0x0c,
        b'n' => b'\n',
        b'r' => b'\r',
        b't' => b'\t',
        b'v' => 0x0b,
        _ => return None,
    })
}

/// Up to three octal digits starting at `digits[0]`; returns the value and
/// how many digits were used.
fn octal(digits: &[u8]) -> (u32, usize) {
    let mut value = 0;
    let mut used = 0;
    for &d in digits.iter().take(3) {
        if !(b'0'..=b'7').contains(&d) {
            break;
        }
        value = value * 8 + u32::from(d - b'0');
        used += 1;
    }
    (value, used)
}

/// `text` with U+FFFD at each byte offset of `surrogates` replaced by the
/// surrogate recorded there.
fn with_surrogates(text: &str, surrogates: &[(usize, u32)]) -> Vec<u32> {
    let mut next = surrogates.iter().peekable();
    text.char_indices()
        .map(|(at, c)| match next.peek() {
            Some(&&(pos, cp)) if pos == at => {
                next.next();
                cp
            }
            _ => c as u32,
        })
        .collect()
}

/// The `unicode_escape` decoding of a non-raw `str` literal body.
fn decode_str_escapes(body: &str) -> Result<StringLiteral, LiteralError> {
    let b = body.as_bytes();
    let mut out = String::with_capacity(body.len());
    // Byte offsets in `out` of lone surrogates (U+FFFD stands in).
    let mut surrogates: Vec<(usize, u32)> = Vec::new();
    let mut i = 0;
    // Position in CPython's rewritten text.
    let mut tpos = 0;
    while i < b.len() {
        if b[i] != b'\\' {
            let run_end = b[i..]
                .iter()
                .position(|&c| c == b'\\')
                .map_or(b.len(), |n| i + n);
            let run = &body[i..run_end];
            out.push_str(run);
            tpos += rewritten_len(run);
            i = run_end;
            continue;
        }
        let start = tpos;
        let Some(&e) = b.get(i + 1) else {
            return Err(LiteralError::unicode_escape(
                start,
                start + 1,
                "\\ at end of string",
            ));
        };
        if e >= 0x80 {
            // Rewritten as `\u005c`: a literal backslash; the character
            // itself is copied by the next round.
            out.push('\\');
            i += 1;
            tpos += 6;
            continue;
        }
        i += 2;
        tpos += 2;
        if let Some(v) = simple_escape(e) {
            out.push(char::from(v));
            continue;
        }
        match e {
            b'\n' => {}
            b'0'..=b'7' => {
                let (value, used) = octal(&b[i - 1..]);
                i += used - 1;
                tpos += used - 1;
                out.push(char::from_u32(value).unwrap_or('\u{fffd}'));
            }
            b'x' | b'u' | b'U' => {
                let (want, reason) = match e {
                    b'x' => (2, "truncated \\xXX escape"),
                    b'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let digits = b[i..]
                    .iter()
                    .take(want)
                    .take_while(|d| d.is_ascii_hexdigit())
                    .count();
                if digits < want {
                    return Err(LiteralError::unicode_escape(start, tpos + digits, reason));
                }
                let value = hex_value(&b[i..i + want]);
                i += want;
                tpos += want;
                match char::from_u32(value) {
                    Some(c) => out.push(c),
                    None if (0xd800..0xe000).contains(&value) => {
                        surrogates.push((out.len(), value));
                        out.push('\u{fffd}');
                    }
                    None => {
                        return Err(LiteralError::unicode_escape(
                            start,
                            tpos,
                            "illegal Unicode character",
                        ))
                    }
                }
            }
            b'N' => {
                let (c, used) = named_escape(&body[i..], start, tpos)?;
                out.push(c);
                tpos += rewritten_len(&body[i..i + used]);
                i += used;
            }
            _ => {
                out.push('\\');
                out.push(char::from(e));
            }
        }
    }
    if surrogates.is_empty() {
        return Ok(StringLiteral::Str(out));
    }
    Ok(StringLiteral::Wide(with_surrogates(&out, &surrogates)))
}

/// `\N{NAME}`: `rest` follows the `N`; `start`/`tpos` are the rewritten
/// positions of the backslash and of `rest`. Returns the character and the
/// bytes of `rest` used.
fn named_escape(rest: &str, start: usize, tpos: usize) -> Result<(char, usize), LiteralError> {
    let malformed =
        |end| LiteralError::unicode_escape(start, end, "malformed \\N character escape");
    if !rest.starts_with('{') {
        return Err(malformed(tpos));
    }
    let Some(close) = rest.find('}') else {
        return Err(malformed(tpos + rewritten_len(rest)));
    };
    if close == 1 {
        return Err(malformed(tpos + 1));
    }
    let name = &rest[1..close];
    match lookup_name(name) {
        Some(c) => Ok((c, close + 1)),
        None => Err(LiteralError::unicode_escape(
            start,
            tpos + rewritten_len(&rest[..=close]),
            "unknown Unicode character name",
        )),
    }
}

/// A character by its Unicode name or name alias, ignoring case only (the
/// crate's lookup is looser: it also ignores spaces, `_` and medial `-`).
fn lookup_name(name: &str) -> Option<char> {
    // No Unicode name starts with '-', and unicode_names2 underflows
    // (panics in debug builds) on such input: refuse it up front.
    if !name.is_ascii() || name.len() > 256 || name.starts_with('-') {
        return None;
    }
    let c = unicode_names2::character(name)?;
    let upper = name.to_ascii_uppercase();
    let canonical = unicode_names2::name(c).map(|n| n.to_string());
    if canonical.as_deref() == Some(upper.as_str()) {
        return Some(c);
    }
    if canonical.is_some_and(|n| loose_key(&n) == loose_key(&upper)) {
        // The name, misspelt in a way only loose matching forgives.
        return None;
    }
    // Found through an alias (e.g. BYTE ORDER MARK, NBSP): accept its
    // plain spelling only.
    let plain = upper
        .split(' ')
        .all(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'));
    plain.then_some(c)
}

/// Unicode's loose-matching key (UAX44-LM2) of an upper-case ASCII name.
fn loose_key(name: &str) -> String {
    let b = name.as_bytes();
    let mut key = String::with_capacity(b.len());
    for (i, &c) in b.iter().enumerate() {
        let medial_hyphen = c == b'-'
            && i > 0
            && b[i - 1].is_ascii_alphanumeric()
            && b.get(i + 1).is_some_and(u8::is_ascii_alphanumeric);
        if c != b' ' && c != b'_' && !medial_hyphen {
            key.push(char::from(c));
        }
    }
    key
}

/// The escapes of a non-raw `bytes` literal body (ASCII).
fn decode_bytes_escapes(body: &str) -> Result<Vec<u8>, LiteralError> {
    let b = body.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'\\' {
            out.push(b[i]);
            i += 1;
            continue;
        }
        let start = i;
        let Some(&e) = b.get(i + 1) else {
            return Err(LiteralError::wrapped(
                "value error",
                "Trailing \\ in string",
            ));
        };
        i += 2;
        if let Some(v) = simple_escape(e) {
            out.push(v);
            continue;
        }
        match e {
            b'\n' => {}
            b'0'..=b'7' => {
                let (value, used) = octal(&b[i - 1..]);
                i += used - 1;
                out.push((value & 0xff) as u8);
            }
            b'x' => {
                let hex = b
                    .get(i..i + 2)
                    .filter(|h| h.iter().all(u8::is_ascii_hexdigit));
                let Some(hex) = hex else {
                    return Err(LiteralError::wrapped(
                        "value error",
                        &format!("invalid \\x escape at position {start}"),
                    ));
                };
                out.push(hex_value(hex) as u8);
                i += 2;
            }
            _ => {
                out.push(b'\\');
                out.push(e);
            }
        }
    }
    Ok(out)
}

/// Decodes a number token: an int of any size, a float (correctly
/// rounded), or an imaginary literal.
pub fn decode_number(token_text: &str) -> Result<Number, LiteralError> {
    let invalid = || LiteralError::new("invalid token");
    let text = token_text;
    if let Some(imag) = text.strip_suffix(['j', 'J']) {
        let imag: f64 = imag.parse().map_err(|_| invalid())?;
        return Ok(Number::Complex { imag });
    }
    let b = text.as_bytes();
    if b.len() > 2 && b[0] == b'0' {
        let radix = match b[1] {
            b'x' | b'X' => 16,
            b'o' | b'O' => 8,
            b'b' | b'B' => 2,
            _ => 0,
        };
        if radix != 0 {
            return BigInt::parse_bytes(&b[2..], radix)
                .map(Number::Int)
                .ok_or_else(invalid);
        }
    }
    if !b.is_empty() && b.iter().all(u8::is_ascii_digit) {
        if let Ok(small) = text.parse::<i64>() {
            return Ok(Number::Int(BigInt::from(small)));
        }
        return Ok(Number::Int(BigInt::from(parse_decimal(b))));
    }
    let value: f64 = text.parse().map_err(|_| invalid())?;
    Ok(Number::Float(value))
}

/// Decimal digits below this many are converted directly (quadratic but
/// fast for short runs); longer runs are split in halves.
const DIRECT_DIGITS: usize = 1024;

/// Converts ASCII decimal digits to an integer in sub-quadratic time: the
/// low part is a power-of-two multiple of [`DIRECT_DIGITS`] digits, so the
/// powers of ten needed are `10^(DIRECT_DIGITS * 2^i)`, each the square of
/// the one before. A 50 MB literal must not take hours.
fn parse_decimal(digits: &[u8]) -> BigUint {
    if digits.len() <= DIRECT_DIGITS {
        return BigUint::parse_bytes(digits, 10).unwrap_or_default();
    }
    let mut powers = vec![BigUint::from(10u32).pow(DIRECT_DIGITS as u32)];
    while (DIRECT_DIGITS << powers.len()) < digits.len() {
        let next = powers.last().map(|p| p * p).unwrap_or_default();
        powers.push(next);
    }
    convert_decimal(digits, &powers)
}

/// `digits` as an integer; `powers[i]` is `10^(DIRECT_DIGITS * 2^i)`.
/// Recursion depth is the number of powers (about 16 for 50 MB).
fn convert_decimal(digits: &[u8], powers: &[BigUint]) -> BigUint {
    if digits.len() <= DIRECT_DIGITS {
        return BigUint::parse_bytes(digits, 10).unwrap_or_default();
    }
    let mut i = 0;
    while i + 1 < powers.len() && (DIRECT_DIGITS << (i + 1)) < digits.len() {
        i += 1;
    }
    let low_len = DIRECT_DIGITS << i;
    let (high, low) = digits.split_at(digits.len() - low_len);
    convert_decimal(high, powers) * &powers[i] + convert_decimal(low, powers)
}

/// The identifier a NAME token stands for: NFKC-normalised when it is not
/// ASCII (PEP 3131), as CPython's `new_identifier` does.
pub fn decode_name(token_text: &str) -> Cow<'_, str> {
    if token_text.is_ascii() {
        Cow::Borrowed(token_text)
    } else {
        Cow::Owned(token_text.nfkc().collect())
    }
}

#[cfg(test)]
mod tests;
