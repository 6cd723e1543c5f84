"""Front door of the stage: de-identify a records table, and measure detection against gold spans."""

from __future__ import annotations

import warnings
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from confide.anonymize.analyzer import Progress, TextAnalyzer, detect_spans
from confide.anonymize.columns import plan_columns, pseudonymize_record_ids
from confide.anonymize.config import resolve_config
from confide.anonymize.errors import AnonymizationError
from confide.anonymize.evaluate import detection_metrics
from confide.anonymize.nlp import may_hold_names
from confide.anonymize.operators import apply_operators
from confide.anonymize.pseudonym import date_shift_days, group_pseudonym, salted_hash
from confide.anonymize.spans import Span
from confide.anonymize.tabular import (
    age_hierarchy,
    date_hierarchy,
    enforce_k,
    k_anonymity,
    l_diversity,
    normalize_gender,
    zip_hierarchy,
)


@dataclass
class AnonymizationResult:
    """Output of :func:`anonymize_records`.

    Attributes:
        records: same columns as the input; text de-identified, group ids pseudonymized,
            quasi-identifiers generalized, rows below k suppressed (masked or dropped per config).
        audit: one dict per replacement: record_id, entity_type, start, end (offsets into the
            original text), operator, recognizer, salted hash of the value. Never the value.
        summary: numbers only (counts per entity type, k-anonymity, l-diversity, suppression).
    """

    records: pd.DataFrame
    audit: list[dict[str, Any]] = field(default_factory=list)
    summary: dict[str, Any] = field(default_factory=dict)


def _is_missing(value: object) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and value != value)


def _person_keys(records: pd.DataFrame, cfg: Mapping[str, Any]) -> list[str]:
    """The person each record belongs to: ``group_id`` when present, else the record itself."""
    group_col = cfg["group_column"]
    ids = (
        records["record_id"].astype(str).tolist()
        if "record_id" in records.columns
        else [str(i) for i in records.index]
    )
    if group_col not in records.columns:
        return [f"record:{r}" for r in ids]
    return [
        f"record:{r}" if _is_missing(g) else f"group:{g}"
        for g, r in zip(records[group_col].tolist(), ids, strict=False)
    ]


def anonymize_texts(
    records: pd.DataFrame,
    *,
    config: Mapping[str, Any],
    key: bytes,
    analyzer: TextAnalyzer | None = None,
    progress: Progress | None = None,
) -> tuple[list[str], list[list[Span]], list[dict[str, Any]]]:
    """De-identify the text column of ``records`` (config already resolved).

    ``progress(done, total)`` is called as chunks of texts are done.

    Returns:
        new texts, the spans found per record (offsets into the original texts), the audit.
    """
    text_col, group_col = config["text_column"], config["group_column"]
    if text_col not in records.columns:
        raise AnonymizationError(
            f"records have no text column {text_col!r}; columns: {list(records.columns)}"
        )
    texts = ["" if _is_missing(t) else str(t) for t in records[text_col].tolist()]
    authors = records[group_col].tolist() if group_col in records.columns else [None] * len(texts)
    if analyzer is None:
        analyzer = TextAnalyzer(config, authors=[a for a in set(authors) if not _is_missing(a)])
    spans = detect_spans(
        texts,
        authors,
        analyzer=analyzer,
        n_process=int(config["n_process"]),
        chunk_size=int(config["chunk_size"]),
        progress=progress,
    )
    record_ids = (
        records["record_id"].astype(str).tolist()
        if "record_id" in records.columns
        else [str(i) for i in records.index]
    )
    persons = _person_keys(records, config)
    max_days = int(config["date_shift"]["max_days"])
    operators = config["operators"]
    new_texts, audit = [], []
    for text, found, rid, person in zip(texts, spans, record_ids, persons, strict=False):
        shift = date_shift_days(person, key=key, max_days=max_days)
        new_texts.append(
            apply_operators(
                text, found, operators=operators, key=key, group_id=person, date_shift_days=shift
            )
        )
        for span in found:
            audit.append(
                {
                    "record_id": rid,
                    "entity_type": span.entity_type,
                    "start": span.start,
                    "end": span.end,
                    "operator": str(
                        operators.get(span.entity_type, operators.get("DEFAULT", {})).get(
                            "operator", "tag"
                        )
                    ),
                    "recognizer": span.source,
                    "value_hash": salted_hash(text[span.start : span.end], key=key),
                }
            )
    return new_texts, spans, audit


def _quasi_identifiers(records: pd.DataFrame, tab: Mapping[str, Any]) -> dict[str, str]:
    """Role -> column for the declared quasi-identifiers that exist in ``records``."""
    roles = {}
    for role in tab["quasi_identifiers"]:
        column = tab.get(f"{role}_column", role)
        if column in records.columns:
            roles[role] = column
    return roles


def generalize_quasi_identifiers(
    records: pd.DataFrame, *, config: Mapping[str, Any]
) -> tuple[pd.DataFrame, dict[str, Any]]:
    """Generalize age/zip/date/gender columns that exist, then enforce k (config resolved)."""
    tab = config["tabular"]
    roles = _quasi_identifiers(records, tab)
    out = records.copy()
    hierarchies: dict[str, list[pd.Series]] = {}
    for role, column in roles.items():
        raw = records[column]
        if role == "age":
            levels = age_hierarchy(raw, edges=tab["age_band_edges"])
        elif role == "zip":
            levels = zip_hierarchy(
                raw, digits=int(tab["zip_digits"]), restricted=tab["restricted_zip3"]
            )
        elif role == "date":
            levels = date_hierarchy(raw, granularity=tab["date_granularity"])
        else:  # gender: resolve_config refuses any role without a generalization
            g = normalize_gender(raw)
            levels = [g, g.map(lambda v: v if v is pd.NA else "*").astype("object")]
        hierarchies[column] = levels
        out[column] = levels[0].to_numpy()
    columns = list(hierarchies)
    k_before = k_anonymity(out, columns)
    out, report = enforce_k(
        out,
        hierarchies=hierarchies,
        k=int(tab["k"]),
        strategy=tab["strategy"],
        suppression=tab["suppression"],
        max_suppressed_fraction=float(tab["max_suppressed_fraction"]),
    )
    sensitive = tab["sensitive_column"]
    summary = {
        "quasi_identifiers": columns,
        "k_target": int(tab["k"]),
        "k_anonymity_after_generalization": k_before,
        "k_anonymity": k_anonymity(out, columns) if columns else len(out),
        "l_diversity": l_diversity(out, columns, sensitive) if sensitive in out.columns else None,
        "l_target": int(tab["l"]),
        "rows_suppressed": report["rows_suppressed"],
        "rows_dropped": report["rows_dropped"],
        "generalization_levels": report["generalization_levels"],
    }
    if summary["l_diversity"] is not None and summary["l_diversity"] < int(tab["l"]):
        warnings.warn(
            f"l-diversity of {sensitive!r} is {summary['l_diversity']} < {tab['l']}: "
            "some equivalence classes reveal the label",
            UserWarning,
            stacklevel=2,
        )
    return out, summary


def anonymize_records(
    records: pd.DataFrame,
    *,
    config: Mapping[str, Any],
    key: bytes,
    progress: Progress | None = None,
    analyzer: TextAnalyzer | None = None,
) -> AnonymizationResult:
    """De-identify a records table (see ``docs/contracts.md``); every column is accounted for.

    ``record_id`` and ``group_id``: keyed pseudonyms (the audit's ``record_id`` is the same
    pseudonym, so the two join). Free text: identifiers detected and replaced per entity type.
    Quasi-identifier columns that exist (age, zip, date, gender): generalized, then k enforced.
    Every other column by its ``anonymize.columns`` policy (text | safe | drop); an undeclared
    column holding text is refused before any work is done (:mod:`confide.anonymize.columns`).

    Args:
        records: at least ``record_id`` and the text column.
        config: the ``anonymize`` section of params.yaml (partial: the schema's defaults fill the rest).
        key: the secret pseudonym key (:func:`load_pseudonym_key`).
        progress: called with (texts done, total) while the text column is analysed.
        analyzer: what finds the spans; default a :class:`TextAnalyzer` built over every author
            of ``records`` (the sharded workflow passes the spans its shard jobs found).

    Raises:
        AnonymizationError: a column without a policy holds text, or the key is too short.
    """
    cfg = resolve_config(config)
    if not isinstance(key, bytes) or len(key) < 16:
        raise AnonymizationError(
            "the pseudonym key must be at least 16 bytes (see load_pseudonym_key)"
        )
    plan = plan_columns(records, config=cfg)
    out = records.copy()
    summary: dict[str, Any] = {
        "records_in": int(len(records)),
        "text_anonymized": bool(cfg["enabled"]),
        "columns": plan.summary(),
    }
    audit: list[dict[str, Any]] = []
    if cfg["enabled"]:
        group_col = cfg["group_column"]
        if analyzer is None:
            authors = records[group_col].tolist() if group_col in records.columns else []
            analyzer = TextAnalyzer(cfg, authors=[a for a in set(authors) if not _is_missing(a)])
        texts, spans, audit = anonymize_texts(
            records, config=cfg, key=key, analyzer=analyzer, progress=progress
        )
        out[cfg["text_column"]] = texts
        audit = [{**a, "column": cfg["text_column"]} for a in audit]
        counts = Counter(a["entity_type"] for a in audit)
        summary.update(
            {
                "entities_replaced": int(sum(counts.values())),
                "entities_per_type": dict(sorted(counts.items())),
                "records_with_identifiers": int(sum(1 for s in spans if s)),
                "records_ner_skipped": int(
                    sum(
                        1
                        for t in records[cfg["text_column"]].fillna("").astype(str)
                        if not may_hold_names(t)
                    )
                ),
            }
        )
        column_audit = _anonymize_text_columns(records, out, plan.text, cfg=cfg, key=key,
                                               analyzer=analyzer)
        audit.extend(column_audit)
        summary["column_entities_replaced"] = {
            column: sum(1 for a in column_audit if a["column"] == column) for column in plan.text
        }
    if "record_id" in out.columns:
        rp = cfg["record_pseudonym"]
        pseudonyms = pseudonymize_record_ids(
            records["record_id"], key=key, prefix=rp["prefix"], length=int(rp["length"])
        )
        out["record_id"] = pseudonyms.to_numpy()
        by_raw = dict(zip(records["record_id"].astype(str), pseudonyms, strict=False))
        audit = [{**a, "record_id": by_raw[a["record_id"]]} for a in audit]  # fails closed
    group_col = cfg["group_column"]
    if group_col in out.columns:
        gp = cfg["group_pseudonym"]
        out[group_col] = [
            g
            if _is_missing(g)
            else group_pseudonym(str(g), key=key, prefix=gp["prefix"], length=int(gp["length"]))
            for g in out[group_col].tolist()
        ]
    out = out.drop(columns=plan.drop)
    out, tab_summary = generalize_quasi_identifiers(out, config=cfg)
    summary.update(tab_summary)
    summary["records_out"] = int(len(out))
    return AnonymizationResult(records=out, audit=audit, summary=summary)


def _anonymize_text_columns(
    records: pd.DataFrame,
    out: pd.DataFrame,
    columns: Sequence[str],
    *,
    cfg: Mapping[str, Any],
    key: bytes,
    analyzer: TextAnalyzer,
) -> list[dict[str, Any]]:
    """Run each ``text``-policy column through the text anonymizer, in place in ``out``.

    Missing cells stay missing. Returns the audit entries, each naming its column.
    """
    audit: list[dict[str, Any]] = []
    for column in columns:
        texts, _, found = anonymize_texts(
            records, config={**cfg, "text_column": column}, key=key, analyzer=analyzer
        )
        missing = records[column].map(_is_missing).to_numpy()
        out[column] = [None if m else t for t, m in zip(texts, missing, strict=True)]
        audit.extend({**a, "column": column} for a in found)
    return audit


def evaluate_detection(
    records: pd.DataFrame,
    gold_spans: Sequence[Mapping[str, Any]],
    *,
    config: Mapping[str, Any],
    key: bytes,
    type_aliases: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """Precision / recall / F2 (span- and token-level, per type and overall) and residual leak rate.

    Args:
        records: table with ``record_id`` and the text column the gold offsets refer to.
        gold_spans: ``{"record_id", "start", "end", "entity_type", "value"}`` dicts.
        config: the ``anonymize`` config.
        key: pseudonym key (the texts are anonymized to measure what survives).
        type_aliases: predicted type -> gold type name for per-type precision
            (default: USERNAME -> SOCIAL_HANDLE, FACILITY/LOCATION kept).
    """
    cfg = resolve_config(config)
    texts_out, spans, _ = anonymize_texts(records, config=cfg, key=key)
    rids = records["record_id"].astype(str).tolist()
    originals = ["" if _is_missing(t) else str(t) for t in records[cfg["text_column"]].tolist()]
    return detection_metrics(
        texts=dict(zip(rids, originals, strict=False)),
        gold=gold_spans,
        predicted=dict(zip(rids, spans, strict=False)),
        anonymized=dict(zip(rids, texts_out, strict=False)),
        type_aliases=type_aliases,
    )


def evaluate_stage_output(
    records: pd.DataFrame,
    gold_spans: Sequence[Mapping[str, Any]],
    *,
    audit: Sequence[Mapping[str, Any]],
    anonymized: pd.DataFrame,
    config: Mapping[str, Any],
    key: bytes,
) -> dict[str, Any]:
    """:func:`evaluate_detection` from the stage's own audit and output, without detecting again.

    ``records`` are the stage's raw input (the gold offsets refer to them); the audit and the
    anonymized table are joined to them through the keyed record-id pseudonyms.
    """
    cfg = resolve_config(config)
    text_col = cfg["text_column"]
    rids = records["record_id"].astype(str).tolist()
    rp = cfg["record_pseudonym"]
    pseudo = pseudonymize_record_ids(
        records["record_id"], key=key, prefix=rp["prefix"], length=int(rp["length"])
    ).astype(str).tolist()
    raw_of = dict(zip(pseudo, rids, strict=True))
    predicted: dict[str, list[Span]] = {r: [] for r in rids}
    for a in audit:
        if a.get("column", text_col) == text_col and str(a["record_id"]) in raw_of:
            predicted[raw_of[str(a["record_id"])]].append(
                Span(int(a["start"]), int(a["end"]), str(a["entity_type"]), 1.0, str(a["recognizer"]))
            )
    out_text = dict(zip(anonymized["record_id"].astype(str), anonymized[text_col].astype(str), strict=False))
    originals = ["" if _is_missing(t) else str(t) for t in records[text_col].tolist()]
    return detection_metrics(
        texts=dict(zip(rids, originals, strict=True)),
        gold=gold_spans,
        predicted=predicted,
        anonymized={r: out_text.get(p, "") for r, p in zip(rids, pseudo, strict=True)},
    )
