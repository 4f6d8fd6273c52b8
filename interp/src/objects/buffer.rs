//! Kaa's buffer protocol: which values are "bytes-like" (bytes, bytearray,
//! memoryview) and how native code reads their bytes, plus the argument
//! helpers shared by the bytes, bytearray and memoryview methods.

use super::{Payload, Value};
use crate::vm::{PyErr, PyResult, Vm};
use std::cell::RefCell;
use std::ops::Deref;
use std::rc::Rc;

/// `hash(b)` of bytes (and read-only memoryviews): FNV-1a over the raw
/// bytes like `str`'s hash (so valid UTF-8 hashes as before, and binary data
/// spreads well), then mixed so `hash(b'a') != hash('a')`.
pub fn hash_bytes(b: &[u8]) -> i64 {
    use super::str::{fnv1a, fnv_hash, FNV_OFFSET};
    if b.is_empty() {
        // CPython: hash(b'') == 0.
        return 0;
    }
    fnv_hash(fnv1a(FNV_OFFSET, b), false) ^ 0x5bd1_e995
}

/// [`hash_bytes`] a chunk at a time with a stop check between chunks (the
/// same value), for huge inputs.
pub fn hash_bytes_paced(b: &[u8]) -> Result<i64, crate::sandbox::deadline::Interrupted> {
    if b.is_empty() {
        return Ok(0);
    }
    Ok(super::str::fnv_hash(super::str::fnv1a_paced(b)?, false) ^ 0x5bd1_e995)
}

/// The bytes of a bytes-like value: shared for `bytes` (no copy), a snapshot
/// for mutable buffers (so no borrow is held while Python code runs).
pub enum Buf {
    /// The data of an immutable `bytes` object.
    Shared(Rc<[u8]>),
    /// A copy of the data of a mutable buffer (or a computed one).
    Owned(Vec<u8>),
}

impl Deref for Buf {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        match self {
            Buf::Shared(b) => b,
            Buf::Owned(v) => v,
        }
    }
}

impl Buf {
    /// The data as an owned vector.
    pub fn into_vec(self) -> Vec<u8> {
        match self {
            Buf::Shared(b) => b.to_vec(),
            Buf::Owned(v) => v,
        }
    }
}

/// The bytes of a bytes-like value (`None` for anything else, or for a
/// released memoryview).
pub fn buffer_of(v: &Value) -> Option<Buf> {
    match v.payload()? {
        Payload::Bytes(b) => Some(Buf::Shared(b.clone())),
        Payload::ByteArray(b) => Some(Buf::Owned(b.borrow().clone())),
        Payload::MemoryView(m) => m.to_bytes().map(Buf::Owned),
        _ => None,
    }
}

/// `int(b, base)` for a bytes-like `b`: its bytes read as ASCII text; the
/// error names the bytes (`invalid literal for int() with base 10: b'1 2'`).
pub fn int_from_buffer(vm: &mut Vm, v: &Value, base: u32) -> PyResult<Value> {
    let data = buffer_of(v).map(|b| b.into_vec()).unwrap_or_default();
    let text = String::from_utf8_lossy(&data);
    match crate::num::parse::parse_int(&text, base) {
        Ok(i) => Ok(crate::builtins::int_value(vm, i)),
        Err(e) => {
            let msg = e.to_string();
            let msg = if msg.starts_with("invalid literal") {
                format!(
                    "invalid literal for int() with base {}: {}",
                    base,
                    crate::text::bytes_repr(&data)
                )
            } else {
                msg
            };
            Err(vm.new_error("ValueError", &msg))
        }
    }
}

/// Whether the value supports the buffer protocol.
pub fn is_bytes_like(v: &Value) -> bool {
    matches!(
        v.payload(),
        Some(Payload::Bytes(_) | Payload::ByteArray(_) | Payload::MemoryView(_))
    )
}

/// CPython 3.4's error for a non-buffer argument (`Type str doesn't support
/// the buffer API`).
pub fn no_buffer_error(vm: &mut Vm, v: &Value) -> PyErr {
    let msg = format!("Type {} doesn't support the buffer API", vm.type_name(v));
    vm.new_error("TypeError", &msg)
}

/// The bytes of an argument that must be bytes-like.
pub fn want_buffer(vm: &mut Vm, v: &Value) -> PyResult<Buf> {
    match buffer_of(v) {
        Some(b) => Ok(b),
        None => Err(no_buffer_error(vm, v)),
    }
}

/// Bytes a native operation may still allocate under the memory limit.
pub fn room(vm: &Vm) -> usize {
    match vm.budget.max_mem {
        Some(max) => usize::try_from(max.saturating_sub(vm.budget.mem)).unwrap_or(usize::MAX),
        None => MAX_UNLIMITED,
    }
}

/// The error for a result a kernel refused to build (`needed` bytes).
pub fn too_big(vm: &mut Vm, needed: u64) -> PyErr {
    match charge(vm, usize::try_from(needed).unwrap_or(usize::MAX)) {
        Err(e) => e,
        Ok(()) => vm.new_error("MemoryError", ""),
    }
}

/// The largest single buffer built when no memory limit is configured.
pub(crate) const MAX_UNLIMITED: usize = 1 << 36;

/// An index-sized integer (`__index__`), OverflowError beyond 64 bits as CPython.
pub fn index_isize(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if let Some(crate::vm::ops::Num::B(_)) = crate::vm::ops::num_of(v) {
        let msg = format!(
            "cannot fit '{}' into an index-sized integer",
            vm.type_name(v)
        );
        return Err(vm.new_error("OverflowError", &msg));
    }
    vm.index_value(v)
}

/// Accounts a result of `n` bytes before it is built (MemoryError-style limit).
pub fn charge(vm: &mut Vm, n: usize) -> PyResult<()> {
    if n > MAX_UNLIMITED && vm.budget.max_mem.is_none() {
        // No limit configured: still never ask the allocator for absurd sizes.
        return Err(vm.new_error("MemoryError", ""));
    }
    vm.reserve(n as u64)?;
    vm.account(n as u64)?;
    // Long native loops count as work too: one tick per 4 KiB handled.
    vm.tick((n >> 12) as u64)
}

/// A new bytes (`bytearray == false`) or bytearray value.
pub fn new_bytes_like(vm: &mut Vm, bytearray: bool, data: Vec<u8>) -> Value {
    if bytearray {
        new_bytearray(vm, data)
    } else {
        vm.new_bytes(data)
    }
}

/// A new bytearray value.
pub fn new_bytearray(vm: &mut Vm, data: Vec<u8>) -> Value {
    let cls = vm.types.bytearray.clone();
    vm.alloc(&cls, Payload::ByteArray(RefCell::new(data)))
}

/// An int argument in `range(0, 256)` (`byte must be in range(0, 256)`).
pub fn want_byte(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    if !is_int_like(vm, v) {
        return Err(vm.new_error("TypeError", "an integer is required"));
    }
    let x = vm.index_value(v)?;
    u8::try_from(x).map_err(|_| vm.new_error("ValueError", "byte must be in range(0, 256)"))
}

/// Whether `v` is an int or has `__index__`.
pub fn is_int_like(vm: &mut Vm, v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::Bool(_) => true,
        Value::Obj(o) if matches!(o.payload, Payload::Int(_)) => true,
        Value::Obj(_) => {
            let name = vm.intern("__index__");
            let cls = vm.type_of(v).clone();
            super::class::lookup(&cls, &name).is_some()
        }
        _ => false,
    }
}

/// The bytes of every item of an iterable of ints (`bytes([1, 2])`), ticking
/// the budget; `what` names the error text of an out-of-range item.
pub fn bytes_from_ints(vm: &mut Vm, v: &Value, range_msg: &str) -> PyResult<Vec<u8>> {
    let it = vm.iter(v)?;
    let mut out = Vec::new();
    while let Some(x) = vm.next(&it)? {
        if !is_int_like(vm, &x) {
            let msg = format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(&x)
            );
            return Err(vm.new_error("TypeError", &msg));
        }
        let n = vm.index_value(&x)?;
        match u8::try_from(n) {
            Ok(b) => out.push(b),
            Err(_) => return Err(vm.new_error("ValueError", range_msg)),
        }
        if out.len() & 0xff == 0 {
            // A native iterator can feed this loop without running bytecode.
            vm.tick(16)?;
            if out.len() & 0xfff == 0 {
                charge(vm, 4096)?;
            }
        }
    }
    Ok(out)
}
