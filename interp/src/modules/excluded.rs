//! Modules the sandbox deliberately leaves out (processes, the network, the
//! file system, native code; `threading` is available, run sequentially).
//! Importing one raises
//! `ImportError: No module named 'socket' (excluded from the Kaa sandbox)`
//! instead of the plain "No module named" message, so a user can tell a
//! missing feature from a typo.

/// Top-level names of the excluded modules, sorted.
pub const EXCLUDED: &[&str] = &[
    "asynchat",
    "asyncio",
    "asyncore",
    "concurrent",
    "ctypes",
    "dbm",
    "faulthandler",
    "fcntl",
    "ftplib",
    "glob",
    "grp",
    "http",
    "imaplib",
    "mmap",
    "multiprocessing",
    "nntplib",
    "pathlib",
    "poplib",
    "posix",
    "pty",
    "pwd",
    "resource",
    "select",
    "selectors",
    "shutil",
    "signal",
    "smtplib",
    "socket",
    "socketserver",
    "sqlite3",
    "ssl",
    "subprocess",
    "telnetlib",
    "tempfile",
    "termios",
    "tty",
    "webbrowser",
    "xmlrpc",
];

/// Submodules excluded from packages that are otherwise available
/// (`urllib.parse` is pure string work; the rest of `urllib` is the
/// network), sorted.
pub const EXCLUDED_SUBMODULES: &[&str] = &[
    "urllib.error",
    "urllib.request",
    "urllib.response",
    "urllib.robotparser",
];

/// Whether `name` (dotted) is excluded: its top-level package is, or it is
/// (or lies inside) one of [`EXCLUDED_SUBMODULES`].
pub fn is_excluded(name: &str) -> bool {
    let head = name.split('.').next().unwrap_or(name);
    if EXCLUDED.binary_search(&head).is_ok() {
        return true;
    }
    EXCLUDED_SUBMODULES
        .iter()
        .any(|sub| name == *sub || name.strip_prefix(sub).is_some_and(|r| r.starts_with('.')))
}

/// The ImportError message for a module that cannot be found: names the
/// sandbox when the module is excluded.
pub fn not_found_message(name: &str) -> String {
    if is_excluded(name) {
        format!("No module named '{}' (excluded from the Kaa sandbox)", name)
    } else {
        format!("No module named '{}'", name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_is_sorted() {
        assert!(EXCLUDED.windows(2).all(|w| w[0] < w[1]));
        assert!(EXCLUDED_SUBMODULES.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn messages() {
        assert_eq!(
            not_found_message("socket"),
            "No module named 'socket' (excluded from the Kaa sandbox)"
        );
        assert_eq!(
            not_found_message("concurrent.futures"),
            "No module named 'concurrent.futures' (excluded from the Kaa sandbox)"
        );
        assert_eq!(not_found_message("nosuch"), "No module named 'nosuch'");
        assert_eq!(
            not_found_message("urllib.request"),
            "No module named 'urllib.request' (excluded from the Kaa sandbox)"
        );
        assert_eq!(
            not_found_message("urllib.request.x"),
            "No module named 'urllib.request.x' (excluded from the Kaa sandbox)"
        );
        assert_eq!(
            not_found_message("urllib.nosuch"),
            "No module named 'urllib.nosuch'"
        );
        assert!(!is_excluded("urllib.parse"));
        assert!(!is_excluded("urllib.requests"));
    }
}
