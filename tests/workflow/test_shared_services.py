"""What a team shares on a cluster: one MLflow tracking server and one DVC remote on shared storage.

Both follow README "Running on a cluster": every clone sets ``MLFLOW_TRACKING_URI`` to the server
and adds the shared folder as its default DVC remote.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from confide.tracking import WORKFLOW_TAG, log_workflow, workflow_identity
from tests.tracking.helpers import free_port

BIN = Path(sys.executable).parent


@pytest.fixture
def tracking_server(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """`mlflow server` on loopback, its store and artifacts on "shared storage" (a tmp folder)."""
    port, shared = free_port(), tmp_path / "shared"
    shared.mkdir()
    server = subprocess.Popen(
        [str(BIN / "mlflow"), "server", "--host", "127.0.0.1", "--port", str(port), "--workers", "1",
         "--backend-store-uri", f"sqlite:///{shared / 'mlflow.db'}",
         "--artifacts-destination", str(shared / "mlartifacts")],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
        env={**os.environ, "MLFLOW_DISABLE_TELEMETRY": "true"})
    try:
        deadline = time.time() + 90
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if time.time() > deadline or server.poll() is not None:
                    pytest.fail("mlflow server did not start within 90 s")
                time.sleep(0.3)
        yield f"http://127.0.0.1:{port}", shared
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)


def _log_from(workdir: Path, monkeypatch: pytest.MonkeyPatch) -> dict:
    """What `track_runs` does in one clone: log to MLFLOW_TRACKING_URI from its working directory."""
    workdir.mkdir(exist_ok=True)
    monkeypatch.chdir(workdir)
    report = workdir / "report.html"
    report.write_text("<html></html>")
    return log_workflow(experiment="team", run_name="workflow", params={"train": {"epochs": 1}},
                        tags={}, children=[], artifacts=[str(report)])


def test_when_two_clones_share_a_tracking_server_then_each_logs_there_and_fails_only_its_own_orphans(
    tracking_server: tuple[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    from mlflow.tracking import MlflowClient

    uri, shared = tracking_server
    monkeypatch.setenv("MLFLOW_TRACKING_URI", uri)
    alice, bob = tmp_path / "alice", tmp_path / "bob"
    client = MlflowClient(tracking_uri=uri)
    experiment = client.create_experiment("team")
    # alice's track_runs was killed hard: her run stays RUNNING on the server
    orphan = client.create_run(experiment, run_name="workflow",
                               tags={WORKFLOW_TAG: workflow_identity(alice)}).info.run_id
    assert _log_from(bob, monkeypatch)["experiment_id"] == experiment
    assert client.get_run(orphan).info.status == "RUNNING"  # bob's run leaves alice's alone
    _log_from(alice, monkeypatch)
    assert client.get_run(orphan).info.status == "FAILED"  # alice's next run cleans up after her
    finished = client.search_runs([experiment], "attributes.status = 'FINISHED'")
    assert sorted(r.data.tags[WORKFLOW_TAG] for r in finished) == sorted(
        [workflow_identity(alice), workflow_identity(bob)])
    assert len(list((shared / "mlartifacts").rglob("report.html"))) == 2  # on the shared storage


def test_when_outputs_are_pushed_to_a_shared_dvc_remote_then_a_fresh_clone_pulls_them_clean(
    tmp_path: Path,
) -> None:
    origin, clone, remote = tmp_path / "origin", tmp_path / "clone", tmp_path / "shared" / "dvc"
    env = {**os.environ, "PATH": f"{BIN}:{os.environ['PATH']}", "DVC_NO_ANALYTICS": "1",
           "GIT_AUTHOR_NAME": "ci", "GIT_AUTHOR_EMAIL": "ci@example.org",
           "GIT_COMMITTER_NAME": "ci", "GIT_COMMITTER_EMAIL": "ci@example.org"}

    def run(cwd: Path, *command: str) -> str:
        done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, f"{' '.join(command)}: {(done.stdout + done.stderr)[-2000:]}"
        return done.stdout

    origin.mkdir()
    (origin / "notes.csv").write_text("id,text\n1,synthetic\n")
    run(origin, "git", "init", "-q")
    run(origin, "dvc", "init", "-q")
    run(origin, "dvc", "remote", "add", "-d", "shared", str(remote))
    (origin / "dvc.yaml").write_text(json.dumps({"stages": {"count": {
        "cmd": f"{sys.executable} -c \"import pathlib; pathlib.Path('results').mkdir(exist_ok=True); "
               "pathlib.Path('results/n.txt').write_text(str(len(open('notes.csv').readlines())))\"",
        "deps": ["notes.csv"], "outs": ["results/n.txt"]}}}))
    run(origin, "dvc", "repro", "-q")
    run(origin, "git", "add", "-A")
    run(origin, "git", "commit", "-qm", "data and a stage")
    run(origin, "dvc", "push", "-q")

    run(tmp_path, "git", "clone", "-q", str(origin), str(clone))
    assert not (clone / "results" / "n.txt").exists()
    run(clone, "dvc", "pull", "-q")
    assert (clone / "results" / "n.txt").read_text() == "2"
    assert json.loads(run(clone, "dvc", "status", "--json") or "{}") == {}
    assert json.loads(run(clone, "dvc", "status", "--cloud", "--json") or "{}") == {}
    (clone / "results" / "n.txt").unlink()  # the check can fail: a missing output is reported
    assert json.loads(run(clone, "dvc", "status", "--json") or "{}") != {}
