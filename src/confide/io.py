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


PARQUET_MAGIC = b"PAR1"
GZIP_MAGIC = b"\x1f\x8b"
FORMAT_FIX = "set data.file.format in params.yaml to {fmt} (or use a .{fmt} suffix with format auto)"


def sniff_format(raw: bytes) -> str | None:
    """The format the first bytes of a file suggest: ``parquet``, ``jsonl``, ``gzip`` or None.

    Only the file's own structure is looked at (magic bytes, a first line that is a JSON object);
    nothing of its content ever reaches a message.
    """
    if raw.startswith(PARQUET_MAGIC):
        return "parquet"
    if raw.startswith(GZIP_MAGIC):
        return "gzip"
    first = raw.removeprefix(b"\xef\xbb\xbf").lstrip().split(b"\n", 1)[0].strip()
    if first.startswith(b"{") and first.endswith(b"}"):
        try:
            return "jsonl" if isinstance(json.loads(first), dict) else None
        except ValueError:
            return None
    return None


def _refuse_other_format(path: Path, raw: bytes, *, declared: str) -> None:
    """Raise when a file read as CSV or JSONL is plainly another format (never shows content)."""
    found = sniff_format(raw)
    if found == "gzip":
        raise InputDataError(path, "file is gzip-compressed; decompress it (e.g. `gunzip`) first")
    if found == "parquet":
        raise InputDataError(
            path, f"file looks like Parquet (it starts with the Parquet magic bytes), not "
            f"{declared.upper()}; " + FORMAT_FIX.format(fmt="parquet"))
    if found == "jsonl" and declared == "csv":
        raise InputDataError(
            path, "file looks like JSON Lines (its first line is a JSON object), not CSV; "
            + FORMAT_FIX.format(fmt="jsonl"))


def read_table(path: Path | str, *, fmt: str = "auto") -> pd.DataFrame:
    """Read a CSV / JSONL / Parquet file as strings-and-numbers, with errors that name the file.

    CSV and JSONL values are read as text (``dtype=str``) so that ids like ``007`` survive;
    typing happens later against the declared schema. A file that is plainly another format
    than the declared one (Parquet magic bytes, a JSON object on the first line of a "CSV")
    is refused with the format to set.
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
            with path.open("rb") as handle:
                head = handle.read(4)
            hint = "" if head == PARQUET_MAGIC else (
                "; it does not start with the Parquet magic bytes: if it is CSV or JSON Lines, "
                "set data.file.format in params.yaml to csv or jsonl")
            raise InputDataError(
                path, f"not a readable Parquet file ({type(exc).__name__}){hint}") from None
    raw = path.read_bytes()
    _refuse_other_format(path, raw, declared=fmt)
    text = _decode(path, raw)
    if fmt == "csv":
        return _read_csv(path, text)
    return _read_jsonl(path, text)


def _refuse_nul(path: Path, text: str) -> None:
    """A NUL byte inside a CSV field silently truncates it in the parser: refuse it instead."""
    at = text.find("\x00")
    if at < 0:
        return
    line = text.count("\n", 0, at) + 1
    many = text.count("\x00") > len(text) // 4
    hint = (" (NUL bytes throughout usually mean UTF-16: re-encode the file as UTF-8, e.g. "
            "`iconv -f utf-16 -t utf-8`)" if many else
            "; remove them (e.g. `tr -d '\\000'`) or re-export the file")
    raise InputDataError(
        path, f"line {line} holds a NUL byte (\\x00), which would cut the field short{hint}")


def _read_csv(path: Path, text: str) -> pd.DataFrame:
    import csv
    import io

    _refuse_nul(path, text)
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
            hint = ("; the file looks like CSV: " + FORMAT_FIX.format(fmt="csv")
                    if not rows and ("," in line or "\t" in line) and not line.lstrip().startswith("{")
                    else "")
            raise InputDataError(path, f"line {number} is not valid JSON ({exc.msg}){hint}") from None
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
