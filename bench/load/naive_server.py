#!/usr/bin/env python3
"""The naive baseline: an HTTP service that starts python3 for every request.

POST /v1/execute with {"source": ..., "stdin": ...} runs `python3 -c SOURCE`
with a 5 s timeout and answers {status, stdout, stderr}. This is what a
service without a pooled, embedded interpreter does; bench/load/run.sh
compares kaa against it on the same machine and in the same run.
"""
import json
import subprocess
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_POST(self):
        length = int(self.headers.get("Content-Length", "0"))
        try:
            req = json.loads(self.rfile.read(length))
            source = req["source"]
        except (ValueError, KeyError, TypeError):
            self.reply(400, {"detail": "bad request"})
            return
        try:
            done = subprocess.run(
                [sys.executable, "-c", source],
                input=req.get("stdin", "").encode(),
                capture_output=True,
                timeout=5,
            )
            status = "ok" if done.returncode == 0 else "runtime_error"
            body = {"status": status, "stdout": done.stdout.decode(errors="replace"),
                    "stderr": done.stderr.decode(errors="replace")}
        except subprocess.TimeoutExpired:
            body = {"status": "time_limit_exceeded", "stdout": "", "stderr": ""}
        self.reply(200, body)

    def reply(self, code, body):
        data = json.dumps(body).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


if __name__ == "__main__":
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 8090
    server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    print(f"naive: listening on http://127.0.0.1:{port}", flush=True)
    server.serve_forever()
