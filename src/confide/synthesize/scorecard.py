"""Front door of the scorecard: fidelity, utility and privacy of one synthetic table."""

from __future__ import annotations

import math
import time
from collections.abc import Mapping
from typing import Any

import pandas as pd

from confide.errors import ConfigError
from confide.synthesize.columns import tabular_columns
from confide.synthesize.core import read_config
from confide.synthesize.fidelity import fidelity_scores
from confide.synthesize.privacy import (
    distance_metrics,
    inference_risk,
    linkability_risk,
    singling_out_risk,
)
from confide.synthesize.utility import TrainFn, make_dp_logreg, sklearn_logreg, utility_scores


def score_synthetic(
    *,
    real_train: pd.DataFrame,
    real_holdout: pd.DataFrame,
    synthetic: pd.DataFrame,
    target: str,
    config: dict[str, Any],
    seed: int,
    train_fns: Mapping[str, TrainFn] | None = None,
) -> dict[str, Any]:
    """Score a synthetic table; return a JSON-serialisable dict (no raw values, only metrics).

    Args:
        real_train: the real rows the synthesizer was fitted on.
        real_holdout: real rows it never saw (e.g. the test split).
        synthetic: the synthetic table (`SynthesisResult.table`).
        target: column predicted in the utility part (e.g. ``label``).
        config: ``params["synthesize"]``; keys under ``score`` (partial: the schema's defaults fill the rest).
        seed: seeds subsampling, attacks and models.
        train_fns: models for the utility part; default ``logreg`` and (if enabled) ``dp_logreg``.

    Returns:
        ``{"columns", "fidelity", "utility", "privacy", "seconds"}``.
    """
    score_cfg = read_config(config)["score"]
    columns = [c for c in tabular_columns(real_train) if c in synthetic.columns]
    if target not in columns:
        raise ConfigError(
            f"synthesize.target: column {target!r} is not among the synthesized columns "
            f"({', '.join(columns)})"
        )
    train = real_train[columns].reset_index(drop=True)
    holdout = real_holdout[columns].reset_index(drop=True)
    synth = synthetic[columns].reset_index(drop=True)
    timings: dict[str, float] = {}

    start = time.perf_counter()
    fidelity = fidelity_scores(real=train, synthetic=synth, columns=columns)
    timings["fidelity"] = time.perf_counter() - start

    start = time.perf_counter()
    features = score_cfg["features"] or [c for c in columns if c != target]
    fns = dict(train_fns) if train_fns is not None else _default_train_fns(score_cfg)
    utility = None
    if features:
        utility = utility_scores(
            real_train=train,
            real_holdout=holdout,
            synthetic=synth,
            target=target,
            features=features,
            train_fns=fns,
            seed=seed,
        )
    timings["utility"] = time.perf_counter() - start

    start = time.perf_counter()
    privacy = _privacy(train, holdout, synth, columns, target, score_cfg, seed)
    timings["privacy"] = time.perf_counter() - start
    return _clean(
        {
            "columns": columns,
            "n_rows": {"train": len(train), "holdout": len(holdout), "synthetic": len(synth)},
            "fidelity": fidelity,
            "utility": utility,
            "privacy": privacy,
            "seconds": timings,
        }
    )


def _default_train_fns(score_cfg: dict[str, Any]) -> dict[str, TrainFn]:
    fns: dict[str, TrainFn] = {"logreg": sklearn_logreg}
    dp = score_cfg["dp_training"]
    if dp["enabled"]:
        fns["dp_logreg"] = make_dp_logreg(
            epsilon=float(dp["epsilon"]), delta=float(dp["delta"]), epochs=int(dp["epochs"])
        )
    return fns


def _privacy(
    train: pd.DataFrame,
    holdout: pd.DataFrame,
    synth: pd.DataFrame,
    columns: list[str],
    target: str,
    cfg: dict[str, Any],
    seed: int,
) -> dict[str, Any]:
    n_attacks = int(cfg["n_attacks"])
    out: dict[str, Any] = {
        "distance": distance_metrics(
            train=train,
            holdout=holdout,
            synthetic=synth,
            columns=columns,
            max_rows=int(cfg["max_rows_distance"]),
            seed=seed,
        ),
        "singling_out": singling_out_risk(
            train=train,
            holdout=holdout,
            synthetic=synth,
            columns=columns,
            n_attacks=n_attacks,
            n_cols=int(cfg["singling_out_n_cols"]),
            seed=seed,
        ),
    }
    quasi = [c for c in (cfg["quasi_identifiers"] or []) if c in columns]
    others = [c for c in columns if c not in quasi]
    if not quasi:  # no declared quasi-identifiers: split the columns in two halves
        half = max(1, len(columns) // 2)
        quasi, others = columns[:half], columns[half:]
    if quasi and others:
        out["linkability"] = linkability_risk(
            train=train,
            holdout=holdout,
            synthetic=synth,
            aux_cols=(quasi, others),
            n_attacks=n_attacks,
            n_neighbors=int(cfg["linkability_n_neighbors"]),
            seed=seed,
        )
    secret = cfg["secret"] or target
    aux = [c for c in columns if c != secret]
    if aux:
        out["inference"] = inference_risk(
            train=train,
            holdout=holdout,
            synthetic=synth,
            aux_cols=aux,
            secret=secret,
            n_attacks=n_attacks,
            seed=seed,
        )
    return out


def _clean(value: Any) -> Any:
    """Make the scorecard strictly JSON-serialisable (NaN/inf -> None, numpy -> python)."""
    if isinstance(value, dict):
        return {str(k): _clean(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_clean(v) for v in value]
    if hasattr(value, "item") and not isinstance(value, str):
        value = value.item()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value
