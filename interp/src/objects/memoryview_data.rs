//! The state of a `memoryview` and the pure parts of its behaviour: item
//! formats (struct codes of native size), strided access to the exporter's
//! bytes, and the shape bookkeeping of slicing and `cast`.

use super::{Payload, Value};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;

thread_local! {
    /// Live (unreleased) memoryviews per exporting bytearray (by address):
    /// a bytearray with exports cannot change size, as in CPython.
    static EXPORTS: RefCell<HashMap<usize, usize>> = RefCell::new(HashMap::new());
}

fn bytearray_key(obj: &Value) -> Option<usize> {
    match obj {
        Value::Obj(o) if matches!(o.payload, Payload::ByteArray(_)) => Some(obj.id() as usize),
        _ => None,
    }
}

/// Whether a memoryview still exports the buffer of `obj` (a bytearray).
pub fn has_exports(obj: &Value) -> bool {
    bytearray_key(obj).is_some_and(|k| {
        EXPORTS
            .try_with(|e| e.borrow().get(&k).copied().unwrap_or(0) > 0)
            .unwrap_or(false)
    })
}

fn adjust_exports(obj: &Value, delta: isize) {
    if let Some(k) = bytearray_key(obj) {
        let _ = EXPORTS.try_with(|e| {
            let mut m = e.borrow_mut();
            let n = m.entry(k).or_insert(0);
            *n = n.saturating_add_signed(delta);
            if *n == 0 {
                m.remove(&k);
            }
        });
    }
}

/// A native struct format code a memoryview can hold (`B`, `b`, `c`, `H`, ...).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Format(pub u8);

impl Format {
    /// Parses `fmt` (a single code, optionally prefixed by `@`).
    pub fn parse(fmt: &str) -> Option<Format> {
        let code = match fmt.as_bytes() {
            [c] | [b'@', c] => *c,
            _ => return None,
        };
        Format(code).itemsize().map(|_| Format(code))
    }

    /// Size in bytes of one item (native sizes of a 64-bit Linux host).
    pub fn itemsize(self) -> Option<usize> {
        Some(match self.0 {
            b'B' | b'b' | b'c' | b'?' => 1,
            b'H' | b'h' => 2,
            b'I' | b'i' | b'f' => 4,
            b'L' | b'l' | b'Q' | b'q' | b'N' | b'n' | b'P' | b'd' => 8,
            _ => return None,
        })
    }

    /// Whether the format is one `cast` accepts on either side of a cast
    /// between non-byte formats (CPython: one side must be `B`, `b` or `c`).
    pub fn is_byte_format(self) -> bool {
        matches!(self.0, b'B' | b'b' | b'c')
    }

    /// The format as a string (`'B'`).
    pub fn as_str(self) -> String {
        (self.0 as char).to_string()
    }
}

/// One unpacked item.
#[derive(Clone, Debug, PartialEq)]
pub enum Item {
    /// An integer format.
    Int(i128),
    /// `f` / `d`.
    Float(f64),
    /// `?`.
    Bool(bool),
    /// `c`: a bytes object of length 1.
    Char(u8),
}

/// Unpacks one item of format `f` from exactly `itemsize` bytes.
pub fn unpack(f: Format, raw: &[u8]) -> Item {
    let mut b8 = [0u8; 8];
    let n = raw.len().min(8);
    b8[..n].copy_from_slice(&raw[..n]);
    let u = u64::from_le_bytes(b8);
    match f.0 {
        b'B' | b'H' | b'I' | b'L' | b'Q' | b'N' | b'P' => Item::Int(u as i128),
        b'b' => Item::Int(u as u8 as i8 as i128),
        b'h' => Item::Int(u as u16 as i16 as i128),
        b'i' => Item::Int(u as u32 as i32 as i128),
        b'l' | b'q' | b'n' => Item::Int(u as i64 as i128),
        b'f' => Item::Float(f32::from_bits(u as u32) as f64),
        b'd' => Item::Float(f64::from_bits(u)),
        b'?' => Item::Bool(u != 0),
        _ => Item::Char(u as u8),
    }
}

/// Packs an integer item; `None` when out of the format's range.
pub fn pack_int(f: Format, v: i128) -> Option<Vec<u8>> {
    let size = f.itemsize()?;
    let signed = matches!(f.0, b'b' | b'h' | b'i' | b'l' | b'q' | b'n');
    let bits = size as u32 * 8;
    let (lo, hi) = if signed {
        (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1)
    } else {
        (0, (1i128 << bits) - 1)
    };
    if v < lo || v > hi {
        return None;
    }
    Some((v as u64).to_le_bytes()[..size].to_vec())
}

/// The state of a memoryview object.
pub struct MemoryViewData {
    /// The exporting object (a bytes or bytearray value).
    pub obj: Value,
    /// Offset of the first item in the exporter's bytes.
    pub offset: usize,
    /// Items per dimension (empty for a 0-dimensional view).
    pub shape: Vec<usize>,
    /// Byte step per dimension.
    pub strides: Vec<i64>,
    /// The item format.
    pub format: Format,
    /// Whether writes are refused (views of bytes).
    pub readonly: bool,
    /// Set by `release()` and by leaving a `with` block.
    pub released: Cell<bool>,
}

impl Drop for MemoryViewData {
    fn drop(&mut self) {
        self.release();
    }
}

impl MemoryViewData {
    /// A flat byte view of the whole exporter.
    pub fn new(obj: Value, len: usize, readonly: bool) -> MemoryViewData {
        MemoryViewData::with_layout(obj, 0, vec![len], vec![1], Format(b'B'), readonly)
    }

    /// A view with the given layout (registered as an export of `obj`).
    pub fn with_layout(
        obj: Value,
        offset: usize,
        shape: Vec<usize>,
        strides: Vec<i64>,
        format: Format,
        readonly: bool,
    ) -> MemoryViewData {
        adjust_exports(&obj, 1);
        MemoryViewData {
            obj,
            offset,
            shape,
            strides,
            format,
            readonly,
            released: Cell::new(false),
        }
    }

    /// `release()`: later operations fail and the exporter may resize again.
    pub fn release(&self) {
        if !self.released.replace(true) {
            adjust_exports(&self.obj, -1);
        }
    }

    /// Bytes per item.
    pub fn itemsize(&self) -> usize {
        self.format.itemsize().unwrap_or(1)
    }

    /// Number of items in all dimensions.
    pub fn item_count(&self) -> usize {
        self.shape.iter().product()
    }

    /// `nbytes`.
    pub fn nbytes(&self) -> usize {
        self.item_count() * self.itemsize()
    }

    /// Whether the items are laid out contiguously in C order.
    pub fn is_c_contiguous(&self) -> bool {
        let mut want = self.itemsize() as i64;
        for (n, s) in self.shape.iter().zip(&self.strides).rev() {
            if *n > 1 && *s != want {
                return false;
            }
            want *= *n as i64;
        }
        true
    }

    /// Runs `f` on the exporter's current bytes.
    pub fn with_data<R>(&self, f: impl FnOnce(&[u8]) -> R) -> Option<R> {
        match self.obj.payload()? {
            Payload::Bytes(b) => Some(f(b)),
            Payload::ByteArray(b) => Some(f(&b.borrow())),
            _ => None,
        }
    }

    /// Byte offsets of every item, in C order (bounded by the exporter's
    /// current length: a bytearray may have shrunk under the view).
    pub fn item_offsets(&self) -> Vec<usize> {
        let mut out = vec![self.offset as i64];
        for (n, s) in self.shape.iter().zip(&self.strides) {
            let mut next = Vec::with_capacity(out.len() * n);
            for base in &out {
                for j in 0..*n {
                    next.push(base + j as i64 * s);
                }
            }
            out = next;
        }
        out.into_iter()
            .filter_map(|o| usize::try_from(o).ok())
            .collect()
    }

    /// The viewed bytes in C order (`tobytes()`); `None` once released.
    pub fn to_bytes(&self) -> Option<Vec<u8>> {
        if self.released.get() {
            return None;
        }
        let size = self.itemsize();
        if self.is_c_contiguous() {
            let n = self.nbytes();
            return self.with_data(|d| {
                let end = (self.offset + n).min(d.len());
                d.get(self.offset.min(end)..end)
                    .unwrap_or_default()
                    .to_vec()
            });
        }
        let offs = self.item_offsets();
        self.with_data(|d| {
            let mut out = Vec::with_capacity(offs.len() * size);
            for o in offs {
                if let Some(item) = d.get(o..o + size) {
                    out.extend_from_slice(item);
                }
            }
            out
        })
    }

    /// The raw bytes of the 1-D item at byte offset `at`.
    pub fn raw_at(&self, at: usize) -> Option<Vec<u8>> {
        let size = self.itemsize();
        self.with_data(|d| d.get(at..at + size).map(|s| s.to_vec()))
            .flatten()
    }
}

#[cfg(test)]
mod tests {
    use super::{pack_int, unpack, Format, Item};

    fn unhex(s: &str) -> Vec<u8> {
        (0..s.len() / 2)
            .filter_map(|i| u8::from_str_radix(s.get(2 * i..2 * i + 2)?, 16).ok())
            .collect()
    }

    #[test]
    fn integer_formats_match_python3() {
        let data = include_str!("testdata/mv_formats.txt");
        let mut n = 0;
        for line in data.lines().filter(|l| !l.starts_with('#')) {
            let f: Vec<&str> = line.split('\t').collect();
            let fmt = Format::parse(f[1]).expect("format");
            if f[0] == "pack" {
                let v: i128 = f[2].parse().expect("int");
                let got = pack_int(fmt, v)
                    .map(|b| b.iter().map(|x| format!("{x:02x}")).collect::<String>())
                    .unwrap_or_else(|| "!range".into());
                assert_eq!(got, f[3], "pack {} {}", f[1], f[2]);
            } else {
                let got = match unpack(fmt, &unhex(f[2])) {
                    Item::Int(i) => i.to_string(),
                    other => format!("{other:?}"),
                };
                assert_eq!(got, f[3], "unpack {} {}", f[1], f[2]);
            }
            n += 1;
        }
        assert!(n > 100);
    }

    #[test]
    fn formats_and_sizes() {
        assert_eq!(Format::parse("@H"), Some(Format(b'H')));
        assert_eq!(Format::parse("<H"), None);
        assert_eq!(Format::parse("x"), None);
        assert_eq!(Format(b'd').itemsize(), Some(8));
        assert_eq!(unpack(Format(b'?'), &[2]), Item::Bool(true));
        assert_eq!(unpack(Format(b'c'), &[97]), Item::Char(97));
    }
}
