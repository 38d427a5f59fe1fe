"""What the portal's two Atom feeds share: the namespace, the fixed id namespace, the site's path, and
elements whose text XML can carry (the data changes feed, feed.py; the information requests feed,
requests_feed.py)."""
from __future__ import annotations

import re
import uuid
import xml.etree.ElementTree as ET

ATOM = "http://www.w3.org/2005/Atom"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
ID_NAMESPACE = uuid.UUID("5b0e5a52-4a9c-5d6e-9a43-2f1b7a0c9d11")  # fixed: entry and feed ids must never change
EMPTY_UPDATED = "1970-01-01T00:00:00+00:00"   # a feed with no entries still needs a fixed <updated>
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def clean(text) -> str:
    """The text without the characters XML cannot carry ('' for None)."""
    return _NOT_XML.sub("", "" if text is None else str(text))


def base_path(site_url_path: str) -> str:
    """'/', '/yerel-diplomasi/', 'https://x.org/y/' -> always ending in '/'."""
    path = (site_url_path or "/").strip()
    if "://" not in path and not path.startswith("/"):
        path = "/" + path
    return path if path.endswith("/") else path + "/"


def sub_element(parent: ET.Element, tag: str, text=None, **attrs) -> ET.Element:
    """A child element of `parent`, its text and attributes cleaned of what XML cannot carry."""
    element = ET.SubElement(parent, tag, {k: clean(v) for k, v in attrs.items()})
    if text is not None:
        element.text = clean(text)
    return element
