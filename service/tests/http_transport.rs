//! Transport-level behaviour of `kaa serve`: every problem+json error code,
//! health, metrics, OpenAPI, the playground page and request ids. None of
//! these depend on what the interpreter computes.

mod common;

use common::{client, Server};
use serde_json::{json, Value};

async fn problem(response: reqwest::Response, status: u16) -> Value {
    assert_eq!(response.status(), status);
    let ct = response.headers()["content-type"]
        .to_str()
        .unwrap()
        .to_string();
    assert_eq!(ct, "application/problem+json");
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["status"], status);
    assert!(body["type"].is_string() && body["title"].is_string() && body["detail"].is_string());
    body
}

#[tokio::test]
async fn malformed_json_is_400_with_position() {
    let server = Server::start(&["--isolation", "thread"]);
    let r = client()
        .post(server.url("/v1/execute"))
        .header("content-type", "application/json")
        .body("{\"source\": \"print(1)\",")
        .send()
        .await
        .unwrap();
    let p = problem(r, 400).await;
    assert!(
        p["detail"].as_str().unwrap().contains("line 1 column"),
        "{p}"
    );
    let r = client()
        .post(server.url("/v1/execute"))
        .header("content-type", "application/json")
        .body("")
        .send()
        .await
        .unwrap();
    problem(r, 400).await;
}

#[tokio::test]
async fn non_json_is_415() {
    let server = Server::start(&["--isolation", "thread"]);
    let r = client()
        .post(server.url("/v1/execute"))
        .header("content-type", "text/plain")
        .body("print(1)")
        .send()
        .await
        .unwrap();
    let p = problem(r, 415).await;
    assert!(p["detail"].as_str().unwrap().contains("text/plain"));
    let r = client()
        .post(server.url("/v1/batch"))
        .body("{}")
        .send()
        .await
        .unwrap();
    problem(r, 415).await;
}

#[tokio::test]
async fn oversized_body_is_413() {
    let server = Server::start(&["--isolation", "thread", "--max-body", "1K"]);
    let big = "x".repeat(4096);
    let r = server.post("/v1/execute", json!({ "source": big })).await;
    let p = problem(r, 413).await;
    assert!(p["detail"].as_str().unwrap().contains("1024"));
}

#[tokio::test]
async fn invalid_fields_are_422_and_named() {
    let server = Server::start(&["--isolation", "thread"]);
    let cases = [
        (json!({}), "source"),
        (json!({ "source": 5 }), "source"),
        (
            json!({ "source": "", "limits": { "wall_time_ms": "soon" } }),
            "limits.wall_time_ms",
        ),
        (
            json!({ "source": "", "limits": { "wall_time_ms": 3_600_000 } }),
            "limits.wall_time_ms",
        ),
        (
            json!({ "source": "", "limits": { "memory_bytes": 0 } }),
            "limits.memory_bytes",
        ),
        (
            json!({ "source": "", "limits": { "instructions": -1 } }),
            "limits.instructions",
        ),
        (
            json!({ "source": "", "limits": { "recursion_depth": 1_000_000 } }),
            "limits.recursion_depth",
        ),
        (
            json!({ "source": "", "limits": { "max_recursion_depth": 10_000_000 } }),
            "limits.max_recursion_depth",
        ),
        (
            json!({ "source": "", "limits": { "output_bytes": 1u64 << 40 } }),
            "limits.output_bytes",
        ),
        (
            json!({ "source": "", "limits": { "cpu": 1 } }),
            "limits.cpu",
        ),
        (json!({ "source": "", "compare": "fuzzy" }), "compare"),
        (
            json!({ "source": "", "compare": "exact", "tolerance": 0.1 }),
            "tolerance",
        ),
        (
            json!({ "source": "", "compare": "float", "tolerance": -1.0 }),
            "tolerance",
        ),
        (json!({ "source": "", "filename": "" }), "filename"),
        (json!({ "source": "", "stdn": "" }), "stdn"),
    ];
    for (body, field) in cases {
        let r = server.post("/v1/execute", body.clone()).await;
        let p = problem(r, 422).await;
        let errors = p["errors"]
            .as_array()
            .unwrap_or_else(|| panic!("no errors[] for {body}: {p}"));
        assert!(
            errors.iter().any(|e| e["field"] == field),
            "expected an error on {field} for {body}, got {p}"
        );
    }
    // Batch-specific checks.
    let r = server
        .post("/v1/batch", json!({ "source": "", "cases": [] }))
        .await;
    let p = problem(r, 422).await;
    assert_eq!(p["errors"][0]["field"], "cases");
    let many: Vec<Value> = (0..101).map(|_| json!({ "stdin": "" })).collect();
    let r = server
        .post("/v1/batch", json!({ "source": "", "cases": many }))
        .await;
    let p = problem(r, 422).await;
    assert!(p["errors"][0]["detail"].as_str().unwrap().contains("100"));
    let r = server
        .post(
            "/v1/batch",
            json!({ "source": "", "cases": [{ "stdin": 3 }] }),
        )
        .await;
    let p = problem(r, 422).await;
    assert_eq!(p["errors"][0]["field"], "cases[0].stdin");
    assert_eq!(p["errors"][0]["pointer"], "/cases/0/stdin");
}

#[tokio::test]
async fn unknown_paths_and_methods_are_problems() {
    let server = Server::start(&["--isolation", "thread"]);
    let r = client()
        .get(server.url("/v2/nothing"))
        .send()
        .await
        .unwrap();
    problem(r, 404).await;
    let r = client()
        .get(server.url("/v1/execute"))
        .send()
        .await
        .unwrap();
    problem(r, 405).await;
}

#[tokio::test]
async fn api_keys_and_rate_limit() {
    let server = Server::start_with_env(
        &["--isolation", "thread", "--rate-limit", "3/m"],
        &[("KAA_API_KEYS", "alpha,beta")],
    );
    let body = json!({ "source": "pass" });
    let r = client()
        .post(server.url("/v1/execute"))
        .json(&body)
        .send()
        .await
        .unwrap();
    let p = problem(r, 401).await;
    assert!(p["detail"].as_str().unwrap().contains("API key"));
    let r = client()
        .post(server.url("/v1/execute"))
        .bearer_auth("gamma")
        .json(&body)
        .send()
        .await
        .unwrap();
    problem(r, 401).await;
    for _ in 0..3 {
        let r = client()
            .post(server.url("/v1/execute"))
            .bearer_auth("alpha")
            .json(&body)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 200);
    }
    let r = client()
        .post(server.url("/v1/execute"))
        .bearer_auth("alpha")
        .json(&body)
        .send()
        .await
        .unwrap();
    let retry: u64 = r.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=60).contains(&retry), "retry-after {retry}");
    problem(r, 429).await;
    // Another key has its own budget.
    let r = client()
        .post(server.url("/v1/execute"))
        .bearer_auth("beta")
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    // Operations endpoints need no key.
    let r = client().get(server.url("/healthz")).send().await.unwrap();
    assert_eq!(r.status(), 200);
}

#[tokio::test]
async fn health_runtime_metrics() {
    let server = Server::start(&[
        "--isolation",
        "thread",
        "--workers",
        "3",
        "--queue-size",
        "7",
    ]);
    let r = client().get(server.url("/healthz")).send().await.unwrap();
    assert_eq!(r.status(), 200);
    let r = client().get(server.url("/readyz")).send().await.unwrap();
    assert_eq!(r.status(), 200);
    let info: Value = client()
        .get(server.url("/v1/runtime"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(info["language_version"], "3.4");
    assert_eq!(info["isolation"], "thread");
    assert_eq!(info["workers"], 3);
    assert_eq!(info["queue_size"], 7);
    assert_eq!(info["default_limits"]["wall_time_ms"], 5000);
    assert_eq!(info["max_limits"]["wall_time_ms"], 30000);
    let statuses: Vec<&str> = info["statuses"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap())
        .collect();
    for s in [
        "ok",
        "accepted",
        "wrong_answer",
        "syntax_error",
        "runtime_error",
        "time_limit_exceeded",
        "memory_limit_exceeded",
        "output_limit_exceeded",
        "internal_error",
    ] {
        assert!(statuses.contains(&s), "{s} missing");
    }
    server.run("x = = 1").await;
    let text = client()
        .get(server.url("/metrics"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        text.contains("kaa_http_requests_total{route=\"/v1/execute\",code=\"200\"} 1"),
        "{text}"
    );
    assert!(text.contains("kaa_http_request_duration_seconds_bucket"));
    assert!(text.contains("kaa_queue_depth"));
    assert!(text.contains("kaa_worker_restarts_total"));
    assert!(text.contains("kaa_evaluations_total{status="));
}

#[tokio::test]
async fn request_ids_are_returned_and_kept() {
    let server = Server::start(&["--isolation", "thread"]);
    let r = server
        .post("/v1/execute", json!({ "source": "x = = 1" }))
        .await;
    let id = r.headers()["x-request-id"].to_str().unwrap().to_string();
    assert!(!id.is_empty());
    let body: Value = r.json().await.unwrap();
    assert_eq!(body["id"], id.as_str());
    let r = client()
        .post(server.url("/v1/execute"))
        .header("x-request-id", "my-trace-42")
        .json(&json!({ "source": "x = = 1" }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.headers()["x-request-id"], "my-trace-42");
    let body: Value = r.json().await.unwrap();
    assert_eq!(body["id"], "my-trace-42");
}

#[tokio::test]
async fn openapi_is_generated_and_complete() {
    let server = Server::start(&["--isolation", "thread"]);
    let doc: Value = client()
        .get(server.url("/openapi.json"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    for path in [
        "/v1/execute",
        "/v1/batch",
        "/v1/runtime",
        "/healthz",
        "/readyz",
        "/metrics",
        "/openapi.json",
        "/",
    ] {
        assert!(doc["paths"][path].is_object(), "{path} missing");
    }
    let schemas = &doc["components"]["schemas"];
    for name in [
        "ExecuteRequest",
        "ExecuteResponse",
        "BatchRequest",
        "BatchResponse",
        "StreamEvent",
        "Problem",
        "ApiStatus",
    ] {
        assert!(schemas[name].is_object(), "schema {name} missing");
    }
    let statuses = schemas["ApiStatus"]["enum"].as_array().unwrap();
    assert_eq!(statuses.len(), 9);
    assert!(doc["paths"]["/v1/execute"]["post"]["responses"]["422"].is_object());
}

#[tokio::test]
async fn playground_is_self_contained() {
    let server = Server::start(&["--isolation", "thread"]);
    let r = client().get(server.url("/")).send().await.unwrap();
    assert_eq!(r.status(), 200);
    assert!(r.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/html"));
    let csp = r.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_string();
    assert!(csp.contains("connect-src 'self'"));
    let html = r.text().await.unwrap();
    assert!(
        html.contains("id=\"source\"")
            && html.contains("id=\"stdin\"")
            && html.contains("id=\"run\"")
    );
    assert!(html.contains("/v1/execute"));
    // No CDN or other outside resource.
    for needle in ["src=\"http", "href=\"http", "@import", "//cdn", "url(http"] {
        assert!(!html.contains(needle), "external resource: {needle}");
    }
}
