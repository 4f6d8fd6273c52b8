//! The codecs on exact code points: encoding strings that hold lone
//! surrogates, and decoding with `surrogateescape` / `surrogatepass`, whose
//! results may hold them. Ordinary strings and handlers keep using
//! [`super::codecs`] (UTF-8 in, UTF-8 out).
//!
//! CPython 3.4's rules, checked against python3:
//! * Encoding: a surrogate cannot be encoded by UTF-8/16/32 (`surrogates
//!   not allowed`); ASCII and Latin-1 refuse it like any character past their
//!   range. UTF-8, ASCII and Latin-1 report a run of consecutive bad
//!   characters as one error; UTF-16/32 one character at a time.
//!   `surrogateescape` turns U+DC80..U+DCFF back into bytes 0x80..0xFF (not
//!   for UTF-16/32, where a single byte is refused); `surrogatepass` writes
//!   the surrogate as UTF-8/16/32 would write the code point.
//! * Decoding: `surrogateescape` turns each undecodable byte (>= 0x80) into
//!   U+DC00+byte; `surrogatepass` accepts an encoded surrogate at the error.

use super::codecs::{Codec, CodecError, ErrorHandler, UnicodeErrorInfo};
use super::codecs_wide::Endian;
use crate::sandbox::deadline::{Pacer, CHUNK_BYTES};

fn is_surrogate(cp: u32) -> bool {
    (0xd800..=0xdfff).contains(&cp)
}

/// `\xe9`, `\udc80`, `\U0001f600`: how CPython names a code point in messages.
pub fn cp_escape(cp: u32) -> String {
    if cp <= 0xff {
        format!("\\x{cp:02x}")
    } else if cp <= 0xffff {
        format!("\\u{cp:04x}")
    } else {
        format!("\\U{cp:08x}")
    }
}

/// Byte order and BOM of the UTF-16/32 codecs (`None`: BOM, little-endian).
fn order(e: Option<Endian>) -> Endian {
    e.unwrap_or(Endian::Little)
}

/// Writes code point `cp` (already known encodable, or a surrogate being
/// passed) in `codec`.
fn put(out: &mut Vec<u8>, codec: Codec, cp: u32) {
    match codec {
        Codec::Ascii | Codec::Latin1 => out.push(cp as u8),
        Codec::Utf8 => match char::from_u32(cp) {
            Some(c) => out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes()),
            None => out.extend([
                0xe0 | (cp >> 12) as u8,
                0x80 | ((cp >> 6) & 0x3f) as u8,
                0x80 | (cp & 0x3f) as u8,
            ]),
        },
        Codec::Utf16(e) => {
            let mut units = [0u16; 2];
            let units: &[u16] = match char::from_u32(cp) {
                Some(c) => c.encode_utf16(&mut units),
                None => {
                    units[0] = cp as u16;
                    &units[..1]
                }
            };
            for &u in units {
                out.extend_from_slice(&match order(e) {
                    Endian::Little => u.to_le_bytes(),
                    Endian::Big => u.to_be_bytes(),
                });
            }
        }
        Codec::Utf32(e) => out.extend_from_slice(&match order(e) {
            Endian::Little => cp.to_le_bytes(),
            Endian::Big => cp.to_be_bytes(),
        }),
    }
}

/// Whether `codec` writes `cp` without an error handler.
fn encodable(codec: Codec, cp: u32) -> bool {
    match codec {
        Codec::Ascii => cp < 0x80,
        Codec::Latin1 => cp < 0x100,
        _ => !is_surrogate(cp),
    }
}

fn encode_error(codec: Codec, cps: &[u32], start: usize, end: usize) -> CodecError {
    let reason = match codec {
        Codec::Ascii => "ordinal not in range(128)".to_string(),
        Codec::Latin1 => "ordinal not in range(256)".to_string(),
        _ => "surrogates not allowed".to_string(),
    };
    let what = match cps.get(start) {
        Some(&c) if end == start + 1 => {
            format!("character '{}' in position {start}", cp_escape(c))
        }
        _ => format!("characters in position {start}-{}", end - 1),
    };
    let name = codec.message_name();
    CodecError::Encode(Box::new(UnicodeErrorInfo {
        encoding: name,
        start,
        end,
        message: format!("'{name}' codec can't encode {what}: {reason}"),
        reason,
    }))
}

/// Encodes `cps` (a string holding lone surrogates, or any string) with
/// `codec` and `errors`.
pub fn encode_code_points(
    cps: &[u32],
    codec: Codec,
    errors: &ErrorHandler,
) -> Result<Vec<u8>, CodecError> {
    let mut out = Vec::with_capacity(cps.len() + 4);
    match codec {
        Codec::Utf16(None) | Codec::Utf32(None) => put(&mut out, codec, 0xfeff),
        _ => {}
    }
    let per_char = matches!(codec, Codec::Utf16(_) | Codec::Utf32(_));
    let mut pacer = Pacer::new();
    let mut i = 0;
    while let Some(&c) = cps.get(i) {
        pacer.advance(4)?;
        if encodable(codec, c) {
            put(&mut out, codec, c);
            i += 1;
            continue;
        }
        let mut end = i + 1;
        if !per_char {
            while cps.get(end).is_some_and(|&c| !encodable(codec, c)) {
                end += 1;
            }
        }
        let bad = &cps[i..end];
        match errors {
            ErrorHandler::Strict => return Err(encode_error(codec, cps, i, end)),
            ErrorHandler::Ignore => {}
            ErrorHandler::Replace => bad.iter().for_each(|_| put(&mut out, codec, 0x3f)),
            ErrorHandler::BackslashReplace => {
                for &c in bad {
                    cp_escape(c)
                        .bytes()
                        .for_each(|b| put(&mut out, codec, b as u32));
                }
            }
            ErrorHandler::XmlCharRefReplace => {
                for &c in bad {
                    format!("&#{c};")
                        .bytes()
                        .for_each(|b| put(&mut out, codec, b as u32));
                }
            }
            ErrorHandler::SurrogateEscape => {
                if per_char || !bad.iter().all(|c| (0xdc80..=0xdcff).contains(c)) {
                    return Err(encode_error(codec, cps, i, end));
                }
                out.extend(bad.iter().map(|&c| (c - 0xdc00) as u8));
            }
            ErrorHandler::SurrogatePass => {
                let passes = !matches!(codec, Codec::Ascii | Codec::Latin1)
                    && bad.iter().all(|&c| is_surrogate(c));
                if !passes {
                    return Err(encode_error(codec, cps, i, end));
                }
                bad.iter().for_each(|&c| put(&mut out, codec, c));
            }
            ErrorHandler::Other(name) => return Err(CodecError::UnknownHandler(name.clone())),
        }
        i = end;
    }
    Ok(out)
}

/// A decoding error at `b[start..end]`, handled by `surrogateescape` or
/// `surrogatepass`: the position to go on from, or the error.
fn handle_decode(
    errors: &ErrorHandler,
    codec: Codec,
    b: &[u8],
    (start, end): (usize, usize),
    reason: &str,
    out: &mut Vec<u32>,
) -> Result<usize, CodecError> {
    let fail = || {
        CodecError::Decode(Box::new(UnicodeErrorInfo::decoding(
            codec_name(codec, b),
            b,
            start,
            end,
            reason,
        )))
    };
    match errors {
        ErrorHandler::SurrogateEscape => {
            let bad = b.get(start..end).unwrap_or(&[]);
            if bad.iter().any(|&x| x < 0x80) {
                return Err(fail());
            }
            out.extend(bad.iter().map(|&x| 0xdc00 + x as u32));
            Ok(end)
        }
        ErrorHandler::SurrogatePass => {
            let unit = |w: usize| -> Option<u32> {
                let s = b.get(start..start + w)?;
                Some(match (codec, w) {
                    (Codec::Utf16(e), 2) => {
                        let p = [s[0], s[1]];
                        u32::from(match order_of(e, b) {
                            Endian::Little => u16::from_le_bytes(p),
                            Endian::Big => u16::from_be_bytes(p),
                        })
                    }
                    (Codec::Utf32(e), 4) => {
                        let q = [s[0], s[1], s[2], s[3]];
                        match order_of(e, b) {
                            Endian::Little => u32::from_le_bytes(q),
                            Endian::Big => u32::from_be_bytes(q),
                        }
                    }
                    _ => {
                        let ok = s[0] == 0xed
                            && (0xa0..=0xbf).contains(&s[1])
                            && (0x80..=0xbf).contains(&s[2]);
                        if !ok {
                            return None;
                        }
                        ((s[1] as u32 & 0x3f) << 6) | (s[2] as u32 & 0x3f) | 0xd000
                    }
                })
            };
            let width = match codec {
                Codec::Utf8 => 3,
                Codec::Utf16(_) => 2,
                Codec::Utf32(_) => 4,
                _ => return Err(fail()),
            };
            match unit(width) {
                Some(cp) if is_surrogate(cp) => {
                    out.push(cp);
                    Ok(start + width)
                }
                _ => Err(fail()),
            }
        }
        _ => Err(fail()),
    }
}

/// The byte order in force for `b` (a BOM decides when the codec does not).
fn order_of(e: Option<Endian>, b: &[u8]) -> Endian {
    match e {
        Some(e) => e,
        None if b.starts_with(&[0xfe, 0xff]) || b.starts_with(&[0, 0, 0xfe, 0xff]) => Endian::Big,
        None => Endian::Little,
    }
}

/// The name in the messages: the UTF-16/32 codecs name the order they read.
fn codec_name(codec: Codec, b: &[u8]) -> &'static str {
    match codec {
        Codec::Utf16(e) => super::codecs_wide::name(16, Some(order_of(e, b))),
        Codec::Utf32(e) => super::codecs_wide::name(32, Some(order_of(e, b))),
        other => other.message_name(),
    }
}

/// Decodes `b` with `errors` `surrogateescape` or `surrogatepass` (other
/// handlers raise at the first error) into code points.
pub fn decode_code_points(
    b: &[u8],
    codec: Codec,
    errors: &ErrorHandler,
) -> Result<Vec<u32>, CodecError> {
    let mut out: Vec<u32> = Vec::with_capacity(b.len());
    let mut pacer = Pacer::new();
    match codec {
        Codec::Latin1 => {
            for (i, piece) in b.chunks(CHUNK_BYTES).enumerate() {
                if i > 0 {
                    crate::sandbox::deadline::check_stop()?;
                }
                out.extend(piece.iter().map(|&x| x as u32));
            }
        }
        Codec::Ascii => {
            for (i, &x) in b.iter().enumerate() {
                pacer.advance(1)?;
                if x < 0x80 {
                    out.push(x as u32);
                } else {
                    let reason = "ordinal not in range(128)";
                    handle_decode(errors, codec, b, (i, i + 1), reason, &mut out)?;
                }
            }
        }
        Codec::Utf8 => decode_utf8(b, errors, &mut out, &mut pacer)?,
        Codec::Utf16(e) => {
            let mut pos =
                if e.is_none() && (b.starts_with(&[0xff, 0xfe]) || b.starts_with(&[0xfe, 0xff])) {
                    2
                } else {
                    0
                };
            let o = order_of(e, b);
            let unit = |i: usize| -> Option<u32> {
                let p = [*b.get(i)?, *b.get(i + 1)?];
                Some(u32::from(match o {
                    Endian::Little => u16::from_le_bytes(p),
                    Endian::Big => u16::from_be_bytes(p),
                }))
            };
            while pos < b.len() {
                pacer.advance(2)?;
                let Some(u) = unit(pos) else {
                    pos = handle_decode(
                        errors,
                        codec,
                        b,
                        (pos, b.len()),
                        "truncated data",
                        &mut out,
                    )?;
                    continue;
                };
                let err = match u {
                    0xd800..=0xdbff => match unit(pos + 2) {
                        Some(v @ 0xdc00..=0xdfff) => {
                            out.push(0x10000 + ((u - 0xd800) << 10) + (v - 0xdc00));
                            pos += 4;
                            continue;
                        }
                        Some(_) => ((pos, pos + 2), "illegal UTF-16 surrogate"),
                        None => ((pos, b.len()), "unexpected end of data"),
                    },
                    0xdc00..=0xdfff => ((pos, pos + 2), "illegal encoding"),
                    _ => {
                        out.push(u);
                        pos += 2;
                        continue;
                    }
                };
                pos = handle_decode(errors, codec, b, err.0, err.1, &mut out)?;
            }
        }
        Codec::Utf32(e) => {
            let bom = b.starts_with(&[0xff, 0xfe, 0, 0]) || b.starts_with(&[0, 0, 0xfe, 0xff]);
            let mut pos = if e.is_none() && bom { 4 } else { 0 };
            let o = order_of(e, b);
            while pos < b.len() {
                pacer.advance(4)?;
                let Some(q) = b.get(pos..pos + 4) else {
                    pos = handle_decode(
                        errors,
                        codec,
                        b,
                        (pos, b.len()),
                        "truncated data",
                        &mut out,
                    )?;
                    continue;
                };
                let q = [q[0], q[1], q[2], q[3]];
                let c = match o {
                    Endian::Little => u32::from_le_bytes(q),
                    Endian::Big => u32::from_be_bytes(q),
                };
                let reason = if c >= 0x110000 {
                    "code point not in range(0x110000)"
                } else if is_surrogate(c) {
                    "code point in surrogate code point range(0xd800, 0xe000)"
                } else {
                    out.push(c);
                    pos += 4;
                    continue;
                };
                pos = handle_decode(errors, codec, b, (pos, pos + 4), reason, &mut out)?;
            }
        }
    }
    Ok(out)
}

/// UTF-8 into code points, a window of [`CHUNK_BYTES`] validated at a time.
fn decode_utf8(
    b: &[u8],
    errors: &ErrorHandler,
    out: &mut Vec<u32>,
    pacer: &mut Pacer,
) -> Result<(), CodecError> {
    let mut pos = 0;
    while pos < b.len() {
        let w_end = b.len().min(pos + CHUNK_BYTES);
        let window = &b[pos..w_end];
        let (good, error) = match std::str::from_utf8(window) {
            Ok(_) => (window.len(), None),
            Err(e) if e.error_len().is_none() && w_end < b.len() && e.valid_up_to() > 0 => {
                (e.valid_up_to(), None)
            }
            Err(e) => (e.valid_up_to(), Some(e.error_len())),
        };
        let text = std::str::from_utf8(&window[..good]).unwrap_or_default();
        out.extend(text.chars().map(|c| c as u32));
        pacer.advance(good.max(1))?;
        pos += good;
        let Some(error_len) = error else { continue };
        let (end, reason) = match error_len {
            None => (b.len(), "unexpected end of data"),
            Some(n) => {
                let first = b.get(pos).copied().unwrap_or(0);
                let reason = if (0xc2..=0xf4).contains(&first) {
                    "invalid continuation byte"
                } else {
                    "invalid start byte"
                };
                (pos + n, reason)
            }
        };
        pos = handle_decode(errors, Codec::Utf8, b, (pos, end), reason, out)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn enc(cps: &[u32], codec: Codec, h: &str) -> Result<Vec<u8>, String> {
        encode_code_points(cps, codec, &ErrorHandler::from_name(h)).map_err(|e| e.to_string())
    }

    fn dec(b: &[u8], codec: Codec, h: &str) -> Result<Vec<u32>, String> {
        decode_code_points(b, codec, &ErrorHandler::from_name(h)).map_err(|e| e.to_string())
    }

    #[test]
    fn encodes_like_python3() {
        assert_eq!(
            enc(&[0xd800, 0xdc00, 0x78], Codec::Utf8, "strict"),
            Err(
                "'utf-8' codec can't encode characters in position 0-1: surrogates not allowed"
                    .into()
            )
        );
        assert_eq!(
            enc(&[0xdc80], Codec::Ascii, "surrogateescape"),
            Ok(vec![0x80])
        );
        assert_eq!(
            enc(&[0xd800], Codec::Utf8, "surrogatepass"),
            Ok(vec![0xed, 0xa0, 0x80])
        );
        assert_eq!(
            enc(&[0xdc80], Codec::Utf32(None), "surrogatepass"),
            Ok(vec![0xff, 0xfe, 0, 0, 0x80, 0xdc, 0, 0])
        );
        assert_eq!(
            enc(&[0x61, 0xd800, 0xd801, 0x62], Codec::Utf8, "replace"),
            Ok(b"a??b".to_vec())
        );
    }

    #[test]
    fn decodes_like_python3() {
        assert_eq!(
            dec(b"a\xffb\x80", Codec::Ascii, "surrogateescape"),
            Ok(vec![0x61, 0xdcff, 0x62, 0xdc80])
        );
        assert_eq!(
            dec(b"\xed\xa0\x80", Codec::Utf8, "surrogatepass"),
            Ok(vec![0xd800])
        );
        assert_eq!(
            dec(b"\xf0\x9f", Codec::Utf8, "surrogateescape"),
            Ok(vec![0xdcf0, 0xdc9f])
        );
        assert_eq!(
            dec(b"\xed\xa0\x80\xff", Codec::Utf8, "surrogatepass"),
            Err("'utf-8' codec can't decode byte 0xff in position 3: invalid start byte".into())
        );
        assert_eq!(
            dec(
                b"\x00\xd8",
                Codec::Utf16(Some(Endian::Little)),
                "surrogatepass"
            ),
            Ok(vec![0xd800])
        );
    }
}
