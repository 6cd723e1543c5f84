r"""Recognizer registry: every recognizer is declared by a dict (so YAML can list them).

Spec forms (``type`` picks the factory; ``enabled: false`` skips the entry):

* a built-in type (``street_address``, ``medical_record_number``, ``nhs_number``, ``insurance_id``,
  ``social_handle``, ``age``, ``date``, ``zip_code``, ``coordinates``, ``facility``, ``clinician``,
  ``name_introduction``, ``phone_number``): its module's ``DEFAULT_SPEC`` updated by the other keys;
  ``extra_patterns`` / ``extra_context`` append instead of replacing;
* ``regex``: a fully custom :class:`RegexSpanRecognizer` (``entity_type``, ``patterns``, ...);
* ``presidio``: a Presidio predefined recognizer by ``class_name`` (kwargs passed through);
* ``spacy_ner``: Presidio's ``SpacyRecognizer`` over the NLP engine's entities (``entities``).

Example:
    >>> rec = create_recognizer({"type": "regex", "entity_type": "BADGE",
    ...                          "patterns": [{"regex": r"BADGE-\d{4}", "score": 0.9}]})
    >>> [(r.start, r.end) for r in rec.analyze("my BADGE-1234 here", [])]
    [(3, 13)]
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from presidio_analyzer import EntityRecognizer

from confide.anonymize.recognizers.base import RegexSpanRecognizer
from confide.registry import Registry

BUILTIN_MODULES = {
    "street_address": "street_address",
    "medical_record_number": "medical_record_number",
    "nhs_number": "nhs_number",
    "insurance_id": "insurance_id",
    "social_handle": "social_handle",
    "age": "age",
    "date": "date",
    "zip_code": "zip_code",
    "coordinates": "coordinates",
    "facility": "facility",
    "clinician": "clinician",
    "name_introduction": "name_introduction",
    "person_context": "person_context",
    "phone_number": "phone_number",
    "url": "url",
    "email_address": "email_address",
    "identifier_number": "identifier_number",
    "organisation_names": "organisation_names",
}
# Modules whose recognizers are classes of their own, registered with @register_recognizer.
FACTORY_MODULES = ("name_dictionary", "place_gazetteer", "spoken_forms", "structured_fields")
Factory = Callable[[Mapping[str, Any]], EntityRecognizer]
_FACTORIES: Registry[Factory] = Registry("recognizer type", error=ValueError)
_REGEX_KEYS = {
    "entity_type",
    "patterns",
    "name",
    "context",
    "context_window",
    "context_after",
    "context_boost",
    "require_context",
    "gate",
    "deny_list",
    "deny_list_score",
    "validators",
    "exclude_before",
    "supported_language",
}


def register_recognizer(type_name: str, *, force: bool = False) -> Callable[[Factory], Factory]:
    """Decorator adding a recognizer factory ``spec -> EntityRecognizer`` under ``type_name``.

    A name already registered is refused unless ``force=True``; a built-in type always is.
    """
    if type_name in BUILTIN_MODULES:
        raise ValueError(f"recognizer type {type_name!r} is built in")
    return _FACTORIES.register(type_name, force=force)


def _import_factories() -> None:
    for module in FACTORY_MODULES:
        importlib.import_module(f"confide.anonymize.recognizers.{module}")


def known_recognizer_types() -> list[str]:
    """All spec ``type`` values accepted by :func:`create_recognizer`."""
    _import_factories()
    return sorted({*BUILTIN_MODULES, *_FACTORIES})


def _import_builtins() -> None:
    """Import every built-in module so the validators they register are available."""
    for module in BUILTIN_MODULES.values():
        importlib.import_module(f"confide.anonymize.recognizers.{module}")


def _regex_from_spec(spec: Mapping[str, Any]) -> RegexSpanRecognizer:
    _import_builtins()
    unknown = set(spec) - _REGEX_KEYS
    if unknown:
        raise ValueError(f"unknown keys {sorted(unknown)}; allowed: {sorted(_REGEX_KEYS)}")
    if "entity_type" not in spec or not spec.get("patterns") and not spec.get("deny_list"):
        raise ValueError("a regex recognizer needs 'entity_type' and 'patterns' (or 'deny_list')")
    return RegexSpanRecognizer(**spec)


def _builtin(type_name: str, overrides: Mapping[str, Any]) -> RegexSpanRecognizer:
    module = importlib.import_module(f"confide.anonymize.recognizers.{BUILTIN_MODULES[type_name]}")
    spec = dict(module.DEFAULT_SPEC)
    extra_patterns = list(overrides.get("extra_patterns", []))
    extra_context = list(overrides.get("extra_context", []))
    spec.update(
        {k: v for k, v in overrides.items() if k not in {"extra_patterns", "extra_context"}}
    )
    spec["patterns"] = [*spec.get("patterns", []), *extra_patterns]
    spec["context"] = [*spec.get("context", []), *extra_context]
    if hasattr(module, "build_spec"):
        spec = module.build_spec(spec)
    return _regex_from_spec(spec)


# Cheap "can this text hold it at all" regexes for Presidio's predefined recognizers: the
# recognizer is skipped on texts the gate does not match (most texts, for most recognizers).
PRESIDIO_GATES = {
    "EmailRecognizer": r"@",
    "PhoneRecognizer": r"\d(?:\D{0,3}\d){6}",
    "UrlRecognizer": r"(?i)[a-z0-9]\.[a-z]{2,}|://|www",
    "CreditCardRecognizer": r"\d{4}",
    "UsSsnRecognizer": r"\d{3}",
    "IpRecognizer": r"\d{1,3}\.\d{1,3}\.|::|[0-9a-fA-F]{1,4}:[0-9a-fA-F]{1,4}:",
    "IbanRecognizer": r"[A-Za-z]{2}\d{2}",
    "DateRecognizer": r"\d",
    "MedicalLicenseRecognizer": r"[A-Za-z]{2}\d",
    "UsItinRecognizer": r"9\d\d",
    "UsPassportRecognizer": r"\d{8}|[A-Z]\d{8}",
}


def _gated(analyze: Callable[..., Any], gate: re.Pattern[str]) -> Callable[..., Any]:
    def run(
        text: str, entities: list[str], nlp_artifacts: Any = None, *args: Any, **kwargs: Any
    ) -> Any:
        if not gate.search(text):
            return []
        return analyze(text, entities, nlp_artifacts, *args, **kwargs)

    return run


def _presidio(spec: Mapping[str, Any]) -> EntityRecognizer:
    from presidio_analyzer import predefined_recognizers

    name = spec.get("class_name")
    cls = getattr(predefined_recognizers, str(name), None)
    if cls is None or not isinstance(cls, type) or not issubclass(cls, EntityRecognizer):
        known = sorted(n for n in dir(predefined_recognizers) if n.endswith("Recognizer"))
        raise ValueError(f"unknown Presidio recognizer {name!r}; known: {known}")
    unknown = set(spec) - {"class_name", "kwargs", "gate"}
    if unknown:
        raise ValueError(
            f"unknown keys {sorted(unknown)}; allowed: ['class_name', 'gate', 'kwargs']"
        )
    recognizer = cls(**dict(spec.get("kwargs", {})))
    gate = spec.get("gate", PRESIDIO_GATES.get(str(name)))
    if gate:
        recognizer.analyze = _gated(recognizer.analyze, re.compile(gate))  # type: ignore[method-assign]
    return recognizer


def _spacy_ner(spec: Mapping[str, Any]) -> EntityRecognizer:
    from presidio_analyzer.predefined_recognizers import SpacyRecognizer

    return SpacyRecognizer(
        supported_entities=list(spec.get("entities", ["PERSON", "LOCATION", "DATE_TIME"])),
        ner_strength=float(spec.get("score", 0.85)),
    )


def create_recognizer(spec: Mapping[str, Any]) -> EntityRecognizer:
    """Build one recognizer from its spec dict; unknown types raise ValueError listing known ones."""
    if not isinstance(spec, Mapping) or "type" not in spec:
        raise ValueError("a recognizer spec must be a mapping with a 'type' key")
    type_name = str(spec["type"])
    rest = {k: v for k, v in spec.items() if k not in {"type", "enabled"}}
    if type_name in BUILTIN_MODULES:
        return _builtin(type_name, rest)
    if type_name == "regex":
        return _regex_from_spec(rest)
    if type_name == "presidio":
        return _presidio(rest)
    if type_name == "spacy_ner":
        return _spacy_ner(rest)
    _import_factories()
    if type_name in _FACTORIES:
        return _FACTORIES.get(type_name)(rest)
    known = sorted({*known_recognizer_types(), "regex", "presidio", "spacy_ner"})
    raise ValueError(f"unknown recognizer type {type_name!r}; known: {known}")


def build_recognizers(specs: Sequence[Mapping[str, Any]], *, key: str = "recognizers") -> list[EntityRecognizer]:
    """Build all enabled recognizers; collects every bad spec (as ``key[i]``) before raising one ValueError."""
    built, problems = [], []
    for i, spec in enumerate(specs):
        if isinstance(spec, Mapping) and spec.get("enabled", True) is False:
            continue
        try:
            built.append(create_recognizer(spec))
        except (ValueError, TypeError, KeyError) as err:
            label = spec.get("type", "?") if isinstance(spec, Mapping) else "?"
            problems.append(f"{key}[{i}] (type {label}): {err}")
    if problems:
        raise ValueError("; ".join(problems))
    return built


__all__ = [
    "RegexSpanRecognizer",
    "build_recognizers",
    "create_recognizer",
    "known_recognizer_types",
    "register_recognizer",
]
