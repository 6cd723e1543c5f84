"""Scanning a finished run for the identifiers planted in its synthetic input (never printed)."""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass
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


def contains_identifier(content: bytes, value: bytes) -> bool:
    """Whether ``value`` occurs in ``content`` as itself, not inside a longer number.

    A 7-digit record number "occurs" by chance in the digits of the thousands of 17-digit floats a
    metrics file holds; edges that are digits must therefore not continue a number (an all-digit
    value neither a decimal fraction).
    """
    if value not in content:
        return False
    before = rb"(?<![\d.])" if value.isdigit() else rb"(?<!\d)" if value[:1].isdigit() else b""
    after = rb"(?!\d)" if value[-1:].isdigit() else b""
    return re.search(before + re.escape(value) + after, content) is not None


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
            found = sum(contains_identifier(content, v) for v in identifiers)
            if found:
                hits.append(f"{relative}: {found} identifier(s)")
    return scanned, hits


# --- a user's file with an identifier in every place a CSV can hold one ---------------------------
FIRST = ("Ines", "Tobias", "Maren", "Casimir", "Odile", "Ravindra", "Solveig", "Emeka", "Liesel",
         "Anselm", "Farida", "Joaquin", "Thora", "Kenji")
LAST = ("Quillfeather", "Abernethy", "Valderrama", "Okonkwo", "Lindqvist", "Castellanos",
        "Whitcombe", "Ferreira", "Halvorsen", "Nakamura", "Oyelaran", "Brannigan", "Szymanski",
        "Achterberg")
#: The input file's own name identifies someone too.
PLANTED_FILE = "data/raw/quillfeather_ines_caseload.csv"
FIRST_PLANTED_DATE = dt.date(1888, 1, 1)  # a year no note of the synthetic corpus mentions


@dataclass(frozen=True)
class PlantedInput:
    """A CSV written under a run's workdir, the params that read it, and what was planted where."""

    path: str
    params: dict
    identifiers: dict[str, set[bytes]]  # location (id, group, text, occupation, ...) -> values

    def all(self) -> set[bytes]:
        """Every planted value, whatever its location."""
        return set().union(*self.identifiers.values())


def plant_input(workdir: Path, *, n_records: int = 400, seed: int = 3) -> PlantedInput:
    """Write the synthetic notes as a user's CSV with identifiers in every column and its name.

    Locations: the id column (a name), the group column (a name), the text (the corpus's gold
    spans), the date column (full dates), every string tabular column (a name or an e-mail in
    ``occupation``, declared ``text``; a name in ``employer``, declared ``drop``; a name in
    ``gender`` and ``zip``, quasi-identifiers), an unmapped column (e-mails) and the file name.
    ``clinic`` is declared ``safe`` and holds no identifier. Numeric scores cannot hold one.
    """
    from confide.ingest.synthetic_notes import SEVERITY_LABELS, generate_synthetic_notes

    notes, spans = generate_synthetic_notes(n_records=n_records, seed=seed)
    persons = list(dict.fromkeys(notes["group_id"]))
    names = [f"{first} {last}" for last in LAST for first in FIRST]
    assert len(persons) <= len(names), "more persons than planted names"
    name_of = dict(zip(persons, names, strict=False))
    person = notes["group_id"].map(name_of)
    visit = notes.groupby("group_id").cumcount() + 1
    email = [f"{n.lower().replace(' ', '.')}.{k}@example.net" for n, k in zip(person, visit, strict=True)]
    frame = pd.DataFrame({
        "note_ref": [f"{n} {k}" for n, k in zip(person, visit, strict=True)],
        "patient": person,
        "note": notes["text"],
        "severity": notes["label"],
        "visit_date": [(FIRST_PLANTED_DATE + dt.timedelta(days=i)).isoformat() for i in range(len(notes))],
        "age": notes["age"],
        "gender": [n if i % 10 == 0 else g for i, (n, g) in enumerate(zip(person, notes["gender"], strict=True))],
        "zip": [f"{z} {n}" if i % 5 == 0 else z for i, (n, z) in enumerate(zip(person, notes["zip"], strict=True))],
        "occupation": [f"{o}, supervisor {n}" if i % 2 == 0 else f"{o}; write to {e}"
                       for i, (o, n, e) in enumerate(zip(notes["occupation"], person, email, strict=True))],
        "employer": [f"{n.split()[1]} Holdings, owner {n}" for n in person],
        "clinic": ["north" if i % 2 else "south" for i in range(len(notes))],
        **{c: notes[c] for c in notes.columns if c.startswith(("phq9_", "gad7_"))},
        "contact_email": [e.replace("@example.net", "@kin.example.com") for e in email],  # unmapped
    })
    path = workdir / PLANTED_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    frame.to_csv(path, index=False)
    text_values = {s["value"] for s in spans if s["entity_type"] in SCANNED_TYPES and len(s["value"]) >= 6}
    identifiers = {
        "id": set(frame["note_ref"]),
        "group": set(frame["patient"]),
        "text": text_values,
        "date": set(frame["visit_date"]),
        "occupation": {n for n in person} | set(email),
        "employer": set(frame["employer"]),
        "gender": {g for g in frame["gender"] if g in set(person)},
        "zip": {z for z in frame["zip"] if " " in z},
        "unmapped": set(frame["contact_email"]),
        "file name": {Path(PLANTED_FILE).stem},
    }
    tabular = ["age", "gender", "zip", "occupation", "employer", "clinic",
               *(c for c in frame.columns if c.startswith(("phq9_", "gad7_")))]
    params = {
        "data": {"source": "file", "labels": list(SEVERITY_LABELS), "file": {
            "path": PLANTED_FILE, "format": "csv", "tabular_columns": tabular,
            "columns": {"id": "note_ref", "text": "note", "label": "severity", "group": "patient",
                        "date": "visit_date"}}},
        "anonymize": {"columns": {"occupation": "text", "employer": "drop", "clinic": "safe"}},
    }
    return PlantedInput(path=PLANTED_FILE, params=params,
                        identifiers={k: {v.encode() for v in vs} for k, vs in identifiers.items()})
