"""What the site publishes besides its pages: open data, JSON Schema, feeds, linked data, search index."""
