"""File I/O specific to the anonymization stage.

Tables written back in their input format (CSV, JSONL, Parquet), audit JSONL, gold spans, and
readers for the public evaluation sets (presidio-research, CounselChat).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pandas as pd

from confide.anonymize.config import resolve_config
from confide.anonymize.errors import InputDataError
from confide.io import detect_format, read_json, read_jsonl, read_table, write_jsonl

OUTPUT_SUFFIXES = (".csv", ".jsonl", ".ndjson", ".parquet", ".pq")


def output_format(path: Path) -> str:
    """``csv`` / ``jsonl`` / ``parquet`` for an output file, from its suffix (else an InputDataError)."""
    path = Path(path)
    try:
        return detect_format(path)
    except InputDataError:
        raise InputDataError(path, f"unsupported output suffix; use one of {list(OUTPUT_SUFFIXES)}") from None


def write_table_in_format(frame: pd.DataFrame, path: Path) -> None:
    """Write ``frame`` in the format given by the suffix of ``path`` (folders created).

    Unlike :func:`confide.io.write_table` (always Parquet), this keeps the input's format so that
    :func:`anonymize_file` returns the same kind of file it was given.
    """
    path = Path(path)
    fmt = output_format(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "csv":
        frame.to_csv(path, index=False)
    elif fmt == "jsonl":
        frame.to_json(path, orient="records", lines=True, force_ascii=False)
    else:
        frame.to_parquet(path, index=False)


def audit_path_for(out_path: Path) -> Path:
    """Where :func:`anonymize_file` writes the audit: ``<out without suffix>.audit.jsonl``."""
    out_path = Path(out_path)
    return out_path.with_name(out_path.stem + ".audit.jsonl")


def read_gold_spans(path: Path) -> list[dict[str, Any]]:
    """Read gold spans JSONL (``record_id, start, end, entity_type, value``)."""
    path = Path(path)
    try:
        return read_jsonl(path)
    except (OSError, json.JSONDecodeError) as err:
        raise InputDataError(path, f"cannot be read as JSON lines ({type(err).__name__})") from None


def anonymize_file(
    in_path: Path, out_path: Path, *, text_column: str, config: Mapping[str, Any], key: bytes
) -> dict[str, Any]:
    """De-identify a table file into ``out_path`` (same format), audit beside it; return the summary.

    All other columns are kept. Without a ``record_id`` column, 0-based row numbers are used.
    Unreadable input raises :class:`~confide.errors.InputDataError` naming the file.
    """
    from confide.anonymize.pipeline import anonymize_records

    in_path, out_path = Path(in_path), Path(out_path)
    output_format(out_path)
    frame = read_table(in_path)
    if text_column not in frame.columns:
        raise InputDataError(
            in_path,
            f"no text column {text_column!r}; columns: {list(frame.columns)}",
            column=text_column,
        )
    added_id = "record_id" not in frame.columns
    if added_id:
        frame.insert(0, "record_id", [str(i) for i in range(len(frame))])
    cfg = resolve_config({**dict(config), "text_column": text_column})
    result = anonymize_records(frame, config=cfg, key=key)
    records = result.records.drop(columns=["record_id"]) if added_id else result.records
    write_table_in_format(records, out_path)
    write_jsonl(list(result.audit), audit_path_for(out_path))
    return result.summary


# --- public evaluation sets --------------------------------------------------------------------
PRESIDIO_RESEARCH_TYPES = {"ADDRESS": "STREET_ADDRESS", "DOMAIN_NAME": "URL"}
PRESIDIO_RESEARCH_NOT_IDENTIFIERS = {"TITLE", "PREFIX"}


def load_presidio_research(
    path: Path, *, limit: int | None = None
) -> tuple[pd.DataFrame, list[dict[str, Any]]]:
    """Read presidio-research ``generated_large.json`` as (records, gold spans).

    ADDRESS is renamed STREET_ADDRESS and DOMAIN_NAME URL; TITLE ("Engineer") and PREFIX ("Mr.")
    are dropped as they identify nobody.
    """
    path = Path(path)
    try:
        items = read_json(path)
    except (OSError, json.JSONDecodeError) as err:
        raise InputDataError(path, f"cannot be read as JSON ({type(err).__name__})") from None
    items = items[:limit] if limit else items
    rows, spans = [], []
    for i, item in enumerate(items):
        rid = f"pr-{i:05d}"
        rows.append({"record_id": rid, "text": item["full_text"]})
        for s in item.get("spans", []):
            etype = s["entity_type"]
            if etype in PRESIDIO_RESEARCH_NOT_IDENTIFIERS:
                continue
            spans.append(
                {
                    "record_id": rid,
                    "start": int(s["start_position"]),
                    "end": int(s["end_position"]),
                    "entity_type": PRESIDIO_RESEARCH_TYPES.get(etype, etype),
                    "value": s["entity_value"],
                }
            )
    return pd.DataFrame(rows), spans


_PHONE = re.compile(r"(?<!\d)(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}(?!\d)")
_CREDENTIAL_GLUE = re.compile(r"(?<=[a-z])(?=[A-Z])")


def therapist_name(info: str) -> str | None:
    """The therapist's name from CounselChat's ``therapistInfo`` ("Jane Roe, LCSWCouples ...")."""
    head = str(info).split(",")[0].strip()
    head = _CREDENTIAL_GLUE.split(head)[0].strip() if _CREDENTIAL_GLUE.search(head) else head
    words = head.split()
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
        return None
    return " ".join(words)


def load_counsel_chat(path: Path) -> tuple[pd.DataFrame, dict[str, dict[str, list[str]]]]:
    """Read CounselChat answers as records plus the known identifiers per record.

    Returns:
        records (``record_id``, ``text`` = answerText, ``group_id`` = therapist URL) and
        ``{record_id: {"names": [...], "phones": [...]}}`` where names are the therapist's full
        name and surname when they occur in the answer, phones every phone-number string in it.
    """
    path = Path(path)
    try:
        raw = pd.read_csv(path)
    except (OSError, ValueError, pd.errors.ParserError) as err:
        raise InputDataError(path, f"cannot be read as CSV ({type(err).__name__})") from None
    rows, known = [], {}
    for i, row in enumerate(raw.itertuples(index=False)):
        text = "" if pd.isna(row.answerText) else str(row.answerText)
        rid = f"cc-{i:05d}"
        rows.append(
            {
                "record_id": rid,
                "text": text,
                "group_id": None if pd.isna(row.therapistURL) else str(row.therapistURL),
            }
        )
        name = therapist_name(row.therapistInfo) if not pd.isna(row.therapistInfo) else None
        names = []
        if name:
            for candidate in (name, name.split()[-1]):
                if len(candidate) >= 3 and re.search(rf"(?<!\w){re.escape(candidate)}(?!\w)", text):
                    names.append(candidate)
        known[rid] = {"names": names, "phones": _PHONE.findall(text)}
    return pd.DataFrame(rows), known
