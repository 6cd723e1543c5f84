"""Tracking against the embedded SQLite store and a real `mlflow server` on loopback."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from confide.report.tracking_runs import runs_from_summary
from confide.tracking import log_workflow, numeric_metrics, tracking_uri
from tests.tracking.helpers import free_port

SUMMARY = {
    "provenance": {"git_commit": "abc123", "data_hash": "d41d8", "package_versions": {"opacus": "1.6.0"}},
    "data_quality": {"success": True, "failed": 0},
    "variants": [
        {"name": "linear_ngrams/eps-1/seed-0", "model": "linear_ngrams", "seed": 0,
         "epsilon_target": 1.0, "epsilon_spent": 0.98, "delta": 1e-5,
         "utility": {"macro_f1": {"value": 0.61}}, "ledger": {"noise_multiplier": 1.3}},
        {"name": "linear_ngrams/eps-inf/seed-0", "model": "linear_ngrams", "seed": 0,
         "epsilon_target": "inf", "utility": {"macro_f1": {"value": 0.7}}, "ledger": {}},
    ],
}


def test_when_metrics_are_nested_then_only_finite_numbers_are_kept() -> None:
    flat = numeric_metrics({"a": {"b": 1, "c": "text", "d": float("inf")}, "e": True, "90+": 2})
    assert flat == {"a.b": 1.0, "e": 1.0, "90_": 2.0}


def test_when_no_uri_is_set_then_the_embedded_sqlite_store_is_used(monkeypatch, tmp_path) -> None:
    monkeypatch.delenv("MLFLOW_TRACKING_URI", raising=False)
    assert tracking_uri(tmp_path / "mlflow.db") == f"sqlite:///{tmp_path / 'mlflow.db'}"


def _check_tree(uri: str) -> None:
    from mlflow.tracking import MlflowClient

    client = MlflowClient(tracking_uri=uri)
    experiment = client.get_experiment_by_name("confide-test")
    runs = client.search_runs([experiment.experiment_id])
    parents = [r for r in runs if "mlflow.parentRunId" not in r.data.tags]
    children = [r for r in runs if r.data.tags.get("mlflow.parentRunId") == parents[0].info.run_id]
    assert len(parents) == 1 and len(children) == 3
    private = next(r for r in children if r.info.run_name == "variant/linear_ngrams/eps-1/seed-0")
    assert private.data.metrics["epsilon_spent"] == pytest.approx(0.98)
    assert private.data.metrics["utility.macro_f1.value"] == pytest.approx(0.61)
    assert private.data.params["ledger.noise_multiplier"] == "1.3"
    assert private.data.tags["confide.git_commit"] == "abc123"
    baseline = next(r for r in children if r.info.run_name.endswith("eps-inf/seed-0"))
    assert baseline.data.tags["confide.private"] == "false"
    assert parents[0].data.params["train.epochs"] == "3"


def test_when_logging_to_sqlite_then_parent_and_children_are_recorded(tmp_path: Path) -> None:
    uri = f"sqlite:///{tmp_path / 'mlflow.db'}"
    children, tags = runs_from_summary(SUMMARY)
    log_workflow(experiment="confide-test", run_name="workflow", params={"train": {"epochs": 3}},
                 tags=tags, children=children, uri=uri)
    _check_tree(uri)


def test_when_a_tracking_server_is_given_then_runs_go_to_it(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("MLFLOW_TRACKING_URI", raising=False)
    port = free_port()
    mlflow_bin = Path(sys.executable).with_name("mlflow")
    server = subprocess.Popen(
        [str(mlflow_bin), "server", "--host", "127.0.0.1", "--port", str(port), "--workers", "1",
         "--backend-store-uri", f"sqlite:///{tmp_path / 'server.db'}",
         "--artifacts-destination", str(tmp_path / "artifacts")],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
        env={**os.environ, "MLFLOW_DISABLE_TELEMETRY": "true"},
    )
    try:
        deadline = time.time() + 90
        while time.time() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.5)
        else:
            pytest.fail("mlflow server did not start within 90 s")
        uri = f"http://127.0.0.1:{port}"
        children, tags = runs_from_summary(SUMMARY)
        report = tmp_path / "report.html"
        report.write_text("<html></html>")
        log_workflow(experiment="confide-test", run_name="workflow",
                     params={"train": {"epochs": 3}}, tags=tags, children=children,
                     artifacts=[str(report)], uri=uri)
        _check_tree(uri)
        assert any((tmp_path / "artifacts").rglob("report.html"))
        assert "MLFLOW_TRACKING_URI" not in os.environ  # the URI does not leak to later jobs
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
