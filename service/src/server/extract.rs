//! `ApiJson<T>`: a JSON body extractor whose failures are precise problems
//! (415 not JSON, 413 too large, 400 malformed with line and column, 422
//! naming the field).

use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use axum::http::{header, StatusCode};
use serde::de::DeserializeOwned;

use super::problem::{ApiProblem, FieldError};
use super::state::AppState;

/// A request body parsed as JSON into `T`.
pub struct ApiJson<T>(pub T);

impl<T: DeserializeOwned> FromRequest<AppState> for ApiJson<T> {
    type Rejection = ApiProblem;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        let content_type = req
            .headers()
            .get(header::CONTENT_TYPE)
            .map(|v| v.to_str().unwrap_or("(not text)").to_string());
        if !content_type.as_deref().is_some_and(is_json) {
            return Err(ApiProblem::not_json(content_type.as_deref()));
        }
        let bytes = Bytes::from_request(req, state).await.map_err(|rejection| {
            if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
                ApiProblem::too_large(state.config.max_body_bytes)
            } else {
                ApiProblem::malformed_json(format!("the body could not be read: {rejection}"))
            }
        })?;
        parse(&bytes).map(ApiJson)
    }
}

/// `application/json`, `application/json; charset=utf-8`, `application/x+json`.
fn is_json(content_type: &str) -> bool {
    let essence = content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    essence == "application/json"
        || (essence.starts_with("application/") && essence.ends_with("+json"))
}

/// Parses a JSON body, classifying errors as 400 (syntax) or 422 (shape).
pub fn parse<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ApiProblem> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ApiProblem::malformed_json(
            "the body is empty; expected a JSON object",
        ));
    }
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let value: Result<T, _> = serde_path_to_error::deserialize(&mut de);
    if value.is_ok() {
        de.end().map_err(|e| {
            ApiProblem::malformed_json(format!(
                "invalid JSON at line {} column {}: unexpected data after the JSON value",
                e.line(),
                e.column()
            ))
        })?;
    }
    value.map_err(|err| {
        let path = err.path().to_string();
        let inner = err.into_inner();
        match inner.classify() {
            serde_json::error::Category::Data => {
                let message = strip_position(&inner.to_string());
                let field = field_name(&path, &message);
                ApiProblem::invalid(vec![FieldError::new(field, message)])
            }
            _ => ApiProblem::malformed_json(format!(
                "invalid JSON at line {} column {}: {}",
                inner.line(),
                inner.column(),
                strip_position(&inner.to_string())
            )),
        }
    })
}

/// serde_json appends " at line L column C"; the field says where.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message.to_string(),
    }
}

/// The dotted field an error is about: the path, plus the field named in
/// "missing field `x`" / "unknown field `x`" messages (whose path is the
/// containing object).
fn field_name(path: &str, message: &str) -> String {
    let named = ["missing field `", "unknown field `"]
        .iter()
        .find_map(|p| message.strip_prefix(p))
        .and_then(|rest| rest.split('`').next());
    let base = if path == "." { "" } else { path };
    match named {
        Some(name) if base.is_empty() => name.to_string(),
        // serde_path_to_error already ends the path with an unknown field.
        Some(name) if base == name || base.ends_with(&format!(".{name}")) => base.to_string(),
        Some(name) => format!("{base}.{name}"),
        None if base.is_empty() => "(body)".to_string(),
        None => base.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::server::api::ExecuteRequest;

    fn problem_of(body: &str) -> ApiProblem {
        match parse::<ExecuteRequest>(body.as_bytes()) {
            Ok(_) => panic!("expected an error for {body}"),
            Err(p) => p,
        }
    }

    #[test]
    fn syntax_errors_are_400() {
        assert_eq!(
            problem_of("{\"source\": ").status(),
            StatusCode::BAD_REQUEST
        );
        assert_eq!(problem_of("").status(), StatusCode::BAD_REQUEST);
        assert_eq!(
            problem_of("{\"source\": \"\"} x").status(),
            StatusCode::BAD_REQUEST
        );
    }

    #[test]
    fn shape_errors_name_the_field() {
        let p = problem_of("{\"source\": 1}");
        assert_eq!(p.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let p = format!("{p:?}");
        assert!(p.contains("field: \"source\""), "{p}");
        let p = format!(
            "{:?}",
            problem_of("{\"source\": \"x\", \"limits\": {\"wall_time_ms\": \"9\"}}")
        );
        assert!(p.contains("limits.wall_time_ms"), "{p}");
        let p = format!("{:?}", problem_of("{}"));
        assert!(p.contains("field: \"source\""), "{p}");
        let p = format!("{:?}", problem_of("{\"source\": \"\", \"limit\": {}}"));
        assert!(p.contains("field: \"limit\""), "{p}");
    }

    #[test]
    fn json_content_types() {
        assert!(is_json("application/json"));
        assert!(is_json("application/json; charset=utf-8"));
        assert!(is_json("application/problem+json"));
        assert!(!is_json("text/plain"));
    }
}
