"""Person-level audits (issue 13), a larger non-member pool and per-seed audits (issue 12, items 3, 7)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from confide.audit.attacks import reference_membership
from confide.audit.canaries import (
    audit_training_rows,
    canary_units,
    n_canaries,
    plan_canaries,
    training_rows,
    variant_canaries,
)
from confide.audit.membership import run_attacks
from confide.audit.pool import unit_ids, unit_index
from confide.audit.pooled import pooled_audit, pooled_tpr
from confide.audit.references import reference_masks
from confide.audit.units import unit_membership, unit_scores
from confide.config import read_section
from confide.evaluate.assess import seed_independence
from confide.evaluate.errors import EvaluationError
from confide.train.units import person_keys, resolve_privacy_unit

#: run_attacks's settings that these tests do not vary, as the workflow passes them (schema defaults).
SETTINGS = {"confidence": 0.95, "max_roc_points": 200, "selection_fraction": 0.5, "unit_score": "mean", "seed": 0}


def _sigmoid(x):
    return 1 / (1 + np.exp(-x))


def _person_world(rng, *, n_persons=2000, k=16, boost=0.4):
    """Persons with 1 to 20 records (skewed); training on a person raises each record's logit."""
    sizes = np.minimum(rng.geometric(0.3, n_persons), 20)
    units = np.repeat(np.arange(n_persons), sizes)
    n = units.size
    difficulty = rng.normal(0, 2, n)
    member = (rng.random(n_persons) < 0.5)[units]
    masks = reference_membership(n_records=n_persons, k=k, seed=1)[:, units]
    target = _sigmoid(difficulty + boost * member + rng.normal(0, 0.5, n))
    refs = _sigmoid(difficulty[None, :] + boost * masks + rng.normal(0, 0.5, (k, n)))
    return {"pool_p_true": target, "pool_is_member": member, "reference_p_true": refs,
            "reference_membership": masks}, units


def test_when_persons_have_several_records_then_the_person_level_audit_sees_leakage_the_record_level_understates():
    inputs, units = _person_world(np.random.default_rng(0))
    kwargs = {**inputs, "attacks": ("rmia_online",), "headline_attack": "rmia_online", "delta": 1e-5,
              "fpr_points": (0.01, 0.1), **SETTINGS}
    by_record = run_attacks(**kwargs)["attacks"]["rmia_online"]
    by_person = run_attacks(**kwargs, pool_units=units)["attacks"]["rmia_online"]
    assert by_person["n_members"] + by_person["n_nonmembers"] == units.max() + 1  # persons, not records
    assert by_person["auc"] > by_record["auc"] + 0.05
    assert by_person["tpr_at_fpr"]["0.1"] > by_record["tpr_at_fpr"]["0.1"] + 0.05


def test_when_a_unit_has_records_on_both_sides_then_the_person_audit_refuses_without_naming_it():
    units = np.array([0, 0, 1, 1, 2])
    assert unit_membership(np.array([True, True, False, False, True]), units).tolist() == [True, False, True]
    with pytest.raises(EvaluationError, match="1 unit") as err:
        unit_membership(np.array([True, False, False, False, True]), units)
    assert "person_" not in str(err.value)
    assert unit_scores(np.array([1.0, 3.0, 0.0, 2.0, 5.0]), units).tolist() == [2.0, 1.0, 5.0]
    assert unit_scores(np.array([1.0, 3.0, 0.0, 2.0, 5.0]), units, how="max").tolist() == [3.0, 2.0, 5.0]


def _records(n_persons=120, seed=0):
    """Persons with 1 to 6 records each; a few records without a person id; whole persons per split."""
    rng = np.random.default_rng(seed)
    sizes = rng.integers(1, 7, n_persons)
    person = np.repeat([f"person_{i:04d}" for i in range(n_persons)], sizes).astype(object)
    n = person.size
    person[rng.random(n) < 0.05] = None
    split = np.where(rng.random(n_persons) < 0.75, "train", "test")[np.repeat(np.arange(n_persons), sizes)]
    return pd.DataFrame({"record_id": [f"r{i:05d}" for i in range(n)], "group_id": person,
                         "text": ["note"] * n, "label": rng.choice(["a", "b"], n), "split": split})


def _split_persons(records, mask):
    """Persons with records on both sides of a record mask."""
    persons = person_keys(records)
    sides = pd.Series(np.asarray(mask)).groupby(persons.to_numpy()).nunique()
    return int((sides > 1).sum())


def test_when_canaries_are_planned_at_unit_person_then_whole_persons_are_in_or_out():
    records = _records()
    plan = plan_canaries(records, m=40, seed=3, audit_run="separate", unit="person")
    assert n_canaries(plan) == 40 and len(plan) > 40  # 40 persons, their records
    coins = plan.groupby("canary")["included"].nunique()
    assert (coins == 1).all()  # one coin per person
    train_persons = person_keys(records[records["split"] == "train"])
    planned = set(plan["record_id"])
    for person in set(canary_units(plan)):  # every record of a canary person is in the plan
        assert set(records.loc[(train_persons == person).reindex(records.index, fill_value=False),
                               "record_id"]) <= planned
    assert _split_persons(records, audit_training_rows(records, plan)) == 0
    deployed = plan_canaries(records, m=40, seed=3, audit_run="deployed", unit="person")
    assert _split_persons(records, training_rows(records, deployed)) == 0
    # The record-level plan of the same data does split persons: the check above can fail.
    by_record = plan_canaries(records, m=200, seed=3, audit_run="separate", unit="record")
    assert _split_persons(records, audit_training_rows(records, by_record)) > 0


def test_when_reference_masks_are_drawn_at_unit_person_then_each_model_takes_whole_persons_as_many_as_the_target():
    records = _records()
    plan = plan_canaries(records, m=40, seed=3, audit_run="separate", unit="person")
    masks = reference_masks(records, plan, k=8, seed=5, unit="person")
    pool = records.sort_values("record_id", kind="stable").reset_index(drop=True)
    codes, n_units = unit_index(unit_ids(pool, "person"))
    per_person = np.stack([unit_membership(row, codes) for row in masks])  # raises if a person is split
    n_target = len(set(person_keys(pool[training_rows(pool, plan).to_numpy()])))
    assert (per_person.sum(axis=1) == n_target).all()
    assert per_person.any(axis=0).all() and (~per_person).any(axis=0).all()
    record_masks = reference_masks(records, plan, k=8, seed=5, unit="record")
    assert any(_split_persons(pool, row) for row in record_masks)


def test_when_the_unit_is_auto_then_persons_are_audited_when_any_record_has_a_person():
    records = _records()
    assert resolve_privacy_unit("auto", records) == "person" and resolve_privacy_unit(None, records) == "record"
    assert resolve_privacy_unit("auto", records.assign(group_id=None)) == "record"
    assert unit_ids(records, "person").nunique() < len(records) == unit_ids(records, "record").nunique()
    with pytest.raises(ValueError, match="privacy_unit"):
        resolve_privacy_unit("people", records)


def test_when_runs_of_one_mechanism_are_pooled_then_a_lower_fpr_is_resolved():
    rng = np.random.default_rng(2)
    inputs, units = _person_world(rng, n_persons=600, k=16, boost=1.0)
    codes = units
    single = run_attacks(**inputs, attacks=("rmia_online",), pool_units=codes, delta=1e-5,
                         fpr_points=(0.001, 0.01, 0.1), **SETTINGS)["attacks"]["rmia_online"]
    pooled = pooled_audit(
        targets=[("deployed", inputs["pool_p_true"], inputs["pool_is_member"])],
        reference_p_true=inputs["reference_p_true"], reference_membership=inputs["reference_membership"],
        units=codes, attack="rmia_online", fpr_points=(0.001, 0.01, 0.1), n_bootstrap=200,
        confidence=0.95, seed=0)
    assert single["tpr_at_fpr"]["0.001"] is None  # about 300 non-member persons: 1/300 > 0.001
    assert pooled["targets"] == 17 and pooled["fpr_resolution"] < 0.001 < single["fpr_resolution"]
    assert pooled["tpr_at_fpr"]["0.001"] is not None and pooled["unresolved_fpr_points"] == []
    # Correlated observations: the pooled resolution is labelled nominal, with the distinct units behind it.
    assert pooled["fpr_resolution_kind"] == "nominal"
    assert pooled["n_nonmember_units"] <= 600 < pooled["n_nonmember_observations"]
    interval = pooled["tpr_interval"]["0.01"]
    assert interval["ci_low"] <= interval["tpr"] <= interval["ci_high"] < 1
    assert abs(pooled["auc"] - single["auc"]) < 0.05  # the same mechanism, measured on more runs


def test_when_nothing_leaks_then_the_pooled_tpr_interval_covers_the_fpr():
    rng = np.random.default_rng(4)
    n_units, runs = 400, 12
    scores = rng.normal(size=n_units * runs)
    member = rng.random(n_units * runs) < 0.5
    out = pooled_tpr(scores=scores, is_member=member, units=np.tile(np.arange(n_units), runs),
                     fpr_points=(0.01, 0.1), n_bootstrap=300, confidence=0.95, seed=1)
    for x in ("0.01", "0.1"):
        assert out["tpr_interval"][x]["ci_low"] <= float(x) <= out["tpr_interval"][x]["ci_high"]


def _evaluate(**canaries):
    return read_section("evaluate", {"canaries": {"one_run_m": 40, **canaries}})


def test_when_seeds_vary_the_audit_then_each_seed_gets_its_own_canaries_and_references():
    records = _records()
    plan = plan_canaries(records, m=40, seed=0, audit_run="separate", unit="person")
    per_seed = [variant_canaries(records=records, plan=plan, evaluate=_evaluate(), variant_seed=s,
                                 unit="person") for s in (0, 1)]
    assert per_seed[0][1] and per_seed[1][1]
    assert set(per_seed[0][0]["canary"]) != set(per_seed[1][0]["canary"])
    again = variant_canaries(records=records, plan=plan, evaluate=_evaluate(), variant_seed=1, unit="person")
    pd.testing.assert_frame_equal(again[0], per_seed[1][0])  # reproducible: reference and evaluate jobs agree
    shared = [variant_canaries(records=records, plan=plan, evaluate=_evaluate(vary_with_seed=False),
                               variant_seed=s, unit="person")[0] for s in (0, 1)]
    pd.testing.assert_frame_equal(shared[0], shared[1])
    deployed = plan_canaries(records, m=40, seed=0, audit_run="deployed", unit="person")
    kept, varied = variant_canaries(records=records, plan=deployed, evaluate=_evaluate(), variant_seed=1,
                                    unit="person")
    assert not varied and kept is deployed  # the deployed model trained without this plan's drops
    masks = [reference_masks(records, per_seed[s][0], k=4, seed=s, unit="person") for s in (0, 1)]
    assert not np.array_equal(masks[0], masks[1])
    block = seed_independence(per_seed_canaries=True, audit_run="separate", ledger={}, have_refs=True)
    assert block["split"] == "shared" and block["canaries"] == "per_seed" and block["references"] == "per_seed"


def test_when_the_shared_plan_was_drawn_at_another_unit_then_the_audit_refuses():
    records = _records()
    plan = plan_canaries(records, m=40, seed=0, audit_run="deployed", unit="record")
    with pytest.raises(EvaluationError, match="re-run rule plan_audit"):
        variant_canaries(records=records, plan=plan, evaluate=_evaluate(), variant_seed=0, unit="person")
