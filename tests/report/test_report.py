"""Summary rows, frontier table, figures and the HTML page, from hand-built evaluation results."""

from __future__ import annotations

import csv
import math
from pathlib import Path

import pytest

from confide.report.figures import FIGURES, draw_all
from confide.report.html import render_html
from confide.report.summary import build_summary, variant_entry, write_frontier_csv
from confide.variants import Variant, parse_epsilon


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
    return variant_entry(variant=Variant(model=model, epsilon=parse_epsilon(eps), seed=seed),
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
                               "classes": ["a", "b"], "persons_in_both_splits": None, "records": 40,
                               "persons": None}


def test_when_frontier_csv_is_written_then_each_variant_is_one_row(variants, tmp_path: Path) -> None:
    path = tmp_path / "frontier.csv"
    write_frontier_csv(variants, path)
    rows = list(csv.DictReader(path.open()))
    assert len(rows) == len(variants)
    assert {r["epsilon_target"] for r in rows} == {"inf", "8.0", "1.0"}
    assert all(math.isfinite(float(r["macro_f1"])) for r in rows)


@pytest.fixture(scope="module")
def drawn(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The figures of the `variants` sweep, drawn once for the tests that embed them."""
    sweep = [_variant(m, e, s, gap=0.1) for m in ("linear_ngrams", "frozen_encoder")
             for e in ("inf", "8", "1") for s in (1, 0)]
    return draw_all(sweep, tmp_path_factory.mktemp("figures"))


def test_when_figures_are_drawn_then_every_figure_is_a_png(drawn) -> None:
    paths = drawn
    assert set(paths) == set(FIGURES)
    assert all(p.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" for p in paths.values())


def test_when_no_variant_has_subgroups_then_no_empty_chart_is_drawn_and_the_page_says_why(
    variants, tmp_path: Path
) -> None:
    for v in variants:
        v["worst_group_gap"] = None
    paths = draw_all(variants, tmp_path)
    assert "subgroup_gaps" not in paths and set(paths) == set(FIGURES) - {"subgroup_gaps"}
    page = render_html(_summary(variants), figures=paths, params_text="")
    assert "Fairness could not be assessed" in page and page.count("data:image/png;base64,") == len(paths)


def test_when_the_page_is_rendered_then_it_is_self_contained_and_marks_non_private_rows(
    variants, drawn
) -> None:
    figures = drawn
    provenance = {"git_commit": "abc", "data_hash": "0f", "created": "2026-01-01", "package_versions": {"opacus": "1"}}
    summary = {"data": {"source": "synthetic_notes"}, "provenance": provenance,
               "data_quality": {}, "anonymization": {}, "variants": variants}
    page = render_html(summary, figures=figures, params_text="train: {}")
    assert "<script" not in page.lower() and 'src="http' not in page
    assert page.count("data:image/png;base64,") == len(FIGURES)
    non_private = sum(v["epsilon_target"] == "inf" for v in variants)
    folded = page[page.index("<details><summary>Per-seed rows"):]
    assert folded.count('<tr class="warn">') == non_private and "prv" in page
    assert page.count('<tr class="warn">') == non_private + 2 + 1  # plus a row per model and the box's
    assert "probability 95\u00a0%" in page and "97.5\u00a0%" in page
    assert "ceiling at or below their ε" in page and "too small for a strong one-run audit" in page
    assert "dropped canary rows" in page


def test_when_confidence_is_not_095_then_the_page_states_the_configured_level(tmp_path: Path) -> None:
    variants = [variant_entry(variant=Variant(model="m", epsilon=1.0, seed=0),
                              ledger={"epsilon_spent": 1.0, "delta": 1e-5},
                              evaluation=_evaluation(f1=0.5, tpr_low=0.01, auc=0.6, confidence=0.9))]
    summary = {"data": {"source": "x"}, "provenance": {"package_versions": {}}, "data_quality": {}, "anonymization": {},
               "variants": variants}
    page = render_html(summary, figures={}, params_text="")
    assert "bootstrap 90\u00a0% interval" in page and "probability 90\u00a0%" in page
    assert "each at 95\u00a0%" in page  # each of the two methods spends half of the 10 %


def test_when_held_out_clinical_notes_were_scored_then_the_page_shows_their_table() -> None:
    metric = {"span": {"precision": 0.9, "recall": 0.7, "f2": 0.73, "n_gold": 46}, "token": {"recall": 0.8},
              "leak_rate": 0.2}
    held_out = {"corpus": "i2b2 notes in philter-lite", "per_entity_type": {"PERSON": metric}, "overall": metric}
    base = {"data": {"source": "x"}, "provenance": {"package_versions": {}}, "data_quality": {}, "variants": []}

    without = render_html({**base, "anonymization": {}}, figures={}, params_text="")
    page = render_html({**base, "anonymization": {"held_out_clinical_notes": held_out}}, figures={}, params_text="")

    assert "Held-out clinical notes" not in without
    assert "Held-out clinical notes" in page and "i2b2 notes in philter-lite" in page and "PERSON" in page


def _summary(variants: list[dict], **extra) -> dict:
    provenance = {"git_commit": "abc", "data_hash": "0f", "created": "2026-01-01", "package_versions": {"opacus": "1"}}
    return {"data": {"source": "synthetic_notes", "rows": 40, "classes": ["a", "b"]}, "provenance": provenance,
            "data_quality": {}, "anonymization": {}, "variants": variants, **extra}


def _section(page: str, start: str, end: str) -> str:
    return page[page.index(start):page.index(end, page.index(start))]


def test_when_seeds_are_run_then_the_table_has_one_row_per_model_and_epsilon_with_seeds_folded(
    variants, tmp_path: Path
) -> None:
    page = render_html(_summary(variants, default_model="frozen_encoder"), figures={}, params_text="")
    table = _section(page, "All trained variants", "<details>")
    assert table.count("<tr") - 1 == 6  # 2 models x 3 epsilons, from 12 seed rows
    folded = _section(page, "<details><summary>Per-seed rows (12)", "</details>")
    assert folded.count("<tr") - 1 == 12
    # the mean of the two seeds' macro-F1 (identical here) and the summary box comes first
    assert page.index('id="summary"') < page.index("All trained variants") < page.index("Figures")


def test_when_the_default_model_is_summarized_then_the_box_shows_the_price_of_privacy() -> None:
    rows = [_variant("frozen_encoder", e, s) for e in ("1", "inf") for s in (0, 1)]
    rows += [_variant("linear_ngrams", "1", 0)]
    page = render_html(_summary(rows, default_model="frozen_encoder"), figures={}, params_text="")
    box = _section(page, 'id="summary"', "</section>")
    assert "Summary: frozen_encoder" in box and "linear_ngrams" not in box
    # macro-F1 0.52 at ε = 1 against 0.70 non-private: -0.18 with an interval
    assert "-0.180 [-0.22" in box and "baseline" in box
    assert "0.004 at 1\u00a0%" in box  # the attack TPR at its FPR, on one line
    assert "1\u00a0×\u00a010⁻⁵" in box and "e-05" not in page  # δ for people, never 1e-05


def test_when_the_default_model_was_not_trained_then_the_box_shows_a_trained_model() -> None:
    rows = [_variant("linear_ngrams", e, 0) for e in ("1", "inf")]
    page = render_html(_summary(rows, default_model="frozen_encoder"), figures={}, params_text="")
    box = _section(page, 'id="summary"', "</section>")
    assert "Summary: linear_ngrams" in box and "No variant" not in box and "frozen_encoder" not in box


@pytest.mark.parametrize(("ledger", "expected"), [
    ({"privacy_unit": "person", "n_persons": 138, "n_records": 300, "max_records_per_person": 8,
      "records_dropped_by_cap": 4}, "Each PERSON&#39;s data is protected"),
    ({"privacy_unit": "record", "n_persons": 138, "n_records": 300, "max_records_per_person": None,
      "max_records_of_a_person": 8},
     "Each RECORD is protected, not each person"),
    ({}, "Each RECORD is protected, not each person"),  # a ledger written before the field existed
])
def test_when_the_ledger_names_a_privacy_unit_then_the_box_says_who_is_protected(ledger, expected) -> None:
    rows = [_variant("frozen_encoder", "1", 0), _variant("frozen_encoder", "inf", 0)]
    for row in rows:
        row["ledger"].update(ledger)
    summary = build_summary(variants=rows, split={"rows": {"train": 300, "test": 100}}, quality={},
                            anonymization={}, provenance={}, data_source="x", default_model="frozen_encoder")
    page = render_html(summary, figures={}, params_text="")
    box = _section(page, 'id="summary"', "</section>")
    assert expected in box
    noun = "a person (all of their records together)" if ledger.get("privacy_unit") == "person" else "a record"
    assert f"guesses whether {noun} was in training" in page  # the attack is read at the unit it audits
    assert summary["privacy_unit"]["unit"] == ledger.get("privacy_unit", "record")
    assert summary["data"]["records"] == 400 and summary["data"]["persons"] == ledger.get("n_persons")
    if ledger.get("records_dropped_by_cap"):
        assert "4 records above that cap" in box
    if ledger.get("max_records_of_a_person") and expected.startswith("Each RECORD"):
        assert "8 × ε" in box


def test_when_several_dp_variants_are_released_then_the_box_gives_their_basic_composition() -> None:
    rows = [_variant("frozen_encoder", e, s) for e in ("1", "8", "inf") for s in (0, 1)]
    summary = build_summary(variants=rows, split={}, quality={}, anonymization={}, provenance={},
                            data_source="x", default_model="frozen_encoder")
    assert summary["composition"]["n_private"] == 4
    assert summary["composition"]["epsilon_sum"] == pytest.approx(2 * 0.99 + 2 * 7.92)
    page = render_html(summary, figures={}, params_text="")
    assert "holds for that model alone" in page and "all 4 DP variants" in page
    assert "ε = 17.82" in page and "δ = 4\u00a0×\u00a010⁻⁵" in page and "voids it" in page


def test_when_the_quality_gate_ran_then_its_table_is_in_the_page_with_both_counts() -> None:
    checks = [{"expectation": "expect_column_values_to_not_be_null", "column": "text", "success": True,
               "unexpected_count": 0, "element_count": 400, "example_record_ids": ["r-17"]},
              {"expectation": "expect_column_to_exist", "column": "label", "success": True,
               "unexpected_count": 0, "element_count": 0, "example_record_ids": []},
              {"expectation": "confide_text_not_blank", "column": "text", "success": False,
               "unexpected_count": 3, "element_count": 400, "example_record_ids": ["r-18"]}]
    summary = build_summary(variants=[], split={}, anonymization={}, provenance={}, data_source="x",
                            quality={"success": False, "evaluated": 3, "failed": 1, "checks": checks})
    page = render_html(summary, figures={}, params_text="")
    quality = _section(page, "Data quality", "<h2>Anonymization")
    assert "3 expectations checked, 1 failed:\n2 run by great-expectations" in quality
    assert "1\nConfide checks" in quality and "CDNs" in quality
    assert quality.count("<tr") - 1 == 3 and "FAILED" in quality
    assert "r-17" not in page and "r-18" not in page  # ids never reach the report


def test_when_the_page_is_rendered_then_nothing_is_loaded_from_outside_and_figures_are_embedded(
    variants, drawn
) -> None:
    import re

    figures = drawn
    page = render_html(_summary(variants), figures=figures, params_text="")
    assert not re.search(r"https?://|//cdn|<script|<link|@import|url\(", page, re.IGNORECASE)
    sources = re.findall(r'(?:src|href)="([^"]*)"', page)
    assert sources and all(s.startswith(("data:image/png;base64,", "#")) for s in sources)
    assert page.count('src="data:image/png;base64,') == len(figures) == len(FIGURES)
    assert 'id="how-to-read"' in page and 'href="#how-to-read"' in page
    assert '<meta name="viewport"' in page  # phones get the page at their width
    assert page.count("<table") == page.count('<div class="scroll"><table')  # wide tables scroll, not the page


def test_when_a_group_column_has_one_group_large_enough_then_its_zero_gap_is_not_reported() -> None:
    one = {"n_groups": 2, "n_groups_in_gap": 1, "min_group_size": 10,
           "gaps": {"macro_f1": {"gap": 0.0, "gap_ci_low": 0.0, "gap_ci_high": 0.0}}}
    two = {**one, "n_groups_in_gap": 2, "gaps": {"macro_f1": {"gap": 0.12, "gap_ci_low": 0.02, "gap_ci_high": 0.2}}}
    evaluation = _evaluation(f1=0.5, tpr_low=0.01, auc=0.6)
    alone = variant_entry(variant=Variant(model="m", epsilon=1.0, seed=0), ledger={},
                          evaluation={**evaluation, "groups": {"age": one}})
    both = variant_entry(variant=Variant(model="m", epsilon=1.0, seed=0), ledger={},
                         evaluation={**evaluation, "groups": {"age": one, "gender": two}})
    assert alone["worst_group_gap"] is None and both["worst_group_gap"] == 0.12
    page = render_html(_summary([alone]), figures={}, params_text="")
    assert "Fairness could not be assessed: not on age: 1 group(s) of at least 10 test rows" in page
    page = render_html(_summary([both]), figures={}, params_text="")
    assert "Fairness was assessed on gender" in page and "not on age" in page


def test_when_the_pooled_and_record_level_attacks_ran_then_the_page_reports_both() -> None:
    rows = [_variant("frozen_encoder", "1", 0), _variant("frozen_encoder", "inf", 0)]
    for row, tpr in zip(rows, (0.002, 0.23), strict=True):
        row["evaluation"]["membership_pooled"] = {
            "attack": "rmia_online", "tpr_interval": {"0.001": {"tpr": tpr, "ci_low": tpr / 2, "ci_high": 0.3},
                                                      "0.01": {"tpr": 0.5, "ci_low": 0.4, "ci_high": 0.6}}}
        row["evaluation"]["membership_by_record"] = {"attack": "rmia_online", "auc": 0.55}
    summary = build_summary(variants=rows, split={"rows": {"train": 300, "test": 100}}, quality={},
                            anonymization={}, provenance={}, data_source="x", default_model="frozen_encoder")
    page = render_html(summary, figures={}, params_text="")
    assert "audits the training method" in page
    assert "ε = ∞: 0.230 [0.115, 0.300] at 0.1\u00a0%" in page  # the lowest resolved FPR, not 1 %
    assert "ε = ∞: AUC 0.600 per person vs 0.550 per record" in page
