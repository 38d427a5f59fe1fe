"""The site search index: what people search for, ASCII-folded, in small JSON files fetched by term.

Why our own index: Material's search ships one lunr index that a browser fetches whole (1.9 MB gzipped at
100x the data); Pagefind fetched its whole page list and 70 KB of WebAssembly before the first result
(560 KB at 100x) and its indexer held 50 x the text it indexed (2 GB at 100x). This index holds, for
every page, the words people look for -- its title, the names on it (partner towns, countries in both
languages, networks, project and activity titles), its summary; the text of the hand-written pages --
not every word of every record page. A query fetches the small manifest, the shards of its words and
the few document shards of the results shown; nothing else.

Folded text: "ı" is not "i" to any engine, so people typing "kadikoy" for "Kadıköy" would miss; the
index holds folded terms (macros.data.text.fold) and the search box folds the query the same way
(search.js). What a reader sees in a result -- title, teaser, kind -- is kept as written.

The bundle (site/search-index/, one per edition; see write() for the format):

    index.json       {"docs", "per", "kinds", "stop", "shards": {prefix: bytes}, "version"}
    t/<prefix>.json  {"t": {term: [[weight, first id, delta, delta, ...], ...]}, "d": {slug: id}}
    d/<n>.json       [[url, title, teaser, kind], ...] for documents n*per ... n*per+per-1

Terms are grouped by their first two folded letters; a group larger than SHARD_BYTES is split by the
third letter, and so on, so that a query fetches little more than the posting lists of its own words.
Document ids follow the order in which results usually come (overview pages, countries, municipalities,
agreements, projects; by address within each), so the first results share document shards.

No MkDocs here: the portal plugin makes a page_doc() of every page (record pages with
record_names()), and on_post_build writes the bundle (IndexJob.finish). Deterministic: same pages, same
bytes (sorted keys, no hashing).
"""
from __future__ import annotations

import dataclasses
import html
import json
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..data.text import fold
from ..i18n import label

TEASER_CHARS = 160
# Weights of a term by where it stands on the page (the strongest place counts). The title's depends on
# the kind of page (_TITLE_WEIGHT): a municipality's name beats the agreements whose titles repeat it.
NAME_WEIGHT = 4   # partner towns, countries, networks, project and activity titles; headings of a page
TEXT_WEIGHT = 1   # the summary (description) and the text of hand-written pages
# Text of a hand-written or list page kept for the index (the start of each page: what it is about).
TEXT_CHARS = 4000
SHARD_BYTES = 12 * 1024   # a term group larger than this is split by one more letter
DOCS_PER_SHARD = 32
# Words too common to find anything by; left out of the index and, in search.js, of the query.
STOPWORDS = ("a", "an", "and", "as", "at", "by", "da", "de", "for", "from", "icin", "ile", "in", "ki", "of",
             "on", "or", "the", "to", "ve", "veya", "with")
_STOP = frozenset(STOPWORDS)
_TOKEN = re.compile(r"[a-z0-9]+")

# Order of documents (their ids): the kinds of page that usually come first in results first; on equal
# scores the lower id wins. A country's page before the municipalities with partners there ("germany" in
# the Turkish edition: the country's other name weighs as much as a municipality's partner country).
_GROUP = {"page": 0, "country": 1, "municipality": 2, "agreement": 3, "project": 4}


@dataclass(frozen=True)
class SearchDoc:
    url: str      # site-relative, as MkDocs gives it: "" (home), "municipalities/kadikoy/"
    title: str    # plain text, as shown
    teaser: str   # plain text, one or two lines
    text: str     # indexed at TEXT_WEIGHT: the summary; the body of hand-written and list pages
    kind: str     # shown as a small label in the result ("Belediye", "Anlaşma", ...); may be ""
    title_weight: int = 7
    # A municipality's page: its slug (= the folded name). A query naming it gets this page first, whatever
    # the scores of the pages that merely mention it (search.js, the "d" of a term shard).
    district: str = ""
    # Page 2..N of a numbered list: its words are indexed under page 1 of the list (part_of), never as a
    # result of its own ("Kaynaklar — sayfa 4 / 6" says nothing about what was found).
    part_of: str = ""
    names: str = ""  # indexed at NAME_WEIGHT
    group: int = 0   # _GROUP: orders the document ids


# Regular expressions rather than an HTML parser: the text of 7,500 pages is read on every build at
# 100x the data, and html.parser spent ~1.4 ms a page on it.
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


_HEADING = re.compile(r"<h([2-4])\b[^>]*>(.*?)</h\1\s*>", re.S | re.I)


def _parts(content_html: str) -> tuple[str, str, str]:
    kept = _without_excluded(_DROPPED.sub(" ", content_html))
    first = next((text for text in (_plain(m.group(1)) for m in _FIRST_P.finditer(kept)) if text), "")
    headings = " ".join(_plain(m.group(2)) for m in _HEADING.finditer(kept))
    return _plain(kept), first, headings


def page_text(content_html: str) -> tuple[str, str]:
    """(text, first paragraph) of a page's content HTML, whitespace collapsed.

    Left out: scripts, styles, inline SVG (charts repeat their table's numbers), comments, hidden
    elements and elements marked data-search-exclude. The first paragraph is the teaser of pages
    without a description.
    """
    text, first, _ = _parts(content_html)
    return text, first


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
# whose titles also carry the name ("cekmekoy": the municipality, then its agreements).
_TITLE_WEIGHT = {"municipality": 10, "page": 8}
_NUMBERED = re.compile(r"page/\d+/$")
_RECORD_KINDS = ("municipality", "agreement", "project", "country")


def record_names(index: Any, kind: str | None, key: str) -> str:
    """The names a record page is searched by, from the model (macros.data.index.PortalIndex): partner
    towns as written and as standardised, countries in Turkish and English (people type either),
    networks, and the titles of the projects and activities a municipality's page lists."""
    def country(code: str) -> list[str]:
        return [index.countries.name(code, "tr"), index.countries.name(code, "en")]

    parts: list[str] = []
    if kind == "municipality":
        district = index.districts[key]
        for a in district.agreements:
            parts += [a.partner.as_written, a.partner.name or "", a.partner.name_en or "", *country(a.country)]
        for m in district.memberships:
            network = index.networks.get(m.network)
            if network is not None:
                parts += [network.name, network.name_en, network.short_name or ""]
        for p in district.projects:
            parts += [p.title, p.title_en or ""]
        for act in district.activities:
            parts += [act.title or "", act.title_en or ""]
    elif kind == "agreement":
        a = index.agreements[key]
        partner = a.partner
        parts += [partner.as_written, partner.name or "", partner.name_en or "", partner.region or "",
                  a.kind_as_written or "", *country(a.country)]
    elif kind == "project":
        p = index.projects[key]
        parts += [p.title, p.title_en or "", p.funder or "", *(x.name for x in p.partners)]
        for code in dict.fromkeys([x.country for x in p.partners if x.country] + list(p.countries)):
            parts += country(code)
        programme = index.programmes.get(p.programme) if p.programme else None
        if programme is not None:
            parts += [programme.name, programme.name_en]
    elif kind == "country":
        parts += country(key)
    return " ".join(dict.fromkeys(x for x in parts if x))


def page_doc(url: str, title: str, description: str, content_html: str, kind: str | None, lang: str,
             key: str = "", names: str = "") -> SearchDoc:
    """The search entry of one built page. `kind` is its PageSpec kind (None: a hand-written page),
    `key` its slug, id or code, `names` what record_names() gives for it.

    Record pages are searched by their title, names and summary (the description), not by the words
    of their body (legal steps, sources, citations: the same on thousands of pages). Hand-written and
    list pages keep their headings (at NAME_WEIGHT) and the start of their text.
    """
    text = headings = first_paragraph = ""
    if kind not in _RECORD_KINDS or not description:
        body, first_paragraph, headings = _parts(content_html)
        if kind in (None, "list_page", "leads"):
            text = body[:TEXT_CHARS]
    part_of = _NUMBERED.sub("", url) if kind == "list_page" else ""
    if kind in ("district_request", "district_research"):
        # Found through the municipality's own page: one result each, the municipality's first for its name.
        part_of, kind, headings = url.rsplit("/", 2)[0] + "/", "page", ""
    elif kind == "leads":
        part_of, kind = "leads/", "page"  # every page of every kind of lead, through the leads overview
    kind = kind if kind and kind != "list_page" else "page"
    return SearchDoc(url=url, title=title, teaser=teaser(title, description, first_paragraph),
                     text=" ".join(x for x in (description, text) if x), kind=label(f"result_{kind}", lang),
                     title_weight=_TITLE_WEIGHT.get(kind, 7), district=key if kind == "municipality" else "",
                     part_of=part_of, names=" ".join(x for x in (names, headings) if x), group=_GROUP.get(kind, 5))


def merge_numbered(docs: list[SearchDoc]) -> list[SearchDoc]:
    """The pages a reader gets as results: the words of page 2..N of a list go to its page 1 (in page
    order), so that what they hold is still found, and the numbered pages themselves are left out."""
    extra: dict[str, list[SearchDoc]] = {}
    for doc in docs:
        if doc.part_of:
            extra.setdefault(doc.part_of, []).append(doc)
    out = []
    for doc in docs:
        if doc.part_of:
            continue
        if doc.url in extra:
            parts = extra.pop(doc.url)
            doc = dataclasses.replace(doc, text=" ".join([doc.text, *(p.text for p in parts if p.text)]),
                                      names=" ".join([doc.names, *(p.names for p in parts if p.names)]))
        out.append(doc)
    if extra:
        raise SearchIndexError(f"numbered pages without their first page in the search index: {sorted(extra)}")
    return out


def terms(text: str) -> list[str]:
    """The index terms of a text: folded words of two letters or more, common words left out."""
    return [t for t in _TOKEN.findall(fold(text)) if len(t) > 1 and t not in _STOP]


def _postings(weights: dict[int, int]) -> list[list[int]]:
    """[[weight, first id, delta, ...], ...], strongest first: ids ascending, as gaps (gzip-friendly)."""
    by_weight: dict[int, list[int]] = {}
    for doc_id in sorted(weights):
        by_weight.setdefault(weights[doc_id], []).append(doc_id)
    out = []
    for weight in sorted(by_weight, reverse=True):
        ids = by_weight[weight]
        out.append([weight, ids[0], *(b - a for a, b in zip(ids, ids[1:]))])
    return out


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def shard_of(term: str, shards: Any) -> str | None:
    """The shard holding `term`: the longest prefix of it that names a shard (as search.js looks it up)."""
    for n in range(len(term), 0, -1):
        if term[:n] in shards:
            return term[:n]
    return None


def split_shards(encoded: dict[str, str], depth: int = 2, limit: int = SHARD_BYTES) -> dict[str, list[str]]:
    """Shard prefix -> its terms (sorted). Terms are grouped by their first `depth` letters; a group over
    `limit` bytes is split by one more letter, its term equal to the prefix (if any) staying behind."""
    groups: dict[str, list[str]] = {}
    for term in sorted(encoded):
        groups.setdefault(term[:depth], []).append(term)
    out: dict[str, list[str]] = {}
    for prefix, group in groups.items():
        longer = [t for t in group if len(t) > len(prefix)]
        if longer and sum(len(t) + len(encoded[t]) + 4 for t in group) > limit:
            if prefix in encoded:
                out[prefix] = [prefix]
            out.update(split_shards({t: encoded[t] for t in longer}, len(prefix) + 1, limit))
        else:
            out[prefix] = group
    return out


def doc_weights(doc: SearchDoc) -> dict[str, int]:
    """A page's index terms and the weight of each (the strongest of its text, names and title)."""
    weights: dict[str, int] = {}
    for text, weight in ((doc.text, TEXT_WEIGHT), (doc.names, NAME_WEIGHT), (doc.title, doc.title_weight)):
        for term in terms(text):
            if weights.get(term, 0) < weight:
                weights[term] = weight
    return weights


def bundle(docs: list[SearchDoc], shard_bytes: int = SHARD_BYTES,
           kept: dict[SearchDoc, dict[str, int]] | None = None) -> dict[str, str]:
    """The files of the search bundle, path -> JSON text, for the pages a reader gets as results.
    `kept` (`mkdocs serve` only): each page's terms from the previous bundle, by the page's entry; the
    entries of this bundle's pages are left in it for the next."""
    docs = sorted(docs, key=lambda d: (d.group, d.url))
    postings: dict[str, dict[int, int]] = {}
    kinds: dict[str, int] = {}
    found: dict[SearchDoc, dict[str, int]] = {}
    for doc_id, doc in enumerate(docs):
        kinds.setdefault(doc.kind, len(kinds))
        weights = kept.get(doc) if kept is not None else None
        if weights is None:
            weights = doc_weights(doc)
        if kept is not None:
            found[doc] = weights
        for term, weight in weights.items():
            postings.setdefault(term, {})[doc_id] = weight
    if kept is not None:
        kept.clear()
        kept.update(found)
    encoded = {term: _dumps(_postings(p)) for term, p in postings.items()}
    del postings
    shards = split_shards(encoded, limit=shard_bytes)
    # A municipality by its folded name, in the shard of the name's first word (which the query fetches).
    # A name whose first word is no index term (one letter, "ve") has none: its title still ranks it.
    named: dict[str, dict[str, int]] = {}
    for doc_id, doc in enumerate(docs):
        first = doc.district.split("-")[0]
        prefix = shard_of(first, shards) if first in encoded else None
        if doc.district and prefix is not None:
            named.setdefault(prefix, {})[doc.district] = doc_id
    files: dict[str, str] = {}
    sizes: dict[str, int] = {}
    for prefix, group in shards.items():
        body = '{"d":' + _dumps(named.get(prefix, {})) + ',"t":{' + ",".join(
            f"{_dumps(t)}:{encoded[t]}" for t in group) + "}}"
        files[f"t/{prefix}.json"] = body
        sizes[prefix] = len(body.encode("utf-8"))
    for start in range(0, len(docs), DOCS_PER_SHARD):
        files[f"d/{start // DOCS_PER_SHARD}.json"] = _dumps(
            [[d.url, d.title, d.teaser, kinds[d.kind]] for d in docs[start:start + DOCS_PER_SHARD]])
    files["index.json"] = _dumps({"docs": len(docs), "per": DOCS_PER_SHARD, "kinds": list(kinds),
                                  "stop": list(STOPWORDS), "shards": sizes, "version": 1})
    return files


class SearchIndexError(RuntimeError):
    pass


class IndexJob:
    """The search index of one edition: the pages collected during the build, written at its end."""

    def __init__(self, docs: list[SearchDoc], lang: str, kept: dict[SearchDoc, dict[str, int]] | None = None):
        self.lang = lang
        self._kept = kept  # `mkdocs serve`: the pages' terms of its previous bundle (bundle)
        self._docs: list[SearchDoc] | None = merge_numbered(docs)
        urls = [d.url for d in self._docs]
        if len(set(urls)) != len(urls):
            raise SearchIndexError("two pages with the same URL in the search index")
        self.count = len(self._docs)

    def files(self) -> dict[str, str]:
        """The bundle's files (bundle()), made without writing them: a parallel build makes them in its
        worker while the pages are written (macros/engine/parallel.py), and hands them to finish()."""
        if self._docs is None:
            raise SearchIndexError("the search index was already written or cancelled")
        return bundle(self._docs, kept=self._kept)

    def finish(self, out_dir: Path, files: dict[str, str] | None = None) -> int:
        """Write the bundle at `out_dir` (site/search-index), or `files` made by files(); returns the page
        count."""
        if files is None:
            files = self.files()
        elif self._docs is None:
            raise SearchIndexError("the search index was already written or cancelled")
        self._docs = None
        if out_dir.exists():
            shutil.rmtree(out_dir)
        for rel, text in sorted(files.items()):
            target = out_dir / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        return self.count

    def cancel(self) -> None:
        self._docs = None
