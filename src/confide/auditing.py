"""Who is a member of which training run: the one-run canary plan and the attack pool.

The deployed model itself is the audit run (Steinke, Nasr & Jagielski 2023): `m` training
records are chosen as canaries and each is kept in training by an independent fair coin. The
attack pool is every anonymized record; reference models (LiRA/RMIA) train on seeded random
halves of that pool with the same training code and privacy budget as the target.
"""

from __future__ import annotations

import numpy as np
import pandas as pd


def plan_canaries(records: pd.DataFrame, *, m: int, seed: int) -> pd.DataFrame:
    """Pick up to `m` training records as canaries and flip each one's inclusion coin.

    Returns:
        ``record_id`` and ``included`` (bool), sorted by record id.
    """
    train_ids = np.sort(records.loc[records["split"] == "train", "record_id"].to_numpy(dtype=str))
    m = min(m, len(train_ids) // 2)
    rng = np.random.default_rng([seed, 0xC0A])
    chosen = np.sort(rng.choice(train_ids, size=m, replace=False)) if m else train_ids[:0]
    return pd.DataFrame({"record_id": chosen, "included": rng.random(m) < 0.5})


def training_rows(records: pd.DataFrame, canaries: pd.DataFrame) -> pd.Series:
    """Mask of the records the target model trains on: the train split minus dropped canaries."""
    dropped = set(canaries.loc[~canaries["included"], "record_id"])
    return (records["split"] == "train") & ~records["record_id"].isin(dropped)


def attack_pool(records: pd.DataFrame) -> pd.DataFrame:
    """Every anonymized record in a fixed order (the rows that attacks score)."""
    return records.sort_values("record_id", kind="stable").reset_index(drop=True)
