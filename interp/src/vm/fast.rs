//! Fast paths of the eval loop for the commonest operand types: int and
//! float arithmetic, and indexing exact lists and tuples by an int. Each
//! returns `None` (or gives the value back) when the operands are anything
//! else, or when the operation would raise, so the general path decides
//! every other case with CPython's semantics.

use super::Vm;
use crate::bytecode::BinOp;
use crate::objects::{Obj, Payload, Value};
use std::rc::Rc;

/// Whether `cls` is exactly the built-in class `t` (no subclass can
/// override an operation of an object whose class is `t`).
#[inline]
fn is_exactly(cls: &Option<Rc<Obj>>, t: &Rc<Obj>) -> bool {
    matches!(cls, Some(c) if Rc::ptr_eq(c, t))
}

/// The slot of index `i` (negative counts from the end) in a sequence of
/// `len` items, if it is in range.
#[inline]
fn slot_of(i: i64, len: usize) -> Option<usize> {
    let j = if i < 0 { i.checked_add(len as i64)? } else { i };
    usize::try_from(j).ok().filter(|&j| j < len)
}

impl Vm {
    /// `a op b` for two ints (when it does not overflow i64 and needs no
    /// error) or two floats; `None` for everything else. int and float have
    /// no in-place methods, so this is also `a op= b`.
    #[inline]
    pub(super) fn number_binary_fast(&mut self, a: &Value, b: &Value, op: BinOp) -> Option<Value> {
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => match op {
                BinOp::Add => x.checked_add(*y).map(Value::Int),
                BinOp::Sub => x.checked_sub(*y).map(Value::Int),
                BinOp::Mul => x.checked_mul(*y).map(Value::Int),
                BinOp::And => Some(Value::Int(x & y)),
                BinOp::Or => Some(Value::Int(x | y)),
                BinOp::Xor => Some(Value::Int(x ^ y)),
                BinOp::Mod if *y > 0 && *x >= 0 => Some(Value::Int(x % y)),
                BinOp::FloorDiv if *y > 0 && *x >= 0 => Some(Value::Int(x / y)),
                _ => None,
            },
            (Value::Float(x), Value::Float(y)) => match op {
                BinOp::Add => Some(self.float_result(x + y)),
                BinOp::Sub => Some(self.float_result(x - y)),
                BinOp::Mul => Some(self.float_result(x * y)),
                BinOp::TrueDiv if *y != 0.0 => Some(self.float_result(x / y)),
                _ => None,
            },
            _ => None,
        }
    }

    /// `o[i]` for an exact list or tuple and an index in range.
    #[inline]
    pub(super) fn index_fast(&self, o: &Rc<Obj>, i: i64) -> Option<Value> {
        match &o.payload {
            Payload::List(items) if is_exactly(&o.cls, &self.types.list) => {
                let items = items.try_borrow().ok()?;
                items.get(slot_of(i, items.len())?).cloned()
            }
            Payload::Tuple(items) if is_exactly(&o.cls, &self.types.tuple) => {
                items.get(slot_of(i, items.len())?).cloned()
            }
            _ => None,
        }
    }

    /// `o[i] = v` for an exact list and an index in range: `Ok` with the
    /// value it replaced, or `Err(v)` back for the general path.
    #[inline]
    pub(super) fn store_index_fast(&self, o: &Rc<Obj>, i: i64, v: Value) -> Result<Value, Value> {
        match &o.payload {
            Payload::List(items) if is_exactly(&o.cls, &self.types.list) => {
                let Ok(mut items) = items.try_borrow_mut() else {
                    return Err(v);
                };
                let len = items.len();
                match slot_of(i, len).and_then(|j| items.get_mut(j)) {
                    Some(slot) => Ok(std::mem::replace(slot, v)),
                    None => Err(v),
                }
            }
            _ => Err(v),
        }
    }
}
