//! Python float arithmetic: floor division, modulo, power and rounding with
//! CPython 3.4's sign rules and error messages.

use super::convert::{decompose, f64_exact_parts};
use super::error::ArithError;
use super::int::Int;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Pow, Signed, Zero};

/// The result of a float power.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum FloatPow {
    /// A real result.
    Real(f64),
    /// Negative base with a non-integral exponent: Python 3 computes a complex power.
    NeedsComplex,
}

/// `x / y` for floats.
pub fn float_truediv(x: f64, y: f64) -> Result<f64, ArithError> {
    if y == 0.0 {
        return Err(ArithError::FloatDivisionByZero);
    }
    Ok(x / y)
}

/// `x % y` for floats (result has the sign of `y`; zero results carry `y`'s sign).
pub fn float_mod(x: f64, y: f64) -> Result<f64, ArithError> {
    if y == 0.0 {
        return Err(ArithError::FloatModuloByZero);
    }
    let m = x % y;
    Ok(if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m + y
        } else {
            m
        }
    } else {
        0.0f64.copysign(y)
    })
}

/// `divmod(x, y)` for floats, as CPython's `float_divmod`.
pub fn float_divmod(x: f64, y: f64) -> Result<(f64, f64), ArithError> {
    if y == 0.0 {
        return Err(ArithError::FloatDivmodByZero);
    }
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(x / y)
    };
    Ok((floordiv, m))
}

/// `x // y` for floats (3.4 reports division by zero as `float divmod()`).
pub fn float_floordiv(x: f64, y: f64) -> Result<f64, ArithError> {
    Ok(float_divmod(x, y)?.0)
}

/// True when `x` is an odd integer (finite).
fn is_odd_integer(x: f64) -> bool {
    x.is_finite() && x == x.trunc() && (x % 2.0).abs() == 1.0
}

/// `x ** y` for floats, as CPython 3.4's `float_pow`.
pub fn float_pow(x: f64, y: f64) -> Result<FloatPow, ArithError> {
    use FloatPow::Real;
    if y == 0.0 {
        return Ok(Real(1.0));
    }
    if x.is_nan() {
        return Ok(Real(x));
    }
    if y.is_nan() {
        return Ok(Real(if x == 1.0 { 1.0 } else { y }));
    }
    if y.is_infinite() {
        let ax = x.abs();
        return Ok(Real(if ax == 1.0 {
            1.0
        } else if (y > 0.0) == (ax > 1.0) {
            f64::INFINITY
        } else {
            0.0
        }));
    }
    if x.is_infinite() {
        let odd = is_odd_integer(y);
        return Ok(Real(if y > 0.0 {
            if odd {
                x
            } else {
                x.abs()
            }
        } else if odd {
            0.0f64.copysign(x)
        } else {
            0.0
        }));
    }
    if x == 0.0 {
        if y < 0.0 {
            return Err(ArithError::ZeroToNegativePower);
        }
        return Ok(Real(if is_odd_integer(y) { x } else { 0.0 }));
    }
    let mut base = x;
    let mut negate = false;
    if base < 0.0 {
        if y != y.floor() {
            return Ok(FloatPow::NeedsComplex);
        }
        base = -base;
        negate = is_odd_integer(y);
    }
    if base == 1.0 {
        return Ok(Real(if negate { -1.0 } else { 1.0 }));
    }
    let r = base.powf(y);
    if r.is_infinite() {
        return Err(ArithError::FloatPowOverflow);
    }
    Ok(Real(if negate { -r } else { r }))
}

/// `float.is_integer()`.
pub fn float_is_integer(x: f64) -> bool {
    x.is_finite() && x == x.trunc()
}

/// `float.as_integer_ratio()`: the exact value as a reduced fraction.
pub fn float_as_integer_ratio(x: f64) -> Result<(Int, Int), ArithError> {
    if x.is_infinite() {
        return Err(ArithError::RatioOfInfinity);
    }
    if x.is_nan() {
        return Err(ArithError::RatioOfNan);
    }
    let (num, den_exp) = f64_exact_parts(x);
    let den = BigInt::one() << den_exp;
    Ok((Int::from_big(num), Int::from_big(den)))
}

/// Rounds `num / den` (den > 0) to an integer, ties to even.
fn round_half_even(num: &BigInt, den: &BigInt) -> BigInt {
    let (q, r) = num.div_mod_floor(den);
    let twice: BigInt = &r << 1u32;
    match twice.cmp(den) {
        std::cmp::Ordering::Greater => q + 1,
        std::cmp::Ordering::Equal if q.is_odd() => q + 1,
        _ => q,
    }
}

/// `round(x, ndigits)` for a float: correctly rounded to `10**-ndigits` with ties to
/// even on the exact binary value, as CPython (which uses dtoa's mode 3).
pub fn float_round(x: f64, ndigits: i64) -> Result<f64, ArithError> {
    const NDIGITS_MAX: i64 = 323; // (DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103
    const NDIGITS_MIN: i64 = -308; // -(DBL_MAX_EXP + 1) * 0.30103
    if !x.is_finite() {
        return Ok(x);
    }
    if ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    if x == 0.0 || !x.is_finite() {
        return Ok(x);
    }
    let (m, e) = decompose(x);
    let ten = BigInt::from(10u32);
    let mut num = BigInt::from(m);
    let mut den = BigInt::one();
    if ndigits >= 0 {
        num *= Pow::pow(&ten, ndigits as u64);
    } else {
        den *= Pow::pow(&ten, ndigits.unsigned_abs());
    }
    if e >= 0 {
        num <<= e as u64;
    } else {
        den <<= (-e) as u64;
    }
    let z = round_half_even(&num, &den);
    if z.is_zero() {
        return Ok(0.0f64.copysign(x));
    }
    let text = format!("{}e{}", z, -ndigits);
    let r: f64 = text.parse().unwrap_or(f64::INFINITY);
    if r.is_infinite() {
        return Err(ArithError::RoundedTooLarge);
    }
    Ok(if z.is_negative() { r } else { r.abs() })
}

/// `round(x)` with no ndigits: the nearest int, ties to even.
pub fn float_round_to_int(x: f64) -> Result<Int, ArithError> {
    let r = x.round_ties_even();
    super::convert::f64_to_int(r)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn divmod_signs() {
        assert_eq!(float_divmod(-7.5, 2.0), Ok((-4.0, 0.5)));
        assert_eq!(float_mod(-0.0, 1.0).map(f64::is_sign_positive), Ok(true));
        assert_eq!(float_mod(1.0, -1.0).map(f64::is_sign_negative), Ok(true));
        assert_eq!(float_floordiv(1.0, 0.0), Err(ArithError::FloatDivmodByZero));
        assert_eq!(float_pow(0.0, -1.0), Err(ArithError::ZeroToNegativePower));
        assert_eq!(float_pow(-8.0, 1.0 / 3.0), Ok(FloatPow::NeedsComplex));
        assert_eq!(float_pow(2.0, 10000.0), Err(ArithError::FloatPowOverflow));
    }

    #[test]
    fn rounding() {
        assert_eq!(float_round(2.675, 2), Ok(2.67));
        assert_eq!(float_round(2.5, 0), Ok(2.0));
        assert_eq!(float_round(15.0, -1), Ok(20.0));
        assert_eq!(float_round(25.0, -1), Ok(20.0));
        assert!(float_round(1.7e308, -308).is_err());
    }
}
