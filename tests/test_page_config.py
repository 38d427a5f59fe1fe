"""Material's <script id="__config"> (overrides/main.html block config): compact, script-safe JSON holding what
Material's bundle reads, every translation it looks up for the features in use (it throws on a missing one)."""
from __future__ import annotations

import json
import re

PAGES = ("agreements/adalar-nacka/index.html", "index.html", "404.html", "en/index.html")


def _config(html: str) -> str:
    (text,) = re.findall(r'<script id="__config" type="application/json">(.*?)</script>', html, re.S)
    return text


def _bundle(site) -> str:
    (bundle,) = (site / "assets" / "javascripts").glob("bundle.*.min.js")
    return bundle.read_text("utf-8")


def test_config_is_compact_json(real_site):
    for path in PAGES:
        text = _config((real_site / path).read_text("utf-8"))
        data = json.loads(text)
        assert text == json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")), path


def test_what_the_config_holds_is_what_the_bundle_reads(real_site):
    bundle = _bundle(real_site)
    data = json.loads(_config((real_site / PAGES[0]).read_text("utf-8")))
    config_name = re.search(r'(\w+)=JSON\.parse\(\w+\.textContent\)', bundle).group(1)
    read = set(re.findall(rf"\b{config_name}\.(\w+)", bundle))
    assert set(data) <= read
    looked_up = set(re.findall(r'\w+\("(clipboard\.[\w.]+)"', bundle))  # the copy button's words
    assert looked_up and looked_up == set(data["translations"])
