//! `kaa-conformance`: runs the conformance corpus and prints a table per
//! category, ending with `N passed, N failed`.
//!
//! ```text
//! kaa-conformance [--category C]... [--server URL] [--both] [--regen]
//!                 [--write-known-failures] [--jobs N] [--root DIR] [--verbose]
//! ```

use kaa_conformance::suite::{self, Mode, Options};
use kaa_conformance::{known::KnownFailures, readme};
use std::process::{Command, ExitCode};

const USAGE: &str = "usage: kaa-conformance [--category C]... [--server URL] [--both] [--regen] \
[--write-known-failures] [--jobs N] [--root DIR] [--verbose]";

struct Args {
    options: Options,
    regen: bool,
    write_known: bool,
    verbose: bool,
}

fn parse_args() -> Result<Args, String> {
    let mut options = Options::in_process();
    let mut server = None;
    let mut both = false;
    let mut regen = false;
    let mut write_known = false;
    let mut verbose = false;
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        let mut value = |name: &str| it.next().ok_or(format!("{name} needs a value"));
        match a.as_str() {
            "--category" => options.categories.push(value("--category")?),
            "--server" => server = Some(value("--server")?),
            "--both" => both = true,
            "--regen" => regen = true,
            "--write-known-failures" => write_known = true,
            "--verbose" | "-v" => verbose = true,
            "--jobs" => {
                options.jobs = value("--jobs")?
                    .parse()
                    .map_err(|_| "--jobs needs a number".to_string())?
            }
            "--root" => options.root = value("--root")?.into(),
            "--help" | "-h" => return Err(USAGE.to_string()),
            other => return Err(format!("unknown argument {other}\n{USAGE}")),
        }
    }
    options.mode = match (server, both) {
        (None, false) => Mode::InProcess,
        (None, true) => return Err("--both needs --server URL".to_string()),
        (Some(u), false) => Mode::Http(u),
        (Some(u), true) => Mode::Both(u),
    };
    Ok(Args {
        options,
        regen,
        write_known,
        verbose,
    })
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    if args.regen {
        let script = args.options.root.join("regen.py");
        let mut cmd = Command::new("python3");
        cmd.arg(script);
        for c in &args.options.categories {
            cmd.arg("--category").arg(c);
        }
        return match cmd.status() {
            Ok(s) if s.success() => ExitCode::SUCCESS,
            Ok(_) => ExitCode::FAILURE,
            Err(e) => {
                eprintln!("cannot run python3: {e}");
                ExitCode::from(2)
            }
        };
    }
    // Panics inside cases are caught and reported per case; keep the
    // default hook's noise out of the table.
    std::panic::set_hook(Box::new(|_| {}));
    let report = match suite::run(&args.options) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("kaa-conformance: {e}");
            return ExitCode::from(2);
        }
    };
    let unlisted = report.unlisted_failures();
    let fixed = report.fixed();
    let stale = report.stale_entries();
    if args.verbose {
        for r in &report.results {
            if let kaa_conformance::observed::Verdict::Fail(why) = &r.verdict {
                println!("FAIL {}  {}", r.key, why);
            }
        }
    } else {
        for r in &unlisted {
            if let kaa_conformance::observed::Verdict::Fail(why) = &r.verdict {
                println!("FAIL {}  {}", r.key, why);
            }
        }
    }
    for r in &fixed {
        println!("FIXED {}  (listed in known-failures.txt; remove it)", r.key);
    }
    for k in &stale {
        println!("STALE {k}  (listed in known-failures.txt but no such case)");
    }
    println!();
    print!("{}", report.table());
    let (_, total) = report.counts();
    println!(
        "{} listed known failures, {} unlisted failures, {} listed cases now passing",
        total.known,
        unlisted.len(),
        fixed.len()
    );
    let mode_name = match &args.options.mode {
        Mode::InProcess => "in-process".to_string(),
        Mode::Http(u) => format!("http ({u})"),
        Mode::Both(u) => format!("in-process and http ({u})"),
    };
    if args.write_known {
        let k: KnownFailures = report.rewritten_known_failures();
        if let Err(e) = std::fs::write(args.options.known_failures_path(), k.render()) {
            eprintln!("cannot write known-failures.txt: {e}");
            return ExitCode::from(2);
        }
        println!("wrote known-failures.txt ({} entries)", k.entries.len());
    }
    if args.options.categories.is_empty() {
        let cats = report
            .results
            .iter()
            .map(|r| r.category.as_str())
            .collect::<std::collections::BTreeSet<_>>()
            .len();
        let text = readme::render(&report, &mode_name, report.results.len(), cats);
        if let Err(e) = std::fs::write(args.options.root.join("README.md"), text) {
            eprintln!("cannot write README.md: {e}");
        }
    }
    println!("{}", report.summary_line());
    if args.write_known || report.discipline_ok() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
