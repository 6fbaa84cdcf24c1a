"""Benchmarks: a synthetic corpus with exact answers, and the runner that measures on it."""
