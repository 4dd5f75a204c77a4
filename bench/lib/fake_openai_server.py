#!/usr/bin/env python3
"""A tiny stand-in for an OpenAI-compatible vision server, to prove bench/gpu-engine.sh works where there is no GPU.
It checks what a real server would (bearer key, model name, a PNG in a data URL) and answers after a fixed delay,
any number at once (like continuous batching with unlimited capacity). Its figures mean nothing about a GPU.

Usage: fake_openai_server.py PORT MODEL API_KEY DELAY_SECONDS"""
import base64
import json
import sys
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


class Handler(BaseHTTPRequestHandler):
    model, key, delay = "", "", 0.0

    def log_message(self, *args):
        pass

    def reply(self, status, payload):
        data = json.dumps(payload).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        if self.path.rstrip("/") == "/v1/models":
            return self.reply(200, {"object": "list", "data": [{"id": Handler.model, "object": "model"}]})
        self.reply(404, {"error": {"message": "not found"}})

    def do_POST(self):
        if self.path != "/v1/chat/completions":
            return self.reply(404, {"error": {"message": "not found"}})
        if Handler.key and self.headers.get("Authorization") != "Bearer " + Handler.key:
            return self.reply(401, {"error": {"message": "bad key"}})
        request = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        if request.get("model") != Handler.model:
            return self.reply(404, {"error": {"message": "unknown model"}})
        images = [part["image_url"]["url"] for m in request["messages"] if isinstance(m["content"], list)
                  for part in m["content"] if part.get("type") == "image_url"]
        prefix = "data:image/png;base64,"
        if not images or not all(u.startswith(prefix) and base64.b64decode(u[len(prefix):])[:8] == PNG_SIGNATURE
                                 for u in images):
            return self.reply(400, {"error": {"message": "expected PNG data URLs"}})
        time.sleep(Handler.delay)
        self.reply(200, {
            "id": "fake", "object": "chat.completion", "model": Handler.model,
            "choices": [{"index": 0, "finish_reason": "stop",
                         "message": {"role": "assistant", "content": "No acute finding (fake server)."}}],
            "usage": {"prompt_tokens": 300, "completion_tokens": 8, "total_tokens": 308},
        })


def main():
    port, Handler.model, Handler.key, Handler.delay = int(sys.argv[1]), sys.argv[2], sys.argv[3], float(sys.argv[4])
    server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    server.daemon_threads = True
    print(f"fake OpenAI server on http://127.0.0.1:{port}/v1", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
