//! Building blocks for text kernels that must stop at the evaluation's
//! deadline (`crate::sandbox::deadline`): copies, fills, repeats and
//! byte-wise maps done [`CHUNK_BYTES`] at a time with a stop check between
//! chunks, so one `s.upper()`, `'x' * 10**8` or `s.ljust(10**8)` on huge
//! data ends within a fraction of a millisecond of the deadline.
//!
//! Inputs shorter than a chunk take the plain path: one length compare
//! more than the unchecked operation.

use crate::sandbox::deadline::{check_stop, Interrupted, CHUNK_BYTES};

/// Appends `n` copies of `fill` to `out`, a chunk at a time.
pub fn push_fill(out: &mut String, fill: char, n: usize) -> Result<(), Interrupted> {
    if fill.is_ascii() {
        let mut left = n;
        let byte = [fill as u8];
        let unit = std::str::from_utf8(&byte).unwrap_or(" ");
        while left > 0 {
            let k = left.min(CHUNK_BYTES);
            out.push_str(&unit.repeat(k));
            left -= k;
            if left > 0 {
                check_stop()?;
            }
        }
        return Ok(());
    }
    let per = (CHUNK_BYTES / fill.len_utf8()).max(1);
    let mut left = n;
    while left > 0 {
        let k = left.min(per);
        out.extend(std::iter::repeat_n(fill, k));
        left -= k;
        if left > 0 {
            check_stop()?;
        }
    }
    Ok(())
}

/// Appends `n` copies of the byte `fill` to `out`, a chunk at a time.
pub fn push_fill_bytes(out: &mut Vec<u8>, fill: u8, n: usize) -> Result<(), Interrupted> {
    let mut left = n;
    while left > 0 {
        let k = left.min(CHUNK_BYTES);
        out.resize(out.len() + k, fill);
        left -= k;
        if left > 0 {
            check_stop()?;
        }
    }
    Ok(())
}

/// Appends `src` to `out`, a chunk at a time.
pub fn push_bytes(out: &mut Vec<u8>, src: &[u8]) -> Result<(), Interrupted> {
    let mut chunks = src.chunks(CHUNK_BYTES).peekable();
    while let Some(c) = chunks.next() {
        out.extend_from_slice(c);
        if chunks.peek().is_some() {
            check_stop()?;
        }
    }
    Ok(())
}

/// The largest char boundary of `s` at or below `i`.
fn boundary_at_or_below(s: &str, mut i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Splits `s` into pieces of about [`CHUNK_BYTES`] bytes at char
/// boundaries.
pub fn str_chunks(s: &str) -> impl Iterator<Item = &str> {
    let mut rest = s;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let mut cut = boundary_at_or_below(rest, CHUNK_BYTES);
        if cut == 0 {
            cut = rest.chars().next().map_or(rest.len(), char::len_utf8);
        }
        let (head, tail) = rest.split_at(cut);
        rest = tail;
        Some(head)
    })
}

/// Appends `src` to `out`, a chunk at a time.
pub fn push_str(out: &mut String, src: &str) -> Result<(), Interrupted> {
    if src.len() <= CHUNK_BYTES {
        out.push_str(src);
        return Ok(());
    }
    let mut chunks = str_chunks(src).peekable();
    while let Some(c) = chunks.next() {
        out.push_str(c);
        if chunks.peek().is_some() {
            check_stop()?;
        }
    }
    Ok(())
}

/// `s` mapped piece by piece by a context-free `f` (each char's mapping
/// depends on that char only), with a stop check between pieces.
pub fn map_str(s: &str, f: impl Fn(&str, &mut String)) -> Result<String, Interrupted> {
    let mut out = String::with_capacity(s.len());
    if s.len() <= CHUNK_BYTES {
        f(s, &mut out);
        return Ok(out);
    }
    for c in str_chunks(s) {
        check_stop()?;
        f(c, &mut out);
    }
    Ok(out)
}

/// `b` mapped piece by piece by a byte-wise `f`, with a stop check between
/// pieces.
pub fn map_bytes(b: &[u8], f: impl Fn(&[u8], &mut Vec<u8>)) -> Result<Vec<u8>, Interrupted> {
    let mut out = Vec::with_capacity(b.len());
    if b.len() <= CHUNK_BYTES {
        f(b, &mut out);
        return Ok(out);
    }
    for c in b.chunks(CHUNK_BYTES) {
        check_stop()?;
        f(c, &mut out);
    }
    Ok(out)
}

/// `unit` repeated `n` times (the caller checked the size), doubling the
/// copied part with at most a chunk copied between two stop checks.
pub fn repeat_bytes(unit: &[u8], n: usize) -> Result<Vec<u8>, Interrupted> {
    let total = unit.len().saturating_mul(n);
    if total <= CHUNK_BYTES {
        return Ok(unit.repeat(n));
    }
    let mut out = Vec::with_capacity(total);
    if unit.len() > CHUNK_BYTES {
        for _ in 0..n {
            check_stop()?;
            push_bytes(&mut out, unit)?;
        }
        return Ok(out);
    }
    out.extend_from_slice(unit);
    while out.len() < total {
        // Whole units only (at least one: `out` starts with a unit and the
        // room left is a multiple of it).
        let mut k = out
            .len()
            .min(total - out.len())
            .min(CHUNK_BYTES.max(unit.len()));
        k -= k % unit.len().max(1);
        out.extend_from_within(..k);
        check_stop()?;
    }
    Ok(out)
}

/// `unit` repeated `n` times as a str (see [`repeat_bytes`]).
pub fn repeat_str(unit: &str, n: usize) -> Result<String, Interrupted> {
    let total = unit.len().saturating_mul(n);
    if total <= CHUNK_BYTES {
        return Ok(unit.repeat(n));
    }
    let mut out = String::with_capacity(total);
    if unit.len() > CHUNK_BYTES {
        for _ in 0..n {
            check_stop()?;
            push_str(&mut out, unit)?;
        }
        return Ok(out);
    }
    out.push_str(unit);
    while out.len() < total {
        // Whole units only: every cut is then a char boundary.
        let room = total - out.len();
        let mut k = out.len().min(room).min(CHUNK_BYTES.max(unit.len()));
        k -= k % unit.len().max(1);
        out.extend_from_within(..k);
        check_stop()?;
    }
    Ok(out)
}

/// One piece of a padded result for [`build_padded`].
#[derive(Clone, Copy, Debug)]
pub enum Piece<'a> {
    /// Text copied as is.
    Text(&'a str),
    /// A char repeated a number of times.
    Fill(char, usize),
}

/// The pieces concatenated, built a chunk at a time, for formatting kernels
/// whose error type has no room for an interruption: past the deadline it
/// returns an empty string after `sandbox::deadline::mark_interrupted`
/// (callers ask `Vm::after_kernel` before using it).
pub fn build_padded(pieces: &[Piece<'_>]) -> String {
    let total: usize = pieces
        .iter()
        .map(|p| match p {
            Piece::Text(t) => t.len(),
            Piece::Fill(c, n) => c.len_utf8().saturating_mul(*n),
        })
        .fold(0, usize::saturating_add);
    let mut out = String::with_capacity(total);
    for p in pieces {
        let r = match p {
            Piece::Text(t) => push_str(&mut out, t),
            Piece::Fill(c, n) => push_fill(&mut out, *c, *n),
        };
        if r.is_err() {
            crate::sandbox::deadline::mark_interrupted();
            return String::new();
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunked_helpers_match_the_plain_operations() {
        let big = "aé€".repeat(CHUNK_BYTES / 2);
        let pieces: Vec<&str> = str_chunks(&big).collect();
        assert!(pieces.len() > 1);
        assert_eq!(pieces.concat(), big);
        assert_eq!(
            map_str(&big, |c, o| o.push_str(&c.to_uppercase())),
            Ok(big.to_uppercase())
        );
        let mut out = String::new();
        assert_eq!(push_str(&mut out, &big), Ok(()));
        assert_eq!(out, big);
        assert_eq!(repeat_str(&big, 3), Ok(big.repeat(3)));
        assert_eq!(
            repeat_bytes(big.as_bytes(), 2),
            Ok(big.repeat(2).into_bytes())
        );
        for n in [0usize, 1, 7, CHUNK_BYTES / 3 + 5, 3 * CHUNK_BYTES + 1] {
            assert_eq!(repeat_str("ab€", n), Ok("ab€".repeat(n)), "{n}");
            assert_eq!(repeat_bytes(b"xyz", n), Ok(b"xyz".repeat(n)), "{n}");
            let mut s = String::from(">");
            assert_eq!(push_fill(&mut s, 'é', n), Ok(()));
            assert_eq!(s, format!(">{}", "é".repeat(n)));
            let mut s = String::new();
            assert_eq!(push_fill(&mut s, '-', n), Ok(()));
            assert_eq!(s, "-".repeat(n));
            let mut v = vec![1u8];
            assert_eq!(push_fill_bytes(&mut v, 0, n), Ok(()));
            assert_eq!(v.len(), n + 1);
        }
        let b = vec![b'a'; 3 * CHUNK_BYTES + 9];
        assert_eq!(
            map_bytes(&b, |c, o| o.extend(c.to_ascii_uppercase())),
            Ok(vec![b'A'; b.len()])
        );
        let mut v = Vec::new();
        assert_eq!(push_bytes(&mut v, &b), Ok(()));
        assert_eq!(v, b);
    }

    #[test]
    fn paced_matches_agree_with_memmem_across_windows() {
        let mut hay = Vec::new();
        for i in 0..(3 * CHUNK_BYTES + 77) {
            hay.push(if i % 7 == 0 || i % 11 < 3 { b'a' } else { b'b' });
        }
        for pat in [&b"a"[..], b"aa", b"aab", b"ba", b"bbbbbb", b"abababab"] {
            let want: Vec<usize> = memchr::memmem::find_iter(&hay, pat).collect();
            let got: Vec<usize> = crate::text::bytes::PacedMatches::new(&hay, pat, usize::MAX)
                .map(|r| r.unwrap_or(usize::MAX))
                .collect();
            assert_eq!(got, want, "{:?}", std::str::from_utf8(pat));
            let got: Vec<usize> = crate::text::bytes::PacedMatches::new(&hay, pat, 5)
                .map(|r| r.unwrap_or(usize::MAX))
                .collect();
            assert_eq!(got, want.iter().take(5).copied().collect::<Vec<_>>());
        }
        // A match straddling a window's end, in a haystack of one repeated byte.
        let hay = vec![b'a'; 2 * CHUNK_BYTES + 1];
        let n = crate::text::bytes::PacedMatches::new(&hay, b"aaa", usize::MAX).count();
        assert_eq!(n, hay.len() / 3);
    }

    #[test]
    fn paced_hashes_and_codecs_match_the_one_pass_results() {
        use crate::objects::buffer::{hash_bytes, hash_bytes_paced};
        use crate::objects::str::{fnv1a, fnv1a_paced, FNV_OFFSET};
        use crate::text::codecs::{decode_with, encode_with, CodecError};
        let big = "aé€x".repeat(CHUNK_BYTES / 3 + 7);
        let bytes = big.as_bytes();
        assert_eq!(fnv1a_paced(bytes), Ok(fnv1a(FNV_OFFSET, bytes)));
        let s = crate::objects::PyStr::new(&big);
        assert_eq!(s.hash_paced(), Ok(crate::objects::PyStr::new(&big).hash()));
        assert_eq!(hash_bytes_paced(bytes), Ok(hash_bytes(bytes)));
        assert_eq!(hash_bytes_paced(b""), Ok(0));
        // UTF-8 decoding by windows: chars cut by a window, errors after one.
        assert_eq!(
            decode_with(bytes, "utf-8", "strict").ok().as_deref(),
            Some(&big[..])
        );
        for at in [
            CHUNK_BYTES - 1,
            CHUNK_BYTES,
            CHUNK_BYTES + 1,
            2 * CHUNK_BYTES + 2,
        ] {
            let mut bad = bytes.to_vec();
            bad.insert(at, 0xff);
            let want = String::from_utf8_lossy(&bad).into_owned();
            assert_eq!(
                decode_with(&bad, "utf-8", "replace").ok(),
                Some(want),
                "{at}"
            );
            let valid = match std::str::from_utf8(&bad) {
                Err(e) => e.valid_up_to(),
                Ok(_) => usize::MAX,
            };
            match decode_with(&bad, "utf-8", "strict") {
                Err(CodecError::Decode(info)) => assert_eq!(info.start, valid, "{at}"),
                other => panic!("{at}: {:?}", other.map(|s| s.len())),
            }
        }
        // A char cut at the very end is "unexpected end of data".
        let ends_in_euro = format!("{big}€");
        let cut = &ends_in_euro.as_bytes()[..ends_in_euro.len() - 1];
        match decode_with(cut, "utf-8", "strict") {
            Err(CodecError::Decode(info)) => assert_eq!(info.reason, "unexpected end of data"),
            other => panic!("{:?}", other.map(|s| s.len())),
        }
        let latin = "é".repeat(CHUNK_BYTES + 3);
        let encoded = encode_with(&latin, "latin-1", "strict").unwrap_or_default();
        assert_eq!(encoded, vec![0xe9; CHUNK_BYTES + 3]);
        assert_eq!(
            decode_with(&encoded, "latin-1", "strict").ok().as_deref(),
            Some(&latin[..])
        );
        assert_eq!(
            encode_with(&latin, "ascii", "replace").ok(),
            Some(vec![b'?'; CHUNK_BYTES + 3])
        );
        let ascii = "ab".repeat(CHUNK_BYTES);
        assert_eq!(
            decode_with(ascii.as_bytes(), "ascii", "strict")
                .ok()
                .as_deref(),
            Some(&ascii[..])
        );
    }

    #[test]
    fn paced_case_mappings_keep_their_context_across_chunks() {
        let unit = "éa bΣ ";
        let n = CHUNK_BYTES / unit.len() + 5;
        let s = unit.repeat(n);
        assert_eq!(crate::text::title(&s), "Éa Bς ".repeat(n));
        assert_eq!(crate::text::swapcase(&s), "ÉA Bς ".repeat(n));
        let cap = crate::text::capitalize(&s);
        assert!(cap.starts_with("Éa bς "));
        assert_eq!(cap.chars().count(), s.chars().count());
        let n = CHUNK_BYTES / 6 + 3;
        let b = b"ab cD ".repeat(n);
        assert_eq!(crate::text::bytes::title(&b), b"Ab Cd ".repeat(n));
        let c = crate::text::bytes::capitalize(&b);
        assert_eq!(&c[..6], b"Ab cd ");
        assert_eq!(c[6..], b"ab cd ".repeat(n - 1)[..]);
    }

    #[test]
    fn chunked_helpers_stop_past_the_deadline() {
        let past = std::time::Instant::now() - std::time::Duration::from_millis(1);
        crate::sandbox::deadline::set_deadline(Some(past));
        let big = "ab".repeat(CHUNK_BYTES);
        assert_eq!(map_str(&big, |c, o| o.push_str(c)), Err(Interrupted));
        assert_eq!(repeat_str("ab", 4 * CHUNK_BYTES), Err(Interrupted));
        assert_eq!(repeat_bytes(b"ab", 4 * CHUNK_BYTES), Err(Interrupted));
        let mut s = String::new();
        assert_eq!(push_fill(&mut s, ' ', 4 * CHUNK_BYTES), Err(Interrupted));
        // Small inputs never look at the clock.
        assert_eq!(repeat_str("ab", 3), Ok("ababab".to_string()));
        crate::sandbox::deadline::set_deadline(None);
    }
}
