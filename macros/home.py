"""The home page's way in: a search field and the 39 municipalities (templates/district_picker.html).

Its own module, beside the Renderer's record and overview pages: it needs only the district list.
"""
from __future__ import annotations

from markupsafe import Markup


def district_picker(renderer, page_url: str) -> Markup:
    """Every municipality, in the data's (alphabetical) order, linked to its page; and a search field."""
    return renderer._render("district_picker.html", page_url, districts=renderer.index.portal.districts)
