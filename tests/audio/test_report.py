import numpy as np

from confide.report.audio import plot_spectrogram_pair, render_audio_page, table_rows
from tests.audio.helpers import RATE, vowel


def metrics(eer_ignorant):
    attacker = {"eer": 0.08, "linkability": 0.77, "n_mated": 3, "n_nonmated": 9}
    return {"anonymizer": "x", "speakers": 6, "trial_utterances": 180, "enroll_utterances": 60,
            "log_spectral_distance_db": {"mean": 17.5, "sd": 1.0, "n": 3},
            "attackers": {"original": attacker, "ignorant": {**attacker, "eer": eer_ignorant},
                          "lazy_informed": {**attacker, "eer": 0.19}}}


UTILITY = [{"epsilon": 1.0, "seed": 0, "accuracy": 0.4, "membership_auc": 0.5, "delta": 1e-4, "epsilon_spent": 0.99},
           {"epsilon": "inf", "seed": 0, "accuracy": 0.8, "membership_auc": 0.6, "delta": 1e-4, "epsilon_spent": None}]


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


def test_when_tracked_then_the_baseline_is_tagged_not_private_and_a_user_manifest_path_is_redacted():
    from confide.audio.tracking import redacted_params, runs_from_audio_summary

    children, tags, headline = runs_from_audio_summary(
        {"privacy": {"mcadams": metrics(0.32)}, "utility": {"mcadams": UTILITY}}, key_fingerprint="abc")
    assert tags["confide.modality"] == "audio"
    by_name = {c.name: c for c in children}
    assert by_name["mcadams/eps-inf/seed-0"].tags["confide.private"] == "false"
    assert "confide.warning" in by_name["mcadams/eps-inf/seed-0"].tags
    assert by_name["mcadams/eps-1/seed-0"].tags["confide.private"] == "true"
    assert headline["eer.mcadams.ignorant"] == 0.32
    params = redacted_params({"manifest": {"path": "data/raw/jane_doe_voice.csv"}, "source": "manifest"})
    assert "jane" not in str(params) and params["manifest"]["path"] == "<user file>"
