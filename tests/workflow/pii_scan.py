"""Scanning a finished run for the identifiers planted in its synthetic input (never printed)."""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import io
import re
import sqlite3
from collections.abc import Collection, Iterable, Mapping
from contextlib import closing
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

    Parquet is recognised by its magic bytes, so content-addressed DVC cache objects are decoded too;
    an SQLite store (MLflow's ``mlflow.db``) is read as the SQL dump of its rows.
    """
    content = path.read_bytes()
    if content[:4] == b"PAR1" and content[-4:] == b"PAR1":
        frame = pd.read_parquet(io.BytesIO(content))
        return "\n".join(frame.astype(str).to_numpy().ravel().tolist()).encode()
    if content.startswith(b"SQLite format 3\x00"):
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
            return "\n".join(db.iterdump()).encode()
    return content


def folded(content: bytes) -> bytes:
    """Lower case, every run of whitespace one space: how values and texts are compared."""
    return re.sub(rb"\s+", b" ", content.lower())


# A digest: hex with at least one letter, after its prefix ("record_c7e5d3bca7934938", "<person_d3a30ffa>") or
# standing alone from 16 characters (a value hash in the audit trail, an MLflow run id). Its digits are random, so
# a run's ~1,100 digests hold a 7-digit record number between two letters about once in 75 runs (each run draws a
# new key and new ids); the digests are masked before digits are searched.
_DIGEST = re.compile(rb"(?:_|(?<![0-9a-z])(?=[0-9a-f]{16}))(?=[0-9a-f]*[a-f])[0-9a-f]{8,64}(?![0-9a-z])")


# An inline file in a page ("<img src=\"data:image/png;base64,...\">"): its payload is decoded and scanned as the
# file it is. Scanned as text, the folded base64 of a figure holds a given 6-letter name by chance about once
# in 150 reports.
_BASE64_DATA_URI = re.compile(rb"data:[\w/+.-]+;base64,([A-Za-z0-9+/=]+)")


def searchable(content: bytes) -> list[tuple[bytes, bool]]:
    """Parts of ``content`` as searched, each (bytes, whether folded): text in any case and spacing, binary byte
    for byte.

    Binary files (fonts, images, model weights) are not folded: lower-casing them turns random
    bytes into short lower-case "names". In text, digests are masked (see ``_DIGEST``) and
    inline base64 files are decoded into parts of their own (see ``_BASE64_DATA_URI``).
    """
    try:
        content.decode("utf-8")
    except UnicodeDecodeError:
        return [(content, False)]
    inline: list[bytes] = []

    def decoded(uri: re.Match[bytes]) -> bytes:
        try:
            inline.append(base64.b64decode(uri.group(1), validate=True))
        except binascii.Error:  # not base64 after all: searched as the text it is
            return uri.group(0)
        return b"data:"

    text = _BASE64_DATA_URI.sub(decoded, content)
    return [(_DIGEST.sub(b"_#", folded(text)), True), *(part for file in inline for part in searchable(file))]


def contains_identifier(content: bytes, value: bytes) -> bool:
    """Whether ``value`` occurs in ``content`` as itself, not inside a longer number.

    In text, letter case and spacing do not matter ("JANE  DOE" is "Jane Doe"). A 7-digit record
    number "occurs" by chance in the digits of the thousands of 17-digit floats a metrics file
    holds; edges that are digits must therefore not continue a number (an all-digit value neither
    a decimal fraction).
    """
    return any(_occurs(part, folded(value) if is_folded else value) for part, is_folded in searchable(content))


def _occurs(content: bytes, value: bytes) -> bool:
    if value not in content:
        return False
    before = rb"(?<![\d.])" if value.isdigit() else rb"(?<!\d)" if value[:1].isdigit() else b""
    after = rb"(?!\d)" if value[-1:].isdigit() else b""
    return re.search(before + re.escape(value) + after, content) is not None


def files_with_identifiers(
    workdir: Path,
    roots: Iterable[str],
    identifiers: Mapping[str, Collection[bytes]] | Collection[bytes],
    *,
    skip: Collection[Path] = frozenset(),
) -> tuple[int, list[str]]:
    """Scan every file under ``roots`` except the raw side and ``skip``: (files scanned, hits).

    ``identifiers`` may be grouped by location (``{"id": {...}, ...}``); a hit names the file, or
    the file or folder NAME that holds one, and the locations found, never a value.
    """
    kinds = identifiers if isinstance(identifiers, Mapping) else {"planted": identifiers}
    as_written_and_folded = {kind: [(v, folded(v)) for v in set(values)] for kind, values in kinds.items()}
    scanned, hits = 0, []
    for root in roots:
        base = workdir / root
        paths = [base] if base.is_file() else sorted(base.rglob("*")) if base.is_dir() else []
        for path in paths:
            relative = path.relative_to(workdir).as_posix()
            if relative.startswith(RAW_SIDE) or path in skip:
                continue
            name = folded(relative.encode())
            named = sorted(kind for kind, vs in as_written_and_folded.items() if any(_occurs(name, f) for _, f in vs))
            if named:
                hits.append(f"{relative}: its name holds identifier(s) of {', '.join(named)}")
            if not path.is_file():
                continue
            scanned += 1
            parts = searchable(readable_bytes(path))
            found = {kind: sum(any(_occurs(part, f if is_folded else v) for part, is_folded in parts) for v, f in vs)
                     for kind, vs in as_written_and_folded.items()}
            if any(found.values()):
                where = ", ".join(f"{kind} ({n})" for kind, n in sorted(found.items()) if n)
                hits.append(f"{relative}: identifier(s) of {where}")
    return scanned, hits


# --- a user's file with an identifier in every place a CSV can hold one ---------------------------
FIRST = ("Ines", "Tobias", "Maren", "Casimir", "Odile", "Ravindra", "Solveig", "Emeka", "Liesel",
         "Anselm", "Farida", "Joaquin", "Thora", "Kenji")
LAST = ("Quillfeather", "Abernethy", "Valderrama", "Okonkwo", "Lindqvist", "Castellanos",
        "Whitcombe", "Ferreira", "Halvorsen", "Nakamura", "Oyelaran", "Brannigan", "Szymanski",
        "Achterberg")
#: The input file's own name identifies someone too.
PLANTED_FILE = "data/raw/quillfeather_ines_caseload.csv"
#: A free-text column whose name is unusual, and an unmapped column whose NAME is an identifier.
ODD_TEXT_COLUMN = "Rückruf (frei) #2"
NAMED_COLUMN = "Rautenberg, Philippa (guardian)"
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


def _variant(name: str, i: int) -> str:
    """``name`` as written, in capitals, in lower case, with a doubled space or a line break."""
    first, last = name.split()
    return (name, name.upper(), name.lower(), f"{first}  {last}", f"{first}\n{last}")[i % 5]


def plant_input(workdir: Path, *, n_records: int = 400, seed: int = 3) -> PlantedInput:
    """Write the synthetic notes as a user's CSV with identifiers in every column and its name.

    Locations: the id column (names, e-mails, MRNs and phone numbers), the group column (a name),
    the text (the corpus's gold spans, and a name in a title column joined to it), the date column
    (full dates), every string tabular column (a name or an e-mail in ``occupation`` and names and
    phones in :data:`ODD_TEXT_COLUMN`, declared ``text``; a name in ``employer``, declared
    ``drop``; a name in ``gender`` and ``zip``, quasi-identifiers), an unmapped column (e-mails),
    an unmapped column's name and the file name. Names in text come in every letter case and with
    doubled spaces or a line break between their parts. ``clinic`` is declared ``safe`` and holds
    no identifier. Numeric scores cannot hold one.
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
    phone = [f"(617) 555-{i:04d}" for i in range(len(notes))]
    # ids of every kind, none of them held by another column (the raw side must not hold any)
    note_ref = [(f"{n} {k}", e.replace("@example.net", "@records.example.org"), f"MRN 88{i:05d}",
                 f"(508) 555-{i:04d}")[i % 4] for i, (n, k, e) in enumerate(zip(person, visit, email, strict=True))]
    frame = pd.DataFrame({
        "note_ref": note_ref,
        "patient": person,
        "title": [f"Visit with {_variant(n, i)}" for i, n in enumerate(person)],
        "note": notes["text"],
        "severity": notes["label"],
        "visit_date": [(FIRST_PLANTED_DATE + dt.timedelta(days=i)).isoformat() for i in range(len(notes))],
        "age": notes["age"],
        "gender": [n if i % 10 == 0 else g for i, (n, g) in enumerate(zip(person, notes["gender"], strict=True))],
        "zip": [f"{z} {n}" if i % 5 == 0 else z for i, (n, z) in enumerate(zip(person, notes["zip"], strict=True))],
        "occupation": [f"{o}, supervisor {_variant(n, i // 2)}" if i % 2 == 0 else f"{o}; write to {e}"
                       for i, (o, n, e) in enumerate(zip(notes["occupation"], person, email, strict=True))],
        ODD_TEXT_COLUMN: [f"Rückruf an {_variant(n, i + 1)} unter {p}"
                          for i, (n, p) in enumerate(zip(person, phone, strict=True))],
        "employer": [f"{n.split()[1]} Holdings, owner {n}" for n in person],
        "clinic": ["north" if i % 2 else "south" for i in range(len(notes))],
        **{c: notes[c] for c in notes.columns if c.startswith(("phq9_", "gad7_"))},
        "contact_email": [e.replace("@example.net", "@kin.example.com") for e in email],  # unmapped
        NAMED_COLUMN: ["yes" if i % 3 else "no" for i in range(len(notes))],  # unmapped
    })
    path = workdir / PLANTED_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    frame.to_csv(path, index=False)
    text_values = {s["value"] for s in spans if s["entity_type"] in SCANNED_TYPES and len(s["value"]) >= 6}
    identifiers = {
        "id": set(frame["note_ref"]),
        "group": set(frame["patient"]),
        "text": text_values | set(person),
        "date": set(frame["visit_date"]),
        "occupation": {n for n in person} | set(email),
        "odd text column": set(person) | set(phone),
        "employer": set(frame["employer"]),
        "gender": {g for g in frame["gender"] if g in set(person)},
        "zip": {z for z in frame["zip"] if " " in z},
        "unmapped": set(frame["contact_email"]),
        "column name": {NAMED_COLUMN.split(" (")[0]},
        "file name": {Path(PLANTED_FILE).stem},
    }
    tabular = ["age", "gender", "zip", "occupation", ODD_TEXT_COLUMN, "employer", "clinic",
               *(c for c in frame.columns if c.startswith(("phq9_", "gad7_")))]
    params = {
        "data": {"source": "file", "labels": list(SEVERITY_LABELS), "file": {
            "path": PLANTED_FILE, "format": "csv", "tabular_columns": tabular,
            "columns": {"id": "note_ref", "text": ["title", "note"], "label": "severity",
                        "group": "patient", "date": "visit_date"}}},
        "anonymize": {"columns": {"occupation": "text", ODD_TEXT_COLUMN: "text", "employer": "drop",
                                  "clinic": "safe"}},
    }
    return PlantedInput(path=PLANTED_FILE, params=params,
                        identifiers={k: {v.encode() for v in vs} for k, vs in identifiers.items()})
