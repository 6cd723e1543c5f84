"""Domain exceptions of the anonymization stage."""

from __future__ import annotations

from confide.errors import ConfideError, ConfigError, InputDataError

__all__ = [
    "AnonymizationError",
    "AnonymizeConfigError",
    "InputDataError",
    "PseudonymKeyError",
]


class AnonymizationError(ConfideError):
    """The anonymization stage could not finish; the message says which step and why."""


class AnonymizeConfigError(ConfigError):
    """The ``anonymize`` config is invalid; the message lists every offending key path."""


class PseudonymKeyError(AnonymizationError):
    """No usable pseudonym key was found (the key itself is never part of the message)."""
