"""mkdocs-macros entry point: the overview macros of the hand-written pages (content/).

Hand-written pages call them without arguments (``{{ agreements_table() }}``); each returns escaped
HTML built from the validated model. The data, the renderer and the placeholders belong to the build
in progress, which the portal plugin (macros/engine/plugin.py) holds: nothing is loaded here.
"""
from __future__ import annotations


def define_env(env):
    def build():
        # The portal plugin's state of this build (created in its on_config, before any page).
        return env.conf["plugins"]["portal"].build

    def here() -> str:
        return env.page.url

    # The macro names are listed once, by the renderer (renderer.MACROS). Their HTML is final: it goes
    # to the plugin as a placeholder and is put back after Markdown (PortalPlugin.on_page_content).
    from .render.renderer import MACROS

    for name, view in MACROS.items():
        env.macro(_macro(build, here, view), name)


def _macro(build, here, view):
    def macro():
        current = build()
        return current.deferred.hold(view(current.data.renderer, here()))
    macro.__name__ = view.__name__
    return macro
