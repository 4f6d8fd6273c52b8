//! UTF-16 and UTF-32 (with BOM, `-le`, `-be`) for [`super::codecs`]. Kaa
//! strings never hold lone surrogates, so encoding cannot fail; decoding
//! reports CPython's reasons (`truncated data`, `illegal encoding`, ...).

use super::codecs::{decode_error, Codec, CodecError, ErrorHandler, UnicodeErrorInfo};
use crate::sandbox::deadline::Pacer;

/// Byte order of a UTF-16/UTF-32 codec.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Endian {
    /// Least significant byte first.
    Little,
    /// Most significant byte first.
    Big,
}

/// Finds a UTF-16/32 codec by its normalised name (`-` and spaces read as `_`).
pub fn lookup(n: &str) -> Option<Codec> {
    Some(match n {
        "utf_16" | "utf16" | "u16" => Codec::Utf16(None),
        "utf_16_le" | "utf_16le" => Codec::Utf16(Some(Endian::Little)),
        "utf_16_be" | "utf_16be" => Codec::Utf16(Some(Endian::Big)),
        "utf_32" | "utf32" | "u32" => Codec::Utf32(None),
        "utf_32_le" | "utf_32le" => Codec::Utf32(Some(Endian::Little)),
        "utf_32_be" | "utf_32be" => Codec::Utf32(Some(Endian::Big)),
        _ => return None,
    })
}

/// The codec name used in messages and by `codecs.lookup`.
pub fn name(bits: u32, e: Option<Endian>) -> &'static str {
    match (bits, e) {
        (16, None) => "utf-16",
        (16, Some(Endian::Little)) => "utf-16-le",
        (16, Some(Endian::Big)) => "utf-16-be",
        (_, None) => "utf-32",
        (_, Some(Endian::Little)) => "utf-32-le",
        (_, Some(Endian::Big)) => "utf-32-be",
    }
}

fn put16(out: &mut Vec<u8>, u: u16, e: Endian) {
    out.extend_from_slice(&match e {
        Endian::Little => u.to_le_bytes(),
        Endian::Big => u.to_be_bytes(),
    });
}

/// `s.encode('utf-16…')`; without an explicit order a little-endian BOM
/// leads. Paced: `Interrupted` once the evaluation must stop.
pub fn encode_utf16(s: &str, e: Option<Endian>) -> Result<Vec<u8>, CodecError> {
    let order = e.unwrap_or(Endian::Little);
    let mut out = Vec::with_capacity(s.len() * 2 + 2);
    let mut pacer = Pacer::new();
    if e.is_none() {
        put16(&mut out, 0xfeff, order);
    }
    for u in s.encode_utf16() {
        pacer.advance(2)?;
        put16(&mut out, u, order);
    }
    Ok(out)
}

/// `s.encode('utf-32…')`; without an explicit order a little-endian BOM
/// leads. Paced: `Interrupted` once the evaluation must stop.
pub fn encode_utf32(s: &str, e: Option<Endian>) -> Result<Vec<u8>, CodecError> {
    let order = e.unwrap_or(Endian::Little);
    let mut out = Vec::with_capacity(s.len() * 4 + 4);
    let mut pacer = Pacer::new();
    let mut put = |c: u32| {
        out.extend_from_slice(&match order {
            Endian::Little => c.to_le_bytes(),
            Endian::Big => c.to_be_bytes(),
        })
    };
    if e.is_none() {
        put(0xfeff);
    }
    for c in s.chars() {
        pacer.advance(4)?;
        put(c as u32);
    }
    Ok(out)
}

/// Reads a BOM when no order is fixed; returns the order and bytes to skip.
fn byte_order(b: &[u8], e: Option<Endian>, width: usize) -> (Endian, usize) {
    if let Some(e) = e {
        return (e, 0);
    }
    let (le, be): (&[u8], &[u8]) = if width == 2 {
        (&[0xff, 0xfe], &[0xfe, 0xff])
    } else {
        (&[0xff, 0xfe, 0, 0], &[0, 0, 0xfe, 0xff])
    };
    if b.starts_with(le) {
        (Endian::Little, width)
    } else if b.starts_with(be) {
        (Endian::Big, width)
    } else {
        (Endian::Little, 0)
    }
}

/// `b.decode('utf-16…', errors)`.
pub fn decode_utf16(
    b: &[u8],
    e: Option<Endian>,
    errors: &ErrorHandler,
) -> Result<String, CodecError> {
    let (order, mut pos) = byte_order(b, e, 2);
    let enc = name(16, Some(order));
    let unit = |i: usize| -> u16 {
        let pair = [b[i], b[i + 1]];
        match order {
            Endian::Little => u16::from_le_bytes(pair),
            Endian::Big => u16::from_be_bytes(pair),
        }
    };
    let mut out = String::with_capacity(b.len() / 2);
    let mut pacer = Pacer::new();
    while pos < b.len() {
        pacer.advance(2)?;
        // A UTF-16 unit may become 3 bytes of UTF-8 (the buffer starts at
        // one byte per unit).
        super::codecs::room(out.len(), out.capacity(), 4)?;
        let bad = |start: usize, end: usize, reason: &'static str| {
            move || UnicodeErrorInfo::decoding(enc, b, start, end, reason)
        };
        if b.len() - pos < 2 {
            decode_error(errors, &mut out, bad(pos, b.len(), "truncated data"))?;
            break;
        }
        let u = unit(pos);
        match u {
            0xd800..=0xdbff => {
                if b.len() - pos < 4 {
                    decode_error(
                        errors,
                        &mut out,
                        bad(pos, b.len(), "unexpected end of data"),
                    )?;
                    break;
                }
                let v = unit(pos + 2);
                if (0xdc00..=0xdfff).contains(&v) {
                    let c = 0x10000 + (((u as u32) - 0xd800) << 10) + ((v as u32) - 0xdc00);
                    out.push(char::from_u32(c).unwrap_or('\u{fffd}'));
                    pos += 4;
                } else {
                    decode_error(
                        errors,
                        &mut out,
                        bad(pos, pos + 2, "illegal UTF-16 surrogate"),
                    )?;
                    pos += 2;
                }
            }
            0xdc00..=0xdfff => {
                decode_error(errors, &mut out, bad(pos, pos + 2, "illegal encoding"))?;
                pos += 2;
            }
            _ => {
                out.push(char::from_u32(u as u32).unwrap_or('\u{fffd}'));
                pos += 2;
            }
        }
    }
    Ok(out)
}

/// `b.decode('utf-32…', errors)`.
pub fn decode_utf32(
    b: &[u8],
    e: Option<Endian>,
    errors: &ErrorHandler,
) -> Result<String, CodecError> {
    let (order, mut pos) = byte_order(b, e, 4);
    let enc = name(32, Some(order));
    let mut out = String::with_capacity(b.len() / 4);
    let mut pacer = Pacer::new();
    while pos < b.len() {
        pacer.advance(4)?;
        super::codecs::room(out.len(), out.capacity(), 4)?;
        let bad = |start: usize, end: usize, reason: &'static str| {
            move || UnicodeErrorInfo::decoding(enc, b, start, end, reason)
        };
        if b.len() - pos < 4 {
            decode_error(errors, &mut out, bad(pos, b.len(), "truncated data"))?;
            break;
        }
        let quad = [b[pos], b[pos + 1], b[pos + 2], b[pos + 3]];
        let c = match order {
            Endian::Little => u32::from_le_bytes(quad),
            Endian::Big => u32::from_be_bytes(quad),
        };
        match char::from_u32(c) {
            Some(ch) => out.push(ch),
            None if c >= 0x110000 => decode_error(
                errors,
                &mut out,
                bad(pos, pos + 4, "code point not in range(0x110000)"),
            )?,
            None => decode_error(
                errors,
                &mut out,
                bad(
                    pos,
                    pos + 4,
                    "code point in surrogate code point range(0xd800, 0xe000)",
                ),
            )?,
        }
        pos += 4;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::super::codecs::{decode_with, encode_with, CodecError};
    use super::super::repr::str_ascii;
    use super::super::testutil::{cases, Checker};

    fn hex(b: &[u8]) -> String {
        b.iter().map(|x| format!("{x:02x}")).collect()
    }

    fn unhex(s: &str) -> Vec<u8> {
        (0..s.len() / 2)
            .filter_map(|i| u8::from_str_radix(s.get(2 * i..2 * i + 2)?, 16).ok())
            .collect()
    }

    #[test]
    fn wide_codecs_match_python3() {
        let mut c = Checker::default();
        for row in cases(include_str!("testdata/wide_codecs.txt")) {
            let got = if row[0] == "encode" {
                encode_with(&row[1], &row[2], &row[3]).map_or_else(|e| e.to_string(), |b| hex(&b))
            } else {
                match decode_with(&unhex(&row[1]), &row[2], &row[3]) {
                    Ok(s) => str_ascii(&s),
                    Err(CodecError::Decode(i)) => format!(
                        "!UnicodeDecodeError: {} | {} {} {} {}",
                        i.message, i.encoding, i.start, i.end, i.reason
                    ),
                    Err(e) => format!("!{}: {}", e.py_type(), e),
                }
            };
            c.check(&row[..4].join(" "), &got, &row[4]);
        }
        c.finish("wide codecs");
    }
}
