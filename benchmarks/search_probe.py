"""What a browser fetches before the first search result shows, measured in Chromium.

The search box decides at query time which term shards and document shards of search-index/ to
load (macros/publish/search_index.py), so the bytes cannot be read off the files: the probe serves
the built site on 127.0.0.1, types each query into the search box as a person does, and sums the
responses until the first results are on screen. The JSON files and the script are counted gzipped
(level 6), as any static host serves them. Material's bundle.js is loaded by every page anyway and is
not counted; the portal's search.js is.

    .venv/bin/python -m benchmarks.search_probe site/          # prints JSON
"""
from __future__ import annotations

import functools
import gzip
import http.server
import json
import os
import sys
import threading
from pathlib import Path

# A district name, a common phrase, the most frequent word, a country: small and large answers.
QUERIES = ("kadikoy", "kardes sehir", "belediye", "almanya")
CHROMIUM = os.environ.get("PORTAL_CHROMIUM", "/usr/bin/chromium")


def _wire_bytes(url: str, body: bytes) -> int:
    if url.split("?")[0].endswith((".js", ".json")):
        return len(gzip.compress(body, compresslevel=6, mtime=0))
    return len(body)


def probe(site: Path, queries=QUERIES) -> dict:
    """{"search_first_query_kb": worst query, "search_queries": {query: {"kb", "requests", "results"}}}."""
    from playwright.sync_api import sync_playwright

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    handler = functools.partial(Quiet, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_port}/"
    per_query = {}
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
            for query in queries:
                # A fresh context per query: an empty cache, as for a first-time visitor.
                context = browser.new_context()
                page = context.new_page()
                fetched: dict[str, int] = {}

                def record(response, fetched=fetched):
                    url = response.url
                    if "/search-index/" in url or url.endswith("/search.js"):
                        try:
                            fetched[url] = _wire_bytes(url, response.body())
                        except Exception:  # a redirect or aborted request has no body
                            pass

                page.on("response", record)
                page.goto(base)
                page.keyboard.press("/")
                page.keyboard.type(query, delay=5)
                page.wait_for_function(
                    "document.querySelectorAll('.md-search-result__item').length > 0"
                    " || /bulunamad|No matching/.test(document.querySelector('.md-search-result__meta').textContent)",
                    timeout=60_000)
                page.wait_for_load_state("networkidle")
                per_query[query] = {
                    "kb": round(sum(fetched.values()) / 1024, 1),
                    "requests": len(fetched),
                    "results": page.locator(".md-search-result__item").count(),
                }
                context.close()
            browser.close()
    finally:
        server.shutdown()
    return {"search_first_query_kb": max(q["kb"] for q in per_query.values()), "search_queries": per_query}


if __name__ == "__main__":
    print(json.dumps(probe(Path(sys.argv[1] if len(sys.argv) > 1 else "site")), indent=2, ensure_ascii=False))
