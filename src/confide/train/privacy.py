"""Privacy accounting helpers shared by the ledger and the tests."""

from __future__ import annotations

import warnings
from functools import lru_cache

from confide.train.config import choices


@lru_cache(maxsize=4096)
def epsilon_spent(
    *,
    noise_multiplier: float,
    sample_rate: float,
    steps: int,
    delta: float,
    accountant: str = "prv",
) -> float:
    """Return epsilon of ``steps`` Poisson-subsampled Gaussian steps at (sigma, q) for ``delta``.

    Args:
        noise_multiplier: sigma (noise std / clipping bound).
        sample_rate: Poisson sampling rate q.
        steps: Number of noisy steps.
        delta: Target delta.
        accountant: ``prv`` (Opacus 1.6 default, tighter) or ``rdp``.
    """
    from opacus.accountants import create_accountant

    if accountant not in choices("accountant"):
        raise ValueError(f"unknown accountant {accountant!r}; known: {list(choices('accountant'))}")
    if steps == 0:
        return 0.0
    acc = create_accountant(mechanism=accountant)
    acc.history = [(float(noise_multiplier), float(sample_rate), int(steps))]
    with warnings.catch_warnings():
        if accountant == "prv":
            # PRV sizes its numerical domain with an RDP bound; RDP's "optimal order is the
            # largest alpha" is about that sizing bound, not about the PRV epsilon returned.
            warnings.filterwarnings("ignore", message="Optimal order is the")
        return float(acc.get_epsilon(delta=delta))
