"""File I/O specific to the anonymization stage.

Tables written back in their input format (CSV, JSONL, Parquet), audit JSONL, gold spans, and
readers for the public evaluation sets (presidio-research, CounselChat).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import pandas as pd

from confide.anonymize.config import resolve_config
from confide.anonymize.errors import InputDataError
from confide.io import detect_format, read_json, read_table, write_jsonl

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


def anonymize_file(
    in_path: Path,
    out_path: Path,
    *,
    text_column: str,
    config: Mapping[str, Any],
    key: bytes,
    input_format: str = "auto",
    id_column: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, Any]:
    """De-identify a table file into ``out_path`` (format from its suffix), audit beside it.

    Returns the summary. ``id_column`` (else a ``record_id`` column, else 0-based row numbers) is
    the record id, pseudonymized in the output; the audit's ``record_id`` is the same pseudonym.
    Unreadable input raises :class:`~confide.errors.InputDataError` naming the file.
    """
    from confide.anonymize.pipeline import anonymize_records

    in_path, out_path = Path(in_path), Path(out_path)
    output_format(out_path)
    frame = read_table(in_path, fmt=input_format)
    if id_column is not None:
        if id_column not in frame.columns:
            raise InputDataError(in_path, f"no id column {id_column!r}", column=id_column)
        if id_column != "record_id" and "record_id" in frame.columns:
            raise InputDataError(in_path, "has a record_id column as well as --id-column; rename one",
                                 column="record_id")
        frame = frame.rename(columns={id_column: "record_id"})
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
    result = anonymize_records(frame, config=cfg, key=key, progress=progress)
    records = result.records.drop(columns=["record_id"]) if added_id else result.records
    if id_column is not None:
        records = records.rename(columns={"record_id": id_column})
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


_MARK = re.compile(r"\[\[([A-Z_]+)\|(.+?)\]\]")


def load_marked_cases(path: Path) -> tuple[pd.DataFrame, list[dict[str, Any]]]:
    """Read hand-written cases: one record per paragraph, identifiers marked ``[[TYPE|value]]``.

    Lines starting with ``#`` are comments. Returns (records, gold spans) with offsets into the
    unmarked text.
    """
    path = Path(path)
    body = "\n".join(
        line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")
    )
    rows, spans = [], []
    for i, para in enumerate(p.strip() for p in re.split(r"\n\s*\n", body) if p.strip()):
        rid = f"{path.stem}-{i:03d}"
        text, pos = [], 0
        for m in _MARK.finditer(para):
            text.append(para[pos : m.start()])
            start = sum(map(len, text))
            text.append(m.group(2))
            spans.append({"record_id": rid, "start": start, "end": start + len(m.group(2)),
                          "entity_type": m.group(1), "value": m.group(2)})
            pos = m.end()
        text.append(para[pos:])
        rows.append({"record_id": rid, "text": "".join(text)})
    return pd.DataFrame(rows), spans


I2B2_TYPES = {"PATIENT": "PERSON", "DOCTOR": "PERSON", "USERNAME": "PERSON", "DATE": "DATE_TIME",
              "HOSPITAL": "FACILITY", "IDNUM": "ID", "MEDICALRECORD": "ID", "PHONE": "PHONE_NUMBER",
              "FAX": "PHONE_NUMBER", "EMAIL": "EMAIL_ADDRESS", "URL": "URL", "AGE": "AGE",
              "ZIP": "ZIP_CODE", "STREET": "STREET_ADDRESS", "CITY": "LOCATION", "STATE": "LOCATION",
              "COUNTRY": "LOCATION", "ORGANIZATION": "ORGANIZATION", "LOCATION-OTHER": "LOCATION",
              "PROFESSION": "PROFESSION", "DEVICE": "ID", "HEALTHPLAN": "ID", "BIOID": "ID"}


def load_i2b2_xml(directory: Path) -> tuple[pd.DataFrame, list[dict[str, Any]]]:
    """Read i2b2 2014 de-identification XML files (``<TEXT>`` + ``<TAGS>``) as (records, gold spans)."""
    import xml.etree.ElementTree as ET

    rows, spans = [], []
    for path in sorted(Path(directory).glob("*.xml")):
        root = ET.parse(path).getroot()
        text = root.findtext("TEXT") or ""
        rid = f"i2b2-{path.stem}"
        rows.append({"record_id": rid, "text": text})
        tags = root.find("TAGS")
        for tag in [] if tags is None else tags:
            kind = tag.get("TYPE", tag.tag)
            start, end = int(tag.get("start")), int(tag.get("end"))
            spans.append({"record_id": rid, "start": start, "end": end,
                          "entity_type": I2B2_TYPES.get(kind, kind), "value": text[start:end]})
    return pd.DataFrame(rows), spans


def philter_i2b2_dir() -> Path | None:
    """The annotated i2b2 notes inside the installed philter-lite wheel, if it is installed."""
    import importlib.util

    spec = importlib.util.find_spec("philter_lite")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "data" / "i2b2_xml"
    return folder if folder.is_dir() else None


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
