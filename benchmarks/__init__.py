"""Performance benchmark of the portal build: synthetic data at ×1/×10/×100, baselines, results.

`make bench` (= `.venv/bin/python -m benchmarks.run`); see benchmarks/README.md.
"""
