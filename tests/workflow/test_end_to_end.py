"""The whole workflow on tiny synthetic data: outputs, idempotence, MLflow tree, PII boundary.

The data is a user's CSV (the synthetic notes) with an identifier planted in every place a CSV can
hold one: the id, group, text, date and every string tabular column, an unmapped column and the
file's name. One workflow run; every file written past anonymization is scanned for all of them.
"""

from __future__ import annotations

import json
import math
import re
import shutil
from pathlib import Path

import pandas as pd
import pytest

from confide.anonymize.keys import key_fingerprint, load_pseudonym_key
from confide.io import read_jsonl
from tests.conftest import run_snakemake, write_params
from tests.workflow.pii_scan import (
    ODD_TEXT_COLUMN,
    PlantedInput,
    files_with_identifiers,
    plant_input,
    planted_identifiers,
    readable_bytes,
)
from tests.workflow.tiny_params import tiny_with_input

pytestmark = pytest.mark.e2e
ENV = {"CONFIDE_PSEUDONYM_KEY": ""}  # unset: rule create_pseudonym_key writes .secrets/pseudonym.key
SCANNED_ROOTS = ["results", "reports", "logs", "benchmarks", "mlflow.db", "mlruns", "mlartifacts"]


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("e2e")


@pytest.fixture(scope="module")
def planted(run_dir: Path) -> PlantedInput:
    return plant_input(run_dir)


@pytest.fixture(scope="module")
def finished_run(run_dir: Path, planted: PlantedInput) -> Path:
    write_params(run_dir, tiny_with_input(planted.params))
    result = run_snakemake(run_dir, env=ENV)
    assert result.returncode == 0, (result.stdout + result.stderr)[-4000:]
    return run_dir


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
    assert summary["anonymization"]["columns"] == {
        "text": ["occupation", ODD_TEXT_COLUMN], "drop": ["employer"], "empty": [],
        "safe": ["clinic", *(f"phq9_{i}" for i in range(1, 10)), "phq9_total", "gad7_total"]}
    assert summary["anonymization"]["column_entities_replaced"]["occupation"] >= 400
    runs = json.loads((finished_run / "results" / "tracking" / "mlflow_runs.json").read_text())
    assert len(runs["children"]) >= 2
    key = finished_run / ".secrets" / "pseudonym.key"
    assert key.stat().st_mode & 0o777 == 0o400  # created 0600 by the rule, write-protected by protected()
    assert summary["provenance"]["key_fingerprint"] == key_fingerprint(
        load_pseudonym_key(env_var="CONFIDE_TEST_UNSET", path=key))


def test_when_workflow_is_rerun_then_nothing_is_left_to_do(finished_run: Path) -> None:
    result = run_snakemake(finished_run, "--dry-run", env=ENV)
    assert result.returncode == 0
    assert "Nothing to be done" in result.stdout + result.stderr


def test_when_mlflow_store_is_read_then_each_variant_has_a_child_run(finished_run: Path) -> None:
    from mlflow.tracking import MlflowClient

    client = MlflowClient(tracking_uri=f"sqlite:///{finished_run / 'mlflow.db'}")
    experiment = client.get_experiment_by_name("confide")
    runs = client.search_runs([experiment.experiment_id])
    names = {r.info.run_name for r in runs}
    assert {"workflow", "ε=2 s0 linear_ngrams"} <= names
    private = next(r for r in runs if r.info.run_name == "ε=2 s0 linear_ngrams")
    assert private.data.metrics["epsilon_spent"] <= 2.0 + 1e-6
    assert math.isfinite(private.data.metrics["macro_f1"])
    assert private.info.end_time - private.info.start_time > 1000  # the jobs' real times, not the logging


def test_when_record_ids_cross_the_boundary_then_they_are_pseudonyms_that_the_audits_join(
    finished_run: Path,
) -> None:
    raw = pd.read_parquet(finished_run / "results" / "split" / "records.parquet")
    anonymized = pd.read_parquet(finished_run / "results" / "anonymize" / "records.parquet")
    ids = set(anonymized["record_id"])
    assert len(ids) == len(raw) and not ids & set(raw["record_id"])
    assert all(i.startswith("record_") for i in ids)
    replacements = read_jsonl(finished_run / "results" / "anonymize" / "audit.jsonl")
    assert replacements and {r["record_id"] for r in replacements} <= ids
    for table in ("records", "canaries"):
        audited = pd.read_parquet(finished_run / "results" / "audit" / f"{table}.parquet")
        assert set(audited["record_id"]) <= ids, table
    assert "employer" not in anonymized.columns and "contact_email" not in anonymized.columns


def test_when_the_raw_side_is_scanned_then_every_planted_location_is_seen(
    finished_run: Path, planted: PlantedInput
) -> None:
    source = readable_bytes(finished_run / planted.path)
    ingested = readable_bytes(finished_run / "results" / "split" / "records.parquet")
    unseen = [kind for kind, values in planted.identifiers.items()
              if kind != "file name" and not any(v in source for v in values)]
    assert unseen == []
    assert not any(v in ingested for v in planted.identifiers["id"])  # records are named by row
    assert not any(v in ingested for v in planted.identifiers["unmapped"])  # dropped at ingest


def test_when_one_identifier_of_each_kind_is_planted_past_anonymization_then_the_scan_names_the_file(
    finished_run: Path, planted: PlantedInput, tmp_path: Path
) -> None:
    """As a Parquet cell, in a page in other letter case and spacing, and in a file's name."""
    anonymized = pd.read_parquet(finished_run / "results" / "anonymize" / "records.parquet")
    missed = []
    for n, (kind, values) in enumerate(sorted(planted.identifiers.items())):
        control = tmp_path / str(n)
        leak = sorted(v for v in values if b"/" not in v)[0]
        (control / "results").mkdir(parents=True)
        anonymized.assign(occupation=[leak.decode(), *anonymized["occupation"][1:]]).to_parquet(
            control / "results" / "records.parquet")
        (control / "results" / f"figure_{' '.join(leak.decode().split())}.png").write_bytes(b"")
        shutil.copy(finished_run / "reports" / "report.html", control / "report.html")
        with (control / "report.html").open("ab") as page:
            page.write(re.sub(rb"\s", b" \n ", leak.swapcase()))
        scanned, hits = files_with_identifiers(control, ["results", "report.html"], {kind: values})
        if scanned != 3 or len(hits) != 3:
            missed.append(kind)
    assert missed == []


def test_when_every_artifact_is_scanned_then_no_planted_identifier_is_found(
    finished_run: Path, planted: PlantedInput
) -> None:
    """In contents and in file and folder names, in any letter case and spacing (text files)."""
    identifiers = {**planted.identifiers, "corpus": planted_identifiers(finished_run)}
    assert sum(map(len, identifiers.values())) > 1000
    scanned, hits = files_with_identifiers(finished_run, SCANNED_ROOTS, identifiers)
    assert scanned > 20
    assert hits == [], "planted identifiers leaked into: " + "; ".join(hits)


def test_when_one_epsilon_is_added_then_only_that_variants_jobs_would_run(
    finished_run: Path, planted: PlantedInput
) -> None:
    params_file = finished_run / "params.yaml"
    original = params_file.read_text()
    tiny = tiny_with_input(planted.params)
    try:
        write_params(finished_run, {**tiny, "train": {**tiny["train"], "epsilons": [2.0, 4.0, float("inf")]}})
        result = run_snakemake(finished_run, "--dry-run", env=ENV)
    finally:
        params_file.write_text(original)
    assert result.returncode == 0, result.stderr[-2000:]
    counts = dict(re.findall(r"^(\w+)\s+(\d+)$", result.stdout + result.stderr, flags=re.MULTILINE))
    assert counts.get("train_model") == "1"
    assert counts.get("evaluate_model") == "1"
    assert counts.get("train_reference_model") == "1"  # one job trains all K references of a variant
    assert "anonymize_records" not in counts and "embed_texts" not in counts
