#!/usr/bin/env python3
"""A plain static server for the repo root, with .wasm served as application/wasm.

Usage: python3 scripts/serve.py [PORT]   (default 8000; binds 127.0.0.1)
"""
import functools
import http.server
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".js": "text/javascript",
        ".mjs": "text/javascript",
        ".svg": "image/svg+xml",
        ".csv": "text/csv; charset=utf-8",
    }

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
