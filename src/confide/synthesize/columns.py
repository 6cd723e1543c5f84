"""Which columns of the anonymized records table are modelled, and their SDV metadata.

Free text is never synthesized here: SDV models structured columns only. Identifiers and
direct identifiers (``record_id``, ``group_id``, ``text``, ``date``) and the ``split`` marker are
always left out, as are string columns that look like free text or identifiers (mostly unique).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd
from pandas.api import types as ptypes

#: Columns never modelled, with the reason recorded in the plan.
EXCLUDED_COLUMNS: dict[str, str] = {
    "record_id": "identifier",
    "group_id": "direct identifier (person pseudonym)",
    "text": "free text (not synthesized by SDV)",
    "date": "quasi-identifier date (not modelled)",
    "split": "split marker",
}

#: Columns that alone do not make a table worth synthesizing (the class label of a text corpus).
LABEL_COLUMNS: frozenset[str] = frozenset({"label"})

_UNIQUE_SHARE_FOR_FREE_TEXT = 0.5
_MIN_UNIQUE_FOR_FREE_TEXT = 20


@dataclass(frozen=True)
class ColumnPlan:
    """Columns to model and the columns left out, each with its reason."""

    included: list[str]
    excluded: dict[str, str] = field(default_factory=dict)


def plan_columns(df: pd.DataFrame) -> ColumnPlan:
    """Decide which columns a synthesizer may model.

    Args:
        df: the anonymized records table (or any table).

    Returns:
        The included columns, in table order, and every excluded column with its reason.
    """
    included: list[str] = []
    excluded: dict[str, str] = {}
    for col in df.columns:
        name = str(col)
        series = df[col]
        if name in EXCLUDED_COLUMNS:
            excluded[name] = EXCLUDED_COLUMNS[name]
        elif series.isna().all():
            excluded[name] = "entirely missing"
        elif _looks_like_free_text(series):
            excluded[name] = "mostly unique strings (free text or identifier)"
        else:
            included.append(name)
    return ColumnPlan(included=included, excluded=excluded)


def tabular_columns(df: pd.DataFrame) -> list[str]:
    """Return the structured columns a synthesizer models (ids, text and dates left out)."""
    return plan_columns(df).included


def nothing_to_synthesize(df: pd.DataFrame) -> str | None:
    """Say why a table cannot be synthesized, or return None when it can.

    A text-only corpus (``record_id``, ``text``, ``label``, ...) has nothing but its label left:
    the stage is then skipped with this message.
    """
    if len(df) == 0:
        return "the training table has no rows"
    features = [c for c in tabular_columns(df) if c not in LABEL_COLUMNS]
    if not features:
        return (
            "no structured column to synthesize: free text is not synthesized by SDV and ids, "
            "dates and the label alone are not modelled; the synthesis stage is skipped"
        )
    return None


def is_categorical(series: pd.Series) -> bool:
    """Whether a column is modelled as categorical (strings, booleans, pandas categories)."""
    return not ptypes.is_numeric_dtype(series) or ptypes.is_bool_dtype(series)


def build_metadata(
    df: pd.DataFrame,
    columns: list[str],
    *,
    table_name: str = "records",
    bounds: dict[str, tuple[float, float]] | None = None,
    categorical: list[str] | None = None,
) -> Any:
    """Build SDV 2.x ``Metadata`` from the schema instead of guessing it from the values.

    Numeric columns become ``numerical`` (with ``range_min``/``range_max`` when public bounds
    are given), booleans ``boolean``, everything else ``categorical``; no column is a key.

    Args:
        df: the table (only dtypes are read).
        columns: the columns to describe (see `tabular_columns`).
        table_name: the SDV table name.
        bounds: optional public bounds per numeric column.
        categorical: numeric columns to model as categorical anyway (see `discrete_columns`).
    """
    from sdv.metadata import Metadata

    spec: dict[str, dict[str, Any]] = {}
    for col in columns:
        series = df[col]
        if ptypes.is_bool_dtype(series):
            spec[col] = {"sdtype": "boolean"}
        elif is_categorical(series) or col in (categorical or []):
            spec[col] = {"sdtype": "categorical"}
        else:
            entry: dict[str, Any] = {"sdtype": "numerical"}
            if bounds and col in bounds:
                entry["range_min"], entry["range_max"] = (float(v) for v in bounds[col])
            spec[col] = entry
    return Metadata.load_from_dict({"tables": {table_name: {"columns": spec}}})


def discrete_columns(df: pd.DataFrame, columns: list[str], max_levels: int) -> list[str]:
    """Return numeric columns holding at most ``max_levels`` distinct integers (Likert items).

    SDV's copula fits such zero-inflated items poorly as numbers (PHQ-9 items: column-shape
    score 0.73 as numbers vs 0.95 as categories on NHANES); modelling them as categories keeps
    their exact values.
    """
    out = []
    for col in columns:
        series = df[col]
        if is_categorical(series):
            continue
        values = series.dropna().to_numpy(float)
        if len(values) and np.all(np.mod(values, 1) == 0) and len(np.unique(values)) <= max_levels:
            out.append(col)
    return out


def _looks_like_free_text(series: pd.Series) -> bool:
    if not (ptypes.is_object_dtype(series) or ptypes.is_string_dtype(series)):
        return False
    values = series.dropna()
    n_unique = values.nunique()
    return n_unique >= _MIN_UNIQUE_FOR_FREE_TEXT and n_unique > _UNIQUE_SHARE_FOR_FREE_TEXT * len(
        values
    )
