//! The Mersenne Twister (MT19937) exactly as CPython's `_random` module
//! drives it: seeding from an int through `init_by_array` over its 32-bit
//! chunks, 53-bit floats from two outputs, `getrandbits` words filled
//! least-significant first, and the 625-word state of `getstate`.

use num_bigint::{BigInt, BigUint, Sign};

/// Number of 32-bit words in the state.
pub const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// A generator state: 624 words and the index of the next word to use.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mt {
    /// The state words.
    pub mt: [u32; N],
    /// Index of the next output word (`N` means "regenerate first").
    pub index: usize,
}

impl Default for Mt {
    fn default() -> Self {
        Mt::from_key(&[0])
    }
}

impl Mt {
    fn init_genrand(s: u32) -> Mt {
        let mut mt = [0u32; N];
        mt[0] = s;
        for i in 1..N {
            mt[i] = 1_812_433_253u32
                .wrapping_mul(mt[i - 1] ^ (mt[i - 1] >> 30))
                .wrapping_add(i as u32);
        }
        Mt { mt, index: N }
    }

    /// `init_by_array(key)`.
    pub fn from_key(key: &[u32]) -> Mt {
        let mut g = Mt::init_genrand(19_650_218);
        let mt = &mut g.mt;
        let key: &[u32] = if key.is_empty() { &[0] } else { key };
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            let prev = mt[i - 1] ^ (mt[i - 1] >> 30);
            mt[i] = (mt[i] ^ prev.wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = mt[i - 1] ^ (mt[i - 1] >> 30);
            mt[i] = (mt[i] ^ prev.wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x8000_0000;
        g
    }

    /// Seeds from an integer as `_random.Random.seed(n)`: the absolute value
    /// split into 32-bit chunks, least significant first.
    pub fn from_int(n: &BigInt) -> Mt {
        let mag: BigUint = n.magnitude().clone();
        let key = if n.sign() == Sign::NoSign {
            vec![0]
        } else {
            mag.to_u32_digits()
        };
        Mt::from_key(&key)
    }

    fn generate(&mut self) {
        let mt = &mut self.mt;
        for kk in 0..N {
            let y = (mt[kk] & UPPER_MASK) | (mt[(kk + 1) % N] & LOWER_MASK);
            let mag = if y & 1 == 1 { MATRIX_A } else { 0 };
            mt[kk] = mt[(kk + M) % N] ^ (y >> 1) ^ mag;
        }
        self.index = 0;
    }

    /// The next 32-bit output (`genrand_int32`).
    pub fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            self.generate();
        }
        let y = self.mt[self.index % N];
        self.index += 1;
        temper(y)
    }

    /// `random()`: a float in [0, 1) with 53 random bits.
    pub fn random(&mut self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `getrandbits(k)` for `k >= 1`: `k` random bits as an unsigned int.
    pub fn getrandbits(&mut self, k: u64) -> BigUint {
        if k <= 32 {
            return BigUint::from(self.next_u32() >> (32 - k));
        }
        let words = (k - 1) / 32 + 1;
        let mut digits = Vec::with_capacity(words as usize);
        let mut left = k;
        for _ in 0..words {
            let mut r = self.next_u32();
            if left < 32 {
                r >>= 32 - left;
            }
            digits.push(r);
            left = left.saturating_sub(32);
        }
        BigUint::new(digits)
    }

    /// `getrandbits(k)` for `1 <= k <= 64`, without allocating.
    pub fn getrandbits_u64(&mut self, k: u32) -> u64 {
        if k <= 32 {
            return (self.next_u32() >> (32 - k)) as u64;
        }
        let lo = self.next_u32() as u64;
        let hi = (self.next_u32() >> (64 - k)) as u64;
        lo | (hi << 32)
    }

    /// The 625 numbers of `getstate()`: the words, then the index.
    pub fn state(&self) -> Vec<u64> {
        let mut v: Vec<u64> = self.mt.iter().map(|&w| w as u64).collect();
        v.push(self.index as u64);
        v
    }

    /// Restores a state from `getstate()` numbers; `None` when the index is
    /// out of range.
    pub fn from_state(words: &[u32; N], index: usize) -> Option<Mt> {
        if index > N {
            return None;
        }
        Some(Mt { mt: *words, index })
    }

    /// Packs the state into 625 little-endian words (for storage in a bytearray).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity((N + 1) * 4);
        for w in &self.mt {
            out.extend_from_slice(&w.to_le_bytes());
        }
        out.extend_from_slice(&(self.index as u32).to_le_bytes());
        out
    }

    /// Unpacks [`Mt::to_bytes`]; `None` for a buffer of the wrong size.
    pub fn from_bytes(b: &[u8]) -> Option<Mt> {
        if b.len() != (N + 1) * 4 {
            return None;
        }
        let mut mt = [0u32; N];
        for (w, c) in mt.iter_mut().zip(b.chunks_exact(4)) {
            *w = u32::from_le_bytes([c[0], c[1], c[2], c[3]]);
        }
        let ix = b
            .get(N * 4..)
            .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))?;
        Mt::from_state(&mt, ix as usize)
    }
}

/// Byte length of a state packed by [`Mt::to_bytes`].
pub const STATE_BYTES: usize = (N + 1) * 4;

fn temper(mut y: u32) -> u32 {
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c_5680;
    y ^= (y << 15) & 0xefc6_0000;
    y ^ (y >> 18)
}

/// The next output of a state packed by [`Mt::to_bytes`], updated in place
/// (only the every-624th regeneration unpacks the whole state). `None` for
/// a buffer that is not a valid state.
pub fn next_u32_packed(buf: &mut [u8]) -> Option<u32> {
    let word = |buf: &[u8], i: usize| {
        buf.get(i * 4..i * 4 + 4)
            .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
    };
    let mut ix = word(buf, N)? as usize;
    if ix >= N {
        let mut m = Mt::from_bytes(buf)?;
        m.generate();
        buf.copy_from_slice(&m.to_bytes());
        ix = 0;
    }
    let y = word(buf, ix)?;
    buf.get_mut(N * 4..N * 4 + 4)?
        .copy_from_slice(&(ix as u32 + 1).to_le_bytes());
    Some(temper(y))
}

/// `random()` over a packed state.
pub fn random_packed(buf: &mut [u8]) -> Option<f64> {
    let a = (next_u32_packed(buf)? >> 5) as f64;
    let b = (next_u32_packed(buf)? >> 6) as f64;
    Some((a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0))
}

/// `getrandbits(k)` (k >= 1) over a packed state: the little-endian 32-bit words.
pub fn getrandbits_packed(buf: &mut [u8], k: u64) -> Option<Vec<u32>> {
    let words = (k - 1) / 32 + 1;
    let mut digits = Vec::with_capacity(words as usize);
    let mut left = k;
    for _ in 0..words {
        let mut r = next_u32_packed(buf)?;
        if left < 32 {
            r >>= 32 - left;
        }
        digits.push(r);
        left = left.saturating_sub(32);
    }
    Some(digits)
}

#[cfg(test)]
mod tests {
    use super::*;
    use num_bigint::BigInt;

    fn seeded(s: &str) -> Mt {
        let n: BigInt = s.parse().unwrap_or_default();
        Mt::from_int(&n)
    }

    /// Lines `seed <int>`, then `random <repr>` / `bits <k> <value>` / `state <hash>`.
    #[test]
    fn matches_python3_sequences() {
        let data = include_str!("testdata/mt.txt");
        let mut g = Mt::default();
        let mut checked = 0;
        for line in data.lines() {
            let parts: Vec<&str> = line.split(' ').collect();
            match parts.as_slice() {
                ["seed", n] => g = seeded(n),
                ["random", r] => {
                    let want: f64 = r.parse().unwrap_or(f64::NAN);
                    assert_eq!(g.random().to_bits(), want.to_bits(), "{}", line);
                    checked += 1;
                }
                ["bits", k, v] => {
                    let k: u64 = k.parse().unwrap_or(1);
                    assert_eq!(g.getrandbits(k).to_string(), *v, "{}", line);
                    checked += 1;
                }
                ["state0", v] => {
                    let st = g.state();
                    assert_eq!(
                        st.iter()
                            .take(5)
                            .map(|x| x.to_string())
                            .collect::<Vec<_>>()
                            .join(","),
                        *v
                    );
                    assert_eq!(st.len(), N + 1);
                }
                _ => {}
            }
        }
        assert!(checked > 5000, "{}", checked);
    }

    #[test]
    fn packed_matches_unpacked() {
        let mut g = seeded("987654321987654321");
        let mut buf = g.to_bytes();
        for i in 0..3000 {
            if i % 7 == 0 {
                let want = g.getrandbits(70);
                assert_eq!(
                    getrandbits_packed(&mut buf, 70).map(BigUint::new),
                    Some(want)
                );
            } else {
                assert_eq!(
                    random_packed(&mut buf).map(f64::to_bits),
                    Some(g.random().to_bits())
                );
            }
        }
        assert_eq!(next_u32_packed(&mut [0u8; 10]), None);
    }

    #[test]
    fn bytes_round_trip() {
        let mut g = seeded("12345");
        g.random();
        let b = g.to_bytes();
        assert_eq!(Mt::from_bytes(&b), Some(g.clone()));
        assert_eq!(
            g.getrandbits_u64(64),
            Mt::from_bytes(&b)
                .map(|mut m| m
                    .getrandbits(64)
                    .to_u64_digits()
                    .first()
                    .copied()
                    .unwrap_or(0))
                .unwrap_or(1)
        );
    }
}
