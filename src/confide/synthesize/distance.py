"""Mixed-type (Gower-style) distances between rows, nearest neighbours and exact copies.

Distance between two rows = mean over columns of a per-column distance in [0, 1]:
numeric ``min(|a - b| / range, 1)`` with ``range`` from the reference (training) table;
categorical ``0`` if equal else ``1``; missing equals missing (0), missing vs present is 1.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from confide.synthesize.columns import is_categorical

_CHUNK = 256


@dataclass(frozen=True)
class Encoder:
    """Column encoding fitted on a reference table."""

    columns: list[str]
    categorical: list[bool]
    ranges: list[float]
    categories: list[dict[object, int]]

    @classmethod
    def fit(cls, reference: pd.DataFrame, columns: list[str] | None = None) -> Encoder:
        """Learn ranges and category codes from ``reference``."""
        columns = list(columns or reference.columns)
        categorical, ranges, cats = [], [], []
        for col in columns:
            series = reference[col]
            cat = is_categorical(series)
            categorical.append(cat)
            if cat:
                values = sorted(series.dropna().astype(str).unique().tolist())
                cats.append({v: i for i, v in enumerate(values)})
                ranges.append(1.0)
            else:
                vals = series.dropna().to_numpy(float)
                span = float(vals.max() - vals.min()) if len(vals) else 0.0
                ranges.append(span if span > 1e-12 else 1.0)
                cats.append({})
        return cls(columns=columns, categorical=categorical, ranges=ranges, categories=cats)

    def transform(self, df: pd.DataFrame) -> np.ndarray:
        """Numeric matrix: scaled numbers, or category codes (-2 unseen), NaN for missing."""
        out = np.empty((len(df), len(self.columns)), dtype=float)
        for j, col in enumerate(self.columns):
            series = df[col]
            if self.categorical[j]:
                present = series.notna().to_numpy()
                codes = np.full(len(df), np.nan)
                mapped = series[present].astype(str).map(self.categories[j]).fillna(-2)
                codes[present] = mapped.to_numpy(float)
                out[:, j] = codes
            else:
                out[:, j] = pd.to_numeric(series, errors="coerce").to_numpy(float) / self.ranges[j]
        return out


def pairwise_distances(a: np.ndarray, b: np.ndarray, categorical: list[bool]) -> np.ndarray:
    """Distances between every row of ``a`` and every row of ``b`` (encoded by `Encoder`)."""
    total = np.zeros((a.shape[0], b.shape[0]))
    for j, cat in enumerate(categorical):
        x, y = a[:, j][:, None], b[:, j][None, :]
        nx, ny = np.isnan(x), np.isnan(y)
        with np.errstate(invalid="ignore"):
            d = (x != y).astype(float) if cat else np.minimum(np.abs(x - y), 1.0)
        d = np.where(nx & ny, 0.0, np.where(nx | ny, 1.0, d))
        total += d
    return total / max(len(categorical), 1)


def nearest(
    queries: np.ndarray, reference: np.ndarray, categorical: list[bool], *, k: int = 2
) -> tuple[np.ndarray, np.ndarray]:
    """Return the ``k`` smallest distances (sorted) and their reference indices per query."""
    k = min(k, reference.shape[0])
    dists = np.empty((queries.shape[0], k))
    idx = np.empty((queries.shape[0], k), dtype=np.int64)
    for start in range(0, queries.shape[0], _CHUNK):
        block = pairwise_distances(queries[start : start + _CHUNK], reference, categorical)
        part = np.argpartition(block, k - 1, axis=1)[:, :k]
        vals = np.take_along_axis(block, part, axis=1)
        order = np.argsort(vals, axis=1, kind="stable")
        dists[start : start + _CHUNK] = np.take_along_axis(vals, order, axis=1)
        idx[start : start + _CHUNK] = np.take_along_axis(part, order, axis=1)
    return dists, idx


def row_keys(df: pd.DataFrame, columns: list[str]) -> pd.Series:
    """Return a hashable key per row (NaN equals NaN; 1 equals 1.0) for exact copies."""
    parts = []
    for col in columns:
        series = df[col]
        if is_categorical(series):
            parts.append(series.astype(object).where(series.notna(), "\x00nan").astype(str))
        else:
            num = pd.to_numeric(series, errors="coerce").astype(float)
            parts.append(num.map(lambda v: "\x00nan" if np.isnan(v) else repr(float(v))))
    frame = pd.concat(parts, axis=1) if parts else pd.DataFrame(index=df.index)
    return pd.Series(pd.util.hash_pandas_object(frame, index=False).to_numpy(), index=df.index)


def exact_copy_rate(candidates: pd.DataFrame, reference: pd.DataFrame, columns: list[str]) -> float:
    """Share of ``candidates`` rows identical (on ``columns``) to some ``reference`` row."""
    if len(candidates) == 0:
        return 0.0
    ref = set(row_keys(reference, columns).tolist())
    return float(row_keys(candidates, columns).isin(ref).mean())
