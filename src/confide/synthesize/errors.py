"""Exceptions and warnings of the synthesis stage."""

from __future__ import annotations

from confide.errors import ConfideError


class SynthesisError(ConfideError):
    """A synthesizer could not be fitted or sampled; the message names the column and the fix."""


class NothingToSynthesizeError(SynthesisError):
    """The table has no structured column to model (e.g. a text-only data set)."""


class NoFormalPrivacyWarning(UserWarning):
    """Synthetic data produced or scored without a formal (differential) privacy guarantee."""


class MemorisationGateError(SynthesisError):
    """Synthetic records copy or crowd the real training records beyond `synthesize.gate`."""
