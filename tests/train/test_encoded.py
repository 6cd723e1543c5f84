"""Encoding a table once and training or scoring on its rows gives what encoding each subset gives."""

from __future__ import annotations

import math
import warnings

import numpy as np
import pandas as pd
import pytest
import torch
from opacus.data_loader import DPDataLoader
from torch.utils.data import DataLoader, TensorDataset

from confide.train import encode_table, train_model
from confide.train.errors import TrainConfigError
from confide.train.features import BagData
from confide.train.loop import _position_batch, _Positions

SMALL = {"epochs": 2, "batch_size": 32, "n_features": 512}
CONFIG = {"model_params": {m: SMALL for m in ("linear_ngrams", "embedding_bag", "frozen_encoder")}}


def _persons_table(text_table: pd.DataFrame) -> pd.DataFrame:
    """The synthetic posts with persons of 1 to 12 records (so the per-person cap drops rows)."""
    table = text_table.copy()
    table["group_id"] = [f"p{i % 40 if i < 200 else i}" for i in range(len(table))]
    table.loc[7, "text"] = ""  # a row without any n-gram
    return table


def _columns(data) -> list[np.ndarray]:
    return [data.indptr, data.indices, data.data] if isinstance(data, BagData) else [data.x]


@pytest.mark.parametrize("model", ["linear_ngrams", "embedding_bag", "frozen_encoder"])
def test_when_rows_are_taken_from_a_table_encoding_then_they_equal_the_rows_encoding(text_table, model):
    table = _persons_table(text_table)
    features = np.random.default_rng(0).normal(size=(len(table), 6)).astype(np.float32)
    rows = np.random.default_rng(1).permutation(len(table))[:170]
    whole = encode_table(df=table, model=model, config=CONFIG, features=features)
    part = encode_table(df=table.iloc[rows].reset_index(drop=True), model=model, config=CONFIG,
                        features=features[rows])
    for taken, direct in zip(_columns(whole.take(rows)), _columns(part), strict=True):
        assert taken.dtype == direct.dtype and np.array_equal(taken, direct)


def _padded_reference(data: BagData, idx: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    rows = [(data.indices[data.indptr[i]:data.indptr[i + 1]], data.data[data.indptr[i]:data.indptr[i + 1]])
            for i in idx]
    width = max([len(r[0]) for r in rows] + [1])
    ids, weights = np.zeros((len(idx), width), dtype=np.int64), np.zeros((len(idx), width), dtype=np.float32)
    for j, (row_ids, row_weights) in enumerate(rows):
        ids[j, : len(row_ids)], weights[j, : len(row_ids)] = row_ids, row_weights
    return ids, weights


def test_when_bag_rows_are_batched_then_padding_equals_a_row_by_row_reference(text_table):
    data = encode_table(df=_persons_table(text_table), model="embedding_bag", config=CONFIG)
    assert (np.diff(data.indptr) == 0).any()  # an empty row is among them
    for idx in (np.array([7, 3, 7, 0]), np.arange(len(data)), np.array([], dtype=np.int64), np.array([7])):
        ids, weights = data.batch(idx, torch.device("cpu"))
        expected_ids, expected_weights = _padded_reference(data, idx)
        assert ids.dtype == torch.int64 and weights.dtype == torch.float32
        assert np.array_equal(ids.numpy(), expected_ids) and np.array_equal(weights.numpy(), expected_weights)


@pytest.mark.parametrize("epsilon", [2.0, math.inf])
def test_when_train_model_is_given_the_tables_encoding_then_model_and_scores_are_bit_identical(text_table, epsilon):
    table = _persons_table(text_table)
    # device cpu: bit identity is promised on CPU only (CUDA's atomic adds reorder the backward's sums)
    config = {**CONFIG, "max_records_per_person": 3, "device": "cpu"}
    encoded = encode_table(df=table, model="linear_ngrams", config=config)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        runs = [train_model(train=table, classes=["anxiety", "control", "depression"], model="linear_ngrams",
                            epsilon=epsilon, seed=4, config=config, encoded=e) for e in (None, encoded)]
    assert runs[0].ledger["records_dropped_by_cap"] > 0  # the cap's row selection is exercised
    timing = {"seconds_per_epoch"}
    assert {k: v for k, v in runs[0].ledger.items() if k not in timing} == {
        k: v for k, v in runs[1].ledger.items() if k not in timing}
    for name, tensor in runs[0].module.state_dict().items():
        assert torch.equal(tensor, runs[1].module.state_dict()[name]), name
    assert np.array_equal(runs[0].predict_proba(table), runs[1].predict_proba(table, encoded=encoded))


def test_when_encoded_rows_do_not_match_the_table_then_training_and_scoring_refuse(text_table):
    encoded = encode_table(df=text_table.iloc[:50], model="linear_ngrams", config=CONFIG)
    with pytest.raises(TrainConfigError, match="row-aligned"):
        train_model(train=text_table, classes=["anxiety", "control", "depression"], model="linear_ngrams",
                    epsilon=math.inf, seed=0, config=CONFIG, encoded=encoded)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        model = train_model(train=text_table.iloc[:50], classes=["anxiety", "control", "depression"],
                            model="linear_ngrams", epsilon=math.inf, seed=0, config=CONFIG)
    with pytest.raises(TrainConfigError, match="row-aligned"):
        model.predict_proba(text_table, encoded=encoded)


def _batches(loader) -> list[torch.Tensor]:
    out = []
    for batch in loader:
        assert isinstance(batch, list) and len(batch) == 1
        out.append(batch[0])
    return out


@pytest.mark.parametrize("sample_rate", [0.2, 0.004])  # 0.004: many empty Poisson batches
def test_when_positions_are_loaded_then_batches_equal_the_tensor_dataset_ones(sample_rate):
    def loaders(seed: int):
        old = DataLoader(TensorDataset(torch.arange(120)), batch_size=24, shuffle=True,
                         generator=torch.Generator().manual_seed(seed))
        new = DataLoader(_Positions(120), batch_size=24, shuffle=True,
                         generator=torch.Generator().manual_seed(seed), collate_fn=_position_batch)
        return old, new

    for plain in loaders(3):  # the non-private loader as built
        assert sum(len(b) for b in _batches(plain)) == 120
    old, new = (_batches(loader) for loader in loaders(3))
    assert all(torch.equal(a, b) and a.dtype == b.dtype for a, b in zip(old, new, strict=True))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        private = [DPDataLoader(loader.dataset, sample_rate=sample_rate, collate_fn=loader.collate_fn,
                                generator=torch.Generator().manual_seed(5)) for loader in loaders(3)]
        old, new = (_batches(loader) for loader in private)
    assert len(old) == len(new) and any(len(b) for b in old)
    assert sample_rate > 0.1 or any(len(b) == 0 for b in old)
    assert all(torch.equal(a, b) and a.dtype == b.dtype and a.shape == b.shape for a, b in zip(old, new, strict=True))
