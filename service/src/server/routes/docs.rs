//! `GET /openapi.json` (generated from the API types by utoipa) and the
//! playground page at `/`.

use axum::http::header;
use axum::response::{IntoResponse, Response};
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

use crate::server::api;
use crate::server::problem;

/// The OpenAPI document of every endpoint.
#[derive(OpenApi)]
#[openapi(
    info(title = "Kaa evaluation API", version = "1", description = "Run Python 3.4 programs in a sandbox: one-off executions, NDJSON streaming, and judge-style batches."),
    paths(
        super::execute::execute,
        super::batch::batch,
        super::info::runtime,
        super::info::healthz,
        super::info::readyz,
        super::info::metrics,
        openapi_json,
        playground,
    ),
    components(schemas(
        api::ExecuteRequest, api::ExecuteResponse, api::BatchRequest, api::BatchResponse, api::StreamEvent,
        api::RuntimeInfo, api::Health, problem::Problem, problem::FieldError,
    )),
    modifiers(&BearerAuth),
    tags((name = "evaluation", description = "Running programs"), (name = "service", description = "Operations"))
)]
pub struct ApiDoc;

struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
    }
}

/// This document.
#[utoipa::path(get, path = "/openapi.json", tag = "service", responses((status = 200, description = "OpenAPI 3 document", content_type = "application/json")))]
pub async fn openapi_json() -> Response {
    let text = ApiDoc::openapi().to_pretty_json().unwrap_or_default();
    ([(header::CONTENT_TYPE, "application/json")], text).into_response()
}

const PLAYGROUND: &str = include_str!("../playground.html");

/// The playground: editor, stdin, Run, output, result, traceback.
#[utoipa::path(get, path = "/", tag = "service", responses((status = 200, description = "HTML page", content_type = "text/html")))]
pub async fn playground() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (
                header::CONTENT_SECURITY_POLICY,
                "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; base-uri 'none'; form-action 'none'",
            ),
        ],
        PLAYGROUND,
    )
        .into_response()
}
