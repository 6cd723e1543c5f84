"""train_model on CUDA (skipped without a GPU): reruns agree to float tolerance, not bit for bit.

CUDA's atomic adds in the backward pass of the bag layers (embedding_bag, index_add) sum in no
fixed order, so one seed's reruns differ by about 1e-6 there; bit identity is a CPU promise
(tests/train/test_api.py and test_encoded.py pin ``device: cpu``).
"""

from __future__ import annotations

import warnings

import numpy as np
import pytest
import torch

from confide.train import train_model

from .conftest import FAST

pytestmark = pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA device")
CLASSES = ["anxiety", "control", "depression"]


@pytest.mark.parametrize("model", ["linear_ngrams", "embedding_bag"])
def test_when_cuda_is_there_then_auto_trains_on_it_and_same_seed_agrees_to_1e5(text_table, model):
    def run(seed):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)
            # FAST leaves train.device at its default, auto: with a GPU that must be cuda.
            return train_model(train=text_table, classes=CLASSES, model=model, epsilon=2.0, seed=seed, config=FAST)

    a, b, c = run(7), run(7), run(8)
    assert [m.ledger["device"] for m in (a, b, c)] == ["cuda"] * 3
    proba = [m.predict_proba(text_table) for m in (a, b, c)]
    np.testing.assert_allclose(proba[0], proba[1], rtol=0, atol=1e-5)
    assert not np.allclose(proba[0], proba[2], rtol=0, atol=1e-5)  # the tolerance still tells seeds apart
