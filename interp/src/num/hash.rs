//! CPython 3.4's hash functions for numbers and tuples (64-bit build), and a fixed
//! (unrandomised) hash for str and bytes.

use super::convert::decompose;
use super::int::Int;
use num_bigint::BigUint;
use num_traits::ToPrimitive;

/// The modulus of numeric hashes: 2**61 - 1 (`sys.hash_info.modulus`).
pub const HASH_MODULUS: u64 = (1 << 61) - 1;
/// `hash(float('inf'))`.
pub const HASH_INF: i64 = 314159;
/// `hash(float('nan'))` in 3.4.
pub const HASH_NAN: i64 = 0;
/// The multiplier of complex hashes' imaginary part.
pub const HASH_IMAG: u64 = 1000003;

/// Maps -1 (reserved for errors in CPython) to -2.
fn fix_minus_one(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(i)` for an int: `i mod (2**61 - 1)` carrying the sign.
pub fn hash_int(i: &Int) -> i64 {
    let (negative, magnitude) = match i {
        Int::Small(v) => (*v < 0, v.unsigned_abs() % HASH_MODULUS),
        Int::Big(b) => {
            let m: BigUint = b.magnitude() % HASH_MODULUS;
            (b.sign() == num_bigint::Sign::Minus, m.to_u64().unwrap_or(0))
        }
    };
    let h = magnitude as i64;
    fix_minus_one(if negative { -h } else { h })
}

/// `hash(x)` for a float (3.4: inf 314159, -inf -314159, nan 0); equal to `hash_int`
/// for integral values.
pub fn hash_float(x: f64) -> i64 {
    if x.is_nan() {
        return HASH_NAN;
    }
    if x.is_infinite() {
        return if x > 0.0 { HASH_INF } else { -HASH_INF };
    }
    let (m, e) = decompose(x);
    let mag = (m.unsigned_abs() % HASH_MODULUS) as u128;
    let shift = e.rem_euclid(61) as u32;
    let h = ((mag << shift) % u128::from(HASH_MODULUS)) as i64;
    fix_minus_one(if m < 0 { -h } else { h })
}

/// `hash(complex(re, im))`.
pub fn hash_complex(re: f64, im: f64) -> i64 {
    let r = hash_float(re) as u64;
    let i = hash_float(im) as u64;
    fix_minus_one(r.wrapping_add(HASH_IMAG.wrapping_mul(i)) as i64)
}

/// Incremental form of CPython 3.4's tuple hash, for callers whose item hashes can
/// fail part-way: `TupleHasher::new(len)`, then `add` each item hash, then `finish`.
#[derive(Clone, Debug)]
pub struct TupleHasher {
    x: u64,
    mult: u64,
    remaining: u64,
}

impl TupleHasher {
    /// Starts hashing a tuple of `len` items.
    pub fn new(len: usize) -> Self {
        TupleHasher {
            x: 0x345678,
            mult: 1000003,
            remaining: len as u64,
        }
    }

    /// Mixes in the hash of the next item.
    pub fn add(&mut self, item_hash: i64) {
        self.remaining = self.remaining.wrapping_sub(1);
        self.x = (self.x ^ item_hash as u64).wrapping_mul(self.mult);
        self.mult = self.mult.wrapping_add(
            82520u64
                .wrapping_add(self.remaining)
                .wrapping_add(self.remaining),
        );
    }

    /// The final hash.
    pub fn finish(&self) -> i64 {
        fix_minus_one(self.x.wrapping_add(97531) as i64)
    }
}

/// `hash(tuple)` from the hashes of its items (CPython 3.4's algorithm, pre-3.8).
/// The algorithm needs the length up front: iterators with an exact size hint are
/// streamed, others are collected first.
pub fn hash_tuple(items: impl IntoIterator<Item = i64>) -> i64 {
    let it = items.into_iter();
    match it.size_hint() {
        (lo, Some(hi)) if lo == hi => {
            let mut h = TupleHasher::new(lo);
            let mut seen = 0;
            for y in it {
                h.add(y);
                seen += 1;
            }
            debug_assert_eq!(seen, lo, "iterator lied about its size");
            h.finish()
        }
        _ => {
            let all: Vec<i64> = it.collect();
            let mut h = TupleHasher::new(all.len());
            all.iter().for_each(|&y| h.add(y));
            h.finish()
        }
    }
}

/// `hash(frozenset)` from the hashes of its items, in any order (CPython 3.4).
pub fn hash_frozenset<I>(items: I) -> i64
where
    I: IntoIterator<Item = i64>,
    I::IntoIter: ExactSizeIterator,
{
    let it = items.into_iter();
    let mut hash: u64 = 1927868237u64.wrapping_mul(it.len() as u64 + 1);
    for h in it {
        let h = h as u64;
        hash ^= (h ^ (h << 16) ^ 89869747).wrapping_mul(3644798167);
    }
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    if hash == u64::MAX {
        hash = 590923713;
    }
    hash as i64
}

/// A fixed 64-bit hash of bytes (not CPython's: its str hash is randomised).
/// Empty input hashes to 0, as in CPython.
pub fn hash_bytes(data: &[u8]) -> i64 {
    if data.is_empty() {
        return 0;
    }
    const K: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut h: u64 = 0x243F_6A88_85A3_08D3 ^ (data.len() as u64).wrapping_mul(K);
    let mut chunks = data.chunks_exact(8);
    for c in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        h = (h ^ u64::from_le_bytes(w)).wrapping_mul(K).rotate_left(29);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut w = [0u8; 8];
        w[..rest.len()].copy_from_slice(rest);
        h = (h ^ u64::from_le_bytes(w)).wrapping_mul(K).rotate_left(29);
    }
    // final avalanche (splitmix64)
    h ^= h >> 30;
    h = h.wrapping_mul(0xBF58_476D_1CE4_E5B9);
    h ^= h >> 27;
    h = h.wrapping_mul(0x94D0_49BB_1331_11EB);
    h ^= h >> 31;
    fix_minus_one(h as i64)
}

/// A fixed hash of a str (its UTF-8 bytes), so ASCII str and bytes hash alike.
pub fn hash_str(s: &str) -> i64 {
    hash_bytes(s.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cpython34_tuple_and_frozenset() {
        // Values measured with CPython 3.4.10 (py34-vs-py311.md row 230).
        assert_eq!(
            hash_tuple(std::iter::empty::<i64>().collect::<Vec<_>>()),
            3527539
        );
        assert_eq!(hash_tuple([1, 2]), 3713081631934410656);
        assert_eq!(
            hash_tuple([1, 2, 3].into_iter().filter(|&x| x < 3)),
            3713081631934410656
        );
        assert_eq!(hash_frozenset([1, 2]), -1834016341293975159);
        assert_eq!(hash_complex(1.0, 2.0), 2000007);
        assert_eq!(hash_int(&Int::Small(-1)), -2);
        assert_eq!(hash_str(""), 0);
    }
}
