"""overrides/partials/language.html: Material's interface words, each looked up once per build
(macros/engine/theme_words.py), must be the words Material's own partials/language.html gives."""
from __future__ import annotations

import re
from pathlib import Path

import jinja2
import material
import pytest

from macros.engine.theme_words import ThemeWords

MATERIAL = Path(material.__file__).parent / "templates"


@pytest.mark.parametrize("language", ["tr", "en"])
def test_every_word_is_the_one_materials_own_template_gives(language):
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(MATERIAL)))
    words = ThemeWords(env, language)
    materials = env.from_string('{% import "partials/language.html" as lang with context %}{{ lang.t(key) }}')
    keys = re.findall(r'^\s*"([\w.]+)":', (MATERIAL / "partials" / "languages" / f"{language}.html").read_text("utf-8"), re.M)
    assert len(keys) > 50
    for key in [*keys, "not.a.material.key"]:  # a key the language lacks: English, then the key itself
        expected = materials.render(config={"theme": {"language": language}}, key=key)
        assert words(key) == expected
        assert words(key) == expected  # the second time from the table

