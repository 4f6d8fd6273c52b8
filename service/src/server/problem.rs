//! RFC 9457 problem details (`application/problem+json`) for every
//! transport-level error. User-code failures are never problems: they are
//! HTTP 200 responses with a status.

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use utoipa::ToSchema;

/// One invalid field.
#[derive(Clone, Debug, PartialEq, Serialize, ToSchema)]
pub struct FieldError {
    /// The field, in dotted form (`limits.wall_time_ms`, `cases[2].stdin`).
    pub field: String,
    /// The same field as a JSON pointer (`/limits/wall_time_ms`).
    pub pointer: String,
    /// What is wrong with it.
    pub detail: String,
}

impl FieldError {
    /// An error about `field` (dotted form).
    pub fn new(field: impl Into<String>, detail: impl Into<String>) -> Self {
        let field = field.into();
        FieldError {
            pointer: pointer_of(&field),
            field,
            detail: detail.into(),
        }
    }
}

/// `a.b[3].c` → `/a/b/3/c`.
fn pointer_of(field: &str) -> String {
    let mut out = String::new();
    for part in field.split('.').filter(|p| !p.is_empty()) {
        let mut rest = part;
        if let Some(i) = rest.find('[') {
            out.push('/');
            out.push_str(&rest[..i]);
            rest = &rest[i..];
            while let Some(stripped) = rest.strip_prefix('[') {
                let end = stripped.find(']').unwrap_or(stripped.len());
                out.push('/');
                out.push_str(&stripped[..end]);
                rest = stripped.get(end + 1..).unwrap_or("");
            }
        } else {
            out.push('/');
            out.push_str(&rest.replace('~', "~0").replace('/', "~1"));
        }
    }
    out
}

/// The body of a problem response.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct Problem {
    /// A URI reference naming the kind of problem.
    #[serde(rename = "type")]
    pub type_uri: String,
    /// Short summary of the kind.
    pub title: String,
    /// The HTTP status.
    pub status: u16,
    /// What went wrong with this request.
    pub detail: String,
    /// The invalid fields, for 422.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FieldError>,
}

/// A problem ready to send, with its extra headers.
#[derive(Debug)]
pub struct ApiProblem {
    status: StatusCode,
    body: Problem,
    retry_after: Option<u64>,
    www_authenticate: bool,
}

impl ApiProblem {
    fn new(status: StatusCode, slug: &str, title: &str, detail: impl Into<String>) -> Self {
        ApiProblem {
            status,
            body: Problem {
                type_uri: format!("/problems/{slug}"),
                title: title.to_string(),
                status: status.as_u16(),
                detail: detail.into(),
                errors: Vec::new(),
            },
            retry_after: None,
            www_authenticate: false,
        }
    }

    /// 400: the body is not valid JSON.
    pub fn malformed_json(detail: impl Into<String>) -> Self {
        Self::new(
            StatusCode::BAD_REQUEST,
            "malformed-json",
            "Malformed JSON",
            detail,
        )
    }

    /// 401: missing or unknown API key.
    pub fn unauthorized(detail: impl Into<String>) -> Self {
        let mut p = Self::new(
            StatusCode::UNAUTHORIZED,
            "unauthorized",
            "Unauthorized",
            detail,
        );
        p.www_authenticate = true;
        p
    }

    /// 404: no such endpoint.
    pub fn not_found(path: &str) -> Self {
        Self::new(
            StatusCode::NOT_FOUND,
            "not-found",
            "Not Found",
            format!("no endpoint at {path}"),
        )
    }

    /// 405: the endpoint exists but not with this method.
    pub fn method_not_allowed(method: &str, path: &str) -> Self {
        Self::new(
            StatusCode::METHOD_NOT_ALLOWED,
            "method-not-allowed",
            "Method Not Allowed",
            format!("{path} does not accept {method}"),
        )
    }

    /// 413: the body is larger than the server accepts.
    pub fn too_large(limit: usize) -> Self {
        Self::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "body-too-large",
            "Request Body Too Large",
            format!("the request body exceeds the limit of {limit} bytes"),
        )
    }

    /// 415: the body is not declared as JSON.
    pub fn not_json(found: Option<&str>) -> Self {
        let detail = match found {
            Some(ct) => format!("Content-Type is '{ct}'; this endpoint takes application/json"),
            None => "Content-Type is missing; this endpoint takes application/json".to_string(),
        };
        Self::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported-media-type",
            "Unsupported Media Type",
            detail,
        )
    }

    /// 422: fields are invalid.
    pub fn invalid(errors: Vec<FieldError>) -> Self {
        let detail = match errors.as_slice() {
            [one] => format!("{}: {}", one.field, one.detail),
            many => format!("{} fields are invalid", many.len()),
        };
        let mut p = Self::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid-request",
            "Invalid Request",
            detail,
        );
        p.body.errors = errors;
        p
    }

    /// 429: this API key is over its rate limit.
    pub fn rate_limited(retry_after: u64) -> Self {
        let mut p = Self::new(
            StatusCode::TOO_MANY_REQUESTS,
            "rate-limited",
            "Too Many Requests",
            format!("this API key is over its rate limit; retry in {retry_after} s"),
        );
        p.retry_after = Some(retry_after);
        p
    }

    /// 503: the queue is full.
    pub fn saturated() -> Self {
        let mut p = Self::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "saturated",
            "Service Saturated",
            "every worker is busy and the queue is full",
        );
        p.retry_after = Some(1);
        p
    }

    /// 503: the server is shutting down.
    pub fn draining() -> Self {
        let mut p = Self::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "draining",
            "Service Draining",
            "the server is shutting down and takes no new evaluations",
        );
        p.retry_after = Some(5);
        p
    }

    /// The HTTP status.
    #[cfg_attr(not(test), allow(dead_code))]
    pub fn status(&self) -> StatusCode {
        self.status
    }
}

impl IntoResponse for ApiProblem {
    fn into_response(self) -> Response {
        let body = serde_json::to_vec(&self.body).unwrap_or_default();
        let mut response = (self.status, body).into_response();
        let headers = response.headers_mut();
        headers.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/problem+json"),
        );
        if let Some(secs) = self.retry_after {
            headers.insert(header::RETRY_AFTER, HeaderValue::from(secs));
        }
        if self.www_authenticate {
            headers.insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        }
        response
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pointers_follow_fields() {
        assert_eq!(pointer_of("limits.wall_time_ms"), "/limits/wall_time_ms");
        assert_eq!(pointer_of("cases[2].stdin"), "/cases/2/stdin");
        assert_eq!(pointer_of("source"), "/source");
    }
}
