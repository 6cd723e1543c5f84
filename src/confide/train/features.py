"""Data-independent featurisers: hashed n-grams, hashed bags of ids, bounded tabular features.

Nothing here is *fitted* on the training data (no vocabulary, no IDF, no mean/std): a fitted
preprocessor would leak private information outside the DP guarantee. Hashing and public bounds
keep the whole pipeline covered by the accountant.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
import scipy.sparse as sp
import torch

from confide.ingest.split import is_seed_column
from confide.train.errors import TrainConfigError

#: Public bounds of common questionnaire columns (PHQ-9 items 0-3, totals, age).
KNOWN_BOUNDS: dict[str, tuple[float, float]] = {
    **{f"phq9_{i}": (0.0, 3.0) for i in range(1, 10)},
    **{f"gad7_{i}": (0.0, 3.0) for i in range(1, 8)},
    "phq9_total": (0.0, 27.0),
    "gad7_total": (0.0, 21.0),
    "age": (0.0, 100.0),
}
#: Never features; nor are the per-seed split columns ``split_seed_<s>`` (`is_seed_column`).
NON_FEATURE_COLUMNS = frozenset({"record_id", "text", "label", "group_id", "date", "split"})


@dataclass
class BagData:
    """Rows of weighted ids in CSR form; ``batch`` pads them to ``(B, L)`` (padding weight 0)."""

    indptr: np.ndarray
    indices: np.ndarray
    data: np.ndarray
    n_ids: int

    def __len__(self) -> int:
        return len(self.indptr) - 1

    @property
    def n_inputs(self) -> int:
        """Size of the id space."""
        return self.n_ids

    def batch(self, idx: np.ndarray, device: torch.device) -> tuple[torch.Tensor, torch.Tensor]:
        """Return padded ``(ids, weights)`` tensors for rows ``idx``.

        Row ``r`` holds its ids and weights in its first ``length_r`` slots, then id 0 with
        weight 0 up to the batch's longest row. Only the live slots are written (padding is
        most of a text batch), into zero-filled arrays.
        """
        idx = np.asarray(idx, dtype=np.int64)
        starts, ends = self.indptr[idx], self.indptr[idx + 1]
        lengths = ends - starts
        width = max(int(lengths.max()) if len(idx) else 1, 1)
        ids = np.zeros((len(idx), width), dtype=self.indices.dtype)
        weights = np.zeros((len(idx), width), dtype=np.float32)
        offsets = np.cumsum(lengths) - lengths  # where each row's entries start in the live list
        live = np.arange(int(lengths.sum())) - np.repeat(offsets, lengths)  # column of each entry
        slot = np.repeat(np.arange(len(idx)) * width, lengths) + live
        source = np.repeat(starts, lengths) + live
        ids.reshape(-1)[slot] = self.indices[source]
        weights.reshape(-1)[slot] = self.data[source]
        return (torch.from_numpy(ids).to(device), torch.from_numpy(weights).to(device))

    def take(self, rows: np.ndarray) -> BagData:
        """The rows ``rows`` (positions, in that order) as a new ``BagData``."""
        rows = np.asarray(rows, dtype=np.int64)
        starts, lengths = self.indptr[rows], self.indptr[rows + 1] - self.indptr[rows]
        indptr = np.zeros(len(rows) + 1, dtype=np.int64)
        np.cumsum(lengths, out=indptr[1:])
        source = np.repeat(starts - indptr[:-1], lengths) + np.arange(int(indptr[-1]))
        return BagData(indptr=indptr, indices=self.indices[source], data=self.data[source], n_ids=self.n_ids)


@dataclass
class DenseData:
    """A dense float32 feature matrix."""

    x: np.ndarray

    def __len__(self) -> int:
        return self.x.shape[0]

    @property
    def n_inputs(self) -> int:
        """Number of features."""
        return self.x.shape[1]

    def batch(self, idx: np.ndarray, device: torch.device) -> tuple[torch.Tensor]:
        """Return the ``(B, k)`` feature tensor of rows ``idx``."""
        return (torch.from_numpy(self.x[np.asarray(idx, dtype=np.int64)]).to(device),)

    def take(self, rows: np.ndarray) -> DenseData:
        """The rows ``rows`` (positions, in that order) as a new ``DenseData``."""
        return DenseData(x=self.x[np.asarray(rows, dtype=np.int64)])


def hash_ngrams(
    texts: list[str],
    *,
    n_features: int,
    word_ngrams: tuple[int, int],
    char_ngrams: tuple[int, int],
    norm: str,
    bias: bool,
) -> BagData:
    """Hash word and char_wb n-grams into ``n_features`` buckets; sublinear tf; per-row norm.

    Args:
        texts: Documents.
        n_features: Buckets.
        word_ngrams: Word n-gram range; ``(0, 0)`` disables.
        char_ngrams: char_wb n-gram range; ``(0, 0)`` disables.
        norm: ``"l2"`` (unit-norm rows; both text models) or ``"l1"`` (rows sum to 1, a mean).
        bias: Append id ``n_features`` with weight 1 to every row (a bias row in the table).
    """
    from sklearn.feature_extraction.text import HashingVectorizer

    mats = []
    for analyzer, rng in (("word", word_ngrams), ("char_wb", char_ngrams)):
        if rng[0] >= 1:
            vec = HashingVectorizer(
                n_features=n_features,
                analyzer=analyzer,
                ngram_range=tuple(rng),
                alternate_sign=False,
                norm=None,
                lowercase=True,
                dtype=np.float32,
            )
            mats.append(vec.transform(texts))
    if not mats:
        raise TrainConfigError("word_ngrams and char_ngrams are both disabled: no text features")
    x = mats[0]
    for m in mats[1:]:
        x = x + m
    x = sp.csr_matrix(x, dtype=np.float32)
    x.sum_duplicates()
    x.data = np.log1p(x.data)
    if norm == "l2":
        scale = np.sqrt(np.asarray(x.multiply(x).sum(axis=1)).ravel())
    else:
        scale = np.asarray(x.sum(axis=1)).ravel()
    scale[scale == 0] = 1.0
    x = sp.csr_matrix(sp.diags(1.0 / scale) @ x, dtype=np.float32)
    n_ids = n_features
    if bias:
        x = sp.hstack([x, sp.csr_matrix(np.ones((x.shape[0], 1), dtype=np.float32))], format="csr")
        n_ids += 1
    x.sort_indices()
    return BagData(
        indptr=x.indptr.astype(np.int64),
        indices=x.indices.astype(np.int64),
        data=x.data.astype(np.float32),
        n_ids=n_ids,
    )


def _stable_bucket(token: str, n: int) -> int:
    from sklearn.utils import murmurhash3_32

    return int(murmurhash3_32(token, seed=0, positive=True)) % n


def tabular_features(
    df: pd.DataFrame,
    *,
    numeric_bounds: dict[str, Any],
    categorical_columns: list[str],
    n_buckets: int,
) -> DenseData:
    """Scale numeric columns to [0, 1] by *public* bounds, add missing flags, hash categoricals.

    Numeric columns are those in ``KNOWN_BOUNDS`` or ``numeric_bounds`` present in ``df``; any other
    numeric column (not an id/label column) is rejected rather than scaled by private statistics.

    Raises:
        TrainConfigError: No tabular column, or a numeric column without public bounds.
    """
    bounds = {**KNOWN_BOUNDS, **{k: tuple(v) for k, v in numeric_bounds.items()}}
    cats = [c for c in categorical_columns if c in df.columns and not is_seed_column(c)]
    numeric = [c for c in df.columns if c in bounds and c not in cats]
    unbounded = [
        c
        for c in df.columns
        if c not in NON_FEATURE_COLUMNS and not is_seed_column(c)
        and c not in bounds and c not in cats and pd.api.types.is_numeric_dtype(df[c])
    ]
    if unbounded:
        raise TrainConfigError(
            f"tabular_mlp: numeric columns {sorted(unbounded)} have no public bounds; add them to "
            "train.model_params.tabular_mlp.numeric_bounds as [lo, hi] "
            "(bounds are never fitted on private data)"
        )
    if not numeric and not cats:
        raise TrainConfigError("tabular_mlp: no tabular column found (e.g. phq9_1..9, gad7_total, age, gender)")
    blocks = []
    for c in numeric:
        lo, hi = bounds[c]
        v = pd.to_numeric(df[c], errors="coerce").to_numpy(dtype=np.float64)
        missing = np.isnan(v)
        scaled = (np.clip(np.nan_to_num(v, nan=lo), lo, hi) - lo) / max(hi - lo, 1e-12)
        blocks += [scaled, missing.astype(np.float64)]
    cat_block = np.zeros((len(df), n_buckets if cats else 0))
    for c in cats:
        values = df[c].astype("string").fillna("<NA>")
        buckets = np.array([_stable_bucket(f"{c}={v}", n_buckets) for v in values], dtype=np.int64)
        cat_block[np.arange(len(df)), buckets] += 1.0
    x = np.column_stack([*blocks, cat_block]) if blocks else cat_block
    return DenseData(x=np.ascontiguousarray(x, dtype=np.float32))
