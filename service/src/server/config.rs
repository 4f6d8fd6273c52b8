//! `kaa serve` flags (each with a `KAA_*` environment variable) and the
//! validated server configuration they make.

use std::net::SocketAddr;
use std::time::Duration;

use clap::{Args, ValueEnum};
use kaa_interp::api::Limits;

use super::api::AppliedLimits;
use crate::cli::limits::{parse_seconds, parse_size, LimitArgs};

/// Where evaluations run.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum IsolationMode {
    /// Pre-started `kaa worker` processes (sandboxed, crash-proof).
    Process,
    /// Threads inside the server (embedding, benchmarks).
    Thread,
}

/// Log line format.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum LogFormat {
    /// Human-readable.
    Text,
    /// One JSON object per line.
    Json,
}

/// Flags of `kaa serve`.
#[derive(Args, Debug, Clone)]
pub struct ServeArgs {
    /// Address to listen on (port 0 picks a free port).
    #[arg(long, default_value = "127.0.0.1:8080", env = "KAA_LISTEN")]
    pub listen: SocketAddr,
    /// Evaluations that run at once (default: number of CPUs).
    #[arg(long, env = "KAA_WORKERS")]
    pub workers: Option<usize>,
    /// Admitted requests that may wait for a worker before 503.
    #[arg(long, default_value_t = 64, env = "KAA_QUEUE_SIZE")]
    pub queue_size: usize,
    /// Where evaluations run.
    #[arg(long, value_enum, default_value_t = IsolationMode::Process, env = "KAA_ISOLATION")]
    pub isolation: IsolationMode,
    /// Default limits of a request (flags named as for `kaa run`).
    #[command(flatten)]
    pub defaults: LimitArgs,
    /// Largest instruction budget a request may ask for.
    #[arg(
        long,
        default_value_t = 1_000_000_000,
        env = "KAA_CEILING_INSTRUCTIONS"
    )]
    pub ceiling_instructions: u64,
    /// Largest wall time (seconds) a request may ask for.
    #[arg(long, default_value = "30", value_parser = parse_seconds, env = "KAA_CEILING_TIMEOUT")]
    pub ceiling_timeout: Duration,
    /// Largest memory limit a request may ask for.
    #[arg(long, default_value = "512M", value_parser = parse_size, env = "KAA_CEILING_MEMORY")]
    pub ceiling_memory: u64,
    /// Largest recursion limit a request may ask for.
    #[arg(long, default_value_t = 10_000, env = "KAA_CEILING_RECURSION")]
    pub ceiling_recursion: u32,
    /// Largest recursion ceiling (`max_recursion_depth`) a request may ask for.
    #[arg(
        long,
        default_value_t = 1_000_000,
        env = "KAA_CEILING_MAX_RECURSION_DEPTH"
    )]
    pub ceiling_max_recursion_depth: u32,
    /// Largest output limit a request may ask for.
    #[arg(long, default_value = "16M", value_parser = parse_size, env = "KAA_CEILING_OUTPUT")]
    pub ceiling_output: u64,
    /// Largest request body (judge inputs of several MB must fit).
    #[arg(long, default_value = "16M", value_parser = parse_size, env = "KAA_MAX_BODY")]
    pub max_body: u64,
    /// Most cases in one batch.
    #[arg(long, default_value_t = 100, env = "KAA_MAX_BATCH_CASES")]
    pub max_batch_cases: usize,
    /// Comma-separated API keys; when set, /v1/execute and /v1/batch need
    /// `Authorization: Bearer KEY`.
    #[arg(long, env = "KAA_API_KEYS", hide_env_values = true)]
    pub api_keys: Option<String>,
    /// Per-key rate limit, `N/s`, `N/m` or `N/h` (needs API keys, or applies
    /// to all anonymous traffic together when there are none).
    #[arg(long, env = "KAA_RATE_LIMIT")]
    pub rate_limit: Option<String>,
    /// Seconds past a case's wall limit before its worker is killed.
    #[arg(long, default_value = "1", value_parser = parse_seconds, env = "KAA_KILL_GRACE")]
    pub kill_grace: Duration,
    /// Jobs a worker runs before it is replaced.
    #[arg(long, default_value_t = 10_000, env = "KAA_WORKER_MAX_JOBS")]
    pub worker_max_jobs: u64,
    /// Skip the workers' seccomp filter (debugging only).
    #[arg(long, env = "KAA_NO_SECCOMP")]
    pub no_seccomp: bool,
    /// After SIGTERM, seconds to keep answering (readyz 503) before closing
    /// the listener, so load balancers notice.
    #[arg(long, default_value = "0", value_parser = parse_delay, env = "KAA_DRAIN_DELAY")]
    pub drain_delay: Duration,
    /// Log format.
    #[arg(long, value_enum, default_value_t = LogFormat::Text, env = "KAA_LOG_FORMAT")]
    pub log_format: LogFormat,
}

/// Parses a delay in seconds, zero allowed.
fn parse_delay(text: &str) -> Result<Duration, String> {
    if text.trim().parse::<f64>() == Ok(0.0) {
        return Ok(Duration::ZERO);
    }
    parse_seconds(text)
}

/// A rate: `count` requests per `period`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rate {
    /// Requests allowed per period (also the burst).
    pub count: u32,
    /// The period.
    pub period: Duration,
}

/// Parses `N/s`, `N/m`, `N/h`.
pub fn parse_rate(text: &str) -> Result<Rate, String> {
    let (n, unit) = text
        .split_once('/')
        .ok_or_else(|| format!("invalid rate '{text}': expected N/s, N/m or N/h"))?;
    let count: u32 = n
        .trim()
        .parse()
        .ok()
        .filter(|&c| c > 0)
        .ok_or_else(|| format!("invalid rate '{text}': N must be a positive whole number"))?;
    let period = match unit.trim() {
        "s" => Duration::from_secs(1),
        "m" => Duration::from_secs(60),
        "h" => Duration::from_secs(3600),
        other => return Err(format!("invalid rate '{text}': unknown unit '{other}'")),
    };
    Ok(Rate { count, period })
}

/// The validated configuration of a running server.
#[derive(Clone, Debug)]
pub struct ServerConfig {
    /// Listen address.
    pub listen: SocketAddr,
    /// Concurrent evaluations.
    pub workers: usize,
    /// Waiting requests.
    pub queue_size: usize,
    /// Isolation mode.
    pub isolation: IsolationMode,
    /// Limits when a request sets none.
    pub defaults: AppliedLimits,
    /// The most a request may ask for.
    pub ceilings: AppliedLimits,
    /// Largest body.
    pub max_body_bytes: usize,
    /// Most cases per batch.
    pub max_batch_cases: usize,
    /// Accepted API keys (empty: no authentication).
    pub api_keys: Vec<String>,
    /// Per-key rate limit.
    pub rate_limit: Option<Rate>,
    /// Kill grace.
    pub kill_grace: Duration,
    /// Jobs per worker.
    pub worker_max_jobs: u64,
    /// Whether workers skip seccomp.
    pub no_seccomp: bool,
    /// Drain delay after SIGTERM.
    pub drain_delay: Duration,
    /// Log format.
    pub log_format: LogFormat,
}

fn applied(l: &Limits) -> AppliedLimits {
    AppliedLimits {
        instructions: l.instructions.unwrap_or(u64::MAX),
        wall_time_ms: l
            .wall_time
            .map(|d| d.as_millis() as u64)
            .unwrap_or(u64::MAX),
        memory_bytes: l.memory_bytes.unwrap_or(u64::MAX),
        recursion_depth: l.recursion_depth,
        max_recursion_depth: l.max_recursion_depth,
        output_bytes: l.output_bytes.unwrap_or(u64::MAX),
    }
}

impl ServerConfig {
    /// Checks the flags; the error is a usage message.
    pub fn from_args(args: &ServeArgs) -> Result<Self, String> {
        let defaults = applied(&args.defaults.over(Limits::default()));
        let ceilings = AppliedLimits {
            instructions: args.ceiling_instructions,
            wall_time_ms: args.ceiling_timeout.as_millis() as u64,
            memory_bytes: args.ceiling_memory,
            recursion_depth: args.ceiling_recursion,
            max_recursion_depth: args.ceiling_max_recursion_depth,
            output_bytes: args.ceiling_output,
        };
        let pairs = [
            (
                "--max-instructions",
                defaults.instructions,
                ceilings.instructions,
            ),
            ("--timeout", defaults.wall_time_ms, ceilings.wall_time_ms),
            ("--max-memory", defaults.memory_bytes, ceilings.memory_bytes),
            (
                "--max-recursion",
                u64::from(defaults.recursion_depth),
                u64::from(ceilings.recursion_depth),
            ),
            (
                "--max-recursion-depth",
                u64::from(defaults.max_recursion_depth),
                u64::from(ceilings.max_recursion_depth),
            ),
            ("--max-output", defaults.output_bytes, ceilings.output_bytes),
        ];
        for (flag, default, ceiling) in pairs {
            if default > ceiling {
                return Err(format!(
                    "{flag} ({default}) is above its ceiling ({ceiling})"
                ));
            }
        }
        let workers = args.workers.unwrap_or_else(|| {
            std::thread::available_parallelism()
                .map(|n| n.get())
                .unwrap_or(2)
        });
        if workers == 0 {
            return Err("--workers must be at least 1".to_string());
        }
        let api_keys: Vec<String> = args
            .api_keys
            .as_deref()
            .unwrap_or("")
            .split(',')
            .map(str::trim)
            .filter(|k| !k.is_empty())
            .map(str::to_string)
            .collect();
        let rate_limit = args.rate_limit.as_deref().map(parse_rate).transpose()?;
        Ok(ServerConfig {
            listen: args.listen,
            workers,
            queue_size: args.queue_size,
            isolation: args.isolation,
            defaults,
            ceilings,
            max_body_bytes: usize::try_from(args.max_body).unwrap_or(usize::MAX),
            max_batch_cases: args.max_batch_cases,
            api_keys,
            rate_limit,
            kill_grace: args.kill_grace,
            worker_max_jobs: args.worker_max_jobs.max(1),
            no_seccomp: args.no_seccomp,
            drain_delay: args.drain_delay,
            log_format: args.log_format,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rates_parse() {
        assert_eq!(
            parse_rate("10/s"),
            Ok(Rate {
                count: 10,
                period: Duration::from_secs(1)
            })
        );
        assert_eq!(
            parse_rate("3/m").map(|r| r.period),
            Ok(Duration::from_secs(60))
        );
        assert!(parse_rate("0/s").is_err());
        assert!(parse_rate("10").is_err());
        assert!(parse_rate("10/d").is_err());
    }
}
