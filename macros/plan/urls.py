"""Every address of the site, in one place: where a record's page is, where page N of a list is,
the relative link from one page to another, the permanent address of a page and where a change
in the history is shown.

Paths have no leading or trailing slash ("municipalities/kadikoy", "agreements/page/2"); a page's
address is its path plus "/" (MkDocs' directory URLs), and the English edition is the same path
under "en/".
"""
from __future__ import annotations

from typing import Protocol

from ..data import kinds, model


# --- site paths ----------------------------------------------------------------------------------

def municipality(slug: str) -> str:
    return f"municipalities/{slug}"


def district_request(slug: str) -> str:
    """A municipality's ready information request for every missing document, and where to send it."""
    return f"municipalities/{slug}/request"


def district_research(slug: str) -> str:
    """What we searched for a municipality: every source and search, what each showed, the known gaps."""
    return f"municipalities/{slug}/research"


def leads(kind: str) -> str:
    """One kind of lead for journalists (accountability.leads.KINDS): "leads/one-side"."""
    return f"leads/{kind.replace('_', '-')}"


def record_page(kind: kinds.RecordKind, record_id: str) -> str:
    """The page of a record whose kind has pages of its own (kinds.RecordKind.page): "agreements/adalar-nacka"."""
    if kind.page is None:
        raise ValueError(f"{kind.key} have no page of their own")
    return f"{kind.page}/{record_id}"


def agreement(record_id: str) -> str:
    return record_page(kinds.BY_NAME["agreement"], record_id)


def project(record_id: str) -> str:
    return record_page(kinds.BY_NAME["project"], record_id)


def country(code: str) -> str:
    return f"countries/{code.lower()}"


def feed(page: str) -> str:
    """The Atom feed of a page (a municipality's changes): a file beside it."""
    return f"{page}/feed.xml"


# --- open data (under data/ in the site) ---------------------------------------------------------

DOWNLOADS = "data"


def record_json(kind: str, key: str) -> str:
    """The JSON download of one record (kind: the key of one of kinds.PUBLISHED) or of a municipality
    (kind "municipalities", key its slug), relative to the downloads folder."""
    return f"{kind}/{key}.json"


def download(rel: str) -> str:
    """A download's path in the site ("data/agreements.csv")."""
    return f"{DOWNLOADS}/{rel}"


def list_page(section: str, number: int) -> str:
    """Page `number` of a list whose first page is at `section`: page 1 keeps the list's own address."""
    return section if number == 1 else f"{section}/page/{number}"


def edition(path: str, lang: str) -> str:
    """The page's address inside the site: the English edition lives under en/."""
    prefix = "en/" if lang == "en" else ""
    return f"{prefix}{path.strip('/')}/" if path.strip("/") else prefix


def absolute(site_url: str, path: str) -> str:
    """Permanent address of a page: site_url + path when the site's address is configured, else ""
    (a relative address in a citation, JSON-LD or a feed is wrong wherever it is read)."""
    return f"{site_url.rstrip('/')}/{path}" if site_url else ""


def edition_base(site_url: str, lang: str) -> str:
    """Absolute address of an edition's home ("https://host/path/", ".../en/"), or "" without SITE_URL."""
    if not site_url:
        return ""
    return site_url.rstrip("/") + "/" + ("en/" if lang == "en" else "")


# --- links between pages -------------------------------------------------------------------------

class Links:
    """Relative links from one page, so the site works under any path and from file://."""

    def __init__(self, page_url: str):
        depth = len([p for p in page_url.strip("/").split("/") if p]) if page_url.strip("/") else 0
        self.root = "../" * depth

    def page(self, path: str) -> str:
        return f"{self.root}{path.strip('/')}/" if path.strip("/") else (self.root or "./")

    def district(self, slug: str) -> str:
        return self.page(municipality(slug))

    def agreement(self, record_id: str) -> str:
        return self.page(agreement(record_id))

    def project(self, record_id: str) -> str:
        return self.page(project(record_id))

    def country(self, code: str) -> str:
        return self.page(country(code))

    def source(self, source: model.Source) -> str:
        """Where a reader opens a source: its address, or the copy of a document kept in the repository that
        the site publishes under data/ (Source.file)."""
        return source.url or f"{self.root}data/{source.file}"


# --- where a change is shown (Atom feeds) --------------------------------------------------------

class Change(Protocol):
    kind: str
    id: str
    district: str | None
    collection: str


def change_link(event: Change, base: str, current_ids: set[str] | None = None,
                districts: set[str] | None = None) -> str:
    """Where a reader sees a changed record on the site (its own page, or its place on the district
    page); `base` is the edition's address ending in "/"."""
    gone = event.kind == "removed" or (current_ids is not None and event.id not in current_ids)
    # A municipality renamed or removed since has no page: its entries link to the list of municipalities.
    district_gone = districts is not None and event.district not in districts
    if event.district and not district_gone:
        district_page = f"{base}{municipality(event.district)}/"
    else:
        district_page = f"{base}municipalities/" if event.district else base
    collection = event.collection
    if collection == "districts":
        return f"{base}municipalities/" if gone else district_page
    kind = kinds.BY_KEY.get(collection)
    if kind is not None and kind.published:
        # A record's own page, else its place on its municipality's page.
        if gone:
            return district_page
        return f"{base}{record_page(kind, event.id)}/" if kind.page else f"{district_page}#{event.id}"
    if collection in ("sources", "networks"):
        return f"{base}{collection}/" if gone else f"{base}{collection}/#{event.id}"
    if collection == "countries":
        return f"{base}countries/"
    return base
