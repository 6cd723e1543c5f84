"""Defaults of the ``evaluate:`` section of params.yaml and their JSON schema."""

from __future__ import annotations

from importlib import resources
from typing import Any

DEFAULT_PARAMS: dict[str, Any] = {
    "seed": 0,
    "n_bootstrap": 1000,
    "confidence": 0.95,
    "ece_bins": 15,
    "group_columns": ["gender", "age_band", "community"],
    "min_group_size": 10,
    "fpr_points": [0.001, 0.01, 0.1],
    "max_roc_points": 200,
    "membership": {
        "enabled": True,
        "attacks": ["threshold", "lira_online", "lira_offline", "rmia_online", "rmia_offline"],
        "headline_attack": "rmia_online",
        "reference_models": 16,
        "lira_fix_variance": "auto",
        "rmia_offline_a": 0.33,
        "rmia_gamma": 1.0,
        "selection_fraction": 0.5,
        "unit_score": "mean",
        "pooled_targets": True,
    },
    "canaries": {
        "enabled": True,
        "audit_run": "separate",
        "vary_with_seed": True,
        "score": "rmia_online",
        "one_run_m": 1000,
        "guesses": [[100, 0], [50, 50]],
        "exposure_n": 10,
        "exposure_alternatives": 10000,
        "n_digits": 9,
    },
    "attribute_inference": {
        "enabled": True,
        "attributes": ["gender", "age_band"],
        "n_splits": 5,
    },
}


def schema_text() -> str:
    """Return the JSON schema (YAML text) of the ``evaluate:`` section."""
    return resources.files("confide.evaluate").joinpath("params.schema.yaml").read_text("utf-8")


def variant_options(params: dict[str, Any]) -> dict[str, Any]:
    """Map the ``evaluate:`` section to keyword options of :func:`evaluate_variant`."""
    m = params["membership"]
    return {
        "n_bootstrap": params["n_bootstrap"],
        "confidence": params["confidence"],
        "fpr_points": tuple(params["fpr_points"]),
        "max_roc_points": params["max_roc_points"],
        "min_group_size": params["min_group_size"],
        "ece_bins": params["ece_bins"],
        "seed": params["seed"],
        "attacks": tuple(m["attacks"]),
        "selection_fraction": m["selection_fraction"],
        "headline_attack": m["headline_attack"],
        "attack_options": {
            "lira_online": {"fix_variance": m["lira_fix_variance"]},
            "lira_offline": {"fix_variance": m["lira_fix_variance"]},
            "rmia_online": {"gamma": m["rmia_gamma"]},
            "rmia_offline": {"gamma": m["rmia_gamma"], "offline_a": m["rmia_offline_a"]},
        },
        "canary_guesses": tuple(tuple(g) for g in params["canaries"]["guesses"]),
        "attribute_cv_splits": params["attribute_inference"]["n_splits"],
    }
