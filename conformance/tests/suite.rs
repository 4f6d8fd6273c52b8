//! The in-process conformance suite as a cargo test: fails on any case that
//! fails without being listed in known-failures.txt, and on any listed case
//! that now passes.

use kaa_conformance::observed::Verdict;
use kaa_conformance::suite::{run, Options};

#[test]
fn conformance_suite_in_process() {
    std::panic::set_hook(Box::new(|_| {}));
    let report =
        run(&Options::in_process()).unwrap_or_else(|e| panic!("cannot run the suite: {e}"));
    let _ = std::panic::take_hook();
    let mut problems = Vec::new();
    for r in report.unlisted_failures() {
        if let Verdict::Fail(why) = &r.verdict {
            problems.push(format!("FAIL {}  {}", r.key, why));
        }
    }
    for r in report.fixed() {
        problems.push(format!(
            "FIXED {} (remove it from known-failures.txt)",
            r.key
        ));
    }
    for k in report.stale_entries() {
        problems.push(format!("STALE {k} (listed but no such case)"));
    }
    println!("{}", report.table());
    println!("{}", report.summary_line());
    assert!(
        problems.is_empty(),
        "{} conformance problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}
