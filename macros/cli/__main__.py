"""`python -m macros.cli` is the `portal` command (where the console script is not installed)."""
import sys

from . import main

sys.exit(main())
