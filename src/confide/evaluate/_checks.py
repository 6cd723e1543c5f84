"""Small argument validators shared by the evaluation modules (not public API)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from confide.evaluate.errors import EvaluationError


def as_1d(name: str, values: object, *, dtype: object = float) -> np.ndarray:
    """Return ``values`` as a 1-D array of ``dtype`` or raise naming ``name``."""
    arr = np.asarray(values, dtype=dtype)
    if arr.ndim != 1:
        raise EvaluationError(f"{name}: expected a 1-D array, got shape {arr.shape}")
    return arr


def finite(name: str, arr: np.ndarray) -> np.ndarray:
    """Raise if ``arr`` holds NaN or infinite values."""
    bad = int(np.size(arr) - np.isfinite(arr).sum())
    if bad:
        raise EvaluationError(f"{name}: {bad} non-finite value(s); fix the upstream scores")
    return arr


def probability_matrix(name: str, proba: object, n_classes: int) -> np.ndarray:
    """Validate an (n, n_classes) matrix of class probabilities whose rows sum to 1."""
    arr = np.asarray(proba, dtype=float)
    if arr.ndim != 2 or arr.shape[1] != n_classes:
        raise EvaluationError(
            f"{name}: expected shape (n, {n_classes}) (one column per class), got {arr.shape}"
        )
    finite(name, arr)
    if arr.size and (arr.min() < -1e-9 or arr.max() > 1 + 1e-9):
        raise EvaluationError(f"{name}: probabilities must lie in [0, 1]")
    sums = arr.sum(axis=1)
    if arr.size and not np.allclose(sums, 1.0, atol=1e-4):
        worst = int(np.argmax(np.abs(sums - 1.0)))
        raise EvaluationError(
            f"{name}: rows must sum to 1 (row {worst} sums to {sums[worst]:.6f}); "
            "pass softmax outputs, not logits"
        )
    return arr


def label_indices(y_true: object, classes: Sequence[object]) -> np.ndarray:
    """Map labels (values from ``classes``, compared as-is or as strings) to integer indices."""
    classes = list(classes)
    if len(classes) < 2:
        raise EvaluationError(f"classes: need at least 2 classes, got {len(classes)}")
    if len(set(classes)) != len(classes):
        raise EvaluationError("classes: class names must be unique")
    y = np.asarray(y_true)
    if y.ndim != 1:
        raise EvaluationError(f"y_true: expected a 1-D array, got shape {y.shape}")
    lookup = {c: i for i, c in enumerate(classes)}
    lookup.update({str(c): i for i, c in enumerate(classes)})
    out = np.empty(y.shape[0], dtype=np.int64)
    unknown = 0
    for i, v in enumerate(y.tolist()):
        idx = lookup.get(v, lookup.get(str(v)))
        if idx is None:
            unknown += 1
            continue
        out[i] = idx
    if unknown:
        raise EvaluationError(
            f"y_true: {unknown} label(s) are not in classes (n_classes={len(classes)}); "
            "labels must be class names from `classes`"
        )
    return out


def probability_level(name: str, value: float) -> float:
    """Validate a level strictly inside (0, 1), e.g. a confidence level."""
    value = float(value)
    if not 0.0 < value < 1.0:
        raise EvaluationError(f"{name}: must lie strictly between 0 and 1, got {value}")
    return value


def delta_value(delta: float) -> float:
    """Validate a DP delta in [0, 1)."""
    delta = float(delta)
    if not 0.0 <= delta < 1.0:
        raise EvaluationError(f"delta: must lie in [0, 1), got {delta}")
    return delta
