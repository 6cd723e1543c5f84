"""The pseudonym key: where it comes from, its fingerprint, and re-running when it changes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from confide.anonymize.keys import (
    DEFAULT_ENV_VAR,
    ensure_key_file,
    key_fingerprint,
    load_pseudonym_key,
)
from tests.conftest import create_planned_outputs, run_snakemake, write_params
from tests.workflow.tiny_params import TINY

KEY_A = "a1" * 32
KEY_B = "b2" * 32


def test_when_the_key_is_in_the_environment_then_no_key_file_is_created(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(DEFAULT_ENV_VAR, KEY_A)
    path = tmp_path / ".secrets" / "pseudonym.key"
    assert load_pseudonym_key(path=path) == bytes.fromhex(KEY_A)
    assert not path.exists() and not path.parent.exists()


def test_when_no_key_is_set_then_one_key_file_is_created_and_reused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(DEFAULT_ENV_VAR, raising=False)
    path = tmp_path / ".secrets" / "pseudonym.key"
    first = load_pseudonym_key(path=ensure_key_file(path))
    assert path.stat().st_mode & 0o777 == 0o600 and len(first) == 32
    assert load_pseudonym_key(path=ensure_key_file(path)) == first


def test_when_the_environment_variable_is_blank_then_the_key_file_is_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(DEFAULT_ENV_VAR, "  ")
    path = tmp_path / "k.key"
    path.write_text(KEY_B)
    assert load_pseudonym_key(path=path) == bytes.fromhex(KEY_B)


def test_when_keys_differ_then_fingerprints_differ_and_reveal_nothing_of_the_key() -> None:
    a, b = bytes.fromhex(KEY_A), bytes.fromhex(KEY_B)
    fingerprint = key_fingerprint(a)
    assert re.fullmatch(r"[0-9a-f]{12}", fingerprint)
    assert fingerprint == key_fingerprint(a) != key_fingerprint(b)
    # Keys one bit apart get unrelated fingerprints, and no part of the key shows.
    near = bytes([a[0] ^ 1]) + a[1:]
    assert sum(x == y for x, y in zip(key_fingerprint(near), fingerprint, strict=True)) < 6
    assert not any(a.hex()[i:i + 6] in fingerprint for i in range(len(a.hex()) - 5))
    import hashlib

    assert fingerprint not in hashlib.sha256(a).hexdigest()  # not a plain hash of the key


def _rule_counts(output: str) -> dict[str, str]:
    return dict(re.findall(r"^(\w+)\s+(\d+)$", output, flags=re.MULTILINE))


def test_when_the_key_changes_then_snakemake_reruns_anonymization(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Snakemake records each job's params; `--touch` records them without running the jobs."""
    monkeypatch.delenv(DEFAULT_ENV_VAR, raising=False)
    write_params(tmp_path, TINY)
    target = "results/anonymize/records.parquet"
    create_planned_outputs(tmp_path, target, env={DEFAULT_ENV_VAR: KEY_A})
    touched = run_snakemake(tmp_path, target, extra=("--touch",), env={DEFAULT_ENV_VAR: KEY_A})
    assert touched.returncode == 0, touched.stderr[-3000:]

    same = run_snakemake(tmp_path, target, extra=("--dry-run",), env={DEFAULT_ENV_VAR: KEY_A})
    assert same.returncode == 0 and "Nothing to be done" in same.stdout + same.stderr
    assert not (tmp_path / ".secrets").exists()  # the key came from the environment

    changed = run_snakemake(tmp_path, target, extra=("--dry-run",), env={DEFAULT_ENV_VAR: KEY_B})
    assert changed.returncode == 0, changed.stderr[-3000:]
    counts = _rule_counts(changed.stdout + changed.stderr)
    assert counts.get("anonymize_records") == "1"
    assert "split_records" not in counts  # only what the key shapes re-runs
    assert KEY_B not in changed.stdout + changed.stderr

    # No key in the environment: the run would create a key file first (a dry run writes none).
    from_file = run_snakemake(tmp_path, target, extra=("--dry-run",))
    assert from_file.returncode == 0, from_file.stderr[-3000:]
    assert not (tmp_path / ".secrets").exists()
    counts = _rule_counts(from_file.stdout + from_file.stderr)
    assert counts.get("create_pseudonym_key") == "1" and counts.get("anonymize_records") == "1"
