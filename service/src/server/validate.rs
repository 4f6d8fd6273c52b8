//! Checks of request fields beyond their JSON shape: limits against the
//! server's ceilings, compare options, batch size.

use super::api::{AppliedLimits, CompareMode, RequestLimits};
use super::compare::DEFAULT_TOLERANCE;
use super::config::ServerConfig;
use super::problem::FieldError;

/// The limits a request gets: its own where given, the defaults elsewhere;
/// every given value must be between 1 and the ceiling.
pub fn resolve_limits(
    requested: &RequestLimits,
    config: &ServerConfig,
    errors: &mut Vec<FieldError>,
) -> AppliedLimits {
    let d = &config.defaults;
    let c = &config.ceilings;
    let mut check = |name: &str, value: Option<u64>, default: u64, ceiling: u64| -> u64 {
        match value {
            None => default,
            Some(0) => {
                errors.push(FieldError::new(
                    format!("limits.{name}"),
                    "must be at least 1",
                ));
                default
            }
            Some(v) if v > ceiling => {
                errors.push(FieldError::new(
                    format!("limits.{name}"),
                    format!("{v} is above the server's maximum of {ceiling}"),
                ));
                default
            }
            Some(v) => v,
        }
    };
    AppliedLimits {
        instructions: check(
            "instructions",
            requested.instructions,
            d.instructions,
            c.instructions,
        ),
        wall_time_ms: check(
            "wall_time_ms",
            requested.wall_time_ms,
            d.wall_time_ms,
            c.wall_time_ms,
        ),
        memory_bytes: check(
            "memory_bytes",
            requested.memory_bytes,
            d.memory_bytes,
            c.memory_bytes,
        ),
        recursion_depth: check(
            "recursion_depth",
            requested.recursion_depth.map(u64::from),
            u64::from(d.recursion_depth),
            u64::from(c.recursion_depth),
        ) as u32,
        max_recursion_depth: check(
            "max_recursion_depth",
            requested.max_recursion_depth.map(u64::from),
            u64::from(d.max_recursion_depth),
            u64::from(c.max_recursion_depth),
        ) as u32,
        output_bytes: check(
            "output_bytes",
            requested.output_bytes,
            d.output_bytes,
            c.output_bytes,
        ),
    }
}

/// The tolerance to compare with: only `compare: float` takes one, and it
/// must be a finite non-negative number.
pub fn resolve_tolerance(
    compare: CompareMode,
    tolerance: Option<f64>,
    errors: &mut Vec<FieldError>,
) -> f64 {
    match (compare, tolerance) {
        (CompareMode::Float, None) => DEFAULT_TOLERANCE,
        (CompareMode::Float, Some(t)) if t.is_finite() && t >= 0.0 => t,
        (CompareMode::Float, Some(t)) => {
            errors.push(FieldError::new(
                "tolerance",
                format!("{t} is not a finite non-negative number"),
            ));
            DEFAULT_TOLERANCE
        }
        (_, Some(_)) => {
            errors.push(FieldError::new(
                "tolerance",
                "only applies when compare is \"float\"",
            ));
            0.0
        }
        (_, None) => 0.0,
    }
}

/// A file name must be short, single-line text.
pub fn check_filename(filename: &str, errors: &mut Vec<FieldError>) {
    if filename.is_empty() {
        errors.push(FieldError::new("filename", "must not be empty"));
    } else if filename.len() > 255 {
        errors.push(FieldError::new("filename", "must be at most 255 bytes"));
    } else if filename.chars().any(char::is_control) {
        errors.push(FieldError::new(
            "filename",
            "must not contain control characters",
        ));
    }
}
