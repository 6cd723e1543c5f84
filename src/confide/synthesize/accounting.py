"""Zero-concentrated DP (zCDP) accounting for the marginal-based synthesizer.

Facts used (Bun & Steinke 2016; Cesar & Rogers 2021):
- the Gaussian mechanism with L2 sensitivity ``s`` and noise ``sigma`` is
  ``s**2 / (2 sigma**2)``-zCDP;
- the exponential mechanism with parameter ``eps`` is ``eps**2 / 8``-zCDP;
- zCDP composes by adding ``rho``; ``rho``-zCDP implies
  ``(rho + 2 sqrt(rho log(1/delta)), delta)``-DP.
"""

from __future__ import annotations

import math

from confide.errors import PrivacyBudgetError


def epsilon_from_rho(rho: float, delta: float) -> float:
    """Return the epsilon of ``(epsilon, delta)``-DP implied by ``rho``-zCDP."""
    _check_delta(delta)
    if rho < 0:
        raise PrivacyBudgetError(f"rho must be >= 0, got {rho}")
    return rho + 2.0 * math.sqrt(rho * math.log(1.0 / delta))


def rho_from_epsilon(epsilon: float, delta: float) -> float:
    """Return the largest ``rho`` whose zCDP implies ``(epsilon, delta)``-DP (exact inverse)."""
    _check_delta(delta)
    if not (epsilon > 0 and math.isfinite(epsilon)):
        raise PrivacyBudgetError(f"epsilon must be a finite number > 0, got {epsilon}")
    log_term = math.log(1.0 / delta)
    # epsilon = (sqrt(rho) + sqrt(L))**2 - L  =>  sqrt(rho) = sqrt(epsilon + L) - sqrt(L)
    root = math.sqrt(epsilon + log_term) - math.sqrt(log_term)
    return root * root


def gaussian_sigma(rho: float, *, n_measurements: int, sensitivity: float = 1.0) -> float:
    """Noise scale so that ``n_measurements`` Gaussian releases together cost ``rho``."""
    if rho <= 0 or n_measurements < 1:
        raise PrivacyBudgetError("need rho > 0 and at least one measurement")
    return sensitivity * math.sqrt(n_measurements / (2.0 * rho))


def exponential_epsilon(rho: float, *, n_selections: int) -> float:
    """Exponential-mechanism parameter so that ``n_selections`` draws together cost ``rho``."""
    if rho <= 0 or n_selections < 1:
        raise PrivacyBudgetError("need rho > 0 and at least one selection")
    return math.sqrt(8.0 * rho / n_selections)


def _check_delta(delta: float) -> None:
    if not 0.0 < delta < 1.0:
        raise PrivacyBudgetError(f"delta must be in (0, 1), got {delta}")
