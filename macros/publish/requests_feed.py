"""Atom feed of information-request status changes (requests/feed.xml in each edition).

Derived from the `requests:` records: a request was filed, its deadline passed without an answer, an
answer came (answered, partly, refused, no answer). Every date comes from the data or from the Law 4982
deadline arithmetic, never from the clock, so the same data gives the same feed.
"""
from __future__ import annotations

import datetime
import uuid
import xml.etree.ElementTree as ET
from dataclasses import dataclass

from .. import accountability
from ..data import model
from ..i18n import enum_label, label
from .atom import ATOM, EMPTY_UPDATED, ID_NAMESPACE, XML_LANG, base_path, sub_element
from .linked_data import SITE_NAME


@dataclass(frozen=True)
class StatusChange:
    date: str                 # YYYY-MM-DD
    status: str               # filed | overdue | answered | partly | refused | no_answer
    request: model.InformationRequest
    district: model.District


def status_changes(portal: model.Portal, today: datetime.date) -> list[StatusChange]:
    """Every status change of every request up to `today`, newest first (ties: by request id)."""
    out: list[StatusChange] = []
    for district in portal.districts:
        for request in district.requests:
            out.append(StatusChange(request.filed, "filed", request, district))
            due = accountability.requests.due(request)
            replied = datetime.date.fromisoformat(request.replied) if request.replied and len(request.replied) == 10 \
                else None
            late = due + datetime.timedelta(days=1)
            if late <= today and (replied is None or replied > due):
                out.append(StatusChange(late.isoformat(), "overdue", request, district))
            if request.outcome and request.replied:
                out.append(StatusChange(request.replied, request.outcome, request, district))
    return sorted(out, key=lambda c: (c.date, c.request.id, c.status), reverse=True)


def requests_feed(portal: model.Portal, lang: str, site_url_path: str, today: datetime.date) -> str:
    base = base_path(site_url_path) if site_url_path else None
    changes = status_changes(portal, today)
    feed = ET.Element("feed", {"xmlns": ATOM, XML_LANG: lang})
    sub_element(feed, "id", f"urn:uuid:{uuid.uuid5(ID_NAMESPACE, f'{lang}:requests-feed')}")
    sub_element(feed, "title", label("requests_feed_title", lang, name=SITE_NAME[lang]))
    sub_element(feed, "updated", f"{changes[0].date}T00:00:00+00:00" if changes else EMPTY_UPDATED)
    if base is not None:
        sub_element(feed, "link", rel="self", type="application/atom+xml", href=f"{base}requests/feed.xml")
        sub_element(feed, "link", rel="alternate", type="text/html", href=f"{base}requests/")
    sub_element(sub_element(feed, "author"), "name", SITE_NAME[lang])
    sub_element(feed, "generator", f"{SITE_NAME['tr']} (macros/publish/requests_feed.py)")
    for change in changes:
        entry = sub_element(feed, "entry")
        sub_element(entry, "id", f"urn:uuid:{uuid.uuid5(ID_NAMESPACE, f'{lang}:{change.request.id}:{change.status}')}")
        status = label("request_filed", lang) if change.status == "filed" \
            else enum_label("request_status", change.status, lang)
        sub_element(entry, "title", f"{status}: {change.district.name} – {change.request.id}")
        sub_element(entry, "updated", f"{change.date}T00:00:00+00:00")
        if base is not None:
            sub_element(entry, "link", rel="alternate", type="text/html", href=f"{base}requests/#{change.request.id}")
        asked = "; ".join(f"{label(s.step, lang)}: {s.agreement or s.activity}" for s in change.request.about)
        sub_element(entry, "summary" if base is not None else "content", asked, type="text")
    ET.indent(feed, space="  ")
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="unicode") + "\n"
