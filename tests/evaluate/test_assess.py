"""The audit protocol around a trained variant: calibrated one-run score, audit run, references."""

from __future__ import annotations

import math
import warnings

import numpy as np
import pandas as pd
import pytest

from confide.audit.attacks import reference_membership
from confide.audit.canaries import (
    audit_training_rows,
    canary_budget,
    plan_canaries,
    training_rows,
    variant_canaries,
)
from confide.audit.exposure import exposure_chance
from confide.audit.one_run import one_run_audit, one_run_scores
from confide.audit.references import reference_masks, train_references, training_unit
from confide.audit.seeds import audit_seed
from confide.config import read_section
from confide.evaluate.assess import assess_variant, seed_note
from confide.evaluate.errors import EvaluationError
from confide.evaluate.variant import evaluate_variant, variant_options


def _difficulty_world(rng, *, n=2000, k=16, boost=1.0):
    """Records of very different difficulty; training on a record raises its logit by `boost`.

    The raw probability mostly measures difficulty, so it ranks canaries badly; dividing by the
    reference models' mean removes the difficulty and keeps the membership signal.
    """
    difficulty = rng.normal(0, 3, n)
    included = rng.random(n) < 0.5
    masks = reference_membership(n_records=n, k=k, seed=1)

    def p(logit):
        return 1 / (1 + np.exp(-logit))

    target = p(difficulty + boost * included + rng.normal(0, 0.3, n))
    refs = p(difficulty[None, :] + boost * masks + rng.normal(0, 0.3, (k, n)))
    return target, {"p_true": refs, "membership": masks}, included


def test_when_canaries_differ_in_difficulty_then_only_the_calibrated_score_audits_them():
    rng = np.random.default_rng(0)
    target, refs, included = _difficulty_world(rng)
    with pytest.warns(UserWarning, match="uncalibrated"):
        raw, raw_label = one_run_scores(audit_p_true=target, references=None, score="rmia_online")
    calibrated, label = one_run_scores(audit_p_true=target, references=refs, score="rmia_online")
    guesses = ((100, 0), (50, 50))
    raw_audit = one_run_audit(canary_scores=raw, canary_included=included, delta=1e-5, guesses=guesses)
    cal_audit = one_run_audit(canary_scores=calibrated, canary_included=included, delta=1e-5,
                              guesses=guesses)
    assert raw_label.startswith("threshold") and label == "rmia_online"
    assert raw_audit["epsilon_lower_bound"] < 0.5
    assert cal_audit["epsilon_lower_bound"] > 1.0 and cal_audit["canary_auc"] > 0.7


def _pool_inputs(rng, n_members=600, n_nonmembers=593):
    member = np.r_[np.ones(n_members, bool), np.zeros(n_nonmembers, bool)]
    p = np.where(member, 0.999999, 0.01)  # a perfect attack
    return {**variant_options({"n_bootstrap": 0}),
            "y_true": [0, 1], "proba_test": np.array([[0.9, 0.1], [0.2, 0.8]]), "classes": [0, 1],
            "pool_p_true": p, "pool_is_member": member, "attacks": ("threshold",),
            "headline_attack": "threshold",
            "canary_scores": rng.normal(size=1000), "canary_included": rng.random(1000) < 0.5,
            "canary_guesses": ((100, 0),), "delta": 1e-5}


def test_when_two_methods_bound_epsilon_then_each_spends_half_the_error_budget():
    r = evaluate_variant(**_pool_inputs(np.random.default_rng(1)), accountant_epsilon=8.0)  # confidence 0.95
    privacy = r["privacy"]
    assert privacy["confidence"] == 0.95 and privacy["confidence_by_method"] == pytest.approx(0.975)
    assert r["membership"]["confidence"] == pytest.approx(0.975)
    assert r["membership"]["attacks"]["threshold"]["confidence"] == 0.95  # TPR intervals: stated level
    assert r["one_run_audit"]["confidence"] == pytest.approx(0.975)


def test_when_the_pool_is_small_then_the_ceiling_is_reported_and_an_eps8_violation_is_undetectable():
    r = evaluate_variant(**_pool_inputs(np.random.default_rng(2)), accountant_epsilon=8.0)
    privacy = r["privacy"]
    # A perfect attack reaches the ceiling and no further: eps_hat = ceiling < 8.
    assert privacy["eps_hat_by_method"]["membership_attacks"] == pytest.approx(
        privacy["ceiling_by_method"]["membership_attacks"])
    assert privacy["eps_hat_ceiling"] < 8.0 and privacy["can_detect_violation"] is False
    assert privacy["ceiling_by_method"]["one_run_audit"] < 8.0
    with pytest.warns(UserWarning, match="exceeds the accountant"):  # a perfect attack at eps 1
        small = evaluate_variant(**_pool_inputs(np.random.default_rng(2)), accountant_epsilon=1.0)
    assert small["privacy"]["can_detect_violation"] is True


def test_when_a_model_ignores_the_secrets_then_exposure_p_values_are_uniform_though_max_exposure_is_large():
    rng = np.random.default_rng(3)
    n_candidates, n = 2001, 10
    p_values, maxima = [], []
    for _ in range(2000):
        ranks = rng.integers(1, n_candidates + 1, n)  # no memorisation: uniform ranks
        e = math.log2(n_candidates) - np.log2(ranks)
        out = exposure_chance(e, n_candidates=n_candidates)
        p_values.append(out["p_value_max"])
        maxima.append(e.max())
    assert abs(np.mean(np.array(p_values) < 0.05) - 0.05) < 0.015
    assert np.median(maxima) > 3.0  # "near 0 means not memorised" would misread chance
    assert out["chance_median_max_exposure"] == pytest.approx(np.median(maxima), abs=0.3)
    memorised = exposure_chance(np.full(n, math.log2(n_candidates)), n_candidates=n_candidates)
    assert memorised["p_value_all"] < 1e-6


def _records(n=240, seed=0):
    rng = np.random.default_rng(seed)
    return pd.DataFrame({
        "record_id": [f"r{i:04d}" for i in range(n)],
        "text": ["note"] * n,
        "label": rng.choice(["a", "b"], n),
        "split": np.where(np.arange(n) < int(0.75 * n), "train", "test"),
    })


def test_when_the_audit_run_is_separate_then_the_deployed_model_keeps_every_training_row():
    records = _records()
    n_train = int((records["split"] == "train").sum())
    separate = plan_canaries(records, m=1000, seed=0, audit_run="separate")
    deployed = plan_canaries(records, m=1000, seed=0, audit_run="deployed")
    assert len(separate) == n_train and len(deployed) == n_train // 2
    assert canary_budget(n_train, m=50, audit_run="separate") == 50
    assert training_rows(records, separate).sum() == n_train
    assert audit_training_rows(records, separate).sum() == n_train - (~separate["included"]).sum()
    assert training_rows(records, deployed).sum() == n_train - (~deployed["included"]).sum()
    with pytest.raises(ValueError, match="known"):
        canary_budget(10, m=5, audit_run="both")


def test_when_reference_masks_are_drawn_then_each_model_trains_on_about_the_targets_row_count():
    records = _records(n=1000)
    canaries = plan_canaries(records, m=1000, seed=0, audit_run="deployed")
    n_target = int(training_rows(records, canaries).sum())
    masks = reference_masks(records, canaries, k=16, seed=0)
    sizes = masks.sum(axis=1)
    assert (sizes == n_target).all()  # exactly the target's row count: same q, delta, noise
    assert masks.any(axis=0).all() and (~masks).any(axis=0).all()  # IN and OUT for every record


def test_when_training_seeds_differ_then_their_audit_seeds_differ():
    assert audit_seed(0, 0) != audit_seed(0, 1) != audit_seed(1, 0)
    assert audit_seed(0, 1) == audit_seed(0, 1)


def test_when_non_private_training_is_full_batch_then_the_seed_note_says_seeds_are_near_copies():
    assert "initialisation" in seed_note({"epsilon_spent": math.inf, "noise_multiplier": 0.0,
                                           "sample_rate": 1.0})
    assert seed_note({"epsilon_spent": math.inf, "noise_multiplier": 0.0, "sample_rate": 0.2}) is None
    assert seed_note({"epsilon_spent": 1.0, "noise_multiplier": 1.1, "sample_rate": 1.0}) is None


def test_when_a_variant_is_assessed_end_to_end_then_the_audit_reports_its_protocol_at_the_runs_unit():
    records = _records(n=240)
    # Persons of 1 to 4 records, whole persons per split (as split_records makes them).
    person = np.repeat(np.arange(120), 2)[:240]
    records["group_id"] = [f"person_{p:03d}" for p in person]
    records["split"] = np.where(person < 90, "train", "test")
    rng = np.random.default_rng(4)
    features = rng.normal(size=(len(records), 16)).astype("float32")
    evaluate = read_section("evaluate", {"n_bootstrap": 20, "group_columns": [],
                                         "attribute_inference": {"enabled": False}})
    from confide.train import train_model

    unit = training_unit({}, records)  # what the reference job does (train.privacy_unit default)
    shared = plan_canaries(records, m=1000, seed=0, audit_run="separate", unit=unit)
    canaries, per_seed = variant_canaries(records=records, plan=shared, evaluate=evaluate, variant_seed=1,
                                          unit=unit)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        refs = train_references(records=records, canaries=canaries, features=features, k=4, seed=7,
                                model="frozen_encoder", epsilon=math.inf, classes=["a", "b"],
                                config={}, unit=unit)
        rows = np.flatnonzero(training_rows(records, canaries).to_numpy())
        model = train_model(train=records.iloc[rows].reset_index(drop=True), classes=["a", "b"],
                            model="frozen_encoder", epsilon=math.inf, seed=0, config={},
                            features=features[rows])
        metrics = assess_variant(model=model, records=records, canaries=shared,
                                 secrets=pd.DataFrame({"record_id": [], "label": [], "secret": []}),
                                 features=features, references=refs, evaluate=evaluate, variant_seed=1)
    assert refs["p_true"].shape == (4, len(records)) and refs["audit_p_true"].shape == (len(records),)
    assert unit == model.ledger.get("privacy_unit", "record") == metrics["audit"]["unit"]
    n_train_units = 90 if unit == "person" else 180
    audit = metrics["one_run_audit"]
    assert audit["score"] == "rmia_online" and audit["audit_run"] == "separate" and per_seed
    assert audit["unit"] == unit and audit["per_seed"] is True
    assert audit["deployed_rows_dropped"] == 0 and audit["meaningful"] is False
    assert audit["deployed_train_rows"] == 180 and audit["m"] == n_train_units and audit["m_capped"] is True
    assert metrics["membership"]["headline_attack"] == "rmia_online"
    assert metrics["membership"]["attacks"]["rmia_online"]["n_members"] == n_train_units
    block = metrics["audit"]
    assert (block["n_units_in"], block["n_units_out"]) == (n_train_units, n_train_units // 3)
    assert (block["n_persons_in"], block["n_persons_out"], block["n_records_in"]) == (90, 30, 180)
    assert metrics["membership_pooled"]["targets"] == 6  # deployed, audit run, 4 references
    assert block["pooled_fpr_resolution"] < block["fpr_resolution"]
    assert block["pooled_fpr_resolution_kind"] == "nominal"
    assert ("membership_by_record" in metrics) == (unit == "person")
    assert metrics["seed_independence"]["split"] == "shared"
    assert metrics["privacy"]["eps_hat_ceiling"] is not None
    with pytest.raises(EvaluationError, match="another canary plan"):  # evaluate and reference jobs must agree
        assess_variant(model=model, records=records, canaries=shared,
                       secrets=pd.DataFrame({"record_id": [], "label": [], "secret": []}),
                       features=features, references=refs, evaluate=evaluate, variant_seed=2)


def test_when_no_reference_models_are_asked_for_then_only_the_audit_run_is_trained():
    records = _records(n=120)
    canaries = plan_canaries(records, m=1000, seed=0, audit_run="separate")
    features = np.random.default_rng(5).normal(size=(len(records), 8)).astype("float32")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        out = train_references(records=records, canaries=canaries, features=features, k=0, seed=1,
                               model="frozen_encoder", epsilon=math.inf, classes=["a", "b"], config={})
    assert out["p_true"].shape == (0, len(records)) and out["audit_p_true"].shape == (len(records),)


def test_when_the_per_person_cap_leaves_records_out_then_record_level_outputs_do_not_count_them_as_members():
    records = _records(n=240)
    person = np.repeat(np.arange(120), 2)  # 120 persons of 2 records; a cap of 1 leaves one out
    records["group_id"] = [f"person_{p:03d}" for p in person]
    records["split"] = np.where(person < 90, "train", "test")
    features = np.random.default_rng(4).normal(size=(len(records), 16)).astype("float32")
    evaluate = read_section("evaluate", {"n_bootstrap": 20, "group_columns": [],
                                         "attribute_inference": {"enabled": False}})
    config = {"privacy_unit": "person", "max_records_per_person": 1}
    from confide.train import rows_used, train_model

    shared = plan_canaries(records, m=1000, seed=0, audit_run="separate", unit="person")
    canaries, _ = variant_canaries(records=records, plan=shared, evaluate=evaluate, variant_seed=1, unit="person")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        refs = train_references(records=records, canaries=canaries, features=features, k=4,
                                seed=audit_seed(evaluate["seed"], 1), model="frozen_encoder",
                                epsilon=math.inf, classes=["a", "b"], config=config, unit="person")
        train = records[records["split"] == "train"]
        model = train_model(train=train.reset_index(drop=True), classes=["a", "b"], model="frozen_encoder",
                            epsilon=math.inf, seed=0, config=config, features=features[: len(train)])
        metrics = assess_variant(model=model, records=records, canaries=shared,
                                 secrets=pd.DataFrame({"record_id": [], "label": [], "secret": []}),
                                 features=features, references=refs, evaluate=evaluate, variant_seed=1)
    trained = int(rows_used(train, config=config, seed=0).sum())
    assert trained == 90 == model.ledger["n_records"]  # one record of each of the 90 training persons
    block = metrics["audit"]
    assert (block["n_persons_in"], block["n_units_in"]) == (90, 90)  # the person audit keeps whole persons
    assert (block["n_records_in"], block["n_records_out"]) == (trained, 240 - trained)
    assert metrics["one_run_audit"]["deployed_train_rows"] == trained
    assert metrics["membership_by_record"]["n_members"] == trained
