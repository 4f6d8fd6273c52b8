//! The complex functions behind `cmath`, with CPython's algorithms (so
//! results and branch cuts match it): scaled square root, the Kahan-style
//! inverse functions, overflow-avoiding exp/cosh/sinh/tanh, and the
//! special-value tables for infinite and NaN inputs.

use super::cmath_tables as t;
use super::math_special::{asinh as m_asinh, MathErr};
use std::f64::consts::{E, LN_2, PI};

/// A complex number as (real, imag).
pub type C = (f64, f64);

/// A result with C's `errno` meaning (EDOM → ValueError, ERANGE → OverflowError).
pub type CResult = Result<C, MathErr>;

const LARGE_DOUBLE: f64 = f64::MAX / 4.0;
const SCALE_UP: i32 = 53;
const SCALE_DOWN: i32 = -27;

fn sqrt_large_double() -> f64 {
    LARGE_DOUBLE.sqrt()
}

fn log_large_double() -> f64 {
    LARGE_DOUBLE.ln()
}

fn sqrt_dbl_min() -> f64 {
    f64::MIN_POSITIVE.sqrt()
}

/// The class of a float for the special-value tables.
fn special_type(d: f64) -> usize {
    if d.is_finite() {
        if d != 0.0 {
            if d.is_sign_positive() {
                4
            } else {
                1
            }
        } else if d.is_sign_positive() {
            3
        } else {
            2
        }
    } else if d.is_nan() {
        6
    } else if d > 0.0 {
        5
    } else {
        0
    }
}

fn special(z: C, table: &[[C; 7]; 7]) -> Option<C> {
    if z.0.is_finite() && z.1.is_finite() {
        return None;
    }
    Some(table[special_type(z.0)][special_type(z.1)])
}

fn ldexp(x: f64, e: i32) -> f64 {
    x * 2f64.powi(e)
}

/// `cmath.sqrt`.
pub fn sqrt(z: C) -> C {
    if let Some(r) = special(z, &t::SQRT) {
        return r;
    }
    if z.0 == 0.0 && z.1 == 0.0 {
        return (0.0, z.1);
    }
    let ax = z.0.abs();
    let ay = z.1.abs();
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE && (ax > 0.0 || ay > 0.0) {
        let ax = ldexp(ax, SCALE_UP);
        ldexp((ax + ax.hypot(ldexp(ay, SCALE_UP))).sqrt(), SCALE_DOWN)
    } else {
        let ax = ax / 8.0;
        2.0 * (ax + ax.hypot(ay / 8.0)).sqrt()
    };
    let d = ay / (2.0 * s);
    if z.0 >= 0.0 {
        (s, d.copysign(z.1))
    } else {
        (d, s.copysign(z.1))
    }
}

/// `cmath.acos`.
pub fn acos(z: C) -> C {
    if let Some(r) = special(z, &t::ACOS) {
        return r;
    }
    if z.0.abs() > LARGE_DOUBLE || z.1.abs() > LARGE_DOUBLE {
        let re = z.1.abs().atan2(z.0);
        let l = (z.0 / 2.0).hypot(z.1 / 2.0).ln() + LN_2 * 2.0;
        let im = if z.0 < 0.0 {
            -l.copysign(z.1)
        } else {
            l.copysign(-z.1)
        };
        (re, im)
    } else {
        let s1 = sqrt((1.0 - z.0, -z.1));
        let s2 = sqrt((1.0 + z.0, z.1));
        (2.0 * s1.0.atan2(s2.0), m_asinh(s2.0 * s1.1 - s2.1 * s1.0))
    }
}

/// `cmath.acosh`.
pub fn acosh(z: C) -> C {
    if let Some(r) = special(z, &t::ACOSH) {
        return r;
    }
    if z.0.abs() > LARGE_DOUBLE || z.1.abs() > LARGE_DOUBLE {
        (
            (z.0 / 2.0).hypot(z.1 / 2.0).ln() + LN_2 * 2.0,
            z.1.atan2(z.0),
        )
    } else {
        let s1 = sqrt((z.0 - 1.0, z.1));
        let s2 = sqrt((z.0 + 1.0, z.1));
        (m_asinh(s1.0 * s2.0 + s1.1 * s2.1), 2.0 * s1.1.atan2(s2.0))
    }
}

/// `cmath.asinh`.
pub fn asinh(z: C) -> C {
    if let Some(r) = special(z, &t::ASINH) {
        return r;
    }
    if z.0.abs() > LARGE_DOUBLE || z.1.abs() > LARGE_DOUBLE {
        let l = (z.0 / 2.0).hypot(z.1 / 2.0).ln() + LN_2 * 2.0;
        let re = if z.1 >= 0.0 {
            l.copysign(z.0)
        } else {
            -l.copysign(-z.0)
        };
        (re, z.1.atan2(z.0.abs()))
    } else {
        let s1 = sqrt((1.0 + z.1, -z.0));
        let s2 = sqrt((1.0 - z.1, z.0));
        (
            m_asinh(s1.0 * s2.1 - s2.0 * s1.1),
            z.1.atan2(s1.0 * s2.0 - s1.1 * s2.1),
        )
    }
}

/// `cmath.asin`: `-i asinh(iz)`.
pub fn asin(z: C) -> C {
    let s = asinh((-z.1, z.0));
    (s.1, -s.0)
}

/// `cmath.atanh`.
pub fn atanh(z: C) -> CResult {
    if let Some(r) = special(z, &t::ATANH) {
        return Ok(r);
    }
    if z.0 < 0.0 {
        let r = atanh((-z.0, -z.1))?;
        return Ok((-r.0, -r.1));
    }
    let ay = z.1.abs();
    if z.0 > sqrt_large_double() || ay > sqrt_large_double() {
        let h = (z.0 / 2.0).hypot(z.1 / 2.0);
        Ok((z.0 / 4.0 / h / h, -(PI / 2.0).copysign(-z.1)))
    } else if z.0 == 1.0 && ay < sqrt_dbl_min() {
        if ay == 0.0 {
            Err(MathErr::Domain)
        } else {
            Ok((
                -(ay.sqrt() / ay.hypot(2.0).sqrt()).ln(),
                (2f64.atan2(-ay) / 2.0).copysign(z.1),
            ))
        }
    } else {
        Ok((
            (4.0 * z.0 / ((1.0 - z.0) * (1.0 - z.0) + ay * ay)).ln_1p() / 4.0,
            -(-2.0 * z.1).atan2((1.0 - z.0) * (1.0 + z.0) - ay * ay) / 2.0,
        ))
    }
}

/// `cmath.atan`: `-i atanh(iz)`.
pub fn atan(z: C) -> CResult {
    let s = atanh((-z.1, z.0))?;
    Ok((s.1, -s.0))
}

fn overflow_check(r: C) -> CResult {
    if r.0.is_infinite() || r.1.is_infinite() {
        Err(MathErr::Range)
    } else {
        Ok(r)
    }
}

/// `cmath.cosh`.
pub fn cosh(z: C) -> CResult {
    if !z.0.is_finite() || !z.1.is_finite() {
        let r = if z.0.is_infinite() && z.1.is_finite() && z.1 != 0.0 {
            let (re, im) = (
                f64::INFINITY.copysign(z.1.cos()),
                f64::INFINITY.copysign(z.1.sin()),
            );
            if z.0 > 0.0 {
                (re, im)
            } else {
                (re, -im)
            }
        } else {
            t::COSH[special_type(z.0)][special_type(z.1)]
        };
        if z.1.is_infinite() && !z.0.is_nan() {
            return Err(MathErr::Domain);
        }
        return Ok(r);
    }
    let r = if z.0.abs() > log_large_double() {
        let x1 = z.0 - 1f64.copysign(z.0);
        (z.1.cos() * x1.cosh() * E, z.1.sin() * x1.sinh() * E)
    } else {
        (z.1.cos() * z.0.cosh(), z.1.sin() * z.0.sinh())
    };
    overflow_check(r)
}

/// `cmath.cos`: `cosh(iz)`.
pub fn cos(z: C) -> CResult {
    cosh((-z.1, z.0))
}

/// `cmath.sinh`.
pub fn sinh(z: C) -> CResult {
    if !z.0.is_finite() || !z.1.is_finite() {
        let r = if z.0.is_infinite() && z.1.is_finite() && z.1 != 0.0 {
            let (re, im) = (
                f64::INFINITY.copysign(z.1.cos()),
                f64::INFINITY.copysign(z.1.sin()),
            );
            if z.0 > 0.0 {
                (re, im)
            } else {
                (-re, im)
            }
        } else {
            t::SINH[special_type(z.0)][special_type(z.1)]
        };
        if z.1.is_infinite() && !z.0.is_nan() {
            return Err(MathErr::Domain);
        }
        return Ok(r);
    }
    let r = if z.0.abs() > log_large_double() {
        let x1 = z.0 - 1f64.copysign(z.0);
        (z.1.cos() * x1.sinh() * E, z.1.sin() * x1.cosh() * E)
    } else {
        (z.1.cos() * z.0.sinh(), z.1.sin() * z.0.cosh())
    };
    overflow_check(r)
}

/// `cmath.sin`: `-i sinh(iz)`.
pub fn sin(z: C) -> CResult {
    let s = sinh((-z.1, z.0))?;
    Ok((s.1, -s.0))
}

/// `cmath.tanh`.
pub fn tanh(z: C) -> CResult {
    if !z.0.is_finite() || !z.1.is_finite() {
        let r = if z.0.is_infinite() && z.1.is_finite() && z.1 != 0.0 {
            let im = 0f64.copysign(2.0 * z.1.sin() * z.1.cos());
            (if z.0 > 0.0 { 1.0 } else { -1.0 }, im)
        } else {
            t::TANH[special_type(z.0)][special_type(z.1)]
        };
        if z.1.is_infinite() && z.0.is_finite() {
            return Err(MathErr::Domain);
        }
        return Ok(r);
    }
    if z.0.abs() > log_large_double() {
        return Ok((
            1f64.copysign(z.0),
            4.0 * z.1.sin() * z.1.cos() * (-2.0 * z.0.abs()).exp(),
        ));
    }
    let tx = z.0.tanh();
    let ty = z.1.tan();
    let cx = 1.0 / z.0.cosh();
    let txty = tx * ty;
    let denom = 1.0 + txty * txty;
    Ok((tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx))
}

/// `cmath.tan`: `-i tanh(iz)`.
pub fn tan(z: C) -> CResult {
    let s = tanh((-z.1, z.0))?;
    Ok((s.1, -s.0))
}

/// `cmath.exp`.
pub fn exp(z: C) -> CResult {
    if !z.0.is_finite() || !z.1.is_finite() {
        let r = if z.0.is_infinite() && z.1.is_finite() && z.1 != 0.0 {
            if z.0 > 0.0 {
                (
                    f64::INFINITY.copysign(z.1.cos()),
                    f64::INFINITY.copysign(z.1.sin()),
                )
            } else {
                (0f64.copysign(z.1.cos()), 0f64.copysign(z.1.sin()))
            }
        } else {
            t::EXP[special_type(z.0)][special_type(z.1)]
        };
        if z.1.is_infinite() && (z.0.is_finite() || z.0 == f64::INFINITY) {
            return Err(MathErr::Domain);
        }
        return Ok(r);
    }
    let r = if z.0 > log_large_double() {
        let l = (z.0 - 1.0).exp();
        (l * z.1.cos() * E, l * z.1.sin() * E)
    } else {
        let l = z.0.exp();
        (l * z.1.cos(), l * z.1.sin())
    };
    overflow_check(r)
}

/// `cmath.log` (natural).
pub fn log(z: C) -> CResult {
    if let Some(r) = special(z, &t::LOG) {
        return Ok(r);
    }
    let ax = z.0.abs();
    let ay = z.1.abs();
    let re = if ax > LARGE_DOUBLE || ay > LARGE_DOUBLE {
        (ax / 2.0).hypot(ay / 2.0).ln() + LN_2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax > 0.0 || ay > 0.0 {
            ldexp(ax, 53).hypot(ldexp(ay, 53)).ln() - 53.0 * LN_2
        } else {
            return Err(MathErr::Domain);
        }
    } else {
        let h = ax.hypot(ay);
        if (0.71..=1.73).contains(&h) {
            let (am, an) = if ax > ay { (ax, ay) } else { (ay, ax) };
            ((am - 1.0) * (am + 1.0) + an * an).ln_1p() / 2.0
        } else {
            h.ln()
        }
    };
    Ok((re, z.1.atan2(z.0)))
}

/// `cmath.log10`.
pub fn log10(z: C) -> CResult {
    let r = log(z)?;
    Ok((r.0 / std::f64::consts::LN_10, r.1 / std::f64::consts::LN_10))
}

/// `cmath.phase`: `atan2(imag, real)` with C99's special cases.
pub fn phase(z: C) -> f64 {
    if z.0.is_nan() || z.1.is_nan() {
        return f64::NAN;
    }
    if z.1.is_infinite() {
        if z.0.is_infinite() {
            return if z.0.is_sign_positive() {
                (0.25 * PI).copysign(z.1)
            } else {
                (0.75 * PI).copysign(z.1)
            };
        }
        return (0.5 * PI).copysign(z.1);
    }
    if z.0.is_infinite() || z.1 == 0.0 {
        return if z.0.is_sign_positive() {
            0f64.copysign(z.1)
        } else {
            PI.copysign(z.1)
        };
    }
    z.1.atan2(z.0)
}

/// `cmath.rect(r, phi)`.
pub fn rect(r: f64, phi: f64) -> CResult {
    if !r.is_finite() || !phi.is_finite() {
        let z = if r.is_infinite() && phi.is_finite() && phi != 0.0 {
            let (re, im) = (
                f64::INFINITY.copysign(phi.cos()),
                f64::INFINITY.copysign(phi.sin()),
            );
            if r > 0.0 {
                (re, im)
            } else {
                (-re, -im)
            }
        } else {
            t::RECT[special_type(r)][special_type(phi)]
        };
        if r != 0.0 && !r.is_nan() && phi.is_infinite() {
            return Err(MathErr::Domain);
        }
        return Ok(z);
    }
    if phi == 0.0 {
        return Ok((r, r * phi));
    }
    Ok((r * phi.cos(), r * phi.sin()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn branch_cuts() {
        assert_eq!(sqrt((-1.0, 0.0)), (0.0, 1.0));
        assert_eq!(sqrt((-1.0, -0.0)), (0.0, -1.0));
        assert_eq!(sqrt((4.0, 0.0)), (2.0, 0.0));
        assert_eq!(log((0.0, 0.0)), Err(MathErr::Domain));
        assert_eq!(atanh((1.0, 0.0)), Err(MathErr::Domain));
        assert_eq!(phase((-1.0, -0.0)), -PI);
    }
}
