//! The `kaa` binary: command-line front end and (later) the HTTP service.

fn main() {
    eprintln!("kaa: not built yet");
    std::process::exit(2);
}
