//! `kaa run FILE [ARGS...]`, `kaa run - [ARGS...]`, `kaa run -c CODE`, and bare
//! `kaa` on a pipe.

use std::io::Read;

use kaa_interp::api::{Config, Interpreter, Limits};

use super::args::RunArgs;
use super::console::Console;
use super::source_file::read_source;

/// Runs the program `kaa run` names and returns the process exit status.
pub fn run(args: RunArgs) -> i32 {
    let limits = args.limits.over(Limits::unlimited());
    let mut rest = args.rest.into_iter();
    let (source, filename, argv0) = match args.code {
        Some(code) => (code, "<string>".to_string(), "-c".to_string()),
        None => {
            let Some(file) = rest.next() else {
                eprintln!("kaa run: a FILE or -c CODE is required\nUsage: kaa run [OPTIONS] FILE [ARGS]... | kaa run [OPTIONS] -c CODE [ARGS]...");
                return 2;
            };
            if file == "-" {
                // `kaa run - ARGS`: the program is standard input, as with
                // `python3 - ARGS` (argv[0] is "-", the program reads no stdin).
                let mut argv = vec![file];
                argv.extend(rest);
                return run_program(
                    &read_all_stdin(),
                    "<stdin>".to_string(),
                    argv,
                    limits,
                    String::new(),
                );
            }
            match read_source(std::path::Path::new(&file)) {
                Ok(text) => (text, file.clone(), file),
                Err(e) => {
                    eprintln!("{}", e.to_string().trim_end());
                    return e.exit_code();
                }
            }
        }
    };
    let mut argv = vec![argv0];
    argv.extend(rest);
    run_program(&source, filename, argv, limits, read_all_stdin())
}

/// Runs standard input as the program (`kaa < prog.py`, as python3 does).
pub fn run_stdin_program() -> i32 {
    let source = read_all_stdin();
    run_program(
        &source,
        "<stdin>".to_string(),
        vec![String::new()],
        Limits::unlimited(),
        String::new(),
    )
}

/// Runs `source` with the console as its output and returns the exit status.
pub fn run_program(
    source: &str,
    filename: String,
    argv: Vec<String>,
    limits: Limits,
    stdin: String,
) -> i32 {
    let console = Console::new();
    let config = Config {
        limits,
        stdin,
        filename,
        argv,
        output_sink: Some(console.sink()),
        ..Config::default()
    };
    let outcome = Interpreter::new(config).run(source);
    console.finish(&outcome);
    outcome.exit_code
}

/// The whole of standard input, read up-front: the embedding API takes stdin
/// as one string, so an interactive program sees its input only after EOF.
fn read_all_stdin() -> String {
    let mut bytes = Vec::new();
    if std::io::stdin().read_to_end(&mut bytes).is_err() {
        return String::new();
    }
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}
