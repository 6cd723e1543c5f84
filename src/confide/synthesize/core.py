"""Front door: `synthesize_table` (fit on the training split, sample, time both)."""

from __future__ import annotations

import time
import warnings
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from confide.errors import ConfigError
from confide.synthesize.columns import nothing_to_synthesize, plan_columns
from confide.synthesize.errors import NoFormalPrivacyWarning, NothingToSynthesizeError, SynthesisError
from confide.synthesize.registry import create_synthesizer, known_synthesizers

#: Above this epsilon a DP synthesizer's guarantee is weak; a warning says so.
EPSILON_WARN_ABOVE = 10.0


@dataclass(frozen=True)
class SynthesisResult:
    """Synthetic table plus what the run needs to record.

    Attributes:
        table: synthetic rows over the modelled columns only (no ids, text or dates).
        ledger: privacy ledger (DP synthesizers) or None (no formal guarantee).
        fit_seconds: wall time of the fit.
        sample_seconds: wall time of sampling.
        synthesizer: registry name used.
        columns: modelled columns.
        excluded: left-out columns with their reasons.
        n_train_rows: rows the synthesizer was fitted on.
    """

    table: pd.DataFrame
    ledger: dict[str, Any] | None
    fit_seconds: float
    sample_seconds: float
    synthesizer: str
    columns: list[str]
    excluded: dict[str, str] = field(default_factory=dict)
    n_train_rows: int = 0

    def summary(self) -> dict[str, Any]:
        """JSON-serialisable summary (counts and names, never values) for logs and MLflow."""
        return {
            "synthesizer": self.synthesizer,
            "n_train_rows": self.n_train_rows,
            "n_synthetic_rows": len(self.table),
            "columns": list(self.columns),
            "excluded": dict(self.excluded),
            "fit_seconds": self.fit_seconds,
            "sample_seconds": self.sample_seconds,
            "private": self.ledger is not None,
            "ledger": self.ledger,
        }


def validate_config(config: dict[str, Any]) -> list[str]:
    """Return every problem in the ``synthesize`` config (empty list when valid)."""
    problems: list[str] = []
    name = config.get("synthesizer", "gaussian_copula")
    if name not in known_synthesizers():
        problems.append(
            f"synthesize.synthesizer: {name!r} unknown; known: {', '.join(known_synthesizers())}"
        )
    n_rows = config.get("n_rows")
    if n_rows is not None and (not isinstance(n_rows, int) or n_rows < 1):
        problems.append("synthesize.n_rows: must be null or an integer >= 1")
    ratio = config.get("ratio", 1.0)
    if not isinstance(ratio, int | float) or not 0 < ratio <= 100:
        problems.append("synthesize.ratio: must be a number in (0, 100]")
    levels = config.get("categorical_max_levels", 5)
    if not isinstance(levels, int) or not 0 <= levels <= 50:
        problems.append("synthesize.categorical_max_levels: must be an integer in [0, 50]")
    for key in ("epochs", "batch_size"):
        val = config.get(key)
        if val is not None and (not isinstance(val, int) or val < 1):
            problems.append(f"synthesize.{key}: must be an integer >= 1")
    dp = config.get("dp") or {}
    eps, delta = dp.get("epsilon", 3.0), dp.get("delta", 1e-5)
    if not isinstance(eps, int | float) or not 0 < eps <= 100:
        problems.append("synthesize.dp.epsilon: must be a number in (0, 100]")
    if not isinstance(delta, int | float) or not 0 < delta < 1:
        problems.append("synthesize.dp.delta: must be a number in (0, 1)")
    n_bins = dp.get("n_bins", 16)
    if not isinstance(n_bins, int) or not 2 <= n_bins <= 256:
        problems.append("synthesize.dp.n_bins: must be an integer in [2, 256]")
    return problems


def synthesize_table(train: pd.DataFrame, *, config: dict[str, Any], seed: int) -> SynthesisResult:
    """Fit the configured synthesizer on the training split and sample a synthetic table.

    Only structured columns are modelled (see `confide.synthesize.columns.plan_columns`); free
    text is not synthesized. If ``train`` has a ``split`` column, only ``"train"`` rows are used.

    Args:
        train: anonymized training rows.
        config: ``params["synthesize"]``.
        seed: seeds fitting and sampling.

    Returns:
        The synthetic table with its ledger and timings.

    Raises:
        ConfigError: invalid config (every problem listed).
        NothingToSynthesizeError: no structured column (text-only data): skip the stage.

    Example:
        >>> res = synthesize_table(df, config={"synthesizer": "gaussian_copula"}, seed=0)
        >>> res.table.shape[0] == len(df)
        True
    """
    problems = validate_config(config)
    if problems:
        raise ConfigError("invalid synthesize config:\n- " + "\n- ".join(problems))
    train = _training_split(train)
    reason = nothing_to_synthesize(train)
    if reason is not None:
        raise NothingToSynthesizeError(reason)
    plan = plan_columns(train)
    table = train[plan.included].reset_index(drop=True)

    name = config.get("synthesizer", "gaussian_copula")
    synth = create_synthesizer(name, config=config)
    start = time.perf_counter()
    synth.fit(table, seed=seed)
    fit_seconds = time.perf_counter() - start
    _warn_privacy(name, synth.ledger)

    n_rows = config.get("n_rows") or synth.default_n_rows(
        float(config.get("ratio", 1.0)), len(table)
    )
    start = time.perf_counter()
    synthetic = synth.sample(int(n_rows), seed=seed)
    sample_seconds = time.perf_counter() - start
    return SynthesisResult(
        table=synthetic[plan.included],
        ledger=synth.ledger,
        fit_seconds=fit_seconds,
        sample_seconds=sample_seconds,
        synthesizer=name,
        columns=list(plan.included),
        excluded=dict(plan.excluded),
        n_train_rows=len(table),
    )


def _training_split(records: pd.DataFrame) -> pd.DataFrame:
    """The training rows of one seed's records; refuses records that still carry every seed's split.

    Without this check a caller that forgot `confide.ingest.split.split_for_seed` would fit the
    synthesizer on every seed's test people.
    """
    from confide.ingest.split import is_seed_column

    if any(is_seed_column(c) for c in records.columns):
        raise SynthesisError("records carry one split per training seed (split_seed_<s>): pick the seed's "
                             "with confide.ingest.split.split_for_seed before synthesizing")
    return records[records["split"] == "train"] if "split" in records.columns else records


def fit_rows_for_unit(records: pd.DataFrame, *, train_config: dict[str, Any], seed: int) -> tuple[pd.DataFrame, str]:
    """The training rows a tabular synthesizer fits on, and the privacy unit its epsilon holds for.

    A DP synthesizer's epsilon is per record. At training unit ``person`` it is fitted on one
    seeded record per person (the choice `confide.train.person.person_cap_mask` makes), so that
    its epsilon holds per person and composes with person-level DP-SGD.
    """
    from confide.train.person import person_cap
    from confide.train.units import resolve_privacy_unit

    train = _training_split(records)
    unit = resolve_privacy_unit(train_config.get("privacy_unit", "auto"), train)
    if unit == "person":
        train = person_cap(train, max_records_per_person=1, seed=seed)
    return train, unit


def _warn_privacy(name: str, ledger: dict[str, Any] | None) -> None:
    if ledger is None:
        warnings.warn(
            f"synthesizer {name!r} gives no formal privacy guarantee: synthetic rows can leak "
            "training records; check the privacy scorecard or use 'dp_marginal'",
            NoFormalPrivacyWarning,
            stacklevel=3,
        )
        return
    eps = float(ledger.get("epsilon_spent", ledger.get("epsilon_target", 0.0)))
    if eps > EPSILON_WARN_ABOVE:
        warnings.warn(
            f"synthesizer {name!r} spent epsilon={eps:.3g}, above {EPSILON_WARN_ABOVE}: "
            "the guarantee is weak",
            NoFormalPrivacyWarning,
            stacklevel=3,
        )
