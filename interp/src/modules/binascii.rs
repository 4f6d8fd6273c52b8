//! The native `binascii` module over [`crate::stdkern::binascii`]: hexlify,
//! unhexlify, b2a_hex, a2b_hex, b2a_base64, a2b_base64, crc32, crc_hqx,
//! `binascii.Error` (a ValueError) and `binascii.Incomplete`.

use super::native_util::{arg, bytes_like, module_error, new_exception_class};
use super::{add_functions, namespace, set};
use crate::builtins::Method;
use crate::objects::Value;
use crate::stdkern::binascii as k;
use crate::vm::{Args, PyResult, Vm};

/// Bytes-like data, or (for the a2b functions) an ASCII-only str.
fn data(vm: &mut Vm, v: &Value, allow_str: bool) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_like(v) {
        return Ok(b);
    }
    if allow_str {
        if let Some(s) = v.as_pystr() {
            if s.as_str().is_ascii() {
                return Ok(s.as_str().as_bytes().to_vec());
            }
            return Err(vm.new_error(
                "ValueError",
                "string argument should contain only ASCII characters",
            ));
        }
        let msg = format!(
            "argument should be bytes, buffer or ASCII string, not {}",
            vm.type_name(v)
        );
        return Err(vm.new_error("TypeError", &msg));
    }
    let msg = format!(
        "'{}' does not support the buffer interface",
        vm.type_name(v)
    );
    Err(vm.new_error("TypeError", &msg))
}

fn hexlify(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = arg(vm, &args, 0, "hexlify")?.clone();
    let d = data(vm, &v, false)?;
    vm.reserve(d.len() as u64 * 2)?;
    Ok(vm.new_bytes(k::hexlify(&d)))
}

fn unhexlify(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = arg(vm, &args, 0, "unhexlify")?.clone();
    let d = data(vm, &v, true)?;
    match k::unhexlify(&d) {
        Ok(b) => Ok(vm.new_bytes(b)),
        Err(e) => Err(module_error(
            vm,
            "binascii",
            "Error",
            "ValueError",
            &e.to_string(),
        )),
    }
}

fn b2a_base64(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = arg(vm, &args, 0, "b2a_base64")?.clone();
    let d = data(vm, &v, false)?;
    vm.reserve(d.len() as u64 * 4 / 3 + 4)?;
    Ok(vm.new_bytes(k::b2a_base64(&d)))
}

fn a2b_base64(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = arg(vm, &args, 0, "a2b_base64")?.clone();
    let d = data(vm, &v, true)?;
    match k::a2b_base64(&d) {
        Ok(b) => Ok(vm.new_bytes(b)),
        Err(e) => Err(module_error(
            vm,
            "binascii",
            "Error",
            "ValueError",
            &e.to_string(),
        )),
    }
}

fn start_value(vm: &mut Vm, args: &Args<'_>) -> PyResult<i64> {
    match args.pos.get(1) {
        Some(v) => {
            let n = super::native_util::big_int(v)
                .ok_or_else(|| vm.new_error("TypeError", "an integer is required"))?;
            let m: num_bigint::BigInt = n & num_bigint::BigInt::from(0xffff_ffffu32);
            Ok(i64::try_from(&m).unwrap_or(0))
        }
        None => Ok(0),
    }
}

fn crc32(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = arg(vm, &args, 0, "crc32")?.clone();
    let d = data(vm, &v, false)?;
    let start = start_value(vm, &args)? as u32;
    Ok(Value::Int(k::crc32(&d, start) as i64))
}

fn crc_hqx(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = arg(vm, &args, 0, "crc_hqx")?.clone();
    let d = data(vm, &v, false)?;
    if args.pos.len() < 2 {
        return Err(vm.new_error("TypeError", "crc_hqx() takes exactly 2 arguments (1 given)"));
    }
    let start = start_value(vm, &args)? as u16;
    Ok(Value::Int(k::crc_hqx(&d, start) as i64))
}

const FUNCTIONS: &[Method] = &[
    ("hexlify", hexlify),
    ("b2a_hex", hexlify),
    ("unhexlify", unhexlify),
    ("a2b_hex", unhexlify),
    ("b2a_base64", b2a_base64),
    ("a2b_base64", a2b_base64),
    ("crc32", crc32),
    ("crc_hqx", crc_hqx),
];

/// Creates `binascii`.
pub fn create(vm: &mut Vm) -> PyResult<Value> {
    let ns = namespace(vm);
    add_functions(vm, &ns, FUNCTIONS);
    let err = new_exception_class(vm, "binascii", "Error", "ValueError")?;
    set(vm, &ns, "Error", err);
    let inc = new_exception_class(vm, "binascii", "Incomplete", "Exception")?;
    set(vm, &ns, "Incomplete", inc);
    Ok(vm.new_module("binascii", ns))
}
