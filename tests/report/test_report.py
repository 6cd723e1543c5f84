"""Summary rows, frontier table, figures and the HTML page, from hand-built evaluation results."""

from __future__ import annotations

import csv
import math
from pathlib import Path

import pytest

from confide.report.figures import FIGURES, draw_all
from confide.report.html import render_html
from confide.report.summary import build_summary, variant_entry, write_frontier_csv


def _evaluation(*, f1: float, tpr_low: float, auc: float, gap: float | None = None) -> dict:
    attacks = {
        "threshold": {"auc": auc - 0.05, "tpr_at_fpr": {"0.001": tpr_low / 2, "0.01": 0.02},
                      "roc": {"fpr": [0.0, 0.01, 1.0], "tpr": [0.0, 0.02, 1.0]}},
        "lira_online": {"auc": auc, "tpr_at_fpr": {"0.001": tpr_low, "0.01": 0.05},
                        "roc": {"fpr": [0.0, 0.001, 0.01, 1.0], "tpr": [0.0, tpr_low, 0.05, 1.0]}},
    }
    groups = None if gap is None else {"gender": {"gaps": {"macro_f1": {"gap": gap}}}}
    return {
        "utility": {"metrics": {"macro_f1": {"value": f1, "ci_low": f1 - 0.03, "ci_high": f1 + 0.03}}},
        "membership": {"attacks": attacks},
        "privacy": {"eps_hat": 0.1, "audit_violation": False},
        "groups": groups,
        "canary_exposure": {"max_exposure": 2.5},
    }


def _variant(model: str, eps: str, seed: int = 0, *, gap: float | None = None) -> dict:
    private = eps != "inf"
    ledger = {"epsilon_spent": float(eps) * 0.99 if private else "inf", "delta": 1e-5 if private else None,
              "accountant": "prv" if private else None}
    f1 = 0.5 + (0.02 * float(eps) if private else 0.2)
    return variant_entry(name=f"{model}/eps-{eps}/seed-{seed}", model=model, seed=seed, epsilon_label=eps,
                         ledger=ledger, evaluation=_evaluation(f1=f1, tpr_low=0.004, auc=0.6, gap=gap))


@pytest.fixture
def variants() -> list[dict]:
    return [_variant(m, e, s, gap=0.1) for m in ("linear_ngrams", "frozen_encoder")
            for e in ("inf", "8", "1") for s in (1, 0)]


def test_when_a_variant_row_is_built_then_the_strongest_attack_and_its_rates_are_reported() -> None:
    row = _variant("linear_ngrams", "2", gap=0.2)
    assert row["strongest_attack"] == "lira_online"
    assert (row["attack_auc"], row["attack_tpr_at_0.1pct_fpr"], row["attack_tpr_at_1pct_fpr"]) == (0.6, 0.004, 0.05)
    assert row["attack_roc"]["attack"] == "lira_online"
    assert row["epsilon_target"] == 2.0 and row["epsilon_spent"] == pytest.approx(1.98)
    assert row["worst_group_gap"] == 0.2 and row["secret_exposure_max"] == 2.5


def test_when_a_variant_is_non_private_then_its_epsilons_read_inf() -> None:
    row = _variant("frozen_encoder", "inf")
    assert row["epsilon_target"] == "inf" and row["epsilon_spent"] == "inf"


def test_when_summary_is_built_then_variants_sort_by_model_epsilon_seed_with_inf_last(variants) -> None:
    summary = build_summary(variants=variants, split={"rows": {"train": 30, "test": 10},
                                                       "rows_per_class": {"train/a": 15, "train/b": 15}},
                            quality={"success": True, "evaluated": 3, "failed": 0}, anonymization={},
                            provenance={"git_commit": "abc"}, data_source="synthetic_notes")
    order = [(v["model"], str(v["epsilon_target"]), v["seed"]) for v in summary["variants"]]
    assert order[:6] == [("frozen_encoder", "1.0", 0), ("frozen_encoder", "1.0", 1), ("frozen_encoder", "8.0", 0),
                         ("frozen_encoder", "8.0", 1), ("frozen_encoder", "inf", 0), ("frozen_encoder", "inf", 1)]
    assert summary["data"] == {"source": "synthetic_notes", "rows": 40, "train": 30, "test": 10,
                               "classes": ["a", "b"], "persons_in_both_splits": None}


def test_when_frontier_csv_is_written_then_each_variant_is_one_row(variants, tmp_path: Path) -> None:
    path = tmp_path / "frontier.csv"
    write_frontier_csv(variants, path)
    rows = list(csv.DictReader(path.open()))
    assert len(rows) == len(variants)
    assert {r["epsilon_target"] for r in rows} == {"inf", "8.0", "1.0"}
    assert all(math.isfinite(float(r["macro_f1"])) for r in rows)


@pytest.mark.parametrize("gap", [0.1, None])
def test_when_figures_are_drawn_then_every_figure_is_a_png(variants, tmp_path: Path, gap) -> None:
    for v in variants:
        v["worst_group_gap"] = gap  # None: the data had no subgroups; the panel says so
    paths = draw_all(variants, tmp_path)
    assert set(paths) == set(FIGURES)
    assert all(p.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" for p in paths.values())


def test_when_the_page_is_rendered_then_it_is_self_contained_and_marks_non_private_rows(
    variants, tmp_path: Path
) -> None:
    figures = draw_all(variants, tmp_path)
    provenance = {"git_commit": "abc", "data_hash": "0f", "created": "2026-01-01", "package_versions": {"opacus": "1"}}
    summary = {"data": {"source": "synthetic_notes"}, "provenance": provenance,
               "data_quality": {}, "anonymization": {}, "variants": variants}
    page = render_html(summary, figures=figures, params_text="train: {}")
    assert "<script" not in page.lower() and 'src="http' not in page
    assert page.count("data:image/png;base64,") == len(FIGURES)
    non_private = sum(v["epsilon_target"] == "inf" for v in variants)
    assert page.count('<tr class="warn">') == non_private and "prv" in page
