"""Synthetic speech-like signals for the audio tests: a pulse train through known formants."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from scipy.io import wavfile
from scipy.signal import lfilter

RATE = 8000


def vowel(*, formants_hz: tuple[float, ...] = (500.0, 2000.0), pitch_hz: float = 100.0, seconds: float = 1.0,
          radius: float = 0.97, rate: int = RATE) -> np.ndarray:
    """An impulse train at ``pitch_hz`` through an all-pole filter with poles at ``formants_hz``."""
    excitation = np.zeros(int(seconds * rate))
    excitation[:: int(rate / pitch_hz)] = 1.0
    poles = []
    for f in formants_hz:
        angle = 2 * np.pi * f / rate
        poles += [radius * np.exp(1j * angle), radius * np.exp(-1j * angle)]
    signal = lfilter([1.0], np.real(np.poly(poles)), excitation)
    return (0.5 * signal / np.abs(signal).max()).astype(np.float32)


def write_wav(path: Path, wav: np.ndarray, rate: int = RATE) -> Path:
    """Write 16-bit PCM."""
    path.parent.mkdir(parents=True, exist_ok=True)
    wavfile.write(path, rate, (np.clip(wav, -1, 1) * 32767).astype(np.int16))
    return path
