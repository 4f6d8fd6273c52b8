//! The standard-library modules written in Python (`interp/lib/`), embedded
//! in the binary and compiled at most once per process.
//!
//! `build.rs` generates [`TABLE`] from the `lib/` folder itself, so a new
//! `lib/x.py` (or `lib/pkg/__init__.py`) is importable as soon as it exists.
//! Compiled code is immutable but `Rc`-based and each evaluation runs on its
//! own thread, so the first compilation is frozen into a process-wide,
//! thread-safe copy ([`super::frozen`]) that later threads thaw (no parse,
//! no compile), with a thread-local cache in front. Each import still runs
//! the module body in a fresh namespace, so evaluations never see each
//! other's module objects.
//!
//! Module attributes: `__name__` (dotted name), `__file__` and the code's
//! file name `<kaa-lib>/<path>` (e.g. `<kaa-lib>/collections/__init__.py`),
//! `__package__` (the package itself for a package, else its parent or
//! `''`), `__path__` (`['<kaa-lib>/<dir>']`, packages only), `__doc__`,
//! `__loader__` and `__spec__` (`None`; the body sets `__doc__`).

use super::frozen::FrozenCode;
use crate::bytecode::Code;
use crate::objects::{DictTable, Value};
use crate::vm::{PyResult, Vm};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::{Arc, Mutex, OnceLock};

/// One embedded module: its name, where it came from and its source text.
#[derive(Debug)]
pub struct EmbeddedModule {
    /// Dotted module name (`collections.abc`).
    pub name: &'static str,
    /// Path relative to `interp/lib/` (`collections/abc.py`).
    pub path: &'static str,
    /// Whether the module is a package (`__init__.py`).
    pub package: bool,
    /// The Python source.
    pub source: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/embedded_table.rs"));

/// The pseudo-directory shown in `__file__` and tracebacks.
pub const LIB_PREFIX: &str = "<kaa-lib>/";

thread_local! {
    /// Compiled module bodies for this thread, by module name.
    static COMPILED: RefCell<HashMap<&'static str, Rc<Code>>> = RefCell::new(HashMap::new());
    /// Compiled bits of Python the native modules run (see [`compiled_snippet`]).
    static SNIPPETS: RefCell<HashMap<&'static str, Rc<Code>>> = RefCell::new(HashMap::new());
}

/// The compiled code of a fixed piece of Python source that a native module
/// runs when it is imported (`sys.version_info`'s class, …), compiled once
/// per thread: `key` names the snippet, `source` makes its text. The code is
/// immutable, so every run may share it.
pub fn compiled_snippet(
    vm: &mut Vm,
    key: &'static str,
    filename: &str,
    source: impl FnOnce() -> String,
) -> PyResult<Rc<Code>> {
    if let Some(c) = SNIPPETS.with(|c| c.borrow().get(key).cloned()) {
        return Ok(c);
    }
    let code = crate::builtins::funcs2::compile_source(vm, &source(), filename, "exec")?;
    SNIPPETS.with(|c| c.borrow_mut().insert(key, code.clone()));
    Ok(code)
}

/// Compiled code by (mode, source text).
type SourceCache = HashMap<(&'static str, Box<str>), Rc<Code>>;

thread_local! {
    /// Code the standard library compiles with `exec`/`eval` (see
    /// [`compiled_lib_source`]).
    static LIB_SOURCES: RefCell<SourceCache> = RefCell::new(HashMap::new());
}

/// Most entries [`LIB_SOURCES`] keeps (it is emptied when full) and the
/// longest source it caches.
const LIB_SOURCES_MAX: (usize, usize) = (256, 4096);

/// `exec`/`eval` of source text issued by standard-library code (the
/// `__new__` namedtuple generates): compiled once per thread and shared, as
/// module bodies are. Code objects are immutable, so sharing them between
/// runs shares no Python state. Syntax errors are not cached.
pub fn compiled_lib_source(vm: &mut Vm, src: &str, mode: &str) -> PyResult<Rc<Code>> {
    let mode: &'static str = match mode {
        "exec" => "exec",
        "eval" => "eval",
        _ => return crate::builtins::funcs2::compile_source(vm, src, "<string>", mode),
    };
    if src.len() > LIB_SOURCES_MAX.1 {
        return crate::builtins::funcs2::compile_source(vm, src, "<string>", mode);
    }
    let key = (mode, Box::<str>::from(src));
    if let Some(c) = LIB_SOURCES.with(|c| c.borrow().get(&key).cloned()) {
        return Ok(c);
    }
    let code = crate::builtins::funcs2::compile_source(vm, src, "<string>", mode)?;
    LIB_SOURCES.with(|c| {
        let mut c = c.borrow_mut();
        if c.len() >= LIB_SOURCES_MAX.0 {
            c.clear();
        }
        c.insert(key, code.clone());
    });
    Ok(code)
}

/// Compiled module bodies shared by all threads (each evaluation runs on its
/// own thread, so the thread-local cache alone would recompile every run).
static FROZEN: OnceLock<Mutex<HashMap<&'static str, Arc<FrozenCode>>>> = OnceLock::new();

/// The embedded module `name`, if there is one.
pub fn find(name: &str) -> Option<&'static EmbeddedModule> {
    TABLE
        .binary_search_by(|m| m.name.cmp(name))
        .ok()
        .and_then(|i| TABLE.get(i))
}

/// Names of all embedded modules, sorted.
pub fn names() -> impl Iterator<Item = &'static str> {
    TABLE.iter().map(|m| m.name)
}

/// The file name given to `module`'s code and `__file__`.
pub fn file_name(module: &EmbeddedModule) -> String {
    format!("{}{}", LIB_PREFIX, module.path)
}

/// The compiled body of `module`: from this thread's cache, else thawed from
/// the process-wide cache, else compiled (once per process). A syntax error
/// becomes a Python `SyntaxError`.
pub fn compiled(vm: &mut Vm, module: &'static EmbeddedModule) -> PyResult<Rc<Code>> {
    if let Some(c) = COMPILED.with(|c| c.borrow().get(module.name).cloned()) {
        return Ok(c);
    }
    let shared = FROZEN.get_or_init(|| Mutex::new(HashMap::new()));
    let frozen = shared.lock().ok().and_then(|m| m.get(module.name).cloned());
    let code = match frozen {
        Some(f) => f.thaw(),
        None => {
            let code = crate::builtins::funcs2::compile_source(
                vm,
                module.source,
                &file_name(module),
                "exec",
            )?;
            let f = Arc::new(FrozenCode::freeze(&code));
            if let Ok(mut m) = shared.lock() {
                m.insert(module.name, f);
            }
            code
        }
    };
    COMPILED.with(|c| c.borrow_mut().insert(module.name, code.clone()));
    Ok(code)
}

/// Imports the embedded module `name` into `vm`: creates the module, puts it
/// in `sys.modules` before running its body (so circular imports see the
/// partially initialised module, as in CPython) and removes it again if the
/// body raises. Returns `Ok(None)` when there is no such embedded module; the
/// value returned is `sys.modules[name]` after the body ran.
pub fn load(vm: &mut Vm, name: &str) -> PyResult<Option<Value>> {
    let Some(module) = find(name) else {
        return Ok(None);
    };
    let code = compiled(vm, module)?;
    // Room for the module's names (an upper bound: attribute names count
    // too) and the dunders set below, so the namespace is not rebuilt as
    // the body fills it.
    let ns = vm.new_dict_obj(DictTable::with_capacity(code.names.len() + 8));
    let file = file_name(module);
    let package = if module.package {
        module.name.to_string()
    } else {
        module
            .name
            .rsplit_once('.')
            .map(|(p, _)| p.to_string())
            .unwrap_or_default()
    };
    super::set(vm, &ns, "__file__", Value::str(&file));
    super::set(vm, &ns, "__package__", Value::str(&package));
    super::set(vm, &ns, "__doc__", Value::None);
    super::set(vm, &ns, "__loader__", Value::None);
    super::set(vm, &ns, "__spec__", Value::None);
    if module.package {
        let dir = file
            .rsplit_once('/')
            .map(|(d, _)| d)
            .unwrap_or(&file)
            .to_string();
        let path = vm.new_list(vec![Value::str(&dir)]);
        super::set(vm, &ns, "__path__", path);
    }
    let m = vm.new_module(module.name, ns.clone());
    let modules = Value::Obj(vm.modules.clone());
    let key = Value::str(module.name);
    vm.dict_set(&modules, key.clone(), m.clone())?;
    if let Err(e) = crate::builtins::funcs2::run_code(vm, code, ns) {
        let _ = vm.dict_del(&modules, &key);
        return Err(e);
    }
    Ok(Some(vm.dict_get(&modules, &key)?.unwrap_or(m)))
}
