from __future__ import annotations

import pytest

from confide.registry import Registry


def test_when_a_name_is_registered_twice_then_it_is_refused_unless_forced() -> None:
    models: Registry[int] = Registry("model")
    models.add("a", 1)
    with pytest.raises(ValueError, match="model 'a' is already registered"):
        models.add("a", 2)
    assert models.get("a") == 1
    models.add("a", 3, force=True)
    assert models.get("a") == 3


def test_when_a_name_is_unknown_then_the_registry_error_lists_the_known_names() -> None:
    attacks: Registry[str] = Registry("attack", error=LookupError)
    attacks.register("rmia")("fn")
    with pytest.raises(LookupError, match=r"unknown attack 'lira'; known: rmia"):
        attacks.get("lira")
    assert "rmia" in attacks and list(attacks) == ["rmia"] and len(attacks) == 1
