"""Who is a member of which training run, and which training records carry planted canaries.

The deployed model itself is the audit run (Steinke, Nasr & Jagielski 2023): `m` training
records are chosen as canaries and each is kept in training by an independent fair coin. The
attack pool is every anonymized record; reference models (LiRA/RMIA) train on seeded random
halves of that pool with the same training code and privacy budget as the target. Separately, a
few other training records carry a planted secret (Carlini et al. 2019, "The Secret Sharer") whose
exposure is measured after training.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from confide.evaluate.canaries import make_canaries


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


def plan_secrets(records: pd.DataFrame, *, n: int, seed: int, n_digits: int,
                 exclude: pd.Series) -> pd.DataFrame:
    """Choose `n` training records (not one-run canaries) to carry a random secret each.

    Returns:
        ``record_id``, ``label`` and ``secret`` (the canary sentence), one row per planted record.
    """
    eligible = records[(records["split"] == "train") & ~records["record_id"].isin(set(exclude))]
    n = min(n, len(eligible))
    if n == 0:
        return pd.DataFrame({"record_id": [], "label": [], "secret": []})
    rng = np.random.default_rng([seed, 0x5EC])
    rows = eligible.iloc[np.sort(rng.choice(len(eligible), size=n, replace=False))]
    # One token per secret ("... is 402918374"), like a record number: space-separated single
    # digits would be invisible to word-level featurizers and could not be memorised at all.
    secrets = [re.sub(r"(?<=\d) (?=\d)", "", c) for c in make_canaries(n=n, seed=seed, n_digits=n_digits)]
    return pd.DataFrame({"record_id": rows["record_id"].to_numpy(), "label": rows["label"].to_numpy(),
                         "secret": secrets})


def plant_secrets(records: pd.DataFrame, secrets: pd.DataFrame) -> pd.DataFrame:
    """The records with each planted secret appended to its record's text (row order kept)."""
    out = records.copy()
    by_id = dict(zip(secrets["record_id"], secrets["secret"], strict=True))
    carries = out["record_id"].isin(by_id)
    out.loc[carries, "text"] = out.loc[carries, "text"] + " " + out.loc[carries, "record_id"].map(by_id)
    return out


def training_rows(records: pd.DataFrame, canaries: pd.DataFrame) -> pd.Series:
    """Mask of the records the target model trains on: the train split minus dropped canaries."""
    dropped = set(canaries.loc[~canaries["included"], "record_id"])
    return (records["split"] == "train") & ~records["record_id"].isin(dropped)


def attack_pool(records: pd.DataFrame) -> pd.DataFrame:
    """Every anonymized record in a fixed order (the rows that attacks score)."""
    return records.sort_values("record_id", kind="stable").reset_index(drop=True)
