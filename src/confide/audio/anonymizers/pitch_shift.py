"""Pitch and formant shift: phase-vocoder time stretch then resampling (librosa).

Scales the whole spectrum, pitch and formants together, by ``2^(semitones/12)`` and keeps the
duration. A reference point rather than a strong anonymizer: a shift is easy to invert.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from confide.audio.anonymizers import register_anonymizer


@register_anonymizer("pitch_shift")
@dataclass(frozen=True)
class PitchShift:
    """Shift pitch and formants by ``semitones`` (negative lowers)."""

    semitones: float = -3.0
    key: bytes = b""

    def __call__(self, wav: np.ndarray, *, sample_rate: int, speaker: str) -> np.ndarray:
        """Anonymize one utterance (same length)."""
        import librosa

        x = np.asarray(wav, dtype=np.float32)
        y = librosa.effects.pitch_shift(x, sr=sample_rate, n_steps=self.semitones, n_fft=256, hop_length=64)
        y = librosa.util.fix_length(y, size=len(x))
        return np.clip(y, -1.0, 1.0).astype(np.float32)
