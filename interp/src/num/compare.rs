//! Exact comparisons between ints and floats (Python compares them exactly, even
//! when the int has no float equivalent).

use super::convert::f64_to_int;
use super::int::Int;
use std::cmp::Ordering;

/// Compares an int with a float exactly; `None` when the float is NaN.
pub fn cmp_int_float(i: &Int, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    if let Int::Small(v) = i {
        // Exact when both sides are below 2**53 in magnitude.
        if v.unsigned_abs() <= 1 << 53 {
            return (*v as f64).partial_cmp(&f);
        }
    }
    let floor = f.floor();
    let fi = f64_to_int(floor).ok()?;
    match i.cmp(&fi) {
        Ordering::Equal => Some(if floor == f {
            Ordering::Equal
        } else {
            Ordering::Less
        }),
        other => Some(other),
    }
}

/// `i == f` with Python's exact semantics.
pub fn int_eq_float(i: &Int, f: f64) -> bool {
    cmp_int_float(i, f) == Some(Ordering::Equal)
}

#[cfg(test)]
mod tests {
    use super::*;
    use num_bigint::BigInt;

    #[test]
    fn exact() {
        let big = Int::from_big(BigInt::from(1u64 << 53) + 1);
        assert_eq!(
            cmp_int_float(&big, 9007199254740992.0),
            Some(Ordering::Greater)
        );
        assert_eq!(cmp_int_float(&Int::Small(3), 3.5), Some(Ordering::Less));
        assert_eq!(
            cmp_int_float(&Int::Small(-3), -3.5),
            Some(Ordering::Greater)
        );
        assert_eq!(cmp_int_float(&Int::Small(3), f64::NAN), None);
        assert!(int_eq_float(&Int::Small(i64::MIN), -9223372036854775808.0));
    }
}
