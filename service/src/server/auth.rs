//! Optional API keys (`Authorization: Bearer KEY`) and the per-key rate
//! limit (governor's GCRA, keyed by API key).

use std::num::NonZeroU32;

use axum::extract::{Request, State};
use axum::http::header;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};

use super::config::Rate;
use super::problem::ApiProblem;
use super::state::AppState;

/// Keys and limiter.
pub struct Auth {
    keys: Vec<String>,
    limiter: Option<DefaultKeyedRateLimiter<String>>,
}

impl Auth {
    /// Accepts `keys` (none: no authentication) with `rate` per key.
    pub fn new(keys: Vec<String>, rate: Option<Rate>) -> Self {
        let limiter = rate.and_then(|r| {
            let burst = NonZeroU32::new(r.count)?;
            let quota = Quota::with_period(r.period / r.count)?.allow_burst(burst);
            Some(RateLimiter::keyed(quota))
        });
        Auth { keys, limiter }
    }

    /// The key a request authenticates as (`""` when keys are off).
    fn identify(&self, authorization: Option<&str>) -> Result<String, ApiProblem> {
        if self.keys.is_empty() {
            return Ok(String::new());
        }
        let Some(value) = authorization else {
            return Err(ApiProblem::unauthorized(
                "an API key is required: send Authorization: Bearer KEY",
            ));
        };
        let Some(token) = value.strip_prefix("Bearer ").map(str::trim) else {
            return Err(ApiProblem::unauthorized(
                "the Authorization header must be 'Bearer KEY'",
            ));
        };
        // Compare against every key so timing does not tell which matched.
        let found = self
            .keys
            .iter()
            .fold(false, |hit, key| hit | constant_time_eq(key, token));
        if found {
            Ok(token.to_string())
        } else {
            Err(ApiProblem::unauthorized("the API key is not valid"))
        }
    }

    /// Seconds to wait when `key` is over its rate.
    fn check_rate(&self, key: &str) -> Option<u64> {
        let limiter = self.limiter.as_ref()?;
        match limiter.check_key(&key.to_string()) {
            Ok(()) => None,
            Err(not_until) => {
                let wait = not_until.wait_time_from(DefaultClock::default().now());
                Some(wait.as_secs_f64().ceil().max(1.0) as u64)
            }
        }
    }
}

fn constant_time_eq(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

/// Middleware for the evaluation endpoints.
pub async fn require_key(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let authorization = request
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let key = match state.auth.identify(authorization.as_deref()) {
        Ok(key) => key,
        Err(problem) => return problem.into_response(),
    };
    if let Some(retry) = state.auth.check_rate(&key) {
        return ApiProblem::rate_limited(retry).into_response();
    }
    next.run(request).await
}
