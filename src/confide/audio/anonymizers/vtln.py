"""VTLN-style frequency warp of the spectral envelope with a keyed random factor per speaker.

Vocal-tract length normalisation warps the frequency axis with the bilinear (first-order
all-pass) map ``w' = w + 2 arctan(a sin w / (1 - a cos w))``: ``a > 0`` moves every formant up
(a shorter vocal tract), ``a < 0`` down, by a share that shrinks towards the Nyquist frequency.
Here it is applied to the angles of the LPC poles of every frame (radii, hence bandwidths, and the
residual, hence pitch and timing, kept), like :mod:`~confide.audio.anonymizers.mcadams` but
with a different warping curve. Each speaker gets one factor: its size uniform on
``[warp_low, warp_high]`` and its sign drawn from a keyed hash of the speaker id, so a speaker
stays consistent and a lazy-informed attacker, running the same system under their own key,
warps their enrollment by an unrelated factor.

Study only (``study_only``): in ``bench/audio.py`` it destroys the spoken content (accuracy near
chance), so creating it warns and the report and MLflow label it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar

import numpy as np

from confide.audio.anonymizers import keyed_uniform, register_anonymizer
from confide.audio.anonymizers.mcadams import envelope_transform


def bilinear_warp(omega: np.ndarray, factor: float) -> np.ndarray:
    """The all-pass warp of frequencies ``omega`` (radians, ``[0, pi]``) by ``factor`` in ``(-1, 1)``."""
    omega = np.asarray(omega, dtype=float)
    return omega + 2 * np.arctan(factor * np.sin(omega) / (1 - factor * np.cos(omega)))


def warp_pole_angles(poles: np.ndarray, factor: float) -> np.ndarray:
    """Move each complex pole's angle by :func:`bilinear_warp` (sign kept); real poles stay."""
    poles = np.asarray(poles, dtype=complex)
    angle = np.angle(poles)
    complex_pole = np.abs(np.imag(poles)) > 1e-12
    warped = np.sign(angle) * np.clip(bilinear_warp(np.abs(angle), factor), 1e-6, np.pi - 1e-6)
    return np.where(complex_pole, np.abs(poles) * np.exp(1j * warped), poles)


@register_anonymizer("vtln")
@dataclass(frozen=True)
class Vtln:
    """Bilinear frequency warp of the LPC envelope, keyed factor per speaker: study only.

    ``study_only``: creating it warns, and the report and MLflow label it; it destroys the spoken
    content, so it is kept for study, not for use.
    """

    study_only: ClassVar[bool] = True

    warp_low: float = 0.08
    warp_high: float = 0.2
    order: int = 20
    key: bytes = field(default=b"", repr=False)  # the pseudonym key never shows in a repr or log

    def factor_for(self, speaker: str) -> float:
        """The speaker's warp factor: keyed size on ``[warp_low, warp_high]`` and keyed sign."""
        size = keyed_uniform(speaker, key=self.key, purpose="vtln_factor", low=self.warp_low, high=self.warp_high)
        sign = 1.0 if keyed_uniform(speaker, key=self.key, purpose="vtln_sign", low=0.0, high=1.0) < 0.5 else -1.0
        return sign * size

    def __call__(self, wav: np.ndarray, *, sample_rate: int, speaker: str) -> np.ndarray:
        """Anonymize one utterance of ``speaker`` (same length, same RMS)."""
        factor = self.factor_for(speaker)
        return envelope_transform(wav, sample_rate=sample_rate, warp=lambda poles: warp_pole_angles(poles, factor),
                                  order=self.order)
