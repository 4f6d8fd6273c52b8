//! int helpers: CPython's hash of ints and floats, BigInt conversions.
//! (replaced by crate::num when the kernel lands)

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

/// The modulus of CPython's numeric hash (2**61 - 1).
pub const HASH_MODULUS: i64 = (1 << 61) - 1;

/// `hash(n)` for a small int.
#[inline]
pub fn hash_i64(n: i64) -> i64 {
    let m = HASH_MODULUS;
    let mut h = if n >= 0 {
        n % m
    } else {
        -((-(n as i128) % m as i128) as i64)
    };
    if h == -1 {
        h = -2;
    }
    h
}

/// `hash(n)` for a big int.
pub fn hash_big(n: &BigInt) -> i64 {
    let m = BigInt::from(HASH_MODULUS);
    let r = (n.abs() % &m).to_i64().unwrap_or(0);
    let mut h = if n.is_negative() { -r } else { r };
    if h == -1 {
        h = -2;
    }
    h
}

/// `hash(x)` for a float, as CPython computes it.
pub fn hash_f64(x: f64) -> i64 {
    if x.is_nan() {
        return 0;
    }
    if x.is_infinite() {
        return if x > 0.0 { 314159 } else { -314159 };
    }
    if x.fract() == 0.0 && x.abs() < 9.2e18 {
        return hash_i64(x as i64);
    }
    let (mut m, mut e) = frexp(x.abs());
    let sign = if x < 0.0 { -1 } else { 1 };
    let modulus = HASH_MODULUS as u64;
    let mut acc: u64 = 0;
    while m != 0.0 {
        acc = ((acc << 28) & modulus) | (acc >> (61 - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        acc += y;
        if acc >= modulus {
            acc -= modulus;
        }
    }
    let e = if e >= 0 {
        e % 61
    } else {
        61 - 1 - ((-1 - e) % 61)
    };
    acc = ((acc << e) & modulus) | (acc >> (61 - e));
    let mut h = acc as i64 * sign;
    if h == -1 {
        h = -2;
    }
    h
}

fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 {
        return (0.0, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(x * (1u64 << 54) as f64);
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022)
}

/// Whether a BigInt is zero.
pub fn big_is_zero(b: &BigInt) -> bool {
    b.is_zero()
}
