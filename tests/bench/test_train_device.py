"""bench/train_device.py: its summary on hand-made runs, and a --quick CPU run end to end."""

import json

import pytest

from bench.train_device import MODELS, main, summarize


def _run(model, device, private, seconds, f1, used=None):
    return {"model": model, "device_asked": device, "device_used": used or device, "private": private,
            "seconds": seconds, "loop_seconds": seconds - 0.1, "macro_f1": f1}


def test_when_runs_on_both_devices_then_medians_ratio_and_cpu_over_cuda_speedup():
    runs = [_run("m", "cpu", True, s, 0.8) for s in (4.0, 9.0, 5.0)] + [
        _run("m", "cpu", False, 1.0, 0.9), _run("m", "cuda", True, 2.0, 0.7), _run("m", "cuda", False, 0.5, 0.9),
        _run("other", "cpu", True, 100.0, 0.1)]  # fmt: skip
    summary = summarize(runs, models=["m"], devices=["cuda", "cpu"])
    cpu, cuda = summary["m/cpu"], summary["m/cuda"]
    assert cpu["dp_seconds"] == 5.0 and cpu["dp_n"] == 3  # the median, not the mean (6.0)
    assert cpu["ratio_dp_over_nonprivate"] == 5.0 and cuda["ratio_dp_over_nonprivate"] == 4.0
    assert summary["m/speedup_cpu_over_cuda"] == {"dp": 2.5, "nonprivate": 2.0}
    assert cpu["device_reported"] == ["cpu"] and "other/cpu" not in summary


def test_when_a_ledger_names_another_device_then_the_cell_reports_both():
    runs = [_run("m", "cuda", True, 1.0, 0.5, used="cpu"), _run("m", "cuda", False, 1.0, 0.5)]
    summary = summarize(runs, models=["m"], devices=["cuda", "cpu"])
    assert summary["m/cuda"]["device_reported"] == ["cpu", "cuda"]
    assert "m/cpu" not in summary and "m/speedup_cpu_over_cuda" not in summary  # no cpu runs: no speed-up


@pytest.mark.filterwarnings("ignore::UserWarning")
def test_when_quick_run_then_strict_json_has_every_model_on_cpu(tmp_path, capsys):
    out = tmp_path / "train_device.json"
    assert main(["--quick", "--out", str(out)]) == 0
    report = json.loads(out.read_text(), parse_constant=lambda name: pytest.fail(f"{name} in the JSON"))
    assert report["errors"] == [] and report["skipped"] == [] and len(report["runs"]) == 2 * len(MODELS)
    for model in MODELS:
        cell = report["summary"][f"{model}/cpu"]
        assert cell["device_reported"] == ["cpu"] and cell["ratio_dp_over_nonprivate"] > 0
        assert 0.0 <= cell["dp_macro_f1"] <= 1.0 and 0.0 <= cell["nonprivate_macro_f1"] <= 1.0
    assert f"wrote {out}" in capsys.readouterr().out
