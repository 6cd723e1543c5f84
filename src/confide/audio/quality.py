"""Voice-quality proxy: log-spectral distance between the original and the anonymized utterance."""

from __future__ import annotations

import numpy as np


def log_spectral_distance(reference: np.ndarray, degraded: np.ndarray, *, n_fft: int = 256,
                          hop: int = 80) -> float:
    """Mean over frames of the RMS difference of the two log power spectra, in dB.

    0 for identical signals; frames where the reference is silent are left out. Both signals
    must have the same length (anonymizers keep it).

    Raises:
        ValueError: the lengths differ.
    """
    import librosa

    if len(reference) != len(degraded):
        raise ValueError(f"lengths differ ({len(reference)} vs {len(degraded)} samples)")

    def power_db(x: np.ndarray) -> np.ndarray:
        spec = np.abs(librosa.stft(np.asarray(x, dtype=np.float32), n_fft=n_fft, hop_length=hop)) ** 2
        return 10 * np.log10(spec + 1e-10)

    ref, deg = power_db(reference), power_db(degraded)
    active = ref.max(axis=0) > ref.max() - 60
    return float(np.mean(np.sqrt(np.mean((ref[:, active] - deg[:, active]) ** 2, axis=0))))
