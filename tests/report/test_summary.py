"""summarize_results builds each variant's row from its ledger: model, ε, seed and data mix are read, never parsed."""

from __future__ import annotations

import json
import math
from pathlib import Path
from types import SimpleNamespace

import pytest

from confide.io import write_json
from confide.report.summary import build_summary, variant_entry

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "summarize_results.py"


def _ledger(model: str, epsilon: float, seed: int, mix: str = "real") -> dict:
    private = math.isfinite(epsilon)
    return {"model": model, "epsilon_target": epsilon, "seed": seed, "data_mix": mix, "private": private,
            "epsilon_spent": 0.9 * epsilon if private else math.inf, "delta": 1e-5 if private else None}


@pytest.mark.parametrize(("ledger", "name", "target"), [
    (_ledger("frozen_encoder", 0.5, 1), "frozen_encoder/eps-0.5/seed-1", 0.5),
    (_ledger("linear_ngrams", math.inf, 0), "linear_ngrams/eps-inf/seed-0", "inf"),
    (_ledger("tabular_mlp", 2.0, 0, "real+synthetic"), "tabular_mlp/eps-2-real+synthetic/seed-0", 2.0),
])
def test_when_a_ledger_is_summarized_then_the_row_names_the_variant_it_records(
    ledger: dict, name: str, target: object, tmp_path: Path
) -> None:
    write_json(ledger, tmp_path / "ledger.json")  # as train_model writes it: inf becomes "inf"
    entry = variant_entry(ledger=json.loads((tmp_path / "ledger.json").read_text()), evaluation={})
    assert (entry["name"], entry["epsilon_target"], entry["data_mix"]) == (name, target, ledger["data_mix"])
    assert (entry["model"], entry["seed"]) == (ledger["model"], ledger["seed"])


def test_when_files_sit_in_folders_that_name_another_variant_then_the_summary_follows_the_ledgers(
    tmp_path: Path,
) -> None:
    """The rule script reads paths only to open them: a metrics/ledger pair in a misleading folder
    still yields the ledger's variant (the old code took model, ε and seed from the folder)."""
    inputs = {"metrics": [], "ledgers": []}
    for n, ledger in enumerate([_ledger("b", 1.0, 1), _ledger("a", math.inf, 0)]):
        folder = tmp_path / "results" / "evaluate" / "zzz" / f"eps-{n + 7}" / "seed-9"
        write_json(ledger, folder / "ledger.json")
        write_json({"utility": {"metrics": {"macro_f1": {"value": 0.5 + n / 10}}}}, folder / "metrics.json")
        inputs["metrics"].append(str(folder / "metrics.json"))
        inputs["ledgers"].append(str(folder / "ledger.json"))
    for name, content in {"split": {"rows": {"train": 8, "test": 2}}, "quality": {"success": True},
                          "anonymization": {}, "anonymize_summary": {}}.items():
        write_json(content, tmp_path / f"{name}.json")
        inputs[name] = str(tmp_path / f"{name}.json")
    snakemake = SimpleNamespace(
        input=_Named(raw=[], **inputs), log=[str(tmp_path / "log")],
        output=SimpleNamespace(summary=str(tmp_path / "summary.json"), frontier=str(tmp_path / "frontier.csv")),
        params=SimpleNamespace(data={"source": "file"}, train={"default_model": "a"}, key_fingerprint="0" * 12))
    exec(compile(SCRIPT.read_text(), str(SCRIPT), "exec"), {"snakemake": snakemake})  # the rule's script as is
    summary = json.loads((tmp_path / "summary.json").read_text())
    assert [v["name"] for v in summary["variants"]] == ["a/eps-inf/seed-0", "b/eps-1/seed-1"]
    assert summary == {**build_summary(
        variants=[variant_entry(ledger=_read(p), evaluation=_read(m))
                  for m, p in zip(inputs["metrics"], inputs["ledgers"], strict=True)],
        split=_input_json(inputs, "split"), quality=_input_json(inputs, "quality"), anonymization={},
        provenance=summary["provenance"], data_source="file", default_model="a"),
        "provenance": summary["provenance"]}


class _Named(SimpleNamespace):
    """Snakemake's named input list, as far as the script uses it."""

    def keys(self) -> list[str]:
        return list(vars(self))


def _read(path: str) -> dict:
    return json.loads(Path(path).read_text())


def _input_json(inputs: dict, name: str) -> dict:
    return _read(inputs[name])
