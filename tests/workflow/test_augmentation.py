"""Synthetic augmentation in the workflow: a real+synthetic variant reads its seed's synthetic data.

DAG: a dry run shows the seed's synthetic records (tabular_mlp) or synthetic sentence embeddings
(frozen_encoder, the text path) as an input of the mixed variant's train_model job, and the real
variant keeps the path it had before data mixes existed. Content: the real train_model rule runs
on small made-up inputs (upstream jobs are touched, not run); the tabular ledger counts the
synthetic rows and labels the non-DP synthesizer (the summary and MLflow records built from it
carry the label too); the frozen_encoder ledger counts the synthetic embeddings and composes the
DP generator's epsilon with DP-SGD's at the same privacy unit. Made-up data only; needs no ../shared.
"""

from __future__ import annotations

import json
import math
import os
import subprocess
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from confide.io import write_json
from confide.report.summary import build_summary, variant_entry
from confide.report.tracking_runs import runs_from_summary
from confide.synthesize.privacy import distance_metrics
from tests.conftest import REPO, SNAKEMAKE, create_planned_outputs, run_snakemake, write_params
from tests.synthesize.conftest import make_records
from tests.workflow.tiny_params import TINY

ENV = {"CONFIDE_PSEUDONYM_KEY": "00" * 32}
MIXED = "results/train/tabular_mlp/eps-2-real+synthetic/seed-0/ledger.json"
REAL = "results/train/tabular_mlp/eps-2/seed-0/ledger.json"
MIXED_TEXT = "results/train/frozen_encoder/eps-2-real+synthetic/seed-0/ledger.json"
REAL_TEXT = "results/train/frozen_encoder/eps-2/seed-0/ledger.json"
LABELS = ["minimal", "mild", "moderate", "severe"]  # the synthetic notes' declared labels
COLUMNS = ["age", "gender", "phq9_1", "phq9_2", "phq9_3", "label"]


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("augmentation")
    write_params(path, {**TINY, "synthesize": {**TINY["synthesize"], "synthesizer": "gaussian_copula"},
                        "train": {"models": ["tabular_mlp", "frozen_encoder"], "default_model": "tabular_mlp",
                                  "epsilons": [2.0],
                                  "seeds": [0], "data_mix": ["real", "real+synthetic"]}})
    return path


def _records(n: int, seed: int) -> pd.DataFrame:
    records = make_records(n, seed=seed)
    records["label"] = [LABELS[i % 4] for i in range(n)]
    return records


def _planned_train_inputs(workdir: Path, *targets: str) -> dict[str, list[str]]:
    """Each planned train_model job's inputs, keyed by its ledger, from one dry run."""
    dry = subprocess.run([str(SNAKEMAKE), *targets, "--snakefile", str(REPO / "Snakefile"), "--directory",
                          str(workdir), "--cores", "1", "-n"], capture_output=True, text=True, timeout=300,
                         env={**os.environ, **ENV}, cwd=workdir)
    assert dry.returncode == 0, dry.stderr[-3000:]
    jobs = {}
    for block in dry.stdout.split("rule train_model:")[1:]:
        lines = block.split("\n\n", 1)[0].splitlines()[1:]
        own = lines[:next((i for i, line in enumerate(lines) if not line.startswith(" ")), len(lines))]
        fields = dict(line.strip().split(": ", 1) for line in own if ": " in line)  # this job's lines only
        ledger = next(p.strip() for p in fields["output"].split(",") if p.strip().endswith("ledger.json"))
        jobs[ledger] = [p.strip() for p in fields["input"].split(",")]
    return jobs


def test_when_mix_is_real_plus_synthetic_then_dag_feeds_the_seeds_synthetic_data_to_training(
        workdir: Path) -> None:
    jobs = _planned_train_inputs(workdir, MIXED, REAL, MIXED_TEXT, REAL_TEXT)
    assert "results/synthesize/seed-0/records.parquet" in jobs[MIXED]
    assert "reports/synthetic/seed-0.json" in jobs[MIXED]
    # text path: frozen_encoder reads the seed's synthetic sentence embeddings, not synthetic records
    assert "results/synthesize/seed-0/embeddings.npz" in jobs[MIXED_TEXT]
    assert "reports/synthetic/seed-0-embeddings.json" in jobs[MIXED_TEXT]
    assert not any(path.endswith("records.parquet") and "synthe" in path for path in jobs[MIXED_TEXT])
    # the real variants keep their pre-mix paths and never read synthetic rows
    assert not any("synthe" in path for path in jobs[REAL] + jobs[REAL_TEXT])


@pytest.fixture(scope="module")
def trained(workdir: Path) -> dict[str, pd.DataFrame]:
    """Both mixed variants trained by the real train_model rule on made-up inputs."""
    from confide.synthesize.embedding import synthesize_embeddings

    create_planned_outputs(workdir, MIXED, MIXED_TEXT, env=ENV)
    touched = run_snakemake(workdir, MIXED, MIXED_TEXT, extra=("--touch",), env=ENV)
    assert touched.returncode == 0, touched.stderr[-3000:]
    records, synthetic = _records(300, seed=0), _records(120, seed=5)[COLUMNS]
    records.to_parquet(workdir / "results/audit/records.parquet")
    pd.DataFrame({"record_id": [], "canary": [], "included": []}).to_parquet(
        workdir / "results/audit/canaries.parquet")  # no canary plan: the whole train split trains
    synthetic.to_parquet(workdir / "results/synthesize/seed-0/records.parquet")
    write_json({"formal_privacy": False}, workdir / "results/synthesize/seed-0/ledger.json")
    train, holdout = records[records["split"] == "train"], records[records["split"] == "test"]
    write_json({"synthesis": {"synthesizer": "gaussian_copula"},
                "privacy": {"distance": distance_metrics(train=train, holdout=holdout, synthetic=synthetic,
                                                         columns=COLUMNS, max_rows=2000, seed=0)}},
               workdir / "reports/synthetic/seed-0.json")
    # text path: made-up 16-d "sentence embeddings" with a class signal, and the DP generator's output
    rng = np.random.default_rng(0)
    codes = records["label"].map({c: i for i, c in enumerate(LABELS)}).to_numpy()
    embeddings = (np.eye(16)[codes] + 0.3 * rng.standard_normal((len(records), 16))).astype(np.float32)
    np.save(workdir / "results/features/sentence_embeddings.npy", embeddings)
    text = synthesize_embeddings(records, embeddings, config={"embedding": {"generator": "dp_gaussian_diag"},
                                                              "dp": {"epsilon": 3.0, "delta": 1e-6}},
                                 train_config={"privacy_unit": "auto", "max_records_per_person": 8},
                                 classes=LABELS, seed=0)
    np.savez(workdir / "results/synthesize/seed-0/embeddings.npz", features=text["features"],
             labels=np.asarray(text["labels"], dtype=str))
    write_json(text["ledger"], workdir / "results/synthesize/seed-0/embeddings_ledger.json")
    write_json(text["scorecard"], workdir / "reports/synthetic/seed-0-embeddings.json")
    ran = run_snakemake(workdir, MIXED, MIXED_TEXT,
                        extra=("--allowed-rules", "train_model", "--forcerun", "train_model"), env=ENV)
    assert ran.returncode == 0, (ran.stdout + ran.stderr)[-3000:]
    return {"train": train, "synthetic": synthetic, "text_ledger": text["ledger"], "text_features": text["features"]}


def test_when_frozen_encoder_trains_on_real_plus_synthetic_then_ledger_counts_embeddings_and_composes_epsilon(
        workdir: Path, trained: dict) -> None:
    ledger = json.loads((workdir / MIXED_TEXT).read_text())
    n_real, n_synthetic = len(trained["train"]), len(trained["text_features"])
    assert (ledger["n_real_records"], ledger["n_synthetic_records"]) == (n_real, n_synthetic)
    assert ledger["n_records"] == n_real + n_synthetic
    assert ledger["synthesizer"] == "dp_gaussian_diag" and ledger["synthesizer_dp"] is True
    assert ledger["privacy_unit"] == trained["text_ledger"]["privacy_unit"] == "person"
    assert ledger["epsilon_synthesizer"] == pytest.approx(3.0)
    assert ledger["epsilon_composed"] == pytest.approx(3.0 + ledger["epsilon_spent"])
    assert ledger["formal_guarantee"] is True and ledger["memorisation_gate"]["dcr_ratio"] > 0


def test_when_real_plus_synthetic_variant_trains_then_ledger_counts_synthetic_rows_and_labels_them(
        workdir: Path, trained: dict) -> None:
    train, synthetic = trained["train"], trained["synthetic"]
    ledger = json.loads((workdir / MIXED).read_text())
    assert ledger["n_records"] == len(train) + len(synthetic)
    assert (ledger["n_real_records"], ledger["n_synthetic_records"]) == (len(train), len(synthetic))
    assert ledger["data_mix"] == "real+synthetic" and ledger["synthesizer"] == "gaussian_copula"
    assert ledger["synthesizer_dp"] is False and ledger["formal_guarantee"] is False
    assert ledger["epsilon_composed"] == "inf" and 0 < ledger["epsilon_spent"] <= 2.0 + 1e-6

    entry = variant_entry(ledger=ledger, evaluation={})  # the variant is the one the ledger records
    summary = build_summary(variants=[entry], split={}, quality={}, anonymization={}, provenance={},
                            data_source="synthetic_notes", default_model="tabular_mlp")
    write_json(summary, workdir / "summary.json")
    written = json.loads((workdir / "summary.json").read_text())["variants"][0]
    assert written["name"] == "tabular_mlp/eps-2-real+synthetic/seed-0"
    assert (written["epsilon_composed"], written["formal_guarantee"]) == ("inf", False)
    runs, _ = runs_from_summary(written and {"variants": [written]})
    run = runs[0]
    assert run.params["data_mix"] == "real+synthetic" and run.params["synthesizer_dp"] is False
    assert run.tags["confide.formal_guarantee"] == "false" and "non-DP synthesizer" in run.tags["confide.warning"]
    assert run.metrics["formal_guarantee"] is False and run.metrics["epsilon_composed"] is None
    assert math.isfinite(run.metrics["epsilon_spent"])
