"""Synthetic augmentation: data mix, memorisation gate and the composed privacy guarantee."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import yaml

from confide.config import validate_params
from confide.errors import ConfigError
from confide.synthesize.augment import (
    augmentation_problems,
    check_memorisation_gate,
    compose_ledgers,
    training_table,
)
from confide.synthesize.core import fit_rows_for_unit
from confide.synthesize.errors import MemorisationGateError, SynthesisError
from confide.synthesize.privacy import distance_metrics
from tests.synthesize.conftest import make_records

REPO = Path(__file__).resolve().parents[2]
GATE = {"max_excess_exact_copy_rate": 0.02, "min_dcr_ratio": 0.8}
COLUMNS = ["age", "gender", "phq9_1", "phq9_2", "phq9_3", "label"]


def _scorecard(synthetic: pd.DataFrame, records: pd.DataFrame) -> dict:
    train, holdout = records[records["split"] == "train"], records[records["split"] == "test"]
    return {"privacy": {"distance": distance_metrics(train=train, holdout=holdout, synthetic=synthetic,
                                                     columns=COLUMNS, max_rows=2000, seed=0)}}


def test_when_dp_synthesizer_feeds_real_plus_synthetic_then_epsilons_and_deltas_add() -> None:
    fields = compose_ledgers(training={"epsilon_spent": 1.5, "delta": 1e-5},
                             synthesizer={"epsilon_spent": 3.0, "delta": 1e-6},
                             synthesizer_name="dp_marginal", mix="real+synthetic")
    assert fields["epsilon_composed"] == pytest.approx(4.5)
    assert fields["delta_composed"] == pytest.approx(1.1e-5)
    assert fields["epsilon_synthesizer"] == 3.0 and fields["synthesizer_dp"] is True
    assert fields["formal_guarantee"] is True and fields["data_mix"] == "real+synthetic"


def test_when_model_sees_synthetic_rows_only_then_guarantee_is_the_synthesizers() -> None:
    # post-processing: DP-SGD never touches a real record, whatever its own epsilon
    fields = compose_ledgers(training={"epsilon_spent": math.inf, "delta": 1e-5},
                             synthesizer={"epsilon_spent": 3.0, "delta": 1e-6},
                             synthesizer_name="dp_marginal", mix="synthetic")
    assert (fields["epsilon_composed"], fields["delta_composed"]) == (3.0, 1e-6)
    assert fields["formal_guarantee"] is True


@pytest.mark.parametrize("mix", ["real+synthetic", "synthetic"])
@pytest.mark.parametrize("ledger", [None, {"formal_privacy": False}])
def test_when_synthesizer_is_not_dp_then_no_formal_guarantee_whatever_dp_sgd_spent(mix, ledger) -> None:
    fields = compose_ledgers(training={"epsilon_spent": 1.0, "delta": 1e-5}, synthesizer=ledger,
                             synthesizer_name="gaussian_copula", mix=mix)
    assert math.isinf(fields["epsilon_composed"]) and fields["formal_guarantee"] is False
    assert fields["synthesizer_dp"] is False and "NO formal privacy guarantee" in fields["guarantee_text"]


def test_when_mix_is_real_then_composed_guarantee_is_dp_sgds_alone() -> None:
    fields = compose_ledgers(training={"epsilon_spent": 2.0, "delta": 1e-5}, synthesizer=None,
                             synthesizer_name=None, mix="real")
    assert (fields["epsilon_composed"], fields["delta_composed"], fields["synthesizer"]) == (2.0, 1e-5, None)


def test_when_mix_is_real_plus_synthetic_then_table_holds_every_real_and_synthetic_row() -> None:
    real = make_records(50, seed=1)
    synthetic = make_records(30, seed=2)[COLUMNS]
    table = training_table(real=real, synthetic=synthetic, mix="real+synthetic")
    assert len(table) == 80 and table["record_id"].is_unique
    assert table["group_id"].iloc[50:].isna().all()  # a synthetic row is nobody: its own unit
    only = training_table(real=real, synthetic=synthetic, mix="synthetic")
    assert len(only) == 30 and not only["record_id"].isin(real["record_id"]).any()
    assert training_table(real=real, synthetic=None, mix="real").equals(real)


def test_when_synthetic_rows_have_no_label_then_they_are_left_out_of_training() -> None:
    synthetic = make_records(30, seed=2)[COLUMNS]
    synthetic.loc[[3, 7], "label"] = None
    assert len(training_table(real=make_records(20), synthetic=synthetic, mix="synthetic")) == 28


def test_when_unit_is_person_then_tabular_synthesizer_fits_one_record_per_person() -> None:
    records = make_records(400, seed=0)  # 97 people with about four records each
    rows, unit = fit_rows_for_unit(records, train_config={"privacy_unit": "auto"}, seed=0)
    train = records[records["split"] == "train"]
    assert unit == "person" and rows["group_id"].is_unique
    assert len(rows) == train["group_id"].nunique() and rows["record_id"].isin(train["record_id"]).all()
    rows, unit = fit_rows_for_unit(records, train_config={"privacy_unit": "record"}, seed=0)
    assert unit == "record" and len(rows) == len(train)


def test_when_dp_ledger_has_no_unit_then_it_does_not_compose_with_person_level_dp_sgd() -> None:
    training = {"epsilon_spent": 1.0, "delta": 1e-5, "privacy_unit": "person"}
    with pytest.raises(SynthesisError, match="per record but DP-SGD's is per person"):
        compose_ledgers(training=training, synthesizer={"epsilon_spent": 1.0, "delta": 1e-6},
                        synthesizer_name="dp_marginal", mix="real+synthetic")
    fields = compose_ledgers(training=training, synthesizer={"epsilon_spent": 1.0, "delta": 1e-6,
                                                             "privacy_unit": "person"},
                             synthesizer_name="dp_marginal", mix="real+synthetic")
    assert fields["epsilon_composed"] == pytest.approx(2.0)


def test_when_synthetic_file_is_empty_then_a_synthetic_mix_stops_with_the_fix() -> None:
    with pytest.raises(SynthesisError, match="data_mix: \\[real\\]"):
        training_table(real=make_records(20), synthetic=pd.DataFrame(), mix="real+synthetic")


def test_when_synthetic_rows_are_copies_of_training_rows_then_gate_stops_training() -> None:
    records = make_records(400, seed=0)
    copies = records[records["split"] == "train"][COLUMNS].sample(200, random_state=0)
    with pytest.raises(MemorisationGateError, match="exact-copy rate") as err:
        check_memorisation_gate(_scorecard(copies, records), gate=GATE)
    assert "reports/synthetic.json" in str(err.value) and "data_mix: [real]" in str(err.value)


def test_when_synthetic_rows_are_as_far_as_unseen_people_then_gate_passes() -> None:
    records = make_records(400, seed=0)
    fresh = make_records(200, seed=9)[COLUMNS]  # same distribution, no training row copied
    figures = check_memorisation_gate(_scorecard(fresh, records), gate=GATE)
    assert figures["excess_exact_copy_rate_beyond_noise"] <= GATE["max_excess_exact_copy_rate"]
    assert figures["dcr_ratio"] is None or figures["dcr_ratio"] >= GATE["min_dcr_ratio"]


def test_when_synthetic_rows_crowd_training_rows_then_dcr_ratio_fails_the_gate() -> None:
    records = make_records(400, seed=0)
    near = records[records["split"] == "train"][COLUMNS].sample(200, random_state=1).copy()
    near["age"] = near["age"] + 0.01  # no exact copy, but far closer than any unseen person
    with pytest.raises(MemorisationGateError, match="DCR ratio"):
        check_memorisation_gate(_scorecard(near, records), gate={**GATE, "max_excess_exact_copy_rate": 1.0})


def test_when_scorecard_has_no_distance_metrics_then_gate_names_the_rule_to_rerun() -> None:
    with pytest.raises(MemorisationGateError, match="synthesize_records"):
        check_memorisation_gate({"skipped": "text-only"}, gate=GATE)


def test_when_text_models_get_a_synthetic_mix_then_validation_names_model_and_fix() -> None:
    params = {"train": {"models": ["linear_ngrams", "tabular_mlp"], "data_mix": ["real", "real+synthetic"]},
              "synthesize": {"enabled": True}}
    problems = augmentation_problems(**params)
    assert len(problems) == 1 and "'linear_ngrams'" in problems[0] and "params-synthetic.yaml" in problems[0]
    # frozen_encoder trains on synthetic sentence embeddings (the text path): not a problem
    params["train"]["models"] = ["frozen_encoder", "tabular_mlp"]
    assert augmentation_problems(**params) == []


def _params(**sections: dict) -> dict:
    params = yaml.safe_load((REPO / "params.yaml").read_text())
    for name, section in sections.items():
        params[name] = {**params[name], **section}
    return params


def test_when_synthesis_is_off_then_a_synthetic_mix_is_refused_at_start_up() -> None:
    with pytest.raises(ConfigError, match="synthesize.enabled"):
        validate_params(_params(train={"models": ["tabular_mlp"], "default_model": "tabular_mlp",
                                       "data_mix": ["real+synthetic"]}, synthesize={"enabled": False}))


def test_when_data_mix_is_unknown_then_schema_names_the_key_and_allowed_values() -> None:
    with pytest.raises(ConfigError, match=r"train\.data_mix\[0\]") as err:
        validate_params(_params(train={"data_mix": ["augmented"]}))
    assert "real+synthetic" in str(err.value)


def test_when_data_mix_is_left_out_then_only_real_data_is_trained() -> None:
    params = _params()
    del params["train"]["data_mix"]
    assert validate_params(params)["train"]["data_mix"] == ["real"]
    assert augmentation_problems(train={"models": ["linear_ngrams"]}, synthesize={}) == []


def test_distances_in_scorecard_are_finite() -> None:
    card = _scorecard(make_records(100, seed=5)[COLUMNS], make_records(300))
    assert np.isfinite(card["privacy"]["distance"]["dcr"]["synthetic_to_train"]["mean"])


def test_when_unit_is_auto_then_a_synthetic_only_run_keeps_the_real_rows_unit() -> None:
    from confide.synthesize.augment import variant_train_config

    real = make_records(40)  # has group_id: auto resolves to person
    assert variant_train_config({"privacy_unit": "auto"}, real=real)["privacy_unit"] == "person"
    only = training_table(real=real, synthetic=make_records(20, seed=3)[COLUMNS], mix="synthetic")
    assert "group_id" not in only.columns  # alone, auto would have resolved to record
    assert variant_train_config({"privacy_unit": "record"}, real=real)["privacy_unit"] == "record"


def test_when_sweep_has_data_mixes_then_report_rows_keep_them_apart_and_count_synthesizer_once() -> None:
    from confide.report.tables import aggregate_variants, composition

    def variant(mix: str, f1: float, composed: float) -> dict:
        return {"model": "tabular_mlp", "seed": 0, "epsilon_target": 1.0, "epsilon_spent": 1.0, "delta": 1e-5,
                "data_mix": mix, "epsilon_composed": composed, "synthesizer_dp": mix != "real",
                "epsilon_synthesizer": 3.0 if mix != "real" else None, "utility": {"macro_f1": {"value": f1}}}

    variants = [variant("real", 0.5, 1.0), variant("real+synthetic", 0.7, 4.0), variant("synthetic", 0.6, 3.0)]
    rows = {r["data_mix"]: r for r in aggregate_variants(variants)}
    assert {m: (r["macro_f1"], r["epsilon_composed"]) for m, r in rows.items()} == {
        "real": (0.5, 1.0), "real+synthetic": (0.7, 4.0), "synthetic": (0.6, 3.0)}
    total = composition(variants)
    assert total["epsilon_sum"] == 3.0 and total["epsilon_sum_with_synthesizer"] == 6.0


def test_when_records_still_carry_every_seeds_split_then_synthesis_refuses_them() -> None:
    records = make_records(60).rename(columns={"split": "split_seed_0"})
    records["split_seed_1"] = records["split_seed_0"]
    with pytest.raises(SynthesisError, match="split_for_seed"):
        fit_rows_for_unit(records, train_config={"privacy_unit": "record"}, seed=0)
