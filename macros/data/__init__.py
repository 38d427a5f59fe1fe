"""The data layer: YAML files -> the validated, typed model and its look-ups. No rendering, no engine."""
