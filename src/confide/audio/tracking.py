"""MLflow runs of the speech branch: one child per anonymizer (privacy) and per trained variant.

Same tree as the text workflow (:func:`confide.tracking.log_workflow`): a parent run, child runs
tagged with their stage, ``confide.private`` and a warning on the non-private baseline. Metrics
only: no audio, no embedding, no speaker name (the summary holds none). Every training run is
tagged ``confide.privacy_unit`` (``record`` = one utterance, ``person`` = one speaker, the text
workflow's words) with the ledger's sentence as a parameter; a reference-only anonymizer
(``pitch_shift``: easy to invert) and a study-only one (``vtln``: destroys the content) are tagged
with a ``confide.warning``. Params are redacted by
:func:`confide.provenance.redact_user_paths`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from confide.audio.anonymizers import is_reference, is_study_only
from confide.tracking import RunRecord
from confide.variants import Variant, parse_epsilon

REFERENCE_WARNING = "reference condition, not an anonymizer: a pitch/formant shift is easy to invert"
STUDY_ONLY_WARNING = "study only, not for use: this anonymizer destroys the spoken content"


def audit_metrics(audit: Mapping[str, Any] | None) -> dict[str, float]:
    """MLflow metrics of one membership audit: headline AUC and TPRs, each attack's AUC, eps_hat and ceiling."""
    if not audit:
        return {}
    out = {"audit.auc": audit["auc"], "audit.eps_hat": audit["eps_hat"],
           "audit.eps_hat_ceiling": audit["eps_hat_ceiling"], "audit.reference_models": audit["reference_models"]}
    for fpr, tpr in audit["tpr_at_fpr"].items():
        if tpr is not None:
            interval = audit["tpr_interval"][fpr]
            out.update({f"audit.tpr_at_fpr.{fpr}": tpr, f"audit.tpr_at_fpr.{fpr}.ci_low": interval["ci_low"],
                        f"audit.tpr_at_fpr.{fpr}.ci_high": interval["ci_high"]})
    out.update({f"audit.{name}.auc": values["auc"] for name, values in audit["attacks"].items()})
    return {k: float(v) for k, v in out.items() if v is not None}


def runs_from_audio_summary(summary: Mapping[str, Any], *, key_fingerprint: str
                            ) -> tuple[list[RunRecord], dict[str, str], dict[str, float]]:
    """Child runs, the tags every run carries, and the parent's headline metrics.

    Headline metrics: each anonymizer's EER and linkability per attacker, and the original
    speech's EER.
    """
    units = sorted({row["privacy_unit"] for rows in summary["utility"].values() for row in rows
                    if row["epsilon"] != "inf" and row.get("privacy_unit")})
    tags = {"confide.modality": "audio", "confide.key_fingerprint": key_fingerprint,
            **({"confide.privacy_unit": ",".join(units)} if units else {})}
    children: list[RunRecord] = []
    headline: dict[str, float] = {}
    for name, metrics in summary["privacy"].items():
        warning = ({"confide.warning": REFERENCE_WARNING} if is_reference(name)
                   else {"confide.warning": STUDY_ONLY_WARNING} if is_study_only(name) else {})
        children.append(RunRecord(name=f"privacy/{name}", params={"anonymizer": name}, metrics=metrics,
                                  tags={"confide.stage": "anonymize", **warning}))
        for attacker, values in metrics["attackers"].items():
            key = "original" if attacker == "original" else f"{name}.{attacker}"
            headline[f"eer.{key}"] = values["eer"]
            headline[f"linkability.{key}"] = values["linkability"]
    for speech, rows in summary["utility"].items():
        for row in rows:
            private = row["epsilon"] != "inf"
            children.append(RunRecord(
                name=Variant(model=speech, epsilon=parse_epsilon(str(row["epsilon"])), seed=row["seed"]).name,
                params={"speech": speech, "epsilon": str(row["epsilon"]), "seed": row["seed"],
                        "delta": row["delta"], "privacy_unit_text": row.get("privacy_unit_text")},
                metrics={**{k: row[k] for k in ("accuracy", "membership_auc", "epsilon_spent", "noise_multiplier",
                                                "n_persons", "n_records", "sample_rate", "steps")
                            if row.get(k) is not None},
                         **audit_metrics(row.get("membership_audit"))},
                tags={"confide.stage": "train", "confide.private": str(private).lower(),
                      **({"confide.privacy_unit": row["privacy_unit"]} if private and row.get("privacy_unit")
                         else {}),
                      **({} if private else {"confide.warning": "non-private baseline: no DP guarantee"})}))
    return children, tags, headline
