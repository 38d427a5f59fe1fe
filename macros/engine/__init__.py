"""The engine: the only package that imports MkDocs (the portal plugin), and the build that runs it.

Standard library only at import time: `make clean` runs macros.engine.build with the system Python.
"""
