"""The site search index: every page's text, ASCII-folded, in a chunked Pagefind index.

Why Pagefind and why folded text: Material's search ships one lunr index that a browser must
fetch whole before the first result (1.9 MB gzipped at 100x the data). Pagefind splits the index
into chunks and fetches only the chunks a query needs. Neither engine equates "ı" with "i", so
people typing "kadikoy" for "Kadıköy" would miss; the index therefore holds the folded text
(macros.text.fold) and the search box folds the query the same way (search.js). What a reader
sees in a result -- the title and a one-line teaser -- is kept in Turkish (or English) as written,
as Pagefind metadata.

No MkDocs here: the hook hands over (url, title, teaser, html) per page and calls write_index.
"""
from __future__ import annotations

import html
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from .text import fold

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


class _TextExtractor(HTMLParser):
    """Visible text of a content fragment, minus what the index should not hold.

    Skipped: scripts, styles, inline SVG (charts repeat their table's numbers), hidden elements
    and anything marked data-search-exclude (citation boilerplate, the same on every page).
    The first paragraph's text is kept apart as the teaser for pages without a description.
    """

    _SKIP_TAGS = {"script", "style", "svg", "template"}
    _VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
    # Ends of these separate words ("<td>a</td><td>b</td>" is "a b"); inline tags do not ("<b>şehir</b>.").
    _BLOCKS = {"p", "div", "li", "td", "th", "tr", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol",
               "table", "section", "article", "nav", "header", "footer", "figure", "figcaption", "blockquote",
               "caption", "details", "summary", "label", "option", "pre"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.first_paragraph: list[str] = []
        self._skip: list[str] = []   # open tags of the skipped subtree
        self._in_p = 0
        self._p_done = False

    def handle_starttag(self, tag, attrs):
        if tag in self._VOID:
            if tag == "br" and not self._skip:
                self.parts.append(" ")
            return
        if self._skip:
            self._skip.append(tag)
            return
        names = {name for name, _ in attrs}
        if tag in self._SKIP_TAGS or "hidden" in names or "data-search-exclude" in names:
            self._skip.append(tag)
            return
        if tag == "p" and not self._p_done:
            self._in_p += 1

    def handle_endtag(self, tag):
        if self._skip:
            # Pop to the matching tag: tolerant of elements Markdown leaves unclosed.
            while self._skip:
                if self._skip.pop() == tag:
                    break
            return
        if tag == "p" and self._in_p:
            self._in_p -= 1
            if not self._in_p and "".join(self.first_paragraph).strip():
                self._p_done = True
        if tag in self._BLOCKS:
            self.parts.append(" ")

    def handle_data(self, data):
        if self._skip:
            return
        self.parts.append(data)
        if self._in_p and not self._p_done:
            self.first_paragraph.append(data)


def page_text(content_html: str) -> tuple[str, str]:
    """(text, first paragraph) of a page's content HTML, whitespace collapsed."""
    parser = _TextExtractor()
    parser.feed(content_html)
    parser.close()
    return " ".join("".join(parser.parts).split()), " ".join("".join(parser.first_paragraph).split())


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
        f'<h1 data-pagefind-weight="{doc.title_weight:g}">{html.escape(fold(doc.title))}</h1>'
        f'<p>{html.escape(fold(doc.text))}</p>'
        f'</main></body></html>'
    )


class SearchIndexError(RuntimeError):
    pass


def write_index(docs: list[SearchDoc], lang: str, out_dir: Path) -> int:
    """Index `docs` with Pagefind into `out_dir` (e.g. site/pagefind); returns the page count.

    The pages are written as small files to a temporary folder named like the site, so Pagefind
    derives each result's URL from the path; its binary indexes them on both cores.
    """
    from pagefind_bin import get_executable

    urls = [d.url for d in docs]
    if len(set(urls)) != len(urls):
        raise SearchIndexError("two pages with the same URL in the search index")
    with tempfile.TemporaryDirectory(prefix="portal-search-") as tmp:
        root = Path(tmp) / "site"
        for doc in docs:
            target = root / doc.url / "index.html"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(document(doc, lang), encoding="utf-8")
        if out_dir.exists():
            shutil.rmtree(out_dir)
        run = subprocess.run(
            [str(get_executable()), "--site", str(root), "--output-path", str(out_dir.resolve()),
             "--force-language", lang, "--silent"],
            capture_output=True, text=True)
        if run.returncode != 0:
            raise SearchIndexError(f"pagefind failed ({run.returncode}):\n{run.stdout}{run.stderr}")
    for name in _UNUSED:
        (out_dir / name).unlink(missing_ok=True)
    return len(docs)
