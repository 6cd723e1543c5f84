"""McAdams with a per-speaker coefficient drawn from a keyed hash of the speaker id.

Each speaker gets one alpha in ``[alpha_low, alpha_high]``, the same for all their utterances (so
a speaker stays consistent for downstream use) and unpredictable without the pseudonym key (so a
lazy-informed attacker, who runs the same system with their own key, draws different alphas).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from confide.audio.anonymizers import keyed_uniform, register_anonymizer
from confide.audio.anonymizers.mcadams import mcadams_transform


@register_anonymizer("mcadams_per_speaker")
@dataclass(frozen=True)
class McAdamsPerSpeaker:
    """McAdams pole warping with a keyed per-speaker alpha."""

    alpha_low: float = 0.7
    alpha_high: float = 0.9
    order: int = 20
    key: bytes = field(default=b"", repr=False)  # the pseudonym key never shows in a repr or log

    def alpha_for(self, speaker: str) -> float:
        """The speaker's coefficient: keyed, uniform on ``[alpha_low, alpha_high]``."""
        return keyed_uniform(speaker, key=self.key, purpose="mcadams_alpha", low=self.alpha_low,
                             high=self.alpha_high)

    def __call__(self, wav: np.ndarray, *, sample_rate: int, speaker: str) -> np.ndarray:
        """Anonymize one utterance of ``speaker``."""
        return mcadams_transform(wav, sample_rate=sample_rate, alpha=self.alpha_for(speaker), order=self.order)
