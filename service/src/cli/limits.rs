//! The resource-limit flags shared by `kaa run` and `kaa serve`, and the
//! parsers for their values (`64M`, `2.5`).

use std::time::Duration;

use clap::Args;
use kaa_interp::api::Limits;

/// `--max-instructions`, `--timeout`, `--max-memory`, `--max-recursion`,
/// `--max-recursion-depth`, `--max-output`. Every flag is optional: `kaa run` fills the gaps with
/// "unlimited", `kaa serve` with the service defaults.
#[derive(Args, Clone, Debug, Default)]
pub struct LimitArgs {
    /// Bytecode instructions the program may execute.
    #[arg(long, value_name = "N", env = "KAA_MAX_INSTRUCTIONS")]
    pub max_instructions: Option<u64>,
    /// Wall-clock seconds the program may run (fractions allowed).
    #[arg(long, value_name = "SECONDS", value_parser = parse_seconds, env = "KAA_TIMEOUT")]
    pub timeout: Option<Duration>,
    /// Memory the program's objects may hold at once (K, M, G suffixes).
    #[arg(long, value_name = "SIZE", value_parser = parse_size, env = "KAA_MAX_MEMORY")]
    pub max_memory: Option<u64>,
    /// Python call depth `sys.getrecursionlimit()` starts at (default 1000).
    #[arg(long, value_name = "N", env = "KAA_MAX_RECURSION")]
    pub max_recursion: Option<u32>,
    /// Hard ceiling on Python call depth: `sys.setrecursionlimit` above it
    /// succeeds, but calls stop here (default: 1000000 for `kaa serve`, none
    /// for `kaa run`).
    #[arg(long, value_name = "N", env = "KAA_MAX_RECURSION_DEPTH")]
    pub max_recursion_depth: Option<u32>,
    /// Bytes of stdout and stderr together (K, M, G suffixes).
    #[arg(long, value_name = "SIZE", value_parser = parse_size, env = "KAA_MAX_OUTPUT")]
    pub max_output: Option<u64>,
}

impl LimitArgs {
    /// The limits these flags give over `base` (flags win).
    pub fn over(&self, base: Limits) -> Limits {
        Limits {
            instructions: self.max_instructions.or(base.instructions),
            wall_time: self.timeout.or(base.wall_time),
            memory_bytes: self.max_memory.or(base.memory_bytes),
            recursion_depth: self.max_recursion.unwrap_or(base.recursion_depth),
            max_recursion_depth: self.max_recursion_depth.unwrap_or(base.max_recursion_depth),
            output_bytes: self.max_output.or(base.output_bytes),
        }
    }
}

/// Parses a byte size: a whole number with an optional `K`, `M` or `G`
/// suffix (binary multiples; `KB`, `KiB` and lower case accepted too).
pub fn parse_size(text: &str) -> Result<u64, String> {
    let t = text.trim();
    let digits_end = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (digits, suffix) = t.split_at(digits_end);
    if digits.is_empty() {
        return Err(format!(
            "invalid size '{text}': expected a number such as 512K, 64M or 1G"
        ));
    }
    let number: u64 = digits
        .parse()
        .map_err(|_| format!("invalid size '{text}': number too large"))?;
    let shift = match suffix.to_ascii_lowercase().as_str() {
        "" | "b" => 0,
        "k" | "kb" | "kib" => 10,
        "m" | "mb" | "mib" => 20,
        "g" | "gb" | "gib" => 30,
        _ => {
            return Err(format!(
                "invalid size '{text}': unknown suffix '{suffix}' (use K, M or G)"
            ))
        }
    };
    number
        .checked_mul(1u64 << shift)
        .ok_or_else(|| format!("invalid size '{text}': too large"))
}

/// Parses a duration in seconds (`5`, `0.25`).
pub fn parse_seconds(text: &str) -> Result<Duration, String> {
    let secs: f64 = text
        .trim()
        .parse()
        .map_err(|_| format!("invalid number of seconds '{text}'"))?;
    if !secs.is_finite() || secs <= 0.0 {
        return Err(format!(
            "invalid number of seconds '{text}': must be positive"
        ));
    }
    Duration::try_from_secs_f64(secs).map_err(|_| format!("invalid number of seconds '{text}'"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_take_binary_suffixes() {
        assert_eq!(parse_size("1024"), Ok(1024));
        assert_eq!(parse_size("512K"), Ok(512 << 10));
        assert_eq!(parse_size("64M"), Ok(64 << 20));
        assert_eq!(parse_size("2g"), Ok(2 << 30));
        assert_eq!(parse_size("8MiB"), Ok(8 << 20));
        assert!(parse_size("M").is_err());
        assert!(parse_size("12X").is_err());
        assert!(parse_size("99999999999999999999G").is_err());
    }

    #[test]
    fn seconds_accept_fractions() {
        assert_eq!(parse_seconds("2"), Ok(Duration::from_secs(2)));
        assert_eq!(parse_seconds("0.25"), Ok(Duration::from_millis(250)));
        assert!(parse_seconds("0").is_err());
        assert!(parse_seconds("-1").is_err());
        assert!(parse_seconds("soon").is_err());
    }
}
