"""Lighthouse on the built portal, as a phone sees it from a static host (issue 13: 15).

`make lighthouse` (or `python -m benchmarks.lighthouse`): builds the site with SITE_URL set to the address
it is served at (canonical, hreflang and og:url as when published), serves it on 127.0.0.1 with gzip as any
static host does, and runs Lighthouse (npm, pinned; installed into .cache/lighthouse by the Makefile) in
Debian's Chromium with its default phone preset, on the home page, a district, an agreement and a project
page of each edition. Every category must score at least MIN_SCORE; the reports go to
benchmarks/results/lighthouse/ (JSON and HTML).
"""
from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LIGHTHOUSE = Path(os.environ.get("LIGHTHOUSE")
                  or ROOT / ".cache" / "lighthouse" / "13.5.0" / "node_modules" / ".bin" / "lighthouse")
CHROMIUM = os.environ.get("PORTAL_CHROMIUM", "/usr/bin/chromium")
RESULTS = ROOT / "benchmarks" / "results" / "lighthouse"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
MIN_SCORE = 0.95
PAGES = ("", "municipalities/beyoglu/", "agreements/beyoglu-pecs/", "projects/sisli-music-beyond-borders/",
         "en/", "en/municipalities/beyoglu/", "en/agreements/beyoglu-pecs/", "en/projects/sisli-music-beyond-borders/")
COMPRESSED = {".html", ".css", ".js", ".json", ".svg", ".xml", ".txt"}


class GzipHandler(http.server.SimpleHTTPRequestHandler):
    """Static files with gzip and a cache lifetime, as GitHub Pages or any static host serves them."""

    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, ".js": "text/javascript",
                      ".svg": "image/svg+xml", ".json": "application/json"}

    def log_message(self, *args):
        pass

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not self.path.split("?")[0].endswith("/"):
                return super().send_head()  # the redirect to the folder's address
            path = path / "index.html"
        accepts = "gzip" in self.headers.get("Accept-Encoding", "")
        if not path.is_file() or path.suffix not in COMPRESSED or not accepts:
            return super().send_head()
        body = gzip.compress(path.read_bytes(), mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=600")
        self.end_headers()
        from io import BytesIO
        return BytesIO(body)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", nargs="*", default=list(PAGES))
    args = parser.parse_args(argv)
    if not LIGHTHOUSE.exists():
        print(f"Lighthouse is not installed at {LIGHTHOUSE}: run make lighthouse", file=sys.stderr)
        return 2
    port = _free_port()
    base = f"http://127.0.0.1:{port}/"
    work = Path(tempfile.mkdtemp(prefix="portal-lighthouse-"))
    try:
        site = work / "site"
        env = {**os.environ, "SITE_URL": base, "NO_MKDOCS_2_WARNING": "1"}
        built = subprocess.run([sys.executable, "-m", "macros.engine.build", "--site-dir", str(site)], cwd=ROOT,
                               env=env, capture_output=True, text=True)
        if built.returncode != 0:
            print(built.stdout + built.stderr, file=sys.stderr)
            return 1
        server = http.server.ThreadingHTTPServer(("127.0.0.1", port), functools.partial(GzipHandler, directory=str(site)))
        threading.Thread(target=server.serve_forever, daemon=True).start()
        RESULTS.mkdir(parents=True, exist_ok=True)
        failures, lines = [], []
        for page in args.pages:
            name = page.strip("/").replace("/", "-") or "home"
            out = RESULTS / name
            cmd = [str(LIGHTHOUSE), base + page, "--quiet", "--output=json", "--output=html",
                   f"--output-path={out}", f"--only-categories={','.join(CATEGORIES)}",
                   "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage"]
            result = subprocess.run(cmd, env={**os.environ, "CHROME_PATH": CHROMIUM}, capture_output=True, text=True)
            report = Path(f"{out}.report.json")
            if result.returncode != 0 or not report.exists():
                failures.append(f"{page or '/'}: lighthouse failed: {result.stderr[-800:]}")
                continue
            data = json.loads(report.read_text(encoding="utf-8"))
            scores = {c: data["categories"][c]["score"] for c in CATEGORIES}
            lines.append(f"{page or '/':<45} " + "  ".join(f"{c} {s:.2f}" for c, s in scores.items()))
            for category, score in scores.items():
                if score is None or score < MIN_SCORE:
                    failed = [a["id"] for a in data["categories"][category]["auditRefs"]
                              if a["weight"] and (data["audits"][a["id"]]["score"] or 0) < 0.9]
                    failures.append(f"{page or '/'}: {category} {score} (audits below 0.9: {', '.join(failed)})")
        print("\n".join(lines))
        if failures:
            print("\nbelow " + str(MIN_SCORE) + ":\n  " + "\n  ".join(failures), file=sys.stderr)
            return 1
        print(f"every category >= {MIN_SCORE} on {len(lines)} pages; reports in {RESULTS}/")
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
