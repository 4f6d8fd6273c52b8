//! `known-failures.txt`: `<category>/<name>  <one-line reason>` per line,
//! `#` comments and blank lines ignored.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

/// The listed failures: case key → reason.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct KnownFailures {
    /// Case key (`category/name`) → the reason given.
    pub entries: BTreeMap<String, String>,
}

/// Reason prefixes the runner writes itself; reasons that start otherwise
/// were written by hand and survive `--write-known-failures`.
const AUTO_PREFIXES: &[&str] = &[
    "stdout differs",
    "stderr differs",
    "expected ",
    "exit code",
    "timed out",
    "panicked",
    "modes differ",
    "http",
    "case thread",
    "no expected file",
];

/// Whether a reason was produced by the runner (and may be refreshed).
pub fn is_auto_reason(reason: &str) -> bool {
    AUTO_PREFIXES.iter().any(|p| reason.starts_with(p))
}

impl KnownFailures {
    /// Reads the file; a missing file is an empty list.
    pub fn load(path: &Path) -> Result<Self, String> {
        let text = match fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
            Err(e) => return Err(format!("{}: {}", path.display(), e)),
        };
        Ok(Self::parse(&text))
    }

    /// Parses the file's text.
    pub fn parse(text: &str) -> Self {
        let mut entries = BTreeMap::new();
        for line in text.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (key, reason) = match line.split_once(char::is_whitespace) {
                Some((k, r)) => (k, r.trim()),
                None => (line, ""),
            };
            entries.insert(key.to_string(), reason.to_string());
        }
        KnownFailures { entries }
    }

    /// Whether a case is listed.
    pub fn contains(&self, key: &str) -> bool {
        self.entries.contains_key(key)
    }

    /// The file's text, sorted, with a header comment.
    pub fn render(&self) -> String {
        let mut s = String::from(
            "# Conformance cases that fail today: <category>/<name>  <reason>.\n\
             # The runner fails on any failure not listed here and on any listed case that\n\
             # passes. Regenerate with `cargo run -p kaa-conformance -- --write-known-failures`\n\
             # (hand-written reasons of cases that still fail are kept).\n",
        );
        let width = self.entries.keys().map(|k| k.len()).max().unwrap_or(0);
        for (k, r) in &self.entries {
            s.push_str(&format!("{k:width$}  {r}\n"));
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_and_render_round_trip() {
        let k = KnownFailures::parse(
            "# c\n\nint/a  stdout differs at line 1\nstr/b   needs unicode tables\n",
        );
        assert_eq!(k.entries.len(), 2);
        assert_eq!(k.entries["str/b"], "needs unicode tables");
        assert_eq!(KnownFailures::parse(&k.render()), k);
    }

    #[test]
    fn auto_reasons_are_recognised() {
        assert!(is_auto_reason(
            "stdout differs at line 3: expected `a`, got `b`"
        ));
        assert!(is_auto_reason(
            "expected ZeroDivisionError, got NameError: x"
        ));
        assert!(!is_auto_reason("needs the re module (issue 9)"));
    }
}
