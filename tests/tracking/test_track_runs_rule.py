"""The real `track_runs` rule, run by Snakemake on a workflow whose other jobs are marked done.

`snakemake --touch` records every upstream job as finished without running it, so these tests
exercise only `track_runs`: with an unreachable server (fails in seconds, keeps computed outputs,
says why in the rule log) and with a user file whose name is an identifier (not in the store).
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from confide.provenance import USER_FILE
from tests.conftest import create_planned_outputs, run_snakemake, write_params
from tests.tracking.helpers import PLANTED_FILE, free_port
from tests.workflow.tiny_params import TINY

TARGET = "results/tracking/mlflow_runs.json"
KEY = {"CONFIDE_PSEUDONYM_KEY": "c3" * 32}
SUMMARY = {
    "provenance": {"git_commit": "abc123", "data_hash": "d41d8", "key_fingerprint": "0123456789ab",
                   "package_versions": {}},
    "data": {"source": "file"},
    "variants": [{"name": "linear_ngrams/eps-2/seed-0", "model": "linear_ngrams", "seed": 0,
                  "epsilon_target": 2.0, "epsilon_spent": 1.9, "ledger": {}}],
}


def _workflow_done_but_tracking(workdir: Path) -> None:
    """A workdir whose every job but track_runs is recorded as finished."""
    write_params(workdir, {**TINY, "data": {
        "source": "file", "labels": ["low", "high"],
        "file": {"path": f"data/raw/{PLANTED_FILE}", "format": "csv"}}})
    raw = workdir / "data" / "raw" / PLANTED_FILE
    raw.parent.mkdir(parents=True)
    raw.write_text("id,text,label\n")
    create_planned_outputs(workdir, "reports/report.html", env=KEY)
    (workdir / "reports" / "summary.json").write_text(json.dumps(SUMMARY))
    (workdir / "reports" / "report.html").write_text("<html>report</html>")
    touched = run_snakemake(workdir, "reports/report.html", extra=("--touch",), env=KEY)
    assert touched.returncode == 0, touched.stderr[-3000:]


def test_when_the_server_is_unreachable_then_track_runs_fails_fast_and_keeps_the_outputs(
    tmp_path: Path,
) -> None:
    _workflow_done_but_tracking(tmp_path)
    kept = {name: (tmp_path / name).read_bytes()
            for name in ("reports/summary.json", "reports/report.html")}
    uri = f"http://127.0.0.1:{free_port()}"
    started = time.monotonic()
    failed = run_snakemake(tmp_path, TARGET, env={**KEY, "MLFLOW_TRACKING_URI": uri})
    assert failed.returncode != 0
    assert time.monotonic() - started < 90  # seconds, not minutes of retries
    log = (tmp_path / "logs" / "report" / "track_runs.log").read_text()
    for text in (failed.stderr, log):
        assert f"MLflow tracking URI {uri}" in text and "rerun snakemake" in text
    assert {name: (tmp_path / name).read_bytes() for name in kept} == kept
    assert not (tmp_path / TARGET).exists()
    rerun = run_snakemake(tmp_path, TARGET, extra=("--dry-run",), env={**KEY, "MLFLOW_TRACKING_URI": uri})
    assert "track_runs" in rerun.stdout and "summarize_results" not in rerun.stdout


def test_when_the_input_file_name_is_an_identifier_then_track_runs_keeps_it_out_of_the_store(
    tmp_path: Path, monkeypatch,
) -> None:
    monkeypatch.delenv("MLFLOW_TRACKING_URI", raising=False)
    _workflow_done_but_tracking(tmp_path)
    done = run_snakemake(tmp_path, TARGET, env=KEY)
    assert done.returncode == 0, done.stderr[-3000:]
    from mlflow.tracking import MlflowClient

    client = MlflowClient(tracking_uri=f"sqlite:///{tmp_path / 'mlflow.db'}")
    runs = client.search_runs([client.get_experiment_by_name("confide").experiment_id])
    parent = next(r for r in runs if r.info.run_name == "workflow")
    assert parent.data.params["data.file.path"] == USER_FILE
    assert parent.data.params["data.file.format"] == "csv"  # other params are logged as they are
    assert {r.data.tags["confide.key_fingerprint"] for r in runs} == {"0123456789ab"}
    store = [tmp_path / "mlflow.db", *(p for d in ("mlruns", "mlartifacts")
                                       for p in (tmp_path / d).rglob("*") if p.is_file())]
    assert len(store) >= 3  # the database and the two artifacts
    assert not [p for p in store if PLANTED_FILE.encode() in p.read_bytes()]
