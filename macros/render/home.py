"""The home page's way in: a search field and the 39 municipalities (templates/district_picker.html).

Its own module, beside the Renderer's record and overview pages: it needs only the district list.
"""
from __future__ import annotations

from markupsafe import Markup


# A city with more municipalities than this (a copy of the portal, the ×10 benchmark) gets the list page
# instead of every name: the home page must stay under 30 KB (paging.py).
PICKER_MAX = 80


def district_picker(renderer, page_url: str) -> Markup:
    """Every municipality, in the data's (alphabetical) order, linked to its page; and a search field."""
    districts = renderer.index.portal.districts
    return renderer._render("district_picker.html", page_url,
                            districts=districts if len(districts) <= PICKER_MAX else ())
