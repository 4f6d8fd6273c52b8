//! Turning source bytes into text as CPython 3.4 does when it runs a file:
//! a UTF-8 byte-order mark, or a PEP 263 coding declaration on line 1 or 2,
//! or UTF-8 by default.
//!
//! Errors are `SyntaxError`s on the line concerned, with offset 0 and no
//! source text (CPython has no decoded line to show):
//!
//! * bytes that are not UTF-8 and no declaration: `Non-UTF-8 code starting
//!   with '\xe9' in file main.py on line 1, but no encoding declared; see
//!   http://python.org/dev/peps/pep-0263/ for details` (3.4's URL; 3.11 says
//!   `https://peps.python.org/pep-0263/`);
//! * a codec Kaa does not know: `encoding problem: xyz` (what running a file
//!   gives; `compile()` of bytes says `unknown encoding: xyz`);
//! * a BOM with another declared codec: `encoding problem: iso-8859-1 with
//!   BOM`;
//! * bytes the declared codec cannot decode: `encoding problem: <codec>`
//!   (python3 3.11's wording); with a BOM or an explicit utf-8 declaration,
//!   a `(unicode error) 'utf-8' codec can't decode byte ...` message.
//!
//! CPython decodes lazily, so a tokenizer error on an earlier line would be
//! reported first; here the whole file is decoded before tokenizing.
//! Unicode codecs beyond UTF-8, Latin-1 and ASCII come from `encoding_rs`
//! (the WHATWG set: cp125x, iso-8859-x, koi8, Shift_JIS, EUC-JP/KR, GBK,
//! Big5, UTF-16...), whose tables can differ from Python's in rare code
//! points.

use std::borrow::Cow;

use super::error::SyntaxError;

/// The file name CPython's Non-UTF-8 message names when none is given.
const DEFAULT_FILENAME: &str = "main.py";

/// Decodes a source file's bytes as CPython does (see the module docs),
/// naming the file `main.py` in messages.
pub fn decode_source(bytes: &[u8]) -> Result<String, SyntaxError> {
    decode_source_file(bytes, DEFAULT_FILENAME)
}

/// [`decode_source`] for a file called `filename` (named in the Non-UTF-8
/// message).
pub fn decode_source_file(bytes: &[u8], filename: &str) -> Result<String, SyntaxError> {
    let (bom, body) = match bytes.strip_prefix(b"\xef\xbb\xbf") {
        Some(rest) => (true, rest),
        None => (false, bytes),
    };
    let cookie = find_cookie(body);
    if bom {
        if let Some((name, line)) = &cookie {
            if name != "utf-8" {
                return Err(located(format!("encoding problem: {name} with BOM"), *line));
            }
        }
        return decode_declared_utf8(body);
    }
    match cookie {
        None => decode_default_utf8(body, filename),
        Some((name, _)) if name == "utf-8" => decode_declared_utf8(body),
        Some((name, line)) => decode_with(body, &name)
            .ok_or_else(|| located(format!("encoding problem: {name}"), line)),
    }
}

/// A SyntaxError on `line` with no offset or text.
fn located(msg: String, line: usize) -> SyntaxError {
    SyntaxError::new(msg, u32::try_from(line).unwrap_or(u32::MAX), 0)
}

/// The first two lines (`\n`, `\r\n` or `\r` endings), without their breaks.
fn first_two_lines(bytes: &[u8]) -> [Option<&[u8]>; 2] {
    let mut lines = [None, None];
    let mut rest = bytes;
    for slot in &mut lines {
        if rest.is_empty() {
            break;
        }
        let end = rest.iter().position(|&b| b == b'\n' || b == b'\r');
        match end {
            Some(n) => {
                *slot = Some(&rest[..n]);
                let skip = if rest[n] == b'\r' && rest.get(n + 1) == Some(&b'\n') {
                    2
                } else {
                    1
                };
                rest = &rest[n + skip..];
            }
            None => {
                *slot = Some(rest);
                rest = &[];
            }
        }
    }
    lines
}

/// The PEP 263 declaration and its line: on line 1, or on line 2 when line
/// 1 is blank or only a comment. The name is normalised as CPython's
/// `get_normal_name` does (`utf-8`, `iso-8859-1`, or as written).
fn find_cookie(bytes: &[u8]) -> Option<(String, usize)> {
    let [first, second] = first_two_lines(bytes);
    let first = first?;
    if let Some(name) = coding_spec(first) {
        return Some((name, 1));
    }
    let first_is_comment = first
        .iter()
        .find(|b| !matches!(b, b' ' | b'\t' | b'\x0c'))
        .is_none_or(|&b| b == b'#');
    if first_is_comment {
        if let Some(name) = second.and_then(coding_spec) {
            return Some((name, 2));
        }
    }
    None
}

/// CPython's `get_coding_spec`: the line is a comment and contains
/// `coding:` or `coding=`, then blanks, then `[-\w.]+`.
fn coding_spec(line: &[u8]) -> Option<String> {
    let hash = line
        .iter()
        .position(|&b| !matches!(b, b' ' | b'\t' | b'\x0c'))?;
    if line[hash] != b'#' {
        return None;
    }
    let mut i = hash;
    while let Some(at) = find(&line[i..], b"coding") {
        let mut t = i + at + 6;
        i = t;
        if !matches!(line.get(t), Some(b':' | b'=')) {
            continue;
        }
        t += 1;
        while matches!(line.get(t), Some(b' ' | b'\t')) {
            t += 1;
        }
        let begin = t;
        while line
            .get(t)
            .is_some_and(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
        {
            t += 1;
        }
        if t > begin {
            let name = String::from_utf8_lossy(&line[begin..t]).into_owned();
            return Some(normal_name(&name));
        }
    }
    None
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// CPython's `get_normal_name` (it looks at the first 12 characters).
fn normal_name(name: &str) -> String {
    let head: String = name
        .chars()
        .take(12)
        .map(|c| {
            if c == '_' {
                '-'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    if head == "utf-8" || head.starts_with("utf-8-") {
        "utf-8".into()
    } else if ["latin-1", "iso-8859-1", "iso-latin-1"].contains(&head.as_str())
        || ["latin-1-", "iso-8859-1-", "iso-latin-1-"]
            .iter()
            .any(|p| head.starts_with(p))
    {
        "iso-8859-1".into()
    } else {
        name.into()
    }
}

/// No declaration: UTF-8, or the Non-UTF-8 error for the first bad byte.
fn decode_default_utf8(bytes: &[u8], filename: &str) -> Result<String, SyntaxError> {
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_owned()),
        Err(e) => {
            let at = e.valid_up_to();
            let line = line_of(bytes, at);
            let bad = bytes.get(at).copied().unwrap_or(0);
            let filename: String = filename.chars().take(200).collect();
            Err(located(
                format!(
                    "Non-UTF-8 code starting with '\\x{bad:02x}' in file {filename} on line {line}, \
                     but no encoding declared; see http://python.org/dev/peps/pep-0263/ for details"
                ),
                line,
            ))
        }
    }
}

/// UTF-8 by BOM or declaration: CPython skips its validity check and fails
/// later, in the literal or name holding the bad bytes.
fn decode_declared_utf8(bytes: &[u8]) -> Result<String, SyntaxError> {
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_owned()),
        Err(e) => {
            let at = e.valid_up_to();
            let line = line_of(bytes, at);
            let line_start = bytes[..at]
                .iter()
                .rposition(|&b| b == b'\n' || b == b'\r')
                .map_or(0, |i| i + 1);
            let bad = bytes.get(at).copied().unwrap_or(0);
            let reason = match e.error_len() {
                None => "unexpected end of data",
                Some(_) if (0xc2..=0xf4).contains(&bad) => "invalid continuation byte",
                Some(_) => "invalid start byte",
            };
            Err(located(
                format!(
                    "(unicode error) 'utf-8' codec can't decode byte 0x{bad:02x} in position {}: {reason}",
                    at - line_start
                ),
                line,
            ))
        }
    }
}

/// 1-based line number of byte `at`.
fn line_of(bytes: &[u8], at: usize) -> usize {
    let before = &bytes[..at.min(bytes.len())];
    let mut line = 1;
    let mut i = 0;
    while i < before.len() {
        if before[i] == b'\n' || (before[i] == b'\r' && before.get(i + 1) != Some(&b'\n')) {
            line += 1;
        }
        i += 1;
    }
    line
}

/// Decodes with the codec Python calls `name`; `None` when it is unknown or
/// the bytes are not valid in it.
fn decode_with(bytes: &[u8], name: &str) -> Option<String> {
    let key: String = name
        .chars()
        .map(|c| match c {
            '_' | ' ' => '-',
            c => c.to_ascii_lowercase(),
        })
        .collect();
    match key.as_str() {
        "iso-8859-1" | "latin-1" | "latin1" | "latin" | "l1" | "iso8859-1" | "8859" | "cp819"
        | "iso-ir-100" | "csisolatin1" => {
            return Some(bytes.iter().map(|&b| char::from(b)).collect())
        }
        "ascii" | "us-ascii" | "646" | "us" | "ansi-x3.4-1968" | "iso646-us" => {
            return bytes
                .is_ascii()
                .then(|| String::from_utf8_lossy(bytes).into_owned());
        }
        "utf8" | "u8" | "utf" | "cp65001" => {
            return std::str::from_utf8(bytes).ok().map(str::to_owned)
        }
        _ => {}
    }
    let label: Cow<'_, str> = python_to_whatwg(&key);
    let encoding = encoding_rs::Encoding::for_label_no_replacement(label.as_bytes())?;
    if encoding == encoding_rs::WINDOWS_1252 && !label.contains("1252") {
        // WHATWG folds several Latin names into windows-1252; Python does not.
        return None;
    }
    let (text, malformed) = encoding.decode_without_bom_handling(bytes);
    (!malformed).then(|| text.into_owned())
}

/// Python codec spellings that WHATWG labels lack.
fn python_to_whatwg(key: &str) -> Cow<'_, str> {
    if let Some(n) = key.strip_prefix("cp") {
        if n.len() == 4 && n.starts_with("125") {
            return Cow::Owned(format!("windows-{n}"));
        }
        if n == "932" {
            return Cow::Borrowed("shift_jis");
        }
        if n == "949" {
            return Cow::Borrowed("euc-kr");
        }
        if n == "936" {
            return Cow::Borrowed("gbk");
        }
        if n == "950" {
            return Cow::Borrowed("big5");
        }
    }
    if let Some(n) = key.strip_prefix("iso8859-") {
        return Cow::Owned(format!("iso-8859-{n}"));
    }
    match key {
        "sjis" | "shift-jis" | "s-jis" => Cow::Borrowed("shift_jis"),
        "mac-roman" | "macroman" => Cow::Borrowed("macintosh"),
        "utf-16" => Cow::Borrowed("utf-16le"),
        _ => Cow::Borrowed(key),
    }
}

#[cfg(test)]
mod tests;
