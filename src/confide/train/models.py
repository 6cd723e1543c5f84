"""Model registry: how each model encodes a table and which module it trains.

Every model is trained by the same loop (``confide.train.loop.fit``) with or without DP; only the
encoding and the module differ. ``fast_mode`` is the per-sample gradient mode measured fastest
(``bench/train.py``) and used when ``grad_sample_mode: auto``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
from torch import nn

from confide.train.errors import TrainConfigError
from confide.train.features import BagData, DenseData, hash_ngrams, tabular_features
from confide.train.sparse_bag import HashedBag

Data = BagData | DenseData


@dataclass(frozen=True)
class ModelSpec:
    """A registered model.

    Attributes:
        name: Registry key.
        encode: ``(df, features, params) -> Data``; pure, never fitted on the data.
        build: ``(n_inputs, n_classes, params) -> nn.Module``.
        fast_mode: Default per-sample gradient mode for ``grad_sample_mode: auto``.
        needs_features: Whether ``features`` (cached encoder embeddings) are used.
        reads_text: Whether prediction featurizes the raw text column (so a secret planted in
            the text can be scored through the model; not so for cached embeddings).
    """

    name: str
    encode: Callable[[pd.DataFrame, np.ndarray | None, dict[str, Any]], Data]
    build: Callable[[int, int, dict[str, Any]], nn.Module]
    fast_mode: str
    needs_features: bool = False
    reads_text: bool = False


class LinearNgrams(nn.Module):
    """Multinomial logistic regression on hashed n-grams (bias = an always-on id)."""

    def __init__(self, n_ids: int, n_classes: int) -> None:
        super().__init__()
        self.bag = HashedBag(n_ids, n_classes)
        nn.init.zeros_(self.bag.weight)

    def forward(self, ids, weights):  # noqa: D102
        return self.bag(ids, weights)


class EmbeddingBagClassifier(nn.Module):
    """fastText-style: hashed word/bigram embeddings pooled, then a linear layer.

    Pooling weights are log1p(tf) scaled to unit L2 norm per document (a "sqrt-n" bag) rather than
    the plain mean: with long posts the mean shrinks the pooled vector and its per-row gradients by
    1/L and the model did not learn on 27-class RMHD (public proxy: macro-F1 0.003 -> 0.27 at
    eps=inf). Unit-norm bags also bound the per-example gradient norm of the table.
    """

    def __init__(self, n_ids: int, dim: int, n_classes: int) -> None:
        super().__init__()
        self.bag = HashedBag(n_ids, dim)
        nn.init.normal_(self.bag.weight, std=0.1)
        self.fc = nn.Linear(dim, n_classes)

    def forward(self, ids, weights):  # noqa: D102
        return self.fc(self.bag(ids, weights))


def _texts(df: pd.DataFrame) -> list[str]:
    if "text" not in df.columns:
        raise TrainConfigError("text models need a 'text' column")
    return df["text"].fillna("").astype(str).tolist()


def _hashed_text(df, p, *, bias: bool):
    return hash_ngrams(
        _texts(df),
        n_features=p["n_features"],
        word_ngrams=tuple(p["word_ngrams"]),
        char_ngrams=tuple(p["char_ngrams"]),
        norm="l2",
        bias=bias,
    )


def _encode_linear(df, features, p):
    return _hashed_text(df, p, bias=True)


def _encode_bag(df, features, p):
    return _hashed_text(df, p, bias=False)


def _encode_encoder(df, features, p):
    if features is None:
        from confide.train.encoder import compute_embeddings

        features = compute_embeddings(_texts(df))
    features = np.asarray(features, dtype=np.float32)
    if features.ndim != 2 or features.shape[0] != len(df):
        raise TrainConfigError(
            f"features must be (n_rows, dim) row-aligned with the table: got {features.shape} " f"for {len(df)} rows"
        )
    return DenseData(x=np.ascontiguousarray(features))


def _encode_tabular(df, features, p):
    return tabular_features(
        df,
        numeric_bounds=p["numeric_bounds"],
        categorical_columns=p["categorical_columns"],
        n_buckets=p["n_features"],
    )


def _mlp(n_inputs: int, n_classes: int, p: dict[str, Any]) -> nn.Module:
    return nn.Sequential(nn.Linear(n_inputs, p["hidden_dim"]), nn.ReLU(), nn.Linear(p["hidden_dim"], n_classes))


def _head(n_inputs: int, n_classes: int, p: dict[str, Any]) -> nn.Module:
    layer = nn.Linear(n_inputs, n_classes)
    nn.init.zeros_(layer.weight)
    nn.init.zeros_(layer.bias)
    return layer


MODEL_REGISTRY: dict[str, ModelSpec] = {}


def register_model(spec: ModelSpec) -> ModelSpec:
    """Add ``spec`` to the registry (a name may be registered once)."""
    if spec.name in MODEL_REGISTRY:
        raise ValueError(f"model {spec.name!r} is already registered")
    MODEL_REGISTRY[spec.name] = spec
    return spec


def get_model_spec(name: str) -> ModelSpec:
    """Return the registered model ``name``; ValueError listing the known names otherwise."""
    try:
        return MODEL_REGISTRY[name]
    except KeyError:
        raise ValueError(f"unknown model {name!r}; known models: {sorted(MODEL_REGISTRY)}") from None


register_model(
    ModelSpec(
        "linear_ngrams",
        _encode_linear,
        lambda n, c, p: LinearNgrams(n, c),
        "ghost",
        reads_text=True,
    )
)
register_model(
    ModelSpec(
        "embedding_bag",
        _encode_bag,
        lambda n, c, p: EmbeddingBagClassifier(n, p["embedding_dim"], c),
        "ghost",
        reads_text=True,
    )
)
register_model(ModelSpec("frozen_encoder", _encode_encoder, _head, "ghost", needs_features=True))
# Small dense models: ghost and hooks measured within noise of each other (10-35 ms/epoch on 2,000
# rows, order flipped between runs); ghost kept for its lower peak memory (bench/train.py).
register_model(ModelSpec("tabular_mlp", _encode_tabular, _mlp, "ghost"))
