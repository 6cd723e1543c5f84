"""The artifact scan finds identifiers wherever they stand, but not inside unrelated numbers."""

from __future__ import annotations

import base64
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from tests.workflow.pii_scan import contains_identifier, files_with_identifiers


@pytest.mark.parametrize(("content", "value"), [
    (b"note: MRN 4821730 seen", b"4821730"),
    (b'{"id": "4821730"}', b"4821730"),
    (b"call 617-555-0134.", b"617-555-0134"),
    (b"seen by Maren Okonkwo today", b"Maren Okonkwo"),
    (b"Maren Okonkwo1", b"Maren Okonkwo"),  # a letter edge is matched as a plain substring
    (b"seen by MAREN  OKONKWO today", b"Maren Okonkwo"),  # any letter case and spacing
    (b"seen by maren\nokonkwo today", b"Maren Okonkwo"),
    (b"visit_48217301 seen", b"48217301"),  # an all-digit run after an underscore is no digest
    (b"ref mrn_x4821730 seen", b"4821730"),  # not hex: a letter edge is matched as a plain substring
    # an inline file is scanned as itself: text in an SVG, bytes in a PNG
    (b'<img src="data:image/svg+xml;base64,' + base64.b64encode(b"<text>MAREN OKONKWO</text>") + b'">',
     b"Maren Okonkwo"),
    (b'<img src="data:image/png;base64,' + base64.b64encode(b"\x89PNG\xff4821730\x00") + b'">', b"4821730"),
])
def test_when_an_identifier_stands_in_the_content_then_it_is_found(content: bytes, value: bytes) -> None:
    assert contains_identifier(content, value)


@pytest.mark.parametrize(("content", "value"), [
    (b'{"tpr": 0.14821730095112, "auc": 0.5}', b"4821730"),  # digits of a float
    (b'{"fpr": 0.4821730}', b"4821730"),  # a decimal fraction
    (b"id 94821730", b"4821730"),  # a longer number
    (b"1617-555-01345", b"617-555-0134"),
    (b"\xff\xd8 maren okonkwo", b"Maren Okonkwo"),  # binary (not UTF-8) is compared byte for byte
    (b"test record_c7e5d3bca4821730 visit", b"4821730"),  # the random digits of a keyed record pseudonym
    (b"visit with <person_d3a4821730f> today", b"4821730"),
    (b"'run_uuid': 'ec1e4821730ba4c7b2e9d5a0ab3ebfec'", b"4821730"),  # an MLflow run id
    (b'{"value_hash": "bffbec4821730c9f"}', b"4821730"),  # the audit trail's hash of a replaced value
    # a figure's base64 spells "thomas" by chance ("QUFBthomasQUFBQQ" decodes to bytes without it)
    (b'<img src="data:image/png;base64,QUFBthomasQUFBQQ">', b"Thomas"),
])
def test_when_the_digits_are_part_of_another_number_then_nothing_is_found(content: bytes, value: bytes) -> None:
    assert not contains_identifier(content, value)


def test_when_an_identifier_names_a_file_or_stands_in_an_sqlite_store_then_the_scan_names_the_file(
    tmp_path: Path,
) -> None:
    (tmp_path / "results" / "Maren_Okonkwo").mkdir(parents=True)
    (tmp_path / "results" / "Maren_Okonkwo" / "plot.png").write_bytes(b"")
    (tmp_path / "results" / "clean.json").write_text('{"auc": 0.5}')
    with closing(sqlite3.connect(tmp_path / "mlflow.db")) as db, db:
        db.execute("CREATE TABLE params (key TEXT, value TEXT)")
        db.execute("INSERT INTO params VALUES ('data.file.path', 'data/raw/MAREN_OKONKWO_notes.csv')")
    scanned, hits = files_with_identifiers(tmp_path, ["results", "mlflow.db"],
                                           {"file name": {b"maren_okonkwo"}})
    assert scanned == 3
    assert sorted(h.split(":")[0] for h in hits) == [
        "mlflow.db", "results/Maren_Okonkwo", "results/Maren_Okonkwo/plot.png"]
