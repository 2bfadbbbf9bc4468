#!/usr/bin/env python3
"""A plain static server for the repo root, with .wasm served as application/wasm, and the
response headers listed in `_headers` (the Netlify / Cloudflare Pages format: a path line,
then indented `Name: value` lines), so pages are served as a real host would serve them:
the CORS and CORP headers cross-origin embeds need, the cache rules, the strict-CSP demos.

As on Netlify and Cloudflare Pages, a path may end in `*` (matching any rest of the path,
`/pkg/*`), every rule that matches applies, in file order, and a header set by several
rules gets their values joined with ", ". Conditional requests (If-Modified-Since) are
answered 304, so `Cache-Control: no-cache` revalidates as it would on a CDN. Text and wasm
are sent gzip-compressed to a client that accepts it, as every CDN and static host sends them
(Lighthouse and the benchmark then see the bytes a reader downloads).

Usage: python3 scripts/serve.py [PORT] [--root DIR] [--headers FILE]
       (default port 8000, the repo root and its `_headers`; binds 127.0.0.1)
"""
import argparse
import email.utils
import functools
import gzip
import http.server
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def read_headers(path):
    """`_headers` as [(path pattern, [(name, value), ...]), ...] in file order."""
    rules, current = [], None
    if not os.path.exists(path):
        return rules
    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if not line[0].isspace():
                current = []
                rules.append((line.strip(), current))
            elif current is not None:
                name, _, value = line.strip().partition(":")
                current.append((name.strip(), value.strip()))
    return rules


def matches(pattern, path):
    """Netlify's rule: exact, or a prefix when the pattern ends in `*` (its splat)."""
    if pattern.endswith("*"):
        return path.startswith(pattern[:-1])
    return path == pattern


def headers_for(rules, path):
    """The headers every matching rule sets for `path`, merged in file order."""
    merged = {}
    for pattern, headers in rules:
        if matches(pattern, path):
            for name, value in headers:
                key = name.lower()
                if key in merged:
                    merged[key] = (merged[key][0], f"{merged[key][1]}, {value}")
                else:
                    merged[key] = (name, value)
    return list(merged.values())


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".js": "text/javascript",
        ".mjs": "text/javascript",
        ".svg": "image/svg+xml",
        ".csv": "text/csv; charset=utf-8",
        ".json": "application/json",
    }
    rules = []
    # What a CDN compresses: text and wasm, not images that are compressed already.
    compressible = (".html", ".js", ".mjs", ".css", ".svg", ".csv", ".json", ".wasm", ".txt", ".md")
    cache = {}  # (path, mtime) -> gzip bytes: each file is compressed once

    def do_GET(self):
        path = self.translate_path(self.path)
        if os.path.isdir(path) and self.path.split("?")[0].endswith("/"):
            path = os.path.join(path, "index.html")
        accepts = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (accepts and path.endswith(self.compressible) and os.path.isfile(path)) or "Range" in self.headers:
            return super().do_GET()
        stat = os.stat(path)
        since = self.headers.get("If-Modified-Since")
        if since and "If-None-Match" not in self.headers:
            try:
                if int(stat.st_mtime) <= email.utils.parsedate_to_datetime(since).timestamp():
                    self.send_response(304)
                    self.end_headers()
                    return
            except (TypeError, ValueError, IndexError, OverflowError):
                pass
        key = (path, stat.st_mtime_ns)
        body = self.cache.get(key)
        if body is None:
            with open(path, "rb") as f:
                body = gzip.compress(f.read(), compresslevel=6, mtime=0)
            self.cache[key] = body
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Last-Modified", self.date_time_string(int(stat.st_mtime)))
        self.end_headers()
        self.wfile.write(body)

    def send_response(self, code, message=None):
        self._status = code
        super().send_response(code, message)

    def end_headers(self):
        path = self.path.split("?")[0].split("#")[0]
        for name, value in headers_for(self.rules, path):
            # An error is not cached for a year (a version published later must load).
            if getattr(self, "_status", 200) >= 400 and name.lower() == "cache-control":
                value = "no-store"
            self.send_header(name, value)
        super().end_headers()

    def log_message(self, fmt, *args):  # quiet unless asked
        if os.environ.get("SERVE_LOG"):
            super().log_message(fmt, *args)


def main():
    ap = argparse.ArgumentParser(description="Serve the site with the headers of _headers.")
    ap.add_argument("port", nargs="?", type=int, default=8000)
    ap.add_argument("--root", default=ROOT, help="the directory served (default: the repo)")
    ap.add_argument("--headers", help="the _headers file (default: ROOT/_headers)")
    args = ap.parse_args()
    root = os.path.abspath(args.root)
    rules = read_headers(args.headers or os.path.join(root, "_headers"))
    handler = functools.partial(type("H", (Handler,), {"rules": rules}), directory=root)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", args.port), handler)
    print(f"serving {root} on http://127.0.0.1:{args.port}/", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
