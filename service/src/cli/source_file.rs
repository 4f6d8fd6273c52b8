//! Reading and decoding a program file the way python3 reports failures.

use std::path::Path;

use kaa_interp::syntax::decode_source_file;

/// Why a source file could not be turned into text.
#[derive(Debug, thiserror::Error)]
pub enum SourceError {
    /// The file could not be read: python3's wording, exit status 2.
    #[error("kaa: can't open file '{path}': [Errno {errno}] {description}")]
    Open {
        /// The path as given on the command line.
        path: String,
        /// The OS error number.
        errno: i32,
        /// The OS error text (`No such file or directory`).
        description: String,
    },
    /// The bytes are not valid source text: a SyntaxError, exit status 1.
    #[error("{0}")]
    Decode(String),
}

impl SourceError {
    /// The process exit status python3 uses for this failure.
    pub fn exit_code(&self) -> i32 {
        match self {
            SourceError::Open { .. } => 2,
            SourceError::Decode(_) => 1,
        }
    }
}

/// Reads `path` and decodes it as CPython does (BOM, PEP 263, UTF-8).
pub fn read_source(path: &Path) -> Result<String, SourceError> {
    let shown = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| open_error(&shown, &e))?;
    decode_source_file(&bytes, &shown).map_err(|e| SourceError::Decode(e.format(&shown)))
}

fn open_error(path: &str, error: &std::io::Error) -> SourceError {
    let errno = error.raw_os_error().unwrap_or(0);
    let text = error.to_string();
    // std renders "No such file or directory (os error 2)"; python3 shows
    // only the description.
    let description = match text.rfind(" (os error") {
        Some(cut) => text[..cut].to_string(),
        None => text,
    };
    SourceError::Open {
        path: path.to_string(),
        errno,
        description,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_file_reads_like_python3() {
        let err = read_source(Path::new("/nonexistent/kaa-test.py")).unwrap_err();
        assert_eq!(
            err.to_string(),
            "kaa: can't open file '/nonexistent/kaa-test.py': [Errno 2] No such file or directory"
        );
        assert_eq!(err.exit_code(), 2);
    }
}
