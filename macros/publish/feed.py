"""Atom feeds of data changes: one for the whole portal, one per municipality.

Built from ``macros.history.changes.history`` events, so a feed is a function of the git history:
entry ids, dates and order never depend on the clock or on when the site was built.
All text goes through ElementTree, which escapes it; characters XML cannot carry are dropped.
"""
from __future__ import annotations

import datetime
import uuid
import xml.etree.ElementTree as ET
from typing import Mapping, Iterable

from ..plan import urls
from ..plan.urls import change_link
from ..i18n import ENUMS, enum_label, label
from .atom import ATOM, EMPTY_UPDATED, ID_NAMESPACE, XML_LANG, base_path, clean, sub_element
from .linked_data import SITE_NAME



def _collection(collection: str, lang: str) -> str:
    return enum_label("collection", collection, lang) if collection in ENUMS["collection"] else collection


def _t(key: str, lang: str, **kw) -> str:
    return label(key if key.startswith("feed_") else f"feed_{key}", lang, **kw)


def entry_title(event, lang: str) -> str:
    what = _t(event.kind, lang)
    name = event.title_en if lang == "en" and getattr(event, "title_en", None) else event.title
    name = name or event.id
    if event.collection == "districts":
        return f"{what}: {event.district_name or name}"
    if event.district:
        return f"{what}: {event.district_name or event.district} – {name}"
    kind = _collection(event.collection, lang)
    return f"{what}: {kind} – {name}"


def entry_id(event, lang: str) -> str:
    """Stable: the same change (commit + record) always has the same id."""
    return f"urn:uuid:{uuid.uuid5(ID_NAMESPACE, f'{lang}:{event.commit}:{event.collection}:{event.id}')}"


def _when(date: str) -> datetime.datetime:
    parsed = datetime.datetime.fromisoformat(date.replace("Z", "+00:00"))
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=datetime.timezone.utc)
    return parsed


def newest_first(events: Iterable) -> list:
    """Commits by date, newest first (later in the history first when dates are equal); the events
    of one commit keep their given order (records before reference entries, by kind and id)."""
    keyed, commit_seq, previous = [], -1, object()
    for index, event in enumerate(events):
        if event.commit != previous:
            commit_seq, previous = commit_seq + 1, event.commit
        keyed.append(((-_when(event.date).timestamp(), -commit_seq, index), event))
    keyed.sort(key=lambda pair: pair[0])
    return [event for _, event in keyed]


def atom_feed(events: list, lang: str, *, feed_id: str, title: str, self_href: str, alternate_href: str,
              base: str | None, current_ids: set[str] | None = None, districts: set[str] | None = None) -> str:
    """One Atom document; ``events`` must already be newest first."""
    # Unqualified tags under a default xmlns (ElementTree's default_namespace option refuses the
    # unqualified attributes Atom uses, such as rel and href).
    feed = ET.Element("feed", {"xmlns": ATOM, XML_LANG: clean(lang)})
    sub_element(feed, "id", feed_id)
    sub_element(feed, "title", title)
    sub_element(feed, "subtitle", _t("subtitle", lang))
    sub_element(feed, "updated", events[0].date if events else EMPTY_UPDATED)
    # No site address known (base None): no links at all rather than relative ones, which feed readers
    # cannot follow; each entry then carries its text as content, as Atom requires without a link.
    if base is not None:
        sub_element(feed, "link", rel="self", type="application/atom+xml", href=self_href)
        sub_element(feed, "link", rel="alternate", type="text/html", href=alternate_href)
    author = sub_element(feed, "author")
    sub_element(author, "name", SITE_NAME[lang])
    sub_element(feed, "generator", f"{SITE_NAME['tr']} (macros/publish/feed.py)")
    for event in events:
        entry = sub_element(feed, "entry")
        sub_element(entry, "id", entry_id(event, lang))
        sub_element(entry, "title", entry_title(event, lang))
        sub_element(entry, "updated", event.date)
        if base is not None:
            sub_element(entry, "link", rel="alternate", type="text/html", href=change_link(event, base, current_ids, districts))
        sub_element(entry, "category", term=event.collection,
             label=_collection(event.collection, lang))
        lines = [f"{_collection(event.collection, lang)}: {event.id}"]
        if event.kind == "changed" and event.fields:
            lines.append(f"{_t('fields', lang)}: {', '.join(event.fields)}")
        lines.append(f"{_t('commit', lang)}: {event.commit[:12]}")
        sub_element(entry, "summary" if base is not None else "content", "\n".join(lines), type="text")
    ET.indent(feed, space="  ")
    body = ET.tostring(feed, encoding="unicode")
    return '<?xml version="1.0" encoding="utf-8"?>\n' + body + "\n"


def feed_files(events: Iterable, lang: str, site_url_path: str = "/", *, limit: int | None = 100,
               current_ids: Iterable[str] | None = None,
               districts: Mapping[str, str] | None = None) -> dict[str, str]:
    """Atom feeds for the site: {"feed.xml": ..., "municipalities/<slug>/feed.xml": ...}.

    events: ``macros.history.changes.ChangeEvent`` objects (any order; typically ``history(repo_root)``).
    lang: "tr" or "en" (entry titles, feed titles; the record text itself is as written).
    site_url_path: the site's path (e.g. "/" or "/yerel-diplomasi/" or "/yerel-diplomasi/en/"), or a
    full URL; every link is built on it. limit: newest entries per feed (None: all).
    current_ids: ids of records that exist now; entries of records since removed then link to
    their municipality page instead of a page that no longer exists.
    districts: slug -> name of every municipality: each gets a feed, empty if nothing changed yet,
    so a page can always link to its feed; entries of a municipality not among them (renamed or
    removed since) link to the list of municipalities.
    """
    # "": the site's address is unknown (no SITE_URL): feeds without links.
    base = base_path(site_url_path) if site_url_path else None
    current = set(current_ids) if current_ids is not None else None
    existing = set(districts) if districts is not None else None
    ordered = newest_first(events)
    cut = (lambda items: items[:limit]) if limit is not None else (lambda items: items)
    site = SITE_NAME[lang]
    files = {
        "feed.xml": atom_feed(
            cut(ordered), lang, feed_id=f"urn:uuid:{uuid.uuid5(ID_NAMESPACE, f'{lang}:feed')}",
            title=_t("feed_title", lang, name=site), self_href=f"{base}feed.xml", alternate_href=base or "", base=base,
            current_ids=current, districts=existing),
    }
    by_district: dict[str, list] = {}
    names: dict[str, str] = {}
    for event in ordered:
        if event.district:
            by_district.setdefault(event.district, []).append(event)
            if event.district_name and event.district not in names:
                names[event.district] = event.district_name   # newest name wins
    for slug, name in (districts or {}).items():
        by_district.setdefault(slug, [])
        names.setdefault(slug, name)
    for slug in sorted(by_district):
        municipality = label("municipality_of", lang, name=names.get(slug, slug))
        page = urls.municipality(slug)
        files[urls.feed(page)] = atom_feed(
            cut(by_district[slug]), lang, feed_id=f"urn:uuid:{uuid.uuid5(ID_NAMESPACE, f'{lang}:feed:{slug}')}",
            title=_t("feed_title", lang, name=municipality),
            self_href=f"{base}{urls.feed(page)}", alternate_href=f"{base}{page}/",
            base=base, current_ids=current, districts=existing)
    return files
