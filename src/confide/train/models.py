"""Model registry: how each model encodes a table and which module it trains.

Every model is trained by the same loop (``confide.train.loop.fit``) with or without DP; only the
encoding and the module differ. ``fast_mode`` is the per-sample gradient mode measured fastest
(``bench/train.py``) and used when ``grad_sample_mode: auto``. Importing the registry does not
import torch (config validation at workflow start-up reads it); the modules live in ``modules.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from confide.registry import Registry
from confide.train.errors import TrainConfigError

if TYPE_CHECKING:  # torch is imported by the encoders and builders on use, not with the registry
    from torch import nn

    from confide.train.features import BagData, DenseData

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
        unsupported_modes: Per-sample gradient modes that cannot train this model (at either
            privacy unit); asking for one fails before training.
    """

    name: str
    encode: Callable[[pd.DataFrame, np.ndarray | None, dict[str, Any]], Data]
    build: Callable[[int, int, dict[str, Any]], nn.Module]
    fast_mode: str
    needs_features: bool = False
    reads_text: bool = False
    unsupported_modes: tuple[str, ...] = ()


def _texts(df: pd.DataFrame) -> list[str]:
    if "text" not in df.columns:
        raise TrainConfigError("text models need a 'text' column")
    return df["text"].fillna("").astype(str).tolist()


def _hashed_text(df, p, *, bias: bool):
    from confide.train.features import hash_ngrams

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
    from confide.train.features import DenseData

    return DenseData(x=np.ascontiguousarray(features))


def _encode_tabular(df, features, p):
    from confide.train.features import tabular_features

    return tabular_features(
        df,
        numeric_bounds=p["numeric_bounds"],
        categorical_columns=p["categorical_columns"],
        n_buckets=p["n_features"],
    )


def _linear(n_inputs: int, n_classes: int, p: dict[str, Any]) -> nn.Module:
    from confide.train.modules import LinearNgrams

    return LinearNgrams(n_inputs, n_classes)


def _bag(n_inputs: int, n_classes: int, p: dict[str, Any]) -> nn.Module:
    from confide.train.modules import EmbeddingBagClassifier

    return EmbeddingBagClassifier(n_inputs, p["embedding_dim"], n_classes)


def _mlp(n_inputs: int, n_classes: int, p: dict[str, Any]) -> nn.Module:
    from confide.train.modules import mlp

    return mlp(n_inputs, p["hidden_dim"], n_classes)


def _head(n_inputs: int, n_classes: int, p: dict[str, Any]) -> nn.Module:
    from confide.train.modules import zero_linear

    return zero_linear(n_inputs, n_classes)


MODEL_REGISTRY: Registry[ModelSpec] = Registry("model", error=ValueError)


def register_model(spec: ModelSpec, *, force: bool = False) -> ModelSpec:
    """Add ``spec`` to the registry (a name may be registered once unless ``force=True``)."""
    return MODEL_REGISTRY.add(spec.name, spec, force=force)


def get_model_spec(name: str) -> ModelSpec:
    """Return the registered model ``name``; ValueError listing the known names otherwise."""
    return MODEL_REGISTRY.get(name)


# functorch's vmap path calls a layer with one input; HashedBag takes (ids, weights).
register_model(
    ModelSpec("linear_ngrams", _encode_linear, _linear, "ghost", reads_text=True, unsupported_modes=("functorch",))
)
register_model(
    ModelSpec("embedding_bag", _encode_bag, _bag, "ghost", reads_text=True, unsupported_modes=("functorch",))
)
register_model(ModelSpec("frozen_encoder", _encode_encoder, _head, "ghost", needs_features=True))
# Small dense models: ghost and hooks measured within noise of each other (10-35 ms/epoch on 2,000
# rows, order flipped between runs); ghost kept for its lower peak memory (bench/train.py).
register_model(ModelSpec("tabular_mlp", _encode_tabular, _mlp, "ghost"))
