//! Running a case through a running `kaa serve` (`POST /v1/execute`).

use crate::case::Case;
use crate::observed::Observed;
use serde::Deserialize;
use std::time::Duration;

/// The fields of an execute response the suite compares (GUIDE §4).
#[derive(Debug, Deserialize)]
struct ExecuteResponse {
    status: String,
    #[serde(default)]
    stdout: String,
    #[serde(default)]
    stderr: Option<String>,
    #[serde(default)]
    error: Option<ErrorField>,
}

#[derive(Debug, Deserialize)]
struct ErrorField {
    #[serde(rename = "type")]
    type_name: String,
    #[serde(default)]
    message: String,
}

/// A blocking client for one service.
pub struct Client {
    base: String,
    http: reqwest::blocking::Client,
}

impl Client {
    /// A client for the service at `base` (e.g. `http://127.0.0.1:8080`).
    pub fn new(base: &str) -> Result<Self, String> {
        let http = reqwest::blocking::Client::builder()
            .timeout(Duration::from_secs(60))
            .build()
            .map_err(|e| format!("http client: {e}"))?;
        Ok(Client {
            base: base.trim_end_matches('/').to_string(),
            http,
        })
    }

    /// Runs one case on the service.
    pub fn run_case(&self, case: &Case) -> Result<Observed, String> {
        let body = serde_json::json!({
            "source": case.source,
            "stdin": case.stdin,
            "filename": case.filename(),
        });
        let url = format!("{}/v1/execute", self.base);
        let resp = self
            .http
            .post(&url)
            .json(&body)
            .send()
            .map_err(|e| format!("http: {e}"))?;
        let code = resp.status();
        let text = resp
            .text()
            .map_err(|e| format!("http: reading body: {e}"))?;
        if !code.is_success() {
            return Err(format!(
                "http: {} from {}: {}",
                code,
                url,
                crate::observed::clip(&text, 100)
            ));
        }
        let r: ExecuteResponse =
            serde_json::from_str(&text).map_err(|e| format!("http: bad response JSON: {e}"))?;
        let (error_type, error_message) = match r.error {
            Some(e) if e.type_name != "SystemExit" => {
                let message = crate::inprocess::last_line_message(&e.type_name, &e.message);
                (Some(e.type_name), Some(message))
            }
            _ => (None, None),
        };
        let (error_type, error_message) = match (r.status.as_str(), error_type) {
            ("ok" | "runtime_error" | "syntax_error", t) => (t, error_message),
            (s, None) => (Some(format!("<{s}>")), Some(String::new())),
            (_, t) => (t, error_message),
        };
        Ok(Observed {
            stdout: r.stdout,
            exit_code: None,
            ok: r.status == "ok",
            error_type,
            error_message,
            stderr: r.stderr,
        })
    }
}
