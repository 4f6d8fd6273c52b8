//! Attributes every object of a built-in kind has without a class entry
//! (`__class__`, `__dict__`, function and exception attributes, …), imports,
//! and the interactive display hook.

use super::{PyResult, Vm};
use crate::objects::{Obj, Payload, PyStr, Value};
use std::rc::Rc;

impl Vm {
    /// Built-in attributes of instances (an instance of a built-in type
    /// without its own `__doc__` answers its type's).
    pub fn special_attr(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<Option<Value>> {
        let r = self.payload_attr(obj, name)?;
        if r.is_none() && name.as_str() == "__doc__" {
            let cls = self.type_of(obj).clone();
            return self.class_special_attr(&cls, name);
        }
        Ok(r)
    }

    /// The attributes [`Vm::special_attr`] reads from an object's payload.
    fn payload_attr(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<Option<Value>> {
        let n = name.as_str();
        if n == "__class__" {
            return Ok(Some(Value::Obj(self.type_of(obj).clone())));
        }
        let o = match obj {
            Value::Obj(o) => o.clone(),
            Value::Int(_) | Value::Bool(_) => {
                return Ok(match n {
                    "real" | "numerator" => Some(match obj {
                        Value::Bool(b) => Value::Int(*b as i64),
                        v => v.clone(),
                    }),
                    "imag" => Some(Value::Int(0)),
                    "denominator" => Some(Value::Int(1)),
                    _ => None,
                })
            }
            Value::Float(f) => {
                return Ok(match n {
                    "real" => Some(Value::Float(*f)),
                    "imag" => Some(Value::Float(0.0)),
                    _ => None,
                })
            }
            _ => return Ok(None),
        };
        if o.as_class().is_some() {
            return self.class_special_attr(&o, name);
        }
        if n == "__dict__" {
            if let Some(d) = &self.instance_dict(&o) {
                if o.dict_hidden() {
                    return Ok(None);
                }
                return Ok(Some(Value::Obj(d.clone())));
            }
            if let Payload::Module(d, _) = &o.payload {
                return Ok(Some(Value::Obj(d.clone())));
            }
        }
        if n == "__weakref__"
            && self
                .type_of(obj)
                .as_class()
                .is_some_and(|c| c.heap && c.weakrefable)
        {
            let refs = super::weakref::refs_to(&o);
            let plain = refs.iter().find(
                |r| matches!(&r.payload, Payload::WeakRef(d) if d.callback.borrow().is_none()),
            );
            return Ok(Some(
                plain
                    .or(refs.first())
                    .cloned()
                    .map(Value::Obj)
                    .unwrap_or_default(),
            ));
        }
        Ok(match &o.payload {
            Payload::Function(f) => match n {
                "__name__" => Some(Value::Str(f.name.borrow().clone())),
                "__qualname__" => Some(Value::Str(f.qualname.borrow().clone())),
                "__doc__" => Some(f.doc.borrow().clone()),
                "__module__" => Some(f.module.borrow().clone()),
                "__defaults__" => {
                    let d = f.defaults.borrow().clone();
                    Some(if d.is_empty() {
                        Value::None
                    } else {
                        self.new_tuple(d)
                    })
                }
                "__kwdefaults__" => {
                    let kw = f.kwdefaults.borrow().clone();
                    if kw.is_empty() {
                        Some(Value::None)
                    } else {
                        let d = self.new_dict();
                        for (k, v) in kw {
                            self.dict_set(&d, Value::Str(k), v)?;
                        }
                        Some(d)
                    }
                }
                "__globals__" => Some(Value::Obj(f.globals.clone())),
                "__annotations__" => {
                    let a = f.annotations.borrow().clone();
                    if a.is_none() {
                        let d = self.new_dict();
                        *f.annotations.borrow_mut() = d.clone();
                        Some(d)
                    } else {
                        Some(a)
                    }
                }
                "__closure__" => {
                    if f.closure.is_empty() {
                        Some(Value::None)
                    } else {
                        let cells: Vec<Value> =
                            f.closure.iter().map(|c| Value::Obj(c.clone())).collect();
                        Some(self.new_tuple(cells))
                    }
                }
                "__code__" => {
                    let cls = self.types.code.clone();
                    Some(self.alloc(&cls, Payload::Code(f.code.clone())))
                }
                _ => None,
            },
            Payload::Code(c) => match n {
                "co_name" => Some(Value::Str(c.name.clone())),
                "co_filename" => Some(Value::Str(c.filename.clone())),
                "co_firstlineno" => Some(Value::Int(c.firstlineno as i64)),
                "co_argcount" => Some(Value::Int(c.argcount as i64)),
                "co_kwonlyargcount" => Some(Value::Int(c.kwonlyargcount as i64)),
                "co_flags" => Some(Value::Int(c.cpython_flags() as i64)),
                "co_varnames" => {
                    let v: Vec<Value> = c.varnames.iter().map(|s| Value::Str(s.clone())).collect();
                    Some(self.new_tuple(v))
                }
                "co_nlocals" => Some(Value::Int(c.varnames.len() as i64)),
                _ => None,
            },
            Payload::Method(this, f) => {
                if let Some(Payload::Builtin(b)) = f.payload() {
                    return crate::objects::function::bound_builtin_attr(self, this, b, n);
                }
                match n {
                    "__self__" => Some(this.clone()),
                    "__func__" => Some(f.clone()),
                    _ => {
                        let fv = f.clone();
                        return self.getattr(&fv, name).map(Some).or(Ok(None));
                    }
                }
            }
            Payload::Builtin(b) => return crate::objects::function::builtin_attr(self, b, n),
            Payload::Exception(e) => match n {
                "args" => Some(e.borrow().args.clone()),
                "__cause__" => Some(e.borrow().cause.clone()),
                "__context__" => Some(e.borrow().context.clone()),
                "__suppress_context__" => Some(Value::Bool(e.borrow().suppress_context)),
                "__traceback__" => Some(self.traceback_value(obj)),
                "value" if self.is_instance_of(&o, "StopIteration") => {
                    Some(self.stop_iteration_value(&o))
                }
                "code" if self.is_instance_of(&o, "SystemExit") => {
                    let args = self.exc_args(&o);
                    Some(match args.len() {
                        0 => Value::None,
                        1 => args[0].clone(),
                        _ => self.new_tuple(args),
                    })
                }
                "errno" | "strerror" | "filename" | "filename2"
                    if self.is_instance_of(&o, "OSError") =>
                {
                    let args = self.exc_args(&o);
                    let idx = match n {
                        "errno" => 0,
                        "strerror" => 1,
                        "filename" => 2,
                        _ => 4,
                    };
                    Some(if args.len() >= 2 {
                        args.get(idx).cloned().unwrap_or_default()
                    } else {
                        Value::None
                    })
                }
                "msg" | "filename" | "lineno" | "offset" | "text"
                    if self.is_instance_of(&o, "SyntaxError") =>
                {
                    Some(Value::None)
                }
                _ => None,
            },
            Payload::Complex(r, i) => match n {
                "real" => Some(Value::Float(*r)),
                "imag" => Some(Value::Float(*i)),
                _ => None,
            },
            Payload::Int(b) => match n {
                "real" | "numerator" => Some(self.int_from_big(b.clone())),
                "imag" => Some(Value::Int(0)),
                "denominator" => Some(Value::Int(1)),
                _ => None,
            },
            Payload::Float(f) => match n {
                "real" => Some(Value::Float(*f)),
                "imag" => Some(Value::Float(0.0)),
                _ => None,
            },
            Payload::Slice(a, b, c) => match n {
                "start" => Some(a.clone()),
                "stop" => Some(b.clone()),
                "step" => Some(c.clone()),
                _ => None,
            },
            Payload::Range(..) | Payload::BigRange(_) => {
                crate::objects::range::attr(self, &o.payload, n)
            }
            Payload::Generator(g) => match n {
                "__name__" => Some(Value::Str(g.borrow().name.clone())),
                "__qualname__" => Some(Value::Str(g.borrow().qualname.clone())),
                "gi_running" => Some(Value::Bool(g.borrow().running)),
                "gi_frame" => Some(if g.borrow().finished {
                    Value::None
                } else {
                    Value::Bool(true)
                }),
                _ => None,
            },
            Payload::Property(p) => match n {
                "__isabstractmethod__" => {
                    let parts: Vec<Value> = p.borrow()[..3].to_vec();
                    let mut abstract_ = false;
                    for f in parts.iter().filter(|f| !f.is_none()) {
                        if let Some(v) = self.getattr_opt(f, name)? {
                            if self.truthy(&v)? {
                                abstract_ = true;
                                break;
                            }
                        }
                    }
                    Some(Value::Bool(abstract_))
                }
                "fget" => Some(p.borrow()[0].clone()),
                "fset" => Some(p.borrow()[1].clone()),
                "fdel" => Some(p.borrow()[2].clone()),
                "__doc__" => Some(p.borrow()[3].clone()),
                _ => None,
            },
            Payload::StaticMethod(f) | Payload::ClassMethod(f) => match n {
                "__func__" => Some(f.borrow().clone()),
                "__isabstractmethod__" => {
                    let inner = f.borrow().clone();
                    let v = self.getattr_opt(&inner, name)?;
                    Some(match v {
                        Some(v) => Value::Bool(self.truthy(&v)?),
                        None => Value::Bool(false),
                    })
                }
                _ => None,
            },
            Payload::Super(t, o) => match n {
                "__thisclass__" => Some(t.clone()),
                "__self__" => Some(o.clone()),
                "__self_class__" => Some(match o {
                    Value::None => Value::None,
                    Value::Obj(c)
                        if c.as_class().is_some()
                            && t.as_obj()
                                .is_some_and(|t| crate::objects::class::is_subclass(c, t)) =>
                    {
                        o.clone()
                    }
                    _ => Value::Obj(self.type_of(o).clone()),
                }),
                _ => None,
            },
            Payload::Cell(c) => match n {
                "cell_contents" => Some(c.borrow().clone()),
                _ => None,
            },
            Payload::Traceback(tb) => match n {
                "tb_lineno" => tb.last().map(|(_, l)| Value::Int(*l as i64)),
                "tb_lasti" => Some(Value::Int(0)),
                "tb_frame" => match tb.last() {
                    Some((code, line)) => {
                        let globals = self
                            .main_globals
                            .clone()
                            .unwrap_or_else(|| self.builtins.clone());
                        let locals = self.new_dict_obj(crate::objects::DictTable::new());
                        let info = super::frameobj::FrameInfo {
                            code: code.clone(),
                            line: *line,
                            globals,
                            locals,
                        };
                        Some(self.new_frame_object(info, Value::None)?)
                    }
                    None => Some(Value::None),
                },
                "tb_next" => {
                    if tb.len() > 1 {
                        let rest = tb[..tb.len() - 1].to_vec();
                        let cls = self.types.traceback.clone();
                        Some(self.alloc(&cls, Payload::Traceback(rest)))
                    } else {
                        Some(Value::None)
                    }
                }
                _ => None,
            },
            Payload::WeakRef(w) => match n {
                "__callback__" => Some(w.callback.borrow().clone()),
                _ => None,
            },
            Payload::Member(m, owner) | Payload::Attr(m, owner) => match n {
                "__name__" => Some(Value::Str(m.clone())),
                "__qualname__" => Some(Value::string(format!("{}.{}", owner.as_str(), m.as_str()))),
                "__doc__" => Some(Value::None),
                _ => None,
            },
            _ => None,
        })
    }

    /// Built-in attributes of classes.
    pub fn class_special_attr(&mut self, c: &Rc<Obj>, name: &Rc<PyStr>) -> PyResult<Option<Value>> {
        let cd = match c.as_class() {
            Some(cd) => cd,
            None => return Ok(None),
        };
        Ok(match name.as_str() {
            "__name__" => Some(Value::Str(cd.name.borrow().clone())),
            "__qualname__" => Some(Value::Str(cd.qualname.borrow().clone())),
            "__module__" => Some(Value::Str(cd.module.borrow().clone())),
            "__bases__" => {
                let b: Vec<Value> = cd
                    .bases
                    .borrow()
                    .iter()
                    .map(|x| Value::Obj(x.clone()))
                    .collect();
                Some(self.new_tuple(b))
            }
            "__base__" => Some(
                cd.bases
                    .borrow()
                    .first()
                    .map(|b| Value::Obj(b.clone()))
                    .unwrap_or_default(),
            ),
            "__mro__" => {
                let mut m = vec![Value::Obj(c.clone())];
                m.extend(cd.mro.borrow().iter().map(|x| Value::Obj(x.clone())));
                Some(self.new_tuple(m))
            }
            "__dict__" => Some(self.new_mappingproxy(Value::Obj(c.clone()))),
            "__doc__" if cd.heap => Some(cd.own(name).unwrap_or_default()),
            "__doc__" => Some(
                crate::objects::docs::type_doc(cd.name.borrow().as_str())
                    .map(Value::str)
                    .unwrap_or_default(),
            ),
            "__text_signature__" if !cd.heap => Some(Value::None),
            "__basicsize__" | "__itemsize__" | "__dictoffset__" | "__weakrefoffset__"
            | "__flags__" => crate::builtins::layout::type_number(c, name.as_str()).map(Value::Int),
            "__abstractmethods__" if !Rc::ptr_eq(c, &self.types.type_) => cd.own(name),
            "__class__" => Some(Value::Obj(
                c.cls.clone().unwrap_or_else(|| self.types.type_.clone()),
            )),
            _ => None,
        })
    }

    /// `import name`: see [`crate::modules::importer::import`].
    pub fn import_module(&mut self, name: &Rc<PyStr>, fromlist: &Value) -> PyResult<Value> {
        crate::modules::importer::import(self, name, fromlist)
    }

    /// Creates a module object with the given namespace.
    pub fn new_module(&mut self, name: &str, ns: Rc<Obj>) -> Value {
        let n = self.intern(name);
        let nk = self.names.name.clone();
        let _ = self.ns_store(&ns, nk, Value::Str(n.clone()));
        if name != "__main__" {
            self.add_module_metadata(name, &ns);
        }
        let cls = self.types.module.clone();
        self.alloc(&cls, Payload::Module(ns, n))
    }

    /// `__doc__`, `__package__` and `__spec__` of a native module, where
    /// its namespace lacks them (`__spec__` is None: Kaa has no import
    /// machinery objects; `__loader__` stays absent, which is what makes
    /// the repr say `(built-in)`).
    fn add_module_metadata(&mut self, name: &str, ns: &Rc<Obj>) {
        let doc = crate::objects::docs::module_doc(name)
            .map(Value::str)
            .unwrap_or_default();
        let package = Value::str(name.rsplit_once('.').map_or("", |(p, _)| p));
        for (key, v) in [
            ("__doc__", doc),
            ("__package__", package),
            ("__spec__", Value::None),
        ] {
            let k = self.intern(key);
            if ns.table().is_some_and(|t| t.borrow().get_str(&k).is_none()) {
                let _ = self.ns_store(ns, k, v);
            }
        }
    }

    /// `from m import *`.
    pub fn import_star(&mut self, f: &mut super::Frame, m: &Value) -> PyResult<()> {
        let ns = match m.payload() {
            Some(Payload::Module(d, _)) => d.clone(),
            _ => return Ok(()),
        };
        let pairs: Vec<(Value, Value)> = match ns.table() {
            Some(t) => t
                .borrow()
                .iter()
                .map(|e| (e.key.clone(), e.value.clone()))
                .collect(),
            None => Vec::new(),
        };
        let target = f.locals.clone().unwrap_or_else(|| f.globals.clone());
        for (k, v) in pairs {
            if let Some(s) = k.as_pystr() {
                if s.as_str().starts_with('_') {
                    continue;
                }
                let s = s.clone();
                self.ns_store(&target, s, v)?;
            }
        }
        Ok(())
    }

    /// The interactive echo: repr to stdout and `_` in builtins.
    pub fn display_hook(&mut self, v: Value) -> PyResult<()> {
        if v.is_none() {
            return Ok(());
        }
        let r = self.repr(&v)?;
        self.write_out(1, &r)?;
        self.write_out(1, "\n")?;
        let us = self.intern("_");
        let b = self.builtins.clone();
        self.ns_store(&b, us, v)
    }
}
