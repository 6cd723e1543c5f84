"""Front door: `synthesize_table` (fit on the training split, sample, time both)."""

from __future__ import annotations

import time
import warnings
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from confide.config import read_section
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


def read_config(config: dict[str, Any] | None) -> dict[str, Any]:
    """The ``synthesize:`` section with the schema's defaults filled in; every problem listed at once.

    Raises:
        ConfigError: naming each key path (schema), else an unknown synthesizer (:func:`check`).
    """
    return read_section("synthesize", config, check=check)


def check(config: dict[str, Any]) -> list[str]:
    """The problems of a schema-valid ``synthesize:`` section: its synthesizer and generator vs. their registries."""
    from confide.synthesize.embedding import create_embedding_generator

    known = known_synthesizers()
    problems = [] if config["synthesizer"] in known else [
        f"synthesize.synthesizer: {config['synthesizer']!r} unknown; known: {', '.join(known)}"]
    try:
        create_embedding_generator(config["embedding"]["generator"])
    except ValueError as exc:
        problems.append(f"synthesize.embedding.generator: {exc}")
    return problems


def synthesize_table(train: pd.DataFrame, *, config: dict[str, Any], seed: int) -> SynthesisResult:
    """Fit the configured synthesizer on the training split and sample a synthetic table.

    Only structured columns are modelled (see `confide.synthesize.columns.plan_columns`); free
    text is not synthesized. If ``train`` has a ``split`` column, only ``"train"`` rows are used.

    Args:
        train: anonymized training rows.
        config: ``params["synthesize"]`` (partial: the schema's defaults fill the rest).
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
    config = read_config(config)
    train = _training_split(train)
    reason = nothing_to_synthesize(train)
    if reason is not None:
        raise NothingToSynthesizeError(reason)
    plan = plan_columns(train)
    table = train[plan.included].reset_index(drop=True)

    name = config["synthesizer"]
    synth = create_synthesizer(name, config=config)
    start = time.perf_counter()
    synth.fit(table, seed=seed)
    fit_seconds = time.perf_counter() - start
    _warn_privacy(name, synth.ledger)

    n_rows = config["n_rows"] or synth.default_n_rows(float(config["ratio"]), len(table))
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
    unit = resolve_privacy_unit(train_config["privacy_unit"], train)  # the validated train section
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
