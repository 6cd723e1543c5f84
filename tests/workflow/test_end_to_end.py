"""The whole workflow on tiny synthetic data: outputs, idempotence, MLflow tree, PII boundary."""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

import pytest

from tests.conftest import run_snakemake, write_params
from tests.workflow.pii_scan import files_with_identifiers, planted_identifiers, readable_bytes
from tests.workflow.tiny_params import TINY

pytestmark = pytest.mark.e2e

@pytest.fixture(scope="module")
def finished_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    workdir = tmp_path_factory.mktemp("e2e")
    write_params(workdir, TINY)
    result = run_snakemake(workdir, env={"CONFIDE_PSEUDONYM_KEY": "00" * 32})
    assert result.returncode == 0, (result.stdout + result.stderr)[-4000:]
    return workdir


def test_when_workflow_finishes_then_report_summary_and_runs_exist(finished_run: Path) -> None:
    summary = json.loads((finished_run / "reports" / "summary.json").read_text())
    assert (finished_run / "reports" / "report.html").stat().st_size > 10_000
    variants = {v["name"]: v for v in summary["variants"]}
    assert set(variants) == {"linear_ngrams/eps-2/seed-0", "linear_ngrams/eps-inf/seed-0"}
    private = variants["linear_ngrams/eps-2/seed-0"]
    assert 0 < private["epsilon_spent"] <= 2.0 + 1e-6
    assert 0 < private["delta"] < 1 / summary["data"]["train"]
    assert 0 <= private["utility"]["macro_f1"]["value"] <= 1
    assert private["attack_auc"] is not None
    assert private["epsilon_lower_bound"] is None or private["epsilon_lower_bound"] <= 2.0
    assert variants["linear_ngrams/eps-inf/seed-0"]["epsilon_target"] == "inf"
    assert summary["data_quality"]["success"] is True
    assert summary["anonymization"]["n_gold_spans"] > 0
    runs = json.loads((finished_run / "results" / "tracking" / "mlflow_runs.json").read_text())
    assert len(runs["children"]) >= 2


def test_when_workflow_is_rerun_then_nothing_is_left_to_do(finished_run: Path) -> None:
    result = run_snakemake(finished_run, "--dry-run", env={"CONFIDE_PSEUDONYM_KEY": "00" * 32})
    assert result.returncode == 0
    assert "Nothing to be done" in result.stdout + result.stderr


def test_when_mlflow_store_is_read_then_each_variant_has_a_child_run(finished_run: Path) -> None:
    from mlflow.tracking import MlflowClient

    client = MlflowClient(tracking_uri=f"sqlite:///{finished_run / 'mlflow.db'}")
    experiment = client.get_experiment_by_name("confide")
    runs = client.search_runs([experiment.experiment_id])
    names = {r.info.run_name for r in runs}
    assert {"workflow", "variant/linear_ngrams/eps-2/seed-0"} <= names
    private = next(r for r in runs if r.info.run_name == "variant/linear_ngrams/eps-2/seed-0")
    assert private.data.metrics["epsilon_spent"] <= 2.0 + 1e-6
    assert math.isfinite(private.data.metrics["utility.macro_f1.value"])


def test_when_the_raw_side_is_scanned_then_the_scanner_finds_identifiers(finished_run: Path) -> None:
    content = readable_bytes(finished_run / "results" / "split" / "records.parquet")
    assert sum(v in content for v in planted_identifiers(finished_run)) > 100


def test_when_every_artifact_is_scanned_then_no_planted_identifier_is_found(
    finished_run: Path,
) -> None:
    identifiers = planted_identifiers(finished_run)
    assert len(identifiers) > 100
    roots = ["results", "reports", "logs", "benchmarks", "mlflow.db", "mlruns", "mlartifacts"]
    scanned, hits = files_with_identifiers(finished_run, roots, identifiers)
    assert scanned > 20
    assert hits == [], "planted identifiers leaked into: " + "; ".join(hits)


def test_when_one_epsilon_is_added_then_only_that_variants_jobs_would_run(finished_run: Path) -> None:
    params_file = finished_run / "params.yaml"
    original = params_file.read_text()
    try:
        write_params(finished_run, {**TINY, "train": {**TINY["train"], "epsilons": [2.0, 4.0, float("inf")]}})
        result = run_snakemake(finished_run, "--dry-run", env={"CONFIDE_PSEUDONYM_KEY": "00" * 32})
    finally:
        params_file.write_text(original)
    assert result.returncode == 0, result.stderr[-2000:]
    counts = dict(re.findall(r"^(\w+)\s+(\d+)$", result.stdout + result.stderr, flags=re.MULTILINE))
    assert counts.get("train_model") == "1"
    assert counts.get("evaluate_model") == "1"
    assert counts.get("train_reference_model") == str(TINY["evaluate"]["membership"]["reference_models"])
    assert "anonymize_records" not in counts and "embed_texts" not in counts
