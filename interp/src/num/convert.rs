//! Exact conversions between ints and floats (correctly rounded, half-even).

use super::error::ArithError;
use super::int::Int;
use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{One, ToPrimitive, Zero};

/// `x * 2**e`, exact whenever the result is representable (callers make sure it is).
pub fn ldexp(x: f64, e: i64) -> f64 {
    let mut x = x;
    let mut e = e.clamp(-3000, 3000);
    while e > 1000 {
        x *= 2f64.powi(1000);
        e -= 1000;
    }
    while e < -1000 {
        x *= 2f64.powi(-1000);
        e += 1000;
    }
    x * 2f64.powi(e as i32)
}

/// Splits a finite float into `(mantissa, exponent)` with `x == mantissa * 2**exponent`
/// exactly; the mantissa carries the sign.
pub fn decompose(x: f64) -> (i64, i64) {
    let bits = x.to_bits();
    let sign = if bits >> 63 == 1 { -1 } else { 1 };
    let exp_field = ((bits >> 52) & 0x7ff) as i64;
    let frac = (bits & ((1u64 << 52) - 1)) as i64;
    let (m, e) = if exp_field == 0 {
        (frac, -1074)
    } else {
        (frac | (1i64 << 52), exp_field - 1075)
    };
    (sign * m, e)
}

/// Rounds `(m + t) * 2**e` to the nearest float (half-even), where `t` is an
/// unknown positive fraction below one when `inexact` is set (a sticky bit; callers
/// must supply at least two bits beyond the 53 kept). Returns infinity on overflow.
pub fn compose_f64(m: &BigUint, e: i64, inexact: bool) -> f64 {
    let n = m.bits() as i64;
    if n == 0 {
        return 0.0;
    }
    let top = n - 1 + e; // exponent of the leading bit
    if top > 1023 {
        return f64::INFINITY;
    }
    let lowest = (top - 52).max(-1074); // exponent of the last bit kept
    let drop = lowest - e;
    if drop <= 0 {
        let v = m.to_u64().map_or(f64::INFINITY, |v| v as f64);
        return ldexp(v, e);
    }
    if drop > n {
        return 0.0;
    }
    let drop_u = drop as u64;
    let q: BigUint = m >> drop_u;
    let rem: BigUint = m - (&q << drop_u);
    let half: BigUint = BigUint::one() << (drop_u - 1);
    let mut q = q.to_u64().unwrap_or(u64::MAX);
    let round_up = match rem.cmp(&half) {
        std::cmp::Ordering::Greater => true,
        std::cmp::Ordering::Equal => inexact || q & 1 == 1,
        std::cmp::Ordering::Less => false,
    };
    if round_up {
        q += 1;
    }
    ldexp(q as f64, lowest)
}

/// Converts an int to the nearest float, as CPython's `float(int)`.
pub fn int_to_f64(i: &Int) -> Result<f64, ArithError> {
    match i {
        Int::Small(v) => Ok(*v as f64),
        Int::Big(b) => {
            let r = compose_f64(b.magnitude(), 0, false);
            if r.is_infinite() {
                return Err(ArithError::IntTooLargeForFloat);
            }
            Ok(if b.sign() == Sign::Minus { -r } else { r })
        }
    }
}

/// Converts a float to an int by truncation toward zero, as CPython's `int(float)`.
pub fn f64_to_int(x: f64) -> Result<Int, ArithError> {
    if x.is_nan() {
        return Err(ArithError::FloatNanToInt);
    }
    if x.is_infinite() {
        return Err(ArithError::FloatInfinityToInt);
    }
    let t = x.trunc();
    if t.abs() < 9.0e18 {
        return Ok(Int::Small(t as i64));
    }
    let (m, e) = decompose(t);
    // |t| >= 2**62 so e > 0 here.
    let b = BigInt::from(m) << (e.max(0) as u64);
    Ok(Int::from_big(b))
}

/// The exact value of a finite float as a ratio of a BigInt numerator and a power
/// of two denominator exponent: `x == num / 2**den_exp`.
pub(crate) fn f64_exact_parts(x: f64) -> (BigInt, u64) {
    let (m, e) = decompose(x);
    if e >= 0 {
        (BigInt::from(m) << (e as u64), 0)
    } else {
        // reduce trailing zeros
        if m == 0 {
            return (BigInt::zero(), 0);
        }
        let tz = (m.unsigned_abs().trailing_zeros() as i64).min(-e);
        (BigInt::from(m >> tz), (-e - tz) as u64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounding_half_even() {
        // 2**53 + 1 rounds to 2**53; 2**53 + 3 rounds to 2**53 + 4.
        let two53 = BigUint::one() << 53u32;
        assert_eq!(compose_f64(&(&two53 + 1u32), 0, false), 9007199254740992.0);
        assert_eq!(compose_f64(&(&two53 + 3u32), 0, false), 9007199254740996.0);
        assert_eq!(compose_f64(&(&two53 + 1u32), 0, true), 9007199254740994.0);
        assert_eq!(compose_f64(&BigUint::one(), -1074, false), 5e-324);
        assert_eq!(compose_f64(&BigUint::one(), -1075, false), 0.0);
        assert_eq!(compose_f64(&BigUint::one(), -1075, true), 5e-324);
        assert_eq!(compose_f64(&BigUint::from(3u32), -1076, false), 5e-324);
    }

    #[test]
    fn decompose_roundtrip() {
        for x in [1.0, -2.5, 5e-324, 1e308, 0.1] {
            let (m, e) = decompose(x);
            assert_eq!(ldexp(m as f64, e), x);
        }
    }
}
