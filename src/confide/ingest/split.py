"""Person-grouped, stratified, seeded train/test split, refused when people make it lopsided.

With ``split.vary_with_seed`` (default) every training seed ``s`` of ``train.seeds`` gets its own
split, seeded from ``(split.seed, s)``, in column ``split_seed_<s>`` (values ``train``/``test``)
instead of the single ``split`` column: seed-to-seed spread then includes split noise, as a
replicate's should (issue 12, item 7). Seed ``s`` tests on fold ``s mod K`` of a K-fold
person-grouped partition seeded from ``(split.seed, s div K)`` (K = round(1 / test_fraction)), so
seeds 0..K-1 test on disjoint persons: StratifiedGroupKFold's shuffle only reorders people of equal
class spread, so a new random state alone would put most of the same people in fold 0 again
(on the tiny test data 70 of 100 test rows were shared by two seeds). Every consumer that reads
``split`` for a training seed calls `split_for_seed` first. The ``split_seed_*`` columns are made
here, by the workflow: they are never features and take no column policy at the PII boundary; a
table that already carries a column of that name (or ``split``) is refused before any split is made.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import numpy as np
import pandas as pd

from confide.errors import ConfigError, DataQualityError

# The achieved test share may differ from split.test_fraction by at most this share of it.
MAX_RELATIVE_DEVIATION = 0.5
SPLIT_FIX = (
    "Check that data.file.columns.group maps the person column (not a site or clinician), cap "
    "the records of the largest people, or change split.test_fraction in params.yaml"
)
#: Column of training seed ``s``'s split is ``SEED_COLUMN_PREFIX + str(s)``.
SEED_COLUMN_PREFIX = "split_seed_"
_SEED_COLUMN = re.compile(re.escape(SEED_COLUMN_PREFIX) + r"[0-9]+")


def seed_column(seed: int) -> str:
    """Name of the column holding training seed ``seed``'s split (``split_seed_<seed>``)."""
    return f"{SEED_COLUMN_PREFIX}{int(seed)}"


def is_seed_column(name: object) -> bool:
    """Whether a column name is a per-seed split column (``split_seed_<digits>``)."""
    return isinstance(name, str) and _SEED_COLUMN.fullmatch(name) is not None


def split_seeds(records: pd.DataFrame) -> list[int]:
    """Training seeds that have their own split column in ``records`` (sorted; [] when shared)."""
    return sorted(int(str(c)[len(SEED_COLUMN_PREFIX):]) for c in records.columns if is_seed_column(c))


def n_folds(test_fraction: float) -> int:
    """Number of person-grouped folds for a test share: ``round(1 / test_fraction)``, at least 2."""
    return max(2, round(1 / test_fraction))


def seed_fold(split_seed: int, train_seed: int, *, test_fraction: float) -> tuple[int, int]:
    """(random state, test fold) of training seed ``train_seed``'s split.

    Seed ``s`` takes fold ``s mod K`` of the partition seeded from ``(split.seed, s div K)``: each
    run of K consecutive seeds is one K-fold cross-validation (disjoint test persons).
    """
    k = n_folds(test_fraction)
    state = np.random.SeedSequence([int(split_seed), int(train_seed) // k, 0x5B1]).generate_state(1)[0]
    return int(state), int(train_seed) % k


def _groups(records: pd.DataFrame) -> pd.Series:
    """Person of each record; records without a person id are their own group."""
    return records["group_id"].where(records["group_id"].notna(), "record:" + records["record_id"])


def assign_split(records: pd.DataFrame, *, test_fraction: float, seed: int, fold: int = 0,
                 name: str = "") -> pd.DataFrame:
    """Add a ``split`` column; no person (``group_id``) lands in both train and test.

    Records without a person id are their own group. The test side is fold ``fold`` of a
    shuffled StratifiedGroupKFold with ``round(1 / test_fraction)`` folds, so it keeps class
    proportions as well as whole people allow.

    Whole people cannot always give the asked-for fractions: one person holding most rows
    puts them all on one side. Rather than warn in a log that a green run hides (and train on
    a handful of rows), the split is refused; see `check_split`.

    Args:
        records: the validated records.
        test_fraction: the asked-for test share (``split.test_fraction``).
        seed: the split's random state.
        fold: which fold is the test side (0 to K - 1).
        name: which split this is, for messages (e.g. ``" of training seed 1"``).

    Raises:
        DataQualityError: too few people for the folds, or the split is lopsided (see
            `check_split`). The message gives counts and fractions, never a person id.
    """
    from sklearn.model_selection import StratifiedGroupKFold

    groups = _groups(records)
    n_splits = n_folds(test_fraction)
    n_persons = int(groups.nunique())
    if n_persons < n_splits:
        raise DataQualityError(
            f"split_records: cannot split {len(records)} records of {n_persons} person(s) into "
            f"{n_splits} person-disjoint folds (split.test_fraction {test_fraction}); "
            "a person-grouped split needs at least that many people. " + SPLIT_FIX
        )
    splitter = StratifiedGroupKFold(n_splits=n_splits, shuffle=True, random_state=seed)
    folds = splitter.split(np.zeros(len(records)), records["label"], groups)
    _, test_index = next(f for i, f in enumerate(folds) if i == fold % n_splits)
    out = records.copy()
    out["split"] = "train"
    out.loc[out.index[test_index], "split"] = "test"
    check_split(out, test_fraction=test_fraction, name=name)
    return out


def assign_seed_splits(records: pd.DataFrame, *, test_fraction: float, seed: int,
                       train_seeds: Iterable[int], vary_with_seed: bool) -> pd.DataFrame:
    """The split of rule split_records: one per training seed, or one shared by all.

    With ``vary_with_seed`` each training seed ``s`` gets column ``split_seed_<s>``, a
    person-grouped split seeded from ``(seed, s)`` (:func:`seed_fold`) and checked on its own;
    without it, the single ``split`` column of :func:`assign_split` seeded by ``seed`` (fold 0).

    Raises:
        DataQualityError: the table already has a ``split`` or ``split_seed_*`` column (names the
            rule makes), or a seed's split is lopsided (the message names the seed).
        ConfigError: ``vary_with_seed`` without any training seed.
    """
    reserved = [str(c) for c in records.columns if c == "split" or is_seed_column(c)]
    if reserved:
        raise DataQualityError(
            f"split_records: the ingested records already have column(s) {reserved}; these names are "
            "made by the split stage and would cross the PII boundary without a column policy. "
            "Rename or leave out that column in data.file.tabular_columns of params.yaml")
    if not vary_with_seed:
        return assign_split(records, test_fraction=test_fraction, seed=seed)
    seeds = sorted({int(s) for s in train_seeds})
    if not seeds:
        raise ConfigError("split_records: split.vary_with_seed is true but train.seeds is empty; "
                          "list the training seeds or set split.vary_with_seed: false")
    out = records.copy()
    for s in seeds:
        state, fold = seed_fold(seed, s, test_fraction=test_fraction)
        one = assign_split(records, test_fraction=test_fraction, seed=state, fold=fold,
                           name=f" of training seed {s} (split.vary_with_seed)")
        out[seed_column(s)] = one["split"].to_numpy()
    return out


def split_for_seed(records: pd.DataFrame, seed: int) -> pd.DataFrame:
    """The records as training seed ``seed`` sees them: ``split`` set to that seed's split.

    The ``split_seed_*`` columns are removed. Records that carry only ``split`` (one split shared
    by all seeds) are returned unchanged.

    Example:
        >>> frame = pd.DataFrame({"record_id": ["a", "b"], "split_seed_0": ["train", "test"],
        ...                       "split_seed_1": ["test", "train"]})
        >>> split_for_seed(frame, 1)[["record_id", "split"]].to_dict("list")
        {'record_id': ['a', 'b'], 'split': ['test', 'train']}

    Raises:
        ConfigError: the records have per-seed splits but none for ``seed``.
    """
    seeds = split_seeds(records)
    if not seeds:
        return records
    if int(seed) not in seeds:
        raise ConfigError(
            f"the split table has per-seed splits for training seeds {seeds} but not for seed {seed}; "
            "re-run rule split_records (did train.seeds change?)")
    out = records.drop(columns=[seed_column(s) for s in seeds])
    out["split"] = records[seed_column(seed)].to_numpy()
    return out


def common_train_split(records: pd.DataFrame) -> pd.DataFrame:
    """The records with ``split`` "train" only where every training seed's split says train.

    What all seeds share: a canary plan or planted secret drawn from these rows is training
    data of every seed's run. Records with a single ``split`` are returned unchanged.
    """
    seeds = split_seeds(records)
    if not seeds:
        return records
    always = np.logical_and.reduce([records[seed_column(s)].eq("train").to_numpy() for s in seeds])
    out = records.drop(columns=[seed_column(s) for s in seeds])
    out["split"] = np.where(always, "train", "test")
    return out


def check_split(records: pd.DataFrame, *, test_fraction: float, name: str = "") -> None:
    """Refuse a split whose test share is far from the target or that loses a class on one side.

    Args:
        records: records with a ``split`` column.
        test_fraction: the asked-for test share.
        name: which split this is, for the message (e.g. ``" of training seed 1"``).

    Raises:
        DataQualityError: naming the split, the achieved fractions and row counts, the number of
            people and the largest person's share of rows, and the classes missing from a side.
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
            f"split_records: the person-grouped split{name} is lopsided: " + "; ".join(problems)
            + f". The records belong to {groups.nunique()} person(s); the largest holds "
            f"{largest:.0%} of the rows, and a person's rows all go to one side. " + SPLIT_FIX
        )


def _one_summary(records: pd.DataFrame) -> dict[str, object]:
    counts = records.groupby(["split", "label"]).size()
    persons = records.dropna(subset=["group_id"]).groupby("split")["group_id"].apply(set)
    overlap = len(persons.get("train", set()) & persons.get("test", set()))
    return {
        "rows": {s: int(n) for s, n in records["split"].value_counts().items()},
        "rows_per_class": {f"{s}/{c}": int(n) for (s, c), n in counts.items()},
        "persons_in_both_splits": overlap,
    }


def split_summary(records: pd.DataFrame) -> dict[str, object]:
    """Counts per split and class, and the person-overlap check, for the record of the run.

    With per-seed splits, ``per_seed`` holds one such summary per training seed (keys are the
    seeds as text); the top-level ``rows`` and ``rows_per_class`` are the lowest seed's, and
    ``persons_in_both_splits`` is the largest over the seeds (0: every split is person-disjoint).
    ``vary_with_seed`` says which kind the table has.
    """
    seeds = split_seeds(records)
    if not seeds:
        return {**_one_summary(records), "vary_with_seed": False}
    per_seed = {str(s): _one_summary(split_for_seed(records, s)) for s in seeds}
    first = per_seed[str(seeds[0])]
    return {"rows": first["rows"], "rows_per_class": first["rows_per_class"],
            "persons_in_both_splits": max(int(p["persons_in_both_splits"]) for p in per_seed.values()),
            "vary_with_seed": True, "per_seed": per_seed}
