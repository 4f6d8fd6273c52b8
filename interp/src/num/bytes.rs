//! `int.to_bytes` and `int.from_bytes`.

use super::error::ArithError;
use super::int::Int;
use num_bigint::{BigInt, Sign};
use num_traits::Signed;

/// Parses a `byteorder` argument: `true` for `'big'`, `false` for `'little'`.
pub fn parse_byteorder(s: &str) -> Result<bool, ArithError> {
    match s {
        "big" => Ok(true),
        "little" => Ok(false),
        _ => Err(ArithError::BadByteorder),
    }
}

/// `i.to_bytes(length, byteorder, signed=signed)`; a `length` above `max_len` bytes
/// is refused with `TooLarge` before anything is allocated (where CPython would
/// allocate, so before the sign and size checks).
pub fn int_to_bytes(
    i: &Int,
    length: i64,
    big_endian: bool,
    signed: bool,
    max_len: usize,
) -> Result<Vec<u8>, ArithError> {
    if length < 0 {
        return Err(ArithError::NegativeLength);
    }
    if length as u64 > max_len as u64 {
        return Err(ArithError::TooLarge {
            estimated_bits: (length as u64).saturating_mul(8),
        });
    }
    if !signed && i.is_negative() {
        return Err(ArithError::NegativeToUnsigned);
    }
    let length = usize::try_from(length).map_err(|_| ArithError::IntTooBigToConvert)?;
    let mut le: Vec<u8> = match i {
        Int::Small(0) => Vec::new(),
        _ => {
            let b = i.to_bigint();
            if signed {
                b.to_signed_bytes_le()
            } else {
                b.to_bytes_le().1
            }
        }
    };
    if le.len() > length {
        return Err(ArithError::IntTooBigToConvert);
    }
    let fill = if signed && i.is_negative() {
        0xff
    } else {
        0x00
    };
    le.resize(length, fill);
    if big_endian {
        le.reverse();
    }
    Ok(le)
}

/// `int.from_bytes(bytes, byteorder, signed=signed)`.
pub fn int_from_bytes(bytes: &[u8], big_endian: bool, signed: bool) -> Int {
    if bytes.len() <= 8 {
        let mut v: u64 = 0;
        let mut push = |b: u8| v = (v << 8) | u64::from(b);
        if big_endian {
            bytes.iter().for_each(|&b| push(b));
        } else {
            bytes.iter().rev().for_each(|&b| push(b));
        }
        let n = bytes.len() as u32 * 8;
        if signed && n > 0 && (v >> (n - 1)) & 1 == 1 {
            let r = i128::from(v) - (1i128 << n);
            return Int::from(r);
        }
        return Int::from(v);
    }
    let b = match (big_endian, signed) {
        (true, true) => BigInt::from_signed_bytes_be(bytes),
        (false, true) => BigInt::from_signed_bytes_le(bytes),
        (true, false) => BigInt::from_bytes_be(Sign::Plus, bytes),
        (false, false) => BigInt::from_bytes_le(Sign::Plus, bytes),
    };
    let _ = b.is_negative();
    Int::from_big(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn huge_length_is_refused_before_allocating() {
        let r = int_to_bytes(&Int::Small(-1), 1 << 40, true, false, 1 << 20);
        assert!(matches!(r, Err(ArithError::TooLarge { .. })));
    }

    #[test]
    fn roundtrip() {
        assert_eq!(
            int_to_bytes(&Int::Small(1024), 2, true, false, 64),
            Ok(vec![4, 0])
        );
        assert_eq!(
            int_to_bytes(&Int::Small(256), 1, true, false, 64),
            Err(ArithError::IntTooBigToConvert)
        );
        assert_eq!(
            int_to_bytes(&Int::Small(-1), 1, true, false, 64),
            Err(ArithError::NegativeToUnsigned)
        );
        assert_eq!(
            int_to_bytes(&Int::Small(-1), 3, false, true, 64),
            Ok(vec![255, 255, 255])
        );
        assert_eq!(
            int_to_bytes(&Int::Small(-128), 1, false, true, 64),
            Ok(vec![128])
        );
        assert_eq!(
            int_to_bytes(&Int::Small(128), 1, false, true, 64),
            Err(ArithError::IntTooBigToConvert)
        );
        assert_eq!(int_to_bytes(&Int::Small(0), 0, false, true, 64), Ok(vec![]));
        assert_eq!(int_from_bytes(&[0, 16], true, false), Int::Small(16));
        assert_eq!(int_from_bytes(&[255, 255], true, true), Int::Small(-1));
        assert_eq!(int_from_bytes(&[255; 8], true, false), Int::from(u64::MAX));
        assert_eq!(int_from_bytes(&[255; 9], true, true), Int::Small(-1));
    }
}
