"""Every plug-in registry of the package behaves as `confide.registry.Registry`: a built-in name
registered again is refused unless ``force=True``, and an unknown name raises the stage's error."""

from __future__ import annotations

import dataclasses
import importlib
from collections.abc import Callable
from typing import Any

import pytest


def _decorator(register: Callable[..., Any]) -> Callable[[str, Any, bool], Any]:
    return lambda name, entry, force: register(name, force=force)(entry)


def _case(kind: str) -> tuple[Any, str, Callable[[str, Any, bool], Any], Any, Callable[[str], Any]]:
    """(registry table, a built-in name, register(name, entry, force), a new entry, lookup by name)."""
    if kind == "recognizer":
        from confide.anonymize import recognizers

        importlib.import_module("confide.anonymize.recognizers.place_gazetteer")
        return (recognizers._FACTORIES, "place_gazetteer", _decorator(recognizers.register_recognizer),
                lambda spec: None, recognizers._FACTORIES.get)
    if kind == "validator":
        from confide.anonymize.recognizers import base

        return (base._VALIDATORS, "has_digit", _decorator(base.register_validator),
                lambda value, params: True, base.get_validator)
    if kind == "operator":
        from confide.anonymize import operators

        return (operators._OPERATORS, "mask", _decorator(operators.register_operator),
                lambda value, ctx: "", operators.get_operator)
    if kind == "anonymizer":
        from confide.audio import anonymizers

        anonymizers.known_anonymizers()
        return (anonymizers._REGISTRY, "mcadams", _decorator(anonymizers.register_anonymizer),
                lambda **options: None, anonymizers._REGISTRY.get)
    if kind == "synthesizer":
        from confide.synthesize import registry

        return (registry._REGISTRY, "tvae", lambda name, entry, force: registry.register_synthesizer(
            name, entry, force=force), lambda config: None, registry._REGISTRY.get)
    if kind == "embedding generator":
        from confide.synthesize import embedding

        def register(name: str, entry: Any, force: bool) -> None:
            embedding.register_embedding_generator(name, covariance=entry.covariance, private=entry.private,
                                                   force=force)

        new = dataclasses.replace(embedding.create_embedding_generator("gaussian"), covariance="diag")
        return embedding._GENERATORS, "gaussian", register, new, embedding.create_embedding_generator
    from confide.train import models

    new = dataclasses.replace(models.get_model_spec("tabular_mlp"), fast_mode="hooks")
    return (models.MODEL_REGISTRY, "tabular_mlp", lambda name, entry, force: models.register_model(
        entry, force=force), new, models.get_model_spec)


KINDS = ["recognizer", "validator", "operator", "anonymizer", "synthesizer", "embedding generator", "model"]


@pytest.mark.parametrize("kind", KINDS)
def test_when_a_builtin_name_is_registered_again_then_it_is_refused_unless_forced(kind: str) -> None:
    table, name, register, new, lookup = _case(kind)
    original = table.get(name)
    with pytest.raises(ValueError, match=f"{name!r} is already registered"):
        register(name, new, False)
    assert lookup(name) is original  # the refused entry did not replace the built-in
    try:
        register(name, new, True)
        assert lookup(name) == new and lookup(name) is not original
    finally:
        table.add(name, original, force=True)
    assert lookup(name) is original


@pytest.mark.parametrize("kind", KINDS)
def test_when_a_name_is_unknown_then_the_lookup_raises_value_error_listing_the_known(kind: str) -> None:
    table, name, _, _, lookup = _case(kind)
    with pytest.raises(ValueError, match=f"unknown .*'no_such_plugin'; known: .*{name}"):
        lookup("no_such_plugin")


def test_when_a_recognizer_factory_takes_a_builtin_type_name_then_it_is_refused_even_forced() -> None:
    from confide.anonymize.recognizers import register_recognizer

    with pytest.raises(ValueError, match="'phone_number' is built in"):
        register_recognizer("phone_number", force=True)
