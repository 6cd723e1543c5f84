"""Per-seed splits (issue 12, item 7): each training seed its own person-grouped split."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from confide.errors import ConfigError, DataQualityError
from confide.ingest.split import (
    assign_seed_splits,
    assign_split,
    check_split,
    common_train_split,
    is_seed_column,
    seed_column,
    split_for_seed,
    split_seeds,
    split_summary,
)
from confide.workflow import split_train_params


def _records(sizes: list[int]) -> pd.DataFrame:
    """One person per size, that many records each, two classes spread over every person."""
    rows = [{"record_id": f"r{p:03d}_{j}", "group_id": f"person_{p:03d}", "label": "ab"[(p + j) % 2],
             "text": "note"} for p, n in enumerate(sizes) for j in range(n)]
    return pd.DataFrame(rows)


def _persons(records: pd.DataFrame, side: str) -> set[str]:
    return set(records.loc[records["split"] == side, "group_id"])


def test_when_splits_vary_with_seed_then_each_seed_has_its_own_person_disjoint_split():
    records = _records([1, 2, 3, 4] * 30)
    table = assign_seed_splits(records, test_fraction=0.25, seed=0, train_seeds=[1, 0], vary_with_seed=True)

    assert "split" not in table and [c for c in table.columns if is_seed_column(c)] == ["split_seed_0", "split_seed_1"]
    assert split_seeds(table) == [0, 1]
    seen = [split_for_seed(table, s) for s in (0, 1)]
    assert not seen[0]["split"].equals(seen[1]["split"])  # two seeds, two splits
    assert not _persons(seen[0], "test") & _persons(seen[1], "test")  # folds 0 and 1 of one partition
    for one in seen:
        assert not _persons(one, "train") & _persons(one, "test")
        check_split(one, test_fraction=0.25)
    assert split_summary(table)["persons_in_both_splits"] == 0
    later = assign_seed_splits(records, test_fraction=0.25, seed=0, train_seeds=[4], vary_with_seed=True)
    assert not later["split_seed_4"].equals(table["split_seed_0"])  # fold 0 again, of another partition


def test_when_splits_do_not_vary_then_every_seed_sees_the_one_split_of_split_seed():
    records = _records([1, 2, 3, 4] * 30)
    table = assign_seed_splits(records, test_fraction=0.25, seed=0, train_seeds=[0, 1], vary_with_seed=False)

    assert split_seeds(table) == [] and "split" in table
    pd.testing.assert_frame_equal(table, assign_split(records, test_fraction=0.25, seed=0))  # as before
    assert split_for_seed(table, 0) is table and split_for_seed(table, 1) is table
    assert split_summary(table)["vary_with_seed"] is False


def test_when_one_seeds_split_is_lopsided_then_the_split_is_refused_naming_that_seed():
    # fourteen persons of 4 records and one of 30: whether the large person lands in the test fold
    # depends on the seed (seed 0's split is fine, seed 1's is not)
    records = _records([4] * 14 + [30])
    fine = assign_seed_splits(records, test_fraction=0.25, seed=0, train_seeds=[0], vary_with_seed=True)
    assert split_seeds(fine) == [0]

    with pytest.raises(DataQualityError) as refused:
        assign_seed_splits(records, test_fraction=0.25, seed=0, train_seeds=[0, 1], vary_with_seed=True)

    message = str(refused.value)
    assert "split of training seed 1" in message and "lopsided" in message and "split.test_fraction" in message
    assert "training seed 0" not in message
    assert "person_" not in message and "r0" not in message  # never an id


def test_when_split_for_seed_is_applied_to_every_seed_then_the_table_is_rebuilt():
    table = assign_seed_splits(_records([1, 2, 3] * 30), test_fraction=0.25, seed=4, train_seeds=[2, 7],
                               vary_with_seed=True)
    rebuilt = split_for_seed(table, 2).drop(columns="split")
    for s in (2, 7):
        one = split_for_seed(table, s)
        assert not any(is_seed_column(c) for c in one.columns)
        assert one["split"].tolist() == table[seed_column(s)].tolist()
        rebuilt[seed_column(s)] = one["split"].to_numpy()
    pd.testing.assert_frame_equal(rebuilt, table)
    with pytest.raises(ConfigError, match=r"seeds \[2, 7\] but not for seed 3; re-run rule split_records"):
        split_for_seed(table, 3)


def test_when_records_already_carry_a_split_column_then_the_split_stage_refuses_them():
    records = _records([1, 2] * 30)
    for name in ("split_seed_0", "split"):
        with pytest.raises(DataQualityError, match=f"'{name}'.*data.file.tabular_columns"):
            assign_seed_splits(records.assign(**{name: "x"}), test_fraction=0.25, seed=0, train_seeds=[0],
                               vary_with_seed=True)
    lookalike = records.assign(split_seeds="x")  # not a split column: the column policy decides
    assert split_seeds(assign_seed_splits(lookalike, test_fraction=0.25, seed=0, train_seeds=[0],
                                          vary_with_seed=True)) == [0]


def test_when_split_is_summarized_per_seed_then_each_seed_gives_rows_per_side():
    records = _records([1, 2, 3, 4] * 30)
    table = assign_seed_splits(records, test_fraction=0.25, seed=0, train_seeds=[0, 1], vary_with_seed=True)
    summary = split_summary(table)

    assert summary["vary_with_seed"] is True and set(summary["per_seed"]) == {"0", "1"}
    for s in (0, 1):
        rows = summary["per_seed"][str(s)]["rows"]
        assert rows == {side: int((table[seed_column(s)] == side).sum()) for side in ("train", "test")}
        assert sum(rows.values()) == len(records)
    assert summary["rows"] == summary["per_seed"]["0"]["rows"]


def test_when_shared_plans_are_drawn_then_they_use_records_every_seed_trains_on():
    table = assign_seed_splits(_records([1, 2, 3, 4] * 30), test_fraction=0.25, seed=0, train_seeds=[0, 1],
                               vary_with_seed=True)
    common = common_train_split(table)
    always = table["split_seed_0"].eq("train") & table["split_seed_1"].eq("train")
    assert common["split"].eq("train").tolist() == always.tolist()
    assert 0 < always.sum() < table["split_seed_0"].eq("train").sum()


def test_when_the_split_rule_reads_training_seeds_then_only_a_varying_split_depends_on_them():
    config = {"split": {"vary_with_seed": True}, "train": {"seeds": [0, 1]}}
    assert split_train_params(config) == {"seeds": [0, 1]}
    assert split_train_params({**config, "split": {"vary_with_seed": False}}) == {}


def test_when_split_seed_columns_reach_the_pii_boundary_then_they_take_no_column_policy():
    from confide.anonymize.columns import plan_columns
    from confide.anonymize.config import resolve_config

    table = assign_seed_splits(_records([1, 2] * 30), test_fraction=0.25, seed=0, train_seeds=[0, 1],
                               vary_with_seed=True)
    plan = plan_columns(table, config=resolve_config({}))
    assert not any(is_seed_column(c) for names in plan.summary().values() for c in names)

    from confide.anonymize.errors import AnonymizationError

    for lookalike in ("split_seed_x", "split_seedling", "my_split_seed_0"):  # not made by the split stage
        with pytest.raises(AnonymizationError, match=lookalike):
            plan_columns(table.assign(**{lookalike: "a value"}), config=resolve_config({}))


def test_when_tabular_features_are_built_then_split_seed_columns_are_never_features():
    from confide.train.features import tabular_features

    frame = pd.DataFrame({"phq9_total": [3.0, 12.0, 20.0], "gender": ["f", "m", "f"],
                          "split": ["train", "test", "train"]})
    plain = tabular_features(frame, numeric_bounds={}, categorical_columns=["gender"], n_buckets=8)
    with_seeds = frame.assign(split_seed_0=["train", "train", "test"], split_seed_1=[1, 0, 1])
    built = tabular_features(with_seeds, numeric_bounds={}, n_buckets=8,
                             categorical_columns=["gender", "split_seed_0", "split_seed_1"])
    np.testing.assert_array_equal(built.x, plain.x)
