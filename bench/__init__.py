"""Benchmarks (run as scripts) and the public-corpus readers they share with the tests."""
