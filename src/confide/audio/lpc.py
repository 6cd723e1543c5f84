"""Linear prediction: autocorrelation-method LPC and the formants its poles give."""

from __future__ import annotations

import numpy as np


def lpc(frame: np.ndarray, order: int) -> np.ndarray:
    """LPC polynomial ``[1, a1, ..., a_order]`` of a (windowed) frame, autocorrelation method.

    The autocorrelation method always gives a stable (minimum-phase) all-pole filter. A silent
    frame gives ``[1, 0, ..., 0]``.
    """
    from scipy.linalg import solve_toeplitz

    x = np.asarray(frame, dtype=np.float64)
    full = np.correlate(x, x, mode="full")[len(x) - 1:len(x) + order]
    if full[0] <= 0:
        return np.concatenate([[1.0], np.zeros(order)])
    r = full.copy()
    r[0] *= 1.0 + 1e-9  # white-noise correction: keeps the Toeplitz system well conditioned
    coefficients = solve_toeplitz(r[:order], -r[1:order + 1])
    return np.concatenate([[1.0], coefficients])


def formants(signal: np.ndarray, *, sample_rate: int, order: int) -> np.ndarray:
    """Frequencies (Hz, ascending) of the complex LPC poles of the whole signal, upper half-plane."""
    window = np.hamming(len(signal))
    poles = np.roots(lpc(np.asarray(signal) * window, order))
    upper = poles[np.imag(poles) > 1e-9]
    return np.sort(np.angle(upper) * sample_rate / (2 * np.pi))
