"""Map a source table onto the records contract (docs/contracts.md) and type its columns."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

import pandas as pd

from confide.errors import InputDataError

CORE_COLUMNS = ("record_id", "text", "label", "group_id", "date")
NUMERIC_TABULAR = frozenset(
    {"age", "phq9_total", "gad7_total", *(f"phq9_{i}" for i in range(1, 10))}
)


def normalize_records(
    frame: pd.DataFrame,
    *,
    path: Path | str,
    columns: Mapping[str, str | None],
    tabular_columns: Sequence[str] = (),
) -> pd.DataFrame:
    """Rename mapped source columns to the contract's names and check their types.

    Args:
        frame: the table as read (strings, numbers).
        path: the source file, named in errors.
        columns: contract name (``id``, ``text``, ``label``, ``group``, ``date``) -> source column.
        tabular_columns: extra columns kept as they are named; ``age``, ``phq9_*`` and
            ``gad7_total`` must be numeric.

    Raises:
        InputDataError: a mapped column is missing or holds values of the wrong type.
    """
    contract = {"id": "record_id", "text": "text", "label": "label", "group": "group_id",
                "date": "date"}
    wanted = {contract[k]: v for k, v in columns.items() if v}
    missing = [src for src in [*wanted.values(), *tabular_columns] if src not in frame.columns]
    if missing:
        available = ", ".join(map(str, frame.columns[:30]))
        raise InputDataError(
            path, f"mapped column(s) {missing} not in the file; available: {available}. "
            "Fix data.file.columns in params.yaml",
            column=missing[0],
        )
    out = pd.DataFrame({name: frame[src] for name, src in wanted.items()})
    for name in ("group_id", "date"):
        if name not in out:
            out[name] = None
    for name in ("record_id", "text", "label", "group_id"):
        out[name] = _as_text(out[name])
    out["date"] = _as_iso_date(out["date"], path=path, column=wanted.get("date"))
    for name in tabular_columns:
        out[name] = _typed_tabular(frame[name], name=name, path=path)
    return out.reset_index(drop=True)


def _as_text(values: pd.Series) -> pd.Series:
    """Strings stay strings; numbers read from JSON/Parquet become their text; nulls stay null."""
    return values.map(lambda v: None if _is_null(v) else str(v)).astype(object)


def _is_null(value: object) -> bool:
    return value is None or (isinstance(value, float) and value != value)


def _bad_rows(mask: pd.Series) -> list[int]:
    return [int(i) + 1 for i in mask[mask].index[:5]]


def _as_iso_date(values: pd.Series, *, path: Path | str, column: str | None) -> pd.Series:
    if values.isna().all():
        return values.astype(object)
    parsed = pd.to_datetime(values, errors="coerce", format="mixed")
    bad = parsed.isna() & values.notna()
    if bad.any():
        raise InputDataError(
            path, f"{int(bad.sum())} value(s) are not dates (use ISO 8601, e.g. 2024-03-14)",
            column=column, rows=_bad_rows(bad),
        )
    return parsed.dt.strftime("%Y-%m-%d").where(parsed.notna(), None).astype(object)


def _typed_tabular(values: pd.Series, *, name: str, path: Path | str) -> pd.Series:
    if name not in NUMERIC_TABULAR:
        return _as_text(values)
    numbers = pd.to_numeric(values, errors="coerce")
    bad = numbers.isna() & values.notna() & (values.astype(str).str.strip() != "")
    if bad.any():
        raise InputDataError(
            path, f"{int(bad.sum())} value(s) are not numbers; {name} must be numeric",
            column=name, rows=_bad_rows(bad),
        )
    return numbers.astype(float)
