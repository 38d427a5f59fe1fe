"""Nothing from another host: every overview page loads only from the site itself, fonts included.

The ``new_page`` fixture already fails a test on any request that leaves 127.0.0.1; these tests
load the pages, and look at what the stylesheets ask for.
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit

FONT_HOSTS = ("fonts.googleapis.com", "fonts.gstatic.com", "use.typekit.net", "fonts.bunny.net")

# Every @font-face the page's stylesheets declare, and every <link> that could fetch from elsewhere.
FONT_FACES = r"""() => {
  const faces = [];
  const walk = rules => { for (const r of rules) {
    if (r instanceof CSSFontFaceRule) faces.push({ family: r.style.getPropertyValue("font-family"), src: r.style.getPropertyValue("src"), sheet: r.parentStyleSheet && r.parentStyleSheet.href });
    else if (r.cssRules) walk(r.cssRules);
  } };
  for (const s of document.styleSheets) { try { walk(s.cssRules); } catch (e) { faces.push({ error: String(e), sheet: s.href }); } }
  const links = [...document.querySelectorAll("link[href], script[src], img[src], iframe[src]")]
    .map(e => e.href || e.src);
  const fonts = [...document.fonts].map(f => ({ family: f.family, status: f.status }));
  return { faces, links, fonts };
}"""


def test_overview_page_is_self_contained(new_page, overview_path):
    page = new_page("desktop")
    page.goto(page.site(overview_path), wait_until="networkidle")
    info = page.evaluate(FONT_FACES)
    origin = urlsplit(page.site()).netloc

    assert page.record.requests, "no requests recorded"
    assert not page.record.foreign_requests()  # also checked (with the list) at teardown

    for face in info["faces"]:
        assert "error" not in face, f"cannot read a stylesheet (from another origin?): {face}"
        for url in _urls(face["src"]):
            parts = urlsplit(page.evaluate("([u, base]) => new URL(u, base).href", [url, face["sheet"] or page.url]))
            assert parts.scheme == "data" or parts.netloc == origin, f"/{overview_path}: font from elsewhere: {face}"
    for url in info["links"]:
        parts = urlsplit(url)
        assert parts.scheme in {"data", "blob"} or parts.netloc == origin, f"/{overview_path}: refers to {url}"
        assert parts.hostname not in FONT_HOSTS
    # Whatever fonts the browser did load came through the recorded (local) requests.
    assert not any(h in r for r in page.record.requests for h in FONT_HOSTS)


def test_home_page_html_names_no_other_host(site_dir):
    """Straight from the built file: no preconnect/stylesheet/script to another host."""
    html = (site_dir / "index.html").read_text(encoding="utf-8")
    for host in FONT_HOSTS + ("cdn.jsdelivr.net", "unpkg.com", "cdnjs.cloudflare.com"):
        assert host not in html, host


def test_record_pages_are_self_contained_too(new_page):
    page = new_page("phone")
    for path in ["municipalities/beyoglu/", "agreements/adalar-nacka/", "projects/uskudar-cities-4-people/",
                 "countries/se/", "municipalities/arnavutkoy/"]:
        page.goto(page.site(path), wait_until="networkidle")
    assert not page.record.foreign_requests()


def _urls(src: str) -> list[str]:
    return re.findall(r"url\(\s*['\"]?([^'\")]+)['\"]?\s*\)", src or "")
