//! The conformance runner (not built yet).

fn main() {
    eprintln!("kaa-conformance: not built yet");
    std::process::exit(2);
}
