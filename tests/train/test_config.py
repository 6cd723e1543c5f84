"""Config defaults, validation (every problem reported) and delta/epsilon checks."""

from __future__ import annotations

import math
import re

import pytest

from confide.config import section_defaults
from confide.train.config import resolve_config, resolve_delta, validate_epsilon
from confide.train.errors import PrivacyBudgetError, TrainConfigError


def test_when_config_empty_then_defaults_are_complete_and_valid():
    cfg = resolve_config({})
    assert cfg == section_defaults("train")
    assert set(cfg["model_params"]) == {"frozen_encoder", "linear_ngrams", "embedding_bag", "tabular_mlp"}
    assert math.inf in cfg["epsilons"] and cfg["accountant"] == "prv" and cfg["secure_mode"] is False


def test_when_several_keys_are_bad_then_error_lists_all_of_them():
    bad = {
        "accountant": "moments",
        "epsilonz": [1],
        "model_params": {"linear_ngrams": {"lr": -1, "foo": 1}},
    }
    with pytest.raises(TrainConfigError) as info:
        resolve_config(bad)
    msg = str(info.value)
    for fragment in (
        "train.accountant",
        "train: unknown keys ['epsilonz']",
        "train.model_params.linear_ngrams.lr",
        "train.model_params.linear_ngrams: unknown keys ['foo']",
    ):
        assert fragment in msg


def test_when_a_model_is_not_registered_then_every_place_naming_it_is_reported():
    bad = {"models": ["bert", "linear_ngrams"], "default_model": "gpt", "model_params": {"bert": {}}}
    with pytest.raises(TrainConfigError) as info:
        resolve_config(bad)
    msg = str(info.value)
    for fragment in ("train.models: unknown model 'bert'", "train.default_model: unknown model 'gpt'",
                     "train.model_params.bert: unknown model"):
        assert fragment in msg


@pytest.mark.parametrize(("key", "value", "named"), [
    ("epsilons", [1.0, float("nan")], "train.epsilons[1]: NaN"),
    ("models", [], "train.models: the list is empty"),
    ("model_params", {"linear_ngrams": {"word_ngrams": [2, 1]}}, "linear_ngrams.word_ngrams must be [lo, hi]"),
])
def test_when_a_cross_field_rule_fails_then_the_reader_names_the_key(key, value, named):
    with pytest.raises(TrainConfigError, match=re.escape(named)):
        resolve_config({key: value})


def test_when_partial_model_params_then_other_defaults_kept():
    cfg = resolve_config({"model_params": {"linear_ngrams": {"epochs": 2}}})
    assert cfg["model_params"]["linear_ngrams"]["epochs"] == 2
    assert (
        cfg["model_params"]["linear_ngrams"]["batch_size"]
        == section_defaults("train")["model_params"]["linear_ngrams"]["batch_size"]
    )
    own = section_defaults("train")["model_params"]["linear_ngrams"]
    assert cfg["model_params"]["linear_ngrams"]["lr"] == own["lr"]


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
