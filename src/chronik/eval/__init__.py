"""Readers of evaluation corpora and scorers, shared by ``chronik eval``, tests and benchmarks."""
