"""Person-grouped, stratified, seeded train/test split, refused when people make it lopsided."""

from __future__ import annotations

import numpy as np
import pandas as pd
from sklearn.model_selection import StratifiedGroupKFold

from confide.errors import DataQualityError

# The achieved test share may differ from split.test_fraction by at most this share of it.
MAX_RELATIVE_DEVIATION = 0.5
SPLIT_FIX = (
    "Check that data.file.columns.group maps the person column (not a site or clinician), cap "
    "the records of the largest people, or change split.test_fraction in params.yaml"
)


def _groups(records: pd.DataFrame) -> pd.Series:
    """Person of each record; records without a person id are their own group."""
    return records["group_id"].where(records["group_id"].notna(), "record:" + records["record_id"])


def assign_split(records: pd.DataFrame, *, test_fraction: float, seed: int) -> pd.DataFrame:
    """Add a ``split`` column; no person (``group_id``) lands in both train and test.

    Records without a person id are their own group. The split is one fold of a shuffled
    StratifiedGroupKFold with ``round(1 / test_fraction)`` folds, so it keeps class proportions
    as well as whole people allow.

    Whole people cannot always give the asked-for fractions: one person holding most rows
    puts them all on one side. Rather than warn in a log that a green run hides (and train on
    a handful of rows), the split is refused; see `check_split`.

    Raises:
        DataQualityError: too few people for the folds, or the split is lopsided (see
            `check_split`). The message gives counts and fractions, never a person id.
    """
    groups = _groups(records)
    n_splits = max(2, round(1 / test_fraction))
    n_persons = int(groups.nunique())
    if n_persons < n_splits:
        raise DataQualityError(
            f"split_records: cannot split {len(records)} records of {n_persons} person(s) into "
            f"{n_splits} person-disjoint folds (split.test_fraction {test_fraction}); "
            "a person-grouped split needs at least that many people. " + SPLIT_FIX
        )
    splitter = StratifiedGroupKFold(n_splits=n_splits, shuffle=True, random_state=seed)
    _, test_index = next(splitter.split(np.zeros(len(records)), records["label"], groups))
    out = records.copy()
    out["split"] = "train"
    out.loc[out.index[test_index], "split"] = "test"
    check_split(out, test_fraction=test_fraction)
    return out


def check_split(records: pd.DataFrame, *, test_fraction: float) -> None:
    """Refuse a split whose test share is far from the target or that loses a class on one side.

    Args:
        records: records with a ``split`` column.
        test_fraction: the asked-for test share.

    Raises:
        DataQualityError: naming the achieved fractions and row counts, the number of people
            and the largest person's share of rows, and the classes missing from a side.
    """
    n = len(records)
    n_test = int((records["split"] == "test").sum())
    achieved = n_test / n if n else 0.0
    problems = []
    if abs(achieved - test_fraction) > MAX_RELATIVE_DEVIATION * test_fraction:
        problems.append(
            f"the test share is {achieved:.2f} ({n_test} test / {n - n_test} train rows) against "
            f"split.test_fraction {test_fraction} (allowed {test_fraction * (1 - MAX_RELATIVE_DEVIATION):.3g}"
            f" to {test_fraction * (1 + MAX_RELATIVE_DEVIATION):.3g})"
        )
    for side in ("train", "test"):
        absent = sorted(set(records["label"].dropna()) - set(records.loc[records["split"] == side, "label"]))
        if absent:
            problems.append(f"class(es) {', '.join(map(repr, absent))} have no {side} rows")
    if problems:
        groups = _groups(records)
        largest = groups.value_counts().iloc[0] / n
        raise DataQualityError(
            "split_records: the person-grouped split is lopsided: " + "; ".join(problems)
            + f". The records belong to {groups.nunique()} person(s); the largest holds "
            f"{largest:.0%} of the rows, and a person's rows all go to one side. " + SPLIT_FIX
        )


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
