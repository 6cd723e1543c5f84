"""Checks of the ``audio:`` params section that its JSON schema cannot express."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from confide.errors import ConfigError


def resolve_config(config: dict[str, Any] | None) -> dict[str, Any]:
    """Check the schema-validated ``audio`` section across keys; list every problem at once.

    Raises:
        ConfigError: naming each key path and the fix.
    """
    config = config or {}
    problems: list[str] = []
    if config.get("source") == "manifest" and not config.get("manifest", {}).get("path"):
        problems.append("audio.manifest.path: required when audio.source is 'manifest'")
    asv = config.get("asv", {})
    if asv and asv.get("enroll_per_speaker", 0) >= asv.get("utterances_per_speaker", 1):
        problems.append("audio.asv.enroll_per_speaker: must be below audio.asv.utterances_per_speaker, "
                        "or no utterance is left to test")
    k = int(config.get("audit", {}).get("reference_models", 0))
    share = float(config.get("split", {}).get("audit_fraction", 0) or 0)
    if k >= 2 and share > 0 and k * share < 1 - 1e-9:
        problems.append(f"audio.audit.reference_models: {k} reference models cannot each train on the target's "
                        f"number of utterances with audio.split.audit_fraction {share:g}; set it to at least "
                        f"{math.ceil(1 / share - 1e-9)} (or 0 for the threshold attack only)")
    for name, options in sorted(config.get("options", {}).items()):
        for low, high in (("alpha_low", "alpha_high"), ("semitones_low", "semitones_high"),
                          ("warp_low", "warp_high")):
            if low in options and high in options and options[low] > options[high]:
                problems.append(f"audio.options.{name}.{low}: above {high}; swap them")
    if problems:
        raise ConfigError("params audio section is invalid:\n" + "\n".join(f"  {p}" for p in problems))
    return config


#: The ``audio`` sub-sections each rule receives, and nothing else: only ``ingest_audio`` sees
#: where the raw recordings live (``fsdd``, ``manifest``); ``source`` is just the word
#: ``fsdd`` or ``manifest``. ``tests/audio/test_boundary.py`` checks this table and the rules.
RULE_SECTIONS: dict[str, tuple[str, ...]] = {
    "ingest_audio": ("source", "fsdd", "manifest", "max_per_speaker", "quality", "split"),
    "anonymize_audio": ("options", "quality"),
    "evaluate_voice_privacy": ("source", "asv", "options", "quality", "report"),
    "featurize_audio": ("features",),
    "train_audio_classifier": ("train", "audit"),
    "evaluate_original_utility": ("features", "quality", "train", "audit"),
    "report_audio": ("source", "anonymizers"),
    "track_audio_runs": ("source", "max_per_speaker", "quality", "split", "anonymizers", "options", "asv",
                         "features", "train", "audit", "report"),
}

#: Sub-sections that name raw-data locations (a path, and the file names under it).
RAW_LOCATIONS = ("fsdd", "manifest")


def rule_params(config: Mapping[str, Any], rule: str) -> dict[str, Any]:
    """The sub-sections of the ``audio`` params that ``rule`` needs (:data:`RULE_SECTIONS`).

    Raises:
        ConfigError: ``rule`` is not an audio rule.
    """
    if rule not in RULE_SECTIONS:
        raise ConfigError(f"no audio params for rule {rule!r}; known: {sorted(RULE_SECTIONS)}")
    return {key: config[key] for key in RULE_SECTIONS[rule] if key in config}
