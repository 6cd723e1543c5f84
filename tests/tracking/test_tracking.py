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

from confide.report.tracking_runs import headline_metrics, runs_from_summary
from confide.tracking import log_workflow, numeric_metrics, tracking_uri
from tests.tracking.helpers import free_port

SUMMARY = {
    "provenance": {"git_commit": "abc123", "data_hash": "d41d8", "package_versions": {"opacus": "1.6.0"}},
    "data_quality": {"success": True, "failed": 0},
    "default_model": "linear_ngrams",
    "variants": [
        {"name": "linear_ngrams/eps-1/seed-0", "model": "linear_ngrams", "seed": 0,
         "epsilon_target": 1.0, "epsilon_spent": 0.98, "delta": 1e-5,
         "utility": {"macro_f1": {"value": 0.61, "ci_low": 0.55, "ci_high": 0.67}}, "attack_auc": 0.55,
         "attack_tpr_low_fpr": {"tpr": 0.012, "fpr_point": 0.01}, "ledger": {"noise_multiplier": 1.3}},
        {"name": "linear_ngrams/eps-inf/seed-0", "model": "linear_ngrams", "seed": 0,
         "epsilon_target": "inf", "utility": {"macro_f1": {"value": 0.7, "ci_low": 0.64, "ci_high": 0.76}},
         "attack_auc": 0.9, "ledger": {}},
    ],
}
# The comparison by ε needs these on every variant run, with no column picked by hand.
COMPARISON_METRICS = {"macro_f1", "macro_f1_ci_low", "macro_f1_ci_high", "attack_auc", "private",
                      "seed"}


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
    private = next(r for r in children if r.info.run_name == "ε=1 s0 linear_ngrams")
    assert private.data.metrics["epsilon_target"] == 1.0  # a metric, not a string param
    assert private.data.metrics["epsilon_spent"] == pytest.approx(0.98)
    assert private.data.metrics["macro_f1"] == pytest.approx(0.61)
    assert private.data.metrics["attack_tpr"] == pytest.approx(0.012)
    assert private.data.params["ledger.noise_multiplier"] == "1.3"
    assert private.data.tags["confide.git_commit"] == "abc123"
    baseline = next(r for r in children if r.info.run_name == "ε=∞ s0 linear_ngrams")
    assert baseline.data.tags["confide.private"] == "false"
    assert "epsilon_target" not in baseline.data.metrics and baseline.data.metrics["private"] == 0.0
    assert parents[0].data.params["train.epochs"] == "3"
    assert parents[0].data.metrics["eps_1.macro_f1_vs_non_private"] == pytest.approx(-0.09)
    assert experiment.tags["mlflow.experimentKind"] == "custom_model_development"


def test_when_logging_to_sqlite_then_parent_and_children_are_recorded(tmp_path: Path) -> None:
    uri = f"sqlite:///{tmp_path / 'mlflow.db'}"
    children, tags = runs_from_summary(SUMMARY)
    log_workflow(experiment="confide-test", run_name="workflow", params={"train": {"epochs": 3}},
                 tags=tags, children=children, uri=uri, metrics=headline_metrics(SUMMARY))
    _check_tree(uri)


def _search(uri: str, experiment_id: str) -> list[dict]:
    """The runs as the UI's runs page asks the server for them (REST, no client library)."""
    import json
    import urllib.request

    request = urllib.request.Request(
        f"{uri}/api/2.0/mlflow/runs/search", method="POST",
        data=json.dumps({"experiment_ids": [experiment_id], "max_results": 100}).encode(),
        headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as answer:  # noqa: S310 - loopback server
        return json.loads(answer.read())["runs"]


def _check_comparison_by_epsilon(uri: str, ids: dict, *, started: int) -> None:
    runs = _search(uri, ids["runs_url"].split("/experiments/")[1].split("/")[0])
    by_name = {r["info"]["run_name"]: r for r in runs}
    variants = [r for name, r in by_name.items() if name.startswith("ε=")]
    assert sorted(by_name) == ["stage/data_quality", "workflow", "ε=1 s0 linear_ngrams", "ε=∞ s0 linear_ngrams"]
    keys = [{m["key"] for m in r["data"]["metrics"]} for r in variants]
    assert all(COMPARISON_METRICS <= k for k in keys)  # the same columns on every variant run
    private = by_name["ε=1 s0 linear_ngrams"]
    assert {m["key"]: m["value"] for m in private["data"]["metrics"]}["epsilon_target"] == 1.0
    assert any(m["key"] == "epsilon_spent" for m in private["data"]["metrics"])
    assert int(private["info"]["start_time"]) == started  # the jobs' real times, not the logging time
    assert int(private["info"]["end_time"]) == started + 60_000
    parent = {m["key"] for m in by_name["workflow"]["data"]["metrics"]}
    assert {"eps_1.macro_f1", "eps_1.macro_f1_vs_non_private", "non_private.macro_f1"} <= parent


def test_when_a_tracking_server_is_given_then_runs_go_to_it_ready_to_compare_by_epsilon(
    tmp_path: Path, monkeypatch
) -> None:
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
        started = 1_700_000_000_000
        children, tags = runs_from_summary(SUMMARY, timings={
            "linear_ngrams/eps-1/seed-0": (started, started + 60_000)})
        report = tmp_path / "report.html"
        report.write_text("<html></html>")
        figures = tmp_path / "figures"
        figures.mkdir()
        (figures / "roc_curves.png").write_bytes(b"\x89PNG\r\n\x1a\n")
        ids = log_workflow(experiment="confide-test", run_name="workflow",
                           params={"train": {"epochs": 3}}, tags=tags, children=children,
                           artifacts=[str(report), str(figures)], uri=uri, metrics=headline_metrics(SUMMARY))
        _check_tree(uri)
        _check_comparison_by_epsilon(uri, ids, started=started)
        assert ids["runs_url"].endswith("/runs") and "#/experiments/" in ids["runs_url"]
        assert ids["comparison_url"].startswith(ids["runs_url"] + "?searchFilter=tags.%60confide.stage%60")
        assert any((tmp_path / "artifacts").rglob("report.html"))
        assert any((tmp_path / "artifacts").rglob("figures/roc_curves.png"))
        assert "MLFLOW_TRACKING_URI" not in os.environ  # the URI does not leak to later jobs
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)


def test_when_a_store_is_moved_then_its_artifacts_are_still_found(tmp_path: Path, monkeypatch) -> None:
    from mlflow.tracking import MlflowClient

    old, new = tmp_path / "old", tmp_path / "new"
    old.mkdir()
    monkeypatch.chdir(old)  # the workflow runs in the store's folder
    report = old / "report.html"
    report.write_text("<html>report</html>")
    children, tags = runs_from_summary(SUMMARY)
    log_workflow(experiment="confide-test", run_name="workflow", params={}, tags=tags, children=children,
                 artifacts=[str(report)], uri="sqlite:///mlflow.db", workflow_id="wf")
    old.rename(new)
    monkeypatch.chdir(new)
    client = MlflowClient(tracking_uri="sqlite:///mlflow.db")
    experiment = client.get_experiment_by_name("confide-test")
    assert not experiment.artifact_location.startswith(("/", "file:"))
    parent = next(r for r in client.search_runs([experiment.experiment_id]) if r.info.run_name == "workflow")
    fetched = client.download_artifacts(parent.info.run_id, "report.html", str(tmp_path))
    assert Path(fetched).read_text() == "<html>report</html>"


def test_when_benchmarks_exist_then_a_run_spans_its_jobs_real_times(tmp_path: Path) -> None:
    from confide.report.tracking_runs import benchmark_window, variant_timings

    header = "s\th:m:s\tmax_rss\n"
    train, evaluate = tmp_path / "train.tsv", tmp_path / "evaluate.tsv"
    train.write_text(header + "30.0\t0:00:30\t100\n")
    evaluate.write_text(header + "12.5\t0:00:12\t100\n")
    os.utime(train, (1_700_000_030, 1_700_000_030))  # a benchmark is written when its job ends
    os.utime(evaluate, (1_700_000_100, 1_700_000_100))
    assert benchmark_window([train, evaluate, tmp_path / "missing.tsv"]) == (1_700_000_000_000, 1_700_000_100_000)
    assert benchmark_window([tmp_path / "missing.tsv"]) is None
    timings = variant_timings([{"name": "m/eps-1/seed-0", "model": "m", "seed": 0, "epsilon_target": 1.0}],
                              [str(tmp_path / "{model}-{epsilon}-{seed}.tsv")])
    assert timings == {"m/eps-1/seed-0": None}  # m-1-0.tsv was never written


def test_when_rules_have_benchmarks_then_stage_and_variant_patterns_are_told_apart() -> None:
    from types import SimpleNamespace

    from confide.report.tracking_runs import benchmark_patterns

    rules = [SimpleNamespace(benchmark="benchmarks/anonymize/anonymize_records.tsv"),
             SimpleNamespace(benchmark="benchmarks/train/{model,[a-z_]+}/eps-{epsilon}/seed-{seed,\\d+}.tsv"),
             SimpleNamespace(benchmark="benchmarks/shard/{shard}.tsv"), SimpleNamespace(benchmark=None)]
    assert benchmark_patterns(rules) == {  # wildcard constraints stripped, per-shard jobs left out
        "stages": ["benchmarks/anonymize/anonymize_records.tsv"],
        "variants": ["benchmarks/train/{model}/eps-{epsilon}/seed-{seed}.tsv"]}


def test_when_a_param_key_holds_a_glob_then_it_is_logged_under_an_allowed_name() -> None:
    from confide.tracking import _param_values

    assert _param_values({"anonymize": {"columns": {"phq9_*": "safe"}}}) == {"anonymize.columns.phq9__": "safe"}
