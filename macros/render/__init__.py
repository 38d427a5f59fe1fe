"""Model -> HTML: the page builders behind the Renderer, its Jinja templates, charts and map, flags (README.md)."""
