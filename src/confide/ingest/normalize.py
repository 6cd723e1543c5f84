"""Map a source table onto the records contract (docs/contracts.md) and type its columns."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from pathlib import Path

import numpy as np
import pandas as pd

from confide.errors import InputDataError

CORE_COLUMNS = ("record_id", "text", "label", "group_id", "date")
#: Between the parts of a text mapped from several columns (title + body).
TEXT_JOINER = "\n\n"
NUMERIC_TABULAR = frozenset(
    {"age", "phq9_total", "gad7_total", *(f"phq9_{i}" for i in range(1, 10))}
)


def normalize_records(
    frame: pd.DataFrame,
    *,
    path: Path | str,
    columns: Mapping[str, str | Sequence[str] | None],
    tabular_columns: Sequence[str] = (),
) -> pd.DataFrame:
    """Rename mapped source columns to the contract's names and check their types.

    Args:
        frame: the table as read (strings, numbers).
        path: the source file, named in errors.
        columns: contract name (``id``, ``text``, ``label``, ``group``, ``date``) -> source column;
            ``text`` may list several columns, joined in that order by a blank line (title +
            body), missing parts left out.
        tabular_columns: extra columns kept as they are named; ``age``, ``phq9_*`` and
            ``gad7_total`` must be numeric.

    Raises:
        InputDataError: a mapped column is missing, holds values of the wrong type (numbers
            where a score is due; lists, structs or bytes where text is due), or a row has no id.
            Messages name columns and row numbers, never a value: when the header line looks
            like data (a file without a header) it is not shown at all.
    """
    contract = {"id": "record_id", "text": "text", "label": "label", "group": "group_id",
                "date": "date"}
    wanted = {contract[k]: v for k, v in columns.items() if v}
    text_parts = _as_list(wanted.pop("text", []))
    sources = [*wanted.values(), *text_parts, *tabular_columns]
    named_like_ours = [name for name in tabular_columns if name in CORE_COLUMNS]
    if named_like_ours:  # it would silently replace the mapped column (the person id, the label)
        raise InputDataError(
            path, f"tabular_columns {named_like_ours} are named like columns of the records table "
            f"({', '.join(CORE_COLUMNS)}) and would replace them; map them under data.file.columns "
            "instead, or rename them in the file", column=named_like_ours[0])
    missing = [src for src in sources if src not in frame.columns]
    if missing:
        raise InputDataError(
            path, _missing_columns_problem(missing, frame.columns, sources), column=missing[0])
    for src in dict.fromkeys(sources):
        _refuse_nested(frame[src], path=path, column=src)
    out = pd.DataFrame({name: frame[src] for name, src in wanted.items()})
    if text_parts:
        out["text"] = _joined_text(frame, text_parts)
    for name in ("group_id", "date"):
        if name not in out:
            out[name] = None
    for name in ("record_id", "text", "label", "group_id"):
        out[name] = _as_text(out[name])
    if "record_id" in out:
        _refuse_missing_ids(out["record_id"], path=path, column=wanted["record_id"])
        _refuse_duplicate_ids(out["record_id"], path=path, column=wanted["record_id"])
    out["date"] = _as_iso_date(out["date"], path=path, column=wanted.get("date"))
    for name in tabular_columns:
        out[name] = _typed_tabular(frame[name], name=name, path=path)
    order = dict.fromkeys([*(c for c in CORE_COLUMNS if c in out), *tabular_columns])
    return out[list(order)].reset_index(drop=True)


def _as_list(value: str | Sequence[str]) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


def _joined_text(frame: pd.DataFrame, parts: Sequence[str]) -> pd.Series:
    """The text of each row: its parts as text, missing or empty ones left out; none is null."""
    texts = [_as_text(frame[part]) for part in parts]
    joined = [TEXT_JOINER.join(v for v in row if v) or None
              for row in zip(*(t.tolist() for t in texts), strict=True)]
    return pd.Series(joined, index=frame.index, dtype=object)


_VALUE_LIKE = re.compile(
    r"^\s*[-+]?(\d+([.,]\d*)?|[.,]\d+)([eE][-+]?\d+)?\s*$"  # a number
    r"|\d{3}"  # a run of digits: phone, date, id
    r"|@|://"  # an e-mail address or URL
    r"|[^\w \-./()#%]"  # punctuation that column names do not carry
)
MAX_NAME_CHARS = 40


_PANDAS_UNNAMED = re.compile(r"^Unnamed: \d+$")  # pandas' name for an empty header cell


def header_looks_like_data(names: Sequence[object], *, mapped: Sequence[str] = ()) -> bool:
    """Whether a header line reads as a data row, so that its cells must not be shown.

    Used to decide whether column names may be listed in an error: when the file has no
    header, its first data row became the names, and listing them would print a record. A
    header looks like data when a cell looks like a value (a number, a run of digits, an
    e-mail or URL, punctuation names do not carry, more than 40 characters), or when it shares
    no name with the mapped columns at all.
    """
    cells = [str(name) for name in names if not _PANDAS_UNNAMED.match(str(name))]
    if mapped and not set(mapped) & set(cells):
        return True
    return any(len(cell) > MAX_NAME_CHARS or bool(_VALUE_LIKE.search(cell)) for cell in cells)


def _missing_columns_problem(missing: list[str], names: Sequence[object], mapped: Sequence[str]) -> str:
    fix = "Fix data.file.columns (or tabular_columns) in params.yaml"
    if header_looks_like_data(list(names), mapped=mapped):
        return (f"mapped column(s) {missing} not in the file, whose first line looks like data "
                "rather than column names (no mapped name, or a number, long value or "
                "punctuation), so it is not shown; if the file has no header line, add one "
                f"naming the columns. {fix}")
    available = ", ".join(map(str, list(names)[:30]))
    return f"mapped column(s) {missing} not in the file; available: {available}. {fix}"


def _nested_kind(value: object) -> str | None:
    if isinstance(value, np.ndarray | list | tuple):
        return "list (Parquet list / JSON array)"
    if isinstance(value, dict):
        return "struct (Parquet struct / JSON object)"
    if isinstance(value, bytes | bytearray):
        return "binary (bytes)"
    return None


def _refuse_nested(values: pd.Series, *, path: Path | str, column: str) -> None:
    """A list, struct or binary cell would silently become its Python repr: refuse it."""
    kinds = values.map(_nested_kind)
    bad = kinds.notna()
    if bad.any():
        kind = kinds[bad].iloc[0]
        raise InputDataError(
            path, f"{int(bad.sum())} value(s) are of type {kind}, not a plain value; map a "
            "column of strings or numbers, or flatten this one into text before ingesting",
            column=column, rows=_bad_rows(bad),
        )


def _refuse_missing_ids(ids: pd.Series, *, path: Path | str, column: str) -> None:
    blank = ids.isna() | (ids.astype(str).str.strip() == "")
    if blank.any():
        raise InputDataError(
            path, f"{int(blank.sum())} row(s) have no record id (rows counted from 1 after the "
            "header); give every row a unique id, or map data.file.columns.id to an id column",
            column=column, rows=_bad_rows(blank),
        )


def _refuse_duplicate_ids(ids: pd.Series, *, path: Path | str, column: str) -> None:
    twice = ids.duplicated(keep=False)
    if twice.any():
        raise InputDataError(
            path, f"{int(twice.sum())} row(s) share their record id with another row (rows counted "
            "from 1 after the header); give every row a unique id, or map data.file.columns.id to "
            "a column of unique ids", column=column, rows=_bad_rows(twice),
        )


def _as_text(values: pd.Series) -> pd.Series:
    """Strings stay strings; numbers read from JSON/Parquet become their text; nulls stay null.

    A whole number held as a float (Parquet and JSON turn an integer column with gaps into floats)
    becomes the integer's text, as a CSV cell would read: ``1.0`` -> ``"1"``.
    """
    return values.map(_text_of).astype(object)


def _text_of(value: object) -> str | None:
    if _is_null(value):
        return None
    if isinstance(value, float | np.floating) and float(value).is_integer():
        return str(int(value))
    return str(value)


def _is_null(value: object) -> bool:
    """None, NaN (any float type), NaT or pandas' NA; never a list or other container."""
    if value is None or isinstance(value, list | tuple | dict | np.ndarray):
        return value is None
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _bad_rows(mask: pd.Series) -> list[int]:
    return [int(i) + 1 for i in mask[mask].index[:5]]


_DIGITS = re.compile(r"^\s*[-+]?\d+(\.\d*)?\s*$")


def _as_iso_date(values: pd.Series, *, path: Path | str, column: str | None) -> pd.Series:
    """Dates as ``YYYY-MM-DD`` text; every format by one rule: a date is read from its text.

    Parquet/JSON numbers are not taken as nanoseconds since 1970 (which turned Unix timestamps
    into 1970-01-01): they become their text first, as a CSV cell would be, so a Unix timestamp
    is refused in every format alike, and ``20240314`` is 2024-03-14 in every format alike.
    Parquet timestamp and date columns are dates already.
    """
    if values.isna().all():
        return values.astype(object)
    text = values if pd.api.types.is_datetime64_any_dtype(values) else _as_text(values)
    parsed = pd.to_datetime(text, errors="coerce", format="mixed")
    bad = parsed.isna() & text.notna()
    if bad.any():
        numbers = int(text[bad].map(lambda v: bool(_DIGITS.match(str(v)))).sum())
        hint = (f"; {numbers} of them are plain numbers (Unix timestamps?), which are not read as "
                "dates in any format: convert them to ISO dates first, e.g. in pandas "
                "pd.to_datetime(column, unit='s').dt.strftime('%Y-%m-%d')") if numbers else ""
        raise InputDataError(
            path, f"{int(bad.sum())} value(s) are not dates (use ISO 8601, e.g. 2024-03-14){hint}",
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
