//! Operators: arithmetic with the numeric tower, sequence operators,
//! dispatch to special methods with reflected operands and NotImplemented,
//! rich comparisons, truth, containment.

use super::{Args, PyResult, Vm};
use crate::bytecode::{BinOp, CmpOp, UnOp};
use crate::objects::class::{is_subclass, lookup_cached};
use crate::objects::{Obj, Payload, PyStr, Value};
use crate::sandbox::work::{bigint_work, bytes_like_len, BigWork};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use std::rc::Rc;

/// A number taken out of a value (bools are ints).
#[derive(Clone)]
pub enum Num {
    /// A small int.
    I(i64),
    /// A big int.
    B(BigInt),
    /// A float.
    F(f64),
    /// A complex.
    C(f64, f64),
}

/// The number in `v`, if it is one (subclass instances included).
pub fn num_of(v: &Value) -> Option<Num> {
    match v {
        Value::Int(i) => Some(Num::I(*i)),
        Value::Bool(b) => Some(Num::I(*b as i64)),
        Value::Float(f) => Some(Num::F(*f)),
        Value::Obj(o) => match &o.payload {
            Payload::Int(b) => Some(match b.to_i64() {
                Some(i) => Num::I(i),
                None => Num::B(b.clone()),
            }),
            Payload::Float(f) => Some(Num::F(*f)),
            Payload::Complex(r, i) => Some(Num::C(*r, *i)),
            _ => None,
        },
        _ => None,
    }
}

/// The operator symbol used in error messages.
pub fn op_symbol(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "+",
        BinOp::Sub => "-",
        BinOp::Mul => "*",
        BinOp::TrueDiv => "/",
        BinOp::FloorDiv => "//",
        BinOp::Mod => "%",
        BinOp::Pow => "** or pow()",
        BinOp::LShift => "<<",
        BinOp::RShift => ">>",
        BinOp::And => "&",
        BinOp::Or => "|",
        BinOp::Xor => "^",
    }
}

/// Names of the special methods for an operator: (normal, reflected, in-place).
pub fn op_names(op: BinOp) -> (&'static str, &'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__", "__iadd__"),
        BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
        BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
        BinOp::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
        BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
        BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        BinOp::And => ("__and__", "__rand__", "__iand__"),
        BinOp::Or => ("__or__", "__ror__", "__ior__"),
        BinOp::Xor => ("__xor__", "__rxor__", "__ixor__"),
    }
}

/// Names of the comparison special methods: (op, reflected).
pub fn cmp_names(op: CmpOp) -> (&'static str, &'static str, &'static str) {
    match op {
        CmpOp::Lt => ("__lt__", "__gt__", "<"),
        CmpOp::Le => ("__le__", "__ge__", "<="),
        CmpOp::Eq => ("__eq__", "__eq__", "=="),
        CmpOp::Ne => ("__ne__", "__ne__", "!="),
        CmpOp::Gt => ("__gt__", "__lt__", ">"),
        CmpOp::Ge => ("__ge__", "__le__", ">="),
    }
}

fn big(n: &Num) -> BigInt {
    match n {
        Num::I(i) => BigInt::from(*i),
        Num::B(b) => b.clone(),
        _ => BigInt::zero(),
    }
}

/// `n` as a big int, without a copy.
fn into_big(n: Num) -> BigInt {
    match n {
        Num::I(i) => BigInt::from(i),
        Num::B(b) => b,
        _ => BigInt::zero(),
    }
}

/// The bytes of a big int's digits (0 for anything else).
fn big_int_bytes(v: &Value) -> u64 {
    match v.payload() {
        Some(Payload::Int(b)) => b.bits() / 8,
        _ => 0,
    }
}

/// Converts a big int to float like CPython (OverflowError text on failure).
pub fn big_to_f64(b: &BigInt) -> Option<f64> {
    let f = b.to_f64()?;
    if f.is_finite() {
        Some(f)
    } else {
        None
    }
}

fn to_f64(n: &Num) -> Option<f64> {
    match n {
        Num::I(i) => Some(*i as f64),
        Num::B(b) => big_to_f64(b),
        Num::F(f) => Some(*f),
        Num::C(..) => None,
    }
}

/// Python's float modulo.
pub fn float_mod(a: f64, b: f64) -> f64 {
    let m = a % b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m + b
        } else {
            m
        }
    } else {
        0.0f64.copysign(b)
    }
}

/// Python's float floor division.
pub fn float_floordiv(a: f64, b: f64) -> f64 {
    let m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 && ((b < 0.0) != (m < 0.0)) {
        div -= 1.0;
    }
    if div != 0.0 {
        let fl = div.floor();
        if div - fl > 0.5 {
            fl + 1.0
        } else {
            fl
        }
    } else {
        0.0f64.copysign(a / b)
    }
}

impl Vm {
    fn is_heap(&self, v: &Value) -> bool {
        match v {
            Value::Obj(o) => match &o.cls {
                Some(c) => c.as_class().map(|cd| cd.heap).unwrap_or(false),
                None => false,
            },
            _ => false,
        }
    }

    /// `a op b`.
    pub fn binary_op(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
        self.binary_op_as(a, b, op, false)
    }

    /// `a op b`, the fallback of `a op= b` when `inplace` (the error then
    /// names the augmented operator, `+=`, as CPython's does).
    fn binary_op_as(&mut self, a: &Value, b: &Value, op: BinOp, inplace: bool) -> PyResult<Value> {
        if !self.is_heap(a) && !self.is_heap(b) {
            if let Some(v) = self.native_binary(a, b, op)? {
                return Ok(v);
            }
            return Err(self.binop_type_error(a, b, op, inplace));
        }
        let (l, r, _) = op_names(op);
        let ln = self.intern(l);
        let rn = self.intern(r);
        if let Some(v) = self.dispatch_binary(a, b, &ln, &rn)? {
            return Ok(v);
        }
        if op == BinOp::Mul {
            // CPython's sequence-repeat fallback: a built-in sequence times
            // an instance whose class defines `__index__` (`Count(2) * [1]`).
            for (seq, count) in [(b, a), (a, b)] {
                // `count *= seq` with a class instance on the left never
                // repeats: CPython only tries the left operand's sequence
                // slots there, and a class has them (empty).
                if inplace && count.is(a) {
                    continue;
                }
                if self.is_sequence(seq) && !self.is_heap(seq) && self.is_heap(count) {
                    let ix = self.names.index.clone();
                    if crate::objects::class::lookup(self.type_of(count), &ix).is_some() {
                        let n = crate::objects::buffer::index_isize(self, count)?;
                        return self.repeat(seq, n.max(0) as u64);
                    }
                }
            }
        }
        Err(self.binop_type_error(a, b, op, inplace))
    }

    /// Tries `a.__op__(b)` and `b.__rop__(a)` in CPython's order.
    pub fn dispatch_binary(
        &mut self,
        a: &Value,
        b: &Value,
        ln: &Rc<PyStr>,
        rn: &Rc<PyStr>,
    ) -> PyResult<Option<Value>> {
        let ta = self.type_of(a).clone();
        let tb = self.type_of(b).clone();
        let same = Rc::ptr_eq(&ta, &tb);
        let fa = lookup_cached(&ta, ln);
        let fb = if same { None } else { lookup_cached(&tb, rn) };
        let mut tried_b = false;
        if let Some(fbv) = &fb {
            if is_subclass(&tb, &ta) && !fa.as_ref().map(|x| x.is(fbv)).unwrap_or(false) {
                tried_b = true;
                let r = self.call_bound(fbv, b, a, &tb)?;
                if !r.is(&self.not_implemented) {
                    return Ok(Some(r));
                }
            }
        }
        if let Some(fav) = &fa {
            let r = self.call_bound(fav, a, b, &ta)?;
            if !r.is(&self.not_implemented) {
                return Ok(Some(r));
            }
        }
        if let (Some(fbv), false) = (&fb, tried_b) {
            let r = self.call_bound(fbv, b, a, &tb)?;
            if !r.is(&self.not_implemented) {
                return Ok(Some(r));
            }
        }
        Ok(None)
    }

    fn call_bound(
        &mut self,
        f: &Value,
        this: &Value,
        other: &Value,
        cls: &Rc<Obj>,
    ) -> PyResult<Value> {
        match self.bind_descriptor(f, this, cls)? {
            Some(bound) => self.call(&bound, Args::new(std::slice::from_ref(other))),
            None => self.call(f, Args::new(&[this.clone(), other.clone()])),
        }
    }

    fn binop_type_error(&mut self, a: &Value, b: &Value, op: BinOp, inplace: bool) -> super::PyErr {
        let ta = self.type_name(a);
        let tb = self.type_name(b);
        let a_str = a.as_pystr().is_some();
        let msg = if op == BinOp::Add && a_str && !matches!(b.payload(), Some(Payload::Bytes(_))) {
            format!("Can't convert '{}' object to str implicitly", tb)
        } else if op == BinOp::Add && a_str {
            "Can't convert 'bytes' object to str implicitly".to_string()
        } else if op == BinOp::Add
            && matches!(a.payload(), Some(Payload::Bytes(_)))
            && b.as_pystr().is_some()
        {
            "can't concat bytes to str".to_string()
        } else if op == BinOp::Add && matches!(a.payload(), Some(Payload::List(_))) {
            format!("can only concatenate list (not \"{}\") to list", tb)
        } else if op == BinOp::Add && matches!(a.payload(), Some(Payload::Tuple(_))) {
            format!("can only concatenate tuple (not \"{}\") to tuple", tb)
        } else if op == BinOp::Mul
            && (self.is_sequence(a) || self.is_sequence(b))
            // `obj *= seq` with a class instance on the left: CPython's
            // in-place path only looks at the left operand's (empty) slots.
            && !(inplace && self.is_heap(a) && !self.is_sequence(a))
        {
            let other = if self.is_sequence(a) { tb } else { ta };
            format!("can't multiply sequence by non-int of type '{}'", other)
        } else {
            let symbol = match (inplace, op) {
                (false, _) => op_symbol(op).to_string(),
                (true, BinOp::Pow) => "**=".to_string(),
                (true, _) => format!("{}=", op_symbol(op)),
            };
            format!(
                "unsupported operand type(s) for {}: '{}' and '{}'",
                symbol, ta, tb
            )
        };
        self.new_error("TypeError", &msg)
    }

    fn is_sequence(&self, v: &Value) -> bool {
        v.as_pystr().is_some()
            || matches!(
                v.payload(),
                Some(Payload::List(_))
                    | Some(Payload::Tuple(_))
                    | Some(Payload::Bytes(_))
                    | Some(Payload::ByteArray(_))
            )
    }

    /// `a op= b`: `__iop__` first, then the binary operator; lists extend in place.
    pub fn inplace_op(&mut self, a: Value, b: &Value, op: BinOp) -> PyResult<Value> {
        if matches!(a.payload(), Some(Payload::ByteArray(_))) && !self.is_heap(&a) {
            if let Some(r) = crate::objects::bytearray_methods::inplace(self, &a, b, op)? {
                return Ok(r);
            }
        }
        if let Some(Payload::List(items)) = a.payload() {
            if op == BinOp::Add && !self.is_heap(&a) {
                let extra = if a.is(b) {
                    self.reserve(items.borrow().len() as u64 * 16)?;
                    items.borrow().clone()
                } else {
                    self.iterate(b)?
                };
                let (len, cap) = {
                    let b = items.borrow();
                    (b.len(), b.capacity())
                };
                self.reserve_growth(len, cap, extra.len(), 16)?;
                items.borrow_mut().extend(extra);
                return Ok(a);
            }
            let int_count = matches!(num_of(b), Some(Num::I(_)) | Some(Num::B(_)))
                || (self.is_heap(b) && {
                    let ix = self.names.index.clone();
                    crate::objects::class::lookup(self.type_of(b), &ix).is_some()
                });
            if op == BinOp::Mul && !self.is_heap(&a) && int_count {
                let n = crate::objects::buffer::index_isize(self, b)?;
                let n = n.max(0) as usize;
                let len = items.borrow().len() as u64;
                let count = self.repeat_size(len, n as u64, 16, None)?;
                // The copy of the items is held beside the result.
                self.reserve(count.saturating_add(len).saturating_mul(16))?;
                let cur = self.copy_list_paced(items)?;
                let out = self.repeat_paced(&cur, n as u64)?;
                *items.borrow_mut() = out;
                return Ok(a);
            }
        }
        if let Some(Payload::Set(_)) = a.payload() {
            if !self.is_heap(&a) && matches!(op, BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor) {
                if let Some(r) = self.set_inplace(&a, b, op)? {
                    return Ok(r);
                }
            }
        }
        if self.is_heap(&a) {
            let (_, _, iname) = op_names(op);
            let iname = self.intern(iname);
            let cls = self.type_of(&a).clone();
            if let Some(f) = lookup_cached(&cls, &iname) {
                let r = self.call_bound(&f, &a, b, &cls)?;
                if !r.is(&self.not_implemented) {
                    return Ok(r);
                }
            }
        }
        self.binary_op_as(&a, b, op, true)
    }

    /// The built-in implementation of a binary operator (`None` = NotImplemented).
    pub fn native_binary(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
        // The operands of big-int arithmetic are copied (`num_of`) and the
        // result is at least as big as the larger one for the linear
        // operations: room for both is checked first (found by fuzzing:
        // `x << 7` on a 12.5 MB int peaked at 37.5 MB under 16 MiB).
        let copied = big_int_bytes(a).saturating_add(big_int_bytes(b));
        if copied > 4096 {
            self.reserve(copied.saturating_add(copied / 2))?;
        }
        if let (Some(x), Some(y)) = (num_of(a), num_of(b)) {
            if let (Value::Bool(p), Value::Bool(q)) = (a, b) {
                match op {
                    BinOp::And => return Ok(Some(Value::Bool(*p & *q))),
                    BinOp::Or => return Ok(Some(Value::Bool(*p | *q))),
                    BinOp::Xor => return Ok(Some(Value::Bool(*p ^ *q))),
                    _ => {}
                }
            }
            return self.num_binary(x, y, op);
        }
        self.seq_binary(a, b, op)
    }

    fn num_binary(&mut self, x: Num, y: Num, op: BinOp) -> PyResult<Option<Value>> {
        use Num::*;
        match (&x, &y) {
            (C(..), _) | (_, C(..)) => return self.complex_binary(x, y, op),
            // shifts and bit operations with a float: NotImplemented, so the
            // TypeError names the operands' own types (`'int' and 'float'`)
            (F(_), _) | (_, F(_))
                if matches!(
                    op,
                    BinOp::LShift | BinOp::RShift | BinOp::And | BinOp::Or | BinOp::Xor
                ) =>
            {
                return Ok(None)
            }
            (F(_), _) | (_, F(_)) => {
                if matches!(
                    op,
                    BinOp::And | BinOp::Or | BinOp::Xor | BinOp::LShift | BinOp::RShift
                ) {
                    // Not a float operation: NotImplemented, so the error
                    // names both operands' own types.
                    return Ok(None);
                }
                let a = match to_f64(&x) {
                    Some(v) => v,
                    None => {
                        return Err(
                            self.new_error("OverflowError", "int too large to convert to float")
                        )
                    }
                };
                let b = match to_f64(&y) {
                    Some(v) => v,
                    None => {
                        return Err(
                            self.new_error("OverflowError", "int too large to convert to float")
                        )
                    }
                };
                return self.float_binary(a, b, op).map(Some);
            }
            _ => {}
        }
        if let (I(a), I(b)) = (&x, &y) {
            let (a, b) = (*a, *b);
            let r = match op {
                BinOp::Add => a.checked_add(b),
                BinOp::Sub => a.checked_sub(b),
                BinOp::Mul => a.checked_mul(b),
                BinOp::FloorDiv => {
                    if b == 0 {
                        return Err(self
                            .new_error("ZeroDivisionError", "integer division or modulo by zero"));
                    }
                    a.checked_div_euclid(b).map(|_| Integer::div_floor(&a, &b))
                }
                BinOp::Mod => {
                    if b == 0 {
                        return Err(self
                            .new_error("ZeroDivisionError", "integer division or modulo by zero"));
                    }
                    a.checked_rem(b).map(|_| a.mod_floor(&b))
                }
                BinOp::And => Some(a & b),
                BinOp::Or => Some(a | b),
                BinOp::Xor => Some(a ^ b),
                BinOp::LShift => {
                    if b < 0 {
                        return Err(self.new_error("ValueError", "negative shift count"));
                    }
                    if b < 63 && (a.unsigned_abs() >> (63 - b)) == 0 {
                        Some(a << b)
                    } else {
                        None
                    }
                }
                BinOp::RShift => {
                    if b < 0 {
                        return Err(self.new_error("ValueError", "negative shift count"));
                    }
                    Some(if b >= 64 {
                        if a < 0 {
                            -1
                        } else {
                            0
                        }
                    } else {
                        a >> b
                    })
                }
                BinOp::TrueDiv => {
                    if b == 0 {
                        return Err(self.new_error("ZeroDivisionError", "division by zero"));
                    }
                    if a.unsigned_abs() < (1 << 53) && b.unsigned_abs() < (1 << 53) {
                        return Ok(Some(Value::Float(a as f64 / b as f64)));
                    }
                    None
                }
                BinOp::Pow => {
                    if b < 0 {
                        if a == 0 {
                            return Err(self.new_error(
                                "ZeroDivisionError",
                                "0.0 cannot be raised to a negative power",
                            ));
                        }
                        return Ok(Some(Value::Float((a as f64).powf(b as f64))));
                    }
                    if b <= u32::MAX as i64 {
                        a.checked_pow(b as u32)
                    } else {
                        None
                    }
                }
            };
            if let Some(r) = r {
                return Ok(Some(Value::Int(r)));
            }
        }
        let a = into_big(x);
        let b = into_big(y);
        let (a_bits, b_bits) = (a.bits(), b.bits());
        let r = match op {
            BinOp::Add => a + b,
            BinOp::Sub => a - b,
            BinOp::Mul => {
                let bits = a.bits() + b.bits();
                self.reserve(bits / 8)?;
                // Charged before it runs; interruptible at the deadline.
                self.charge_work(bigint_work(BigWork::Mul, a_bits, b_bits, bits))?;
                crate::num::bigwork::mul(&a, &b).map_err(|_| self.interrupted())?
            }
            BinOp::FloorDiv | BinOp::Mod => {
                if b.is_zero() {
                    return Err(
                        self.new_error("ZeroDivisionError", "integer division or modulo by zero")
                    );
                }
                self.charge_work(bigint_work(BigWork::Div, a_bits, b_bits, 0))?;
                let (q, r) =
                    crate::num::bigwork::div_mod_floor(&a, &b).map_err(|_| self.interrupted())?;
                if op == BinOp::FloorDiv {
                    q
                } else {
                    r
                }
            }
            BinOp::And => a & b,
            BinOp::Or => a | b,
            BinOp::Xor => a ^ b,
            BinOp::LShift => {
                if b.is_negative() {
                    return Err(self.new_error("ValueError", "negative shift count"));
                }
                let n = match b.to_u64() {
                    Some(n) => n,
                    None => {
                        return Err(self.new_error(
                            "OverflowError",
                            "Python int too large to convert to C ssize_t",
                        ))
                    }
                };
                if a.is_zero() {
                    return Ok(Some(Value::Int(0)));
                }
                self.reserve((a.bits() + n) / 8)?;
                a << n
            }
            BinOp::RShift => {
                if b.is_negative() {
                    return Err(self.new_error("ValueError", "negative shift count"));
                }
                let n = b.to_u64().unwrap_or(u64::MAX);
                if n >= a.bits() {
                    if a.is_negative() {
                        BigInt::from(-1)
                    } else {
                        BigInt::zero()
                    }
                } else {
                    a >> n
                }
            }
            BinOp::TrueDiv => {
                if b.is_zero() {
                    return Err(self.new_error("ZeroDivisionError", "division by zero"));
                }
                return Ok(Some(Value::Float(self.big_truediv(&a, &b)?)));
            }
            BinOp::Pow => {
                if b.is_negative() {
                    let fa = big_to_f64(&a).unwrap_or(f64::INFINITY);
                    let fb = big_to_f64(&b).unwrap_or(f64::NEG_INFINITY);
                    if fa == 0.0 {
                        return Err(self.new_error(
                            "ZeroDivisionError",
                            "0.0 cannot be raised to a negative power",
                        ));
                    }
                    return Ok(Some(Value::Float(fa.powf(fb))));
                }
                let e = match b.to_u64() {
                    Some(e) => e,
                    None => {
                        if a.abs() <= BigInt::from(1) {
                            if a.is_zero() {
                                return Ok(Some(Value::Int(0)));
                            }
                            let odd = (&b % 2u32) == BigInt::from(1);
                            return Ok(Some(Value::Int(if a.is_negative() && odd {
                                -1
                            } else {
                                1
                            })));
                        }
                        return Err(PyErrMem::mem());
                    }
                };
                if a.abs() > BigInt::from(1) {
                    let bits = a.bits().saturating_mul(e);
                    self.reserve(bits / 8)?;
                    if bits > 1 << 34 {
                        return Err(PyErrMem::mem());
                    }
                    self.charge_work(bigint_work(BigWork::Mul, bits, bits, bits))?;
                }
                crate::num::bigwork::pow(&a, e).map_err(|_| self.interrupted())?
            }
        };
        // Multiplication, division and powers were charged before they ran
        // (and stop at the deadline); linear operations are charged after.
        if !matches!(op, BinOp::Mul | BinOp::Pow | BinOp::FloorDiv | BinOp::Mod) {
            self.charge_work(bigint_work(BigWork::Linear, a_bits, b_bits, r.bits()))?;
        }
        Ok(Some(self.int_from_big(r)))
    }

    fn big_truediv(&mut self, a: &BigInt, b: &BigInt) -> PyResult<f64> {
        if let (Some(x), Some(y)) = (big_to_f64(a), big_to_f64(b)) {
            if x.abs() < 9.0e15 && y.abs() < 9.0e15 {
                return Ok(x / y);
            }
        }
        // Scale to keep 64 significant bits of the quotient.
        let shift = a.bits() as i64 - b.bits() as i64 - 64;
        let (n, d) = if shift > 0 {
            (a.clone(), b << shift as u64)
        } else {
            (a << (-shift) as u64, b.clone())
        };
        let q = n / d;
        let qf = q.to_f64().unwrap_or(f64::INFINITY);
        let r = qf * 2f64.powi(shift as i32);
        if r.is_infinite() {
            return Err(self.new_error(
                "OverflowError",
                "integer division result too large for a float",
            ));
        }
        Ok(r)
    }

    /// Float arithmetic with CPython's errors.
    pub fn float_binary(&mut self, a: f64, b: f64, op: BinOp) -> PyResult<Value> {
        let r = match op {
            BinOp::Add => a + b,
            BinOp::Sub => a - b,
            BinOp::Mul => a * b,
            BinOp::TrueDiv => {
                if b == 0.0 {
                    return Err(self.new_error("ZeroDivisionError", "float division by zero"));
                }
                a / b
            }
            BinOp::FloorDiv => {
                if b == 0.0 {
                    return Err(self.new_error("ZeroDivisionError", "float divmod()"));
                }
                float_floordiv(a, b)
            }
            BinOp::Mod => {
                if b == 0.0 {
                    return Err(self.new_error("ZeroDivisionError", "float modulo"));
                }
                float_mod(a, b)
            }
            BinOp::Pow => {
                if a == 0.0 && b < 0.0 {
                    return Err(self.new_error(
                        "ZeroDivisionError",
                        "0.0 cannot be raised to a negative power",
                    ));
                }
                if a < 0.0 && b.fract() != 0.0 && b.is_finite() {
                    return self
                        .complex_binary(Num::C(a, 0.0), Num::C(b, 0.0), BinOp::Pow)
                        .map(|v| v.unwrap_or_default());
                }
                let r = a.powf(b);
                if r.is_infinite() && a.is_finite() && b.is_finite() {
                    return Err(
                        self.new_error("OverflowError", "(34, 'Numerical result out of range')")
                    );
                }
                r
            }
            _ => {
                let msg = format!(
                    "unsupported operand type(s) for {}: 'float' and 'float'",
                    op_symbol(op)
                );
                return Err(self.new_error("TypeError", &msg));
            }
        };
        Ok(self.float_result(r))
    }

    fn complex_binary(&mut self, x: Num, y: Num, op: BinOp) -> PyResult<Option<Value>> {
        let c = |n: &Num| -> Option<(f64, f64)> {
            match n {
                Num::C(r, i) => Some((*r, *i)),
                other => to_f64(other).map(|f| (f, 0.0)),
            }
        };
        let ((a, b), (cr, ci)) = match (c(&x), c(&y)) {
            (Some(p), Some(q)) => (p, q),
            _ => return Err(self.new_error("OverflowError", "int too large to convert to float")),
        };
        let (r, i) = match op {
            BinOp::Add => (a + cr, b + ci),
            BinOp::Sub => (a - cr, b - ci),
            BinOp::Mul => (a * cr - b * ci, a * ci + b * cr),
            BinOp::TrueDiv => {
                if cr == 0.0 && ci == 0.0 {
                    return Err(self.new_error("ZeroDivisionError", "complex division by zero"));
                }
                let d = cr * cr + ci * ci;
                ((a * cr + b * ci) / d, (b * cr - a * ci) / d)
            }
            BinOp::Pow => match crate::num::complex::complex_pow((a, b), (cr, ci)) {
                Ok(p) => p,
                Err(e) => return Err(self.new_error(e.py_type(), &e.to_string())),
            },
            BinOp::FloorDiv | BinOp::Mod => {
                // CPython 3.4's complex_remainder / complex_int_div texts.
                let msg = if op == BinOp::Mod {
                    "can't mod complex numbers."
                } else {
                    "can't take floor of complex number."
                };
                return Err(self.new_error("TypeError", msg));
            }
            _ => return Ok(None),
        };
        let cls = self.types.complex.clone();
        Ok(Some(self.alloc(&cls, Payload::Complex(r, i))))
    }

    fn seq_binary(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
        if let Some(r) = crate::objects::bytearray_methods::seq_binary(self, a, b, op)? {
            return Ok(Some(r));
        }
        match op {
            BinOp::Add => {
                if let (Some(x), Some(y)) = (a.as_pystr(), b.as_pystr()) {
                    let n = (x.s.len() + y.s.len()) as u64;
                    self.reserve(n)?;
                    self.charge_work(n / 64)?;
                    if x.is_wide() || y.is_wide() {
                        self.reserve(n * 4)?;
                        let r = crate::objects::str_wide::concat(x, y);
                        return Ok(Some(Value::Str(Rc::new(r))));
                    }
                    let mut s = String::with_capacity(x.s.len() + y.s.len());
                    let r = crate::text::pace::push_str(&mut s, &x.s)
                        .and_then(|()| crate::text::pace::push_str(&mut s, &y.s));
                    self.paced(r)?;
                    return Ok(Some(Value::string(s)));
                }
                match (a.payload(), b.payload()) {
                    (Some(Payload::List(x)), Some(Payload::List(y))) => {
                        self.reserve((x.borrow().len() + y.borrow().len()) as u64 * 16)?;
                        let mut v = self.copy_list_paced(x)?;
                        let w = self.copy_list_paced(y)?;
                        v.extend(w);
                        return Ok(Some(self.new_list(v)));
                    }
                    (Some(Payload::Tuple(x)), Some(Payload::Tuple(y))) => {
                        self.reserve((x.len() + y.len()) as u64 * 16)?;
                        let mut v = Vec::with_capacity(x.len() + y.len());
                        self.extend_paced(&mut v, x)?;
                        self.extend_paced(&mut v, y)?;
                        return Ok(Some(self.new_tuple(v)));
                    }
                    _ => {}
                }
                if let (Some(la), Some(lb)) = (bytes_like_len(a), bytes_like_len(b)) {
                    self.reserve(la + lb)?;
                    self.charge_work((la + lb) / 64)?;
                }
                match (a.payload(), b.payload()) {
                    (Some(Payload::Bytes(x)), Some(Payload::Bytes(y))) => {
                        let mut v = Vec::with_capacity(x.len() + y.len());
                        let r = crate::text::pace::push_bytes(&mut v, x)
                            .and_then(|()| crate::text::pace::push_bytes(&mut v, y));
                        self.paced(r)?;
                        return Ok(Some(self.new_bytes(v)));
                    }
                    (Some(Payload::Bytes(x)), Some(Payload::ByteArray(y))) => {
                        let mut v = x.to_vec();
                        v.extend_from_slice(&y.borrow());
                        return Ok(Some(self.new_bytes(v)));
                    }
                    (Some(Payload::ByteArray(x)), Some(Payload::ByteArray(y))) => {
                        let mut v = x.borrow().clone();
                        v.extend_from_slice(&y.borrow());
                        let cls = self.types.bytearray.clone();
                        return Ok(Some(
                            self.alloc(&cls, Payload::ByteArray(std::cell::RefCell::new(v))),
                        ));
                    }
                    (Some(Payload::ByteArray(x)), Some(Payload::Bytes(y))) => {
                        let mut v = x.borrow().clone();
                        v.extend_from_slice(y);
                        let cls = self.types.bytearray.clone();
                        return Ok(Some(
                            self.alloc(&cls, Payload::ByteArray(std::cell::RefCell::new(v))),
                        ));
                    }
                    _ => {}
                }
            }
            BinOp::Mul => {
                let (seq, n) = match (num_of(b), num_of(a)) {
                    (Some(Num::I(n)), _) if self.is_sequence(a) => (a, n),
                    (_, Some(Num::I(n))) if self.is_sequence(b) => (b, n),
                    // A count beyond 64 bits, of either sign, cannot be an
                    // index (CPython's PyNumber_AsSsize_t with OverflowError).
                    (Some(Num::B(_)), _) if self.is_sequence(a) => {
                        return Err(self.new_error(
                            "OverflowError",
                            "cannot fit 'int' into an index-sized integer",
                        ));
                    }
                    (_, Some(Num::B(_))) if self.is_sequence(b) => {
                        return Err(self.new_error(
                            "OverflowError",
                            "cannot fit 'int' into an index-sized integer",
                        ));
                    }
                    _ => return Ok(None),
                };
                if matches!(
                    num_of(if seq.is(a) { b } else { a }),
                    Some(Num::F(_)) | Some(Num::C(..))
                ) {
                    return Ok(None);
                }
                let n = n.max(0) as u64;
                return self.repeat(seq, n).map(Some);
            }
            BinOp::Mod => {
                if let Some(s) = a.as_pystr() {
                    let s = s.clone();
                    return crate::builtins::strformat::percent_format(self, &s, b).map(Some);
                }
            }
            BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor => {
                return self.set_binary(a, b, op);
            }
            _ => {}
        }
        Ok(None)
    }

    /// The length of `len` items repeated `n` times, refused the way CPython
    /// refuses it before allocating: a count beyond `isize::MAX` is an
    /// OverflowError (`overflow`, str and bytes) or a MemoryError (lists and
    /// tuples); a result over the memory limit, or over the largest buffer
    /// built without a limit, is a MemoryError (never an allocator panic).
    fn repeat_size(
        &mut self,
        len: u64,
        n: u64,
        item_bytes: u64,
        overflow: Option<&str>,
    ) -> PyResult<u64> {
        let count = match len.checked_mul(n) {
            Some(c) if c <= isize::MAX as u64 => c,
            _ => {
                return Err(match overflow {
                    Some(msg) => self.new_error("OverflowError", msg),
                    None => self.new_error("MemoryError", ""),
                })
            }
        };
        let bytes = count.saturating_mul(item_bytes);
        if self.budget.max_mem.is_none() && bytes > crate::objects::buffer::MAX_UNLIMITED as u64 {
            return Err(self.new_error("MemoryError", ""));
        }
        self.reserve(bytes)?;
        Ok(count)
    }

    fn repeat(&mut self, seq: &Value, n: u64) -> PyResult<Value> {
        if let Some(s) = seq.as_pystr() {
            let total =
                self.repeat_size(s.s.len() as u64, n, 1, Some("repeated string is too long"))?;
            self.charge_work(total / 8)?;
            if s.is_wide() {
                self.reserve(total.saturating_mul(4))?;
                let r = crate::objects::str_wide::repeat(s, n as usize);
                return Ok(Value::Str(Rc::new(r)));
            }
            let r = crate::text::pace::repeat_str(s.as_str(), n as usize);
            return Ok(Value::string(self.paced(r)?));
        }
        match seq.payload() {
            Some(Payload::List(items)) => {
                let len = items.borrow().len() as u64;
                let count = self.repeat_size(len, n, 16, None)?;
                // The copy of the items is held beside the result (a
                // 10**7-item `a * 2` passed 512 MiB by the copy's 153 MiB).
                self.reserve(count.saturating_add(len).saturating_mul(16))?;
                let items = self.copy_list_paced(items)?;
                let out = self.repeat_paced(&items, n)?;
                Ok(self.new_list(out))
            }
            Some(Payload::Tuple(items)) => {
                self.repeat_size(items.len() as u64, n, 16, None)?;
                let out = self.repeat_paced(items, n)?;
                Ok(self.new_tuple(out))
            }
            Some(Payload::Bytes(b)) => {
                let total =
                    self.repeat_size(b.len() as u64, n, 1, Some("repeated bytes are too long"))?;
                self.charge_work(total / 8)?;
                let r = crate::text::pace::repeat_bytes(b, n as usize);
                let r = self.paced(r)?;
                Ok(self.new_bytes(r))
            }
            _ => Ok(self.not_implemented.clone()),
        }
    }

    /// A new bytes value.
    pub fn new_bytes(&mut self, v: Vec<u8>) -> Value {
        let cls = self.types.bytes.clone();
        self.alloc(&cls, Payload::Bytes(Rc::from(v)))
    }

    /// `op a`.
    pub fn unary_op(&mut self, a: &Value, op: UnOp) -> PyResult<Value> {
        if op == UnOp::Not {
            return Ok(Value::Bool(!self.truthy(a)?));
        }
        if self.is_heap(a) {
            let name = match op {
                UnOp::Neg => self.names.neg.clone(),
                UnOp::Pos => self.names.pos.clone(),
                _ => self.names.invert.clone(),
            };
            if let Some(r) = self.call_special(a, &name, &[])? {
                return Ok(r);
            }
        }
        if let Some(n) = num_of(a) {
            let r = match (op, n) {
                (UnOp::Neg, Num::I(i)) => match i.checked_neg() {
                    Some(v) => Value::Int(v),
                    None => self.int_from_big(-BigInt::from(i)),
                },
                (UnOp::Neg, Num::B(b)) => self.int_from_big(-b),
                (UnOp::Neg, Num::F(f)) => Value::Float(-f),
                (UnOp::Neg, Num::C(r, i)) => {
                    let cls = self.types.complex.clone();
                    self.alloc(&cls, Payload::Complex(-r, -i))
                }
                (UnOp::Pos, Num::I(i)) => Value::Int(i),
                (UnOp::Pos, Num::B(b)) => self.int_from_big(b),
                (UnOp::Pos, Num::F(f)) => Value::Float(f),
                (UnOp::Pos, Num::C(r, i)) => {
                    let cls = self.types.complex.clone();
                    self.alloc(&cls, Payload::Complex(r, i))
                }
                (UnOp::Invert, Num::I(i)) => Value::Int(!i),
                (UnOp::Invert, Num::B(b)) => self.int_from_big(-b - 1),
                _ => return Err(self.unary_error(a, op)),
            };
            return Ok(r);
        }
        Err(self.unary_error(a, op))
    }

    fn unary_error(&mut self, a: &Value, op: UnOp) -> super::PyErr {
        let sym = match op {
            UnOp::Neg => "-",
            UnOp::Pos => "+",
            UnOp::Invert => "~",
            UnOp::Not => "not",
        };
        let msg = format!(
            "bad operand type for unary {}: '{}'",
            sym,
            self.type_name(a)
        );
        self.new_error("TypeError", &msg)
    }

    /// The truth value of `v`.
    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        match v {
            Value::None => Ok(false),
            Value::Bool(b) => Ok(*b),
            Value::Int(i) => Ok(*i != 0),
            Value::Float(f) => Ok(*f != 0.0),
            Value::Str(s) => Ok(!s.s.is_empty()),
            Value::Obj(o) => {
                if self.is_heap(v) {
                    let b = self.names.bool_.clone();
                    if let Some(r) = self.call_special(v, &b, &[])? {
                        return match r {
                            Value::Bool(b) => Ok(b),
                            _ => {
                                let msg = format!(
                                    "__bool__ should return bool, returned {}",
                                    self.type_name(&r)
                                );
                                Err(self.new_error("TypeError", &msg))
                            }
                        };
                    }
                    let l = self.names.len.clone();
                    let cls = self.type_of(v).clone();
                    if lookup_cached(&cls, &l).is_some() {
                        return Ok(self.len(v)? != 0);
                    }
                }
                Ok(match &o.payload {
                    Payload::Int(b) => !b.is_zero(),
                    Payload::Float(f) => *f != 0.0,
                    Payload::Complex(r, i) => *r != 0.0 || *i != 0.0,
                    Payload::Str(s) => !s.s.is_empty(),
                    Payload::Bytes(b) => !b.is_empty(),
                    Payload::ByteArray(b) => !b.borrow().is_empty(),
                    Payload::Tuple(t) => !t.is_empty(),
                    Payload::List(l) => !l.borrow().is_empty(),
                    Payload::Dict(d) | Payload::Set(d) => !d.borrow().is_empty(),
                    Payload::FrozenSet(d) => !d.is_empty(),
                    Payload::Range(a, b, s) => crate::builtins::range_len(*a, *b, *s) != 0,
                    Payload::BigRange(_) => crate::objects::range::truthy(&o.payload),
                    Payload::DictView(d, _) => {
                        d.table().map(|t| !t.borrow().is_empty()).unwrap_or(false)
                    }
                    _ => true,
                })
            }
        }
    }

    /// Rich comparison `a op b` (may return any object for user classes).
    pub fn compare(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
        if !self.is_heap(a) && !self.is_heap(b) {
            if let Some(r) = self.native_compare(a, b, op)? {
                return Ok(Value::Bool(r));
            }
        } else {
            let (l, r, _) = cmp_names(op);
            let ln = self.intern(l);
            let rn = self.intern(r);
            let ta = self.type_of(a).clone();
            let tb = self.type_of(b).clone();
            let same = Rc::ptr_eq(&ta, &tb);
            let mut tried = false;
            if !same && is_subclass(&tb, &ta) {
                if let Some(f) = lookup_cached(&tb, &rn) {
                    tried = true;
                    let r = self.call_bound(&f, b, a, &tb)?;
                    if !r.is(&self.not_implemented) {
                        return Ok(r);
                    }
                }
            }
            if let Some(f) = lookup_cached(&ta, &ln) {
                let r = self.call_bound(&f, a, b, &ta)?;
                if !r.is(&self.not_implemented) {
                    return Ok(r);
                }
            }
            if !tried {
                if let Some(f) = lookup_cached(&tb, &rn) {
                    let r = self.call_bound(&f, b, a, &tb)?;
                    if !r.is(&self.not_implemented) {
                        return Ok(r);
                    }
                }
            }
        }
        match op {
            CmpOp::Eq => Ok(Value::Bool(a.is(b))),
            CmpOp::Ne => Ok(Value::Bool(!a.is(b))),
            _ => {
                let (_, _, sym) = cmp_names(op);
                let msg = format!(
                    "unorderable types: {}() {} {}()",
                    self.type_name(a),
                    sym,
                    self.type_name(b)
                );
                Err(self.new_error("TypeError", &msg))
            }
        }
    }

    /// `a == b` as a bool.
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => return Ok(x == y),
            (Value::Str(x), Value::Str(y)) => return Ok(Rc::ptr_eq(x, y) || x.s == y.s),
            _ => {}
        }
        if a.is(b) {
            return Ok(true);
        }
        let r = self.compare(a, b, CmpOp::Eq)?;
        match r {
            Value::Bool(b) => Ok(b),
            other => self.truthy(&other),
        }
    }

    /// `a < b` as a bool (for sorting, min, max).
    pub fn lt(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => return Ok(x < y),
            (Value::Float(x), Value::Float(y)) => return Ok(x < y),
            (Value::Str(x), Value::Str(y)) => return Ok(x.s < y.s),
            _ => {}
        }
        let r = self.compare(a, b, CmpOp::Lt)?;
        match r {
            Value::Bool(b) => Ok(b),
            other => self.truthy(&other),
        }
    }

    /// The built-in comparison (`None` = NotImplemented).
    pub fn native_compare(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<bool>> {
        use std::cmp::Ordering;
        let ord_to = |o: Ordering| -> bool {
            match op {
                CmpOp::Lt => o == Ordering::Less,
                CmpOp::Le => o != Ordering::Greater,
                CmpOp::Eq => o == Ordering::Equal,
                CmpOp::Ne => o != Ordering::Equal,
                CmpOp::Gt => o == Ordering::Greater,
                CmpOp::Ge => o != Ordering::Less,
            }
        };
        if let (Some(x), Some(y)) = (num_of(a), num_of(b)) {
            return Ok(match num_cmp(&x, &y) {
                Some(o) => Some(ord_to(o)),
                None => match (&x, &y, op) {
                    (Num::C(..), _, CmpOp::Eq | CmpOp::Ne)
                    | (_, Num::C(..), CmpOp::Eq | CmpOp::Ne) => {
                        let eq = complex_eq(&x, &y);
                        Some(if op == CmpOp::Eq { eq } else { !eq })
                    }
                    (Num::C(..), _, _) | (_, Num::C(..), _) => None,
                    // NaN
                    _ => Some(op == CmpOp::Ne),
                },
            });
        }
        if let (Some(x), Some(y)) = (a.as_pystr(), b.as_pystr()) {
            return Ok(Some(ord_to(x.s.cmp(&y.s))));
        }
        match (a.payload(), b.payload()) {
            (Some(Payload::Tuple(x)), Some(Payload::Tuple(y))) => {
                // Tuples are immutable and `a`, `b` keep them alive: no copy.
                return self.seq_compare(x, y, op).map(Some);
            }
            (Some(Payload::List(x)), Some(Payload::List(y))) => {
                if matches!(op, CmpOp::Eq | CmpOp::Ne) && x.borrow().len() != y.borrow().len() {
                    return Ok(Some(op == CmpOp::Ne));
                }
                return self.compare_lists_paced(x, y, op).map(Some);
            }
            (Some(Payload::Bytes(x)), Some(Payload::Bytes(y))) => {
                return Ok(Some(ord_to(x.cmp(y))))
            }
            (Some(Payload::ByteArray(x)), Some(Payload::ByteArray(y))) => {
                return Ok(Some(ord_to(x.borrow().cmp(&*y.borrow()))))
            }
            (Some(Payload::Bytes(x)), Some(Payload::ByteArray(y))) => {
                return Ok(Some(ord_to((**x).cmp(&y.borrow()[..]))))
            }
            (Some(Payload::ByteArray(x)), Some(Payload::Bytes(y))) => {
                return Ok(Some(ord_to(x.borrow()[..].cmp(y))))
            }
            (Some(Payload::Dict(_)), Some(Payload::Dict(_))) => {
                if matches!(op, CmpOp::Eq | CmpOp::Ne) {
                    let eq = self.dict_eq(a, b)?;
                    return Ok(Some(if op == CmpOp::Eq { eq } else { !eq }));
                }
                return Ok(None);
            }
            (
                Some(Payload::Set(_) | Payload::FrozenSet(_)),
                Some(Payload::Set(_) | Payload::FrozenSet(_)),
            ) => {
                return self.set_compare(a, b, op).map(Some);
            }
            (Some(Payload::Slice(a1, b1, c1)), Some(Payload::Slice(a2, b2, c2))) => {
                let x = vec![a1.clone(), b1.clone(), c1.clone()];
                let y = vec![a2.clone(), b2.clone(), c2.clone()];
                return self.seq_compare(&x, &y, op).map(Some);
            }
            (Some(p1), Some(p2))
                if crate::objects::range::is_range(p1) && crate::objects::range::is_range(p2) =>
            {
                if matches!(op, CmpOp::Eq | CmpOp::Ne) {
                    let eq = crate::objects::range::equal(p1, p2);
                    return Ok(Some(if op == CmpOp::Eq { eq } else { !eq }));
                }
                return Ok(None);
            }
            // Keys and items views compare with each other and with sets
            // like sets do (all six operators), as in CPython 3.4.
            (Some(Payload::DictView(_, k)), Some(p2))
            | (Some(p2), Some(Payload::DictView(_, k)))
                if *k != 1
                    && (matches!(p2, Payload::Set(_) | Payload::FrozenSet(_))
                        || matches!(p2, Payload::DictView(_, k2) if *k2 != 1)) =>
            {
                return self.set_compare(a, b, op).map(Some);
            }
            (Some(Payload::WeakRef(_)), Some(Payload::WeakRef(_))) => {
                return self.weakref_compare(a, b, op);
            }
            (Some(Payload::MappingProxy(t)), _) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
                let t = t.clone();
                let m = self.proxy_mapping(&t);
                let r = self.compare(&m, b, op)?;
                return self.truthy(&r).map(Some);
            }
            _ => {}
        }
        if matches!(op, CmpOp::Eq | CmpOp::Ne) {
            if let Some(eq) = crate::objects::memoryview::equals(self, a, b)? {
                return Ok(Some(if op == CmpOp::Eq { eq } else { !eq }));
            }
        }
        match op {
            CmpOp::Eq => Ok(if a.is(b) { Some(true) } else { None }),
            CmpOp::Ne => Ok(if a.is(b) { Some(false) } else { None }),
            _ => Ok(None),
        }
    }

    fn seq_compare(&mut self, x: &[Value], y: &[Value], op: CmpOp) -> PyResult<bool> {
        if self.native_depth > super::NATIVE_DEPTH_LIMIT * 4 {
            return Err(self.new_error(
                "RuntimeError",
                "maximum recursion depth exceeded in comparison",
            ));
        }
        self.native_depth += 1;
        let r = self.seq_compare_inner(x, y, op);
        self.native_depth -= 1;
        r
    }

    fn seq_compare_inner(&mut self, x: &[Value], y: &[Value], op: CmpOp) -> PyResult<bool> {
        if matches!(op, CmpOp::Eq | CmpOp::Ne) && x.len() != y.len() {
            return Ok(op == CmpOp::Ne);
        }
        for (i, (p, q)) in x.iter().zip(y.iter()).enumerate() {
            self.charge_every(i)?;
            if let Some(verdict) = self.item_verdict(p, q, op)? {
                return Ok(verdict);
            }
        }
        Ok(op.holds(x.len().cmp(&y.len())))
    }

    /// One step of a lexicographic sequence comparison: `None` when `p` and
    /// `q` are identical or equal (go on), else the comparison's result,
    /// which the first differing pair decides.
    pub(crate) fn item_verdict(
        &mut self,
        p: &Value,
        q: &Value,
        op: CmpOp,
    ) -> PyResult<Option<bool>> {
        if p.is(q) || self.eq(p, q)? {
            return Ok(None);
        }
        match op {
            CmpOp::Eq => Ok(Some(false)),
            CmpOp::Ne => Ok(Some(true)),
            _ => {
                let r = self.compare(p, q, op)?;
                self.truthy(&r).map(Some)
            }
        }
    }

    /// `needle in container`.
    pub fn contains(&mut self, container: &Value, needle: &Value) -> PyResult<bool> {
        if let Some(s) = container.as_pystr() {
            if !self.is_heap(container) {
                return match needle.as_pystr() {
                    Some(n) => {
                        self.charge_work(s.s.len() as u64 / 8)?;
                        if n.s.is_empty() {
                            return Ok(true);
                        }
                        if s.is_wide() || n.is_wide() {
                            return match crate::objects::str_wide::contains(s, n) {
                                Some(found) => Ok(found),
                                None => Err(self.new_error(
                                    "ValueError",
                                    "Kaa cannot search a string with lone surrogates here",
                                )),
                            };
                        }
                        let first = crate::text::bytes::PacedMatches::new(
                            s.s.as_bytes(),
                            n.s.as_bytes(),
                            1,
                        )
                        .next();
                        match first {
                            Some(Ok(_)) => Ok(true),
                            None => Ok(false),
                            Some(Err(_)) => Err(self.interrupted()),
                        }
                    }
                    None => {
                        let msg = format!(
                            "'in <string>' requires string as left operand, not {}",
                            self.type_name(needle)
                        );
                        Err(self.new_error("TypeError", &msg))
                    }
                };
            }
        }
        if self.is_heap(container) {
            let c = self.names.contains.clone();
            if let Some(r) = self.call_special(container, &c, std::slice::from_ref(needle))? {
                return self.truthy(&r);
            }
        }
        if let Some(r) = crate::objects::bytearray_methods::contains(self, container, needle)? {
            return Ok(r);
        }
        match container.payload() {
            Some(Payload::List(items)) => {
                let mut start = 0;
                loop {
                    let chunk = Vm::list_chunk(items, start);
                    if chunk.is_empty() {
                        return Ok(false);
                    }
                    for it in &chunk {
                        if it.is(needle) || self.eq(it, needle)? {
                            return Ok(true);
                        }
                    }
                    start += chunk.len();
                    self.charge_work(chunk.len() as u64)?;
                }
            }
            Some(Payload::Tuple(items)) => {
                for (i, it) in items.iter().enumerate() {
                    self.charge_every(i)?;
                    if it.is(needle) || self.eq(it, needle)? {
                        return Ok(true);
                    }
                }
                return Ok(false);
            }
            Some(Payload::Dict(_)) => return Ok(self.dict_get(container, needle)?.is_some()),
            Some(Payload::MappingProxy(t)) => {
                let t = t.clone();
                let m = self.proxy_mapping(&t);
                return self.contains(&m, needle);
            }
            Some(Payload::Set(_)) | Some(Payload::FrozenSet(_)) => {
                return self.set_contains(container, needle)
            }
            Some(Payload::DictView(d, kind)) => {
                let dv = Value::Obj(d.clone());
                match kind {
                    0 => return Ok(self.dict_get(&dv, needle)?.is_some()),
                    2 => {
                        if let Some(Payload::Tuple(t)) = needle.payload() {
                            if t.len() == 2 {
                                if let Some(v) = self.dict_get(&dv, &t[0])? {
                                    return self.eq(&v, &t[1]);
                                }
                            }
                        }
                        return Ok(false);
                    }
                    _ => {}
                }
            }
            Some(p @ (Payload::Range(..) | Payload::BigRange(_))) => {
                return crate::objects::range::contains(self, p, needle);
            }
            Some(Payload::Bytes(bs)) => {
                return match needle {
                    Value::Int(_) | Value::Bool(_) => {
                        let i = match needle {
                            Value::Bool(b) => *b as i64,
                            Value::Int(i) => *i,
                            _ => 0,
                        };
                        if !(0..256).contains(&i) {
                            return Err(
                                self.new_error("ValueError", "byte must be in range(0, 256)")
                            );
                        }
                        Ok(bs.contains(&(i as u8)))
                    }
                    _ => {
                        match needle.payload() {
                            Some(Payload::Bytes(n)) => {
                                Ok(n.is_empty() || bs.windows(n.len()).any(|w| w == &n[..]))
                            }
                            _ => Err(self
                                .new_error("TypeError", "Type str doesn't support the buffer API")),
                        }
                    }
                };
            }
            _ => {}
        }
        // Fall back to iteration.
        let it = match self.iter(container) {
            Ok(it) => it,
            Err(super::PyErr::Exc(e)) if self.is_instance_of(&e, "TypeError") => {
                let msg = format!(
                    "argument of type '{}' is not iterable",
                    self.type_name(container)
                );
                return Err(self.new_error("TypeError", &msg));
            }
            Err(e) => return Err(e),
        };
        while let Some(v) = self.next(&it)? {
            if v.is(needle) || self.eq(&v, needle)? {
                return Ok(true);
            }
        }
        Ok(false)
    }
}

fn complex_eq(x: &Num, y: &Num) -> bool {
    let c = |n: &Num| match n {
        Num::C(r, i) => (*r, *i),
        other => (to_f64(other).unwrap_or(f64::NAN), 0.0),
    };
    c(x) == c(y)
}

/// Exact comparison of two real numbers (None for NaN or complex).
pub fn num_cmp(x: &Num, y: &Num) -> Option<std::cmp::Ordering> {
    use Num::*;
    match (x, y) {
        (I(a), I(b)) => Some(a.cmp(b)),
        (F(a), F(b)) => a.partial_cmp(b),
        (I(a), F(b)) => int_float_cmp(&BigInt::from(*a), *b),
        (F(a), I(b)) => int_float_cmp(&BigInt::from(*b), *a).map(|o| o.reverse()),
        (B(a), F(b)) => int_float_cmp(a, *b),
        (F(a), B(b)) => int_float_cmp(b, *a).map(|o| o.reverse()),
        (C(..), _) | (_, C(..)) => None,
        _ => Some(big(x).cmp(&big(y))),
    }
}

fn int_float_cmp(a: &BigInt, b: f64) -> Option<std::cmp::Ordering> {
    if b.is_nan() {
        return None;
    }
    if b.is_infinite() {
        return Some(if b > 0.0 {
            std::cmp::Ordering::Less
        } else {
            std::cmp::Ordering::Greater
        });
    }
    if let Some(ai) = a.to_i64() {
        if ai.unsigned_abs() < (1 << 53) {
            return (ai as f64).partial_cmp(&b);
        }
    }
    let fl = b.floor();
    let bi = BigInt::from(fl as i128);
    let bi = if fl.abs() >= 1.7e38 {
        num_bigint::BigInt::from_signed_bytes_le(&[0])
            + crate::builtins::float_to_bigint(fl).unwrap_or_default()
    } else {
        bi
    };
    match a.cmp(&bi) {
        std::cmp::Ordering::Equal => {
            if b > fl {
                Some(std::cmp::Ordering::Less)
            } else {
                Some(std::cmp::Ordering::Equal)
            }
        }
        o => Some(o),
    }
}

/// A memory error that is not tied to a VM (for size estimates).
struct PyErrMem;
impl PyErrMem {
    fn mem() -> super::PyErr {
        super::PyErr::Limit(super::Limit::Memory)
    }
}
