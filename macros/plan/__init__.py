"""Which pages exist and where: paged lists and the page list, derived from the model only."""
