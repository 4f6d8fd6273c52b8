//! Built-in functions, part 2: introspection, attributes, classes,
//! exec/eval/compile, imports, and the iterator classes' constructors.

use super::{check_args, want_str};
use crate::bytecode::flags;
use crate::modules::embedded::LIB_PREFIX;
use crate::objects::class::{c3_mro, hooks, is_subclass, Layout};
use crate::objects::function::NativeFn;
use crate::objects::{ClassData, DictTable, Obj, Payload, PyStr, Value};
use crate::vm::iter::IterState;
use crate::vm::{Args, PyErr, PyResult, ReturnMode, Vm};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// (name, implementation, needs the caller's frame)
pub const FUNCTIONS: &[(&str, NativeFn, bool)] = &[
    ("isinstance", isinstance, false),
    ("issubclass", issubclass, false),
    ("getattr", getattr, false),
    ("setattr", setattr, false),
    ("hasattr", hasattr, false),
    ("delattr", delattr, false),
    ("vars", vars, true),
    ("dir", dir, true),
    ("globals", globals, true),
    ("locals", locals, true),
    ("__build_class__", build_class, false),
    ("__import__", import, false),
    ("exec", exec, true),
    ("eval", eval, true),
    ("compile", compile, false),
    ("open", open, false),
];

/// `isinstance(v, t)`, `__instancecheck__` of a Python-level metaclass included.
pub(crate) fn isinstance_of(vm: &mut Vm, v: &Value, t: &Value) -> PyResult<bool> {
    if let Some(Payload::Tuple(items)) = t.payload() {
        for it in items.iter() {
            if isinstance_of(vm, v, it)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    // CPython 3.4's PyObject_IsInstance: an exact type match, then a
    // user-defined `__instancecheck__` found on `type(t)` (a metaclass, or
    // the class of a non-type checker object), then the subclass test.
    let vt = vm.type_of(v).clone();
    if let Value::Obj(c) = t {
        if Rc::ptr_eq(&vt, c) {
            return Ok(true);
        }
        if c.as_class().is_some() && c.cls.is_none() {
            // The metaclass is `type`: its `__instancecheck__` is the subclass test.
            return Ok(is_subclass(&vt, c));
        }
    }
    let ic = vm.names.instancecheck.clone();
    if let Some(f) = user_special(vm, t, &ic) {
        if let (Value::Obj(c), Some(Payload::Builtin(_))) = (t, f.payload()) {
            // The native ABCMeta's check accepts every real subclass: skip
            // the call then.
            if is_subclass(&vt, c) {
                return Ok(true);
            }
        }
        let r = vm.call(&f, Args::new(&[t.clone(), v.clone()]))?;
        return vm.truthy(&r);
    }
    match t {
        Value::Obj(c) if c.as_class().is_some() => Ok(is_subclass(&vt, c)),
        _ => Err(vm.new_error(
            "TypeError",
            "isinstance() arg 2 must be a type or tuple of types",
        )),
    }
}

/// A special method defined in Python on `type(t)` (built-in ones are the
/// default behaviour and are skipped).
fn user_special(vm: &mut Vm, t: &Value, name: &Rc<crate::objects::PyStr>) -> Option<Value> {
    let meta = vm.type_of(t).clone();
    let f = crate::objects::class::lookup(&meta, name)?;
    // Methods of built-in metaclasses are the plain subclass test; native
    // methods installed on a Python class (the native ABCMeta) count.
    if !crate::vm::convert::overrides_native(&f) {
        return None;
    }
    Some(f)
}

fn isinstance(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    super::no_kw(vm, "isinstance", &args)?;
    check_args(vm, "isinstance", &args, 2, 2)?;
    Ok(Value::Bool(isinstance_of(vm, &args.pos[0], &args.pos[1])?))
}

/// `issubclass(c, t)`, `__subclasscheck__` of a Python-level metaclass included.
pub(crate) fn issubclass_of(vm: &mut Vm, c: &Value, t: &Value) -> PyResult<bool> {
    if let Some(Payload::Tuple(items)) = t.payload() {
        for it in items.iter() {
            if issubclass_of(vm, c, it)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    let sc = vm.names.subclasscheck.clone();
    if let Some(f) = user_special(vm, t, &sc) {
        let r = vm.call(&f, Args::new(&[t.clone(), c.clone()]))?;
        return vm.truthy(&r);
    }
    let co = match c {
        Value::Obj(o) if o.as_class().is_some() => o.clone(),
        _ => return Err(vm.new_error("TypeError", "issubclass() arg 1 must be a class")),
    };
    match t {
        Value::Obj(to) if to.as_class().is_some() => Ok(is_subclass(&co, to)),
        _ => Err(vm.new_error(
            "TypeError",
            "issubclass() arg 2 must be a class or tuple of classes",
        )),
    }
}

fn issubclass(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    super::no_kw(vm, "issubclass", &args)?;
    check_args(vm, "issubclass", &args, 2, 2)?;
    Ok(Value::Bool(issubclass_of(vm, &args.pos[0], &args.pos[1])?))
}

fn attr_name(vm: &mut Vm, v: &Value, func: &str) -> PyResult<Rc<PyStr>> {
    match v.as_pystr() {
        // A name with lone surrogates is not interned (the table is keyed
        // by its lossy text): it is looked up as the exact str it is.
        Some(s) if s.is_wide() => Ok(s.clone()),
        Some(s) => Ok(vm.intern(s.as_str())),
        None => {
            // getattr/hasattr check the name themselves; setattr/delattr
            // leave it to PyObject_SetAttr, which names the type.
            let msg = if func == "setattr" || func == "delattr" {
                format!("attribute name must be string, not '{}'", vm.type_name(v))
            } else {
                format!("{}(): attribute name must be string", func)
            };
            Err(vm.new_error("TypeError", &msg))
        }
    }
}

fn getattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    super::no_kw(vm, "getattr", &args)?;
    check_args(vm, "getattr", &args, 2, 3)?;
    let name = attr_name(vm, &args.pos[1], "getattr")?;
    match args.pos.get(2) {
        Some(default) => Ok(vm
            .getattr_opt(&args.pos[0], &name)?
            .unwrap_or_else(|| default.clone())),
        None => vm.getattr(&args.pos[0], &name),
    }
}

fn setattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    super::no_kw(vm, "setattr", &args)?;
    check_args(vm, "setattr", &args, 3, 3)?;
    let name = attr_name(vm, &args.pos[1], "setattr")?;
    vm.setattr(&args.pos[0], &name, args.pos[2].clone())?;
    Ok(Value::None)
}

fn hasattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    super::no_kw(vm, "hasattr", &args)?;
    check_args(vm, "hasattr", &args, 2, 2)?;
    let name = attr_name(vm, &args.pos[1], "hasattr")?;
    Ok(Value::Bool(vm.getattr_opt(&args.pos[0], &name)?.is_some()))
}

fn delattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    super::no_kw(vm, "delattr", &args)?;
    check_args(vm, "delattr", &args, 2, 2)?;
    let name = attr_name(vm, &args.pos[1], "delattr")?;
    vm.delattr(&args.pos[0], &name)?;
    Ok(Value::None)
}

fn ctx_locals(vm: &mut Vm) -> PyResult<Rc<Obj>> {
    match vm.frame_ctx.clone() {
        Some(c) => Ok(c.locals),
        None => Ok(vm
            .main_globals
            .clone()
            .unwrap_or_else(|| vm.builtins.clone())),
    }
}

fn ctx_globals(vm: &mut Vm) -> Rc<Obj> {
    match vm.frame_ctx.clone() {
        Some(c) => c.globals,
        None => vm
            .main_globals
            .clone()
            .unwrap_or_else(|| vm.builtins.clone()),
    }
}

fn vars(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    super::no_kw(vm, "vars", &args)?;
    check_args(vm, "vars", &args, 0, 1)?;
    match args.pos.first() {
        None => Ok(Value::Obj(ctx_locals(vm)?)),
        Some(v) => {
            let d = vm.names.dict.clone();
            match vm.getattr_opt(v, &d)? {
                Some(x) => Ok(x),
                None => {
                    Err(vm.new_error("TypeError", "vars() argument must have __dict__ attribute"))
                }
            }
        }
    }
}

/// The sorted attribute names of an object.
pub fn dir_of(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let mut names: Vec<String> = Vec::new();
    let add_table = |t: &DictTable, names: &mut Vec<String>| {
        for e in t.iter() {
            if let Some(s) = e.key.as_pystr() {
                names.push(s.as_str().to_string());
            }
        }
    };
    if let Value::Obj(o) = v {
        if let Some(d) = o.inst_dict() {
            if let Some(t) = d.table() {
                add_table(&t.borrow(), &mut names);
            }
        }
        if let Payload::Module(d, _) = &o.payload {
            if let Some(t) = d.table() {
                add_table(&t.borrow(), &mut names);
            }
        }
    }
    let classes: Vec<Rc<Obj>> = match v {
        Value::Obj(o) if matches!(o.payload, Payload::Module(..)) => Vec::new(),
        Value::Obj(o) if o.as_class().is_some() => {
            let mut c = vec![o.clone()];
            if let Some(cd) = o.as_class() {
                c.extend(cd.mro.borrow().iter().cloned());
            }
            c
        }
        _ => {
            let t = vm.type_of(v).clone();
            let mut c = vec![t.clone()];
            if let Some(cd) = t.as_class() {
                c.extend(cd.mro.borrow().iter().cloned());
            }
            c
        }
    };
    for c in classes {
        if let Some(cd) = c.as_class() {
            add_table(&cd.dict.borrow(), &mut names);
            // Attributes CPython keeps as descriptors in the class dicts
            // but Kaa answers without an entry.
            if Rc::ptr_eq(&c, &vm.types.object) {
                names.push("__class__".into());
                names.push("__doc__".into());
            }
        }
    }
    names.sort();
    names.dedup();
    let items: Vec<Value> = names.into_iter().map(Value::string).collect();
    Ok(vm.new_list(items))
}

fn dir(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    super::no_kw(vm, "dir", &args)?;
    check_args(vm, "dir", &args, 0, 1)?;
    match args.pos.first() {
        None => {
            let l = ctx_locals(vm)?;
            let mut names: Vec<String> = match l.table() {
                Some(t) => t
                    .borrow()
                    .iter()
                    .filter_map(|e| e.key.as_pystr().map(|s| s.as_str().to_string()))
                    .collect(),
                None => Vec::new(),
            };
            names.sort();
            let items: Vec<Value> = names.into_iter().map(Value::string).collect();
            Ok(vm.new_list(items))
        }
        Some(v) => {
            let v = v.clone();
            if vm.type_of(&v).as_class().map(|c| c.heap).unwrap_or(false) {
                let dn = vm.names.dir.clone();
                let cls = vm.type_of(&v).clone();
                if let Some(f) = crate::objects::class::lookup(&cls, &dn) {
                    if !matches!(f.payload(), Some(Payload::Builtin(_))) {
                        let r = vm.call_special(&v, &dn, &[])?.unwrap_or_default();
                        let mut items = vm.iterate(&r)?;
                        super::funcs::sort_values(vm, &mut items, None, false)?;
                        return Ok(vm.new_list(items));
                    }
                }
            }
            dir_of(vm, &v)
        }
    }
}

fn globals(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    super::no_kw(vm, "globals", &args)?;
    if !args.pos.is_empty() {
        let msg = format!("globals() takes no arguments ({} given)", args.pos.len());
        return Err(vm.new_error("TypeError", &msg));
    }
    Ok(Value::Obj(ctx_globals(vm)))
}

fn locals(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    super::no_kw(vm, "locals", &args)?;
    if !args.pos.is_empty() {
        let msg = format!("locals() takes no arguments ({} given)", args.pos.len());
        return Err(vm.new_error("TypeError", &msg));
    }
    Ok(Value::Obj(ctx_locals(vm)?))
}

impl Vm {
    /// Creates a class object (`type(name, bases, ns)` and class statements).
    pub fn make_class(
        &mut self,
        meta: &Rc<Obj>,
        name: Rc<PyStr>,
        bases: Vec<Value>,
        ns: &Rc<Obj>,
        _kw: &[(Rc<PyStr>, Value)],
    ) -> PyResult<Value> {
        let mut base_classes: Vec<Rc<Obj>> = Vec::new();
        for b in &bases {
            match b {
                Value::Obj(o) if o.as_class().is_some() => {
                    // Heap classes are always acceptable bases: only built-in
                    // types need their name checked (without copying it).
                    let cd = o
                        .as_class()
                        .filter(|c| !c.heap)
                        .map(|c| (c.layout, c.heap, c.name.borrow().as_str().to_string()));
                    if let Some((layout, heap, bname)) = cd {
                        if !heap
                            && (layout == Layout::Opaque || layout == Layout::Bool)
                            && super::layout::FINAL_TYPES.contains(&bname.as_str())
                            || bname == "bool" && !heap
                        {
                            let msg = format!("type '{}' is not an acceptable base type", bname);
                            return Err(self.new_error("TypeError", &msg));
                        }
                    }
                    base_classes.push(o.clone());
                }
                _ => return Err(self.new_error("TypeError", "bases must be types")),
            }
        }
        if base_classes.is_empty() {
            base_classes.push(self.types.object.clone());
        }
        for (i, b) in base_classes.iter().enumerate() {
            if base_classes[..i].iter().any(|x| Rc::ptr_eq(x, b)) {
                let msg = format!(
                    "duplicate base class {}",
                    b.as_class()
                        .map(|c| c.name.borrow().as_str().to_string())
                        .unwrap_or_default()
                );
                return Err(self.new_error("TypeError", &msg));
            }
        }
        let mut layout = Layout::Object;
        for b in &base_classes {
            let bl = b.as_class().map(|c| c.layout).unwrap_or(Layout::Object);
            let bl = if bl == Layout::Bool { Layout::Int } else { bl };
            if bl != Layout::Object {
                if layout != Layout::Object && layout != bl {
                    return Err(self
                        .new_error("TypeError", "multiple bases have instance lay-out conflict"));
                }
                layout = bl;
            }
        }
        let mro = match c3_mro(&base_classes) {
            Ok(m) => m,
            Err(heads) => {
                let names: Vec<String> = heads
                    .iter()
                    .map(|h| {
                        h.as_class()
                            .map(|c| c.name.borrow().as_str().to_string())
                            .unwrap_or_default()
                    })
                    .collect();
                let msg = format!(
                    "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                    names.join(", ")
                );
                return Err(self.new_error("TypeError", &msg));
            }
        };
        let mut table = match ns.table() {
            // Nothing else holds the namespace (the class body's frame is
            // gone and no `locals()` escaped): nobody can see the copy, so
            // move the entries instead of copying them.
            Some(t) if Rc::strong_count(ns) == 1 => std::mem::take(&mut *t.borrow_mut()),
            Some(t) => t.borrow().clone(),
            None => DictTable::new(),
        };
        let qn = self.names.qualname.clone();
        let qualname = match table.get_str(&qn).cloned() {
            Some(q) => {
                // Keys of a namespace found by get_str are str objects:
                // removing by text equality is what a dict lookup does.
                if let Some(ix) = table.find(
                    qn.hash(),
                    |k| matches!(k, Value::Str(s) if s.as_str() == "__qualname__"),
                ) {
                    table.remove_at(ix);
                }
                q.as_pystr().cloned().unwrap_or_else(|| name.clone())
            }
            None => name.clone(),
        };
        let module = table
            .get_str(&self.names.module)
            .cloned()
            .and_then(|m| m.as_pystr().cloned())
            .unwrap_or_else(|| Rc::new(PyStr::new("builtins")));
        // __new__ is implicitly a static method.
        let nn = self.names.new.clone();
        if let Some(f) = table.get_str(&nn).cloned() {
            if matches!(f.payload(), Some(Payload::Function(_))) {
                let cls = self.types.staticmethod.clone();
                let sm = self.alloc(&cls, Payload::StaticMethod(RefCell::new(f)));
                if let Some(ix) = table.find(
                    nn.hash(),
                    |k| matches!(k, Value::Str(s) if s.as_str() == "__new__"),
                ) {
                    table.set_value(ix, sm);
                }
            }
        }
        // Defining __eq__ without __hash__ makes instances unhashable.
        let eqn = self.names.eq.clone();
        let hn = self.names.hash.clone();
        if table.get_str(&eqn).is_some() && table.get_str(&hn).is_none() {
            table.push_new(hn.hash(), Value::Str(hn.clone()), Value::None);
        }
        let sl = self.class_slots(&name, &base_classes, &mut table)?;
        let weakrefable = self.add_layout_descriptors(&name, &base_classes, &sl, &mut table);
        let (slots, hide_dict) = (sl.slots, sl.hide_dict);
        let dn = self.names.doc.clone();
        if table.get_str(&dn).is_none() {
            table.push_new(dn.hash(), Value::Str(dn.clone()), Value::None);
        }
        let has_dict = true;
        let cls = Rc::new(Obj {
            cls: if Rc::ptr_eq(meta, &self.types.type_) {
                None
            } else {
                Some(meta.clone())
            },
            dict: std::cell::RefCell::new(None),
            payload: Payload::Class(Box::new(ClassData {
                name: RefCell::new(name),
                qualname: RefCell::new(qualname),
                module: RefCell::new(module),
                bases: RefCell::new(base_classes),
                mro: RefCell::new(mro),
                dict: RefCell::new(table),
                layout,
                heap: true,
                version: Cell::new(crate::objects::next_serial()),
                slots,
                has_dict,
                hide_dict,
                weakrefable,
                subclasses: RefCell::new(Vec::new()),
                hooks: Cell::new(0),
                cache: RefCell::default(),
                cache_epoch: Cell::new(0),
            })),
        });
        self.gc.track(&cls);
        if let Some(cd) = cls.as_class() {
            for b in cd.bases.borrow().iter() {
                if let Some(bd) = b.as_class() {
                    let mut subs = bd.subclasses.borrow_mut();
                    subs.retain(|w| w.strong_count() > 0);
                    subs.push(Rc::downgrade(&cls));
                }
            }
        }
        let single_base = match cls.as_class() {
            Some(cd) => match cd.bases.borrow().as_slice() {
                [b] => Some(b.clone()),
                _ => None,
            },
            None => None,
        };
        match single_base {
            Some(b) => self.refresh_hooks_single_base(&cls, &b),
            None => self.refresh_hooks(&cls),
        }
        let _ = hooks::GETATTR;
        self.account(512)?;
        Ok(Value::Obj(cls))
    }
}

fn build_class(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if args.pos.len() < 2 {
        return Err(vm.new_error("TypeError", "__build_class__: not enough arguments"));
    }
    let func = args.pos[0].clone();
    if !matches!(func.payload(), Some(Payload::Function(_))) {
        return Err(vm.new_error("TypeError", "__build_class__: func must be a function"));
    }
    let name = match args.pos[1].as_pystr() {
        Some(s) => s.clone(),
        None => return Err(vm.new_error("TypeError", "__build_class__: name is not a string")),
    };
    let bases: Vec<Value> = args.pos[2..].to_vec();
    let mut meta: Option<Value> = None;
    let mut kw: Vec<(Rc<PyStr>, Value)> = Vec::new();
    for (k, v) in args.kw {
        if k.as_str() == "metaclass" {
            meta = Some(v.clone());
        } else {
            kw.push((k.clone(), v.clone()));
        }
    }
    // CPython's order: without `metaclass=` the candidate is the type of the
    // first base (so `class X(5)` calls `int(...)`, `class T(module)` calls
    // the module type); a candidate that is a class is then replaced by the
    // most derived metaclass of the bases.
    let meta = match meta {
        Some(m) => m,
        None => match bases.first() {
            Some(b0) => Value::Obj(vm.type_of(b0).clone()),
            None => Value::Obj(vm.types.type_.clone()),
        },
    };
    let meta = match &meta {
        Value::Obj(m) if m.as_class().is_some() => {
            let mut best = m.clone();
            for b in &bases {
                let bt = vm.type_of(b).clone();
                if is_subclass(&best, &bt) {
                    continue;
                }
                if is_subclass(&bt, &best) {
                    best = bt;
                } else {
                    return Err(vm.new_error(
                        "TypeError",
                        "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
                    ));
                }
            }
            Value::Obj(best)
        }
        _ => meta,
    };
    let bases_t = vm.new_tuple(bases.clone());
    let prep = vm.names.prepare.clone();
    let ns = match vm.getattr_opt(&meta, &prep)? {
        Some(p) if !matches!(p.payload(), Some(Payload::Method(_, f)) if matches!(f.payload(), Some(Payload::Builtin(_)))) =>
        {
            let mut a = vec![Value::Str(name.clone()), bases_t.clone()];
            a.truncate(2);
            let r = vm.call(&p, Args { pos: &a, kw: &kw })?;
            match r {
                Value::Obj(o) => o,
                _ => return Err(vm.new_error("TypeError", "__prepare__ must return a mapping")),
            }
        }
        _ => vm.new_dict_obj(DictTable::new()),
    };
    let pf = match func.payload() {
        Some(Payload::Function(f)) => f,
        _ => return Err(vm.new_error("TypeError", "__build_class__: func must be a function")),
    };
    let regs = vm.bind_args(pf, &[], &[])?;
    let mut frame = vm.function_frame(pf, regs)?;
    frame.locals = Some(ns.clone());
    frame.mode = ReturnMode::Boundary;
    if vm.depth >= vm.recursion_limit {
        return Err(vm.new_error("RuntimeError", "maximum recursion depth exceeded"));
    }
    vm.depth += 1;
    let cell = match vm.run_frame(frame)? {
        crate::vm::eval::FrameExit::Return(v) | crate::vm::eval::FrameExit::Yield(v) => v,
    };
    let cls = match &meta {
        Value::Obj(m) if Rc::ptr_eq(m, &vm.types.type_) => {
            let m = m.clone();
            vm.make_class(&m, name, bases, &ns, &kw)?
        }
        _ => {
            let a = vec![Value::Str(name), bases_t, Value::Obj(ns)];
            vm.call(&meta, Args { pos: &a, kw: &kw })?
        }
    };
    if let Some(Payload::Cell(c)) = cell.payload() {
        *c.borrow_mut() = cls.clone();
    }
    Ok(cls)
}

fn import(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let name = match args.pos.first().or_else(|| args.kwarg("name")) {
        Some(n) => want_str(vm, n, "__import__() argument 1")?,
        None => {
            return Err(vm.new_error(
                "TypeError",
                "__import__() missing required argument 'name' (pos 1)",
            ))
        }
    };
    let name = vm.intern(name.as_str());
    vm.import_module(&name, &Value::None)
}

/// Compiles source text for exec/eval/compile; a SyntaxError becomes a Python exception.
pub fn compile_source(
    vm: &mut Vm,
    src: &str,
    filename: &str,
    mode: &str,
) -> PyResult<Rc<crate::bytecode::Code>> {
    let (pmode, cmode) = match mode {
        "exec" => (crate::syntax::Mode::Exec, crate::compile::CompileMode::Exec),
        "eval" => (crate::syntax::Mode::Eval, crate::compile::CompileMode::Eval),
        "single" => (
            crate::syntax::Mode::Single,
            crate::compile::CompileMode::Single,
        ),
        _ => {
            return Err(vm.new_error(
                "ValueError",
                "compile() arg 3 must be 'exec', 'eval' or 'single'",
            ))
        }
    };
    let tree = match crate::syntax::parse(src, pmode) {
        Ok(t) => t,
        Err(e) if e.kind == crate::syntax::SyntaxErrorKind::TimeLimit => {
            return Err(vm.interrupted())
        }
        Err(e) => {
            let e = e.with_source(src);
            return Err(PyErr::Exc(vm.syntax_error_value(&e, filename)));
        }
    };
    match crate::compile::compile(&tree, filename, src, cmode) {
        Ok(c) => Ok(c),
        Err(e) if e.kind == crate::syntax::SyntaxErrorKind::TimeLimit => Err(vm.interrupted()),
        Err(e) => {
            let e = e.with_source(src);
            Err(PyErr::Exc(vm.syntax_error_value(&e, filename)))
        }
    }
}

fn source_of(
    vm: &mut Vm,
    v: &Value,
    func: &str,
) -> PyResult<Result<String, Rc<crate::bytecode::Code>>> {
    if let Some(s) = v.as_pystr() {
        return Ok(Ok(s.as_str().to_string()));
    }
    match v.payload() {
        Some(Payload::Code(c)) => Ok(Err(c.clone())),
        Some(Payload::Bytes(b)) => Ok(Ok(String::from_utf8_lossy(b).into_owned())),
        _ => {
            let what = if func == "compile" { "AST" } else { "code" };
            let msg = format!(
                "{}() arg 1 must be a string, bytes or {} object",
                func, what
            );
            Err(vm.new_error("TypeError", &msg))
        }
    }
}

/// Runs a module-level code object in the namespace `globals`.
pub fn run_code(vm: &mut Vm, code: Rc<crate::bytecode::Code>, globals: Rc<Obj>) -> PyResult<Value> {
    run_code_in(vm, code, globals, None)
}

fn run_code_in(
    vm: &mut Vm,
    code: Rc<crate::bytecode::Code>,
    globals: Rc<Obj>,
    locals: Option<Rc<Obj>>,
) -> PyResult<Value> {
    // Make sure the namespace has __builtins__.
    let bn = vm.names.builtins.clone();
    if vm.dict_get_str(&globals, &bn).is_none() {
        let b = Value::Obj(vm.builtins.clone());
        vm.ns_store(&globals, bn, b)?;
    } else {
        vm.register_globals_builtins(&globals);
    }
    let undef = Value::Obj(vm.undef.clone());
    let mut regs = Vec::with_capacity(code.nslots() + code.stacksize as usize);
    regs.resize(code.nslots(), undef);
    let same = locals
        .as_ref()
        .map(|l| Rc::ptr_eq(l, &globals))
        .unwrap_or(true);
    let frame = crate::vm::Frame {
        code,
        ip: 0,
        regs,
        globals,
        locals: if same { None } else { locals },
        mode: ReturnMode::Boundary,
        gen: None,
    };
    if vm.depth >= vm.recursion_limit {
        return Err(vm.new_error("RuntimeError", "maximum recursion depth exceeded"));
    }
    vm.depth += 1;
    match vm.run_frame(frame)? {
        crate::vm::eval::FrameExit::Return(v) | crate::vm::eval::FrameExit::Yield(v) => Ok(v),
    }
}

fn exec_eval(vm: &mut Vm, args: Args<'_>, mode: &str) -> PyResult<Value> {
    check_args(vm, mode, &args, 1, 3)?;
    let src = source_of(vm, &args.pos[0], mode)?;
    let given_g = args.pos.get(1).filter(|v| !v.is_none()).cloned();
    let given_l = args.pos.get(2).filter(|v| !v.is_none()).cloned();
    // CPython 3.4's checks and messages, in its order.
    let is_mapping = |vm: &Vm, v: &Value| {
        let gi = vm.names.getitem.clone();
        crate::objects::class::lookup(vm.type_of(v), &gi).is_some()
    };
    if let Some(l) = &given_l {
        if !is_mapping(vm, l) || l.as_obj().is_none() {
            let msg = if mode == "exec" {
                format!("locals must be a mapping or None, not {}", vm.type_name(l))
            } else {
                "locals must be a mapping".to_string()
            };
            return Err(vm.new_error("TypeError", &msg));
        }
    }
    let g = match &given_g {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Dict(_)) => Some(o.clone()),
        Some(g) => {
            let msg = if mode == "exec" {
                format!("exec() globals must be a dict, not {}", vm.type_name(g))
            } else if is_mapping(vm, g) {
                "globals must be a real dict; try eval(expr, {}, mapping)".to_string()
            } else {
                "globals must be a dict".to_string()
            };
            return Err(vm.new_error("TypeError", &msg));
        }
        None => None,
    };
    let l = given_l.and_then(|l| l.as_obj().cloned());
    let (g, l) = match g {
        Some(g) => {
            let l = l.unwrap_or_else(|| g.clone());
            (g, Some(l))
        }
        None => {
            let g = ctx_globals(vm);
            let l = match l {
                Some(l) => l,
                None => ctx_locals(vm)?,
            };
            (g, Some(l))
        }
    };
    let code = match src {
        Ok(text) => {
            let text = if mode == "eval" {
                text.trim_start_matches([' ', '\t']).to_string()
            } else {
                text
            };
            let from_lib = vm
                .frame_ctx
                .as_ref()
                .and_then(|c| c.code.as_ref())
                .is_some_and(|c| c.filename.as_str().starts_with(LIB_PREFIX));
            if from_lib {
                // Source the standard library generates (namedtuple's
                // __new__): compiled once per thread.
                crate::modules::embedded::compiled_lib_source(vm, &text, mode)?
            } else {
                compile_source(vm, &text, "<string>", mode)?
            }
        }
        Err(c) => c,
    };
    let r = run_code_in(vm, code, g, l)?;
    Ok(if mode == "exec" { Value::None } else { r })
}

fn exec(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    exec_eval(vm, args, "exec")
}

fn eval(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    exec_eval(vm, args, "eval")
}

/// The `compile()` flags CPython 3.4 accepts: the `__future__` features
/// (`PyCF_MASK`), `CO_NESTED`, `PyCF_DONT_IMPLY_DEDENT` and `PyCF_ONLY_AST`.
const COMPILE_FLAGS: i64 = 0x7e000 | 0x10 | 0x200 | 0x400;
/// `ast.PyCF_ONLY_AST`.
const PYCF_ONLY_AST: i64 = 0x400;

/// `compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)`
/// with CPython 3.4's argument checks in its order.
fn compile(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    const NAMES: &[&str] = &[
        "source",
        "filename",
        "mode",
        "flags",
        "dont_inherit",
        "optimize",
    ];
    let a = super::kwparse::bind(vm, "compile", &args, NAMES, 3)?;
    let arg = |i: usize| a.get(i).cloned().flatten().unwrap_or_default();
    let src = arg(0);
    let filename = compile_filename(vm, &arg(1))?;
    let mode_v = arg(2);
    let mode = match mode_v.as_pystr() {
        Some(m) => m.clone(),
        None => {
            let msg = format!(
                "compile() argument 3 must be str, not {}",
                vm.type_name(&mode_v)
            );
            return Err(vm.new_error("TypeError", &msg));
        }
    };
    let mut ints = [0i64, 0, -1];
    for (slot, i) in ints.iter_mut().zip(3..6) {
        if let Some(v) = a.get(i).cloned().flatten() {
            *slot = super::kwparse::c_int(vm, &v)?;
        }
    }
    let [flags, _dont_inherit, optimize] = ints;
    if flags & !COMPILE_FLAGS != 0 {
        return Err(vm.new_error("ValueError", "compile(): unrecognised flags"));
    }
    if !(-1..=2).contains(&optimize) {
        return Err(vm.new_error("ValueError", "compile(): invalid optimize value"));
    }
    if !matches!(mode.as_str(), "exec" | "eval" | "single") {
        return Err(vm.new_error(
            "ValueError",
            "compile() arg 3 must be 'exec', 'eval' or 'single'",
        ));
    }
    if crate::modules::ast_native::is_ast(vm, &src) {
        if flags & PYCF_ONLY_AST != 0 {
            return Ok(src);
        }
        let code = crate::modules::ast_native::compile_object(vm, &src, &filename, mode.as_str())?;
        let cls = vm.types.code.clone();
        return Ok(vm.alloc(&cls, Payload::Code(code)));
    }
    let text = match source_of(vm, &src, "compile")? {
        Ok(t) => t,
        Err(_) => {
            return Err(vm.new_error(
                "TypeError",
                "compile() arg 1 must be a string, bytes or AST object",
            ))
        }
    };
    if text.contains('\0') {
        return Err(vm.new_error("TypeError", "source code string cannot contain null bytes"));
    }
    if flags & PYCF_ONLY_AST != 0 {
        return crate::modules::ast_native::parse_object(vm, &text, &filename, mode.as_str());
    }
    let code = compile_source(vm, &text, &filename, mode.as_str())?;
    let cls = vm.types.code.clone();
    Ok(vm.alloc(&cls, Payload::Code(code)))
}

/// `compile()`'s filename, converted as CPython 3.4's `PyUnicode_FSDecoder`
/// does: a str, or anything `bytes()` of a buffer or an iterable accepts.
fn compile_filename(vm: &mut Vm, v: &Value) -> PyResult<String> {
    if let Some(s) = v.as_pystr() {
        return Ok(s.as_str().to_string());
    }
    if let Some(b) = crate::objects::buffer::buffer_of(v) {
        return Ok(String::from_utf8_lossy(&b).into_owned());
    }
    // PyBytes_FromObject: an iterable of ints (not an int, which bytes() takes as a size).
    if matches!(
        v,
        Value::Int(_) | Value::Bool(_) | Value::Float(_) | Value::None
    ) || matches!(v.payload(), Some(Payload::Int(_)))
    {
        let msg = format!("'{}' object is not iterable", vm.type_name(v));
        return Err(vm.new_error("TypeError", &msg));
    }
    let bytes_cls = Value::Obj(vm.types.bytes.clone());
    let b = vm.call(&bytes_cls, Args::new(std::slice::from_ref(v)))?;
    let raw = crate::objects::buffer::buffer_of(&b)
        .map(|x| x.into_vec())
        .unwrap_or_default();
    Ok(String::from_utf8_lossy(&raw).into_owned())
}

/// `open(file, mode='r', ...)`. The sandbox has no file system, but the
/// file descriptors 0, 1 and 2 are the standard streams, as in CPython
/// (`open(0).read()` is a common way to read all of stdin): `open(0)` reads
/// stdin (`open(0, 'rb')` as bytes), `open(1, 'w')` / `open(2, 'w')` write
/// stdout / stderr. Anything else raises PermissionError.
fn open(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some(file) = args
        .pos
        .first()
        .cloned()
        .or_else(|| args.kwarg("file").cloned())
    else {
        return Err(vm.new_error("TypeError", "Required argument 'file' (pos 1) not found"));
    };
    let mode = match args.pos.get(1).or_else(|| args.kwarg("mode")) {
        Some(m) => want_str(vm, m, "open() argument 2")?.as_str().to_string(),
        None => "r".to_string(),
    };
    if let Value::Int(fd @ 0..=2) = file {
        let reading = !mode.contains(['w', 'a', 'x', '+']);
        if reading == (fd == 0) {
            let stream = crate::modules::sys::stream(vm, fd as u8);
            if mode.contains('b') {
                let name = vm.intern("buffer");
                return vm.getattr(&stream, &name);
            }
            return Ok(stream);
        }
    }
    let cls = Value::Obj(vm.exc_class("PermissionError"));
    let msg = Value::str("Permission denied: file access is disabled in this sandbox");
    let e = vm.call(
        &cls,
        Args {
            pos: &[Value::Int(13), msg, file],
            kw: &[],
        },
    )?;
    match e {
        Value::Obj(o) => Err(PyErr::Exc(o)),
        _ => Err(vm.new_error("PermissionError", "file access is disabled in this sandbox")),
    }
}

// ---- iterator classes ----------------------------------------------------

fn enumerate_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let it = match args.pos.get(1).or_else(|| args.kwarg("iterable")) {
        Some(v) => v.clone(),
        None => {
            return Err(vm.new_error(
                "TypeError",
                "Required argument 'iterable' (pos 1) not found",
            ))
        }
    };
    let start = match args.pos.get(2).or_else(|| args.kwarg("start")) {
        Some(s) => match crate::vm::ops::num_of(s) {
            Some(crate::vm::ops::Num::B(b)) => vm.int_from_big(b),
            _ => Value::Int(vm.index_value(s)?),
        },
        None => Value::Int(0),
    };
    let inner = vm.iter(&it)?;
    let cls = vm.types.enumerate.clone();
    Ok(vm.new_iter(
        &cls,
        IterState::Enumerate {
            it: inner,
            n: start,
        },
    ))
}

fn zip_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(vm.new_error("TypeError", "zip() does not take keyword arguments"));
    }
    let mut its = Vec::new();
    for (i, a) in args.pos[1..].iter().enumerate() {
        match vm.iter(a) {
            Ok(it) => its.push(it),
            Err(PyErr::Exc(e)) if vm.is_instance_of(&e, "TypeError") => {
                let msg = format!("zip argument #{} must support iteration", i + 1);
                return Err(vm.new_error("TypeError", &msg));
            }
            Err(e) => return Err(e),
        }
    }
    let cls = vm.types.zip.clone();
    Ok(vm.new_iter(&cls, IterState::Zip { its }))
}

fn map_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if args.pos.len() < 3 {
        return Err(vm.new_error("TypeError", "map() must have at least two arguments."));
    }
    let f = args.pos[1].clone();
    let mut its = Vec::new();
    for a in &args.pos[2..] {
        its.push(vm.iter(a)?);
    }
    let cls = vm.types.map.clone();
    Ok(vm.new_iter(&cls, IterState::Map { f, its }))
}

fn filter_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let rest = Args::new(&args.pos[1..]);
    check_args(vm, "filter", &rest, 2, 2)?;
    let it = vm.iter(&rest.pos[1])?;
    let cls = vm.types.filter.clone();
    Ok(vm.new_iter(
        &cls,
        IterState::Filter {
            f: rest.pos[0].clone(),
            it,
        },
    ))
}

fn reversed_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let rest = Args::new(&args.pos[1..]);
    check_args(vm, "reversed", &rest, 1, 1)?;
    let seq = rest.pos[0].clone();
    if vm.type_of(&seq).as_class().map(|c| c.heap).unwrap_or(false) {
        let rn = vm.names.reversed.clone();
        let cls = vm.type_of(&seq).clone();
        if let Some(f) = crate::objects::class::lookup(&cls, &rn) {
            if !matches!(f.payload(), Some(Payload::Builtin(_))) {
                return Ok(vm.call_special(&seq, &rn, &[])?.unwrap_or_default());
            }
        }
    }
    if let Some(p @ (Payload::Range(..) | Payload::BigRange(_))) = seq.payload() {
        return Ok(crate::objects::range::reversed(vm, p));
    }
    let ok = seq.as_pystr().is_some()
        || matches!(
            seq.payload(),
            Some(Payload::List(_))
                | Some(Payload::Tuple(_))
                | Some(Payload::Bytes(_))
                | Some(Payload::ByteArray(_))
        )
        || {
            let cls = vm.type_of(&seq).clone();
            let gi = vm.names.getitem.clone();
            let ln = vm.names.len.clone();
            crate::objects::class::lookup(&cls, &gi).is_some()
                && crate::objects::class::lookup(&cls, &ln).is_some()
                && !matches!(seq.payload(), Some(Payload::Dict(_)))
        };
    if !ok {
        return Err(vm.new_error("TypeError", "argument to reversed() must be a sequence"));
    }
    let n = vm.len(&seq)? as i64;
    let cls = if matches!(seq.payload(), Some(Payload::List(_))) {
        vm.types.list_reverseiterator.clone()
    } else {
        vm.types.reversed.clone()
    };
    Ok(vm.new_iter(&cls, IterState::Reversed { seq, idx: n - 1 }))
}

/// Installs the iterator classes' constructors.
pub fn install_iter_classes(vm: &mut Vm) {
    let pairs: Vec<(Rc<Obj>, NativeFn)> = vec![
        (vm.types.enumerate.clone(), enumerate_new),
        (vm.types.zip.clone(), zip_new),
        (vm.types.map.clone(), map_new),
        (vm.types.filter.clone(), filter_new),
        (vm.types.reversed.clone(), reversed_new),
    ];
    for (cls, f) in pairs {
        let v = super::native(vm, "__new__", f, Some(cls.clone()));
        let n = vm.intern("__new__");
        vm.class_set_quiet(&cls, n, v);
    }
    let _ = flags::MODULE;
}
