//! Helpers for the integration tests: a real `kaa serve` on 127.0.0.1 with
//! a random port, and small request helpers.
#![allow(dead_code)]

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

/// The kaa binary built for these tests.
pub const KAA: &str = env!("CARGO_BIN_EXE_kaa");

/// A running server, killed when dropped.
pub struct Server {
    pub child: Child,
    pub base: String,
}

impl Server {
    /// Starts `kaa serve --listen 127.0.0.1:0 ARGS...` and waits for its
    /// "listening on" line.
    pub fn start(args: &[&str]) -> Server {
        Self::start_with_env(args, &[])
    }

    /// Like [`Server::start`] with extra environment variables.
    pub fn start_with_env(args: &[&str], env: &[(&str, &str)]) -> Server {
        let mut cmd = Command::new(KAA);
        cmd.args(["serve", "--listen", "127.0.0.1:0"])
            .args(args)
            .env("KAA_LOG", "warn")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit());
        for (k, v) in env {
            cmd.env(k, v);
        }
        let mut child = cmd.spawn().expect("start kaa serve");
        let stdout = child.stdout.take().expect("stdout");
        let mut line = String::new();
        BufReader::new(stdout)
            .read_line(&mut line)
            .expect("read listening line");
        let base = line
            .trim()
            .strip_prefix("kaa: listening on ")
            .unwrap_or_else(|| panic!("unexpected first line {line:?}"))
            .to_string();
        Server { child, base }
    }

    /// The URL of `path`.
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    /// POSTs `body` as JSON to `path`.
    pub async fn post(&self, path: &str, body: Value) -> reqwest::Response {
        client()
            .post(self.url(path))
            .json(&body)
            .send()
            .await
            .expect("request")
    }

    /// Runs `source` through /v1/execute and returns the JSON response
    /// (asserting HTTP 200).
    pub async fn execute(&self, body: Value) -> Value {
        let response = self.post("/v1/execute", body).await;
        assert_eq!(response.status(), 200, "execute must answer 200");
        response.json().await.expect("json body")
    }

    /// Runs just `source`.
    pub async fn run(&self, source: &str) -> Value {
        self.execute(json!({ "source": source })).await
    }

    /// Sends a signal to the server.
    pub fn signal(&self, signal: i32) {
        let rc = unsafe_kill(self.child.id() as i32, signal);
        assert_eq!(rc, 0, "kill failed");
    }

    /// Waits for the server to exit, up to `timeout`.
    pub fn wait_exit(&mut self, timeout: Duration) -> Option<std::process::ExitStatus> {
        let start = Instant::now();
        while start.elapsed() < timeout {
            if let Ok(Some(status)) = self.child.try_wait() {
                return Some(status);
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        None
    }
}

fn unsafe_kill(pid: i32, signal: i32) -> i32 {
    // `kill` from the shell keeps the tests free of unsafe code.
    let status = Command::new("kill")
        .arg(format!("-{signal}"))
        .arg(pid.to_string())
        .status()
        .expect("run kill");
    if status.success() {
        0
    } else {
        1
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A client without connection reuse surprises.
pub fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .timeout(Duration::from_secs(60))
        .build()
        .expect("client")
}
