"""Fixed-size features of speech for the content classifier: normalized log-mel patches."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np


def log_mel(wav: np.ndarray, *, sample_rate: int, n_mels: int, n_frames: int) -> np.ndarray:
    """Log-mel spectrogram resampled in time to ``n_frames`` and normalized per utterance.

    Per-utterance mean/variance normalization uses no statistic of other records, so the
    features leak nothing about the training set beyond the record itself (DP-SGD's accounting
    stays honest).

    Returns:
        float32 array of shape ``(n_mels * n_frames,)``.
    """
    import librosa

    mel = librosa.feature.melspectrogram(y=np.asarray(wav, dtype=np.float32), sr=sample_rate, n_fft=256,
                                         hop_length=80, n_mels=n_mels, fmax=sample_rate / 2)
    logmel = np.log(mel + 1e-6)
    positions = np.linspace(0, logmel.shape[1] - 1, n_frames)
    patch = np.stack([np.interp(positions, np.arange(logmel.shape[1]), row) for row in logmel])
    patch = (patch - patch.mean()) / (patch.std() + 1e-6)
    return patch.astype(np.float32).ravel()


def feature_matrix(waveforms: Sequence[np.ndarray], *, sample_rate: int, n_mels: int,
                   n_frames: int) -> np.ndarray:
    """Stack :func:`log_mel` of every waveform: ``(n, n_mels * n_frames)``."""
    return np.stack([log_mel(w, sample_rate=sample_rate, n_mels=n_mels, n_frames=n_frames) for w in waveforms])
