"""McAdams-coefficient anonymizer: warp the angles of the LPC poles, frame by frame.

The VoicePrivacy Challenge's signal-processing baseline (Patino et al. 2021): each 20 ms frame is
split into an LPC envelope and its residual; every complex pole ``r e^{i phi}`` of the envelope is
moved to ``r e^{i phi^alpha}`` (phi in radians), which shifts formants below 1 rad
(``sample_rate / 2 pi`` Hz) up and those above it down, keeps their bandwidths, and keeps the
residual (pitch, timing). Frames are overlap-added with a square-root Hann window at 50 % hop,
so the output has the input's length; its RMS is matched to the input's.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from confide.audio.anonymizers import register_anonymizer
from confide.audio.lpc import lpc


def warp_poles(poles: np.ndarray, alpha: float) -> np.ndarray:
    """Move each complex pole's angle ``phi`` to ``sign(phi) |phi|^alpha``; real poles stay."""
    poles = np.asarray(poles, dtype=complex)
    angle = np.angle(poles)
    complex_pole = np.abs(np.imag(poles)) > 1e-12
    warped = np.sign(angle) * np.clip(np.abs(angle) ** alpha, 1e-6, np.pi - 1e-6)
    return np.where(complex_pole, np.abs(poles) * np.exp(1j * warped), poles)


def envelope_transform(wav: np.ndarray, *, sample_rate: int, warp: Callable[[np.ndarray], np.ndarray],
                       order: int = 20, window_ms: float = 20.0) -> np.ndarray:
    """Move the LPC poles of every frame of ``wav`` with ``warp``; residual kept (same length, RMS).

    20 ms frames, square-root Hann analysis and synthesis windows at 50 % hop; a silent frame is
    passed through. ``warp`` maps an array of poles to an array of poles (conjugates paired).
    """
    from scipy.signal import get_window, lfilter

    x = np.asarray(wav, dtype=np.float64)
    length = int(round(window_ms * sample_rate / 1000))
    length += length % 2
    hop = length // 2
    window = np.sqrt(get_window("hann", length, fftbins=True))
    padded = np.pad(x, (length, 2 * length))
    out = np.zeros_like(padded)
    for start in range(0, len(padded) - length + 1, hop):
        frame = padded[start:start + length] * window
        a = lpc(frame, order)
        if not np.any(a[1:]):
            out[start:start + length] += frame * window
            continue
        residual = lfilter(a, [1.0], frame)
        warped = np.real(np.poly(warp(np.roots(a))))
        out[start:start + length] += lfilter([1.0], warped, residual) * window
    y = out[length:length + len(x)]
    rms_in, rms_out = np.sqrt(np.mean(x**2)), np.sqrt(np.mean(y**2))
    if rms_out > 0:
        y = y * (rms_in / rms_out)
    return np.clip(y, -1.0, 1.0).astype(np.float32)


def mcadams_transform(wav: np.ndarray, *, sample_rate: int, alpha: float, order: int = 20,
                      window_ms: float = 20.0) -> np.ndarray:
    """McAdams pole warping of ``wav`` (same length, same RMS). ``alpha = 1`` is near identity."""
    return envelope_transform(wav, sample_rate=sample_rate, warp=lambda poles: warp_poles(poles, alpha),
                              order=order, window_ms=window_ms)


@register_anonymizer("mcadams")
@dataclass(frozen=True)
class McAdams:
    """One McAdams coefficient for every speaker (0.8 in the VoicePrivacy baseline)."""

    alpha: float = 0.8
    order: int = 20
    key: bytes = field(default=b"", repr=False)  # the pseudonym key never shows in a repr or log

    def __call__(self, wav: np.ndarray, *, sample_rate: int, speaker: str) -> np.ndarray:
        """Anonymize one utterance."""
        return mcadams_transform(wav, sample_rate=sample_rate, alpha=self.alpha, order=self.order)
