//! Writes `conformance/README.md`: what the suite is, how to run it, and the
//! per-category table of the last full in-process run.

use crate::suite::Report;

/// The README text for a full run.
pub fn render(report: &Report, mode: &str, cases_total: usize, categories: usize) -> String {
    let (_, t) = report.counts();
    let rate = if t.cases == 0 {
        0.0
    } else {
        100.0 * t.passed as f64 / t.cases as f64
    };
    format!(
        "# Conformance suite\n\n\
         Small Python 3.4 programs, each checking one thing, whose expected output comes\n\
         from running CPython (`python3`, normalised to 3.4 as `../../shared/py34-vs-py311.md`\n\
         §0 prescribes; the few places where 3.4 differs are recorded in `overrides.json`,\n\
         each with its reason). Format: GUIDE §5.\n\n\
         - `cases/<category>/<name>.py` (+ optional `.stdin`): the snippets, {cases_total} cases in {categories} categories\n\
         - `expected/<category>/<name>.json`: `{{stdout, exit_code, error_type, error_message}}`\n\
         \x20 (+ `stderr` for the traceback category), written only by `regen.py`\n\
         - `known-failures.txt`: cases that fail today, with a one-line reason\n\n\
         ## Commands\n\n\
         ```\n\
         python3 conformance/regen.py            # rewrite expected/ from CPython\n\
         python3 conformance/regen.py --check    # verify expected/ matches CPython now\n\
         cargo run -p kaa-conformance --                     # run in-process, all categories\n\
         cargo run -p kaa-conformance -- --category int      # one category (repeatable)\n\
         cargo run -p kaa-conformance -- --server URL        # through a running `kaa serve`\n\
         cargo run -p kaa-conformance -- --both --server URL # both; any difference fails\n\
         cargo run -p kaa-conformance -- --write-known-failures\n\
         cargo run -p kaa-conformance -- --regen             # just runs regen.py\n\
         cargo test -p kaa-conformance                       # the in-process suite as a test\n\
         ```\n\n\
         The runner exits non-zero on any failure not listed in `known-failures.txt` and on\n\
         any listed case that passes.\n\n\
         ## What is compared\n\n\
         stdout exactly, the exit code, and the uncaught exception's type and message as the last\n\
         traceback line shows them (for syntax errors that is `msg` without the `(file, line N)`\n\
         that `str()` adds; `SystemExit` is not an error). The traceback category also compares\n\
         the whole stderr. Over HTTP the exit code is known only as ok / not ok. With `--both`\n\
         any difference between the in-process and the HTTP result fails the case. Each case runs\n\
         in its own thread (panics caught, 10 s wall-clock limit, 256 MiB, 20 s hard timeout).\n\n\
         ## Adding a case\n\n\
         Write `cases/<category>/<name>.py` (valid Python 3.4, checked by `regen.py`; names\n\
         `syntax/bad_*.py` must be rejected instead), optionally `<name>.stdin`, run\n\
         `python3 conformance/regen.py --category <category>`, and commit both files. Never print\n\
         an unsorted dict or set of str (py34-vs-py311.md §0; `regen.py` reruns every case with\n\
         another hash seed to catch that). Where 3.4 prints something else than python3, add an\n\
         entry to `overrides.json` that cites the py34-vs-py311.md row.\n\n\
         ## Current results\n\n\
         Last full run: {date}, mode {mode}: **{passed} of {cases} passed ({rate:.1}%)**, {known} listed failures, {unexpected} unexpected.\n\n\
         {table}",
        date = crate::date::now_utc(),
        passed = t.passed,
        cases = t.cases,
        known = t.known,
        unexpected = t.unexpected,
        table = report.table(),
    )
}
