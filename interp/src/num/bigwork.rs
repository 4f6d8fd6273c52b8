//! Interruptible big-integer kernels: multiplication, division, powers,
//! modular powers and decimal conversion of huge numbers, split into steps
//! of at most a few milliseconds with a deadline check between steps.
//!
//! num-bigint's operations run to completion: `x * x` on a 15-million-bit
//! `x` takes most of a second, `str()` of a million-digit number longer.
//! The sandbox requires that no single instruction runs more than a few
//! milliseconds past the deadline, so above [`STEP_WORK`] limb operations
//! the work is split:
//!
//! * multiplication: balanced operands are split in three and multiplied by
//!   Toom-3 (the evaluation points 0, 1, −1, −2, ∞ with Bodrato's
//!   interpolation, the same algorithm num-bigint uses at these sizes, so
//!   the speed is kept); unbalanced ones are cut into pieces the size of the
//!   short operand, with the finished low limbs of the running sum moved out
//!   after each piece (linear overhead);
//! * division: schoolbook long division done a block of quotient limbs at a
//!   time, each block one num-bigint `div_rem` of the running remainder;
//! * powers: square-and-multiply with the multiplication above; modular
//!   powers step by step when one modular step is large;
//! * decimal conversion: repeated division by a power of ten whose size
//!   keeps each step short (the same quadratic algorithm num-bigint uses).
//!
//! Small operands go straight to num-bigint, so normal arithmetic costs one
//! size test more. A kernel that stops returns [`Interrupted`]; its caller
//! (the VM) then reports the limit that fired.

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, Zero};

/// Limb operations (64-bit multiply-adds) one step may do before the next
/// deadline check: about a millisecond of work on this machine.
pub const STEP_WORK: u64 = 1 << 21;

pub use crate::sandbox::deadline::Interrupted;

/// The stop condition the public kernels use: the evaluation's deadline
/// passed or it was cancelled (the instruction budget is charged by the
/// callers before a kernel runs, see `Vm::charge_work`).
fn deadline_passed() -> bool {
    crate::sandbox::deadline::should_stop()
}

/// 64-bit limbs of a magnitude.
fn limbs(x: &BigUint) -> u64 {
    x.bits().div_ceil(64)
}

/// Estimated limb operations of multiplying `n`-limb by `m`-limb numbers
/// (`n ≥ m`): schoolbook below 32 limbs, about `m^1.47` per `m`-limb piece
/// above (Toom-3).
fn mul_cost(n: u64, m: u64) -> u64 {
    let (n, m) = (n.max(m).max(1), n.min(m).max(1));
    if m <= 32 {
        return n.saturating_mul(m);
    }
    let piece = (m as f64).powf(1.47) as u64;
    (n / m + 1).saturating_mul(piece)
}

/// `a * b`, checking the deadline between steps.
pub fn mul(a: &BigInt, b: &BigInt) -> Result<BigInt, Interrupted> {
    mul_with(a, b, &deadline_passed)
}

/// [`mul`] with an explicit stop condition.
pub fn mul_with(a: &BigInt, b: &BigInt, stop: &dyn Fn() -> bool) -> Result<BigInt, Interrupted> {
    if mul_cost(limbs(a.magnitude()), limbs(b.magnitude())) <= STEP_WORK {
        return Ok(a * b);
    }
    let m = mul_mag(a.magnitude(), b.magnitude(), stop)?;
    Ok(BigInt::from_biguint(a.sign() * b.sign(), m))
}

/// Signed product of signed values (for the Toom-3 pieces).
fn mul_signed(a: &BigInt, b: &BigInt, stop: &dyn Fn() -> bool) -> Result<BigInt, Interrupted> {
    let m = mul_mag(a.magnitude(), b.magnitude(), stop)?;
    Ok(BigInt::from_biguint(a.sign() * b.sign(), m))
}

/// The product of two magnitudes, split into steps.
fn mul_mag(a: &BigUint, b: &BigUint, stop: &dyn Fn() -> bool) -> Result<BigUint, Interrupted> {
    let (n, m) = (limbs(a), limbs(b));
    if mul_cost(n, m) <= STEP_WORK {
        if stop() {
            return Err(Interrupted);
        }
        return Ok(a * b);
    }
    let (long, short, m) = if n >= m { (a, b, m) } else { (b, a, n) };
    if limbs(long) > 2 * m {
        mul_unbalanced(long, short, m, stop)
    } else {
        mul_toom3(a, b, stop)
    }
}

/// `long * short` for `long` much longer than `short` (`m` limbs): pieces
/// of `long` of `m` limbs each times `short`, the finished low limbs moved
/// out of the running sum after each piece.
fn mul_unbalanced(
    long: &BigUint,
    short: &BigUint,
    m: u64,
    stop: &dyn Fn() -> bool,
) -> Result<BigUint, Interrupted> {
    let digits = long.to_u32_digits();
    let piece = (m as usize) * 2; // u32 digits per piece
    let mut out: Vec<u32> = Vec::with_capacity(digits.len() + short.bits() as usize / 32 + 2);
    let mut acc = BigUint::zero();
    for chunk in digits.chunks(piece) {
        let p = mul_mag(&BigUint::from_slice(chunk), short, stop)?;
        acc += p;
        let mut low = acc.to_u32_digits();
        low.resize(piece.max(low.len()), 0);
        out.extend_from_slice(&low[..piece.min(chunk.len())]);
        acc >>= 32 * chunk.len();
    }
    out.extend(acc.to_u32_digits());
    Ok(BigUint::new(out))
}

/// Toom-3 for operands of similar size: five products of a third of the
/// size, each through [`mul_mag`] (so split again while large).
fn mul_toom3(a: &BigUint, b: &BigUint, stop: &dyn Fn() -> bool) -> Result<BigUint, Interrupted> {
    let bytes = (a.bits() + b.bits()).div_ceil(8);
    // The splits and evaluations take about 1.5 times the operands; the
    // interpolation and the sum about twice the result (`bytes`).
    crate::sandbox::deadline::check_room(bytes.saturating_mul(3) / 2)?;
    let k = a.bits().max(b.bits()).div_ceil(3).div_ceil(64) * 64;
    let split = |x: &BigUint| {
        let mask = (BigUint::one() << k) - 1u32;
        let x0 = BigInt::from(x & &mask);
        let x1 = BigInt::from((x >> k) & &mask);
        let x2 = BigInt::from(x >> (2 * k));
        (x0, x1, x2)
    };
    let eval = |x0: &BigInt, x1: &BigInt, x2: &BigInt| {
        let p = x0 + x2;
        let p1 = &p + x1;
        let pm1 = &p - x1;
        let pm2 = ((&pm1 + x2) << 1) - x0;
        (p1, pm1, pm2)
    };
    let (a0, a1, a2) = split(a);
    let (b0, b1, b2) = split(b);
    let (ap1, apm1, apm2) = eval(&a0, &a1, &a2);
    let (bp1, bpm1, bpm2) = eval(&b0, &b1, &b2);
    let r0 = mul_signed(&a0, &b0, stop)?;
    let r1 = mul_signed(&ap1, &bp1, stop)?;
    let rm1 = mul_signed(&apm1, &bpm1, stop)?;
    let rm2 = mul_signed(&apm2, &bpm2, stop)?;
    let rinf = mul_signed(&a2, &b2, stop)?;
    drop((a0, a1, a2, b0, b1, b2, ap1, apm1, apm2, bp1, bpm1, bpm2));
    crate::sandbox::deadline::check_room(bytes.saturating_mul(2))?;
    // Bodrato's interpolation (exact divisions by 3 and 2).
    let mut s3 = (&rm2 - &r1) / 3u32;
    let s1 = (&r1 - &rm1) >> 1u32;
    let mut s2 = &rm1 - &r0;
    s3 = ((&s2 - &s3) >> 1u32) + (&rinf << 1u32);
    s2 = s2 + &s1 - &rinf;
    let s1 = s1 - &s3;
    let total = r0 + (s1 << k) + (s2 << (2 * k)) + (s3 << (3 * k)) + (rinf << (4 * k));
    Ok(total.into_parts().1)
}

/// `(a / b, a % b)` of magnitudes (truncating), checking the deadline
/// between blocks of quotient limbs. `b` must not be zero.
pub fn div_rem_mag(a: &BigUint, b: &BigUint) -> Result<(BigUint, BigUint), Interrupted> {
    div_rem_with(a, b, &deadline_passed)
}

/// [`div_rem_mag`] with an explicit stop condition.
pub fn div_rem_with(
    a: &BigUint,
    b: &BigUint,
    stop: &dyn Fn() -> bool,
) -> Result<(BigUint, BigUint), Interrupted> {
    let (n, m) = (limbs(a), limbs(b).max(1));
    if n < m || (n - m + 1).saturating_mul(m) <= STEP_WORK {
        return Ok(a.div_rem(b));
    }
    // Quotient limbs per block (in u32 digits: twice as many).
    let block = (STEP_WORK / m).max(1) as usize * 2;
    let digits = a.to_u32_digits();
    let mut top = digits.len();
    let mut rem = BigUint::zero();
    let mut blocks: Vec<Vec<u32>> = Vec::new();
    while top > 0 {
        if stop() {
            return Err(Interrupted);
        }
        let low = top.saturating_sub(block);
        let width = top - low;
        let cur = (rem << (32 * width)) + BigUint::from_slice(&digits[low..top]);
        let (q, r) = cur.div_rem(b);
        let mut qd = q.to_u32_digits();
        qd.resize(width, 0);
        blocks.push(qd);
        rem = r;
        top = low;
    }
    let mut qdigits = Vec::with_capacity(digits.len());
    for blk in blocks.iter().rev() {
        qdigits.extend_from_slice(blk);
    }
    Ok((BigUint::new(qdigits), rem))
}

/// Python's floor division and modulo of signed values (`b` not zero).
pub fn div_mod_floor(a: &BigInt, b: &BigInt) -> Result<(BigInt, BigInt), Interrupted> {
    let (q, r) = div_rem_mag(a.magnitude(), b.magnitude())?;
    let mut q = BigInt::from_biguint(a.sign() * b.sign(), q);
    let mut r = BigInt::from_biguint(a.sign(), r);
    if !r.is_zero() && (r.sign() != b.sign()) {
        q -= 1u32;
        r += b;
    }
    Ok((q, r))
}

/// `base ** exp`, by square-and-multiply with [`mul`].
pub fn pow(base: &BigInt, exp: u64) -> Result<BigInt, Interrupted> {
    pow_with(base, exp, &deadline_passed)
}

/// [`pow`] with an explicit stop condition.
pub fn pow_with(base: &BigInt, exp: u64, stop: &dyn Fn() -> bool) -> Result<BigInt, Interrupted> {
    let result_limbs = base.bits().saturating_mul(exp) / 64 + 1;
    if mul_cost(result_limbs / 2, result_limbs / 2) <= STEP_WORK {
        return Ok(num_traits::Pow::pow(base, exp));
    }
    let mut acc = BigInt::one();
    for i in (0..64 - exp.leading_zeros()).rev() {
        acc = mul_with(&acc, &acc, stop)?;
        if exp >> i & 1 == 1 {
            acc = mul_with(&acc, base, stop)?;
        }
    }
    Ok(acc)
}

/// `base ** exp % m` of magnitudes (`m` not zero): num-bigint's modpow when
/// it is short, else one squaring and reduction per exponent bit with a
/// check between them.
pub fn modpow(base: &BigUint, exp: &BigUint, m: &BigUint) -> Result<BigUint, Interrupted> {
    modpow_with(base, exp, m, &deadline_passed)
}

/// [`modpow`] with an explicit stop condition.
pub fn modpow_with(
    base: &BigUint,
    exp: &BigUint,
    m: &BigUint,
    stop: &dyn Fn() -> bool,
) -> Result<BigUint, Interrupted> {
    let ml = limbs(m).max(1);
    if exp.bits().saturating_mul(ml.saturating_mul(ml)) <= 4 * STEP_WORK {
        return Ok(base.modpow(exp, m));
    }
    let reduce = |x: BigUint| -> Result<BigUint, Interrupted> { Ok(div_rem_with(&x, m, stop)?.1) };
    let base = reduce(base.clone())?;
    let mut acc = BigUint::one() % m;
    for i in (0..exp.bits()).rev() {
        if stop() {
            return Err(Interrupted);
        }
        acc = reduce(mul_mag(&acc, &acc, stop)?)?;
        if exp.bit(i) {
            acc = reduce(mul_mag(&acc, &base, stop)?)?;
        }
    }
    Ok(acc)
}

/// The decimal digits of a magnitude (no sign).
pub fn to_decimal(x: &BigUint) -> Result<String, Interrupted> {
    to_decimal_with(x, &deadline_passed)
}

/// [`to_decimal`] with an explicit stop condition.
pub fn to_decimal_with(x: &BigUint, stop: &dyn Fn() -> bool) -> Result<String, Interrupted> {
    let n = limbs(x);
    // num-bigint's own conversion costs about n²/2 limb operations, with
    // smaller constants than the split below: it runs whole up to ~8,000
    // limbs (~150,000 digits, tens of milliseconds), so that benchmark-sized
    // conversions keep its speed.
    if n.saturating_mul(n) / 2 <= 16 * STEP_WORK {
        return Ok(x.to_str_radix(10));
    }
    // Divide by 10^(19·2^j), a divisor of `d` limbs where n·d ≈ STEP_WORK
    // (at least 16 limbs, so the per-step overhead stays small).
    let want = (STEP_WORK / n).clamp(16, n.isqrt().max(16));
    let mut divisor = BigUint::from(10_000_000_000_000_000_000u64);
    let mut chunk_digits = 19usize;
    while limbs(&divisor) < want {
        divisor = &divisor * &divisor;
        chunk_digits *= 2;
    }
    let mut chunks: Vec<String> = Vec::new();
    let mut rest = x.clone();
    while rest >= divisor {
        if stop() {
            return Err(Interrupted);
        }
        let (q, r) = div_rem_with(&rest, &divisor, stop)?;
        chunks.push(r.to_str_radix(10));
        rest = q;
    }
    let mut out = rest.to_str_radix(10);
    out.reserve(chunks.len() * chunk_digits);
    for c in chunks.iter().rev() {
        for _ in c.len()..chunk_digits {
            out.push('0');
        }
        out.push_str(c);
    }
    Ok(out)
}

/// The decimal text of a signed value (`-` for negatives).
pub fn to_decimal_signed(x: &BigInt) -> Result<String, Interrupted> {
    let digits = to_decimal(x.magnitude())?;
    Ok(if x.sign() == Sign::Minus {
        format!("-{digits}")
    } else {
        digits
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;

    fn never() -> bool {
        false
    }

    /// A deterministic pseudo-random number of `bits` bits.
    fn sample(bits: u64, seed: u64) -> BigUint {
        let mut s = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
        let words = bits.div_ceil(32) as usize;
        let mut d = Vec::with_capacity(words);
        for _ in 0..words {
            s ^= s << 13;
            s ^= s >> 7;
            s ^= s << 17;
            d.push(s as u32);
        }
        let x = BigUint::new(d);
        let x = x >> (words as u64 * 32 - bits);
        x | (BigUint::one() << (bits - 1))
    }

    #[test]
    fn split_multiplication_matches_num_bigint() {
        for &(ab, bb) in &[
            (600_000u64, 600_000u64),
            (700_000, 500_000),
            (2_000_000, 60_000),
            (1_500_000, 3_000),
            (400_000, 1_300_000),
        ] {
            let a = BigInt::from(sample(ab, ab));
            let b = -BigInt::from(sample(bb, bb + 1));
            assert_eq!(mul_with(&a, &b, &never), Ok(&a * &b), "{ab} x {bb}");
        }
    }

    #[test]
    fn split_division_matches_num_bigint() {
        for &(ab, bb) in &[
            (3_000_000u64, 1_000_000u64),
            (2_000_000, 5_000),
            (900_000, 899_000),
        ] {
            let a = sample(ab, ab);
            let b = sample(bb, bb + 3);
            assert_eq!(
                div_rem_with(&a, &b, &never),
                Ok(a.div_rem(&b)),
                "{ab} / {bb}"
            );
        }
        let a = -BigInt::from(sample(2_000_000, 5));
        let b = BigInt::from(sample(100_000, 6));
        let (q, r) = div_mod_floor(&a, &b).unwrap_or_default();
        assert_eq!((q, r), (a.div_floor(&b), a.mod_floor(&b)));
    }

    #[test]
    fn split_decimal_matches_num_bigint() {
        let x = sample(1_200_000, 9);
        assert_eq!(to_decimal_with(&x, &never), Ok(x.to_str_radix(10)));
        let ten = BigUint::from(10u32).pow(400_000u32);
        assert_eq!(to_decimal_with(&ten, &never).map(|s| s.len()), Ok(400_001));
    }

    #[test]
    fn split_powers_match_num_bigint() {
        let b = BigInt::from(3u32);
        assert_eq!(
            pow_with(&b, 2_000_000, &never),
            Ok(num_traits::Pow::pow(&b, 2_000_000u64))
        );
        let (base, exp, m) = (sample(70_000, 1), sample(300, 2), sample(70_000, 3));
        assert_eq!(
            modpow_with(&base, &exp, &m, &never),
            Ok(base.modpow(&exp, &m))
        );
    }

    #[test]
    fn kernels_stop_when_told() {
        let calls = Cell::new(0u32);
        let stop_soon = || {
            calls.set(calls.get() + 1);
            calls.get() > 3
        };
        let a = BigInt::from(sample(3_000_000, 1));
        assert_eq!(mul_with(&a, &a, &stop_soon), Err(Interrupted));
        calls.set(0);
        let d = sample(1_000_000, 2);
        assert_eq!(
            div_rem_with(a.magnitude(), &d, &stop_soon).map(|_| ()),
            Err(Interrupted)
        );
        calls.set(0);
        assert_eq!(
            to_decimal_with(a.magnitude(), &stop_soon).map(|_| ()),
            Err(Interrupted)
        );
    }
}
