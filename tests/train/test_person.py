"""Person-level DP: one clipped gradient per person, person-level accounting, the cap and delta."""

from __future__ import annotations

import math
import warnings

import numpy as np
import pandas as pd
import pytest
import torch
from opacus.accountants import create_accountant
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

from confide.train import train_model
from confide.train.errors import PrivacyBudgetError, TrainConfigError
from confide.train.features import DenseData, hash_ngrams
from confide.train.loop import fit, physical_batch_limit, privatize
from confide.train.modules import EmbeddingBagClassifier, LinearNgrams
from confide.train.person import (
    PersonCrossEntropy,
    PersonData,
    person_cap,
    person_keys,
    person_members,
    resolve_privacy_unit,
    rows_used,
)
from confide.train.sparse_bag import person_bag_norms

C = 0.5
SMALL = {"epochs": 1, "batch_size": 16, "n_features": 2**10}  # small hash space: fast tests
CLASSES = ["anxiety", "depression", "control"]
_WORDS = {
    "anxiety": ["worried", "panic", "nervous", "racing", "fear"],
    "depression": ["sad", "empty", "hopeless", "tired", "alone"],
    "control": ["game", "recipe", "garden", "movie", "coffee"],
}


def _table(n: int, *, records_per_person, seed: int = 0) -> pd.DataFrame:
    """Synthetic posts; ``records_per_person(i)`` records for person i until n rows."""
    rng = np.random.default_rng(seed)
    rows, person = [], 0
    while len(rows) < n:
        for _ in range(min(records_per_person(person), n - len(rows))):
            label = CLASSES[len(rows) % 3]
            text = " ".join([*rng.choice(_WORDS[label], 3), "i", "feel", "today"])
            rows.append({"record_id": f"r{len(rows)}", "text": text, "label": label, "group_id": f"p{person}"})
        person += 1
    return pd.DataFrame(rows)


def _clipped_sums(make_module, person_inputs, y, *, mode: str) -> list[float]:
    """Norm of the clipped (pre-noise) gradient sum of each person, one person per batch."""
    norms = []
    for b in range(y.shape[0]):
        torch.manual_seed(0)
        module = make_module()
        loader = DataLoader(TensorDataset(torch.arange(1)), batch_size=1)
        dp_module, dp_opt, criterion, _, _ = privatize(
            module=module, optimizer=torch.optim.SGD(module.parameters(), lr=1.0),
            criterion=PersonCrossEntropy(), loader=loader, epsilon=50.0, delta=1e-5, epochs=1,
            max_grad_norm=C, accountant="rdp", secure_mode=False, grad_sample_mode=mode,
        )  # fmt: skip
        loss = criterion(dp_module(*(t[b : b + 1] for t in person_inputs)), y[b : b + 1])
        loss.backward()
        dp_opt.clip_and_accumulate()
        grads = [p.summed_grad if mode != "ghost" else p.grad for p in module.parameters()]
        norms.append(float(torch.cat([g.reshape(-1) for g in grads]).norm()))
    return norms


def _bag_persons(k: int) -> tuple[tuple[torch.Tensor, torch.Tensor], torch.Tensor]:
    """Two persons of ``k`` slots: person 0 = one record duplicated k times, person 1 = one record."""
    ids = torch.tensor([1, 4, 7, 9])
    weights = torch.tensor([3.0, 2.0, 4.0, 1.0])
    pid = torch.zeros((2, k, 4), dtype=torch.long)
    pw = torch.zeros((2, k, 4))
    pid[0], pw[0] = ids, weights
    pid[1, 0], pw[1, 0] = ids, weights
    y = torch.full((2, k), -100)
    y[0], y[1, 0] = 0, 0
    return (pid, pw), y


CLIP_CASES = {
    "linear_ghost": ("dense", lambda: nn.Linear(6, 3), "ghost"),
    "linear_hooks": ("dense", lambda: nn.Linear(6, 3), "hooks"),
    "ngrams_ghost": ("bag", lambda: LinearNgrams(12, 3), "ghost"),
    "fasttext_ghost": ("bag", lambda: EmbeddingBagClassifier(12, 4, 3), "ghost"),
    "fasttext_hooks": ("bag", lambda: EmbeddingBagClassifier(12, 4, 3), "hooks"),
}


@pytest.mark.parametrize("case", sorted(CLIP_CASES))
def test_when_person_has_many_duplicated_records_then_clipped_update_norm_stays_within_clip_bound(case):
    kind, make_module, mode = CLIP_CASES[case]
    k = 20
    if kind == "dense":
        x = torch.zeros((2, k, 6))
        x[0] = torch.arange(6.0) * 10.0  # the heavy person: the same record 20 times
        x[1, 0] = torch.arange(6.0) * 10.0
        y = torch.full((2, k), -100)
        y[0], y[1, 0] = 0, 0
        inputs: tuple = (x,)
    else:
        inputs, y = _bag_persons(k)
    heavy, single = _clipped_sums(make_module, inputs, y, mode=mode)
    assert heavy <= C * (1 + 1e-4), f"a person's clipped gradient has norm {heavy:.3f} > C = {C}"
    assert single == pytest.approx(C, rel=1e-3), "fixture: one record alone must already need clipping"
    # Per-record clipping of the same 20 records would add up to 20 C: what the bound rules out.
    flat = tuple(t[0].reshape(k, 1, *t.shape[2:]) for t in inputs)
    per_record = sum(_clipped_sums(make_module, flat, y[0].reshape(k, 1), mode=mode))
    assert per_record == pytest.approx(k * C, rel=1e-3)


def test_when_person_bag_norm_computed_then_equals_autograd_per_person_reference():
    torch.manual_seed(0)
    module = EmbeddingBagClassifier(30, 5, 3)
    g = torch.Generator().manual_seed(2)
    ids = torch.randint(0, 30, (6, 3, 5), generator=g)
    ids[:, 1, :2] = ids[:, 0, :2]  # the same ids in two records of a person: cross terms count
    weights = torch.rand((6, 3, 5), generator=g)
    weights[:, 2, 3:] = 0.0
    y = torch.randint(0, 3, (6, 3), generator=g)
    reference = []
    for i in range(6):
        module.zero_grad()
        PersonCrossEntropy(reduction="sum")(module(ids[i : i + 1], weights[i : i + 1]), y[i : i + 1]).backward()
        reference.append(module.bag.weight.grad.norm())
    out = module.bag(ids, weights).detach().requires_grad_(True)
    loss = PersonCrossEntropy(reduction="sum")(module.fc(out), y)
    (g_out,) = torch.autograd.grad(loss, out)
    torch.testing.assert_close(person_bag_norms(ids, weights, g_out, 30), torch.stack(reference), rtol=1e-4, atol=1e-6)


def _quiet_train(**kwargs):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        return train_model(**kwargs)


def test_when_unit_person_then_ledger_epsilon_equals_fresh_accountant_over_person_level_rate_and_steps():
    table = _table(240, records_per_person=lambda i: 1 + i % 5)  # 80 persons of 1-5 records
    n_persons = table["group_id"].nunique()
    cfg = {"accountant": "rdp", "model_params": {"linear_ngrams": {**SMALL, "epochs": 3}}}
    model = _quiet_train(train=table, classes=CLASSES, model="linear_ngrams", epsilon=2.0, seed=0, config=cfg)
    ledger = model.ledger
    batches = math.ceil(n_persons / 16)
    assert ledger["privacy_unit"] == "person" and ledger["n_persons"] == n_persons == 80
    assert ledger["sample_rate"] == pytest.approx(1 / batches) and ledger["steps"] == 3 * batches
    assert ledger["delta"] == pytest.approx(1 / (10 * n_persons))
    fresh = create_accountant(mechanism="rdp")
    fresh.history = [(ledger["noise_multiplier"], 1 / batches, 3 * batches)]
    assert ledger["epsilon_spent"] == pytest.approx(fresh.get_epsilon(delta=1 / (10 * n_persons)), rel=1e-6)
    assert ledger["epsilon_spent"] <= 2.0 * 1.01


@pytest.mark.parametrize("model", ["linear_ngrams", "frozen_encoder"])
def test_when_every_person_has_one_record_then_person_and_record_units_agree(model):
    table = _table(150, records_per_person=lambda i: 1)
    features = np.random.default_rng(3).normal(size=(150, 8)).astype(np.float32)
    base = {"accountant": "rdp", "model_params": {model: {**SMALL, "epochs": 2, "batch_size": 32}}}
    runs = {}
    for unit in ("person", "record"):
        runs[unit] = _quiet_train(train=table, classes=CLASSES, model=model, epsilon=3.0, seed=1,
                                  config={**base, "privacy_unit": unit}, features=features)  # fmt: skip
    person, record = runs["person"], runs["record"]
    for key in ("noise_multiplier", "sample_rate", "steps", "epsilon_spent", "delta", "n_persons", "n_records"):
        assert person.ledger[key] == pytest.approx(record.ledger[key]), key
    assert person.ledger["privacy_unit"] == "person" and record.ledger["privacy_unit"] == "record"
    np.testing.assert_allclose(person.predict_proba(table, features), record.predict_proba(table, features), atol=1e-5)


def test_when_delta_not_below_one_over_persons_then_person_unit_refuses_naming_persons():
    table = _table(120, records_per_person=lambda i: 4)  # 30 persons, 120 records
    cfg = {"delta": 1 / 25, "accountant": "rdp", "model_params": {"linear_ngrams": SMALL}}
    with pytest.raises(PrivacyBudgetError, match=r"n=30 persons.*privacy unit person"):
        _quiet_train(train=table, classes=CLASSES, model="linear_ngrams", epsilon=1.0, seed=0, config=cfg)
    # 1/60 is below 1/persons (accepted at unit person) but not below 1/records.
    ok = _quiet_train(train=table, classes=CLASSES, model="linear_ngrams", epsilon=1.0, seed=0,
                      config={**cfg, "delta": 1 / 60})  # fmt: skip
    assert ok.ledger["delta"] == pytest.approx(1 / 60) and ok.ledger["max_records_per_person"] == 8
    with pytest.raises(PrivacyBudgetError, match=r"n=120 records"):
        _quiet_train(train=table, classes=CLASSES, model="linear_ngrams", epsilon=1.0, seed=0,
                     config={**cfg, "delta": 1 / 60, "privacy_unit": "record"})  # fmt: skip


def test_when_capped_then_reproducible_from_seed_whatever_the_row_order_and_counted_in_ledger():
    table = _table(200, records_per_person=lambda i: 30 if i % 10 == 0 else 1 + i % 3)
    kept = person_cap(table, max_records_per_person=5, seed=7)
    shuffled = person_cap(table.sample(frac=1.0, random_state=1), max_records_per_person=5, seed=7)
    assert set(kept["record_id"]) == set(shuffled["record_id"])
    assert set(kept["record_id"]) != set(person_cap(table, max_records_per_person=5, seed=8)["record_id"])
    per_person = kept.groupby("group_id").size()
    sizes = table.groupby("group_id").size()
    assert (per_person == sizes.clip(upper=5)).all(), "each person keeps min(own count, cap) records"
    assert kept.index.isin(table.index).all() and kept.index.is_monotonic_increasing
    cfg = {"max_records_per_person": 5, "accountant": "rdp", "model_params": {"linear_ngrams": SMALL}}
    model = _quiet_train(train=table, classes=CLASSES, model="linear_ngrams", epsilon=4.0, seed=7, config=cfg)
    assert model.ledger["records_dropped_by_cap"] == len(table) - len(kept)
    assert model.ledger["n_records"] == model.ledger["n_train"] == len(kept)
    assert rows_used(table, config=cfg, seed=7).sum() == len(kept)
    assert rows_used(table, config={**cfg, "privacy_unit": "record"}, seed=7).all()


def test_when_group_ids_absent_or_null_then_auto_unit_is_record_and_each_record_is_its_own_person():
    table = _table(30, records_per_person=lambda i: 3)
    assert resolve_privacy_unit("auto", table) == "person"
    nulls = table.assign(group_id=None)
    assert resolve_privacy_unit("auto", nulls) == "record"
    assert resolve_privacy_unit("auto", table.drop(columns="group_id")) == "record"
    assert person_keys(nulls).nunique() == 30
    with pytest.raises(TrainConfigError, match="privacy_unit"):
        resolve_privacy_unit("patient", table)


def test_when_persons_batched_then_padding_slots_are_zero_and_ignored_by_the_loss():
    keys = pd.Series(["a", "b", "a", "c", "a"])
    members = person_members(keys)
    assert members.tolist() == [[0, 2, 4], [1, -1, -1], [3, -1, -1]]
    data = PersonData(rows=DenseData(x=np.arange(10, dtype=np.float32).reshape(5, 2) + 1), members=members)
    (x,) = data.batch(np.array([1, 0]), torch.device("cpu"))
    assert x.shape == (2, 3, 2) and float(x[0, 1:].abs().sum()) == 0.0
    y = data.labels(np.array([0, 1, 2, 0, 1]))
    assert y.tolist() == [[0, 2, 1], [1, -100, -100], [0, -100, -100]]
    logits = torch.randn(3, 3, 3)
    expected = nn.functional.cross_entropy(logits[0], torch.tensor([0, 2, 1]), reduction="sum")
    assert PersonCrossEntropy(reduction="none")(logits, torch.as_tensor(y))[0] == pytest.approx(float(expected))
    texts = ["sad day", "calm", "tired empty alone", "game", "movie"]
    rows = hash_ngrams(texts, n_features=32, word_ngrams=(1, 1), char_ngrams=(0, 0), norm="l2", bias=False)
    bags = PersonData(rows=rows, members=members)
    _, weights = bags.batch(np.array([1]), torch.device("cpu"))
    assert float(weights[0, 1:].abs().sum()) == 0.0


def test_when_model_cannot_use_the_grad_sample_mode_then_it_fails_before_training_naming_the_key():
    table = _table(20, records_per_person=lambda i: 2)
    cfg = {"model_params": {"linear_ngrams": {**SMALL, "grad_sample_mode": "functorch"}}}
    with pytest.raises(TrainConfigError, match=r"linear_ngrams\.grad_sample_mode='functorch'.*ghost"):
        train_model(train=table, classes=CLASSES, model="linear_ngrams", epsilon=1.0, seed=0, config=cfg)


@pytest.mark.parametrize("unit", ["person", "record"])
@pytest.mark.parametrize("model", ["linear_ngrams", "embedding_bag"])
def test_when_a_poisson_batch_is_empty_in_hooks_mode_then_bag_models_train_at_both_units(model, unit):
    # batch_size 1 over 40 persons: sample rate 1/40, so most Poisson batches draw nobody.
    table = _table(80, records_per_person=lambda i: 2)
    params = {**SMALL, "epochs": 2, "batch_size": 1, "grad_sample_mode": "hooks"}
    cfg = {"accountant": "rdp", "privacy_unit": unit, "model_params": {model: params}}
    trained = _quiet_train(train=table, classes=CLASSES, model=model, epsilon=4.0, seed=0, config=cfg)
    assert trained.ledger["privacy_unit"] == unit and trained.ledger["grad_sample_mode"] == "hooks"
    assert np.isfinite(trained.predict_proba(table)).all()


def test_when_trained_at_either_unit_then_ledger_counts_examples_records_and_the_largest_person_apart():
    table = _table(120, records_per_person=lambda i: 30 if i == 0 else 1 + i % 3)  # one person of 30
    n_persons = table["group_id"].nunique()
    cfg = {"accountant": "rdp", "max_records_per_person": 4, "model_params": {"linear_ngrams": SMALL}}
    ledgers = {unit: _quiet_train(train=table, classes=CLASSES, model="linear_ngrams", epsilon=4.0, seed=0,
                                  config={**cfg, "privacy_unit": unit}).ledger for unit in ("person", "record")}
    person, record = ledgers["person"], ledgers["record"]
    kept = int(rows_used(table, config={**cfg, "privacy_unit": "person"}, seed=0).sum())
    assert person["n_examples"] == n_persons and person["n_train"] == person["n_records"] == kept < len(table)
    assert record["n_examples"] == record["n_train"] == record["n_records"] == len(table)
    assert person["max_records_of_a_person"] == record["max_records_of_a_person"] == 30  # the data's, not the cap
    assert "up to 30 records" in record["privacy_unit_text"]


class _RecordingPersons(PersonData):
    """PersonData that remembers how many record slots each physical batch held."""

    def batch(self, idx, device):
        out = super().batch(idx, device)
        self.slots = max(getattr(self, "slots", 0), out[0].shape[0] * out[0].shape[1])
        return out


def test_when_persons_have_several_records_then_the_physical_batch_limit_counts_their_records():
    rng = np.random.default_rng(0)
    x = rng.normal(size=(800, 6)).astype(np.float32)
    data = _RecordingPersons(rows=DenseData(x), members=person_members(np.repeat(np.arange(200), 4)))
    assert physical_batch_limit(data, 40) == 10 and physical_batch_limit(DenseData(x), 40) == 40
    assert physical_batch_limit(data, 3) == 1  # never below one person
    params = {"optimizer": "sgd", "lr": 0.1, "weight_decay": 0.0, "epochs": 1, "batch_size": 100,
              "max_grad_norm": 1.0}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        fit(nn.Linear(6, 3), data, data.labels(rng.integers(0, 3, 800)), epsilon=4.0, delta=1e-4, params=params,
            accountant="rdp", secure_mode=False, max_physical_batch_size=40, grad_sample_mode="hooks", seed=0,
            device=torch.device("cpu"))
    assert 0 < data.slots <= 40, f"a physical batch held {data.slots} record slots > max_physical_batch_size 40"
