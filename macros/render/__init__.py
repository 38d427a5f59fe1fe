"""Model -> HTML: the Renderer, its Jinja templates, charts and map, flags, interface text."""
