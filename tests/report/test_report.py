"""Summary rows, frontier table, figures and the HTML page, from hand-built evaluation results."""

from __future__ import annotations

import csv
import math
from pathlib import Path

import pytest

from confide.report.figures import FIGURES, draw_all
from confide.report.html import render_html
from confide.report.summary import build_summary, variant_entry, write_frontier_csv


def _interval(tpr: float) -> dict:
    return {"tpr": tpr, "ci_low": tpr / 2, "ci_high": tpr * 2, "fpr": 0.0}


def _evaluation(*, f1: float, tpr_low: float, auc: float, gap: float | None = None,
                confidence: float = 0.95) -> dict:
    # 593 non-members: 0.1 % FPR is not resolvable; 1 % and 5 % are (5 % is not a default point).
    attacks = {
        "threshold": {"auc": auc + 0.05, "tpr_at_fpr": {"0.001": None, "0.01": 0.2, "0.05": 0.4},
                      "tpr_interval": {"0.01": _interval(0.2), "0.05": _interval(0.4)},
                      "fpr_resolution": 1 / 593,
                      "roc": {"fpr": [0.0, 0.01, 1.0], "tpr": [0.0, 0.02, 1.0]}},
        "rmia_online": {"auc": auc, "tpr_at_fpr": {"0.001": None, "0.01": tpr_low, "0.05": 0.1},
                        "tpr_interval": {"0.01": _interval(tpr_low), "0.05": _interval(0.1)},
                        "fpr_resolution": 1 / 593,
                        "roc": {"fpr": [0.0, 0.001, 0.01, 1.0], "tpr": [0.0, tpr_low, 0.05, 1.0]}},
    }
    groups = None if gap is None else {"gender": {"gaps": {"macro_f1": {"gap": gap, "gap_ci_low": 0.0,
                                                                         "gap_ci_high": gap + 0.1}}}}
    return {
        "utility": {"metrics": {"macro_f1": {"value": f1, "ci_low": f1 - 0.03, "ci_high": f1 + 0.03}}},
        "membership": {"attacks": attacks, "headline_attack": "rmia_online"},
        "privacy": {"eps_hat": 0.1, "audit_violation": False, "confidence": confidence,
                    "confidence_by_method": 1 - (1 - confidence) / 2, "eps_hat_ceiling": 4.7,
                    "can_detect_violation": False},
        "one_run_audit": {"epsilon_lower_bound": 0.3, "ceiling": 3.2, "m": 256, "meaningful": False,
                          "score": "rmia_online", "audit_run": "deployed", "deployed_rows_dropped": 130,
                          "deployed_train_rows": 1235},
        "groups": groups,
        "canary_exposure": {"max_exposure": 2.5, "chance_upper_max_exposure": 7.6, "p_value_max": 0.9},
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


def test_when_a_variant_row_is_built_then_the_headline_attack_not_the_best_one_is_reported() -> None:
    row = _variant("linear_ngrams", "2", gap=0.2)
    # threshold has the higher AUC and TPR here, but rmia_online was named in advance.
    assert row["headline_attack"] == "rmia_online" and row["attack_auc"] == 0.6
    assert row["attack_roc"]["attack"] == "rmia_online"
    assert row["epsilon_target"] == 2.0 and row["epsilon_spent"] == pytest.approx(1.98)
    assert row["worst_group_gap"] == 0.2 and row["worst_group_gap_ci"]["ci_high"] == pytest.approx(0.3)
    assert row["secret_exposure"]["max_exposure"] == 2.5
    assert row["eps_hat_ceiling"] == 4.7 and row["one_run"]["ceiling"] == 3.2


def test_when_fpr_points_are_configured_then_every_one_is_looked_up_and_unresolvable_ones_are_none() -> None:
    row = _variant("linear_ngrams", "2")
    # 0.05 is not a default FPR point: the old hard-coded "0.001"/"0.01" lookup could not see it.
    assert row["attack_tpr_at_fpr"]["0.05"]["tpr"] == 0.1
    assert row["attack_tpr_at_fpr"]["0.001"] is None
    assert row["attack_tpr_low_fpr"]["fpr_point"] == 0.01 and row["attack_tpr_low_fpr"]["tpr"] == 0.004


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
    assert "probability\n95 %" in page and "97.5 %" in page
    assert "ceiling at or below their ε" in page and "too small for a strong one-run audit" in page
    assert "dropped canary rows" in page


def test_when_confidence_is_not_095_then_the_page_states_the_configured_level(tmp_path: Path) -> None:
    variants = [variant_entry(name="m/eps-1/seed-0", model="m", seed=0, epsilon_label="1",
                              ledger={"epsilon_spent": 1.0, "delta": 1e-5},
                              evaluation=_evaluation(f1=0.5, tpr_low=0.01, auc=0.6, confidence=0.9))]
    summary = {"data": {"source": "x"}, "provenance": {"package_versions": {}}, "data_quality": {}, "anonymization": {},
               "variants": variants}
    page = render_html(summary, figures={}, params_text="")
    assert "bootstrap 90 % intervals" in page and "probability\n90 %" in page
    assert "computed at 95 %" in page  # each of the two methods spends half of the 10 %


def test_when_held_out_clinical_notes_were_scored_then_the_page_shows_their_table() -> None:
    metric = {"span": {"precision": 0.9, "recall": 0.7, "f2": 0.73, "n_gold": 46}, "token": {"recall": 0.8},
              "leak_rate": 0.2}
    held_out = {"corpus": "i2b2 notes in philter-lite", "per_entity_type": {"PERSON": metric}, "overall": metric}
    base = {"data": {"source": "x"}, "provenance": {"package_versions": {}}, "data_quality": {}, "variants": []}

    without = render_html({**base, "anonymization": {}}, figures={}, params_text="")
    page = render_html({**base, "anonymization": {"held_out_clinical_notes": held_out}}, figures={}, params_text="")

    assert "Held-out clinical notes" not in without
    assert "Held-out clinical notes" in page and "i2b2 notes in philter-lite" in page and "PERSON" in page
