"""`confide anonymize IN OUT`: the workflow's engine for one file, outside the workflow."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pandas as pd

CONFIDE = Path(sys.executable).with_name("confide")
REPO = Path(__file__).resolve().parents[2]
PHONE = "(415) 555-0199"
EMAIL = "jordan.fake@example.org"


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "CONFIDE_PSEUDONYM_KEY": "ab" * 32, "TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS": ""}
    return subprocess.run([str(CONFIDE), "anonymize", *args, "--config", str(REPO / "params.yaml")],
                          cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


def test_when_a_csv_is_anonymized_then_other_columns_stay_and_identifiers_go(tmp_path: Path) -> None:
    source = tmp_path / "notes.csv"
    pd.DataFrame({
        "note_id": ["a1", "a2"],
        "text": [f"Call me at {PHONE} or write to {EMAIL}.", "Slept poorly, mood low this week."],
        "score": [12, 3],
    }).to_csv(source, index=False)

    result = _run(str(source), str(tmp_path / "notes.deid.csv"), "--text-column", "text", cwd=tmp_path)

    assert result.returncode == 0, result.stderr[-2000:]
    out = pd.read_csv(tmp_path / "notes.deid.csv")
    assert list(out.columns) == ["note_id", "text", "score"]
    assert out["score"].tolist() == [12, 3]
    written = (tmp_path / "notes.deid.csv").read_text()
    assert PHONE not in written and EMAIL not in written
    audit = (tmp_path / "notes.deid.audit.jsonl").read_text()
    assert {json.loads(line)["entity_type"] for line in audit.splitlines()} >= {"PHONE_NUMBER",
                                                                            "EMAIL_ADDRESS"}
    assert PHONE not in audit and EMAIL not in audit
    assert PHONE not in result.stdout + result.stderr


def test_when_input_is_unreadable_then_exit_code_is_2_and_the_file_is_named(tmp_path: Path) -> None:
    source = tmp_path / "broken.csv"
    source.write_bytes(b"id,text\n1,caf\xe9\n")

    result = _run(str(source), str(tmp_path / "out.csv"), cwd=tmp_path)

    assert result.returncode == 2
    assert "broken.csv" in result.stderr and "UTF-8" in result.stderr
    assert not (tmp_path / "out.csv").exists()
