"""The data layer: YAML files -> the validated, typed model and its look-ups. No rendering, no engine."""

# The registry of record kinds first: it completes model.RECORD_KINDS (see kinds.py).
from . import kinds as _kinds  # noqa: F401
