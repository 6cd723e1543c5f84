"""The one module that talks to MLflow.

Stage jobs never open MLflow themselves: they write JSON metrics and ledgers, and the
`track_runs` rule logs them all at the end of a workflow invocation as one parent run with a
child run per stage and per trained variant. That keeps compute nodes free of tracking-server
access and avoids concurrent writers on the embedded SQLite store.
"""

from __future__ import annotations

import math
import os
import re
import warnings
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from confide.config import flatten

DEFAULT_STORE = Path("mlflow.db")
MAX_PARAM_LENGTH = 6000


def tracking_uri(default_store: Path = DEFAULT_STORE) -> str:
    """`MLFLOW_TRACKING_URI` when set (a shared server), else the embedded SQLite store."""
    return os.environ.get("MLFLOW_TRACKING_URI") or f"sqlite:///{default_store.resolve()}"


@dataclass
class RunRecord:
    """What one child run logs."""

    name: str
    params: dict[str, Any] = field(default_factory=dict)
    metrics: dict[str, Any] = field(default_factory=dict)
    tags: dict[str, str] = field(default_factory=dict)
    artifacts: list[str] = field(default_factory=list)


def metric_name(key: str) -> str:
    """A key MLflow accepts: characters outside its allowed set become ``_`` (``90+`` -> ``90_``)."""
    return re.sub(r"[^A-Za-z0-9_\-. :/]", "_", key)


def numeric_metrics(values: Mapping[str, Any], prefix: str = "") -> dict[str, float]:
    """Flatten nested results to finite numeric metrics (MLflow accepts only numbers)."""
    out: dict[str, float] = {}
    for raw_key, value in flatten(values, prefix).items():
        key = metric_name(raw_key)
        if isinstance(value, bool):
            out[key] = float(value)
        elif isinstance(value, int | float) and math.isfinite(value):
            out[key] = float(value)
    return out


def _param_values(params: Mapping[str, Any]) -> dict[str, str]:
    return {k: str(v)[:MAX_PARAM_LENGTH] for k, v in flatten(params).items()}


def log_workflow(
    *,
    experiment: str,
    run_name: str,
    params: Mapping[str, Any],
    tags: Mapping[str, str],
    children: Sequence[RunRecord],
    artifacts: Sequence[str] = (),
    uri: str | None = None,
) -> dict[str, Any]:
    """Log one parent run (whole workflow) and its child runs; return their ids."""
    import mlflow

    os.environ.setdefault("MLFLOW_DISABLE_TELEMETRY", "true")
    previous_uri = os.environ.get("MLFLOW_TRACKING_URI")
    try:
        return _log(mlflow, experiment=experiment, run_name=run_name, params=params, tags=tags,
                    children=children, artifacts=artifacts, uri=uri or tracking_uri())
    finally:  # mlflow.set_tracking_uri exports the URI to the environment: undo that
        if previous_uri is None:
            os.environ.pop("MLFLOW_TRACKING_URI", None)
        else:
            os.environ["MLFLOW_TRACKING_URI"] = previous_uri


def _log(mlflow: Any, *, experiment: str, run_name: str, params: Mapping[str, Any],
         tags: Mapping[str, str], children: Sequence[RunRecord], artifacts: Sequence[str],
         uri: str) -> dict[str, Any]:
    from mlflow.tracking import MlflowClient

    mlflow.set_tracking_uri(uri)
    mlflow.set_experiment(experiment)
    client = MlflowClient()
    ids: dict[str, Any] = {"tracking_uri_kind": uri.split(":", 1)[0]}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with mlflow.start_run(run_name=run_name, tags=dict(tags)) as parent:
            mlflow.log_params(_param_values(params))
            for path in artifacts:
                if Path(path).exists():
                    mlflow.log_artifact(path)
            ids["parent_run_id"] = parent.info.run_id
            ids["children"] = {}
            for child in children:
                with mlflow.start_run(run_name=child.name, nested=True,
                                      tags={**tags, **child.tags}) as run:
                    if child.params:
                        mlflow.log_params(_param_values(child.params))
                    metrics = numeric_metrics(child.metrics)
                    if metrics:
                        mlflow.log_metrics(metrics)
                    for path in child.artifacts:
                        if Path(path).exists():
                            client.log_artifact(run.info.run_id, path)
                    ids["children"][child.name] = run.info.run_id
    return ids
