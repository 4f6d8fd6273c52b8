//! `str.encode` / `bytes.decode` for the codecs a sandbox needs (utf-8, ascii,
//! latin-1) with CPython 3.4's error handlers and messages. Error handlers are
//! looked up only when an error occurs, as CPython does (`'abc'.encode('ascii',
//! 'bogus')` works).

use std::fmt::Write;

/// A supported codec.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Codec {
    /// UTF-8.
    Utf8,
    /// ASCII.
    Ascii,
    /// ISO-8859-1.
    Latin1,
    /// UTF-16 (`None`: with a BOM, native little-endian order).
    Utf16(Option<super::codecs_wide::Endian>),
    /// UTF-32 (`None`: with a BOM, native little-endian order).
    Utf32(Option<super::codecs_wide::Endian>),
}

impl Codec {
    /// The name CPython's messages use for this codec.
    pub fn message_name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Utf16(e) => super::codecs_wide::name(16, e),
            Codec::Utf32(e) => super::codecs_wide::name(32, e),
        }
    }

    /// The canonical name (`codecs.lookup(name).name`).
    pub fn canonical_name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "iso8859-1",
            other => other.message_name(),
        }
    }
}

/// Finds a codec by any of its usual names (case, `-`, `_` and spaces ignored as
/// CPython's normalisation does).
pub fn lookup_codec(name: &str) -> Result<Codec, CodecError> {
    let n: String = name
        .trim()
        .to_ascii_lowercase()
        .chars()
        .map(|c| if c == '-' || c == ' ' { '_' } else { c })
        .collect();
    match n.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "utf8_ucs2" | "utf8_ucs4" => Ok(Codec::Utf8),
        "ascii" | "us_ascii" | "646" | "us" | "ansi_x3.4_1968" | "ansi_x3_4_1968"
        | "ansi_x3.4_1986" | "cp367" | "csascii" | "ibm367" | "iso646_us" | "iso_646.irv_1991"
        | "iso_ir_6" => Ok(Codec::Ascii),
        "latin_1" | "latin1" | "latin" | "l1" | "iso8859_1" | "iso_8859_1" | "iso8859" | "8859"
        | "cp819" | "ibm819" | "iso_ir_100" | "csisolatin1" | "iso_8859_1_1987" => {
            Ok(Codec::Latin1)
        }
        other => super::codecs_wide::lookup(other)
            .ok_or_else(|| CodecError::UnknownEncoding(name.to_string())),
    }
}

/// An `errors=` argument.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ErrorHandler {
    /// `strict`: raise.
    Strict,
    /// `ignore`: drop.
    Ignore,
    /// `replace`: `?` when encoding, U+FFFD when decoding.
    Replace,
    /// `backslashreplace` (encoding only in 3.4).
    BackslashReplace,
    /// `xmlcharrefreplace` (encoding only).
    XmlCharRefReplace,
    /// `surrogateescape`: bytes 0x80..0xFF <-> U+DC80..U+DCFF (the exact
    /// paths are in [`super::codecs_surrogate`]).
    SurrogateEscape,
    /// `surrogatepass`: encoded surrogates pass (see
    /// [`super::codecs_surrogate`]).
    SurrogatePass,
    /// Any other name: an error only when a handler is needed.
    Other(String),
}

impl ErrorHandler {
    /// Parses an `errors=` name.
    pub fn from_name(name: &str) -> ErrorHandler {
        match name {
            "strict" => ErrorHandler::Strict,
            "ignore" => ErrorHandler::Ignore,
            "replace" => ErrorHandler::Replace,
            "backslashreplace" => ErrorHandler::BackslashReplace,
            "xmlcharrefreplace" => ErrorHandler::XmlCharRefReplace,
            "surrogateescape" => ErrorHandler::SurrogateEscape,
            "surrogatepass" => ErrorHandler::SurrogatePass,
            other => ErrorHandler::Other(other.to_string()),
        }
    }
}

/// Codec failures; `Display` is CPython's message, [`CodecError::py_type`] the class.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CodecError {
    /// LookupError.
    #[error("unknown encoding: {0}")]
    UnknownEncoding(String),
    /// LookupError: a bytes-to-bytes or str-to-str codec (`rot13`, `hex`)
    /// given to `str.encode`/`bytes.decode`.
    #[error("'{name}' is not a text encoding; use codecs.{op}() to handle arbitrary codecs")]
    NotText {
        /// The encoding name as the caller gave it.
        name: String,
        /// `encode` or `decode`.
        op: &'static str,
    },
    /// LookupError.
    #[error("unknown error handler name '{0}'")]
    UnknownHandler(String),
    /// A handler that cannot handle decoding errors (TypeError).
    #[error("don't know how to handle UnicodeDecodeError in error callback")]
    HandlerCannotDecode,
    /// An error of a codec reached through the codec registry (a name without
    /// CPython's C fast path), re-raised with context: `encoding with 'l1' codec
    /// failed (LookupError: ...)`; same class as the inner error.
    #[error("{op} with '{name}' codec failed ({}: {inner})", inner.py_type())]
    Wrapped {
        /// `encoding` or `decoding`.
        op: &'static str,
        /// The encoding name as the caller gave it.
        name: String,
        /// The original error.
        inner: Box<CodecError>,
    },
    /// UnicodeEncodeError.
    #[error("{}", .0.message)]
    Encode(Box<UnicodeErrorInfo>),
    /// UnicodeDecodeError.
    #[error("{}", .0.message)]
    Decode(Box<UnicodeErrorInfo>),
    /// A decoding handler that would need a lone surrogate in the result
    /// (`surrogateescape` on undecodable bytes): Kaa strings cannot hold one.
    #[error("surrogates not supported")]
    SurrogatesUnsupported,
    /// The evaluation must stop (deadline or cancellation) during a huge
    /// conversion (`sandbox::deadline`): never a Python exception, the
    /// caller reports the limit.
    #[error("interrupted")]
    Interrupted,
}

impl From<crate::sandbox::deadline::Interrupted> for CodecError {
    fn from(_: crate::sandbox::deadline::Interrupted) -> CodecError {
        CodecError::Interrupted
    }
}

/// The attributes of a UnicodeEncodeError/UnicodeDecodeError.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnicodeErrorInfo {
    /// `encoding` (the codec's message name, e.g. `utf-16-le`).
    pub encoding: &'static str,
    /// `start`: first bad position (characters when encoding, bytes when decoding).
    pub start: usize,
    /// `end`: one past the last bad position.
    pub end: usize,
    /// `reason`.
    pub reason: String,
    /// `str(e)`.
    pub message: String,
}

impl UnicodeErrorInfo {
    /// The error of bytes `b[start..end]` failing to decode.
    pub fn decoding(
        encoding: &'static str,
        b: &[u8],
        start: usize,
        end: usize,
        reason: &str,
    ) -> UnicodeErrorInfo {
        let message = format!(
            "'{encoding}' codec can't decode {}: {reason}",
            bytes_text(b, start, end)
        );
        UnicodeErrorInfo {
            encoding,
            start,
            end,
            reason: reason.to_string(),
            message,
        }
    }
}

impl CodecError {
    /// The Python exception class name.
    pub fn py_type(&self) -> &'static str {
        match self {
            CodecError::UnknownEncoding(_)
            | CodecError::UnknownHandler(_)
            | CodecError::NotText { .. } => "LookupError",
            CodecError::HandlerCannotDecode => "TypeError",
            CodecError::Wrapped { inner, .. } => inner.py_type(),
            CodecError::Encode(_) => "UnicodeEncodeError",
            CodecError::Decode(_) => "UnicodeDecodeError",
            CodecError::SurrogatesUnsupported => "ValueError",
            CodecError::Interrupted => "TimeoutError",
        }
    }
}

fn char_escape(c: char) -> String {
    let cp = c as u32;
    if cp <= 0xff {
        format!("\\x{cp:02x}")
    } else if cp <= 0xffff {
        format!("\\u{cp:04x}")
    } else {
        format!("\\U{cp:08x}")
    }
}

/// `s.encode(codec, errors)`. UTF-8, ASCII and Latin-1 work a chunk at a
/// time with a stop check between chunks (`Interrupted` past the deadline).
pub fn encode(s: &str, codec: Codec, errors: &ErrorHandler) -> Result<Vec<u8>, CodecError> {
    let limit: u32 = match codec {
        Codec::Utf8 => {
            let mut out = Vec::with_capacity(s.len());
            super::pace::push_bytes(&mut out, s.as_bytes())?;
            return Ok(out);
        }
        Codec::Ascii => 0x80,
        Codec::Latin1 => 0x100,
        Codec::Utf16(e) => return super::codecs_wide::encode_utf16(s, e),
        Codec::Utf32(e) => return super::codecs_wide::encode_utf32(s, e),
    };
    if s.is_ascii() {
        let mut out = Vec::with_capacity(s.len());
        super::pace::push_bytes(&mut out, s.as_bytes())?;
        return Ok(out);
    }
    let mut pacer = crate::sandbox::deadline::Pacer::new();
    let mut out = Vec::with_capacity(s.len());
    let mut chars = s.chars().enumerate().peekable();
    while let Some((i, c)) = chars.next() {
        pacer.advance(4)?;
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            continue;
        }
        let start = i;
        // The unencodable run is handled a char at a time (no copy of it:
        // a 40 MB run under errors='replace' held a 160 MB `Vec<char>`).
        let strict = matches!(
            errors,
            ErrorHandler::Strict | ErrorHandler::SurrogateEscape | ErrorHandler::SurrogatePass
        );
        let mut end = start + 1;
        replace_unencodable(errors, c, &mut out)?;
        while let Some(&(_, next)) = chars.peek() {
            if (next as u32) < limit {
                break;
            }
            pacer.advance(4)?;
            replace_unencodable(errors, next, &mut out)?;
            end += 1;
            chars.next();
        }
        if strict {
            let what = if end - start == 1 {
                format!("character '{}' in position {start}", char_escape(c))
            } else {
                format!("characters in position {start}-{}", end - 1)
            };
            let reason = format!("ordinal not in range({limit})");
            return Err(CodecError::Encode(Box::new(UnicodeErrorInfo {
                encoding: codec.message_name(),
                start,
                end,
                message: format!(
                    "'{}' codec can't encode {what}: {reason}",
                    codec.message_name()
                ),
                reason,
            })));
        }
    }
    Ok(out)
}

/// Appends what a non-strict encoding handler writes for the unencodable
/// `c` (nothing for the strict handlers, whose caller reports the run).
fn replace_unencodable(
    errors: &ErrorHandler,
    c: char,
    out: &mut Vec<u8>,
) -> Result<(), CodecError> {
    match errors {
        ErrorHandler::Strict
        | ErrorHandler::SurrogateEscape
        | ErrorHandler::SurrogatePass
        | ErrorHandler::Ignore => {}
        ErrorHandler::Replace => {
            room(out.len(), out.capacity(), 1)?;
            out.push(b'?');
        }
        ErrorHandler::BackslashReplace => {
            let t = char_escape(c);
            room(out.len(), out.capacity(), t.len())?;
            out.extend_from_slice(t.as_bytes());
        }
        ErrorHandler::XmlCharRefReplace => {
            let mut t = String::new();
            let _ = write!(t, "&#{};", c as u32);
            room(out.len(), out.capacity(), t.len())?;
            out.extend_from_slice(t.as_bytes());
        }
        ErrorHandler::Other(name) => return Err(CodecError::UnknownHandler(name.clone())),
    }
    Ok(())
}

/// Before an output buffer of `len` bytes in room for `capacity` takes `n`
/// more: fails (the memory limit) when it would grow past what the memory
/// limit leaves (an error handler's output can be several times its input:
/// U+FFFD is 3 bytes per bad byte).
#[inline]
pub(crate) fn room(len: usize, capacity: usize, n: usize) -> Result<(), CodecError> {
    crate::sandbox::deadline::check_growth(len, capacity, n, 1)?;
    Ok(())
}

/// Applies a decoding handler to one bad byte range (`Ok` to continue).
pub(crate) fn decode_error(
    errors: &ErrorHandler,
    out: &mut String,
    info: impl FnOnce() -> UnicodeErrorInfo,
) -> Result<(), CodecError> {
    match errors {
        ErrorHandler::Strict | ErrorHandler::SurrogatePass => {
            Err(CodecError::Decode(Box::new(info())))
        }
        ErrorHandler::SurrogateEscape => Err(CodecError::SurrogatesUnsupported),
        ErrorHandler::Ignore => Ok(()),
        ErrorHandler::Replace => {
            room(out.len(), out.capacity(), '\u{fffd}'.len_utf8())?;
            out.push('\u{fffd}');
            Ok(())
        }
        ErrorHandler::BackslashReplace | ErrorHandler::XmlCharRefReplace => {
            Err(CodecError::HandlerCannotDecode)
        }
        ErrorHandler::Other(name) => Err(CodecError::UnknownHandler(name.clone())),
    }
}

fn bytes_text(b: &[u8], start: usize, end: usize) -> String {
    if end.saturating_sub(start) == 1 {
        format!(
            "byte 0x{:02x} in position {start}",
            b.get(start).copied().unwrap_or(0)
        )
    } else {
        format!("bytes in position {start}-{}", end - 1)
    }
}

/// `b.decode(codec, errors)`. UTF-8, ASCII and Latin-1 work a chunk at a
/// time with a stop check between chunks (`Interrupted` past the deadline).
pub fn decode(b: &[u8], codec: Codec, errors: &ErrorHandler) -> Result<String, CodecError> {
    match codec {
        Codec::Latin1 => {
            let mut out = String::with_capacity(b.len());
            for (i, piece) in b.chunks(crate::sandbox::deadline::CHUNK_BYTES).enumerate() {
                if i > 0 {
                    crate::sandbox::deadline::check_stop()?;
                }
                out.extend(piece.iter().map(|&x| x as char));
            }
            Ok(out)
        }
        Codec::Utf16(e) => super::codecs_wide::decode_utf16(b, e, errors),
        Codec::Utf32(e) => super::codecs_wide::decode_utf32(b, e, errors),
        Codec::Ascii => {
            let mut out = String::with_capacity(b.len());
            let mut pacer = crate::sandbox::deadline::Pacer::new();
            let mut i = 0;
            while i < b.len() {
                // The ASCII run from `i` (at most a chunk), copied at once.
                let end = b.len().min(i + crate::sandbox::deadline::CHUNK_BYTES);
                let run = b[i..end].iter().take_while(|x| x.is_ascii()).count();
                if run > 0 {
                    out.push_str(std::str::from_utf8(&b[i..i + run]).unwrap_or_default());
                    i += run;
                    pacer.advance(run)?;
                    continue;
                }
                pacer.advance(1)?;
                decode_error(errors, &mut out, || {
                    UnicodeErrorInfo::decoding("ascii", b, i, i + 1, "ordinal not in range(128)")
                })?;
                i += 1;
            }
            Ok(out)
        }
        Codec::Utf8 => decode_utf8(b, errors),
    }
}

/// UTF-8 decoding, validated a window of [`CHUNK_BYTES`] at a time with a
/// stop check between windows (a char cut by a window's end is read with
/// the next window).
///
/// [`CHUNK_BYTES`]: crate::sandbox::deadline::CHUNK_BYTES
fn decode_utf8(b: &[u8], errors: &ErrorHandler) -> Result<String, CodecError> {
    const WINDOW: usize = crate::sandbox::deadline::CHUNK_BYTES;
    let mut out = String::with_capacity(b.len());
    let mut rest = b;
    let mut offset = 0;
    let mut pacer = crate::sandbox::deadline::Pacer::new();
    while !rest.is_empty() {
        let w = rest.len().min(WINDOW);
        let (good, error) = match std::str::from_utf8(&rest[..w]) {
            Ok(text) => {
                out.push_str(text);
                (w, None)
            }
            // A char cut by the window's end (not the data's): read it with
            // the next window.
            Err(e) if e.error_len().is_none() && w < rest.len() && e.valid_up_to() > 0 => {
                (e.valid_up_to(), None)
            }
            Err(e) => (e.valid_up_to(), Some(e.error_len())),
        };
        if error.is_some() || good < w {
            out.push_str(std::str::from_utf8(&rest[..good]).unwrap_or_default());
        }
        pacer.advance(good.max(1))?;
        rest = &rest[good..];
        offset += good;
        let Some(error_len) = error else { continue };
        let start = offset;
        let (len, reason) = match error_len {
            // Only at the data's end: incomplete char.
            None => (rest.len(), "unexpected end of data"),
            Some(n) => {
                let first = rest.first().copied().unwrap_or(0);
                let reason = if (0xc2..=0xf4).contains(&first) {
                    "invalid continuation byte"
                } else {
                    "invalid start byte"
                };
                (n, reason)
            }
        };
        decode_error(errors, &mut out, || {
            UnicodeErrorInfo::decoding("utf-8", b, start, start + len, reason)
        })?;
        rest = &rest[len..];
        offset = start + len;
    }
    Ok(out)
}

/// True for the names CPython 3.4 encodes/decodes without its codec registry
/// (lowercased, `_` read as `-`); errors of other names get wrapped.
fn is_fast_path_name(name: &str) -> bool {
    let n: String = name.to_ascii_lowercase().replace('_', "-");
    matches!(
        n.as_str(),
        "utf-8"
            | "utf8"
            | "latin-1"
            | "latin1"
            | "iso-8859-1"
            | "iso8859-1"
            | "ascii"
            | "utf-16"
            | "utf-32"
    )
}

/// `e` wrapped as CPython wraps errors of codecs reached through the registry.
pub(crate) fn wrap(op: &'static str, name: &str, e: CodecError) -> CodecError {
    match e {
        CodecError::UnknownHandler(_) | CodecError::HandlerCannotDecode
            if !is_fast_path_name(name) =>
        {
            CodecError::Wrapped {
                op,
                name: name.to_string(),
                inner: Box::new(e),
            }
        }
        other => other,
    }
}

/// Whether `name` is one of CPython's codecs that are not text encodings
/// (bytes-to-bytes or str-to-str: base64, bz2, hex, quopri, rot13, uu, zlib).
fn is_non_text_codec(name: &str) -> bool {
    let n: String = name
        .trim()
        .to_ascii_lowercase()
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '.' {
                c
            } else {
                '_'
            }
        })
        .collect();
    matches!(
        n.as_str(),
        "base64"
            | "base_64"
            | "base64_codec"
            | "bz2"
            | "bz2_codec"
            | "hex"
            | "hex_codec"
            | "quopri"
            | "quotedprintable"
            | "quoted_printable"
            | "quopri_codec"
            | "rot13"
            | "rot_13"
            | "uu"
            | "uu_codec"
            | "zip"
            | "zlib"
            | "zlib_codec"
    )
}

/// `s.encode(encoding, errors)` by names, as CPython (lookup, handler, wrapping).
pub fn encode_with(s: &str, encoding: &str, errors: &str) -> Result<Vec<u8>, CodecError> {
    if is_non_text_codec(encoding) {
        return Err(CodecError::NotText {
            name: encoding.to_string(),
            op: "encode",
        });
    }
    let codec = lookup_codec(encoding)?;
    encode(s, codec, &ErrorHandler::from_name(errors)).map_err(|e| wrap("encoding", encoding, e))
}

/// `b.decode(encoding, errors)` by names; empty input decodes to `''` without a lookup.
pub fn decode_with(b: &[u8], encoding: &str, errors: &str) -> Result<String, CodecError> {
    if b.is_empty() {
        return Ok(String::new());
    }
    if is_non_text_codec(encoding) {
        return Err(CodecError::NotText {
            name: encoding.to_string(),
            op: "decode",
        });
    }
    let codec = lookup_codec(encoding)?;
    decode(b, codec, &ErrorHandler::from_name(errors)).map_err(|e| wrap("decoding", encoding, e))
}
