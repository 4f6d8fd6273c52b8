//! Patterns and templates holding lone surrogates.
//!
//! The parsers read `char`s, which cannot be surrogates, so a pattern or
//! template with lone surrogates is parsed from a copy in which each
//! surrogate U+D800+k is the private-use character `base + k` of a
//! 2048-code-point block of planes 15–16 that the text does not use; the
//! parsed literals are mapped back (see `parser::parse_wide`), so the
//! compiled program and the template pieces hold the exact code points.
//! Subjects need no such trick: they are matched as `u32` code points.

use super::error::{ErrorKind, RegexError};
use super::is_surrogate_unit as is_surrogate;

/// Size of one block: the number of surrogates.
pub const BLOCK: u32 = 0x800;
const BLOCKS_START: u32 = 0xf_0000;
const BLOCKS: u32 = 0x2_0000 / BLOCK;

/// The first code point of a block no value of `cps` falls in.
pub fn free_base(cps: &[u32]) -> Option<u32> {
    let mut used = 0u64;
    for &cp in cps {
        if cp >= BLOCKS_START {
            used |= 1 << ((cp - BLOCKS_START) / BLOCK).min(63);
        }
    }
    (0..BLOCKS)
        .find(|k| used & (1 << k) == 0)
        .map(|k| BLOCKS_START + k * BLOCK)
}

/// `cps` as chars, each surrogate moved into the block at `base`.
pub fn escape(cps: &[u32], base: u32) -> Vec<char> {
    cps.iter()
        .map(|&cp| {
            let cp = if is_surrogate(cp) {
                base + (cp - 0xd800)
            } else {
                cp
            };
            char::from_u32(cp).unwrap_or('\u{fffd}')
        })
        .collect()
}

/// The code point `c` of an escaped text stands for.
#[inline]
pub fn unescape(c: u32, base: u32) -> u32 {
    if (base..base + BLOCK).contains(&c) {
        c - base + 0xd800
    } else {
        c
    }
}

/// The error for a text that uses every block.
pub fn no_free_block() -> RegexError {
    RegexError::new(
        ErrorKind::Value,
        "Kaa cannot use a pattern with lone surrogates and characters from every private-use block of planes 15-16",
    )
}
