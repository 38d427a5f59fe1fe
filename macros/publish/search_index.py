"""The site search index: every page's text, ASCII-folded, in a chunked Pagefind index.

Why Pagefind and why folded text: Material's search ships one lunr index that a browser must
fetch whole before the first result (1.9 MB gzipped at 100x the data). Pagefind splits the index
into chunks and fetches only the chunks a query needs. Neither engine equates "ı" with "i", so
people typing "kadikoy" for "Kadıköy" would miss; the index therefore holds the folded text
(macros.data.text.fold) and the search box folds the query the same way (search.js). What a reader
sees in a result -- the title and a one-line teaser -- is kept in Turkish (or English) as written,
as Pagefind metadata.

No MkDocs here: the portal plugin makes a page_doc() of every page, starts an IndexJob once all pages are
read (on_env) and collects it into site/pagefind/ at the end (on_post_build).
"""
from __future__ import annotations

import dataclasses
import html
import json
import re
import shutil
import subprocess
import tempfile
import weakref
from dataclasses import dataclass
from pathlib import Path

from ..i18n import label
from ..data.text import fold

# Pagefind writes its own search interfaces too; the portal uses only the core API (search.js).
_UNUSED = ("pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css",
           "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js",
           "wasm.unknown.pagefind")
TEASER_CHARS = 160


@dataclass(frozen=True)
class SearchDoc:
    url: str      # site-relative, as MkDocs gives it: "" (home), "municipalities/kadikoy/"
    title: str    # plain text, as shown
    teaser: str   # plain text, one or two lines
    text: str     # plain text of the page body
    kind: str     # shown as a small label in the result ("Belediye", "Anlaşma", ...); may be ""
    title_weight: float = 7.0  # Pagefind's weight for the title words (its default for <h1>; at most 10)
    # A municipality's page: its slug (= the folded name) goes into pagefind/districts.json, and search.js
    # puts the page first for a query naming it, whatever the scores of the pages that merely mention it.
    district: str = ""
    # Page 2..N of a numbered list: its words are indexed under page 1 of the list (part_of), never as a
    # result of its own ("Kaynaklar — sayfa 4 / 6" says nothing about what was found).
    part_of: str = ""


# Regular expressions rather than an HTML parser: the text of 7,500 pages is read on every build at
# 100x the data, and html.parser spent ~1.4 ms a page on it (more than Pagefind's whole indexing).
# The input is the HTML our own templates and Python-Markdown write: well-formed, quoted attributes.
_DROPPED = re.compile(r"<(script|style|svg|template)\b.*?</\1\s*>|<!--.*?-->", re.S | re.I)
# Skipped with everything inside: hidden elements and anything marked data-search-exclude (citation
# boilerplate, the same on every page; overview tables that repeat the record pages).
_EXCLUDED = re.compile(r"<([a-zA-Z][a-zA-Z0-9]*)(?=[^>]*\s(?:data-search-exclude|hidden)[\s=/>])[^>]*>")
# Ends of these separate words ("<td>a</td><td>b</td>" is "a b"); inline tags do not ("<b>şehir</b>.").
_BLOCK_END = re.compile(r"</(?:p|div|li|td|th|tr|dd|dt|h[1-6]|ul|ol|table|section|article|nav|header|footer|"
                        r"figure|figcaption|blockquote|caption|details|summary|label|option|pre)\s*>|<br\s*/?>",
                        re.I)
_TAG = re.compile(r"<[^>]*>")
_FIRST_P = re.compile(r"<p\b[^>]*>(.*?)</p\s*>", re.S | re.I)
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


def _without_excluded(html_text: str) -> str:
    out, pos = [], 0
    while (start := _EXCLUDED.search(html_text, pos)) is not None:
        out.append(html_text[pos:start.start()])
        tag = start.group(1).lower()
        pos = start.end()
        if tag in _VOID or start.group(0).endswith("/>"):
            continue
        # The matching end tag, counting nested elements of the same name.
        depth = 1
        for match in re.finditer(rf"<(/?){tag}\b[^>]*>", html_text[pos:], re.I):
            depth += -1 if match.group(1) else 1
            if depth == 0:
                pos += match.end()
                break
        else:
            pos = len(html_text)
    out.append(html_text[pos:])
    return "".join(out)


def _plain(fragment: str) -> str:
    return " ".join(html.unescape(_TAG.sub("", _BLOCK_END.sub(" ", fragment))).split())


def page_text(content_html: str) -> tuple[str, str]:
    """(text, first paragraph) of a page's content HTML, whitespace collapsed.

    Left out: scripts, styles, inline SVG (charts repeat their table's numbers), comments, hidden
    elements and elements marked data-search-exclude. The first paragraph is the teaser of pages
    without a description.
    """
    kept = _without_excluded(_DROPPED.sub(" ", content_html))
    first = next((text for text in (_plain(m.group(1)) for m in _FIRST_P.finditer(kept)) if text), "")
    return _plain(kept), first


def shorten(text: str, limit: int = TEASER_CHARS) -> str:
    """At most `limit` characters, cut at a word boundary with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(",;:–-")
    return cut + "…"


def teaser(title: str, description: str, first_paragraph: str) -> str:
    """The line under a result's title: the page's description, else its first paragraph, shortened.

    Descriptions of record pages open with the title ("Çekmeköy – Bilma (Nijer): Kardeş şehir. ...");
    the result already shows it in bold above, so it is not repeated.
    """
    text = description or first_paragraph
    for prefix in (f"{title}: ", f"{title}. "):
        if text.startswith(prefix):
            text = text[len(prefix):]
            break
    return shorten(text)


# People search for their district by name: its page must come before the agreements and projects
# whose titles also carry the name ("cekmekoy": the municipality, then its five agreements; measured
# on the real data with the ranking in search.js). 7 is Pagefind's own weight for an <h1>.
_TITLE_WEIGHT = {"municipality": 10.0, "page": 8.0}


_NUMBERED = re.compile(r"page/\d+/$")


def page_doc(url: str, title: str, description: str, content_html: str, kind: str | None, lang: str,
             key: str = "") -> SearchDoc:
    """The search entry of one built page. `kind` is its PageSpec kind (None: a hand-written page),
    `key` its slug, id or code."""
    text, first_paragraph = page_text(content_html)
    part_of = _NUMBERED.sub("", url) if kind == "list_page" else ""
    if kind in ("district_request", "district_research"):
        # Found through the municipality's own page: one result each, the municipality's first for its name.
        part_of, kind = url.rsplit("/", 2)[0] + "/", "page"
    elif kind == "leads":
        part_of, kind = "leads/", "page"  # every page of every kind of lead, through the leads overview
    kind = kind if kind and kind != "list_page" else "page"
    return SearchDoc(url=url, title=title, teaser=teaser(title, description, first_paragraph), text=text,
                     kind=label(f"result_{kind}", lang), title_weight=_TITLE_WEIGHT.get(kind, 7.0),
                     district=key if kind == "municipality" else "", part_of=part_of)


def merge_numbered(docs: list[SearchDoc]) -> list[SearchDoc]:
    """The pages a reader gets as results: the words of page 2..N of a list go to its page 1 (in page
    order), so that what they hold is still found, and the numbered pages themselves are left out."""
    extra: dict[str, list[str]] = {}
    for doc in docs:
        if doc.part_of:
            extra.setdefault(doc.part_of, []).append(doc.text)
    out = []
    for doc in docs:
        if doc.part_of:
            continue
        if doc.url in extra:
            doc = dataclasses.replace(doc, text=" ".join([doc.text, *extra.pop(doc.url)]))
        out.append(doc)
    if extra:
        raise SearchIndexError(f"numbered pages without their first page in the search index: {sorted(extra)}")
    return out


def document(doc: SearchDoc, lang: str) -> str:
    """The HTML Pagefind indexes for one page: folded words to match, the originals as metadata."""
    def attr(value: str) -> str:
        return html.escape(value, quote=True)

    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title></title></head><body>'
        f'<main data-pagefind-body>'
        f'<span data-pagefind-meta="title[data-v]" data-v="{attr(doc.title)}"></span>'
        f'<span data-pagefind-meta="teaser[data-v]" data-v="{attr(doc.teaser)}"></span>'
        f'<span data-pagefind-meta="kind[data-v]" data-v="{attr(doc.kind)}"></span>'
        +
        f'<h1 data-pagefind-weight="{doc.title_weight:g}">{html.escape(fold(doc.title))}</h1>'
        f'<p>{html.escape(fold(doc.text))}</p>'
        f'</main></body></html>'
    )


class SearchIndexError(RuntimeError):
    pass


def _pagefind() -> str:
    """Path of the Pagefind binary that the pinned `pagefind-bin` package ships."""
    try:
        from pagefind_bin import get_executable
        return str(get_executable())
    except (ImportError, FileNotFoundError) as exc:
        raise SearchIndexError(
            f"the Pagefind binary for the search index is missing ({exc}); install the pinned "
            "requirements: .venv/bin/pip install -r requirements.txt (make site does)") from None


class IndexJob:
    """Pagefind indexing running in its own process while the build goes on.

    Every page's text is known once MkDocs has read all pages, before it renders Material's page
    template around each one (a third of the build). Pagefind's binary indexes on the other core in
    that time; the build collects the result at the end (finish).
    """

    def __init__(self, docs: list[SearchDoc], lang: str):
        executable = _pagefind()
        docs = merge_numbered(docs)
        urls = [d.url for d in docs]
        if len(set(urls)) != len(urls):
            raise SearchIndexError("two pages with the same URL in the search index")
        self._tmp = Path(tempfile.mkdtemp(prefix="portal-search-"))
        # Removed at the latest when the interpreter exits, also when the build fails before finish().
        self._cleanup = weakref.finalize(self, shutil.rmtree, self._tmp, ignore_errors=True)
        root = self._tmp / "site"
        for doc in docs:
            # Named like the site, so Pagefind derives each result's URL from the path.
            target = root / doc.url / "index.html"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(document(doc, lang), encoding="utf-8")
        self.count = len(docs)
        # Each municipality's page by its folded name (search.js shows it first for a query naming it).
        self._districts = {d.district: {"path": d.url, "meta": {
            "title": d.title, "teaser": d.teaser, "kind": d.kind}} for d in docs if d.district}
        self._out = self._tmp / "pagefind"
        self._process = subprocess.Popen(
            [executable, "--site", str(root), "--output-path", str(self._out),
             "--force-language", lang, "--silent"],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)

    def finish(self, out_dir: Path) -> int:
        """Wait for Pagefind, put its bundle at `out_dir` (e.g. site/pagefind); returns the page count."""
        output, _ = self._process.communicate()
        try:
            if self._process.returncode != 0:
                raise SearchIndexError(f"pagefind failed ({self._process.returncode}):\n{output}")
            for name in _UNUSED:
                (self._out / name).unlink(missing_ok=True)
            if out_dir.exists():
                shutil.rmtree(out_dir)
            out_dir.parent.mkdir(parents=True, exist_ok=True)
            shutil.move(str(self._out), str(out_dir))
            (out_dir / "districts.json").write_text(
                json.dumps(self._districts, ensure_ascii=False, sort_keys=True, separators=(",", ":")),
                encoding="utf-8")
        finally:
            self._cleanup()
        return self.count

    def cancel(self) -> None:
        if self._process.poll() is None:
            self._process.kill()
            self._process.wait()
        self._cleanup()
