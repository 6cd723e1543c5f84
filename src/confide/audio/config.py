"""The ``audio:`` section of params.yaml: its reader and the rules its schema cannot express.

Defaults, types, bounds and enums live in the packaged schema (section ``audio``).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from confide.config import read_section
from confide.errors import ConfigError


def resolve_config(config: Mapping[str, Any] | None) -> dict[str, Any]:
    """The ``audio:`` section with the schema's defaults filled in; every problem listed at once.

    Raises:
        ConfigError: naming each key path and the fix.
    """
    return read_section("audio", config, check=check)


def check(config: Mapping[str, Any]) -> list[str]:
    """The problems of a schema-valid ``audio:`` section across its keys and against its registries."""
    from confide.audio.anonymizers import known_anonymizers
    from confide.audit.attacks import unknown_attacks

    known = known_anonymizers()
    problems = [f"audio.anonymizers[{i}]: unknown anonymizer {name!r}; known: {', '.join(known)}"
                for i, name in enumerate(config["anonymizers"]) if name not in known]
    problems += unknown_attacks("audio.audit.attacks", config["audit"]["attacks"])
    problems += unknown_attacks("audio.audit.headline_attack", config["audit"]["headline_attack"])
    if config["source"] == "manifest" and not config["manifest"]["path"]:
        problems.append("audio.manifest.path: required when audio.source is 'manifest'")
    asv = config["asv"]
    if asv["enroll_per_speaker"] >= asv["utterances_per_speaker"]:
        problems.append("audio.asv.enroll_per_speaker: must be below audio.asv.utterances_per_speaker, "
                        "or no utterance is left to test")
    k = int(config["audit"]["reference_models"])
    share = float(config["split"]["audit_fraction"])
    if k >= 2 and k * share < 1 - 1e-9:
        problems.append(f"audio.audit.reference_models: {k} reference models cannot each train on the target's "
                        f"number of utterances with audio.split.audit_fraction {share:g}; set it to at least "
                        f"{math.ceil(1 / share - 1e-9)} (or 0 for the threshold attack only)")
    for name, options in sorted(config["options"].items()):
        for low, high in (("alpha_low", "alpha_high"), ("semitones_low", "semitones_high"),
                          ("warp_low", "warp_high")):
            if low in options and high in options and options[low] > options[high]:
                problems.append(f"audio.options.{name}.{low}: above {high}; swap them")
    return problems


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
