"""Each template receives a typed context (macros/render/README.md): every name a template uses is a global
(templates.Globals, `link`) or a field of its context; every field and every global is used; the reference in
the README is the one the classes give."""
from __future__ import annotations

import pytest

from macros.render import template_reference as ref
from macros.render.templates import CONTEXTS, PER_PAGE, Globals

GLOBALS = ref.field_names(Globals) | set(PER_PAGE)


def test_every_template_but_a_shared_part_has_a_context_and_every_context_a_template():
    assert set(CONTEXTS) <= set(ref.templates()), set(CONTEXTS) - set(ref.templates())
    parts = ref.partials()
    assert parts and all(parts.values()), "a shared part that no template imports"
    assert set(ref.templates()) == set(CONTEXTS) | set(parts)


@pytest.mark.parametrize("template", sorted(CONTEXTS))
def test_a_template_uses_only_its_context_and_the_globals(template):
    unknown = ref.used_names(template) - GLOBALS - ref.field_names(CONTEXTS[template])
    assert not unknown, f"{template} uses {sorted(unknown)}: add them to {CONTEXTS[template].__name__} or Globals"


@pytest.mark.parametrize("template", sorted(CONTEXTS))
def test_every_field_of_a_context_is_used_by_its_template(template):
    used = ref.used_names(template)
    assert not ref.field_names(CONTEXTS[template]) - used, f"{template} never uses these fields"


@pytest.mark.parametrize("part", sorted(ref.partials()))
def test_a_shared_part_uses_only_the_globals_and_its_arguments(part):
    # Imported without context: `link` or a page's field reaches its macros as an argument, never by name.
    unknown = ref.used_names(part) - ref.field_names(Globals)
    assert not unknown, f"{part} reads {sorted(unknown)}: pass them to its macros as arguments"


@pytest.mark.parametrize("template", ref.templates())
def test_no_template_imports_with_context(template):
    # With context, Jinja builds the imported module again at every drawing (issue 23: a fifth of the
    # renderer's time at ×10); without, once per edition.
    assert not ref.imported_with_context(template), f"{template}: import without context, pass what is needed"


def test_every_global_is_used_by_a_template():
    used = set().union(*(ref.used_names(t) for t in ref.templates()))
    assert not GLOBALS - used, f"unused globals: {sorted(GLOBALS - used)}"


def test_the_readme_lists_what_each_template_receives():
    assert ref.current() == ref.reference(), "run: python -m macros.render.template_reference --write"
