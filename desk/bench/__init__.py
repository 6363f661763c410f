"""Benchmarks: every speed and memory target of DESIGN.md measured beside its floor.

``python -m desk.bench [--quick] [--json]``; see docs/BENCHMARKS.md.
"""
