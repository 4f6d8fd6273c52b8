//! `_kaa_zlib`, the native half of `zlib` (`interp/lib/zlib.py`): deflate
//! and inflate over the pure-Rust `miniz_oxide` crate, and Adler-32.
//!
//! * `deflate(data, level, raw)` — a complete zlib stream (or a raw deflate
//!   stream when `raw`).
//! * `inflate(data, raw, max_length)` — `(output, consumed, eof)`: inflates
//!   as much of `data` as forms a stream, stopping at its end (so the
//!   caller sees the unused tail) or at `max_length` output bytes (0: no
//!   cap). A stream that needs more input gives `eof == False`.
//! * `adler32(data, value)`.
//!
//! Every output buffer grows through [`Vm::reserve_growth`] before it is
//! enlarged, so a decompression bomb stops at the memory limit with
//! MemoryError, and the work is charged per chunk.

use super::native_util::{arg, bytes_like, module_error};
use super::{add_functions, namespace};
use crate::builtins::Method;
use crate::objects::Value;
use crate::vm::{Args, PyResult, Vm};
use miniz_oxide::inflate::core::inflate_flags::{
    TINFL_FLAG_HAS_MORE_INPUT, TINFL_FLAG_PARSE_ZLIB_HEADER,
    TINFL_FLAG_USING_NON_WRAPPING_OUTPUT_BUF,
};
use miniz_oxide::inflate::core::{decompress, DecompressorOxide};
use miniz_oxide::inflate::TINFLStatus;

/// Output is produced in steps of at least this many bytes.
const STEP: usize = 16 * 1024;

fn data_arg(vm: &mut Vm, args: &Args<'_>, i: usize, fname: &str) -> PyResult<Vec<u8>> {
    let v = arg(vm, args, i, fname)?.clone();
    match bytes_like(&v) {
        Some(b) => Ok(b),
        None => {
            let msg = format!(
                "'{}' does not support the buffer interface",
                vm.type_name(&v)
            );
            Err(vm.new_error("TypeError", &msg))
        }
    }
}

fn int_arg(vm: &mut Vm, args: &Args<'_>, i: usize, default: i64) -> PyResult<i64> {
    match args.pos.get(i) {
        None => Ok(default),
        Some(Value::Int(n)) => Ok(*n),
        Some(Value::Bool(b)) => Ok(*b as i64),
        Some(other) => {
            let msg = format!("an integer is required (got type {})", vm.type_name(other));
            Err(vm.new_error("TypeError", &msg))
        }
    }
}

fn truthy(args: &Args<'_>, i: usize) -> bool {
    matches!(
        args.pos.get(i),
        Some(Value::Bool(true)) | Some(Value::Int(1))
    )
}

fn zlib_error(vm: &mut Vm, msg: &str) -> crate::vm::PyErr {
    module_error(vm, "zlib", "error", "Exception", msg)
}

/// `deflate(data, level, raw)`.
fn deflate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let data = data_arg(vm, &args, 0, "deflate")?;
    let level = int_arg(vm, &args, 1, 6)?;
    let raw = truthy(&args, 2);
    let level = match level {
        -1 => 6,
        0..=9 => level as u8,
        _ => return Err(zlib_error(vm, "Bad compression level")),
    };
    // The output is at most slightly larger than the input.
    vm.reserve((data.len() as u64).saturating_add(64))?;
    vm.charge_work(data.len() as u64)?;
    let out = if raw {
        miniz_oxide::deflate::compress_to_vec(&data, level)
    } else {
        miniz_oxide::deflate::compress_to_vec_zlib(&data, level)
    };
    Ok(vm.new_bytes(out))
}

/// `inflate(data, raw, max_length)` -> `(output, consumed, eof)`.
fn inflate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let data = data_arg(vm, &args, 0, "inflate")?;
    let raw = truthy(&args, 1);
    let max_length = int_arg(vm, &args, 2, 0)?;
    let cap = if max_length > 0 {
        max_length as usize
    } else {
        usize::MAX
    };
    let mut flags = TINFL_FLAG_USING_NON_WRAPPING_OUTPUT_BUF | TINFL_FLAG_HAS_MORE_INPUT;
    if !raw {
        flags |= TINFL_FLAG_PARSE_ZLIB_HEADER;
    }
    let mut state = DecompressorOxide::new();
    let mut out: Vec<u8> = Vec::new();
    let mut out_pos = 0usize;
    let mut in_pos = 0usize;
    let mut eof = false;
    loop {
        if out_pos >= out.len() {
            if out.len() >= cap {
                break;
            }
            let grow = out.len().max(STEP).min(cap - out.len());
            vm.reserve_growth(out.len(), out.capacity(), grow, 1)?;
            out.resize(out.len() + grow, 0);
        }
        let input = data.get(in_pos..).unwrap_or(&[]);
        let limit = out.len().min(cap);
        let (status, consumed, written) =
            decompress(&mut state, input, &mut out[..limit], out_pos, flags);
        in_pos += consumed;
        out_pos += written;
        vm.charge_work(((consumed + written) / 8) as u64)?;
        match status {
            TINFLStatus::Done => {
                eof = true;
                break;
            }
            TINFLStatus::HasMoreOutput => continue,
            TINFLStatus::NeedsMoreInput => break,
            TINFLStatus::FailedCannotMakeProgress => break,
            TINFLStatus::Adler32Mismatch => {
                return Err(zlib_error(
                    vm,
                    "Error -3 while decompressing data: incorrect data check",
                ))
            }
            _ => {
                let header_ok = raw
                    || data.len() < 2
                    || (data[0] & 0x0f == 8
                        && (u16::from(data[0]) * 256 + u16::from(data[1])) % 31 == 0);
                let msg = if header_ok {
                    "Error -3 while decompressing data: invalid data"
                } else {
                    "Error -3 while decompressing data: incorrect header check"
                };
                return Err(zlib_error(vm, msg));
            }
        }
    }
    out.truncate(out_pos);
    let bytes = vm.new_bytes(out);
    Ok(vm.new_tuple(vec![bytes, Value::Int(in_pos as i64), Value::Bool(eof)]))
}

/// Adler-32 of `data`, continuing from `value`.
pub fn adler32_update(value: u32, data: &[u8]) -> u32 {
    const MOD: u32 = 65521;
    // 5552 bytes is the most that can be summed before the 32-bit sums overflow.
    let mut a = value & 0xffff;
    let mut b = value >> 16;
    for chunk in data.chunks(5552) {
        for &byte in chunk {
            a += u32::from(byte);
            b += a;
        }
        a %= MOD;
        b %= MOD;
    }
    (b << 16) | a
}

/// `adler32(data, value=1)`.
fn adler32(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let data = data_arg(vm, &args, 0, "adler32")?;
    let start = match args.pos.get(1) {
        None => 1u32,
        Some(v) => {
            let n = super::native_util::big_int(v)
                .ok_or_else(|| vm.new_error("TypeError", "an integer is required"))?;
            let m: num_bigint::BigInt = n & num_bigint::BigInt::from(0xffff_ffffu32);
            u32::try_from(&m).unwrap_or(0)
        }
    };
    vm.charge_work((data.len() / 8) as u64)?;
    Ok(Value::Int(i64::from(adler32_update(start, &data))))
}

const FUNCTIONS: &[Method] = &[
    ("deflate", deflate),
    ("inflate", inflate),
    ("adler32", adler32),
];

/// Creates `_kaa_zlib`.
pub fn create(vm: &mut Vm) -> PyResult<Value> {
    let ns = namespace(vm);
    add_functions(vm, &ns, FUNCTIONS);
    Ok(vm.new_module("_kaa_zlib", ns))
}

#[cfg(test)]
mod tests {
    use super::adler32_update;

    #[test]
    fn adler32_matches_known_values() {
        assert_eq!(adler32_update(1, b""), 1);
        assert_eq!(adler32_update(1, b"Wikipedia"), 0x11E6_0398);
        let big = vec![0xffu8; 100_000];
        // Computed with python3: zlib.adler32(b'\xff' * 100000)
        assert_eq!(adler32_update(1, &big), 0x149a_302c);
    }
}
