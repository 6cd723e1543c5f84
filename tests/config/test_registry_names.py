"""Names of plug-ins in params.yaml are checked against their registries, not a copy in the schema:
a registered plug-in can be chosen, an unknown name fails with its key path and the known names."""

from __future__ import annotations

import re
from collections.abc import Iterator

import numpy as np
import pytest

from confide.config import validate_params
from confide.errors import ConfigError


@pytest.fixture
def own_plugins() -> Iterator[None]:
    """An attack, an embedding generator and a voice anonymizer registered for one test only."""
    from confide.audio import anonymizers
    from confide.audit import attacks
    from confide.synthesize import embedding

    anonymizers.known_anonymizers()
    attacks.register_attack("own_attack", lambda *, target_p_true, **_: np.asarray(target_p_true),
                            needs_reference=False)
    embedding.register_embedding_generator("own_generator", covariance="diag", private=True)
    anonymizers.register_anonymizer("own_anonymizer")(lambda **options: None)
    try:
        yield
    finally:
        attacks.ATTACKS._entries.pop("own_attack")
        embedding._GENERATORS._entries.pop("own_generator")
        anonymizers._REGISTRY._entries.pop("own_anonymizer")


CHOICES = {
    "evaluate": {"membership": {"attacks": ["threshold", "{attack}"], "headline_attack": "{attack}"},
                 "canaries": {"score": "{attack}"}},
    "audio": {"anonymizers": ["mcadams", "{anonymizer}"],
              "audit": {"attacks": ["{attack}"], "headline_attack": "{attack}"}},
    "synthesize": {"embedding": {"generator": "{generator}"}},
}
KEYS = ["evaluate.membership.attacks[1]", "evaluate.membership.headline_attack", "evaluate.canaries.score",
        "audio.anonymizers[1]", "audio.audit.attacks[0]", "audio.audit.headline_attack",
        "synthesize.embedding.generator"]


def _params(**names: str) -> dict:
    def fill(node: object) -> object:
        if isinstance(node, dict):
            return {k: fill(v) for k, v in node.items()}
        if isinstance(node, list):
            return [fill(v) for v in node]
        return node.format(**names) if isinstance(node, str) else node

    return {"data": {}, **fill(CHOICES)}


def test_when_params_name_a_registered_plugin_then_it_can_be_chosen(own_plugins: None) -> None:
    params = validate_params(_params(attack="own_attack", generator="own_generator", anonymizer="own_anonymizer"))
    assert params["evaluate"]["membership"]["headline_attack"] == "own_attack"
    assert params["synthesize"]["embedding"]["generator"] == "own_generator"
    assert params["audio"]["anonymizers"] == ["mcadams", "own_anonymizer"]


def test_when_params_name_an_unknown_plugin_then_each_key_path_is_named_with_the_known_names() -> None:
    with pytest.raises(ConfigError) as err:
        validate_params(_params(attack="no_attack", generator="no_generator", anonymizer="no_anonymizer"))
    lines = str(err.value).splitlines()[1:]
    assert sorted(line.strip().split(":")[0] for line in lines) == sorted(KEYS)
    for line in lines:
        known = "rmia_online" if "attack" in line else "dp_gaussian" if "generator" in line else "pitch_shift"
        assert re.search(rf"known: .*\b{known}\b", line), line


@pytest.mark.parametrize("reader", ["evaluate", "audio", "synthesize"])
def test_when_a_stage_reads_its_section_then_unknown_names_are_refused_there_too(reader: str) -> None:
    from confide.audio.config import resolve_config as audio
    from confide.evaluate.variant import variant_options as evaluate
    from confide.synthesize.core import read_config as synthesize

    read = {"evaluate": evaluate, "audio": audio, "synthesize": synthesize}[reader]
    section = _params(attack="no_attack", generator="no_generator", anonymizer="no_anonymizer")[reader]
    with pytest.raises(ConfigError, match=rf"{reader}\.\S+: unknown"):
        read(section)
