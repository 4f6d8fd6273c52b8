//! Development helper: `cargo run -p kaa-interp --example run -- FILE [ARGS]`
//! runs a program through the embedding API and prints what it produced.

use kaa_interp::api::{Config, Interpreter, Limits};
use std::io::Read;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else {
        eprintln!("usage: run FILE [ARGS...]");
        std::process::exit(2);
    };
    let source = match std::fs::read_to_string(path) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{}: {}", path, e);
            std::process::exit(2);
        }
    };
    let mut stdin = String::new();
    if std::env::var("KAA_STDIN").is_ok() {
        let _ = std::io::stdin().read_to_string(&mut stdin);
    }
    let config = Config {
        limits: Limits::unlimited(),
        stdin,
        filename: path.clone(),
        argv: args.clone(),
        ..Config::default()
    };
    let out = Interpreter::new(config).run(&source);
    print!("{}", out.stdout);
    eprint!("{}", out.stderr);
    if std::env::var("KAA_USAGE").is_ok() {
        eprintln!("{:?} result={:?}", out.usage, out.result);
    }
    std::process::exit(out.exit_code);
}
