"""Seeds of one variant's audit: its references, its separate audit run, bootstrap and splits.

All derive from ``evaluate.seed`` and the variant's training seed, so that two training seeds get
independent audits and the reference job and the evaluation job draw the same canaries.
"""

from __future__ import annotations

import numpy as np


def audit_seed(evaluate_seed: int, variant_seed: int) -> int:
    """Seed of one variant's audit randomness (references, bootstrap, threshold split).

    Derived from both seeds so that two training seeds give independent audits, not the same
    references and resamples with only the optimiser noise changed.
    """
    return int(np.random.SeedSequence([evaluate_seed, variant_seed, 0xA0D]).generate_state(1)[0])


def reference_seed(seed: int, j: int) -> int:
    """Training seed of reference model ``j`` of a variant whose audit seed is ``seed``."""
    return seed % 2**31 + j + 1


def audit_run_seed(seed: int) -> int:
    """Training seed of the separate one-run audit run of a variant whose audit seed is ``seed``."""
    return seed % 2**31
