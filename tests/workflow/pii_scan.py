"""Scanning a finished run for the identifiers planted in its synthetic input (never printed)."""

from __future__ import annotations

import io
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from confide.io import read_jsonl

# Entity types whose values are distinctive enough to search for byte-for-byte everywhere.
SCANNED_TYPES = {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "US_SSN", "MEDICAL_RECORD_NUMBER",
                 "STREET_ADDRESS", "URL", "SOCIAL_HANDLE"}
RAW_SIDE = ("results/ingest", "results/split")  # ingestion outputs: raw by definition


def planted_identifiers(workdir: Path) -> set[bytes]:
    """Gold identifier values of the run's synthetic notes, plus every raw person id."""
    spans = read_jsonl(workdir / "results" / "ingest" / "gold_spans.jsonl")
    values = {s["value"] for s in spans if s["entity_type"] in SCANNED_TYPES and len(s["value"]) >= 6}
    persons = pd.read_parquet(workdir / "results" / "ingest" / "records.parquet")["group_id"]
    return {v.encode() for v in values | set(persons.dropna())}


def readable_bytes(path: Path) -> bytes:
    """File content as searched: Parquet pages are compressed, so their decoded cells are scanned.

    Parquet is recognised by its magic bytes, so content-addressed DVC cache objects are decoded too.
    """
    content = path.read_bytes()
    if content[:4] == b"PAR1" and content[-4:] == b"PAR1":
        frame = pd.read_parquet(io.BytesIO(content))
        return "\n".join(frame.astype(str).to_numpy().ravel().tolist()).encode()
    return content


def files_with_identifiers(
    workdir: Path, roots: Iterable[str], identifiers: set[bytes], *, skip: set[Path] = frozenset()
) -> tuple[int, list[str]]:
    """Scan every file under ``roots`` except the raw side and ``skip``: (files scanned, hits)."""
    scanned, hits = 0, []
    for root in roots:
        base = workdir / root
        files = [base] if base.is_file() else sorted(p for p in base.rglob("*") if p.is_file())
        for path in files:
            relative = path.relative_to(workdir).as_posix()
            if relative.startswith(RAW_SIDE) or path in skip:
                continue
            scanned += 1
            content = readable_bytes(path)
            found = sum(v in content for v in identifiers)
            if found:
                hits.append(f"{relative}: {found} identifier(s)")
    return scanned, hits
