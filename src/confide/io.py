"""All file reading and writing of tables and JSON. Raw-side readers raise `InputDataError`."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pandas as pd

from confide.errors import InputDataError

TABLE_FORMATS = ("csv", "jsonl", "parquet")


def detect_format(path: Path, declared: str = "auto") -> str:
    """Return the table format, from `declared` or the file suffix."""
    if declared != "auto":
        return declared
    suffix = path.suffix.lower().lstrip(".")
    aliases = {"csv": "csv", "jsonl": "jsonl", "ndjson": "jsonl", "parquet": "parquet", "pq": "parquet"}
    if suffix not in aliases:
        raise InputDataError(
            path, f"cannot tell the format from suffix {path.suffix!r}; set data.file.format "
            f"to one of {', '.join(TABLE_FORMATS)}"
        )
    return aliases[suffix]


def _decode(path: Path, raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig")  # a leading BOM is legal UTF-8 and is dropped
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputDataError(
            path, f"bytes at offset {exc.start} (line {line}) are not valid UTF-8; "
            "re-encode the file as UTF-8 (e.g. `iconv -f latin1 -t utf-8`)"
        ) from None


def read_table(path: Path | str, *, fmt: str = "auto") -> pd.DataFrame:
    """Read a CSV / JSONL / Parquet file as strings-and-numbers, with errors that name the file.

    CSV and JSONL values are read as text (``dtype=str``) so that ids like ``007`` survive;
    typing happens later against the declared schema.
    """
    path = Path(path)
    if not path.is_file():
        raise InputDataError(path, "file not found")
    fmt = detect_format(path, fmt)
    if path.stat().st_size == 0:
        raise InputDataError(path, "file is empty (0 bytes)")
    if fmt == "parquet":
        try:
            return pd.read_parquet(path)
        except Exception as exc:  # pyarrow raises several unrelated types
            raise InputDataError(path, f"not a readable Parquet file ({type(exc).__name__})") from None
    text = _decode(path, path.read_bytes())
    if fmt == "csv":
        return _read_csv(path, text)
    return _read_jsonl(path, text)


def _read_csv(path: Path, text: str) -> pd.DataFrame:
    import csv
    import io

    try:
        frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False, na_values=[""])
    except pd.errors.EmptyDataError:
        raise InputDataError(path, "file has no header and no rows") from None
    except (pd.errors.ParserError, csv.Error) as exc:
        raise InputDataError(
            path, f"malformed CSV ({str(exc).splitlines()[0]}); quote fields that hold commas, "
            "quotes (doubled) or newlines"
        ) from None
    if frame.empty:
        raise InputDataError(path, "file has a header but no data rows")
    return frame


def _read_jsonl(path: Path, text: str) -> pd.DataFrame:
    rows: list[dict[str, Any]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputDataError(path, f"line {number} is not valid JSON ({exc.msg})") from None
        if not isinstance(row, dict):
            raise InputDataError(path, f"line {number} is not a JSON object")
        rows.append(row)
    if not rows:
        raise InputDataError(path, "file has no JSON records")
    return pd.DataFrame(rows)


def write_table(frame: pd.DataFrame, path: Path | str) -> None:
    """Write a table as Parquet (the format of every intermediate stage output)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    frame.to_parquet(path, index=False)


def _json_default(value: Any) -> Any:
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    if hasattr(value, "tolist"):
        return value.tolist()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def _finite(value: Any) -> Any:
    """Replace non-finite floats by strings so the JSON stays standard (`inf` epsilon)."""
    if isinstance(value, float) and not math.isfinite(value):
        return "inf" if value > 0 else ("-inf" if value < 0 else "nan")
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_finite(v) for v in value]
    return value


def write_json(obj: Any, path: Path | str) -> None:
    """Write standard JSON (non-finite floats become strings), creating parent folders."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(_finite(json.loads(json.dumps(obj, default=_json_default))), indent=2,
                      sort_keys=True, allow_nan=False)
    path.write_text(text + "\n", encoding="utf-8")


def read_json(path: Path | str) -> Any:
    """Read a JSON file."""
    return json.loads(Path(path).read_text(encoding="utf-8"))


def write_jsonl(rows: list[dict[str, Any]], path: Path | str) -> None:
    """Write one JSON object per line."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, default=_json_default, sort_keys=True) + "\n")


def read_jsonl(path: Path | str) -> list[dict[str, Any]]:
    """Read one JSON object per line."""
    with Path(path).open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]
