//! String literal tokens: finding where they end. Decoding their value is
//! `syntax::literal`'s job.

use super::errors::Cause;
use super::scanner::Scanner;
use crate::syntax::error::SyntaxError;
use crate::syntax::token::{Pos, TokenKind};

impl Scanner<'_> {
    /// A string literal whose prefix (if any) spans `start..pos`; `pos` is
    /// on the opening quote.
    pub(super) fn string(&mut self, start: usize, start_pos: Pos) -> Result<(), SyntaxError> {
        let quote = self.peek().unwrap_or(b'\'');
        let triple = self.peek_at(1) == Some(quote) && self.peek_at(2) == Some(quote);
        if triple {
            self.pos += 3;
        } else if self.peek_at(1) == Some(quote) {
            // The empty string.
            self.pos += 2;
            self.push(TokenKind::String, start, start_pos);
            return Ok(());
        } else {
            self.pos += 1;
        }
        let mut closing = 0;
        loop {
            let Some(c) = self.peek() else {
                return Err(self.string_eof_error(triple, false));
            };
            match c {
                b'\n' | b'\r' => {
                    if !triple {
                        return Err(self.error_at_line_end(Cause::Eol));
                    }
                    self.consume_newline();
                    closing = 0;
                }
                b'\\' => {
                    closing = 0;
                    self.pos += 1;
                    match self.peek() {
                        None => return Err(self.string_eof_error(triple, true)),
                        Some(b'\n' | b'\r') => self.consume_newline(),
                        Some(_) => self.pos += 1,
                    }
                }
                _ if c == quote => {
                    self.pos += 1;
                    closing += 1;
                    if !triple || closing == 3 {
                        break;
                    }
                }
                _ => {
                    // Bytes of non-ASCII characters are never special.
                    closing = 0;
                    self.pos += 1;
                }
            }
        }
        self.push(TokenKind::String, start, start_pos);
        Ok(())
    }
}
