//! The native `hashlib` module: md5, sha1, sha224, sha256, sha384, sha512
//! and `new(name, data)` over the RustCrypto crates, with hash objects that
//! have update/digest/hexdigest/copy and name/digest_size/block_size.
//!
//! A hash object keeps the bytes fed to it (a bytearray in its instance
//! dict, `_data`) and hashes them when `digest()` is called: `update` is
//! amortized O(n) and `digest` O(total length).

use super::native_util::{
    arg, bytes_like, inst_get, inst_set, new_bytearray, new_class, with_inst_bytes,
};
use super::{add_functions, namespace, set};
use crate::builtins::Method;
use crate::objects::{Obj, Value};
use crate::vm::{Args, PyResult, Vm};
use std::rc::Rc;

const ALGORITHMS: [&str; 6] = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"];

/// Digest size and block size of an algorithm.
fn sizes(name: &str) -> (i64, i64) {
    match name {
        "md5" => (16, 64),
        "sha1" => (20, 64),
        "sha224" => (28, 64),
        "sha256" => (32, 64),
        "sha384" => (48, 128),
        _ => (64, 128),
    }
}

/// The digest of `data` with algorithm `name` (one of [`ALGORITHMS`]).
pub fn digest_of(name: &str, data: &[u8]) -> Vec<u8> {
    use sha2::Digest;
    match name {
        "md5" => md5::Md5::digest(data).to_vec(),
        "sha1" => sha1::Sha1::digest(data).to_vec(),
        "sha224" => sha2::Sha224::digest(data).to_vec(),
        "sha256" => sha2::Sha256::digest(data).to_vec(),
        "sha384" => sha2::Sha384::digest(data).to_vec(),
        _ => sha2::Sha512::digest(data).to_vec(),
    }
}

fn data_arg(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if v.as_pystr().is_some() {
        return Err(vm.new_error(
            "TypeError",
            "Unicode-objects must be encoded before hashing",
        ));
    }
    match bytes_like(v) {
        Some(b) => Ok(b),
        None => {
            let msg = format!(
                "object supporting the buffer API required, not {}",
                vm.type_name(v)
            );
            Err(vm.new_error("TypeError", &msg))
        }
    }
}

fn hash_class(vm: &Vm) -> Option<Rc<Obj>> {
    match super::native_util::module_attr(vm, "hashlib", "_HASH") {
        Some(Value::Obj(o)) => Some(o),
        _ => None,
    }
}

fn make(vm: &mut Vm, name: &str, data: Vec<u8>) -> PyResult<Value> {
    let Some(cls) = hash_class(vm) else {
        return Err(vm.new_error("SystemError", "hashlib not initialized"));
    };
    vm.reserve(data.len() as u64)?;
    let h = vm.instantiate(&cls, &[])?;
    let (ds, bs) = sizes(name);
    inst_set(vm, &h, "name", Value::str(name))?;
    inst_set(vm, &h, "digest_size", Value::Int(ds))?;
    inst_set(vm, &h, "block_size", Value::Int(bs))?;
    let b = new_bytearray(vm, data);
    inst_set(vm, &h, "_data", b)?;
    Ok(h)
}

fn constructor(vm: &mut Vm, args: &Args<'_>, name: &str) -> PyResult<Value> {
    let data = match args.pos.first().or_else(|| args.kwarg("data")) {
        Some(v) => data_arg(vm, v)?,
        None => Vec::new(),
    };
    make(vm, name, data)
}

macro_rules! ctor {
    ($f:ident, $name:expr) => {
        fn $f(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
            constructor(vm, &args, $name)
        }
    };
}
ctor!(new_md5, "md5");
ctor!(new_sha1, "sha1");
ctor!(new_sha224, "sha224");
ctor!(new_sha256, "sha256");
ctor!(new_sha384, "sha384");
ctor!(new_sha512, "sha512");

fn new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let n = arg(vm, &args, 0, "new")?.clone();
    let Some(name) = n.as_pystr().map(|s| s.as_str().to_string()) else {
        return Err(vm.new_error("TypeError", "name must be a string"));
    };
    let lower = name.to_ascii_lowercase();
    if !ALGORITHMS.contains(&lower.as_str()) {
        return Err(vm.new_error("ValueError", &format!("unsupported hash type {}", name)));
    }
    let rest = args.pos.get(1..).unwrap_or_default();
    let a = Args {
        pos: rest,
        kw: args.kw,
    };
    constructor(vm, &a, &lower)
}

fn name_of(vm: &Vm, this: &Value) -> String {
    inst_get(vm, this, "name")
        .and_then(|v| v.as_pystr().map(|s| s.as_str().to_string()))
        .unwrap_or_default()
}

fn current_digest(vm: &mut Vm, this: &Value) -> PyResult<Vec<u8>> {
    let name = name_of(vm, this);
    match with_inst_bytes(vm, this, "_data", |d| digest_of(&name, d)) {
        Some(d) => Ok(d),
        None => Err(vm.new_error("TypeError", "not a hash object")),
    }
}

fn update(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = arg(vm, &args, 0, "update")?.clone();
    let v = arg(vm, &args, 1, "update")?.clone();
    let d = data_arg(vm, &v)?;
    vm.reserve(d.len() as u64)?;
    match with_inst_bytes(vm, &this, "_data", |buf| buf.extend_from_slice(&d)) {
        Some(()) => Ok(Value::None),
        None => Err(vm.new_error("TypeError", "not a hash object")),
    }
}

fn digest(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = arg(vm, &args, 0, "digest")?.clone();
    let d = current_digest(vm, &this)?;
    Ok(vm.new_bytes(d))
}

fn hexdigest(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = arg(vm, &args, 0, "hexdigest")?.clone();
    let d = current_digest(vm, &this)?;
    let hex = crate::stdkern::binascii::hexlify(&d);
    Ok(Value::string(String::from_utf8_lossy(&hex).into_owned()))
}

fn copy(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = arg(vm, &args, 0, "copy")?.clone();
    let name = name_of(vm, &this);
    let data = with_inst_bytes(vm, &this, "_data", |d| d.clone()).unwrap_or_default();
    make(vm, &name, data)
}

fn repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = arg(vm, &args, 0, "__repr__")?.clone();
    let name = name_of(vm, &this);
    let addr = this.as_obj().map(|o| Rc::as_ptr(o) as usize).unwrap_or(0);
    Ok(Value::string(format!(
        "<{} HASH object @ {:#x}>",
        name, addr
    )))
}

const FUNCTIONS: &[Method] = &[
    ("md5", new_md5),
    ("sha1", new_sha1),
    ("sha224", new_sha224),
    ("sha256", new_sha256),
    ("sha384", new_sha384),
    ("sha512", new_sha512),
    ("new", new),
];

const HASH_METHODS: &[Method] = &[
    ("update", update),
    ("digest", digest),
    ("hexdigest", hexdigest),
    ("copy", copy),
    ("__repr__", repr),
];

/// Creates `hashlib`.
pub fn create(vm: &mut Vm) -> PyResult<Value> {
    let ns = namespace(vm);
    add_functions(vm, &ns, FUNCTIONS);
    let object = Value::Obj(vm.types.object.clone());
    let cls = new_class(vm, "_hashlib", "HASH", vec![object])?;
    crate::builtins::add_methods(vm, &cls, HASH_METHODS);
    set(vm, &ns, "_HASH", Value::Obj(cls));
    let names: Vec<Value> = ALGORITHMS.iter().map(|a| Value::str(a)).collect();
    let g = vm.new_set(names.clone())?;
    set(vm, &ns, "algorithms_guaranteed", g);
    let a = vm.new_set(names)?;
    set(vm, &ns, "algorithms_available", a);
    Ok(vm.new_module("hashlib", ns))
}
