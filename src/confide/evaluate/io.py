"""JSON conversion and writing of evaluation results (the only I/O in this package)."""

from __future__ import annotations

import math
from collections.abc import Mapping
from pathlib import Path

import numpy as np


def jsonable(value: object) -> object:
    """Convert numpy scalars/arrays to Python types; NaN becomes ``None``, +-inf ``"inf"``/``"-inf"``.

    Infinity is written as ``confide.io.write_json`` writes it (the ledger's and summary's
    ``"inf"`` epsilon), so one file format holds across the project; NaN means "undefined".
    """
    if isinstance(value, Mapping):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if isinstance(value, np.ndarray):
        return [jsonable(v) for v in value.tolist()]
    if isinstance(value, bool | np.bool_):
        return bool(value)
    if isinstance(value, int | np.integer):
        return int(value)
    if isinstance(value, float | np.floating):
        v = float(value)
        if math.isinf(v):
            return "inf" if v > 0 else "-inf"
        return v if math.isfinite(v) else None
    return value


def write_json(result: Mapping[str, object], path: str | Path) -> None:
    """Write a result dict as strict JSON with :func:`confide.io.write_json` after :func:`jsonable`."""
    from confide.io import write_json as write_project_json

    write_project_json(jsonable(result), Path(path))
