//! The end-of-run half of `atexit` (`interp/lib/atexit.py` keeps the
//! registry): [`run_exitfuncs`] calls `atexit._run_exitfuncs()` if the
//! program imported `atexit`. CPython runs the registered functions after
//! the main module finishes — normally, through `sys.exit` or after an
//! uncaught exception's traceback — so the run loop should call this once at
//! that point, before module teardown, and skip it after a time, memory or
//! output limit.

use crate::vm::{Args, PyResult, Vm};

/// Runs the functions registered with `atexit.register`, last registered
/// first. Does nothing when `atexit` was never imported. The Python side
/// reports an exit function's exception on stderr and goes on with the
/// next one, so an `Err` here is a limit (or an error raised while
/// reporting) and ends the exit functions.
pub fn run_exitfuncs(vm: &mut Vm) -> PyResult<()> {
    let key = vm.intern("atexit");
    let Some(module) = vm.dict_get_str(&vm.modules.clone(), &key) else {
        return Ok(());
    };
    if module.is_none() {
        return Ok(());
    }
    let name = vm.intern("_run_exitfuncs");
    let Some(func) = vm.getattr_opt(&module, &name)? else {
        return Ok(());
    };
    vm.call(&func, Args::new(&[]))?;
    Ok(())
}
