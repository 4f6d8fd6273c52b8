//! The front end: source decoding, lexer, parser and `ast.dump`.
//!
//! ```text
//! bytes --decode_source--> str --tokenize--> tokens --parse--> ast::Mod --dump--> text
//! ```

pub mod ast;
pub mod dump;
pub mod error;
pub mod lexer;
pub mod literal;
pub mod parser;
pub mod source;
pub mod token;

pub use dump::dump;
pub use error::{SyntaxError, SyntaxErrorKind};
pub use lexer::{dump_tokens, tokenize, Lexed};
pub use parser::{parse, Mode};
pub use source::{decode_source, decode_source_file};
