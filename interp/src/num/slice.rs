//! Slice arithmetic shared by every sequence: CPython's `PySlice_GetIndicesEx`
//! (`slice.indices(len)` and the slice length), with ints of any size.

use super::int::Int;
use std::cmp::Ordering;

/// `slice step cannot be zero` (ValueError).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("slice step cannot be zero")]
pub struct ZeroSliceStep;

/// A slice resolved against a length: iterate `start, start+step, ...` `len` times.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SliceIndices {
    /// First index (meaningful only when `len > 0`).
    pub start: i64,
    /// Stop bound as `slice.indices()` reports it.
    pub stop: i64,
    /// Step (never 0), clamped to ±(2**63 - 1) as sequences do; `slice.indices()`
    /// reports the step as given.
    pub step: i64,
    /// Number of selected items.
    pub len: usize,
}

/// Clamps a possibly huge int to the i64 range (enough: lengths fit in i64).
fn clamp(i: &Int) -> i64 {
    match i.to_i64() {
        Some(v) => v,
        None if i.is_negative() => i64::MIN,
        None => i64::MAX,
    }
}

/// Resolves `slice(start, stop, step)` against a sequence of `length` items.
pub fn slice_indices(
    start: Option<&Int>,
    stop: Option<&Int>,
    step: Option<&Int>,
    length: usize,
) -> Result<SliceIndices, ZeroSliceStep> {
    let len = length as i64;
    let step = match step {
        None => 1,
        Some(s) if s.is_zero() => return Err(ZeroSliceStep),
        // -i64::MAX keeps -step representable, as CPython's PY_SSIZE_T_MIN + 1 does
        Some(s) => clamp(s).max(-i64::MAX),
    };
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let fix = |v: Option<&Int>, default: i64| -> i64 {
        match v {
            None => default,
            Some(i) => {
                let v = clamp(i);
                if v < 0 {
                    v.saturating_add(len).max(lower)
                } else {
                    v.min(upper)
                }
            }
        }
    };
    let start = fix(start, if step < 0 { upper } else { lower });
    let stop = fix(stop, if step < 0 { lower } else { upper });
    let count = match (step > 0, start.cmp(&stop)) {
        (true, Ordering::Less) => ((stop - start - 1) / step + 1) as usize,
        (false, Ordering::Greater) => ((start - stop - 1) / (-step) + 1) as usize,
        _ => 0,
    };
    Ok(SliceIndices {
        start,
        stop,
        step,
        len: count,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indices() {
        let i = |v: i64| Int::Small(v);
        // python3: slice(None, None, -1).indices(5) == (4, -1, -1); len 5
        assert_eq!(
            slice_indices(None, None, Some(&i(-1)), 5),
            Ok(SliceIndices {
                start: 4,
                stop: -1,
                step: -1,
                len: 5
            })
        );
        // slice(-100, 100, 2).indices(5) == (0, 5, 2); len 3
        assert_eq!(
            slice_indices(Some(&i(-100)), Some(&i(100)), Some(&i(2)), 5),
            Ok(SliceIndices {
                start: 0,
                stop: 5,
                step: 2,
                len: 3
            })
        );
        assert_eq!(
            slice_indices(None, None, Some(&i(0)), 5),
            Err(ZeroSliceStep)
        );
    }
}
