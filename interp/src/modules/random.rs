//! The native `_random` module: `_random.Random`, the Mersenne Twister core
//! that `random.py` builds on (`random`, `seed`, `getstate`, `setstate`,
//! `getrandbits`), producing CPython's sequences.
//!
//! The generator state lives in the instance dict as a 2,500-byte bytearray
//! under `_random_state` (Kaa has no native-state payload for user-subclassable
//! classes). `seed()` / `seed(None)` is deterministic in Kaa: it seeds as
//! `seed(0)` (the VM does not expose `Config::random_seed` to modules yet).

use super::native_util::{arg, big_int, inst_set, new_bytearray, new_class, with_inst_bytes};
use super::{add_functions, namespace, set};
use crate::builtins::Method;
use crate::objects::{Payload, Value};
use crate::stdkern::mt::{self, Mt};
use crate::vm::{Args, PyResult, Vm};
use num_bigint::BigInt;

const STATE: &str = "_random_state";

fn store(vm: &mut Vm, this: &Value, g: &Mt) -> PyResult<()> {
    let b = new_bytearray(vm, g.to_bytes());
    inst_set(vm, this, STATE, b)
}

/// Runs `f` on the packed state of `this`, seeding it first if needed.
fn with_state<R>(vm: &mut Vm, this: &Value, f: impl Fn(&mut Vec<u8>) -> Option<R>) -> PyResult<R> {
    if let Some(Some(r)) = with_inst_bytes(vm, this, STATE, &f) {
        return Ok(r);
    }
    store(vm, this, &Mt::default())?;
    match with_inst_bytes(vm, this, STATE, &f) {
        Some(Some(r)) => Ok(r),
        _ => Err(vm.new_error("SystemError", "random state unavailable")),
    }
}

fn random(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = arg(vm, &args, 0, "random")?.clone();
    Ok(Value::Float(with_state(vm, &this, |b| {
        mt::random_packed(b)
    })?))
}

fn seed(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = arg(vm, &args, 0, "seed")?.clone();
    let g = match args.pos.get(1) {
        None | Some(Value::None) => Mt::default(),
        Some(v) => match big_int(v) {
            Some(n) => Mt::from_int(&n),
            None => {
                let h = vm.hash(v)?;
                Mt::from_int(&BigInt::from(h))
            }
        },
    };
    store(vm, &this, &g)?;
    Ok(Value::None)
}

fn getstate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = arg(vm, &args, 0, "getstate")?.clone();
    let g = with_state(vm, &this, |b| Mt::from_bytes(b))?;
    let items = g
        .state()
        .into_iter()
        .map(|w| Value::Int(w as i64))
        .collect();
    Ok(vm.new_tuple(items))
}

fn setstate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = arg(vm, &args, 0, "setstate")?.clone();
    let state = arg(vm, &args, 1, "setstate")?.clone();
    let items = match state.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => return Err(vm.new_error("TypeError", "state vector must be a tuple")),
    };
    if items.len() != mt::N + 1 {
        return Err(vm.new_error("ValueError", "state vector is the wrong size"));
    }
    let mut words = [0u32; mt::N];
    let mut index = 0usize;
    for (i, it) in items.iter().enumerate() {
        let n = match big_int(it) {
            Some(n) => n,
            None => {
                let msg = format!("an integer is required (got type {})", vm.type_name(it));
                return Err(vm.new_error("TypeError", &msg));
            }
        };
        let Ok(w) = u64::try_from(&n) else {
            return Err(vm.new_error(
                "OverflowError",
                "Python int too large to convert to C unsigned long",
            ));
        };
        match words.get_mut(i) {
            Some(slot) => *slot = w as u32,
            None => index = w.min(u32::MAX as u64) as usize,
        }
    }
    let Some(g) = Mt::from_state(&words, index) else {
        return Err(vm.new_error("ValueError", "invalid state"));
    };
    store(vm, &this, &g)?;
    Ok(Value::None)
}

fn getrandbits(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = arg(vm, &args, 0, "getrandbits")?.clone();
    let kv = arg(vm, &args, 1, "getrandbits")?.clone();
    let k = crate::builtins::want_int(vm, &kv)?;
    if k <= 0 {
        return Err(vm.new_error("ValueError", "number of bits must be greater than zero"));
    }
    vm.reserve(k as u64 / 8)?;
    vm.tick(k as u64 / 1024)?;
    if k <= 62 {
        let words = with_state(vm, &this, |b| mt::getrandbits_packed(b, k as u64))?;
        let lo = words.first().copied().unwrap_or(0) as i64;
        let hi = words.get(1).copied().unwrap_or(0) as i64;
        return Ok(Value::Int(lo | hi << 32));
    }
    let words = with_state(vm, &this, |b| mt::getrandbits_packed(b, k as u64))?;
    Ok(vm.int_from_big(BigInt::from(num_bigint::BigUint::new(words))))
}

const METHODS: &[Method] = &[
    ("random", random),
    ("seed", seed),
    ("getstate", getstate),
    ("setstate", setstate),
    ("getrandbits", getrandbits),
];

/// Creates `_random`.
pub fn create(vm: &mut Vm) -> PyResult<Value> {
    let ns = namespace(vm);
    let object = Value::Obj(vm.types.object.clone());
    let cls = new_class(vm, "_random", "Random", vec![object])?;
    crate::builtins::add_methods(vm, &cls, METHODS);
    set(vm, &ns, "Random", Value::Obj(cls));
    add_functions(vm, &ns, &[]);
    Ok(vm.new_module("_random", ns))
}
