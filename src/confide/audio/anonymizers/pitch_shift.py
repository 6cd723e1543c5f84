"""Pitch and formant shift: phase-vocoder time stretch then resampling (librosa).

Scales the whole spectrum, pitch and formants together, by ``2^(semitones/12)`` and keeps the
duration. A reference condition, not an anonymizer: a shift is easy to invert (shift back), so
creating it warns and the report and MLflow label it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar

import numpy as np

from confide.audio.anonymizers import register_anonymizer


@register_anonymizer("pitch_shift")
@dataclass(frozen=True)
class PitchShift:
    """Shift pitch and formants by ``semitones`` (negative lowers): a reference condition.

    ``reference_only``: creating it warns, and the report and MLflow label it; a known shift is
    undone by shifting back, so it is a point of comparison, not protection.
    """

    reference_only: ClassVar[bool] = True

    semitones: float = -3.0
    key: bytes = field(default=b"", repr=False)  # the pseudonym key never shows in a repr or log

    def __call__(self, wav: np.ndarray, *, sample_rate: int, speaker: str) -> np.ndarray:
        """Anonymize one utterance (same length)."""
        import librosa

        x = np.asarray(wav, dtype=np.float32)
        y = librosa.effects.pitch_shift(x, sr=sample_rate, n_steps=self.semitones, n_fft=256, hop_length=64)
        y = librosa.util.fix_length(y, size=len(x))
        return np.clip(y, -1.0, 1.0).astype(np.float32)
