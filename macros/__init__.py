"""mkdocs-macros entry point: exposes the portal's render functions as macros.

Hand-written pages call them without arguments (``{{ agreements_table() }}``); the functions
return escaped HTML built from the validated model.
"""
from __future__ import annotations

from pathlib import Path


def define_env(env):
    from .engine.site import deferred, site_data

    portal = env.conf["extra"].get("portal", {})
    data_dir = Path(env.conf["config_file_path"]).parent / portal.get("data_dir", "data")
    lang = portal.get("lang", "tr")

    site_url = env.conf.get("site_url") or ""

    loaded = {}

    def renderer():
        # define_env runs once per build (and per rebuild under `mkdocs serve`): load once per build.
        if "renderer" not in loaded:
            loaded["renderer"] = site_data(data_dir, lang, site_url, env.conf.get("repo_url") or "").renderer
        return loaded["renderer"]

    def here() -> str:
        return env.page.url

    # The overview macros of the hand-written pages (content/). Generated pages do not go through
    # mkdocs-macros at all: macros/engine/hook.py renders them (PageSpec.render).
    # The HTML goes to the hook (macros/engine/hook.py: on_page_content), not through Markdown.
    for name in ("headline", "municipalities_table", "agreements_table", "projects_table", "activities_list",
                 "countries_table", "networks_table", "sources_list", "field_reference", "partner_map",
                 "countries_chart", "kinds_chart", "districts_chart", "years_chart", "timeline_list",
                 "requests_overview", "deadline_helper", "scorecard_table", "objection_letter", "legal_rules_list"):
        env.macro(_macro(renderer, here, deferred, name), name)

    from .render.home import district_picker
    env.macro(lambda: deferred.hold(district_picker(renderer(), here())), "district_picker")


def _macro(renderer, here, deferred, name):
    def macro():
        return deferred.hold(getattr(renderer(), name)(here()))
    macro.__name__ = name
    return macro
