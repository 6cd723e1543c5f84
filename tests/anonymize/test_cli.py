"""`confide anonymize IN OUT`: the workflow's engine for one file, outside the workflow."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pandas as pd

from tests.conftest import write_params

CONFIDE = Path(sys.executable).with_name("confide")
REPO = Path(__file__).resolve().parents[2]
PHONE = "(415) 555-0199"
EMAIL = "jordan.fake@example.org"


def _run(*args: str, cwd: Path, config: Path = REPO / "params.yaml") -> subprocess.CompletedProcess:
    env = {**os.environ, "CONFIDE_PSEUDONYM_KEY": "ab" * 32, "TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS": ""}
    return subprocess.run([str(CONFIDE), "anonymize", *args, "--config", str(config)],
                          cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


def test_when_a_csv_is_anonymized_then_other_columns_stay_and_identifiers_go(tmp_path: Path) -> None:
    source = tmp_path / "notes.csv"
    pd.DataFrame({
        "note_id": ["a1", "a2"],
        "text": [f"Call me at {PHONE} or write to {EMAIL}.", "Slept poorly, mood low this week."],
        "score": [12, 3],
    }).to_csv(source, index=False)

    # every other column needs a policy (CSV cells are read as text)
    config = write_params(tmp_path, {"anonymize": {"columns": {"note_id": "safe", "score": "safe"}}})
    result = _run(str(source), str(tmp_path / "notes.deid.csv"), "--text-column", "text", cwd=tmp_path,
                  config=config)

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


def _bare(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "CONFIDE_PSEUDONYM_KEY": "ab" * 32, "TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS": ""}
    return subprocess.run([str(CONFIDE), *args], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=300)


def test_when_run_outside_the_repo_then_packaged_defaults_are_used_and_ids_join_the_audit(
    tmp_path: Path,
) -> None:
    source = tmp_path / "notes.txt"  # a suffix that says nothing: --format decides
    pd.DataFrame({"note_id": ["n-17", "n-18"],
                  "body": [f"Call {PHONE} or spoke with son pete.", "DR KOWALSKI AWARE 3/14."]}
                 ).to_json(source, orient="records", lines=True)
    out = tmp_path / "deid.csv"

    result = _bare("anonymize", str(source), str(out), "--format", "jsonl", "--text-column", "body",
                   "--id-column", "note_id", cwd=tmp_path)

    assert result.returncode == 0, result.stderr[-2000:]
    audit_path = tmp_path / "deid.audit.jsonl"
    assert f"{audit_path}" in result.stdout and "PERSON" in result.stdout
    assert "notes.txt: 2/2 texts analysed" in result.stderr
    frame = pd.read_csv(out)
    assert list(frame.columns) == ["note_id", "body"]
    assert not {"n-17", "n-18"} & set(frame["note_id"])
    audit = [json.loads(line) for line in audit_path.read_text().splitlines()]
    assert {a["record_id"] for a in audit} <= set(frame["note_id"])
    assert not any(v in " ".join(frame["body"]) for v in (PHONE, "pete", "KOWALSKI", "3/14"))


def test_when_output_is_the_input_or_input_is_a_directory_then_refused(tmp_path: Path) -> None:
    source = tmp_path / "notes.csv"
    pd.DataFrame({"text": ["nothing here"]}).to_csv(source, index=False)
    before = source.read_bytes()

    same = _bare("anonymize", str(source), str(tmp_path / "." / "notes.csv"), cwd=tmp_path)
    folder = _bare("anonymize", str(tmp_path), str(tmp_path / "out.csv"), cwd=tmp_path)

    assert same.returncode == 2 and "is the input file" in same.stderr
    assert source.read_bytes() == before
    assert folder.returncode == 2 and "is a directory" in folder.stderr


def test_when_new_key_is_asked_then_a_private_key_file_is_written_once(tmp_path: Path) -> None:
    first = _bare("new-key", "--key-file", "k/pseudonym.key", cwd=tmp_path)
    key_file = tmp_path / "k" / "pseudonym.key"
    again = _bare("new-key", "--key-file", "k/pseudonym.key", cwd=tmp_path)

    assert first.returncode == 0 and key_file.stat().st_mode & 0o777 == 0o600
    assert len(bytes.fromhex(key_file.read_text().strip())) == 32
    assert again.returncode == 2 and "exists" in again.stderr


def test_when_a_parquet_file_has_an_integer_record_number_column_then_it_is_refused(
    tmp_path: Path,
) -> None:
    source = tmp_path / "notes.parquet"
    mrns = [48213377, 59120044]
    pd.DataFrame({"text": ["Slept poorly.", "Mood better."], "mrn": mrns}).to_parquet(source)

    result = _bare("anonymize", str(source), str(tmp_path / "out.parquet"), cwd=tmp_path)

    assert result.returncode == 2
    assert "'mrn' (numbers)" in result.stderr and "anonymize.columns" in result.stderr
    assert not any(str(v) in result.stderr + result.stdout for v in mrns)
    assert not (tmp_path / "out.parquet").exists()
