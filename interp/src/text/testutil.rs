//! Reader for the python3-generated test data files (see testdata/testdata_common.py):
//! one case per line, TAB-separated, fields escaped with `\\ \t \n \r \u{HEX}`.

/// Decodes one escaped field.
pub(crate) fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut it = s.chars().peekable();
    while let Some(c) = it.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match it.next() {
            Some('\\') => out.push('\\'),
            Some('t') => out.push('\t'),
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('u') => {
                let mut hex = String::new();
                if it.peek() == Some(&'{') {
                    it.next();
                    for h in it.by_ref() {
                        if h == '}' {
                            break;
                        }
                        hex.push(h);
                    }
                }
                if let Some(ch) = u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
                    out.push(ch);
                }
            }
            Some(other) => {
                out.push('\\');
                out.push(other);
            }
            None => out.push('\\'),
        }
    }
    out
}

/// All cases of a data file: non-comment lines split into unescaped fields.
pub(crate) fn cases(data: &str) -> Vec<Vec<String>> {
    data.lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .map(|l| l.split('\t').map(unescape).collect())
        .collect()
}

/// Collects mismatches and fails with the first few of them.
#[derive(Default)]
pub(crate) struct Checker {
    total: usize,
    failures: Vec<String>,
}

impl Checker {
    /// Records one comparison.
    pub(crate) fn check(&mut self, what: &str, got: &str, want: &str) {
        self.total += 1;
        if got != want {
            self.failures
                .push(format!("{what}: got {got:?}, want {want:?}"));
        }
    }

    /// Panics when any comparison failed; returns the number of cases checked.
    pub(crate) fn finish(self, name: &str) -> usize {
        if !self.failures.is_empty() {
            let shown: Vec<&String> = self.failures.iter().take(25).collect();
            panic!(
                "{name}: {} of {} cases differ from python3:\n{}",
                self.failures.len(),
                self.total,
                shown
                    .iter()
                    .map(|s| s.as_str())
                    .collect::<Vec<_>>()
                    .join("\n")
            );
        }
        assert!(self.total > 0, "{name}: no cases");
        self.total
    }
}
