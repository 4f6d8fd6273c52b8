//! Object-model pieces of the built-in types: `object.__subclasshook__`,
//! `type.__subclasses__`, module objects made by `types.ModuleType(name)`,
//! `__slots__` member descriptors and the read-only `mappingproxy`.

use super::{add_class_methods, add_methods, check_method_args, want_str};
use crate::objects::{DictTable, Obj, Payload, PyStr, Value};
use crate::vm::{Args, PyErr, PyResult, Vm};
use std::rc::Rc;

fn self_arg(args: &Args<'_>) -> Value {
    args.pos.first().cloned().unwrap_or_default()
}

/// `object.__subclasshook__(cls, sub)`: NotImplemented (let `abc` decide).
fn subclasshook(vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(vm.not_implemented.clone())
}

/// `type.__subclasses__(cls)`: the live direct subclasses, oldest first.
fn subclasses(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_method_args(vm, "__subclasses__", &args, 0, 0)?;
    let me = self_arg(&args);
    let items: Vec<Value> = match me.as_class() {
        Some(cd) => {
            let mut list = cd.subclasses.borrow_mut();
            list.retain(|w| w.strong_count() > 0);
            list.iter()
                .filter_map(|w| w.upgrade())
                .map(Value::Obj)
                .collect()
        }
        None => {
            return Err(vm.new_error(
                "TypeError",
                "descriptor '__subclasses__' requires a 'type' object",
            ))
        }
    };
    Ok(vm.new_list(items))
}

/// `module.__new__(cls, name, doc=None)` (`types.ModuleType('m')`).
fn module_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let cls = match args.pos.first() {
        Some(Value::Obj(c)) if c.as_class().is_some() => c.clone(),
        _ => return Err(vm.new_error("TypeError", "module.__new__(X): X is not a type object")),
    };
    let given = args.pos.len() - 1 + args.kw.len();
    if given > 2 {
        // 3.4's module.__init__ parses "U|O:module" (`class T(random_module)`
        // ends here with the class name, bases and namespace).
        let msg = format!("module() takes at most 2 arguments ({given} given)");
        return Err(vm.new_error("TypeError", &msg));
    }
    let ns = vm.new_dict_obj(DictTable::new());
    let name = match args.pos.get(1) {
        Some(v) => want_str(vm, v, "module.__init__() argument 1")?,
        None => match args.kw.iter().find(|(k, _)| k.as_str() == "name") {
            Some((_, v)) => want_str(vm, v, "module.__init__() argument 1")?,
            None => {
                return Err(vm.new_error("TypeError", "Required argument 'name' (pos 1) not found"))
            }
        },
    };
    let doc = args
        .pos
        .get(2)
        .cloned()
        .or_else(|| {
            args.kw
                .iter()
                .find(|(k, _)| k.as_str() == "doc")
                .map(|(_, v)| v.clone())
        })
        .unwrap_or_default();
    for (k, v) in [
        ("__name__", Value::Str(name.clone())),
        ("__doc__", doc),
        ("__package__", Value::None),
        ("__loader__", Value::None),
        ("__spec__", Value::None),
    ] {
        let n = vm.intern(k);
        vm.ns_store(&ns, n, v)?;
    }
    let heap = cls.as_class().map(|c| c.heap).unwrap_or(false);
    let dict = if heap {
        Some(vm.new_dict_obj(DictTable::new()))
    } else {
        None
    };
    let o = Rc::new(Obj {
        cls: Some(cls),
        dict: std::cell::RefCell::new(dict),
        payload: Payload::Module(ns, name),
    });
    vm.gc.track(&o);
    Ok(Value::Obj(o))
}

fn module_init(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::None)
}

/// `types.MethodType(func, obj)`: a bound method.
fn method_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if args.pos.len() != 3 {
        let msg = format!(
            "method expected 2 arguments, got {}",
            args.pos.len().saturating_sub(1)
        );
        return Err(vm.new_error("TypeError", &msg));
    }
    let (func, obj) = (args.pos[1].clone(), args.pos[2].clone());
    if !super::funcs::is_callable(vm, &func) {
        return Err(vm.new_error("TypeError", "first argument must be callable"));
    }
    if obj.is_none() {
        return Err(vm.new_error("TypeError", "self must not be None"));
    }
    let cls = vm.types.method.clone();
    Ok(vm.alloc(&cls, Payload::Method(obj, func)))
}

/// Mangles a private name as the compiler does inside class `cls`
/// (`__x` → `_C__x`); dunder names and classes named only `_` keep it.
pub fn mangle(cls: &str, name: &str) -> String {
    let stripped = cls.trim_start_matches('_');
    if !name.starts_with("__") || name.ends_with("__") || stripped.is_empty() || name.contains('.')
    {
        return name.to_string();
    }
    format!("_{}{}", stripped, name)
}

/// `member.__get__(obj, type)`.
fn member_get(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let me = self_arg(&args);
    let obj = args.pos.get(1).cloned().unwrap_or_default();
    if obj.is_none() {
        return Ok(me);
    }
    if let Some(Payload::Attr(n, owner)) = me.payload() {
        let (n, owner) = (n.clone(), owner.clone());
        if vm.type_name(&obj) != owner.as_str() && !is_builtin_subtype_named(vm, &obj, &owner) {
            return Err(attr_not_applicable(vm, &n, &owner, &obj));
        }
        return match vm.special_attr(&obj, &n)? {
            Some(v) => Ok(v),
            None => Err(attr_not_applicable(vm, &n, &owner, &obj)),
        };
    }
    vm.member_get(&me, &obj)
}

/// `descriptor 'real' for 'int' objects doesn't apply to 'str' object`.
fn attr_not_applicable(vm: &mut Vm, n: &PyStr, owner: &PyStr, obj: &Value) -> PyErr {
    let msg = format!(
        "descriptor '{}' for '{}' objects doesn't apply to '{}' object",
        n.as_str(),
        owner.as_str(),
        vm.type_name(obj)
    );
    vm.new_error("TypeError", &msg)
}

/// `__set__`/`__delete__` of a read-only built-in attribute descriptor.
fn attr_readonly(vm: &mut Vm, me: &Value, obj: &Value) -> Option<PyErr> {
    let Some(Payload::Attr(n, owner)) = me.payload() else {
        return None;
    };
    let (n, owner) = (n.clone(), owner.clone());
    if vm.type_name(obj) != owner.as_str() && !is_builtin_subtype_named(vm, obj, &owner) {
        return Some(attr_not_applicable(vm, &n, &owner, obj));
    }
    let msg = format!(
        "attribute '{}' of '{}' objects is not writable",
        n.as_str(),
        owner.as_str()
    );
    Some(vm.new_error("AttributeError", &msg))
}

/// Whether the class of `obj` has a base named `owner` along its MRO.
fn is_builtin_subtype_named(vm: &Vm, obj: &Value, owner: &PyStr) -> bool {
    let cls = vm.type_of(obj);
    cls.as_class()
        .map(|c| {
            c.mro.borrow().iter().any(|b| {
                b.as_class()
                    .map(|bc| bc.name.borrow().as_str() == owner.as_str())
                    == Some(true)
            })
        })
        .unwrap_or(false)
}

fn member_set(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_method_args(vm, "__set__", &args, 2, 2)?;
    let me = self_arg(&args);
    if let Some(e) = attr_readonly(vm, &me, &args.pos[1]) {
        return Err(e);
    }
    vm.member_set(&me, &args.pos[1], Some(args.pos[2].clone()))?;
    Ok(Value::None)
}

fn member_delete(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_method_args(vm, "__delete__", &args, 1, 1)?;
    let me = self_arg(&args);
    if let Some(e) = attr_readonly(vm, &me, &args.pos[1]) {
        return Err(e);
    }
    vm.member_set(&me, &args.pos[1], None)?;
    Ok(Value::None)
}

impl Vm {
    /// Reads slot `member` of `obj` (slot values live in the hidden table).
    pub fn member_get(&mut self, member: &Value, obj: &Value) -> PyResult<Value> {
        let name = match member.payload() {
            Some(Payload::Member(n, _)) => n.clone(),
            _ => return Err(self.new_error("TypeError", "not a member descriptor")),
        };
        if let Some(v) = obj.as_obj().and_then(|o| o.dict_get(&name)) {
            return Ok(v);
        }
        Err(self.new_error("AttributeError", name.as_str()))
    }

    /// Sets (or with `None` deletes) slot `member` of `obj`.
    pub fn member_set(&mut self, member: &Value, obj: &Value, v: Option<Value>) -> PyResult<()> {
        let name = match member.payload() {
            Some(Payload::Member(n, _)) => n.clone(),
            _ => return Err(self.new_error("TypeError", "not a member descriptor")),
        };
        let d = match obj.as_obj().and_then(|o| o.dict.borrow().clone()) {
            Some(d) => d,
            None => {
                let msg = format!(
                    "descriptor '{}' for objects doesn't apply to '{}' object",
                    name.as_str(),
                    self.type_name(obj)
                );
                return Err(self.new_error("TypeError", &msg));
            }
        };
        match v {
            Some(v) => self.ns_store(&d, name, v),
            None => {
                if self.dict_del_str(&d, &name)? {
                    Ok(())
                } else {
                    Err(self.new_error("AttributeError", name.as_str()))
                }
            }
        }
    }

    /// A member descriptor for slot `name` of class `owner`.
    pub fn new_member(&mut self, name: Rc<PyStr>, owner: Rc<PyStr>) -> Value {
        let cls = self.types.member_descriptor.clone();
        self.alloc(&cls, Payload::Member(name, owner))
    }

    /// A read-only mappingproxy over a class namespace or any mapping.
    pub fn new_mappingproxy(&mut self, target: Value) -> Value {
        let cls = self.types.mappingproxy.clone();
        self.alloc(&cls, Payload::MappingProxy(target))
    }

    /// The mapping a proxy shows: for a class, a snapshot dict of its
    /// namespace; otherwise the wrapped mapping itself.
    pub fn proxy_mapping(&mut self, target: &Value) -> Value {
        match target.as_class() {
            Some(cd) => {
                let mut t = cd.dict.borrow().clone();
                // A built-in type's docstring is made when it is asked for.
                let key = self.names.doc.clone();
                if let Some(doc) = builtin_class_doc(cd, &key) {
                    t.push_new(key.hash(), Value::Str(key), Value::str(doc));
                }
                Value::Obj(self.new_dict_obj(t))
            }
            None => target.clone(),
        }
    }

    /// `proxy[key]`.
    pub fn proxy_getitem(&mut self, target: &Value, key: &Value) -> PyResult<Value> {
        if let Some(cd) = target.as_class() {
            if let Some(s) = key.as_pystr() {
                let found = cd
                    .own(s)
                    .or_else(|| builtin_class_doc(cd, s).map(Value::str));
                return match found {
                    Some(v) => Ok(v),
                    None => Err(self.new_error_value("KeyError", key.clone())),
                };
            }
            return Err(self.new_error_value("KeyError", key.clone()));
        }
        self.getitem(target, key)
    }
}

/// The docstring a built-in class shows as `C.__dict__['__doc__']` when
/// `key` is `__doc__` and its namespace holds none.
fn builtin_class_doc(cd: &crate::objects::ClassData, key: &PyStr) -> Option<&'static str> {
    if cd.heap || key.as_str() != "__doc__" || cd.own(key).is_some() {
        return None;
    }
    crate::objects::docs::type_doc(cd.name.borrow().as_str())
}

fn proxy_target(vm: &mut Vm, args: &Args<'_>) -> PyResult<Value> {
    match args.pos.first().and_then(|v| v.payload()) {
        Some(Payload::MappingProxy(t)) => Ok(t.clone()),
        _ => Err(vm.new_error("TypeError", "descriptor requires a 'mappingproxy' object")),
    }
}

/// `types.MappingProxyType(mapping)`.
fn proxy_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let m = match args.pos.get(1) {
        Some(m) if args.pos.len() == 2 => m.clone(),
        _ => {
            let msg = "Required argument 'mapping' (pos 1) not found".to_string();
            return Err(vm.new_error("TypeError", &msg));
        }
    };
    let ok = match m.payload() {
        Some(Payload::Dict(_)) | Some(Payload::MappingProxy(_)) => true,
        Some(Payload::List(_)) | Some(Payload::Tuple(_)) => false,
        _ => {
            let cls = vm.type_of(&m).clone();
            let gi = vm.names.getitem.clone();
            crate::objects::class::lookup(&cls, &gi).is_some() && m.as_pystr().is_none()
        }
    };
    if !ok {
        let msg = format!(
            "mappingproxy() argument must be a mapping, not {}",
            vm.type_name(&m)
        );
        return Err(vm.new_error("TypeError", &msg));
    }
    Ok(vm.new_mappingproxy(m))
}

fn proxy_getitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_method_args(vm, "__getitem__", &args, 1, 1)?;
    let t = proxy_target(vm, &args)?;
    vm.proxy_getitem(&t, &args.pos[1])
}

fn proxy_get(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_method_args(vm, "get", &args, 1, 2)?;
    let t = proxy_target(vm, &args)?;
    let key = args.pos[1].clone();
    let m = vm.proxy_mapping(&t);
    if vm.contains(&m, &key)? {
        vm.proxy_getitem(&t, &key)
    } else {
        Ok(args.pos.get(2).cloned().unwrap_or_default())
    }
}

fn proxy_delegate(vm: &mut Vm, args: Args<'_>, method: &str) -> PyResult<Value> {
    let t = proxy_target(vm, &args)?;
    let m = vm.proxy_mapping(&t);
    let name = vm.intern(method);
    let f = vm.getattr(&m, &name)?;
    vm.call(
        &f,
        Args {
            pos: &args.pos[1..],
            kw: args.kw,
        },
    )
}

fn proxy_keys(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    proxy_delegate(vm, args, "keys")
}

fn proxy_values(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    proxy_delegate(vm, args, "values")
}

fn proxy_items(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    proxy_delegate(vm, args, "items")
}

fn proxy_copy(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let t = proxy_target(vm, &args)?;
    if t.as_class().is_some() {
        return Ok(vm.proxy_mapping(&t));
    }
    proxy_delegate(vm, args, "copy")
}

fn proxy_contains(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_method_args(vm, "__contains__", &args, 1, 1)?;
    let t = proxy_target(vm, &args)?;
    let m = vm.proxy_mapping(&t);
    Ok(Value::Bool(vm.contains(&m, &args.pos[1])?))
}

fn proxy_len(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let t = proxy_target(vm, &args)?;
    let m = vm.proxy_mapping(&t);
    Ok(Value::Int(vm.len(&m)? as i64))
}

fn proxy_iter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let t = proxy_target(vm, &args)?;
    let m = vm.proxy_mapping(&t);
    vm.iter(&m)
}

fn proxy_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let t = proxy_target(vm, &args)?;
    let m = vm.proxy_mapping(&t);
    let r = vm.repr(&m)?;
    Ok(Value::string(format!("mappingproxy({})", r)))
}

fn proxy_eq(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_method_args(vm, "__eq__", &args, 1, 1)?;
    let t = proxy_target(vm, &args)?;
    let m = vm.proxy_mapping(&t);
    vm.compare(&m, &args.pos[1], crate::bytecode::CmpOp::Eq)
}

/// Installs the methods of this file's types.
pub fn install(vm: &mut Vm) {
    let object = vm.types.object.clone();
    add_class_methods(vm, &object, &[("__subclasshook__", subclasshook)]);
    let ty = vm.types.type_.clone();
    add_methods(vm, &ty, &[("__subclasses__", subclasses)]);
    let module = vm.types.module.clone();
    add_methods(
        vm,
        &module,
        &[("__new__", module_new), ("__init__", module_init)],
    );
    let method = vm.types.method.clone();
    add_methods(vm, &method, &[("__new__", method_new)]);
    let member = vm.types.member_descriptor.clone();
    let getset = vm.types.getset_descriptor.clone();
    for cls in [member, getset] {
        add_methods(
            vm,
            &cls,
            &[
                ("__get__", member_get),
                ("__set__", member_set),
                ("__delete__", member_delete),
            ],
        );
    }
    let proxy = vm.types.mappingproxy.clone();
    add_methods(
        vm,
        &proxy,
        &[
            ("__new__", proxy_new),
            ("__getitem__", proxy_getitem),
            ("__contains__", proxy_contains),
            ("__len__", proxy_len),
            ("__iter__", proxy_iter),
            ("__repr__", proxy_repr),
            ("__eq__", proxy_eq),
            ("get", proxy_get),
            ("keys", proxy_keys),
            ("values", proxy_values),
            ("items", proxy_items),
            ("copy", proxy_copy),
        ],
    );
    crate::vm::weakref::install(vm);
    install_length_hints(vm);
    install_function_attrs(vm);
    install_number_attrs(vm);
    super::layout::install_type_attrs(vm);
    crate::objects::dict_methods::install_view_methods(vm);
}

/// The descriptors behind `int.real`, `float.imag`, `complex.real`, …: so
/// `type(int.real)` is `getset_descriptor`, `int.numerator.__get__(7)` is 7
/// and `dir(5)` lists them (instances read the values from their payload).
fn install_number_attrs(vm: &mut Vm) {
    let getset = vm.types.getset_descriptor.clone();
    let member = vm.types.member_descriptor.clone();
    let groups = [
        (
            vm.types.int.clone(),
            "int",
            &["real", "imag", "numerator", "denominator"][..],
            &getset,
        ),
        (
            vm.types.float.clone(),
            "float",
            &["real", "imag"][..],
            &getset,
        ),
        (
            vm.types.complex.clone(),
            "complex",
            &["real", "imag"][..],
            &member,
        ),
    ];
    for (cls, owner, names, kind) in groups {
        let owner = vm.intern(owner);
        for name in names {
            let n = vm.intern(name);
            let d = vm.alloc(kind, Payload::Attr(n.clone(), owner.clone()));
            vm.class_set_quiet(&cls, n, d);
        }
    }
}

/// What `__slots__` gives the instances of a new class.
#[derive(Default)]
pub struct SlotLayout {
    /// All slot names along the bases, when instances have no `__dict__`.
    pub slots: Option<Vec<Rc<PyStr>>>,
    /// Instances keep their slots in a hidden table (`obj.__dict__` fails).
    pub hide_dict: bool,
    /// The class declares `__slots__` at all.
    pub declared: bool,
    /// `'__dict__'` is one of the slots.
    pub dict_slot: bool,
    /// `'__weakref__'` is one of the slots.
    pub weakref_slot: bool,
}

impl Vm {
    /// Reads `__slots__` from a class namespace being built: mangles the
    /// names, checks them, adds a member descriptor per slot to `table`,
    /// and returns what the instances get (see [`SlotLayout`]). Without
    /// `__slots__` instances have a `__dict__` and weak references.
    pub fn class_slots(
        &mut self,
        class_name: &Rc<PyStr>,
        bases: &[Rc<Obj>],
        table: &mut DictTable,
    ) -> PyResult<SlotLayout> {
        let sn = self.names.slots.clone();
        let decl = match table.get_str(&sn).cloned() {
            Some(s) => s,
            None => return Ok(SlotLayout::default()),
        };
        let items = if decl.as_pystr().is_some() {
            vec![decl.clone()]
        } else {
            self.iterate(&decl)?
        };
        if !items.is_empty() {
            // CPython's variable-size instances (int, tuple, bytes) leave no
            // room for slots.
            let t = &self.types;
            let varsize = [t.int.clone(), t.tuple.clone(), t.bytes.clone()];
            let solid = bases.iter().find(|b| {
                varsize.iter().any(|v| Rc::ptr_eq(b, v))
                    || b.as_class().is_some_and(|c| {
                        c.mro
                            .borrow()
                            .iter()
                            .any(|m| varsize.iter().any(|v| Rc::ptr_eq(m, v)))
                    })
            });
            if let Some(b) = solid {
                let name = b.as_class().map(|c| c.name.borrow().clone());
                let msg = format!(
                    "nonempty __slots__ not supported for subtype of '{}'",
                    name.as_ref().map(|n| n.as_str()).unwrap_or("?")
                );
                return Err(self.new_error("TypeError", &msg));
            }
        }
        let mut names: Vec<Rc<PyStr>> = Vec::new();
        let mut wants_dict = false;
        let mut wants_weakref = false;
        for it in items {
            let s = match it.as_pystr() {
                Some(s) => s.clone(),
                None => {
                    let msg = format!(
                        "__slots__ items must be strings, not '{}'",
                        self.type_name(&it)
                    );
                    return Err(self.new_error("TypeError", &msg));
                }
            };
            let valid = s
                .as_str()
                .chars()
                .next()
                .map(|c| c == '_' || c.is_alphabetic())
                .unwrap_or(false)
                && s.as_str().chars().all(|c| c == '_' || c.is_alphanumeric());
            if !valid {
                return Err(self.new_error("TypeError", "__slots__ must be identifiers"));
            }
            match s.as_str() {
                "__dict__" => {
                    if wants_dict {
                        return Err(self.new_error(
                            "TypeError",
                            "__dict__ slot disallowed: we already got one",
                        ));
                    }
                    wants_dict = true;
                    continue;
                }
                "__weakref__" => {
                    if wants_weakref {
                        return Err(self.new_error(
                            "TypeError",
                            "__weakref__ slot disallowed: either we already got one, or the base type's itemsize is nonzero",
                        ));
                    }
                    wants_weakref = true;
                    continue;
                }
                _ => {}
            }
            let m = mangle(class_name.as_str(), s.as_str());
            let m = self.intern(&m);
            if table.get_str(&m).is_some() {
                let msg = format!(
                    "'{}' in __slots__ conflicts with class variable",
                    s.as_str()
                );
                return Err(self.new_error("ValueError", &msg));
            }
            if !names.iter().any(|n| n.as_str() == m.as_str()) {
                names.push(m);
            }
        }
        for n in &names {
            let member = self.new_member(n.clone(), class_name.clone());
            table.push_new(n.hash(), Value::Str(n.clone()), member);
        }
        // Instances have a visible __dict__ when a base gives them one.
        let base_dict = bases.iter().any(|b| {
            b.as_class()
                .map(|c| (c.heap && !c.hide_dict) || (!c.heap && c.has_dict))
                .unwrap_or(false)
        });
        if wants_dict || base_dict {
            return Ok(SlotLayout {
                declared: true,
                dict_slot: wants_dict,
                weakref_slot: wants_weakref,
                ..SlotLayout::default()
            });
        }
        let mut all = names;
        for b in bases {
            if let Some(bs) = b.as_class().and_then(|c| c.slots.clone()) {
                for n in bs {
                    if !all.iter().any(|x| x.as_str() == n.as_str()) {
                        all.push(n);
                    }
                }
            }
        }
        Ok(SlotLayout {
            slots: Some(all),
            hide_dict: true,
            declared: true,
            dict_slot: false,
            weakref_slot: wants_weakref,
        })
    }
}

/// `iterator.__length_hint__()`: how many items remain (`operator.length_hint`).
fn iter_length_hint(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    use crate::vm::iter::IterState;
    let me = self_arg(&args);
    let st = match me.payload() {
        Some(Payload::Iter(st)) => st,
        _ => return Ok(vm.not_implemented.clone()),
    };
    let reversed = match &*st.borrow() {
        IterState::Reversed { seq, idx } => Some((seq.clone(), *idx)),
        _ => None,
    };
    if let Some((seq, idx)) = reversed {
        // CPython's reversed_len: index + 1, or 0 once the sequence shrank.
        let position = idx.saturating_add(1);
        let n = if position <= 0 {
            0
        } else {
            vm.len(&seq)? as i64
        };
        return Ok(Value::Int(if n < position { 0 } else { position }));
    }
    let n: i64 = match &*st.borrow() {
        IterState::Seq { seq, idx } => {
            let len = match seq.payload() {
                Some(Payload::List(l)) => l.borrow().len(),
                Some(Payload::Tuple(t)) => t.len(),
                Some(Payload::Bytes(b)) => b.len(),
                Some(Payload::ByteArray(b)) => b.borrow().len(),
                _ => seq.as_pystr().map(|s| s.len).unwrap_or(0),
            };
            len.saturating_sub(*idx) as i64
        }
        IterState::Str { s, byte } if s.is_wide() => s.len.saturating_sub(*byte) as i64,
        IterState::Str { s, byte } => {
            s.s.get(*byte..).map(|r| r.chars().count()).unwrap_or(0) as i64
        }
        IterState::Range { cur, stop, step } => crate::builtins::range_len(*cur, *stop, *step),
        IterState::Items { items, idx } | IterState::SetItems { items, idx, .. } => {
            items.len().saturating_sub(*idx) as i64
        }
        IterState::Dict { d, pos, len, .. } => match d.table() {
            // CPython's dictiter_len: the items left, 0 once the dict changed size.
            Some(t) if t.borrow().len() == *len => {
                let tb = t.borrow();
                let mut left = 0i64;
                let mut at = *pos;
                while let Some((i, _)) = tb.next_from(at) {
                    left += 1;
                    at = i + 1;
                }
                left
            }
            _ => 0,
        },
        IterState::Done => 0,
        _ => return Ok(vm.not_implemented.clone()),
    };
    Ok(Value::Int(n))
}

/// `reversed.__setstate__(index)`: moves the position, clamped to
/// `-1..=len-1` (CPython's reversed_setstate).
fn reversed_setstate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    use crate::vm::iter::IterState;
    crate::builtins::check_method_args(vm, "__setstate__", &args, 1, 1)?;
    let state = args.pos.get(1).cloned().unwrap_or_default();
    let index = match crate::builtins::to_int(&state) {
        Some(crate::num::Int::Small(i)) => i,
        Some(crate::num::Int::Big(_)) => {
            return Err(vm.new_error(
                "OverflowError",
                "Python int too large to convert to C ssize_t",
            ))
        }
        None => return Err(vm.new_error("TypeError", "an integer is required")),
    };
    let me = self_arg(&args);
    let seq = match me.payload() {
        Some(Payload::Iter(st)) => match &*st.borrow() {
            IterState::Reversed { seq, .. } => Some(seq.clone()),
            _ => None,
        },
        _ => None,
    };
    if let Some(seq) = seq {
        let n = vm.len(&seq)? as i64;
        let clamped = index.clamp(-1, (n - 1).max(-1));
        if let Some(Payload::Iter(st)) = me.payload() {
            if let IterState::Reversed { idx, .. } = &mut *st.borrow_mut() {
                *idx = clamped;
            }
        }
    }
    Ok(Value::None)
}

/// `reversed.__reduce__()`: `(reversed, (seq,), index)`, or
/// `(reversed, ((),))` once exhausted.
fn reversed_reduce(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    use crate::vm::iter::IterState;
    crate::builtins::check_method_args(vm, "__reduce__", &args, 0, 0)?;
    let me = self_arg(&args);
    let state = match me.payload() {
        Some(Payload::Iter(st)) => match &*st.borrow() {
            IterState::Reversed { seq, idx } => Some((seq.clone(), *idx)),
            _ => None,
        },
        _ => None,
    };
    let cls = Value::Obj(vm.types.reversed.clone());
    match state {
        Some((seq, idx)) => {
            let a = vm.new_tuple(vec![seq]);
            Ok(vm.new_tuple(vec![cls, a, Value::Int(idx)]))
        }
        None => {
            let empty = vm.new_tuple(vec![]);
            let a = vm.new_tuple(vec![empty]);
            Ok(vm.new_tuple(vec![cls, a]))
        }
    }
}

/// Installs `__length_hint__` on the native iterator classes.
pub fn install_length_hints(vm: &mut Vm) {
    let classes = [
        vm.types.list_iterator.clone(),
        vm.types.tuple_iterator.clone(),
        vm.types.str_iterator.clone(),
        vm.types.range_iterator.clone(),
        vm.types.set_iterator.clone(),
        vm.types.dict_keyiterator.clone(),
        vm.types.iterator.clone(),
        vm.types.reversed.clone(),
        vm.types.bytes_iterator.clone(),
        vm.types.bytearray_iterator.clone(),
        vm.types.longrange_iterator.clone(),
        vm.types.dict_valueiterator.clone(),
        vm.types.dict_itemiterator.clone(),
        vm.types.list_reverseiterator.clone(),
    ];
    for c in classes {
        add_methods(vm, &c, &[("__length_hint__", iter_length_hint)]);
    }
    for rev in [
        vm.types.reversed.clone(),
        vm.types.list_reverseiterator.clone(),
    ] {
        add_methods(
            vm,
            &rev,
            &[
                ("__setstate__", reversed_setstate),
                ("__reduce__", reversed_reduce),
            ],
        );
    }
}

/// Descriptors for the computed attributes of functions, so that
/// `types.GetSetDescriptorType = type(FunctionType.__code__)` and
/// `types.MemberDescriptorType = type(FunctionType.__globals__)` work
/// (their values come from `Vm::special_attr`).
fn install_function_attrs(vm: &mut Vm) {
    let func = vm.types.function.clone();
    let owner = vm.intern("function");
    let getset = vm.types.getset_descriptor.clone();
    let member = vm.types.member_descriptor.clone();
    let entries = [
        ("__code__", &getset),
        ("__defaults__", &getset),
        ("__kwdefaults__", &getset),
        ("__annotations__", &getset),
        ("__globals__", &member),
        ("__closure__", &member),
        ("__name__", &getset),
        ("__qualname__", &getset),
        ("__dict__", &getset),
        ("__module__", &member),
        ("__doc__", &member),
    ];
    for (name, cls) in entries {
        let n = vm.intern(name);
        let d = vm.alloc(cls, Payload::Attr(n.clone(), owner.clone()));
        vm.class_set_quiet(&func, n, d);
    }
}

impl Vm {
    /// `obj.__class__ = cls` with CPython 3.4's checks: both classes are
    /// heap types with the same instance layout (payload, slots, `__dict__`).
    /// Only plain instances can change class (see `ClassChain`).
    pub fn set_class(&mut self, obj: &Value, v: Value) -> PyResult<()> {
        let new = match &v {
            Value::Obj(c) if c.as_class().is_some() => c.clone(),
            _ => {
                let msg = format!(
                    "__class__ must be set to a class, not '{}' object",
                    self.type_name(&v)
                );
                return Err(self.new_error("TypeError", &msg));
            }
        };
        let old = self.type_of(obj).clone();
        let (oc, nc) = match (old.as_class(), new.as_class()) {
            (Some(a), Some(b)) => (a, b),
            _ => {
                return Err(self.new_error("TypeError", "__class__ assignment: only for heap types"))
            }
        };
        if !oc.heap || !nc.heap {
            return Err(self.new_error("TypeError", "__class__ assignment: only for heap types"));
        }
        let slot_names = |s: &Option<Vec<Rc<PyStr>>>| {
            let mut v: Vec<String> = s
                .as_ref()
                .map(|s| s.iter().map(|n| n.as_str().to_string()).collect())
                .unwrap_or_default();
            v.sort();
            v
        };
        let same = oc.layout == nc.layout
            && oc.hide_dict == nc.hide_dict
            && slot_names(&oc.slots) == slot_names(&nc.slots);
        let chain = match obj.payload() {
            Some(Payload::Instance(chain)) if same => chain,
            _ => {
                let msg = format!(
                    "__class__ assignment: '{}' object layout differs from '{}'",
                    nc.name.borrow().as_str(),
                    oc.name.borrow().as_str()
                );
                return Err(self.new_error("TypeError", &msg));
            }
        };
        if Rc::ptr_eq(&old, &new) {
            return Ok(());
        }
        if !chain.push(new) {
            let msg = format!(
                "__class__ assignment: an object can change class at most {} times",
                crate::objects::class::CLASS_CHAIN_LIMIT
            );
            return Err(self.new_error("TypeError", &msg));
        }
        Ok(())
    }
}
