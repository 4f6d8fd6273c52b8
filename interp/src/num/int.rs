//! The `Int` value: an i64 fast path with an arbitrary-precision fallback.

use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive};
use std::cmp::Ordering;
use std::rc::Rc;

/// A Python int. Invariant: `Big` only holds values that do not fit in an i64,
/// so equal values always have the same variant (constructors normalise).
#[derive(Clone, Debug)]
pub enum Int {
    /// A value fitting in an i64.
    Small(i64),
    /// A value outside the i64 range, shared because big values are immutable.
    Big(Rc<BigInt>),
}

impl Int {
    /// Builds an `Int` from a `BigInt`, normalising to `Small` when it fits.
    pub fn from_big(b: BigInt) -> Int {
        match b.to_i64() {
            Some(v) => Int::Small(v),
            None => Int::Big(Rc::new(b)),
        }
    }

    /// The value as a `BigInt` (allocates for `Small`).
    pub fn to_bigint(&self) -> BigInt {
        match self {
            Int::Small(v) => BigInt::from(*v),
            Int::Big(b) => (**b).clone(),
        }
    }

    /// The value as an i64, if it fits.
    pub fn to_i64(&self) -> Option<i64> {
        match self {
            Int::Small(v) => Some(*v),
            Int::Big(_) => None,
        }
    }

    /// The value as a usize, if it is non-negative and fits.
    pub fn to_usize(&self) -> Option<usize> {
        self.to_i64().and_then(|v| usize::try_from(v).ok())
    }

    /// True for zero.
    pub fn is_zero(&self) -> bool {
        matches!(self, Int::Small(0))
    }

    /// True for values below zero.
    pub fn is_negative(&self) -> bool {
        self.sign() < 0
    }

    /// -1, 0 or 1.
    pub fn sign(&self) -> i32 {
        match self {
            Int::Small(v) => v.signum() as i32,
            Int::Big(b) => match b.sign() {
                Sign::Minus => -1,
                Sign::NoSign => 0,
                Sign::Plus => 1,
            },
        }
    }

    /// Number of bits needed for the absolute value (Python's `int.bit_length`).
    pub fn bit_length(&self) -> u64 {
        match self {
            Int::Small(v) => 64 - u64::from(v.unsigned_abs().leading_zeros()),
            Int::Big(b) => b.bits(),
        }
    }

    /// Applies `f` to both values as BigInts (the slow path of the operators).
    pub(crate) fn big_op(a: &Int, b: &Int, f: impl FnOnce(&BigInt, &BigInt) -> BigInt) -> Int {
        let r = match (a, b) {
            (Int::Big(x), Int::Big(y)) => f(x, y),
            (Int::Big(x), Int::Small(y)) => f(x, &BigInt::from(*y)),
            (Int::Small(x), Int::Big(y)) => f(&BigInt::from(*x), y),
            (Int::Small(x), Int::Small(y)) => f(&BigInt::from(*x), &BigInt::from(*y)),
        };
        Int::from_big(r)
    }

    /// Borrows the value as a BigInt, converting `Small` into a temporary.
    pub(crate) fn with_big<R>(&self, f: impl FnOnce(&BigInt) -> R) -> R {
        match self {
            Int::Small(v) => f(&BigInt::from(*v)),
            Int::Big(b) => f(b),
        }
    }

    /// Absolute value as a BigInt (non-negative).
    pub(crate) fn abs_big(&self) -> BigInt {
        match self {
            Int::Small(v) => BigInt::from(v.unsigned_abs()),
            Int::Big(b) => b.abs(),
        }
    }
}

impl Default for Int {
    fn default() -> Self {
        Int::Small(0)
    }
}

impl From<i64> for Int {
    fn from(v: i64) -> Self {
        Int::Small(v)
    }
}

impl From<i32> for Int {
    fn from(v: i32) -> Self {
        Int::Small(i64::from(v))
    }
}

impl From<u64> for Int {
    fn from(v: u64) -> Self {
        match i64::try_from(v) {
            Ok(s) => Int::Small(s),
            Err(_) => Int::Big(Rc::new(BigInt::from(v))),
        }
    }
}

impl From<usize> for Int {
    fn from(v: usize) -> Self {
        Int::from(v as u64)
    }
}

impl From<i128> for Int {
    fn from(v: i128) -> Self {
        match i64::try_from(v) {
            Ok(s) => Int::Small(s),
            Err(_) => Int::Big(Rc::new(BigInt::from(v))),
        }
    }
}

impl From<BigInt> for Int {
    fn from(b: BigInt) -> Self {
        Int::from_big(b)
    }
}

impl From<bool> for Int {
    fn from(b: bool) -> Self {
        Int::Small(i64::from(b))
    }
}

impl PartialEq for Int {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Int::Small(a), Int::Small(b)) => a == b,
            (Int::Big(a), Int::Big(b)) => a == b,
            _ => false, // normalisation: a Small never equals a Big
        }
    }
}

impl Eq for Int {}

impl PartialOrd for Int {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Int {
    fn cmp(&self, other: &Self) -> Ordering {
        match (self, other) {
            (Int::Small(a), Int::Small(b)) => a.cmp(b),
            (Int::Big(a), Int::Big(b)) => a.cmp(b),
            (Int::Small(_), Int::Big(b)) => {
                if b.is_negative() {
                    Ordering::Greater
                } else {
                    Ordering::Less
                }
            }
            (Int::Big(a), Int::Small(_)) => {
                if a.is_negative() {
                    Ordering::Less
                } else {
                    Ordering::Greater
                }
            }
        }
    }
}

impl std::hash::Hash for Int {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        match self {
            Int::Small(v) => v.hash(state),
            Int::Big(b) => b.hash(state),
        }
    }
}

impl std::fmt::Display for Int {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Int::Small(v) => write!(f, "{v}"),
            Int::Big(b) => write!(f, "{b}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises() {
        assert_eq!(Int::from_big(BigInt::from(5)), Int::Small(5));
        let big: BigInt = BigInt::from(i64::MAX) + 1;
        assert!(matches!(Int::from_big(big.clone()), Int::Big(_)));
        assert!(Int::from_big(big.clone()) > Int::Small(i64::MAX));
        assert!(Int::from_big(-big - 1) < Int::Small(i64::MIN));
        assert_eq!(Int::Small(i64::MIN).bit_length(), 64);
        assert_eq!(Int::Small(-255).bit_length(), 8);
    }
}
