"""Material's interface words (`lang.t(key)` in its templates), each looked up once per build.

Material's partials/language.html defines t(key) as `lang.t(key) or fallback.t(key) or key`, where each
language's t() builds its table of ~60 words as a dict literal on every call: ~25 calls on every page, the
table built each time (issue 23: build time). overrides/partials/language.html asks `portal_theme_word`,
which calls Material's own macros once per key and keeps the answer: the same words, the same output.
One lookup serves a whole build (made in PortalPlugin.on_files for the scripts' words, then a global of the
theme's environment in on_env), so a changed template is read again in the next `mkdocs serve` build.
"""
from __future__ import annotations

from typing import Any

GLOBAL = "portal_theme_word"


class ThemeWords:
    """`portal_theme_word(key)`: what Material's partials/language.html t(key) gives, in `language`."""

    def __init__(self, env: Any, language: str) -> None:
        self._env = env
        self._language = language
        self._words: dict[str, str] = {}

    def __call__(self, key: str) -> str:
        word = self._words.get(key)
        if word is None:
            lang = self._env.get_template(f"partials/languages/{self._language}.html").module
            fallback = self._env.get_template("partials/languages/en.html").module
            word = self._words[key] = str(lang.t(key) or fallback.t(key) or key)
        return word
