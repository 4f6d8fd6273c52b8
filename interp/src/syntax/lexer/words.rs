//! Names, string prefixes and numbers.

use super::errors::Cause;
use super::scanner::Scanner;
use crate::syntax::error::SyntaxError;
use crate::syntax::token::TokenKind;

/// Whether `b` can continue a name as far as the byte scan goes: ASCII
/// letters, digits, `_`, and any byte of a non-ASCII character (checked
/// against PEP 3131 once the run is known, as CPython does).
fn is_name_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80
}

/// PEP 3131: the first character is XID_Start or `_`, the others
/// XID_Continue.
fn is_identifier(text: &str) -> bool {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) if c == '_' || unicode_ident::is_xid_start(c) => {}
        _ => return false,
    }
    chars.all(unicode_ident::is_xid_continue)
}

impl Scanner<'_> {
    /// A name, or a string literal with a prefix (`b`, `r`, `u`, `br`, `rb`
    /// in any case; 3.4 has no `ur`).
    pub(super) fn name_or_string(&mut self) -> Result<(), SyntaxError> {
        let start = self.pos;
        let start_pos = self.here();
        let (mut saw_b, mut saw_r, mut saw_u) = (false, false, false);
        while let Some(c) = self.peek() {
            match c {
                b'b' | b'B' if !(saw_b || saw_u) => saw_b = true,
                b'u' | b'U' if !(saw_b || saw_u || saw_r) => saw_u = true,
                b'r' | b'R' if !(saw_r || saw_u) => saw_r = true,
                _ => break,
            }
            self.pos += 1;
            if let Some(b'\'' | b'"') = self.peek() {
                return self.string(start, start_pos);
            }
        }
        let mut non_ascii = false;
        while let Some(b) = self.peek() {
            if !is_name_byte(b) {
                break;
            }
            non_ascii |= b >= 0x80;
            self.pos += 1;
        }
        if non_ascii {
            let text = self.src.get(start..self.pos).unwrap_or("");
            if !is_identifier(text) {
                return Err(self.error_before(Cause::Identifier, self.pos));
            }
        }
        self.push(TokenKind::Name, start, start_pos);
        Ok(())
    }

    fn skip_digits(&mut self, accept: fn(u8) -> bool) {
        while let Some(b) = self.peek() {
            if !accept(b) {
                break;
            }
            self.pos += 1;
        }
    }

    /// A number, by CPython 3.4's rules: `0x`/`0o`/`0b` need at least one
    /// digit, a decimal integer other than zero cannot start with `0`
    /// (`invalid token`), `1e` is the number `1` followed by the name `e`,
    /// and `1e+` is an invalid token. No underscores.
    pub(super) fn number(&mut self) -> Result<(), SyntaxError> {
        let start = self.pos;
        let start_pos = self.here();
        let digit = |b: u8| b.is_ascii_digit();
        if self.peek() == Some(b'0') {
            self.pos += 1;
            match self.peek() {
                Some(b'x' | b'X') => {
                    return self.radix_number(start, start_pos, |b| b.is_ascii_hexdigit())
                }
                Some(b'o' | b'O') => {
                    return self.radix_number(start, start_pos, |b| matches!(b, b'0'..=b'7'))
                }
                Some(b'b' | b'B') => {
                    return self.radix_number(start, start_pos, |b| matches!(b, b'0' | b'1'))
                }
                _ => {}
            }
            self.skip_digits(|b| b == b'0');
            let zeros_end = self.pos;
            self.skip_digits(digit);
            let nonzero = self.pos > zeros_end;
            match self.peek() {
                Some(b'.' | b'e' | b'E' | b'j' | b'J') => {}
                _ if nonzero => return Err(self.error_before(Cause::Token, self.pos)),
                _ => {
                    self.push(TokenKind::Number, start, start_pos);
                    return Ok(());
                }
            }
        } else if self.peek() != Some(b'.') {
            self.skip_digits(digit);
        }
        if self.peek() == Some(b'.') {
            self.pos += 1;
            self.skip_digits(digit);
        }
        if let Some(b'e' | b'E') = self.peek() {
            match self.peek_at(1) {
                Some(b'0'..=b'9') => {
                    self.pos += 1;
                    self.skip_digits(digit);
                }
                Some(b'+' | b'-') => {
                    self.pos += 2;
                    if !matches!(self.peek(), Some(b'0'..=b'9')) {
                        return Err(self.error_before(Cause::Token, self.pos));
                    }
                    self.skip_digits(digit);
                }
                // `1e` / `1else`: the number ends before the `e`.
                _ => {
                    self.push(TokenKind::Number, start, start_pos);
                    return Ok(());
                }
            }
        }
        if let Some(b'j' | b'J') = self.peek() {
            self.pos += 1;
        }
        self.push(TokenKind::Number, start, start_pos);
        Ok(())
    }

    /// The digits after `0x`, `0o` or `0b` (`pos` is on the letter).
    fn radix_number(
        &mut self,
        start: usize,
        start_pos: crate::syntax::token::Pos,
        accept: fn(u8) -> bool,
    ) -> Result<(), SyntaxError> {
        self.pos += 1;
        match self.peek() {
            Some(b) if accept(b) => {}
            _ => return Err(self.error_before(Cause::Token, self.pos)),
        }
        self.skip_digits(accept);
        self.push(TokenKind::Number, start, start_pos);
        Ok(())
    }
}
