"""Ingestion: turn a configured source into the records table of docs/contracts.md."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from confide.ingest.normalize import normalize_records
from confide.io import read_table


@dataclass(frozen=True)
class IngestResult:
    """The records table and, for the synthetic corpus, its gold PII spans."""

    records: pd.DataFrame
    gold_spans: list[dict[str, Any]] = field(default_factory=list)


def _from_rmhd(data: Mapping[str, Any]) -> tuple[pd.DataFrame, list[dict[str, Any]]]:
    from confide.ingest.rmhd import load_rmhd

    cfg = data["rmhd"]
    frame = load_rmhd(
        Path(cfg["path"]), communities=cfg["communities"],
        control_communities=cfg["control_communities"], control_label=cfg["control_label"],
        control_max_rows=cfg["control_max_rows"], seed=cfg["seed"],
    )
    return frame, []


def _from_synthetic_notes(data: Mapping[str, Any]) -> tuple[pd.DataFrame, list[dict[str, Any]]]:
    from confide.ingest.synthetic_notes import generate_synthetic_notes

    cfg = data["synthetic_notes"]
    return generate_synthetic_notes(n_records=cfg["n_records"], seed=cfg["seed"])


def row_ids(n_rows: int) -> list[str]:
    """Record ids of a user's file: its data rows, counted from 1 after the header (``row-1``)."""
    return [f"row-{i}" for i in range(1, n_rows + 1)]


def _from_file(data: Mapping[str, Any]) -> tuple[pd.DataFrame, list[dict[str, Any]]]:
    """Read a user's file. Its id column is checked (present, unique) but never copied.

    A user's ids may be names, e-mail addresses or record numbers; past this function a record is
    named by its row (:func:`row_ids`), so no id from the file reaches a table, a log, the
    data-quality gate's messages or the DVC cache, and an error's ``row-17`` is row 17 of the file.
    """
    cfg = data["file"]
    path = Path(cfg["path"])
    frame = read_table(path, fmt=cfg["format"])
    records = normalize_records(frame, path=path, columns=cfg["columns"],
                                tabular_columns=cfg["tabular_columns"])
    records["record_id"] = row_ids(len(records))
    return records, []


SOURCES: dict[str, Callable[[Mapping[str, Any]], tuple[pd.DataFrame, list[dict[str, Any]]]]] = {
    "rmhd": _from_rmhd,
    "synthetic_notes": _from_synthetic_notes,
    "file": _from_file,
}


def source_path(data: Mapping[str, Any]) -> str | None:
    """The raw input file a source reads, if any (the synthetic corpus is generated)."""
    source = data["source"]
    return data[source].get("path") if source in ("rmhd", "file") else None


def source_description(data: Mapping[str, Any]) -> str:
    """How errors name the input, as the user knows it: the file, or the generated source."""
    path = source_path(data)
    if path:
        return f"file {path} (data.source {data['source']})"
    return f"data.source {data['source']} (generated, no input file)"


def declared_labels(data: Mapping[str, Any]) -> list[str]:
    """The label set that the data-quality gate enforces, as text.

    ``labels: [0, 1]`` is ``["0", "1"]``: the label column is read as text too.
    """
    if data.get("labels"):
        return [str(label) for label in data["labels"]]
    if data["source"] == "rmhd":
        return [*data["rmhd"]["communities"], data["rmhd"]["control_label"]]
    if data["source"] == "synthetic_notes":
        from confide.ingest.synthetic_notes import SEVERITY_LABELS

        return list(SEVERITY_LABELS)
    raise ValueError("data.labels must be declared for file sources")


def ingest(*, data: Mapping[str, Any]) -> IngestResult:
    """Load the configured source as a records table (not yet validated nor split)."""
    if data["source"] not in SOURCES:
        raise ValueError(f"unknown data.source {data['source']!r}; known: {', '.join(SOURCES)}")
    records, spans = SOURCES[data["source"]](data)
    return IngestResult(records=records, gold_spans=spans)
