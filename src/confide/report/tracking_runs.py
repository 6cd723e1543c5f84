"""Turn `reports/summary.json` into MLflow child runs: one per stage, one per trained variant."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from confide.tracking import RunRecord

STAGES = ("data", "data_quality", "anonymization", "synthetic")


def runs_from_summary(summary: Mapping[str, Any]) -> tuple[list[RunRecord], dict[str, str]]:
    """Child runs and the tags every run carries (provenance incl. key fingerprint, privacy warnings)."""
    provenance = summary.get("provenance", {})
    tags = {
        "confide.git_commit": str(provenance.get("git_commit", "unknown")),
        "confide.data_hash": str(provenance.get("data_hash", "unknown")),
        "confide.key_fingerprint": str(provenance.get("key_fingerprint", "unknown")),
        **{f"confide.version.{k}": str(v)
           for k, v in provenance.get("package_versions", {}).items()},
    }
    children = [RunRecord(name=f"stage/{stage}", metrics=summary[stage], tags={"confide.stage": stage})
                for stage in STAGES if isinstance(summary.get(stage), Mapping)]
    for variant in summary.get("variants", []):
        private = variant.get("epsilon_target") not in (None, "inf")
        ledger = variant.get("ledger", {})
        children.append(RunRecord(
            name=f"variant/{variant['name']}",
            params={"model": variant["model"], "seed": variant["seed"],
                    "epsilon_target": variant["epsilon_target"], **{
                        f"ledger.{k}": v for k, v in ledger.items()}},
            metrics={k: v for k, v in variant.items()
                     if k not in ("name", "model", "seed", "ledger", "epsilon_target")},
            tags={"confide.stage": "train", "confide.private": str(private).lower(),
                  **({} if private else {"confide.warning": "non-private baseline: no DP guarantee"})},
        ))
    return children, tags
