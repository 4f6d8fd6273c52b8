//! Fuzz target `parse`: arbitrary bytes through the whole front end.
//!
//! bytes → `decode_source` → `tokenize` → `parse` (all three modes) → `dump`.
//! Any input must give a value or a `SyntaxError`: a panic, a hang, a stack
//! overflow or an abort is a bug.
#![no_main]

use kaa_interp::syntax::{decode_source, dump, parse, tokenize, Mode};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(source) = decode_source(data) else {
        return;
    };
    let lexed = tokenize(&source);
    let _ = lexed.tokens.len();
    if let Ok(tree) = parse(&source, Mode::Exec) {
        let _ = dump(&tree);
    }
    // The other modes share the grammar but start from different rules.
    for mode in [Mode::Eval, Mode::Single] {
        if let Ok(tree) = parse(&source, mode) {
            let _ = dump(&tree);
        }
    }
});
