"""Checks of the ``audio:`` params section that its JSON schema cannot express."""

from __future__ import annotations

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
    per_speaker = config.get("options", {}).get("mcadams_per_speaker", {})
    if per_speaker and per_speaker.get("alpha_low", 0) > per_speaker.get("alpha_high", 1):
        problems.append("audio.options.mcadams_per_speaker.alpha_low: above alpha_high; swap them")
    if problems:
        raise ConfigError("params audio section is invalid:\n" + "\n".join(f"  {p}" for p in problems))
    return config
