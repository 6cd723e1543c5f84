"""Shared fixtures: synthetic tables and a runner for the real Snakemake workflow."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO.parent / "shared" / "data"
SNAKEMAKE = Path(sys.executable).with_name("snakemake")


def shared_data(*parts: str) -> Path:
    """A file under ../shared/data, or skip the test when that folder is absent."""
    path = SHARED_DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"shared data not available: {path}")
    return path


def write_params(workdir: Path, overrides: dict) -> Path:
    """params.yaml for a test workdir: the repo's params with `overrides` merged in."""
    params = yaml.safe_load((REPO / "params.yaml").read_text())

    def merge(base: dict, extra: dict) -> None:
        for key, value in extra.items():
            if isinstance(value, dict) and isinstance(base.get(key), dict):
                merge(base[key], value)
            else:
                base[key] = value

    merge(params, overrides)
    path = workdir / "params.yaml"
    path.write_text(yaml.safe_dump(params))
    return path


def run_snakemake(workdir: Path, *targets: str, extra: tuple[str, ...] = (),
                  env: dict | None = None) -> subprocess.CompletedProcess:
    """Run the repository's Snakefile with `workdir` as working directory."""
    command = [str(SNAKEMAKE), *targets, "--snakefile", str(REPO / "Snakefile"),
               "--directory", str(workdir), "--cores", "2", *extra, "--quiet", "rules"]
    return subprocess.run(command, capture_output=True, text=True, timeout=1200,
                          env={**os.environ, **(env or {})}, cwd=workdir)


def create_planned_outputs(workdir: Path, *targets: str, env: dict | None = None) -> None:
    """Create an empty file (or folder) for every output Snakemake plans for ``targets`` (one call).

    With ``snakemake --touch`` afterwards, every upstream job counts as done, so a test can run one
    real rule without the whole workflow.
    """
    planned = run_snakemake(workdir, *targets, extra=("--summary",), env=env)
    assert planned.returncode == 0, planned.stderr[-3000:]
    for line in planned.stdout.splitlines()[1:]:
        output = workdir / line.split("\t", 1)[0]
        if output.suffix:
            output.parent.mkdir(parents=True, exist_ok=True)
            output.touch()
        else:  # a directory() output: model/, figures/
            output.mkdir(parents=True, exist_ok=True)


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    return tmp_path
