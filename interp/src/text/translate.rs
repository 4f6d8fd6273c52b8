//! `str.translate` and `str.maketrans` helpers.

use super::error::TextError;

/// What a translation table gives for one char.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Mapped {
    /// Not in the table (LookupError): keep the char.
    Unchanged,
    /// Mapped to None: delete the char.
    Delete,
    /// Mapped to a code point.
    Char(char),
    /// Mapped to a string.
    Text(String),
}

/// `s.translate(table)`, where `lookup` consults the table (and may fail, e.g. when a
/// user `__getitem__` raises or a value has the wrong type).
pub fn translate<E>(
    s: &str,
    mut lookup: impl FnMut(char) -> Result<Mapped, E>,
) -> Result<String, E> {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match lookup(c)? {
            Mapped::Unchanged => out.push(c),
            Mapped::Delete => {}
            Mapped::Char(m) => out.push(m),
            Mapped::Text(t) => out.push_str(&t),
        }
    }
    Ok(out)
}

/// `str.maketrans(x, y[, z])` with strings: pairs of code point and its mapping
/// (`None` for the chars of `z`), in insertion order (later pairs override).
pub fn maketrans(x: &str, y: &str, z: Option<&str>) -> Result<Vec<(u32, Option<u32>)>, TextError> {
    let xs: Vec<char> = x.chars().collect();
    let ys: Vec<char> = y.chars().collect();
    if xs.len() != ys.len() {
        return Err(TextError::MaketransLengths);
    }
    let mut out: Vec<(u32, Option<u32>)> = xs
        .iter()
        .zip(&ys)
        .map(|(&a, &b)| (a as u32, Some(b as u32)))
        .collect();
    if let Some(z) = z {
        out.extend(z.chars().map(|c| (c as u32, None)));
    }
    Ok(out)
}
