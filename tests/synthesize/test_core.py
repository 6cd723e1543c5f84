import copy
import warnings

import pandas as pd
import pytest

from confide.errors import ConfigError
from confide.synthesize import (
    NoFormalPrivacyWarning,
    NothingToSynthesizeError,
    create_synthesizer,
    known_synthesizers,
    read_config,
    synthesize_table,
)


def _run(records, **config):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NoFormalPrivacyWarning)
        warnings.simplefilter("ignore", UserWarning)
        return synthesize_table(records, config=config, seed=0)


def test_when_gaussian_copula_then_only_train_rows_are_used_and_ratio_sets_size(records):
    res = _run(records, synthesizer="gaussian_copula", ratio=0.5)
    n_train = int((records["split"] == "train").sum())
    assert res.n_train_rows == n_train
    assert len(res.table) == round(0.5 * n_train)
    assert list(res.table.columns) == ["age", "gender", "phq9_1", "phq9_2", "phq9_3", "label"]
    assert {"record_id", "text", "group_id", "date", "split"} <= set(res.excluded)
    assert res.ledger is None and res.fit_seconds > 0
    assert set(res.table["gender"].dropna()) <= {"female", "male"}


def test_when_same_seed_then_same_synthetic_table(records):
    a = _run(records, synthesizer="gaussian_copula", n_rows=40).table
    b = _run(records, synthesizer="gaussian_copula", n_rows=40).table
    pd.testing.assert_frame_equal(a, b)


@pytest.mark.parametrize("name", ["ctgan", "tvae"])
def test_when_gan_or_vae_with_one_epoch_then_it_samples_the_schema(records, name):
    res = _run(records, synthesizer=name, epochs=1, batch_size=100, n_rows=30)
    assert res.table.shape == (30, 6)
    assert set(res.table["label"].dropna()) <= {"high", "low"}


def test_when_dp_marginal_then_ledger_recorded_and_size_uses_noisy_count(records):
    res = _run(records, synthesizer="dp_marginal", dp={"epsilon": 1.0, "delta": 1e-5})
    assert res.ledger["epsilon_target"] == 1.0 and res.ledger["epsilon_spent"] <= 1.0
    assert res.ledger["domain_public"] is False  # no public domain given here
    assert abs(len(res.table) - res.n_train_rows) < 60
    assert res.summary()["private"] is True


def test_when_non_private_synthesizer_then_warns_loudly(records):
    with pytest.warns(NoFormalPrivacyWarning, match="no formal privacy guarantee"):
        synthesize_table(records, config={"synthesizer": "gaussian_copula", "n_rows": 5}, seed=0)


def test_when_text_only_table_then_stage_reports_nothing_to_synthesize(records):
    with pytest.raises(NothingToSynthesizeError, match="free text"):
        synthesize_table(records[["record_id", "text", "label", "split"]], config={}, seed=0)


def test_when_config_has_several_problems_then_all_are_listed():
    with pytest.raises(ConfigError) as error:
        read_config({"ratio": -1, "dp": {"epsilon": 0}, "n_rows": 0})
    for key in ("synthesize.ratio", "synthesize.dp.epsilon", "synthesize.n_rows"):
        assert key in str(error.value)
    with pytest.raises(ConfigError, match="gan9000.*gaussian_copula"):  # lists the known names
        synthesize_table(pd.DataFrame({"a": [1.0]}), config={"synthesizer": "gan9000"}, seed=0)


def test_when_unknown_registry_name_then_value_error_lists_known():
    with pytest.raises(ValueError, match="dp_marginal"):
        create_synthesizer("nope", config={})
    assert {"ctgan", "dp_marginal", "gaussian_copula", "tvae"} <= set(known_synthesizers())


@pytest.mark.parametrize(("levels", "sdtype"), [(5, "categorical"), (0, "numerical")])
def test_when_categorical_max_levels_set_then_likert_items_follow_it(records, levels, sdtype):
    synth = create_synthesizer("gaussian_copula", config=read_config({"categorical_max_levels": levels}))
    synth.fit(records[["age", "phq9_1", "label"]], seed=0)
    spec = synth._model.metadata.to_dict()["tables"]["records"]["columns"]
    assert spec["phq9_1"]["sdtype"] == sdtype
    assert spec["age"]["sdtype"] == "numerical"  # 60+ levels: stays numeric
    assert set(synth.sample(100, seed=0)["phq9_1"].dropna()) <= {0.0, 1.0, 2.0, 3.0}


def test_when_a_registered_synthesizer_reports_a_ledger_then_no_privacy_warning(records, monkeypatch):
    from confide.synthesize import register_synthesizer

    class Echo:  # a toy "private" synthesizer: resamples rows, reports a ledger
        def __init__(self, config):
            self.ledger = None
            self.epsilon = config["dp"]["epsilon"]

        def fit(self, table, *, seed):
            self.table = table
            self.ledger = {"epsilon_target": self.epsilon, "epsilon_spent": self.epsilon}

        def sample(self, n_rows, *, seed):
            return self.table.sample(n_rows, replace=True, random_state=seed)

        def default_n_rows(self, ratio, n_train):
            return round(ratio * n_train)

    from confide.synthesize import registry

    monkeypatch.setattr(registry, "_REGISTRY", copy.deepcopy(registry._REGISTRY))  # echo_test stays in this test
    register_synthesizer("echo_test", Echo)
    with warnings.catch_warnings():
        warnings.simplefilter("error", NoFormalPrivacyWarning)
        res = synthesize_table(records, config={"synthesizer": "echo_test", "dp": {"epsilon": 1.0}}, seed=0)
    assert res.ledger["epsilon_spent"] == 1.0
    with pytest.warns(NoFormalPrivacyWarning, match="above 10"):
        synthesize_table(records, config={"synthesizer": "echo_test", "dp": {"epsilon": 50.0}}, seed=0)
