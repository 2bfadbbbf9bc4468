#!/usr/bin/env python3
"""A plain static server for the repo root, with .wasm served as application/wasm,
and the response headers listed in `_headers` (the Netlify / Cloudflare Pages format:
a path line, then indented `Name: value` lines), so the strict-CSP demo pages are
served as a real host would serve them.

Usage: python3 scripts/serve.py [PORT]   (default 8000; binds 127.0.0.1)
"""
import functools
import http.server
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def read_headers(path):
    """`_headers` as {url path: [(name, value), ...]}."""
    rules, current = {}, None
    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if not line[0].isspace():
                current = rules.setdefault(line.strip(), [])
            elif current is not None:
                name, _, value = line.strip().partition(":")
                current.append((name.strip(), value.strip()))
    return rules


HEADERS = read_headers(os.path.join(ROOT, "_headers"))


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".js": "text/javascript",
        ".mjs": "text/javascript",
        ".svg": "image/svg+xml",
        ".csv": "text/csv; charset=utf-8",
    }

    def end_headers(self):
        for name, value in HEADERS.get(self.path.split("?")[0], []):
            self.send_header(name, value)
        super().end_headers()

    def log_message(self, fmt, *args):  # quiet unless asked
        if os.environ.get("SERVE_LOG"):
            super().log_message(fmt, *args)


def main():
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 8000
    handler = functools.partial(Handler, directory=ROOT)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    print(f"serving {ROOT} on http://127.0.0.1:{port}/", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
