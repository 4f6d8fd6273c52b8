//! Python int arithmetic: i64 fast paths with BigInt fallbacks.
//!
//! Operations whose result can be huge (`mul`, `pow`, `lshift`) take a `max_bits`
//! budget and refuse with [`ArithError::TooLarge`] before computing anything bigger.

use super::convert::{compose_f64, int_to_f64};
use super::error::ArithError;
use super::float::{float_pow, FloatPow};
use super::int::Int;
use num_bigint::{BigInt, BigUint};
use num_integer::Integer;
use num_traits::{One, Pow, Signed, Zero};

/// The result of an operation that may give an int or a float (`pow` with a negative
/// exponent), or a complex (`(-8) ** (1/3)` via floats).
#[derive(Clone, Debug, PartialEq)]
pub enum Number {
    /// An int result.
    Int(Int),
    /// A float result.
    Float(f64),
    /// The real-valued power has no real result: the caller must compute it as complex.
    NeedsComplex,
}

/// `a + b`.
pub fn add(a: &Int, b: &Int) -> Int {
    if let (Int::Small(x), Int::Small(y)) = (a, b) {
        if let Some(r) = x.checked_add(*y) {
            return Int::Small(r);
        }
    }
    Int::big_op(a, b, |x, y| x + y)
}

/// `a - b`.
pub fn sub(a: &Int, b: &Int) -> Int {
    if let (Int::Small(x), Int::Small(y)) = (a, b) {
        if let Some(r) = x.checked_sub(*y) {
            return Int::Small(r);
        }
    }
    Int::big_op(a, b, |x, y| x - y)
}

/// `a * b`, refused when the product would exceed `max_bits`.
pub fn mul(a: &Int, b: &Int, max_bits: u64) -> Result<Int, ArithError> {
    if let (Int::Small(x), Int::Small(y)) = (a, b) {
        if let Some(r) = x.checked_mul(*y) {
            return Ok(Int::Small(r));
        }
    }
    if a.is_zero() || b.is_zero() {
        return Ok(Int::Small(0));
    }
    let est = a.bit_length() + b.bit_length();
    if est > max_bits {
        return Err(ArithError::TooLarge {
            estimated_bits: est,
        });
    }
    Ok(Int::big_op(a, b, |x, y| x * y))
}

/// `-a`.
pub fn neg(a: &Int) -> Int {
    match a {
        Int::Small(x) => match x.checked_neg() {
            Some(r) => Int::Small(r),
            None => Int::from_big(-BigInt::from(*x)),
        },
        Int::Big(b) => Int::from_big(-(**b).clone()),
    }
}

/// `abs(a)`.
pub fn abs(a: &Int) -> Int {
    if a.is_negative() {
        neg(a)
    } else {
        a.clone()
    }
}

/// `~a` (== `-a - 1`).
pub fn invert(a: &Int) -> Int {
    match a {
        Int::Small(x) => Int::Small(!x),
        Int::Big(b) => Int::from_big(!(**b).clone()),
    }
}

/// `a // b` (floor division).
pub fn floordiv(a: &Int, b: &Int) -> Result<Int, ArithError> {
    Ok(divmod(a, b)?.0)
}

/// `a % b` (result has the sign of `b`).
pub fn modulo(a: &Int, b: &Int) -> Result<Int, ArithError> {
    if let (Int::Small(x), Int::Small(y)) = (a, b) {
        if *y == 0 {
            return Err(ArithError::IntDivisionByZero);
        }
        let r = x.checked_rem(*y).unwrap_or(0);
        let r = if r != 0 && ((r < 0) != (*y < 0)) {
            r + y
        } else {
            r
        };
        return Ok(Int::Small(r));
    }
    Ok(divmod(a, b)?.1)
}

/// `divmod(a, b)` with Python's floor semantics.
pub fn divmod(a: &Int, b: &Int) -> Result<(Int, Int), ArithError> {
    if b.is_zero() {
        return Err(ArithError::IntDivisionByZero);
    }
    if let (Int::Small(x), Int::Small(y)) = (a, b) {
        if let (Some(mut q), Some(mut r)) = (x.checked_div(*y), x.checked_rem(*y)) {
            if r != 0 && ((r < 0) != (*y < 0)) {
                q -= 1;
                r += y;
            }
            return Ok((Int::Small(q), Int::Small(r)));
        }
    }
    let (q, r) = a.with_big(|x| b.with_big(|y| x.div_mod_floor(y)));
    Ok((Int::from_big(q), Int::from_big(r)))
}

/// `a / b` as a correctly rounded float (CPython's algorithm for big operands).
pub fn truediv(a: &Int, b: &Int) -> Result<f64, ArithError> {
    if b.is_zero() {
        return Err(ArithError::DivisionByZero);
    }
    const EXACT: i64 = 1 << 53;
    if let (Int::Small(x), Int::Small(y)) = (a, b) {
        if (-EXACT..=EXACT).contains(x) && (-EXACT..=EXACT).contains(y) {
            return Ok(*x as f64 / *y as f64);
        }
    }
    let negative = a.is_negative() != b.is_negative();
    let signed = |v: f64| if negative { -v } else { v };
    if a.is_zero() {
        return Ok(signed(0.0));
    }
    let num = a.abs_big().into_parts().1;
    let den = b.abs_big().into_parts().1;
    let diff = num.bits() as i64 - den.bits() as i64;
    if diff > 1025 {
        return Err(ArithError::DivisionResultTooLarge);
    }
    if diff < -1021 - 53 - 2 {
        return Ok(signed(0.0));
    }
    // Keep 55+ quotient bits (fewer in the subnormal range) plus a sticky bit.
    let shift = diff.max(-1021) - 53 - 2;
    let (n, d) = if shift < 0 {
        (num << ((-shift) as u64), den)
    } else {
        (num, den << (shift as u64))
    };
    let (q, r): (BigUint, BigUint) = n.div_rem(&d);
    let v = compose_f64(&q, shift, !r.is_zero());
    if v.is_infinite() {
        return Err(ArithError::DivisionResultTooLarge);
    }
    Ok(signed(v))
}

/// Estimated bit size of `base ** exp` (never below the true size by more than 1 bit).
fn pow_bits_estimate(base: &Int, exp: u64) -> u64 {
    let log2 = match base {
        Int::Small(v) => (v.unsigned_abs() as f64).log2(),
        Int::Big(b) => b.bits() as f64,
    };
    let est = (log2 * exp as f64).ceil();
    if est >= u64::MAX as f64 {
        u64::MAX
    } else {
        est as u64 + 1
    }
}

/// `pow(base, exp)` or `pow(base, exp, modulus)` with Python semantics: a negative
/// exponent without modulus gives a float; results above `max_bits` are refused.
pub fn pow(
    base: &Int,
    exp: &Int,
    modulus: Option<&Int>,
    max_bits: u64,
) -> Result<Number, ArithError> {
    if exp.is_negative() {
        if modulus.is_some() {
            return Err(ArithError::PowNegativeExponentWithModulus);
        }
        let x = int_to_f64(base)?;
        let y = int_to_f64(exp)?;
        return Ok(match float_pow(x, y)? {
            FloatPow::Real(v) => Number::Float(v),
            FloatPow::NeedsComplex => Number::NeedsComplex,
        });
    }
    if let Some(m) = modulus {
        return pow_mod(base, exp, m).map(Number::Int);
    }
    // Trivial bases never grow.
    if let Int::Small(b) = base {
        match b {
            0 => return Ok(Number::Int(Int::Small(i64::from(exp.is_zero())))),
            1 => return Ok(Number::Int(Int::Small(1))),
            -1 => {
                let odd = match exp {
                    Int::Small(e) => e & 1 == 1,
                    Int::Big(e) => e.is_odd(),
                };
                return Ok(Number::Int(Int::Small(if odd { -1 } else { 1 })));
            }
            _ => {}
        }
    }
    let e = match exp.to_i64() {
        Some(e) => e as u64,
        None => {
            return Err(ArithError::TooLarge {
                estimated_bits: u64::MAX,
            })
        }
    };
    if let Int::Small(b) = base {
        if let Ok(e32) = u32::try_from(e) {
            if let Some(r) = b.checked_pow(e32) {
                return Ok(Number::Int(Int::Small(r)));
            }
        }
    }
    let est = pow_bits_estimate(base, e);
    if est > max_bits {
        return Err(ArithError::TooLarge {
            estimated_bits: est,
        });
    }
    let r = base
        .with_big(|b| super::bigwork::pow(b, e))
        .map_err(|_| ArithError::Interrupted)?;
    Ok(Number::Int(Int::from_big(r)))
}

/// `pow(base, exp, m)` for a non-negative exponent; the result has the sign of `m`.
fn pow_mod(base: &Int, exp: &Int, m: &Int) -> Result<Int, ArithError> {
    if m.is_zero() {
        return Err(ArithError::PowModulusZero);
    }
    if let (Int::Small(b), Int::Small(e), Int::Small(md)) = (base, exp, m) {
        let mm = md.unsigned_abs() as u128;
        let mut acc: u128 = 1 % mm;
        let mut sq = (i128::from(*b).rem_euclid(mm as i128)) as u128;
        let mut e = *e as u64;
        while e > 0 {
            if e & 1 == 1 {
                acc = acc * sq % mm;
            }
            sq = sq * sq % mm;
            e >>= 1;
        }
        let r = acc as i128;
        let r = if *md < 0 && r != 0 { r - mm as i128 } else { r };
        return Ok(Int::from(r));
    }
    let mb = m.abs_big();
    let bb = base.with_big(|b| b.mod_floor(&mb));
    let r = exp
        .with_big(|e| super::bigwork::modpow(bb.magnitude(), e.magnitude(), mb.magnitude()))
        .map_err(|_| ArithError::Interrupted)?;
    let r = BigInt::from(r);
    let r = if m.is_negative() && !r.is_zero() {
        r - mb
    } else {
        r
    };
    Ok(Int::from_big(r))
}

/// Converts a shift count, rejecting negative ones.
fn shift_count(n: &Int) -> Result<Option<u64>, ArithError> {
    if n.is_negative() {
        return Err(ArithError::NegativeShiftCount);
    }
    Ok(n.to_i64().map(|v| v as u64))
}

/// `a << n`, refused when the result would exceed `max_bits`.
pub fn lshift(a: &Int, n: &Int, max_bits: u64) -> Result<Int, ArithError> {
    let count = shift_count(n)?;
    if a.is_zero() {
        return Ok(Int::Small(0));
    }
    let Some(count) = count else {
        return Err(ArithError::TooLarge {
            estimated_bits: u64::MAX,
        });
    };
    if let Int::Small(x) = a {
        if count < 63 {
            let r = x << count;
            if r >> count == *x {
                return Ok(Int::Small(r));
            }
        }
    }
    let est = a.bit_length().saturating_add(count);
    if est > max_bits {
        return Err(ArithError::TooLarge {
            estimated_bits: est,
        });
    }
    Ok(Int::from_big(a.with_big(|b| b << count)))
}

/// `a >> n` (floor semantics for negative `a`).
pub fn rshift(a: &Int, n: &Int) -> Result<Int, ArithError> {
    let count = shift_count(n)?;
    let Some(count) = count else {
        return Ok(Int::Small(if a.is_negative() { -1 } else { 0 }));
    };
    match a {
        Int::Small(x) => Ok(Int::Small(if count >= 64 {
            if *x < 0 {
                -1
            } else {
                0
            }
        } else {
            x >> count
        })),
        Int::Big(b) => {
            if count >= b.bits() {
                return Ok(Int::Small(if b.is_negative() { -1 } else { 0 }));
            }
            if b.is_negative() {
                // floor: -((-b - 1) >> n) - 1
                let m: BigInt = -(**b).clone() - 1;
                Ok(Int::from_big(-(m >> count) - 1))
            } else {
                Ok(Int::from_big(&**b >> count))
            }
        }
    }
}

/// `a & b` (two's complement semantics).
pub fn bitand(a: &Int, b: &Int) -> Int {
    if let (Int::Small(x), Int::Small(y)) = (a, b) {
        return Int::Small(x & y);
    }
    Int::big_op(a, b, |x, y| x & y)
}

/// `a | b` (two's complement semantics).
pub fn bitor(a: &Int, b: &Int) -> Int {
    if let (Int::Small(x), Int::Small(y)) = (a, b) {
        return Int::Small(x | y);
    }
    Int::big_op(a, b, |x, y| x | y)
}

/// `a ^ b` (two's complement semantics).
pub fn bitxor(a: &Int, b: &Int) -> Int {
    if let (Int::Small(x), Int::Small(y)) = (a, b) {
        return Int::Small(x ^ y);
    }
    Int::big_op(a, b, |x, y| x ^ y)
}

/// `round(a, ndigits)` for an int: identity for `ndigits >= 0`, otherwise rounds to
/// a multiple of `10**-ndigits` with ties to even (CPython's `int.__round__`).
pub fn int_round(a: &Int, ndigits: &Int) -> Int {
    if !ndigits.is_negative() {
        return a.clone();
    }
    // 10**k > 2*|a| makes the result 0: 10**k >= 2**(3.32k) so k > bits/3 + 1 suffices.
    let k = match ndigits.to_i64() {
        Some(v) => v.unsigned_abs(),
        None => return Int::Small(0),
    };
    if k > a.bit_length() / 3 + 2 {
        return Int::Small(0);
    }
    let p = Pow::pow(BigInt::from(10u32), k);
    let v = a.to_bigint();
    let (q, r) = v.div_mod_floor(&p);
    let twice = &r << 1u32;
    let up = match twice.cmp(&p) {
        std::cmp::Ordering::Greater => true,
        std::cmp::Ordering::Equal => q.is_odd(),
        std::cmp::Ordering::Less => false,
    };
    let q = if up { q + BigInt::one() } else { q };
    Int::from_big(q * p)
}

/// Converts an i64 exponent estimate for callers that need it.
pub fn estimate_pow_bits(base: &Int, exp: &Int) -> u64 {
    match exp.to_i64() {
        Some(e) if e >= 0 => pow_bits_estimate(base, e as u64),
        Some(_) => 64,
        None => u64::MAX,
    }
}
