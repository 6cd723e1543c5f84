"""The data-quality gate: great-expectations checks derived from `params.yaml`."""
