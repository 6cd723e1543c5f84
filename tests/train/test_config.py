"""Config defaults, validation (every problem reported) and delta/epsilon checks."""

from __future__ import annotations

import math

import pytest

from confide.train.config import (
    config_schema,
    default_config,
    resolve_config,
    resolve_delta,
    validate_epsilon,
)
from confide.train.errors import PrivacyBudgetError, TrainConfigError


def test_when_config_empty_then_defaults_are_complete_and_valid():
    cfg = resolve_config({})
    assert cfg == default_config()
    assert math.inf in cfg["epsilons"] and cfg["accountant"] == "prv" and cfg["secure_mode"] is False


def test_when_several_keys_are_bad_then_error_lists_all_of_them():
    bad = {
        "accountant": "moments",
        "epsilonz": [1],
        "model_params": {"linear_ngrams": {"lr": -1, "foo": 1}, "bert": {}},
    }
    with pytest.raises(TrainConfigError) as info:
        resolve_config(bad)
    msg = str(info.value)
    for fragment in (
        "train.accountant",
        "train.epsilonz",
        "linear_ngrams.lr",
        "linear_ngrams.foo",
        "bert",
    ):
        assert fragment in msg


def test_when_partial_model_params_then_other_defaults_kept():
    cfg = resolve_config({"model_params": {"linear_ngrams": {"epochs": 2}}})
    assert cfg["model_params"]["linear_ngrams"]["epochs"] == 2
    assert (
        cfg["model_params"]["linear_ngrams"]["batch_size"]
        == default_config()["model_params"]["linear_ngrams"]["batch_size"]
    )


@pytest.mark.parametrize("n", [1, 10, 2000, 10**6])
def test_when_delta_is_null_then_auto_delta_is_below_one_over_n(n):
    assert 0 < resolve_delta(None, n) < 1 / n


@pytest.mark.parametrize("delta", [1 / 100, 0.5, 0.0, -1e-5])
def test_when_delta_not_below_one_over_n_then_privacy_budget_error(delta):
    with pytest.raises(PrivacyBudgetError):
        resolve_delta(delta, 100)


def test_when_delta_valid_then_returned():
    assert resolve_delta(1e-4, 100) == 1e-4


@pytest.mark.parametrize("eps", [0, -1.0, float("nan"), True])
def test_when_epsilon_not_positive_then_privacy_budget_error(eps):
    with pytest.raises(PrivacyBudgetError):
        validate_epsilon(eps)


def test_when_schema_built_then_every_key_has_description_and_default():
    schema = config_schema()
    props = schema["properties"]
    for name, prop in props.items():
        if name == "model_params":
            for sub in prop["additionalProperties"]["properties"].values():
                assert sub["description"] and "default" in sub
        else:
            assert prop["description"] and "default" in prop
