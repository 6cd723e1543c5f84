"""Cascade: keyed per-speaker McAdams warp, then a keyed per-speaker pitch and formant shift.

Two independent secret draws per speaker, both from keyed hashes of the speaker id: the McAdams
coefficient (uniform on ``[alpha_low, alpha_high]``) and a shift of pitch and formants together
(phase vocoder + resampling, as :mod:`~confide.audio.anonymizers.pitch_shift`) whose size is
uniform on ``[semitones_low, semitones_high]`` and whose direction (up or down) is keyed too. A
speaker stays consistent; a lazy-informed attacker under their own key draws both anew. Unlike
the fixed ``pitch_shift`` reference condition the shift is not public, so "shift back" needs the
key (an attacker can still estimate a speaker's pitch; the McAdams stage is what it cannot undo).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from confide.audio.anonymizers import keyed_uniform, register_anonymizer
from confide.audio.anonymizers.mcadams import mcadams_transform


@register_anonymizer("mcadams_pitch")
@dataclass(frozen=True)
class McAdamsPitch:
    """Keyed per-speaker McAdams coefficient followed by a keyed per-speaker pitch/formant shift."""

    alpha_low: float = 0.7
    alpha_high: float = 0.9
    semitones_low: float = 1.0
    semitones_high: float = 3.0
    order: int = 20
    key: bytes = field(default=b"", repr=False)  # the pseudonym key never shows in a repr or log

    def draws_for(self, speaker: str) -> tuple[float, float]:
        """The speaker's ``(alpha, semitones)``: keyed, semitones signed by a keyed coin."""
        alpha = keyed_uniform(speaker, key=self.key, purpose="cascade_alpha", low=self.alpha_low,
                              high=self.alpha_high)
        size = keyed_uniform(speaker, key=self.key, purpose="cascade_semitones", low=self.semitones_low,
                             high=self.semitones_high)
        up = keyed_uniform(speaker, key=self.key, purpose="cascade_direction", low=0.0, high=1.0) < 0.5
        return alpha, size if up else -size

    def __call__(self, wav: np.ndarray, *, sample_rate: int, speaker: str) -> np.ndarray:
        """Anonymize one utterance of ``speaker`` (same length)."""
        import librosa

        alpha, semitones = self.draws_for(speaker)
        x = mcadams_transform(wav, sample_rate=sample_rate, alpha=alpha, order=self.order)
        y = librosa.effects.pitch_shift(x, sr=sample_rate, n_steps=semitones, n_fft=256, hop_length=64)
        y = librosa.util.fix_length(y, size=len(x))
        return np.clip(y, -1.0, 1.0).astype(np.float32)
