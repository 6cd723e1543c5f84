"""File I/O specific to the anonymization stage.

Tables written back in their input format (CSV, JSONL, Parquet), audit JSONL, and the i2b2 notes
with gold spans. Readers of the benchmarks' corpora (presidio-research, CounselChat, marked cases) are in
``bench/corpora.py``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import pandas as pd

from confide.anonymize.config import resolve_config
from confide.anonymize.errors import InputDataError
from confide.io import detect_format, read_table, write_jsonl

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
        from confide.ingest.normalize import header_looks_like_data

        # A file without a header line has its first record as column names: never list those.
        found = ("its first line reads as data, not a header: add a header line"
                 if header_looks_like_data(list(frame.columns)) else f"columns: {list(frame.columns)}")
        raise InputDataError(in_path, f"no text column {text_column!r}; {found}", column=text_column)
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


# --- the i2b2 notes the workflow's anonymization evaluation reads --------------------------------
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
    from confide.anonymize.lexicon import package_folder

    package = package_folder("philter_lite")
    if package is None:
        return None
    folder = package / "data" / "i2b2_xml"
    return folder if folder.is_dir() else None
