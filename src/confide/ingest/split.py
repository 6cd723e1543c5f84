"""Person-grouped, stratified, seeded train/test split."""

from __future__ import annotations

import numpy as np
import pandas as pd
from sklearn.model_selection import StratifiedGroupKFold


def assign_split(records: pd.DataFrame, *, test_fraction: float, seed: int) -> pd.DataFrame:
    """Add a ``split`` column; no person (``group_id``) lands in both train and test.

    Records without a person id are their own group. The split is one fold of a shuffled
    StratifiedGroupKFold with ``round(1 / test_fraction)`` folds, so it keeps class proportions
    as well as whole people allow.
    """
    groups = records["group_id"].where(records["group_id"].notna(), "record:" + records["record_id"])
    n_splits = max(2, round(1 / test_fraction))
    splitter = StratifiedGroupKFold(n_splits=n_splits, shuffle=True, random_state=seed)
    _, test_index = next(splitter.split(np.zeros(len(records)), records["label"], groups))
    out = records.copy()
    out["split"] = "train"
    out.loc[out.index[test_index], "split"] = "test"
    return out


def split_summary(records: pd.DataFrame) -> dict[str, object]:
    """Counts per split and class, and the person-overlap check, for the record of the run."""
    counts = records.groupby(["split", "label"]).size()
    persons = records.dropna(subset=["group_id"]).groupby("split")["group_id"].apply(set)
    overlap = len(persons.get("train", set()) & persons.get("test", set()))
    return {
        "rows": {s: int(n) for s, n in records["split"].value_counts().items()},
        "rows_per_class": {f"{s}/{c}": int(n) for (s, c), n in counts.items()},
        "persons_in_both_splits": overlap,
    }
