"""The home page's way in: a search field and the municipalities (templates/district_picker.html)."""
from __future__ import annotations

from dataclasses import dataclass

from ..data import model
from ..data.model import doc
from .context import RenderContext
from .templates import TemplateContext

# A city with more municipalities than this (a copy of the portal, the ×10 benchmark) gets the list page
# instead of every name: the home page must stay under 30 KB (paging.py).
PICKER_MAX = 80


@dataclass(frozen=True)
class DistrictPicker(TemplateContext):
    TEMPLATE = "district_picker.html"
    districts: tuple[model.District, ...] = doc(
        "every municipality in the data's (alphabetical) order; empty when there are too many to list")


def district_picker(ctx: RenderContext, page_url: str) -> DistrictPicker:
    districts = ctx.index.portal.districts
    return DistrictPicker(districts=districts if len(districts) <= PICKER_MAX else ())
