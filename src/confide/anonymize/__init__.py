"""Anonymization stage: de-identify free text and tabular quasi-identifiers.

Free-text de-identification (Presidio + spaCy + custom recognizers),
keyed pseudonyms, tabular generalization with k-anonymity, and measured detection quality.

Public API (imported lazily so ``import confide.anonymize`` stays cheap):

* :func:`anonymize_records`, :class:`AnonymizationResult`
* :func:`evaluate_detection`
* :func:`anonymize_file`
* :func:`load_pseudonym_key`, :func:`ensure_key_file`
* :func:`resolve_config` (the ``anonymize:`` section reader)
"""

from __future__ import annotations

from confide._lazy import lazy_getattr

_EXPORTS = {
    "anonymize_records": "confide.anonymize.pipeline",
    "anonymize_texts": "confide.anonymize.pipeline",
    "evaluate_detection": "confide.anonymize.pipeline",
    "generalize_quasi_identifiers": "confide.anonymize.pipeline",
    "AnonymizationResult": "confide.anonymize.pipeline",
    "anonymize_file": "confide.anonymize.io",
    "audit_path_for": "confide.anonymize.io",
    "load_pseudonym_key": "confide.anonymize.keys",
    "ensure_key_file": "confide.anonymize.keys",
    "key_fingerprint": "confide.anonymize.keys",
    "resolve_config": "confide.anonymize.config",
    "AnonymizationError": "confide.anonymize.errors",
    "AnonymizeConfigError": "confide.anonymize.errors",
    "PseudonymKeyError": "confide.anonymize.errors",
}

__all__ = sorted(_EXPORTS)

__getattr__ = lazy_getattr(__name__, _EXPORTS)
