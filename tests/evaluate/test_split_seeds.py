"""Each training seed is trained, audited and evaluated on its own split (issue 12, item 7)."""

from __future__ import annotations

import ast
import math
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from confide.audit.canaries import plan_canaries, plan_hash, training_rows, variant_canaries
from confide.audit.references import train_references
from confide.config import read_section
from confide.evaluate.assess import assess_variant, seed_independence, split_used
from confide.evaluate.errors import EvaluationError
from confide.ingest.split import assign_seed_splits, common_train_split, seed_column, split_for_seed
from confide.report.html import _split, split_sentence
from confide.report.summary import build_summary, variant_entry
from confide.variants import Variant

REPO = Path(__file__).resolve().parents[2]
FAST = {"model_params": {"frozen_encoder": {"epochs": 2}}}
NO_SECRETS = pd.DataFrame({"record_id": [], "label": [], "secret": []})


def _table() -> pd.DataFrame:
    """Persons of 1 to 4 records with two per-seed splits whose train sizes differ."""
    sizes = [1, 2, 3, 7] * 25
    rows = [{"record_id": f"r{p:03d}_{j}", "group_id": f"person_{p:03d}", "label": "ab"[(p + j) % 2],
             "text": "note"} for p, n in enumerate(sizes) for j in range(n)]
    table = assign_seed_splits(pd.DataFrame(rows), test_fraction=0.25, seed=0, train_seeds=[0, 1],
                               vary_with_seed=True)
    n_train = [int(table[seed_column(s)].eq("train").sum()) for s in (0, 1)]
    assert n_train[0] != n_train[1]  # so a count read from the wrong split shows
    return table


def _evaluate() -> dict:
    return read_section("evaluate", {
        "n_bootstrap": 10, "group_columns": [], "attribute_inference": {"enabled": False},
        "membership": {"attacks": ["rmia_online"], "pooled_targets": False},
        "canaries": {"one_run_m": 40}})


def test_when_seed_1_is_assessed_then_its_training_rows_canaries_and_test_rows_come_from_seed_1s_split():
    from confide.train import train_model

    table, evaluate = _table(), _evaluate()
    seen = split_for_seed(table, 1)  # what the train and reference jobs hand over for seed 1
    train1 = set(seen.loc[seen["split"] == "train", "record_id"])
    shared = plan_canaries(common_train_split(table), m=40, seed=0, audit_run="separate", unit="person")
    canaries, per_seed = variant_canaries(records=seen, plan=shared, evaluate=evaluate, variant_seed=1,
                                          unit="person")
    assert per_seed and set(canaries["record_id"]) <= train1  # seed 1's canaries are seed 1's training rows
    assert set(seen.loc[training_rows(seen, canaries).to_numpy(), "record_id"]) == train1
    features = np.random.default_rng(0).normal(size=(len(table), 8)).astype("float32")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        refs = train_references(records=seen, canaries=canaries, features=features, k=2, seed=3,
                                model="frozen_encoder", epsilon=math.inf, classes=["a", "b"], config=FAST,
                                unit="person")
        rows = np.flatnonzero(training_rows(seen, canaries).to_numpy())
        model = train_model(train=seen.iloc[rows].reset_index(drop=True), classes=["a", "b"],
                            model="frozen_encoder", epsilon=math.inf, seed=1, config=FAST, features=features[rows])
        metrics = assess_variant(model=model, records=table, canaries=shared, secrets=NO_SECRETS,
                                 features=features, references=refs, evaluate=evaluate, variant_seed=1)

    n_rows = {s: {side: int(table[seed_column(s)].eq(side).sum()) for side in ("train", "test")} for s in (0, 1)}
    assert metrics["utility"]["n"] == n_rows[1]["test"] != n_rows[0]["test"]
    assert metrics["audit"]["n_records_in"] == n_rows[1]["train"]
    assert metrics["one_run_audit"]["train_split_rows"] == n_rows[1]["train"]
    assert metrics["split"] == split_used(table, variant_seed=1)
    assert metrics["split"]["source"] == "per_seed" and metrics["split"]["rows"] == n_rows[1]
    assert metrics["seed_independence"]["split"] == "per_seed"

    # had the reference job read seed 0's split for seed 1, its audit run's plan would differ: refused
    wrong, _ = variant_canaries(records=split_for_seed(table, 0), plan=shared, evaluate=evaluate, variant_seed=1,
                                unit="person")
    with warnings.catch_warnings(), pytest.raises(EvaluationError, match="another canary plan"):
        warnings.simplefilter("ignore")
        assess_variant(model=model, records=table, canaries=shared, secrets=NO_SECRETS, features=features,
                       references={**refs, "canary_plan": np.array(plan_hash(wrong))}, evaluate=evaluate,
                       variant_seed=1)


def test_when_the_split_is_shared_then_seed_independence_and_the_report_say_so():
    table = _table()
    shared_table = split_for_seed(table, 0)  # a table with the single `split` column
    used = split_used(shared_table, variant_seed=1)
    assert used["source"] == "shared" and used["column"] == "split" and used["seed"] is None
    block = seed_independence(per_seed_canaries=True, audit_run="separate", ledger={}, have_refs=True)
    assert block["split"] == "shared" and "split noise" in block["explanation"]
    per_seed = seed_independence(per_seed_canaries=True, audit_run="separate", ledger={}, have_refs=True,
                                 per_seed_split=True)
    assert per_seed["split"] == "per_seed" and "includes split noise" in per_seed["explanation"]
    assert _split({"split": used}).startswith("shared: ")


def test_when_variants_used_per_seed_splits_then_summary_and_report_give_each_seeds_rows_per_side():
    from confide.ingest.split import split_summary

    table = _table()
    entries = [variant_entry(variant=Variant(model="m", epsilon=math.inf, seed=s),
                             ledger={}, evaluation={"split": split_used(table, variant_seed=s)}) for s in (0, 1)]
    summary = build_summary(variants=entries, split=split_summary(table), quality={}, anonymization={},
                            provenance={}, data_source="synthetic_notes")
    per_seed = summary["data"]["split_per_seed"]
    assert set(per_seed) == {"0", "1"}
    for s in (0, 1):
        rows = per_seed[str(s)]
        assert rows["train"] == summary["variants"][s]["split"]["rows"]["train"]
        assert f"seed {s}: {rows['train']:,} train / {rows['test']:,} test" in split_sentence(summary["data"])
        assert _split(summary["variants"][s]) == f"seed {s}'s own: {rows['train']:,} / {rows['test']:,}"


@pytest.mark.parametrize("script", ["train_model.py", "train_reference_model.py"])
def test_when_a_variant_job_reads_the_records_then_it_takes_its_own_seeds_split(script):
    # evaluate_model hands the table to assess_variant, which applies split_for_seed itself
    tree = ast.parse((REPO / "scripts" / script).read_text())
    reads = [node for node in ast.walk(tree) if isinstance(node, ast.Call)
             and getattr(node.func, "attr", "") == "read_parquet"
             and ast.unparse(node.args[0]) == "inputs.records"]
    wrapped = [node for node in ast.walk(tree) if isinstance(node, ast.Call)
               and getattr(node.func, "id", "") == "split_for_seed"
               and node.args and node.args[0] in reads and ast.unparse(node.args[1]) == "int(wildcards.seed)"]
    assert len(reads) == 1 and len(wrapped) == 1


def test_when_full_batch_seeds_have_their_own_splits_then_the_note_says_they_differ_by_split():
    from confide.evaluate.assess import seed_note
    from confide.report.html import _audit_notes

    full_batch = {"epsilon_spent": math.inf, "noise_multiplier": 0.0, "sample_rate": 1.0}
    assert "their split" in seed_note(full_batch, per_seed_split=True)
    assert "only by initialisation" in seed_note(full_batch)
    assert seed_note({**full_batch, "sample_rate": 0.5}, per_seed_split=True) is None
    variant = {"name": "m/eps-inf/seed-0", "evaluation": {"seed_note": "full batch"}}
    own = " ".join(_audit_notes([{**variant, "split": {"source": "per_seed"}}]))
    shared = " ".join(_audit_notes([{**variant, "split": {"source": "shared"}}]))
    assert "their own split" in own and "near copies, not independent" not in own
    assert "near copies, not independent replicates" in shared
