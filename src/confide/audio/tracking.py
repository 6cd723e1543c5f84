"""MLflow runs of the speech branch: one child per anonymizer (privacy) and per trained variant.

Same tree as the text workflow (:func:`confide.tracking.log_workflow`): a parent run, child runs
tagged with their stage, ``confide.private`` and a warning on the non-private baseline. Metrics
only: no audio, no embedding, no speaker name (the summary holds none).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from confide.tracking import RunRecord

USER_FILE = "<user file>"


def redacted_params(audio: Mapping[str, Any]) -> dict[str, Any]:
    """The ``audio`` params with a user's manifest path replaced (a file name can identify someone)."""
    out = {**audio, "manifest": dict(audio.get("manifest", {}))}
    if out["manifest"].get("path"):
        out["manifest"]["path"] = USER_FILE
    return out


def runs_from_audio_summary(summary: Mapping[str, Any], *, key_fingerprint: str
                            ) -> tuple[list[RunRecord], dict[str, str], dict[str, float]]:
    """Child runs, the tags every run carries, and the parent's headline metrics.

    Headline metrics: each anonymizer's EER and linkability per attacker, and the original
    speech's EER.
    """
    tags = {"confide.modality": "audio", "confide.key_fingerprint": key_fingerprint}
    children: list[RunRecord] = []
    headline: dict[str, float] = {}
    for name, metrics in summary["privacy"].items():
        children.append(RunRecord(name=f"privacy/{name}", params={"anonymizer": name}, metrics=metrics,
                                  tags={"confide.stage": "anonymize"}))
        for attacker, values in metrics["attackers"].items():
            key = "original" if attacker == "original" else f"{name}.{attacker}"
            headline[f"eer.{key}"] = values["eer"]
            headline[f"linkability.{key}"] = values["linkability"]
    for speech, rows in summary["utility"].items():
        for row in rows:
            private = row["epsilon"] != "inf"
            children.append(RunRecord(
                name=f"{speech}/eps-{row['epsilon']:g}/seed-{row['seed']}" if private
                else f"{speech}/eps-inf/seed-{row['seed']}",
                params={"speech": speech, "epsilon": str(row["epsilon"]), "seed": row["seed"],
                        "delta": row["delta"]},
                metrics={k: row[k] for k in ("accuracy", "membership_auc", "epsilon_spent", "noise_multiplier")
                         if row.get(k) is not None},
                tags={"confide.stage": "train", "confide.private": str(private).lower(),
                      **({} if private else {"confide.warning": "non-private baseline: no DP guarantee"})}))
    return children, tags, headline
