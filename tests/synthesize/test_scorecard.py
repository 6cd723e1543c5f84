import json
import warnings

import numpy as np
import pytest

from confide.synthesize import NoFormalPrivacyWarning, score_synthetic, synthesize_table
from confide.synthesize.utility import make_dp_logreg, sklearn_logreg, utility_scores

from .conftest import make_records


@pytest.fixture(scope="module")
def tables():
    df = make_records(n=500, seed=2)
    train, holdout = df[df.split == "train"], df[df.split == "test"]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NoFormalPrivacyWarning)
        synth = synthesize_table(train, config={"synthesizer": "gaussian_copula"}, seed=0).table
    return train, holdout, synth


def test_when_scoring_then_card_is_json_serialisable_and_has_every_part(tables):
    train, holdout, synth = tables
    card = score_synthetic(
        real_train=train,
        real_holdout=holdout,
        synthetic=synth,
        target="label",
        config={"score": {"n_attacks": 60, "dp_training": {"epochs": 2}}},
        seed=0,
    )
    text = json.dumps(card, allow_nan=False)
    assert "r0000" not in text and "made up post" not in text  # no ids or text leak in
    assert 0 < card["fidelity"]["quality_score"] <= 1
    assert set(card["fidelity"]["quality_properties"]) == {"Column Shapes", "Column Pair Trends"}
    assert card["fidelity"]["diagnostic_score"] == pytest.approx(1.0, abs=0.05)
    models = card["utility"]["models"]
    assert set(models) == {"logreg", "dp_logreg"}
    assert models["logreg"]["real"]["roc_auc"] > 0.8
    assert models["logreg"]["synthetic"]["roc_auc"] > 0.7  # copula keeps the signal
    assert models["dp_logreg"]["real"]["ledger"]["epsilon_spent"] <= 3.0 + 1e-6
    for part in ("distance", "singling_out", "linkability", "inference"):
        assert part in card["privacy"]
    assert card["privacy"]["inference"]["secret"] == "label"


def test_when_synthetic_labels_are_shuffled_then_tstr_collapses_but_trtr_does_not(tables):
    train, holdout, synth = tables
    broken = synth.copy()
    broken["label"] = np.random.default_rng(0).permutation(broken["label"].to_numpy())
    feats = ["age", "gender", "phq9_1", "phq9_2", "phq9_3"]
    out = utility_scores(
        real_train=train,
        real_holdout=holdout,
        synthetic=broken,
        target="label",
        features=feats,
        train_fns={"logreg": sklearn_logreg},
        seed=0,
    )
    lr = out["models"]["logreg"]
    assert lr["real"]["roc_auc"] > 0.8 and lr["real"]["balanced_accuracy"] > 0.7
    # labels carry no signal: the model falls back to the majority class
    assert abs(lr["synthetic"]["balanced_accuracy"] - 0.5) < 0.1


def test_when_custom_train_fn_given_then_it_is_used_for_every_training_set(tables):
    train, holdout, synth = tables
    calls = []

    class Prior:
        def __init__(self, y):
            self.classes_ = sorted(y.astype(str).unique())
            self.p = y.astype(str).value_counts(normalize=True).reindex(self.classes_).to_numpy()

        def predict_proba(self, x):
            return np.tile(self.p, (len(x), 1))

    def prior_fn(features, target, *, seed):
        calls.append(len(features))
        return Prior(target)

    out = utility_scores(
        real_train=train,
        real_holdout=holdout,
        synthetic=synth,
        target="label",
        features=["age"],
        train_fns={"prior": prior_fn},
        seed=0,
    )
    assert calls == [len(train), len(synth), len(train) + len(synth)]
    assert out["models"]["prior"]["real"]["roc_auc"] == pytest.approx(0.5)


def test_when_dp_logreg_trained_then_ledger_within_budget_and_model_learns():
    df = make_records(n=600, seed=4)
    feats = ["age", "gender", "phq9_1", "phq9_2", "phq9_3"]
    model = make_dp_logreg(epsilon=8.0, delta=1e-5, epochs=5)(df[feats], df["label"], seed=0)
    led = model.ledger
    assert led["epsilon_spent"] <= 8.0 + 1e-6 and led["steps"] > 0 and led["noise_multiplier"] > 0
    proba = model.predict_proba(df[feats])
    from sklearn.metrics import roc_auc_score

    assert roc_auc_score(df["label"] == model.classes_[1], proba[:, 1]) > 0.75


def test_when_target_not_synthesized_then_config_error(tables):
    from confide.errors import ConfigError

    train, holdout, synth = tables
    with pytest.raises(ConfigError, match="phq9_total"):
        score_synthetic(
            real_train=train,
            real_holdout=holdout,
            synthetic=synth,
            target="phq9_total",
            config={},
            seed=0,
        )
