//! Successive matches for findall/finditer, sub and split, with CPython 3.4's rules for empty matches.

use super::matcher::{Anchor, Budget, Captures, MatchError};
use super::{Regex, Unit};

/// Which operation the matches are for (they treat empty matches differently in 3.4).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScanMode {
    /// findall/finditer: every match; after an empty match the search resumes one unit later.
    FindAll,
    /// sub/subn: as FindAll, but an empty match right after the previous match is skipped.
    Sub,
    /// split: empty matches are ignored.
    Split,
}

/// Up to `limit` matches (0 = no limit) of `re` in `text` (already cut at endpos), from `pos`.
pub fn scan<T: Unit>(
    re: &Regex,
    text: &[T],
    pos: usize,
    limit: usize,
    mode: ScanMode,
    budget: Budget<'_>,
) -> Result<Vec<Captures>, MatchError> {
    let mut out = Vec::new();
    let mut start = pos;
    let mut last_end: Option<usize> = None;
    while start <= text.len() {
        if limit != 0 && out.len() >= limit {
            break;
        }
        let Some(caps) = re.exec(text, start, Anchor::Search, budget)? else {
            break;
        };
        let b = caps.slots.first().copied().unwrap_or(0).max(0) as usize;
        let e = caps.slots.get(1).copied().unwrap_or(0).max(0) as usize;
        let empty = b == e;
        let keep = match mode {
            ScanMode::FindAll => true,
            ScanMode::Sub => !(empty && last_end == Some(b)),
            ScanMode::Split => !empty,
        };
        if keep {
            out.push(caps);
            last_end = Some(e);
        }
        start = if empty { e + 1 } else { e };
    }
    Ok(out)
}
