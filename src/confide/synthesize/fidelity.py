"""Fidelity: SDMetrics quality report (column shapes, pair trends) and diagnostic, via SDV 2.x."""

from __future__ import annotations

import math
from typing import Any

import pandas as pd

from confide.synthesize.columns import build_metadata


def fidelity_scores(
    *, real: pd.DataFrame, synthetic: pd.DataFrame, columns: list[str]
) -> dict[str, Any]:
    """Quality and diagnostic scores (0-1, higher is closer) with per-property breakdowns."""
    from sdv.evaluation import evaluate_quality, run_diagnostic

    real = real[columns].reset_index(drop=True)
    synthetic = _align_types(synthetic[columns].reset_index(drop=True), real)
    metadata = build_metadata(real, columns)
    quality = evaluate_quality(real, synthetic, metadata, verbose=False)
    diagnostic = run_diagnostic(real, synthetic, metadata, verbose=False)
    shapes = quality.get_details("Column Shapes")
    return {
        "quality_score": _num(quality.get_score()),
        "quality_properties": _properties(quality.get_properties()),
        "diagnostic_score": _num(diagnostic.get_score()),
        "diagnostic_properties": _properties(diagnostic.get_properties()),
        "column_shapes": {
            str(r["Column"]): {"metric": str(r["Metric"]), "score": _num(r["Score"])}
            for _, r in shapes.iterrows()
        },
    }


def _align_types(synthetic: pd.DataFrame, real: pd.DataFrame) -> pd.DataFrame:
    out = synthetic.copy()
    for col in real.columns:
        if pd.api.types.is_numeric_dtype(real[col]) and not pd.api.types.is_bool_dtype(real[col]):
            out[col] = pd.to_numeric(out[col], errors="coerce").astype(float)
        else:
            out[col] = out[col].astype(real[col].dtype, errors="ignore")
    return out


def _properties(frame: pd.DataFrame) -> dict[str, float | None]:
    return {str(r["Property"]): _num(r["Score"]) for _, r in frame.iterrows()}


def _num(value: Any) -> float | None:
    try:
        val = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(val) else val
