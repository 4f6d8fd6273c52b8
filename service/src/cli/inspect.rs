//! `kaa tokens`, `kaa ast`, `kaa dis`: the front-end views of a file.

use std::path::Path;

use kaa_interp::syntax::{self, Mode, SyntaxError};

use super::source_file::read_source;

/// Which view of the file to print.
#[derive(Clone, Copy, Debug)]
pub enum View {
    /// `KIND 'text' line:col`, one token per line.
    Tokens,
    /// CPython 3.4's `ast.dump(ast.parse(source))`.
    Ast,
    /// The bytecode listing.
    Dis,
}

/// Prints `view` of `path`; returns the exit status (1 on a syntax error,
/// 2 when the file cannot be read).
pub fn inspect(path: &Path, view: View) -> i32 {
    let source = match read_source(path) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("{}", e.to_string().trim_end());
            return e.exit_code();
        }
    };
    let filename = path.display().to_string();
    match render(&source, &filename, view) {
        Ok(text) => {
            print!("{text}");
            0
        }
        Err(e) => {
            eprint!("{}", e.with_source(&source).format(&filename));
            1
        }
    }
}

/// The text `kaa <view> FILE` prints for `source`, ending in a newline.
pub fn render(source: &str, filename: &str, view: View) -> Result<String, SyntaxError> {
    let mut text = match view {
        View::Tokens => syntax::dump_tokens(source)?,
        View::Ast => syntax::dump(&syntax::parse(source, Mode::Exec)?),
        View::Dis => kaa_interp::compile::disassemble(source, filename)?,
    };
    // `print(ast.dump(...))` ends with a newline; so do the listings.
    if !text.is_empty() && !text.ends_with('\n') {
        text.push('\n');
    }
    Ok(text)
}
