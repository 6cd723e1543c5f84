import numpy as np
import pytest

from confide.report.audio import plot_spectrogram_pair, render_audio_page, table_rows
from tests.audio.helpers import RATE, vowel


def metrics(eer_ignorant):
    attacker = {"eer": 0.08, "linkability": 0.77, "n_mated": 3, "n_nonmated": 9}
    return {"anonymizer": "x", "speakers": 6, "trial_utterances": 180, "enroll_utterances": 60,
            "log_spectral_distance_db": {"mean": 17.5, "sd": 1.0, "n": 3},
            "attackers": {"original": attacker, "ignorant": {**attacker, "eer": eer_ignorant},
                          "lazy_informed": {**attacker, "eer": 0.19}}}


LEDGER = {"privacy_unit": "record", "unit_name": "utterance", "n_persons": 4, "n_records": 640, "min_speakers": 50,
          "privacy_unit_text": "(1, 0.00016)-DP for each record: a person with k records is protected at about k x 1 "
                               "(640 records of 4 persons)", "sample_rate": 0.1, "steps": 200}
UTILITY = [{"epsilon": 1.0, "seed": 0, "accuracy": 0.4, "membership_auc": 0.5, "delta": 1e-4, "epsilon_spent": 0.99,
            **LEDGER},
           {"epsilon": "inf", "seed": 0, "accuracy": 0.8, "membership_auc": 0.6, "delta": 1e-4, "epsilon_spent": None,
            **LEDGER}]


def test_when_rendered_then_the_table_has_original_first_and_one_row_per_anonymizer():
    epsilons, rows = table_rows({"mcadams": metrics(0.32)}, {"original": UTILITY, "mcadams": UTILITY})
    assert epsilons == ["1", "∞"]
    assert [r["name"] for r in rows] == ["original (no anonymization)", "mcadams"]
    assert rows[1]["eer_ignorant"] == "0.320" and rows[1]["accuracy"] == ["0.400", "0.800"]


def test_when_the_report_is_written_then_it_holds_figures_as_png_and_no_audio(tmp_path):
    figure = plot_spectrogram_pair(vowel(seconds=0.5), vowel(formants_hz=(600.0, 1800.0), seconds=0.5),
                                   sample_rate=RATE, title="mcadams", path=tmp_path / "pair.png")
    assert figure.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    html = render_audio_page(privacy={"mcadams": metrics(0.32)}, utility={"original": UTILITY, "mcadams": UTILITY},
                             figures={"spectrogram <pair>": figure})
    assert "data:image/png;base64," in html and "spectrogram &lt;pair&gt;" in html
    assert "audio/wav" not in html and "<audio" not in html
    assert np.isfinite(float(html.split("<td>mcadams</td><td>")[1].split("<")[0]))


def test_when_dp_protects_utterances_of_few_speakers_then_the_report_says_so_plainly(tmp_path):
    html = render_audio_page(privacy={"mcadams": metrics(0.32)}, utility={"original": UTILITY, "mcadams": UTILITY},
                             figures={})
    assert "one utterance, not a speaker" in html
    assert "With 4 training speakers, speaker-level DP cannot carry a meaningful guarantee" in html
    assert "(640 records of 4 persons)" in html  # the ledger's own sentence


def test_when_a_reference_condition_is_reported_then_it_is_labelled_easy_to_invert():
    _, rows = table_rows({"mcadams": metrics(0.3), "pitch_shift": metrics(0.2)}, {"mcadams": UTILITY})
    assert [r["name"] for r in rows][1:] == ["mcadams", "pitch_shift (reference, easy to invert)"]


def test_when_tracked_then_runs_carry_the_privacy_unit_and_the_baseline_and_reference_warnings():
    from confide.audio.tracking import runs_from_audio_summary

    children, tags, headline = runs_from_audio_summary(
        {"privacy": {"mcadams": metrics(0.32), "pitch_shift": metrics(0.2)}, "utility": {"mcadams": UTILITY}},
        key_fingerprint="abc")
    assert tags["confide.modality"] == "audio" and tags["confide.privacy_unit"] == "record"
    by_name = {c.name: c for c in children}
    assert by_name["mcadams/eps-inf/seed-0"].tags["confide.private"] == "false"
    assert "confide.warning" in by_name["mcadams/eps-inf/seed-0"].tags
    private = by_name["mcadams/eps-1/seed-0"]
    assert private.tags["confide.private"] == "true" and private.tags["confide.privacy_unit"] == "record"
    assert "for each record" in private.params["privacy_unit_text"] and private.metrics["n_persons"] == 4
    assert "easy to invert" in by_name["privacy/pitch_shift"].tags["confide.warning"]
    assert "confide.warning" not in by_name["privacy/mcadams"].tags
    assert headline["eer.mcadams.ignorant"] == 0.32


def test_when_a_pitch_shift_anonymizer_is_created_then_it_warns_and_mcadams_does_not():
    import warnings

    from confide.audio.anonymizers import create_anonymizer

    with pytest.warns(UserWarning, match="reference condition"):
        create_anonymizer("pitch_shift", options={}, key=b"k" * 32)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        anonymizer = create_anonymizer("mcadams", options={}, key=b"secret-key" * 4)
    assert "secret-key" not in repr(anonymizer) and "key" not in repr(anonymizer)


AUDIT = {"reference_models": 4, "n_members": 512, "n_nonmembers": 128, "headline_attack": "rmia_online",
         "headline_note": None, "auc": 0.61, "tpr_at_fpr": {"0.01": 0.04, "0.05": 0.12, "0.001": None},
         "tpr_interval": {"0.01": {"tpr": 0.04, "ci_low": 0.01, "ci_high": 0.09},
                          "0.05": {"tpr": 0.12, "ci_low": 0.06, "ci_high": 0.2}},
         "unresolved_fpr_points": [0.001], "attacks": {"rmia_online": {"auc": 0.61, "epsilon_lower_bound": 0.4},
                                                       "lira_online": {"auc": 0.6, "epsilon_lower_bound": 0.3}},
         "skipped": {}, "eps_hat": 0.4, "eps_hat_ceiling": 2.9, "can_detect_violation": None,
         "audit_violation": False, "confidence": 0.95, "membership_unit": "utterance", "dp_unit": "utterance"}


def test_when_runs_carry_a_membership_audit_then_report_and_mlflow_show_tpr_interval_and_eps_hat():
    from confide.audio.tracking import runs_from_audio_summary

    utility = [{**row, "membership_audit": AUDIT} for row in UTILITY]
    html = render_audio_page(privacy={"mcadams": metrics(0.32)}, utility={"original": utility, "mcadams": utility},
                             figures={})
    assert "Membership-inference audit" in html and "rmia_online" in html
    assert "0.040 @ 0.01 [0.010, 0.090]" in html  # the lowest resolvable FPR, with its interval
    assert "0.40 (2.90)" in html and "512 / 128" in html
    children, _, _ = runs_from_audio_summary({"privacy": {"mcadams": metrics(0.32)}, "utility": {"mcadams": utility}},
                                             key_fingerprint="abc")
    run = {c.name: c for c in children}["mcadams/eps-1/seed-0"]
    assert run.metrics["audit.eps_hat"] == 0.4 and run.metrics["audit.eps_hat_ceiling"] == 2.9
    assert run.metrics["audit.tpr_at_fpr.0.01.ci_high"] == 0.09 and "audit.tpr_at_fpr.0.001" not in run.metrics
    assert run.metrics["audit.lira_online.auc"] == 0.6


def test_when_no_run_was_audited_then_the_report_has_no_audit_table():
    html = render_audio_page(privacy={"mcadams": metrics(0.32)}, utility={"original": UTILITY, "mcadams": UTILITY},
                             figures={})
    assert "Membership-inference audit" not in html


def test_when_vtln_is_created_then_it_warns_that_it_destroys_the_content_and_mcadams_pitch_does_not():
    import warnings

    from confide.audio.anonymizers import create_anonymizer

    with pytest.warns(UserWarning, match="study only: it destroys the spoken content"):
        create_anonymizer("vtln", options={}, key=b"k" * 32)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a keyed cascade that keeps the content: no warning
        create_anonymizer("mcadams_pitch", options={}, key=b"k" * 32)


def test_when_vtln_is_reported_then_its_rows_and_mlflow_run_are_labelled_study_only():
    from confide.audio.tracking import runs_from_audio_summary

    utility = [{**row, "membership_audit": AUDIT} for row in UTILITY]
    privacy = {"mcadams": metrics(0.3), "vtln": metrics(0.4)}
    _, rows = table_rows(privacy, {"vtln": UTILITY})
    assert [r["name"] for r in rows][1:] == ["mcadams", "vtln (study only, destroys the content)"]
    html = render_audio_page(privacy=privacy, utility={"original": utility, "vtln": utility}, figures={})
    assert "Study only, not for use:</strong>\nvtln" in html
    assert html.count("<td>vtln (study only, destroys the content) (seed 0)</td>") == 2  # the audit table's rows
    children, _, _ = runs_from_audio_summary({"privacy": privacy, "utility": {"vtln": UTILITY}}, key_fingerprint="a")
    by_name = {c.name: c for c in children}
    assert "destroys the spoken content" in by_name["privacy/vtln"].tags["confide.warning"]
    assert "confide.warning" not in by_name["privacy/mcadams"].tags


def test_when_the_audit_used_few_reference_models_then_the_report_says_so_and_names_the_sizes():
    few = {**AUDIT, "weak_k": True, "references": [{"n_records": 640, "delta": 1e-4}] * 4}
    enough = {**AUDIT, "reference_models": 16, "weak_k": False, "references": [{"n_records": 640}] * 16}
    page = {k: [{**row, "membership_audit": a} for row in UTILITY] for k, a in (("original", few), ("mcadams", few))}
    html = render_audio_page(privacy={"mcadams": metrics(0.32)}, utility=page, figures={})
    assert "Few reference models:</strong> K = 4 is below\n16" in html and "(640 utterances)" in html
    assert "(&epsilon;&#770;, &delta;)-DP" in html
    page = {k: [{**row, "membership_audit": enough} for row in UTILITY] for k in ("original", "mcadams")}
    assert "Few reference models" not in render_audio_page(privacy={"mcadams": metrics(0.32)}, utility=page,
                                                            figures={})
