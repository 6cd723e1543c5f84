"""train_model / TrainedModel / load_model behaviour on synthetic data."""

from __future__ import annotations

import math
import warnings

import numpy as np
import pytest

from confide.train import MODEL_REGISTRY, load_model, train_model
from confide.train.errors import SecureModeUnavailableError, TrainConfigError

from .conftest import FAST

CLASSES = ["anxiety", "control", "depression"]


def _train(df, model="linear_ngrams", eps=math.inf, seed=0, cfg=FAST, **kw):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        return train_model(
            train=df,
            classes=kw.pop("classes", CLASSES),
            model=model,
            epsilon=eps,
            seed=seed,
            config=cfg,
            **kw,
        )


@pytest.mark.parametrize("model", ["linear_ngrams", "embedding_bag"])
@pytest.mark.parametrize("eps", [math.inf, 4.0])
def test_when_text_model_trained_then_it_beats_chance(text_table, model, eps):
    m = _train(
        text_table,
        model=model,
        eps=eps,
        cfg={"model_params": {model: {"epochs": 5, "batch_size": 64}}},
    )
    proba = m.predict_proba(text_table)
    assert proba.shape == (len(text_table), 3)
    np.testing.assert_allclose(proba.sum(1), 1.0, rtol=1e-6)
    acc = float(np.mean(np.array(m.predict(text_table)) == text_table["label"].to_numpy()))
    assert acc > 0.6, acc  # chance is 1/3


@pytest.mark.parametrize("model", ["linear_ngrams", "embedding_bag"])
def test_when_same_seed_then_identical_predictions_and_different_seed_differs(text_table, model):
    cpu = {**FAST, "device": "cpu"}  # bit-identical on CPU only; CUDA's agreement is in test_cuda.py
    a = _train(text_table, model=model, eps=2.0, seed=7, cfg=cpu).predict_proba(text_table)
    b = _train(text_table, model=model, eps=2.0, seed=7, cfg=cpu).predict_proba(text_table)
    c = _train(text_table, model=model, eps=2.0, seed=8, cfg=cpu).predict_proba(text_table)
    np.testing.assert_array_equal(a, b)
    assert not np.allclose(a, c)


def test_when_saved_and_loaded_then_same_predictions_and_ledger(text_table, tmp_path):
    m = _train(text_table, model="embedding_bag", eps=2.0)
    m.save(tmp_path / "m")
    m2 = load_model(tmp_path / "m")
    np.testing.assert_allclose(m.predict_proba(text_table), m2.predict_proba(text_table), rtol=1e-6)
    assert m2.ledger["epsilon_spent"] == m.ledger["epsilon_spent"] and m2.classes == CLASSES


def test_when_per_example_loss_then_matches_minus_log_proba(text_table):
    m = _train(text_table)
    loss = m.per_example_loss(text_table, text_table["label"])
    proba = m.predict_proba(text_table)
    idx = [CLASSES.index(v) for v in text_table["label"]]
    np.testing.assert_allclose(loss, -np.log(proba[np.arange(len(idx)), idx]), rtol=1e-4, atol=1e-6)


def test_when_non_private_then_ledger_says_so_and_warns(text_table):
    with pytest.warns(UserWarning, match="WITHOUT differential privacy"):
        m = train_model(
            train=text_table,
            classes=CLASSES,
            model="linear_ngrams",
            epsilon=math.inf,
            seed=0,
            config=FAST,
        )
    assert m.ledger["private"] is False and m.ledger["noise_multiplier"] == 0.0


def test_when_unknown_model_then_value_error_lists_known(text_table):
    with pytest.raises(ValueError, match="linear_ngrams"):
        _train(text_table, model="bert_large")


def test_when_secure_mode_requested_then_clear_error(text_table):
    with pytest.raises(SecureModeUnavailableError, match="torchcsprng"):
        _train(text_table, eps=1.0, cfg={**FAST, "secure_mode": True})


def test_when_label_not_in_classes_then_error(text_table):
    with pytest.raises(TrainConfigError, match="not in classes"):
        _train(text_table, classes=["anxiety", "control"])


def test_when_encoder_features_given_then_head_trains_and_misaligned_features_fail(text_table):
    rng = np.random.default_rng(0)
    centers = rng.normal(size=(3, 384))
    y = text_table["label"].map({c: i for i, c in enumerate(CLASSES)}).to_numpy()
    feats = (centers[y] + rng.normal(scale=2.0, size=(len(y), 384))).astype(np.float32)
    feats /= np.linalg.norm(feats, axis=1, keepdims=True)
    m = _train(
        text_table,
        model="frozen_encoder",
        eps=4.0,
        features=feats,
        cfg={"model_params": {"frozen_encoder": {"epochs": 5, "batch_size": 64}}},
    )
    acc = np.mean(m.predict_proba(text_table, features=feats).argmax(1) == y)
    assert acc > 0.8
    with pytest.raises(TrainConfigError, match="row-aligned"):
        _train(text_table, model="frozen_encoder", features=feats[:-1])


def test_when_tabular_model_trained_then_it_learns_phq9_threshold(tabular_table):
    classes = ["high", "low"]
    cfg = {"model_params": {"tabular_mlp": {"epochs": 10, "batch_size": 64, "lr": 0.02}}}
    for eps in (math.inf, 8.0):
        m = _train(tabular_table, model="tabular_mlp", eps=eps, cfg=cfg, classes=classes)
        acc = np.mean(np.array(m.predict(tabular_table)) == tabular_table["label"].to_numpy())
        base = max(np.mean(tabular_table["label"] == c) for c in classes)
        assert acc > base + 0.05, (eps, acc, base)


def test_when_tabular_numeric_column_has_no_public_bounds_then_error(tabular_table):
    df = tabular_table.assign(income=1.0)
    with pytest.raises(TrainConfigError, match="income"):
        _train(df, model="tabular_mlp", classes=["high", "low"])


@pytest.mark.parametrize("model", sorted(MODEL_REGISTRY))
def test_when_text_changes_then_only_models_declared_reads_text_change_predictions(model, text_table, tabular_table):
    tabular = model == "tabular_mlp"
    table, classes = (tabular_table, ["high", "low"]) if tabular else (text_table, CLASSES)
    table = table.assign(text=[f"note {i} about the week" for i in range(len(table))])
    kw = {}
    if MODEL_REGISTRY.get(model).needs_features:
        kw["features"] = np.random.default_rng(0).normal(size=(len(table), 8)).astype(np.float32)
    trained = _train(table, model=model, classes=classes, **kw)
    altered = table.assign(text="worried panic nervous racing heart")
    changed = not np.allclose(trained.predict_proba(table, **kw), trained.predict_proba(altered, **kw))
    assert changed == MODEL_REGISTRY.get(model).reads_text


def test_when_registry_listed_then_all_four_models_present():
    assert {"linear_ngrams", "embedding_bag", "frozen_encoder", "tabular_mlp"} <= set(MODEL_REGISTRY)


def test_when_logical_batch_exceeds_physical_then_memory_manager_keeps_accounting(text_table):
    cfg = {
        "max_physical_batch_size": 16,
        "model_params": {"linear_ngrams": {"epochs": 2, "batch_size": 100}},
    }
    m = _train(text_table, eps=2.0, cfg=cfg)
    assert m.ledger["epsilon_spent"] <= 2.0
    assert m.ledger["steps"] == 2 * math.ceil(len(text_table) / 100)
