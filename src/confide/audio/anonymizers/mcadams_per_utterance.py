"""McAdams with the coefficient drawn per utterance from a keyed hash (VoicePrivacy 2022 variant).

The VoicePrivacy Challenge 2022 baseline B2 draws the McAdams coefficient at random for every
utterance, uniformly in ``[0.5, 0.9]``. Here the draw is the keyed hash of the utterance's samples:
the same utterance under the same key always gets the same alpha (the workflow is reproducible),
another key gives an independent draw, and without the key it cannot be predicted.

What it gives up: **per-speaker consistency**. Two utterances of one speaker get different
coefficients, so downstream use that needs one consistent voice per speaker (speaker diarization,
a speaker-level voice for a listener) loses it; a speaker's anonymized utterances also sound less
alike to an attacker, which is the point.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from confide.audio.anonymizers import keyed_uniform, register_anonymizer, waveform_digest
from confide.audio.anonymizers.mcadams import mcadams_transform


@register_anonymizer("mcadams_per_utterance")
@dataclass(frozen=True)
class McAdamsPerUtterance:
    """McAdams pole warping with a keyed per-utterance alpha on ``[alpha_low, alpha_high]``."""

    alpha_low: float = 0.5
    alpha_high: float = 0.9
    order: int = 20
    key: bytes = field(default=b"", repr=False)  # the pseudonym key never shows in a repr or log

    def alpha_for(self, wav: np.ndarray) -> float:
        """The utterance's coefficient: keyed hash of its samples, uniform on ``[alpha_low, alpha_high]``."""
        return keyed_uniform(waveform_digest(wav), key=self.key, purpose="mcadams_alpha_utterance",
                             low=self.alpha_low, high=self.alpha_high)

    def __call__(self, wav: np.ndarray, *, sample_rate: int, speaker: str) -> np.ndarray:
        """Anonymize one utterance (``speaker`` is not used: the draw is per utterance)."""
        return mcadams_transform(wav, sample_rate=sample_rate, alpha=self.alpha_for(wav), order=self.order)
