"""Confide: reproducible, privacy-measured workflows for mental-health NLP models."""

__version__ = "0.1.0"
