"""dvc.yaml is generated from the Snakefile: the committed file matches, DVC runs it, and its cache
holds no planted identifier outside the raw side."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from confide.config import load_schema
from confide.workflow.dvc_export import dvc_stages, render, snakemake_jobs, stage_name
from tests.conftest import REPO, write_params
from tests.workflow.pii_scan import RAW_SIDE, files_with_identifiers, planted_identifiers, readable_bytes
from tests.workflow.tiny_params import TINY

SECTIONS = list(load_schema()["properties"])
DVC = Path(sys.executable).with_name("dvc")


def test_when_dvc_yaml_is_regenerated_then_it_equals_the_committed_file() -> None:
    jobs = snakemake_jobs(REPO / "Snakefile", sections=SECTIONS)
    assert render(dvc_stages(jobs)) == (REPO / "dvc.yaml").read_text(), (
        "dvc.yaml drifted from the Snakefile: run `make dvc-yaml` and commit the result")


def test_when_dag_is_exported_then_dvc_stage_graph_matches_snakemake_jobs() -> None:
    jobs = snakemake_jobs(REPO / "Snakefile", sections=SECTIONS)
    stages = yaml.safe_load((REPO / "dvc.yaml").read_text())["stages"]
    assert set(stages) == {stage_name(j) for j in jobs}
    producers = {out: stage_name(j) for j in jobs for out in j.outputs}
    for job in jobs:
        stage = stages[stage_name(job)]
        upstream_in_dvc = {producers[d] for d in stage["deps"] if d in producers}
        upstream_in_snakemake = {producers[i] for i in job.inputs if i in producers}
        assert upstream_in_dvc == upstream_in_snakemake
        assert all(p.split(".")[0] in SECTIONS for p in stage.get("params", []))


def _raw_cache_objects(workdir: Path) -> set[Path]:
    """DVC cache objects of the raw-side outputs (per dvc.lock): raw by definition."""
    lock = yaml.safe_load((workdir / "dvc.lock").read_text())
    return {
        workdir / ".dvc" / "cache" / "files" / "md5" / out["md5"][:2] / out["md5"][2:]
        for stage in lock["stages"].values()
        for out in stage.get("outs", [])
        if out["path"].startswith(RAW_SIDE) and "md5" in out
    }


def _copy_repo(destination: Path) -> None:
    files = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard"],
                           cwd=REPO, capture_output=True, text=True, check=True).stdout.split()
    for name in files:
        source = REPO / name
        if source.is_file() and not name.startswith(("tests/", "bench/", "data/raw/")):
            target = destination / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)


@pytest.mark.e2e
def test_when_dvc_repro_runs_the_generated_stages_then_metrics_and_experiments_work(
    tmp_path: Path,
) -> None:
    _copy_repo(tmp_path)
    write_params(tmp_path, TINY)
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}",
           "DVC_NO_ANALYTICS": "1", "CONFIDE_PSEUDONYM_KEY": "11" * 32}

    def run(*command: str) -> subprocess.CompletedProcess:
        return subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True,
                              timeout=1500)

    exported = run(sys.executable, "-m", "confide.cli", "export-dvc")
    assert exported.returncode == 0, exported.stderr[-2000:]
    for command in (["git", "init", "-q"], ["git", "add", "-A"],
                    ["git", "-c", "user.email=ci@example.org", "-c", "user.name=ci", "commit",
                     "-qm", "tiny"]):
        assert run(*command).returncode == 0
    repro = run(str(DVC), "repro")
    assert repro.returncode == 0, (repro.stdout + repro.stderr)[-4000:]
    metrics = run(str(DVC), "metrics", "show", "--json")
    assert metrics.returncode == 0 and "macro_f1" in metrics.stdout
    status = run(str(DVC), "status", "--json")
    assert json.loads(status.stdout or "{}") == {}
    experiment = run(str(DVC), "exp", "run", "-S", "evaluate.n_bootstrap=40")
    assert experiment.returncode == 0, (experiment.stdout + experiment.stderr)[-4000:]
    shown = run(str(DVC), "exp", "show", "--json")
    assert "n_bootstrap" in shown.stdout

    identifiers = planted_identifiers(tmp_path)
    raw_objects = _raw_cache_objects(tmp_path)
    assert raw_objects and all(p.is_file() for p in raw_objects)
    assert any(sum(v in readable_bytes(p) for v in identifiers) > 10 for p in raw_objects)  # the scan sees
    roots = [".dvc/cache", "results", "reports", "logs", "mlflow.db", "mlruns"]
    scanned, hits = files_with_identifiers(tmp_path, roots, identifiers, skip=raw_objects)
    assert scanned > len(raw_objects) + 20
    assert hits == [], "planted identifiers leaked into: " + "; ".join(hits)
