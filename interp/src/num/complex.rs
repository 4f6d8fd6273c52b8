//! Complex arithmetic kernels with CPython 3.4's algorithms and messages:
//! division, power (repeated squaring for small integer exponents), abs, parsing.

use super::parse::{float_prefix, to_ascii_digits};

/// Errors of complex arithmetic; `Display` is CPython's message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ComplexError {
    /// Division by `0j` (ZeroDivisionError).
    #[error("complex division by zero")]
    DivisionByZero,
    /// `0j ** negative` or `0j ** complex` (ZeroDivisionError).
    #[error("0.0 to a negative or complex power")]
    ZeroToNegativeOrComplexPower,
    /// A power whose result overflows (OverflowError).
    #[error("complex exponentiation")]
    PowOverflow,
    /// `abs()` beyond the float range (OverflowError).
    #[error("absolute value too large")]
    AbsTooLarge,
    /// `pow(z, w, m)` (ValueError).
    #[error("complex modulo")]
    Modulo,
    /// `complex(str)` of malformed text (ValueError).
    #[error("complex() arg is a malformed string")]
    Malformed,
}

impl ComplexError {
    /// The Python exception class name.
    pub fn py_type(&self) -> &'static str {
        match self {
            ComplexError::DivisionByZero | ComplexError::ZeroToNegativeOrComplexPower => {
                "ZeroDivisionError"
            }
            ComplexError::PowOverflow | ComplexError::AbsTooLarge => "OverflowError",
            ComplexError::Modulo | ComplexError::Malformed => "ValueError",
        }
    }
}

/// A complex value as (real, imag).
pub type Complex = (f64, f64);

/// `a * b`.
pub fn complex_mul(a: Complex, b: Complex) -> Complex {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// `a / b` (CPython's scaled algorithm); `None` for division by zero.
fn quot(a: Complex, b: Complex) -> Option<Complex> {
    let (abs_br, abs_bi) = (b.0.abs(), b.1.abs());
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_bi >= abs_br {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        Some((f64::NAN, f64::NAN))
    }
}

/// `a / b`.
pub fn complex_div(a: Complex, b: Complex) -> Result<Complex, ComplexError> {
    quot(a, b).ok_or(ComplexError::DivisionByZero)
}

/// The general power; `Err` on `0 ** (negative or complex)`.
fn c_pow(a: Complex, b: Complex) -> Result<Complex, ComplexError> {
    if b.0 == 0.0 && b.1 == 0.0 {
        return Ok((1.0, 0.0));
    }
    if a.0 == 0.0 && a.1 == 0.0 {
        if b.1 != 0.0 || b.0 < 0.0 {
            return Err(ComplexError::ZeroToNegativeOrComplexPower);
        }
        return Ok((0.0, 0.0));
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    // cos/sin of an infinite phase set errno to EDOM in C, which CPython reports
    // with the zero-power message.
    if phase.is_infinite() {
        return Err(ComplexError::ZeroToNegativeOrComplexPower);
    }
    Ok((len * phase.cos(), len * phase.sin()))
}

fn c_powu(x: Complex, n: u64) -> Complex {
    let mut r = (1.0, 0.0);
    let mut p = x;
    let mut mask: u64 = 1;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = complex_mul(r, p);
        }
        mask <<= 1;
        p = complex_mul(p, p);
    }
    r
}

/// `a ** b` for complex numbers, as CPython 3.4 (`pow` with a modulus is the
/// caller's `ComplexError::Modulo`).
pub fn complex_pow(a: Complex, b: Complex) -> Result<Complex, ComplexError> {
    let int_exp = b.0 as i64; // saturating, as C's (long) cast for in-range values
    let r = if b.1 == 0.0 && b.0 == int_exp as f64 {
        if !(-100..=100).contains(&int_exp) {
            c_pow(a, (int_exp as f64, 0.0))?
        } else if int_exp > 0 {
            c_powu(a, int_exp as u64)
        } else {
            quot((1.0, 0.0), c_powu(a, int_exp.unsigned_abs()))
                .ok_or(ComplexError::ZeroToNegativeOrComplexPower)?
        }
    } else {
        c_pow(a, b)?
    };
    if r.0.is_infinite() || r.1.is_infinite() {
        return Err(ComplexError::PowOverflow);
    }
    Ok(r)
}

/// `abs(z)`.
pub fn complex_abs(z: Complex) -> Result<f64, ComplexError> {
    if !z.0.is_finite() || !z.1.is_finite() {
        if z.0.is_infinite() || z.1.is_infinite() {
            return Ok(f64::INFINITY);
        }
        return Ok(f64::NAN);
    }
    let r = z.0.hypot(z.1);
    if !r.is_finite() {
        return Err(ComplexError::AbsTooLarge);
    }
    Ok(r)
}

fn is_py_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// `complex(s)`: `1`, `2j`, `1+2j`, `(1-2j)`, `-j`, `inf+nanj`, with whitespace.
pub fn parse_complex(s: &str) -> Result<Complex, ComplexError> {
    let ascii = to_ascii_digits(s);
    let b: &[u8] = &ascii;
    let mut i = 0;
    let skip_space = |i: &mut usize| {
        while *i < b.len() && is_py_space(b[*i]) {
            *i += 1;
        }
    };
    skip_space(&mut i);
    let mut bracket = false;
    if b.get(i) == Some(&b'(') {
        bracket = true;
        i += 1;
        skip_space(&mut i);
    }
    let is_j = |c: Option<&u8>| matches!(c, Some(b'j' | b'J'));
    let sign_of = |c: u8| if c == b'+' { 1.0 } else { -1.0 };
    let (mut x, mut y) = (0.0, 0.0);
    if let Some((z, n)) = float_prefix(&b[i..]) {
        i += n;
        match b.get(i).copied() {
            Some(c @ (b'+' | b'-')) => {
                x = z;
                if let Some((w, m)) = float_prefix(&b[i..]) {
                    y = w;
                    i += m;
                } else {
                    y = sign_of(c);
                    i += 1;
                }
                if !is_j(b.get(i)) {
                    return Err(ComplexError::Malformed);
                }
                i += 1;
            }
            Some(b'j' | b'J') => {
                y = z;
                i += 1;
            }
            _ => x = z,
        }
    } else {
        if let Some(&c @ (b'+' | b'-')) = b.get(i) {
            y = sign_of(c);
            i += 1;
        } else {
            y = 1.0;
        }
        if !is_j(b.get(i)) {
            return Err(ComplexError::Malformed);
        }
        i += 1;
    }
    skip_space(&mut i);
    if bracket {
        if b.get(i) != Some(&b')') {
            return Err(ComplexError::Malformed);
        }
        i += 1;
        skip_space(&mut i);
    }
    if i != b.len() {
        return Err(ComplexError::Malformed);
    }
    Ok((x, y))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negative_base_fractional_power() {
        // CPython 3.4 (py34-vs-py311.md row 222): (-8) ** (1/3)
        assert_eq!(
            complex_pow((-8.0, 0.0), (1.0 / 3.0, 0.0)),
            Ok((1.0000000000000002, 1.7320508075688772))
        );
        assert_eq!(
            complex_div((1.0, 0.0), (0.0, 0.0)),
            Err(ComplexError::DivisionByZero)
        );
    }
}
