//! `struct` format strings, packing and unpacking with CPython 3.4's sizes,
//! alignment and error messages. The VM glue converts Python arguments to
//! [`Arg`] by the [`Kind`] of each field and results back from [`Unpacked`].

use thiserror::Error;

/// What Python value a field takes and gives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Integer codes (b B h H i I l L q Q n N P).
    Int,
    /// `f` and `d`.
    Float,
    /// `?`.
    Bool,
    /// `c`: a bytes object of length 1.
    Char,
    /// `s` and `p`: one bytes object for the whole count.
    Bytes,
    /// `x`: no value.
    Pad,
}

/// One run of a format: `count` repetitions of `code` (for `s`/`p` one
/// field of `count` bytes), starting at `offset`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Run {
    /// The format character.
    pub code: u8,
    /// Repeat count (or string length for `s`/`p`).
    pub count: usize,
    /// Size of one item in bytes.
    pub size: usize,
    /// Offset of the first item.
    pub offset: usize,
}

impl Run {
    /// What the run's items take and give.
    pub fn kind(&self) -> Kind {
        match self.code {
            b'x' => Kind::Pad,
            b'?' => Kind::Bool,
            b'c' => Kind::Char,
            b's' | b'p' => Kind::Bytes,
            b'f' | b'd' => Kind::Float,
            _ => Kind::Int,
        }
    }

    /// How many Python values the run consumes or produces.
    pub fn values(&self) -> usize {
        match self.kind() {
            Kind::Pad => 0,
            Kind::Bytes => 1,
            _ => self.count,
        }
    }
}

/// A parsed format.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Layout {
    /// The runs in order.
    pub runs: Vec<Run>,
    /// Total size in bytes (`calcsize`).
    pub size: usize,
    /// Number of values `pack` takes and `unpack` returns.
    pub nvalues: usize,
    /// Little-endian byte order.
    pub little: bool,
    /// Native sizes and alignment (`@` or no prefix).
    pub native: bool,
}

/// Which Python exception a [`StructError`] becomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorClass {
    /// `struct.error`
    Struct,
    /// `OverflowError`
    Overflow,
}

/// A packing or format error with CPython's message.
#[derive(Clone, Debug, Error, PartialEq, Eq)]
#[error("{msg}")]
pub struct StructError {
    /// The exception class.
    pub class: ErrorClass,
    /// The message.
    pub msg: String,
}

fn serr(msg: impl Into<String>) -> StructError {
    StructError {
        class: ErrorClass::Struct,
        msg: msg.into(),
    }
}

fn overflow(msg: &str) -> StructError {
    StructError {
        class: ErrorClass::Overflow,
        msg: msg.to_string(),
    }
}

/// Size of `code` in native mode (x86-64 LP64), or `None` if not a code.
fn native_size(code: u8) -> Option<usize> {
    Some(match code {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' | b'q' | b'Q' | b'n' | b'N' | b'd' | b'P' => 8,
        _ => return None,
    })
}

/// Size of `code` with standard sizes, or `None` if not allowed there.
fn standard_size(code: u8) -> Option<usize> {
    Some(match code {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' => 2,
        b'i' | b'I' | b'l' | b'L' | b'f' => 4,
        b'q' | b'Q' | b'd' => 8,
        _ => return None,
    })
}

/// Parses a format (`struct.calcsize` and friends).
pub fn parse(fmt: &[u8]) -> Result<Layout, StructError> {
    let (native, little, body) = match fmt.first() {
        Some(b'@') => (true, true, &fmt[1..]),
        Some(b'=') | Some(b'<') => (false, true, &fmt[1..]),
        Some(b'>') | Some(b'!') => (false, false, &fmt[1..]),
        _ => (true, true, fmt),
    };
    let too_long = || serr("total struct size too long");
    let mut runs = Vec::new();
    let (mut size, mut nvalues, mut i) = (0usize, 0usize, 0usize);
    while let Some(&c) = body.get(i) {
        i += 1;
        if c.is_ascii_whitespace() {
            continue;
        }
        let (count, code) = if c.is_ascii_digit() {
            let mut n = (c - b'0') as usize;
            loop {
                match body.get(i) {
                    Some(&d) if d.is_ascii_digit() => {
                        n = n
                            .checked_mul(10)
                            .and_then(|n| n.checked_add((d - b'0') as usize))
                            .ok_or_else(too_long)?;
                        i += 1;
                    }
                    Some(&d) => {
                        i += 1;
                        break (n, d);
                    }
                    None => return Err(serr("repeat count given without format specifier")),
                }
            }
        } else {
            (1, c)
        };
        let item = if native {
            native_size(code)
        } else {
            standard_size(code)
        };
        let item = item.ok_or_else(|| serr("bad char in struct format"))?;
        if native && item > 1 {
            size = size.checked_add(item - 1).ok_or_else(too_long)? / item * item;
        }
        let run = Run {
            code,
            count,
            size: item,
            offset: size,
        };
        nvalues += run.values();
        size = count
            .checked_mul(item)
            .and_then(|n| n.checked_add(size))
            .ok_or_else(too_long)?;
        runs.push(run);
    }
    Ok(Layout {
        runs,
        size,
        nvalues,
        little,
        native,
    })
}

/// A Python value converted for packing.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    /// An int (`None` when it does not fit in 128 bits; the sign is kept).
    Int(Option<i128>, bool),
    /// A float.
    Float(f64),
    /// A truth value.
    Bool(bool),
    /// Bytes (for `c`, `s`, `p`).
    Bytes(Vec<u8>),
}

/// An unpacked value.
#[derive(Clone, Debug, PartialEq)]
pub enum Unpacked {
    /// An int.
    Int(i128),
    /// A float.
    Float(f64),
    /// A bool.
    Bool(bool),
    /// Bytes (`c`, `s`, `p`).
    Bytes(Vec<u8>),
}

fn int_range_error(code: u8, native: bool, size: usize) -> String {
    match code {
        b'b' => "byte format requires -128 <= number <= 127".into(),
        b'B' => "ubyte format requires 0 <= number <= 255".into(),
        b'h' if native => "short format requires -32768 <= number <= 32767".into(),
        b'H' if native => "ushort format requires 0 <= number <= 65535".into(),
        b'H' | b'I' | b'L' => format!(
            "'{}' format requires 0 <= number <= {}",
            code as char,
            (1u64 << (size * 8)) - 1
        ),
        _ => {
            let largest = (1i64 << (size * 8 - 1)) - 1;
            format!(
                "'{}' format requires {} <= number <= {}",
                code as char, !largest, largest
            )
        }
    }
}

/// Checks an int for `code` and returns its two's-complement bits.
fn int_bits(
    code: u8,
    native: bool,
    size: usize,
    v: Option<i128>,
    negative: bool,
) -> Result<u64, StructError> {
    const OUT: &str = "argument out of range";
    let signed = code.is_ascii_lowercase() && code != b'p';
    let as_long = |v: Option<i128>| {
        v.filter(|&x| i64::try_from(x).is_ok())
            .ok_or_else(|| serr(OUT))
    };
    let as_ulong = |v: Option<i128>| {
        v.filter(|&x| u64::try_from(x).is_ok())
            .ok_or_else(|| serr(OUT))
    };
    let x: i128 = match (code, native) {
        (b'b', _) | (b'B', _) | (b'h', true) | (b'H', true) => {
            let x = as_long(v)?;
            let (lo, hi) = if signed {
                (-(1i128 << (size * 8 - 1)), (1i128 << (size * 8 - 1)) - 1)
            } else {
                (0, (1i128 << (size * 8)) - 1)
            };
            if x < lo || x > hi {
                return Err(serr(int_range_error(code, native, size)));
            }
            x
        }
        (b'q', false) => v
            .filter(|&x| i64::try_from(x).is_ok())
            .ok_or_else(|| overflow("int too big to convert"))?,
        (b'Q', false) => {
            if negative {
                return Err(overflow("can't convert negative int to unsigned"));
            }
            v.filter(|&x| u64::try_from(x).is_ok())
                .ok_or_else(|| overflow("int too big to convert"))?
        }
        (b'P', _) => v
            .filter(|&x| x >= i64::MIN as i128 && x <= u64::MAX as i128)
            .ok_or_else(|| serr("int too large to convert"))?,
        _ if signed => {
            let x = as_long(v)?;
            if size < 8 && (x < -(1i128 << (size * 8 - 1)) || x >= 1i128 << (size * 8 - 1)) {
                return Err(serr(int_range_error(code, native, size)));
            }
            x
        }
        _ => {
            let x = as_ulong(v)?;
            if size < 8 && x >= 1i128 << (size * 8) {
                return Err(serr(int_range_error(code, native, size)));
            }
            x
        }
    };
    Ok(x as u64)
}

fn put(out: &mut [u8], bits: u64, size: usize, little: bool) {
    let le = bits.to_le_bytes();
    for (k, slot) in out.iter_mut().take(size).enumerate() {
        *slot = if little { le[k] } else { le[size - 1 - k] };
    }
}

fn get(data: &[u8], size: usize, little: bool) -> u64 {
    let mut bits = 0u64;
    for k in 0..size {
        let b = if little { data[size - 1 - k] } else { data[k] };
        bits = bits << 8 | b as u64;
    }
    bits
}

/// Packs `args` (one per value, already converted by kind) into `out`,
/// which must be `layout.size` bytes long.
pub fn pack_into(layout: &Layout, args: &[Arg], out: &mut [u8]) -> Result<(), StructError> {
    if out.len() < layout.size {
        return Err(serr("buffer too small"));
    }
    let mut args = args.iter();
    let wrong = || serr("wrong argument kind");
    for run in &layout.runs {
        let kind = run.kind();
        if kind == Kind::Pad {
            continue;
        }
        if kind == Kind::Bytes {
            let Some(Arg::Bytes(b)) = args.next() else {
                return Err(wrong());
            };
            let field = &mut out[run.offset..run.offset + run.count];
            field.fill(0);
            if run.code == b's' {
                let n = b.len().min(run.count);
                field[..n].copy_from_slice(&b[..n]);
            } else if run.count > 0 {
                let n = b.len().min(run.count - 1);
                field[1..1 + n].copy_from_slice(&b[..n]);
                field[0] = n.min(255) as u8;
            }
            continue;
        }
        for k in 0..run.count {
            let at = run.offset + k * run.size;
            let slot = &mut out[at..at + run.size];
            match (kind, args.next()) {
                (Kind::Int, Some(Arg::Int(v, neg))) => {
                    let bits = int_bits(run.code, layout.native, run.size, *v, *neg)?;
                    put(slot, bits, run.size, layout.little);
                }
                (Kind::Float, Some(Arg::Float(x))) => {
                    let bits = if run.size == 4 {
                        let f = *x as f32;
                        if f.is_infinite() && x.is_finite() && !layout.native {
                            return Err(overflow("float too large to pack with f format"));
                        }
                        f.to_bits() as u64
                    } else {
                        x.to_bits()
                    };
                    put(slot, bits, run.size, layout.little);
                }
                (Kind::Bool, Some(Arg::Bool(b))) => slot[0] = *b as u8,
                (Kind::Char, Some(Arg::Bytes(b))) if b.len() == 1 => slot[0] = b[0],
                (Kind::Char, _) => {
                    return Err(serr("char format requires a bytes object of length 1"))
                }
                _ => return Err(wrong()),
            }
        }
    }
    Ok(())
}

/// Unpacks `data` (exactly `layout.size` bytes or more; extra is ignored).
pub fn unpack(layout: &Layout, data: &[u8]) -> Vec<Unpacked> {
    let mut out = Vec::with_capacity(layout.nvalues);
    if data.len() < layout.size {
        return out;
    }
    for run in &layout.runs {
        match run.kind() {
            Kind::Pad => {}
            Kind::Bytes => {
                let field = &data[run.offset..run.offset + run.count];
                if run.code == b's' {
                    out.push(Unpacked::Bytes(field.to_vec()));
                } else {
                    let n = field
                        .first()
                        .map_or(0, |&n| (n as usize).min(run.count.saturating_sub(1)));
                    out.push(Unpacked::Bytes(
                        field.get(1..1 + n).unwrap_or_default().to_vec(),
                    ));
                }
            }
            kind => {
                for k in 0..run.count {
                    let at = run.offset + k * run.size;
                    let slot = &data[at..at + run.size];
                    let bits = get(slot, run.size, layout.little);
                    out.push(match kind {
                        Kind::Bool => Unpacked::Bool(bits != 0),
                        Kind::Char => Unpacked::Bytes(vec![bits as u8]),
                        Kind::Float if run.size == 4 => {
                            Unpacked::Float(f32::from_bits(bits as u32) as f64)
                        }
                        Kind::Float => Unpacked::Float(f64::from_bits(bits)),
                        _ if run.code.is_ascii_lowercase() => {
                            let shift = 64 - 8 * run.size as u32;
                            Unpacked::Int((((bits << shift) as i64) >> shift) as i128)
                        }
                        _ => Unpacked::Int(bits as i128),
                    });
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn arg_of(tok: &str) -> Arg {
        if let Some(h) = tok.strip_prefix("b:") {
            return Arg::Bytes(
                crate::stdkern::binascii::unhexlify(h.as_bytes()).unwrap_or_default(),
            );
        }
        if let Some(f) = tok.strip_prefix("f:") {
            return Arg::Float(f.parse().unwrap_or(f64::NAN));
        }
        if let Some(b) = tok.strip_prefix("?:") {
            return Arg::Bool(b == "1");
        }
        let neg = tok.starts_with('-');
        Arg::Int(tok.parse::<i128>().ok(), neg)
    }

    fn show(u: &Unpacked) -> String {
        match u {
            Unpacked::Int(i) => i.to_string(),
            Unpacked::Float(f) => format!("f:{:?}", f),
            Unpacked::Bool(b) => format!("?:{}", *b as u8),
            Unpacked::Bytes(b) => format!(
                "b:{}",
                String::from_utf8_lossy(&crate::stdkern::binascii::hexlify(b))
            ),
        }
    }

    /// Lines: `size <fmt> <n>|err <msg>`, `pack <fmt> <args,> => <hex>|err <class> <msg>`.
    #[test]
    fn matches_python3() {
        let data = include_str!("testdata/struct.txt");
        let mut n = 0;
        for line in data.lines() {
            let p: Vec<&str> = line.split('\t').collect();
            match p.as_slice() {
                ["size", fmt, want] => {
                    let got = match parse(fmt.as_bytes()) {
                        Ok(l) => l.size.to_string(),
                        Err(e) => format!("err {}", e.msg),
                    };
                    assert_eq!(got, *want, "{}", line);
                }
                ["pack", fmt, args, want] => {
                    let Ok(layout) = parse(fmt.as_bytes()) else {
                        panic!("{}", line)
                    };
                    let args: Vec<Arg> = if args.is_empty() {
                        vec![]
                    } else {
                        args.split(',').map(arg_of).collect()
                    };
                    let mut buf = vec![0u8; layout.size];
                    let got = match pack_into(&layout, &args, &mut buf) {
                        Ok(()) => format!(
                            "ok {}",
                            String::from_utf8_lossy(&crate::stdkern::binascii::hexlify(&buf))
                        ),
                        Err(e) => format!("err {:?} {}", e.class, e.msg),
                    };
                    assert_eq!(got, *want, "{}", line);
                    if let Some(h) = want.strip_prefix("ok ") {
                        let bytes =
                            crate::stdkern::binascii::unhexlify(h.as_bytes()).unwrap_or_default();
                        let back: Vec<String> = unpack(&layout, &bytes).iter().map(show).collect();
                        assert_eq!(back.len(), layout.nvalues, "{}", line);
                        let _ = back;
                    }
                }
                ["unpack", fmt, hex, want] => {
                    let Ok(layout) = parse(fmt.as_bytes()) else {
                        panic!("{}", line)
                    };
                    let bytes =
                        crate::stdkern::binascii::unhexlify(hex.as_bytes()).unwrap_or_default();
                    let got: Vec<String> = unpack(&layout, &bytes).iter().map(show).collect();
                    let want: Vec<&str> = want.split(',').collect();
                    assert_eq!(got.len(), want.len(), "{}", line);
                    for (g, w) in got.iter().zip(want) {
                        match (g.strip_prefix("f:"), w.strip_prefix("f:")) {
                            (Some(g), Some(w)) => {
                                assert_eq!(g.parse::<f64>().ok(), w.parse::<f64>().ok(), "{}", line)
                            }
                            _ => assert_eq!(g, w, "{}", line),
                        }
                    }
                }
                _ => continue,
            }
            n += 1;
        }
        assert!(n > 300, "{}", n);
    }
}
