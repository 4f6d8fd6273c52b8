//! The names `site` adds to builtins: `exit`, `quit` (`_sitebuiltins.Quitter`),
//! `copyright`, `credits`, `license` (`_sitebuiltins._Printer`) and `help`
//! (`_sitebuiltins._Helper`), as CPython 3.4's `Lib/_sitebuiltins.py` defines
//! them: objects whose repr is a hint or the text itself, callable.
//!
//! `license` behaves as 3.4's does when no LICENSE file is found next to the
//! library (the sandbox has no file system): its text is the URL line.
//! `help(obj)` prints a short pydoc-like summary (kind, name, docstring)
//! instead of pydoc's full rendering; `help()` cannot start the interactive
//! help utility and says so.

use crate::modules::native_util::{inst_get, inst_set, new_class};
use crate::objects::{Payload, Value};
use crate::vm::{Args, PyErr, PyResult, Vm};

/// `sys.copyright` of CPython 3.4.10.
pub const COPYRIGHT: &str = "Copyright (c) 2001-2019 Python Software Foundation.\n\
All Rights Reserved.\n\n\
Copyright (c) 2000 BeOpen.com.\n\
All Rights Reserved.\n\n\
Copyright (c) 1995-2001 Corporation for National Research Initiatives.\n\
All Rights Reserved.\n\n\
Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\n\
All Rights Reserved.";

const CREDITS: &str =
    "    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands\n    \
for supporting Python development.  See www.python.org for more information.";

const LICENSE: &str = "See http://www.python.org/3.4/license.html";

/// `_Printer.MAXLINES`: longer texts show a hint as their repr.
const MAXLINES: usize = 23;

fn this(args: &Args<'_>) -> Value {
    args.pos.first().cloned().unwrap_or_default()
}

fn text_attr(vm: &Vm, obj: &Value, name: &str) -> String {
    inst_get(vm, obj, name)
        .and_then(|v| v.as_pystr().map(|s| s.as_str().to_string()))
        .unwrap_or_default()
}

/// `Quitter.__repr__`: `Use exit() or Ctrl-D (i.e. EOF) to exit`.
fn quitter_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let o = this(&args);
    let name = text_attr(vm, &o, "name");
    let eof = text_attr(vm, &o, "eof");
    Ok(Value::string(format!("Use {}() or {} to exit", name, eof)))
}

/// `Quitter.__call__(self, code=None)`: raises `SystemExit(code)`.
fn quitter_call(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let mut code = args.pos.get(1).cloned();
    for (k, v) in args.kw {
        if k.as_str() == "code" && code.is_none() {
            code = Some(v.clone());
        } else {
            let msg = if k.as_str() == "code" {
                "__call__() got multiple values for argument 'code'".to_string()
            } else {
                format!(
                    "__call__() got an unexpected keyword argument '{}'",
                    k.as_str()
                )
            };
            return Err(vm.new_error("TypeError", &msg));
        }
    }
    if args.pos.len() > 2 {
        let msg = format!(
            "__call__() takes from 1 to 2 positional arguments but {} were given",
            args.pos.len()
        );
        return Err(vm.new_error("TypeError", &msg));
    }
    let cls = vm.exc_class("SystemExit");
    let e = vm.new_exception(&cls, vec![code.unwrap_or_default()]);
    Err(PyErr::Exc(e))
}

/// `_Printer.__repr__`: the text when it is short, else a hint.
fn printer_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let o = this(&args);
    let data = text_attr(vm, &o, "_Printer__data");
    if data.split('\n').count() <= MAXLINES {
        return Ok(Value::string(data));
    }
    let name = text_attr(vm, &o, "_Printer__name");
    Ok(Value::string(format!(
        "Type {}() to see the full {} text",
        name, name
    )))
}

/// `_Printer.__call__`: prints the text.
fn printer_call(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if args.pos.len() > 1 || !args.kw.is_empty() {
        let msg = format!(
            "__call__() takes 1 positional argument but {} were given",
            args.pos.len()
        );
        return Err(vm.new_error("TypeError", &msg));
    }
    let data = text_attr(vm, &this(&args), "_Printer__data");
    super::funcs::print(vm, Args::new(&[Value::string(data)]))?;
    Ok(Value::None)
}

/// `_Helper.__repr__`.
fn helper_repr(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::str(
        "Type help() for interactive help, or help(object) for help about object.",
    ))
}

/// What pydoc would call the object: `built-in function len`, `class C`, ….
fn describe(vm: &mut Vm, obj: &Value) -> PyResult<(String, String)> {
    let name_key = vm.intern("__name__");
    let name = match vm.getattr_opt(obj, &name_key)? {
        Some(v) => v.as_pystr().map(|s| s.as_str().to_string()),
        None => None,
    };
    let module_key = vm.intern("__module__");
    let module = match vm.getattr_opt(obj, &module_key)? {
        Some(v) => v.as_pystr().map(|s| s.as_str().to_string()),
        None => None,
    };
    let in_module = |m: &Option<String>| match m {
        Some(m) => format!(" in module {}", m),
        None => String::new(),
    };
    let kind = match (obj.payload(), &name) {
        (Some(Payload::Class(_)), Some(n)) => format!("class {}{}", n, in_module(&module)),
        (Some(Payload::Function(_)), Some(n)) => format!("function {}{}", n, in_module(&module)),
        (Some(Payload::Builtin(b)), Some(n)) if b.owner.is_none() => {
            format!("built-in function {}{}", n, in_module(&module))
        }
        (Some(Payload::Module(..)), Some(n)) => format!("module {}", n),
        _ => format!("{} object", vm.type_name(obj)),
    };
    Ok((kind, name.unwrap_or_else(|| vm.type_name(obj))))
}

/// `_Helper.__call__(*args)`: a short summary of the object.
fn helper_call(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let text = match args.pos.get(1) {
        None => "The interactive help utility is not available here; \
                 use help(object) for help about object."
            .to_string(),
        Some(obj) => {
            let obj = obj.clone();
            let (kind, name) = describe(vm, &obj)?;
            let doc_key = vm.intern("__doc__");
            let doc = match vm.getattr_opt(&obj, &doc_key)? {
                Some(v) => v.as_pystr().map(|s| s.as_str().to_string()),
                None => None,
            };
            let mut t = format!("Help on {}:\n\n{}", kind, name);
            if let Some(doc) = doc {
                for line in doc.lines() {
                    t.push_str("\n    ");
                    t.push_str(line.trim_end());
                }
            }
            t.push('\n');
            t
        }
    };
    super::funcs::print(vm, Args::new(&[Value::string(text)]))?;
    Ok(Value::None)
}

/// Creates the `_sitebuiltins` classes and stores their instances in builtins.
pub fn install(vm: &mut Vm) -> PyResult<()> {
    let object = Value::Obj(vm.types.object.clone());
    let quitter = new_class(vm, "_sitebuiltins", "Quitter", vec![object.clone()])?;
    super::add_methods(
        vm,
        &quitter,
        &[("__repr__", quitter_repr), ("__call__", quitter_call)],
    );
    let printer = new_class(vm, "_sitebuiltins", "_Printer", vec![object.clone()])?;
    super::add_methods(
        vm,
        &printer,
        &[("__repr__", printer_repr), ("__call__", printer_call)],
    );
    let helper = new_class(vm, "_sitebuiltins", "_Helper", vec![object])?;
    super::add_methods(
        vm,
        &helper,
        &[("__repr__", helper_repr), ("__call__", helper_call)],
    );
    let b = vm.builtins.clone();
    for name in ["exit", "quit"] {
        let o = vm.instantiate(&quitter, &[])?;
        inst_set(vm, &o, "name", Value::str(name))?;
        inst_set(vm, &o, "eof", Value::str("Ctrl-D (i.e. EOF)"))?;
        let n = vm.intern(name);
        vm.ns_store(&b, n, o)?;
    }
    for (name, data) in [
        ("copyright", COPYRIGHT),
        ("credits", CREDITS),
        ("license", LICENSE),
    ] {
        let o = vm.instantiate(&printer, &[])?;
        inst_set(vm, &o, "_Printer__name", Value::str(name))?;
        inst_set(vm, &o, "_Printer__data", Value::str(data))?;
        let n = vm.intern(name);
        vm.ns_store(&b, n, o)?;
    }
    let h = vm.instantiate(&helper, &[])?;
    let n = vm.intern("help");
    vm.ns_store(&b, n, h)?;
    Ok(())
}
