//! What `/v1/execute` and `/v1/batch` report for real programs: every
//! status, tracebacks, results, streaming, batch verdicts, cancellation on
//! disconnect and concurrency. Expected values are what python3 prints for
//! the same programs (3.4 traceback layout, without 3.11's caret lines).
//! These need the real VM.

mod common;

use std::time::{Duration, Instant};

use common::{client, Server};
use futures_util::StreamExt;
use serde_json::{json, Value};

fn both_modes() -> [Server; 2] {
    [
        Server::start(&["--isolation", "process", "--workers", "2"]),
        Server::start(&["--isolation", "thread", "--workers", "2"]),
    ]
}

#[tokio::test]
async fn ok_with_stdout_stdin_and_usage() {
    for server in both_modes() {
        let body = server.execute(json!({ "source": "print(6 * 7)" })).await;
        assert_eq!(body["status"], "ok", "{body}");
        assert_eq!(body["reason"], Value::Null);
        assert_eq!(body["stdout"], "42\n");
        assert_eq!(body["stderr"], "");
        assert_eq!(body["error"], Value::Null);
        assert_eq!(body["result"], Value::Null);
        assert_eq!(
            body["truncated"],
            json!({ "stdout": false, "stderr": false })
        );
        assert!(body["usage"]["instructions"].as_u64().unwrap() > 0);
        assert!(body["usage"]["wall_time_ms"].as_f64().unwrap() >= 0.0);
        assert_eq!(body["limits"]["wall_time_ms"], 5000);
        let body = server
            .execute(json!({ "source": "s = input()\nprint(s[::-1])\nprint(input())", "stdin": "abc\nxyz\n" }))
            .await;
        assert_eq!(body["stdout"], "cba\nxyz\n", "{body}");
    }
}

#[tokio::test]
async fn result_of_last_expression() {
    let server = Server::start(&["--isolation", "thread"]);
    let body = server.run("x = [1, 2]\nx + [{'a': None, 'b': 2.5}]").await;
    assert_eq!(body["result"]["type"], "list", "{body}");
    assert_eq!(body["result"]["repr"], "[1, 2, {'a': None, 'b': 2.5}]");
    assert_eq!(
        body["result"]["json"],
        json!([1, 2, { "a": null, "b": 2.5 }])
    );
    assert_eq!(body["stdout"], "");
    let body = server
        .run("class P:\n    def __repr__(self):\n        return 'P()'\nP()")
        .await;
    assert_eq!(body["result"]["type"], "__main__.P", "{body}");
    assert_eq!(body["result"]["repr"], "P()");
    assert_eq!(body["result"]["json"], Value::Null);
    let body = server.run("print('x')").await;
    assert_eq!(body["result"], Value::Null);
    let body = server.run("None").await;
    assert_eq!(body["result"], Value::Null);
}

#[tokio::test]
async fn accepted_and_wrong_answer() {
    let server = Server::start(&["--isolation", "thread"]);
    let src = "print(int(input()) * 2)";
    let run = |stdin: &str, expected: &str, extra: Value| {
        let mut body = json!({ "source": src, "stdin": stdin, "expected_output": expected });
        if let Value::Object(m) = extra {
            for (k, v) in m {
                body[k] = v;
            }
        }
        body
    };
    let cases = [
        (run("2", "4", json!({})), "accepted"),
        (run("2", "4\n\n", json!({})), "accepted"),
        (run("2", "5", json!({})), "wrong_answer"),
        (run("2", "4", json!({ "compare": "exact" })), "wrong_answer"),
        (run("2", "4\n", json!({ "compare": "exact" })), "accepted"),
        (run("2", " 4 ", json!({ "compare": "tokens" })), "accepted"),
    ];
    for (body, status) in cases {
        let r = server.execute(body.clone()).await;
        assert_eq!(r["status"], status, "{body} -> {r}");
    }
    let r = server
        .execute(json!({ "source": "print(2 ** 0.5)", "expected_output": "1.414213", "compare": "float" }))
        .await;
    assert_eq!(r["status"], "accepted", "{r}");
    let r = server
        .execute(json!({ "source": "print(2 ** 0.5)", "expected_output": "1.414213", "compare": "float", "tolerance": 1e-9 }))
        .await;
    assert_eq!(r["status"], "wrong_answer", "{r}");
    // A failing program keeps its own status even with expected output.
    let r = server
        .execute(json!({ "source": "1/0", "expected_output": "" }))
        .await;
    assert_eq!(r["status"], "runtime_error");
}

#[tokio::test]
async fn syntax_error_reports_position() {
    let server = Server::start(&["--isolation", "process", "--workers", "1"]);
    let body = server.run("x = 1\ny = = 2\n").await;
    assert_eq!(body["status"], "syntax_error", "{body}");
    assert_eq!(body["error"]["type"], "SyntaxError");
    assert_eq!(body["error"]["message"], "invalid syntax");
    assert_eq!(
        body["error"]["formatted"],
        "  File \"main.py\", line 2\n    y = = 2\n        ^\nSyntaxError: invalid syntax\n"
    );
}

#[tokio::test]
async fn runtime_error_has_frames_and_formatted_traceback() {
    for server in both_modes() {
        let src = "def f(x):\n    return 1 / x\n\nprint(\"before\")\nf(0)\n";
        let body = server
            .execute(json!({ "source": src, "filename": "prog.py" }))
            .await;
        assert_eq!(body["status"], "runtime_error", "{body}");
        assert_eq!(body["stdout"], "before\n");
        let e = &body["error"];
        assert_eq!(e["type"], "ZeroDivisionError");
        assert_eq!(e["message"], "division by zero");
        assert_eq!(
            e["traceback"],
            json!([
                { "filename": "prog.py", "line": 5, "function": "<module>", "source_line": "f(0)" },
                { "filename": "prog.py", "line": 2, "function": "f", "source_line": "return 1 / x" }
            ])
        );
        let formatted = "Traceback (most recent call last):\n  File \"prog.py\", line 5, in <module>\n    f(0)\n  File \"prog.py\", line 2, in f\n    return 1 / x\nZeroDivisionError: division by zero\n";
        assert_eq!(e["formatted"], formatted);
        assert!(body["stderr"].as_str().unwrap().ends_with(formatted));
        let body = server.run("import sys\nsys.exit(3)").await;
        assert_eq!(body["status"], "runtime_error", "{body}");
    }
}

#[tokio::test]
async fn time_limits_by_instructions_and_wall_clock() {
    for server in both_modes() {
        let body = server
            .execute(json!({ "source": "while True:\n    pass\n", "limits": { "instructions": 100000 } }))
            .await;
        assert_eq!(body["status"], "time_limit_exceeded", "{body}");
        assert_eq!(body["reason"], "instructions");
        assert_eq!(body["limits"]["instructions"], 100000);
        let started = Instant::now();
        let body = server
            .execute(json!({
                "source": "while True:\n    pass\n",
                "limits": { "wall_time_ms": 300, "instructions": 1_000_000_000 }
            }))
            .await;
        assert_eq!(body["status"], "time_limit_exceeded", "{body}");
        assert_eq!(body["reason"], "wall_time");
        assert!(started.elapsed() < Duration::from_secs(3));
    }
}

#[tokio::test]
async fn memory_and_output_limits() {
    for server in both_modes() {
        let body = server
            .execute(json!({ "source": "x = 'a' * (10 ** 9)\nprint(len(x))", "limits": { "memory_bytes": 16 << 20 } }))
            .await;
        assert_eq!(body["status"], "memory_limit_exceeded", "{body}");
        let body = server
            .execute(json!({ "source": "while True:\n    print('x' * 99)\n", "limits": { "output_bytes": 1000 } }))
            .await;
        assert_eq!(body["status"], "output_limit_exceeded", "{body}");
        assert_eq!(body["truncated"]["stdout"], true);
        let out = body["stdout"].as_str().unwrap();
        assert!(out.len() <= 1000 && out.starts_with("xxxx"), "{out:?}");
    }
}

#[tokio::test]
async fn recursion_ceiling_holds_and_is_reported() {
    let src = "import sys\nsys.setrecursionlimit(10 ** 6)\nprint(sys.getrecursionlimit())\ndef f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RuntimeError:\n    print('stopped')\n";
    for server in both_modes() {
        let body = server
            .execute(json!({ "source": src, "limits": { "max_recursion_depth": 500 } }))
            .await;
        assert_eq!(body["stdout"], "1000000\nstopped\n", "{body}");
        assert_eq!(body["limits"]["max_recursion_depth"], 500, "{body}");
        assert_eq!(body["limits"]["recursion_depth"], 1000, "{body}");
    }
}

async fn ndjson(server: &Server, body: Value) -> Vec<Value> {
    let r = client()
        .post(server.url("/v1/execute"))
        .header("accept", "application/x-ndjson")
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(r.headers()["content-type"], "application/x-ndjson");
    let text = r.text().await.unwrap();
    text.lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[tokio::test]
async fn streaming_events_in_order() {
    for server in both_modes() {
        let src = "import sys\nprint('a')\nsys.stderr.write('b\\n')\nprint('c')\n[1, 2]\n";
        let events = ndjson(&server, json!({ "source": src })).await;
        let kinds: Vec<&str> = events
            .iter()
            .map(|e| e["event"].as_str().unwrap())
            .collect();
        assert_eq!(kinds.last(), Some(&"end"), "{events:?}");
        let stdout: String = events
            .iter()
            .filter(|e| e["event"] == "stdout")
            .map(|e| e["data"].as_str().unwrap())
            .collect();
        assert_eq!(stdout, "a\nc\n");
        assert_eq!(events[0], json!({ "event": "stdout", "data": "a\n" }));
        assert_eq!(events[1], json!({ "event": "stderr", "data": "b\n" }));
        let result = events
            .iter()
            .find(|e| e["event"] == "result")
            .expect("result event");
        assert_eq!(result["repr"], "[1, 2]");
        let end = events.last().unwrap();
        assert_eq!(end["status"], "ok");
        assert_eq!(end["stdout"], "a\nc\n");
        assert_eq!(end["stderr"], "b\n");
        let events = ndjson(&server, json!({ "source": "print(1)\n1/0\n" })).await;
        let kinds: Vec<&str> = events
            .iter()
            .map(|e| e["event"].as_str().unwrap())
            .collect();
        let err = kinds
            .iter()
            .position(|k| *k == "error")
            .expect("error event");
        assert_eq!(err, kinds.len() - 2);
        assert_eq!(events[err]["type"], "ZeroDivisionError");
    }
}

#[tokio::test]
async fn streaming_delivers_output_before_the_end() {
    let server = Server::start(&["--isolation", "process", "--workers", "1"]);
    let src = "print('first')\ni = 0\nwhile i < 3000000:\n    i += 1\nprint('second')\n";
    let r = client()
        .post(server.url("/v1/execute"))
        .header("accept", "application/x-ndjson")
        .json(&json!({ "source": src, "limits": { "instructions": 1_000_000_000, "wall_time_ms": 30000 } }))
        .send()
        .await
        .unwrap();
    let started = Instant::now();
    let mut stream = r.bytes_stream();
    let first = stream.next().await.unwrap().unwrap();
    let first_at = started.elapsed();
    assert!(String::from_utf8_lossy(&first).contains("first"));
    let mut rest = Vec::new();
    while let Some(chunk) = stream.next().await {
        rest.extend_from_slice(&chunk.unwrap());
    }
    let end_at = started.elapsed();
    let rest = String::from_utf8(rest).unwrap();
    assert!(rest.contains("\"second\\n\""), "{rest}");
    assert!(
        end_at > first_at + Duration::from_millis(20),
        "first {first_at:?}, end {end_at:?}"
    );
}

#[tokio::test]
async fn disconnect_cancels_the_run() {
    for mode in ["process", "thread"] {
        let server = Server::start(&[
            "--isolation",
            mode,
            "--workers",
            "1",
            "--ceiling-instructions",
            "1000000000000",
        ]);
        let r = client()
            .post(server.url("/v1/execute"))
            .header("accept", "application/x-ndjson")
            .json(&json!({
                "source": "print('go')\nwhile True:\n    pass\n",
                "limits": { "wall_time_ms": 30000, "instructions": 1_000_000_000_000u64 }
            }))
            .send()
            .await
            .unwrap();
        let mut stream = r.bytes_stream();
        let first = stream.next().await.unwrap().unwrap();
        assert!(String::from_utf8_lossy(&first).contains("go"));
        drop(stream);
        // The only worker is free again long before the 30 s wall limit.
        let started = Instant::now();
        let body = server.run("print(5)").await;
        assert_eq!(body["stdout"], "5\n", "{mode}");
        assert!(
            started.elapsed() < Duration::from_secs(5),
            "{mode}: {:?}",
            started.elapsed()
        );
    }
}

#[tokio::test]
async fn batch_verdicts_per_case() {
    for server in both_modes() {
        let body = json!({
            "source": "n = int(input())\nwhile n == 0:\n    pass\nprint(n * 2)\n",
            "cases": [
                { "stdin": "2", "expected_output": "4" },
                { "stdin": "3", "expected_output": "7" },
                { "stdin": "0", "expected_output": "0" },
                { "stdin": "x", "expected_output": "0" },
                { "stdin": "5", "expected_output": "10\n" },
                { "stdin": "6" }
            ],
            "limits": { "wall_time_ms": 300, "instructions": 1_000_000_000 }
        });
        let r = server.post("/v1/batch", body).await;
        assert_eq!(r.status(), 200);
        let body: Value = r.json().await.unwrap();
        let statuses: Vec<&str> = body["results"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["status"].as_str().unwrap())
            .collect();
        assert_eq!(
            statuses,
            [
                "accepted",
                "wrong_answer",
                "time_limit_exceeded",
                "runtime_error",
                "accepted",
                "ok"
            ],
            "{body}"
        );
        assert_eq!(body["results"][2]["reason"], "wall_time");
        assert_eq!(body["results"][3]["error"]["type"], "ValueError");
        assert_eq!(body["results"][5]["stdout"], "12\n");
        assert_eq!(body["summary"], json!({ "accepted": 2, "total": 6 }));
        let id0 = body["results"][0]["id"].as_str().unwrap();
        assert!(id0.ends_with("/0"));
    }
}

#[tokio::test]
async fn hundred_concurrent_requests() {
    for mode in ["process", "thread"] {
        let server = Server::start(&["--isolation", mode, "--workers", "2", "--queue-size", "200"]);
        let mut tasks = Vec::new();
        for i in 0..100 {
            let url = server.url("/v1/execute");
            tasks.push(tokio::spawn(async move {
                let r = client()
                    .post(url)
                    .json(&json!({ "source": format!("print({i} * 3)") }))
                    .send()
                    .await
                    .unwrap();
                assert_eq!(r.status(), 200);
                let body: Value = r.json().await.unwrap();
                (i, body)
            }));
        }
        let mut ids = std::collections::HashSet::new();
        for t in tasks {
            let (i, body) = t.await.unwrap();
            assert_eq!(body["stdout"], format!("{}\n", i * 3), "{mode}: {body}");
            assert!(ids.insert(body["id"].as_str().unwrap().to_string()));
        }
    }
}
