"""Switching ``data.source``: `confide prepare-data` and the start-up check of dvc.yaml."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from confide.config import load_params
from confide.workflow.dvc_export import dvc_yaml_problem
from tests.conftest import REPO, write_params

CONFIDE = Path(sys.executable).with_name("confide")
USER_FILE = "data/raw/quillfeather_ines_sessions.csv"  # a file name that identifies someone


def _prepare(workdir: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(CONFIDE), "prepare-data"], cwd=workdir, capture_output=True,
                          text=True, timeout=120)


FILE_SOURCE = {"data": {"source": "file", "labels": ["low", "high"], "file": {"path": USER_FILE}}}


def test_when_the_source_is_a_users_file_then_prepare_data_names_neither_file(tmp_path: Path) -> None:
    write_params(tmp_path, FILE_SOURCE)
    (tmp_path / USER_FILE).parent.mkdir(parents=True)
    (tmp_path / USER_FILE).write_text("id,text,label\n")

    result = _prepare(tmp_path)

    assert result.returncode == 0, result.stderr
    assert "rmhd" not in result.stdout and "quillfeather" not in result.stdout
    assert "data.file.path" in result.stdout
    assert not (tmp_path / "data" / "raw" / "rmhd_27subreddits_260posts_test.csv").exists()


def test_when_the_users_file_is_missing_then_prepare_data_stops_with_the_fix(tmp_path: Path) -> None:
    write_params(tmp_path, FILE_SOURCE)
    result = _prepare(tmp_path)
    assert result.returncode == 2
    assert "not found" in result.stderr and "dvc add" in result.stderr


def test_when_dvc_yaml_was_made_for_other_data_then_prepare_data_says_to_regenerate_it(
    tmp_path: Path,
) -> None:
    write_params(tmp_path, FILE_SOURCE)
    (tmp_path / USER_FILE).parent.mkdir(parents=True)
    (tmp_path / USER_FILE).write_text("id,text,label\n")
    shutil.copyfile(REPO / "dvc.yaml", tmp_path / "dvc.yaml")  # made for the default RMHD data

    result = _prepare(tmp_path)

    assert result.returncode == 2
    assert "dvc.yaml is stale" in result.stderr and "make dvc-yaml" in result.stderr
    assert "quillfeather" not in result.stderr and "rmhd" not in result.stderr


@pytest.mark.parametrize(
    ("source", "stale"), [("rmhd", False), ("synthetic_notes", True), ("file", True)])
def test_when_dvc_yaml_lists_another_raw_input_than_the_source_then_the_check_says_so(
    tmp_path: Path, source: str, stale: bool
) -> None:
    params = load_params(REPO / "params.yaml")
    data = {**params["data"], "source": source, "file": {**params["data"]["file"], "path": USER_FILE}}
    problem = dvc_yaml_problem(data, dvc_yaml=REPO / "dvc.yaml")  # the committed file: RMHD
    assert (problem is not None) == stale
    assert dvc_yaml_problem(data, dvc_yaml=tmp_path / "absent.yaml") is None
