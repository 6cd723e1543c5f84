"""Tracking faults, each against a real store: user file names, an unreachable server, a hard
kill during logging, two first writers to one fresh SQLite store, and the key fingerprint tag."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from confide.provenance import USER_FILE, redact_user_paths
from confide.report.tracking_runs import runs_from_summary
from confide.tracking import (
    FAILURE_TAG,
    HOST_TAG,
    PID_TAG,
    WORKFLOW_TAG,
    TrackingUnavailableError,
    check_tracking_uri,
    log_workflow,
    redacted_uri,
    workflow_identity,
)
from tests.tracking.helpers import PLANTED_FILE, free_port

SUMMARY = {
    "provenance": {"git_commit": "abc123", "data_hash": "d41d8", "key_fingerprint": "0123456789ab",
                   "package_versions": {"opacus": "1.6.0"}},
    "data_quality": {"success": True, "failed": 0},
    "variants": [{"name": "linear_ngrams/eps-1/seed-0", "model": "linear_ngrams", "seed": 0,
                  "epsilon_target": 1.0, "epsilon_spent": 0.98, "ledger": {}}],
}


def _client(uri: str):  # noqa: ANN202 - MlflowClient, imported lazily
    from mlflow.tracking import MlflowClient

    return MlflowClient(tracking_uri=uri)


def _runs(uri: str, experiment: str = "confide-test") -> list:
    client = _client(uri)
    found = client.get_experiment_by_name(experiment)
    return client.search_runs([found.experiment_id]) if found else []


def _store_bytes(root: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file())


# --- the input file's name ------------------------------------------------------------------

def test_when_params_are_redacted_then_only_path_values_are_replaced() -> None:
    params = {"data": {"source": "file", "rmhd": {"path": "data/raw/rmhd.csv"},
                       "file": {"path": f"data/raw/{PLANTED_FILE}", "format": "csv",
                                "columns": {"id": "note_id"}}},
              "synthesize": {"dp": {"domain_path": "x.yaml"}, "pathology": "kept"},
              "unset": {"path": None}}
    redacted = redact_user_paths(params)
    assert redacted["data"]["file"]["path"] == USER_FILE
    assert redacted["data"]["rmhd"]["path"] == USER_FILE
    assert redacted["synthesize"]["dp"]["domain_path"] == USER_FILE
    assert redacted["data"]["file"]["format"] == "csv"  # look-alikes stay
    assert redacted["data"]["file"]["columns"] == {"id": "note_id"}
    assert redacted["synthesize"]["pathology"] == "kept"
    assert redacted["unset"]["path"] is None
    assert params["data"]["file"]["path"].endswith(PLANTED_FILE)  # the input is not changed


def test_when_the_input_file_name_is_an_identifier_then_the_store_never_holds_it(tmp_path: Path) -> None:
    store = tmp_path / "store"
    store.mkdir()
    uri = f"sqlite:///{store / 'mlflow.db'}"
    children, tags = runs_from_summary(SUMMARY)
    # The same name in a non-path param shows that a scan of the store bytes can see it.
    visible = "Visible_Quistgaard_column"
    params = {"data": {"source": "file", "file": {"path": f"data/raw/{PLANTED_FILE}",
                                                   "columns": {"text": visible}}}}
    log_workflow(experiment="confide-test", run_name="workflow", params=params, tags=tags,
                 children=children, uri=uri, workflow_id="wf")
    parent = next(r for r in _runs(uri) if r.info.run_name == "workflow")
    assert parent.data.params["data.file.path"] == USER_FILE
    content = _store_bytes(store)
    assert visible.encode() in content
    assert PLANTED_FILE.encode() not in content and b"Zebulon" not in content


# --- an unreachable tracking server ---------------------------------------------------------

def test_when_nothing_listens_at_the_uri_then_logging_fails_in_seconds_naming_it(tmp_path: Path) -> None:
    port = free_port()
    uri = f"http://alice:s3cr3t-token@127.0.0.1:{port}"
    children, tags = runs_from_summary(SUMMARY)
    started = time.monotonic()
    with pytest.raises(TrackingUnavailableError) as caught:
        log_workflow(experiment="confide-test", run_name="workflow", params={}, tags=tags,
                     children=children, uri=uri)
    assert time.monotonic() - started < 15
    message = str(caught.value)
    assert f"http://***@127.0.0.1:{port}" in message and "s3cr3t" not in message
    assert "MLFLOW_TRACKING_URI" in message and "connection refused" in message
    assert "kept" in message and "rerun snakemake" in message


def test_when_the_server_accepts_but_never_answers_then_the_check_times_out() -> None:
    with socket.socket() as silent:  # the kernel accepts connections; nobody ever replies
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        uri = f"http://127.0.0.1:{silent.getsockname()[1]}"
        started = time.monotonic()
        with pytest.raises(TrackingUnavailableError, match="did not answer within 1 s: timed out"):
            check_tracking_uri(uri, timeout=1.0, answer_timeout=1.0)
        assert time.monotonic() - started < 10


def test_when_a_server_answers_even_with_an_error_then_the_check_passes() -> None:
    import http.server
    import threading

    class NotFound(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            self.send_error(404)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), NotFound)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        check_tracking_uri(f"http://127.0.0.1:{server.server_port}/", timeout=5.0)
    finally:
        server.shutdown()


def test_when_a_uri_holds_no_credentials_then_it_is_shown_as_is() -> None:
    assert redacted_uri("http://127.0.0.1:5000") == "http://127.0.0.1:5000"
    assert redacted_uri("sqlite:////tmp/mlflow.db") == "sqlite:////tmp/mlflow.db"
    assert redacted_uri("https://u:p@host/x") == "https://***@host/x"


# --- a hard kill during logging ---------------------------------------------------------------

KILLED_WRITER = textwrap.dedent("""
    import sys, time
    from collections.abc import Mapping
    from pathlib import Path
    from confide.tracking import RunRecord, log_workflow

    uri, marker = sys.argv[1], Path(sys.argv[2])

    class StallsWhenRead(Mapping):
        # The second child's metrics: reading them signals the test and waits to be killed.
        def __getitem__(self, key):
            raise KeyError(key)
        def __iter__(self):
            return iter(())
        def __len__(self):
            return 0
        def items(self):
            marker.write_text("logging")
            time.sleep(600)
            return {}.items()

    log_workflow(experiment="confide-test", run_name="workflow", params={"train": {"epochs": 1}},
                 tags={}, children=[RunRecord(name="stage/data", metrics={"rows": 1}),
                                    RunRecord(name="stage/stalled", metrics=StallsWhenRead())],
                 uri=uri, workflow_id="wf-killed")
""")


def _kill_while_logging(tmp_path: Path, uri: str) -> int:
    script = tmp_path / "writer.py"
    script.write_text(KILLED_WRITER)
    marker = tmp_path / "marker"
    process = subprocess.Popen([sys.executable, str(script), uri, str(marker)], cwd=tmp_path)
    deadline = time.monotonic() + 120
    while not marker.exists():
        assert process.poll() is None, "the writer ended before it started logging"
        assert time.monotonic() < deadline, "the writer did not start logging within 120 s"
        time.sleep(0.2)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    return process.pid


def test_when_track_runs_was_killed_then_the_next_run_marks_its_runs_failed(tmp_path: Path) -> None:
    uri = f"sqlite:///{tmp_path / 'mlflow.db'}"
    killed_pid = _kill_while_logging(tmp_path, uri)
    left = {r.info.run_name: r for r in _runs(uri)}
    assert {n for n, r in left.items() if r.info.status == "RUNNING"} == {"workflow", "stage/stalled"}
    assert left["workflow"].data.tags[PID_TAG] == str(killed_pid)

    # Look-alikes left alone: another workflow's run, and this workflow's run whose process lives.
    client = _client(uri)
    experiment_id = left["workflow"].info.experiment_id
    other = client.create_run(experiment_id, tags={WORKFLOW_TAG: "wf-other"}, run_name="other")
    alive = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(300)"])
    try:
        live = client.create_run(experiment_id, run_name="live", tags={
            WORKFLOW_TAG: "wf-killed", PID_TAG: str(alive.pid),
            HOST_TAG: left["workflow"].data.tags[HOST_TAG]})
        ids = log_workflow(experiment="confide-test", run_name="workflow", params={}, tags={},
                           children=[], uri=uri, workflow_id="wf-killed")
    finally:
        alive.kill()
        alive.wait(timeout=30)

    status = {r.info.run_id: r for r in _runs(uri)}
    killed = [left["workflow"].info.run_id, left["stage/stalled"].info.run_id]
    assert sorted(ids["orphaned_runs_marked_failed"]) == sorted(killed)
    for run_id in killed:
        assert status[run_id].info.status == "FAILED"
        assert status[run_id].data.tags[FAILURE_TAG].startswith("orphaned")
    assert status[left["stage/data"].info.run_id].info.status == "FINISHED"
    assert status[other.info.run_id].info.status == "RUNNING"
    assert status[live.info.run_id].info.status == "RUNNING"
    assert status[ids["parent_run_id"]].info.status == "FINISHED"


def test_when_the_workflow_dir_is_hashed_then_the_path_is_not_in_the_id(tmp_path: Path) -> None:
    identity = workflow_identity(tmp_path)
    assert identity == workflow_identity(tmp_path / ".")
    assert identity != workflow_identity(tmp_path / "other")
    assert tmp_path.name not in identity and len(identity) == 16


# --- two first-time writers to one fresh SQLite store ------------------------------------------

RACING_WRITER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from confide.tracking import RunRecord, log_workflow
    import mlflow, mlflow.store.tracking.sqlalchemy_store  # imported before the start signal

    uri, go, name = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
    while not go.exists():
        time.sleep(0.005)
    log_workflow(experiment="confide-test", run_name=name, params={"train": {"epochs": 1}},
                 tags={}, children=[RunRecord(name="stage/data", metrics={"rows": 1})], uri=uri)
""")


def test_when_two_processes_first_write_to_a_fresh_store_then_both_succeed(tmp_path: Path) -> None:
    script = tmp_path / "racer.py"
    script.write_text(RACING_WRITER)
    uri = f"sqlite:///{tmp_path / 'fresh' / 'mlflow.db'}"
    (tmp_path / "fresh").mkdir()
    go = tmp_path / "go"
    writers = [subprocess.Popen([sys.executable, str(script), uri, str(go), f"writer-{i}"],
                                cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True) for i in range(2)]
    time.sleep(8)  # both have imported MLflow and wait for the signal
    go.write_text("go")
    results = [w.communicate(timeout=300) for w in writers]
    for writer, (_, stderr) in zip(writers, results, strict=True):
        assert writer.returncode == 0, stderr[-3000:]
    names = sorted(r.info.run_name for r in _runs(uri))
    assert names == ["stage/data", "stage/data", "writer-0", "writer-1"]


# --- the key fingerprint ---------------------------------------------------------------------

def test_when_runs_are_logged_then_each_carries_the_key_fingerprint(tmp_path: Path) -> None:
    uri = f"sqlite:///{tmp_path / 'mlflow.db'}"
    children, tags = runs_from_summary(SUMMARY)
    log_workflow(experiment="confide-test", run_name="workflow", params={}, tags=tags,
                 children=children, uri=uri, workflow_id="wf")
    runs = _runs(uri)
    assert len(runs) == 3
    assert {r.data.tags["confide.key_fingerprint"] for r in runs} == {"0123456789ab"}


def test_when_a_summary_has_no_fingerprint_then_the_tag_says_unknown() -> None:
    _, tags = runs_from_summary({"provenance": {}})
    assert tags["confide.key_fingerprint"] == "unknown"


@pytest.fixture(autouse=True)
def _no_ambient_tracking_uri(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MLFLOW_TRACKING_URI", raising=False)
    monkeypatch.setenv("MLFLOW_DISABLE_TELEMETRY", "true")
