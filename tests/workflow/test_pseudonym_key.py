"""Rule create_pseudonym_key: the one place the workflow writes a key; nothing replaces an existing one."""

from __future__ import annotations

from pathlib import Path

import pytest

from confide.anonymize.keys import DEFAULT_ENV_VAR, DEFAULT_KEY_PATH, key_fingerprint
from confide.workflow import key_rule_needed, pseudonym_key_fingerprint, pseudonym_key_input
from tests.conftest import run_snakemake, write_params
from tests.workflow.tiny_params import TINY

NO_KEY_IN_ENV = {DEFAULT_ENV_VAR: ""}  # a blank variable counts as unset: the key file is used


@pytest.fixture
def no_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv(DEFAULT_ENV_VAR, raising=False)
    return tmp_path


def test_when_no_key_exists_then_the_fingerprint_param_creates_none(no_key: Path) -> None:
    assert key_rule_needed() and str(pseudonym_key_input()["key"]) == str(DEFAULT_KEY_PATH)
    assert pseudonym_key_fingerprint() == "key not created yet"
    assert not (no_key / DEFAULT_KEY_PATH).exists()


def test_when_the_key_file_exists_then_no_rule_may_produce_it_and_the_param_is_its_fingerprint(
    no_key: Path,
) -> None:
    (no_key / DEFAULT_KEY_PATH).parent.mkdir()
    (no_key / DEFAULT_KEY_PATH).write_text("ab" * 32)
    assert not key_rule_needed()
    assert pseudonym_key_fingerprint() == key_fingerprint(bytes.fromhex("ab" * 32))


def test_when_the_key_is_in_the_environment_then_no_file_is_read_or_needed(
    no_key: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(DEFAULT_ENV_VAR, "cd" * 32)
    assert not key_rule_needed() and pseudonym_key_input() == {}
    assert pseudonym_key_fingerprint() == key_fingerprint(bytes.fromhex("cd" * 32))


def test_when_the_workflow_is_planned_then_a_missing_key_is_planned_not_made_and_a_forced_run_keeps_one(
    tmp_path: Path,
) -> None:
    """The rule itself runs in tests/workflow/test_end_to_end.py (which checks the file's mode)."""
    write_params(tmp_path, TINY)
    key = tmp_path / DEFAULT_KEY_PATH
    planned = run_snakemake(tmp_path, "--dry-run", env=NO_KEY_IN_ENV)
    assert planned.returncode == 0, planned.stderr[-2000:]
    assert "create_pseudonym_key" in planned.stdout and not key.exists()  # a dry run writes no key

    key.parent.mkdir()
    key.write_text("ef" * 32)
    forced = run_snakemake(tmp_path, "--dry-run", extra=("--forceall",), env=NO_KEY_IN_ENV)
    assert forced.returncode == 0, forced.stderr[-2000:]
    assert "anonymize_records" in forced.stdout and "create_pseudonym_key" not in forced.stdout
    assert key.read_text() == "ef" * 32
