"""mkdocs-macros entry point: exposes the portal's render functions as macros.

Pages call them with ids only (``{{ municipality("kadikoy") }}``); the functions
return escaped HTML built from the validated model.
"""
from __future__ import annotations

from pathlib import Path


def define_env(env):
    from .site import site_data

    portal = env.conf["extra"].get("portal", {})
    data_dir = Path(env.conf["config_file_path"]).parent / portal.get("data_dir", "data")
    lang = portal.get("lang", "tr")

    site_url = env.conf.get("site_url") or ""

    loaded = {}

    def renderer():
        # define_env runs once per build (and per rebuild under `mkdocs serve`): load once per build.
        if "renderer" not in loaded:
            loaded["renderer"] = site_data(data_dir, lang, site_url).renderer
        return loaded["renderer"]

    def here() -> str:
        return env.page.url

    @env.macro
    def municipality(slug: str):
        return renderer().municipality(slug, here())

    @env.macro
    def agreement(record_id: str):
        return renderer().agreement(record_id, here())

    @env.macro
    def project(record_id: str):
        return renderer().project(record_id, here())

    @env.macro
    def country(code: str):
        return renderer().country(code, here())

    for name in ("headline", "municipalities_table", "agreements_table", "projects_table", "activities_list",
                 "countries_table", "networks_table", "sources_list", "field_reference", "partner_map", "countries_chart",
                 "kinds_chart", "districts_chart", "years_chart", "timeline_list"):
        env.macro(_overview(renderer, here, name), name)


def _overview(renderer, here, name):
    def macro():
        return getattr(renderer(), name)(here())
    macro.__name__ = name
    return macro
