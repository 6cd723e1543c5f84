"""Fixed row shards of the two costly stages, so that a cluster runs each as N parallel jobs.

``workflow.shards.anonymize`` cuts identifier *detection* (the spaCy + Presidio pass, nearly all of
``anonymize_records``' time) into shard jobs; ``workflow.shards.embed`` does the same for the
sentence embeddings. The gather jobs produce the very files the unsharded run writes, byte for
byte under the same pseudonym key, because nothing a shard computes depends on the cut:

* Shards are contiguous row ranges whose edges fall on whole *blocks*: the detector's
  ``anonymize.chunk_size`` (the unit it feeds spaCy) and :data:`EMBED_BLOCK` rows for the
  encoder, so every batch a shard computes is a batch the unsharded run computes too. (The
  encoder pads a batch to its longest text, and its floats change in the 7th digit when the
  batch does; this is why the unsharded run embeds in the same fixed blocks.)
* Every shard reads the whole table and builds its detector over *every* author, so a mention of
  an author whose posts fall in another shard is still found.
* Everything global is done once, in the gather, by the unchanged :func:`anonymize_records`:
  keyed pseudonyms (``scope: global`` and record/person ids), per-person date shifts (keyed by
  the person, not by position), the column plan, k-anonymity over the whole table, the summary.
  The gather hands it a :class:`RecordedSpans` in place of the detector.

Shard outputs hold offsets, entity types, scores and recognizer names: never a text span.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd

from confide.errors import ConfideError

#: Rows the encoder embeds in one call; shard edges of ``embed_texts`` fall on multiples of it.
EMBED_BLOCK = 256
SPAN_COLUMNS = ("row", "column", "start", "end", "entity_type", "score", "source")


class ShardError(ConfideError):
    """Shard outputs that do not fit together or do not match the table they claim to cover."""


def shard_count(config: Mapping[str, Any], stage: str) -> int:
    """How many jobs ``stage`` (``anonymize`` or ``embed``) is cut into (1 = one job, no shards).

    ``config`` is the validated one: the schema fills in the default.
    """
    return int(config["workflow"]["shards"][stage])


def shard_bounds(n_rows: int, *, shard: int, shards: int, block: int) -> tuple[int, int]:
    """Row range ``[start, stop)`` of one shard: whole blocks, as even as blocks allow.

    Example:
        >>> [shard_bounds(1000, shard=i, shards=3, block=128) for i in range(3)]
        [(0, 256), (256, 640), (640, 1000)]
    """
    if shards < 1 or not 0 <= shard < shards or block < 1 or n_rows < 0:
        raise ValueError(f"shard {shard} of {shards} (block {block}, {n_rows} rows) is not a shard")
    blocks = -(-n_rows // block)
    first, last = shard * blocks // shards, (shard + 1) * blocks // shards
    return min(first * block, n_rows), min(last * block, n_rows)


def shard_paths(pattern: str, shards: int) -> list[str]:
    """``pattern`` with ``{shard}`` and ``{shards}`` filled in for every shard."""
    return [pattern.format(shard=i, shards=shards) for i in range(shards)]


# --- anonymization ------------------------------------------------------------------------------


def _cell_text(value: object) -> str:
    from confide.anonymize.pipeline import _is_missing  # the stage's own rule for a missing cell

    return "" if _is_missing(value) else str(value)


def _author_key(value: object) -> str | None:
    from confide.anonymize.pipeline import _is_missing

    return None if _is_missing(value) else str(value)


def _text_columns(records: pd.DataFrame, cfg: Mapping[str, Any]) -> list[str]:
    """The columns the stage runs through the detector, in its order (refuses undeclared text)."""
    from confide.anonymize.columns import plan_columns

    plan = plan_columns(records, config=cfg)
    text_col = cfg["text_column"]
    if text_col not in records.columns:
        from confide.anonymize.errors import AnonymizationError

        raise AnonymizationError(f"records have no text column {text_col!r}; columns: "
                                 f"{list(records.columns)}")
    return [text_col, *plan.text]


def _authors(records: pd.DataFrame, cfg: Mapping[str, Any]) -> list[object]:
    group_col = cfg["group_column"]
    return records[group_col].tolist() if group_col in records.columns else [None] * len(records)


def detect_shard(records: pd.DataFrame, *, config: Mapping[str, Any], shard: int,
                 shards: int) -> tuple[pd.DataFrame, dict[str, int]]:
    """Find the identifier spans of one shard's rows, in every column the stage anonymizes.

    ``records`` is the *whole* table (the detector must know every author); only the shard's
    rows are analysed.

    Returns:
        one row per span (:data:`SPAN_COLUMNS`; ``row`` is the position in ``records``), and the
        shard's extent ``{"shard", "shards", "start", "stop", "rows"}`` for the gather's checks.
    """
    from confide.anonymize.analyzer import TextAnalyzer, detect_spans
    from confide.anonymize.config import resolve_config

    cfg = resolve_config(config)
    start, stop = shard_bounds(len(records), shard=shard, shards=shards, block=int(cfg["chunk_size"]))
    extent = {"shard": shard, "shards": shards, "start": start, "stop": stop, "rows": len(records)}
    rows: list[tuple[Any, ...]] = []
    if cfg["enabled"]:
        authors = _authors(records, cfg)
        analyzer = TextAnalyzer(cfg, authors=[a for a in set(authors) if _author_key(a) is not None])
        for column in _text_columns(records, cfg):
            texts = [_cell_text(t) for t in records[column].iloc[start:stop].tolist()]
            found = detect_spans(texts, authors[start:stop], analyzer=analyzer,
                                 n_process=int(cfg["n_process"]), chunk_size=int(cfg["chunk_size"]))
            rows.extend((start + i, column, s.start, s.end, s.entity_type, s.score, s.source)
                        for i, spans in enumerate(found) for s in spans)
    frame = pd.DataFrame(rows, columns=list(SPAN_COLUMNS)).astype(
        {"row": "int64", "start": "int64", "end": "int64", "score": "float64"})
    return frame, extent


class RecordedSpans:
    """Stands in for the detector in the gather: answers with the spans the shard jobs found.

    Looked up by (text, author), the two things detection reads; a pair that occurs in several
    cells is answered in table order (columns in the stage's order, then rows), the order in which
    :func:`anonymize_records` asks. A text no shard saw fails closed, and so does a call from a
    forked worker (whose answers the parent would not see): gather with ``n_process: 1``.
    """

    def __init__(self, spans: Mapping[tuple[str, str | None], Sequence[list[Any]]]) -> None:
        self._spans = {key: deque(found) for key, found in spans.items()}
        self._pid = os.getpid()
        self.stats = {"texts": 0, "ner_skipped": 0}

    def analyze(self, texts: Sequence[str], authors: Sequence[object] | None = None) -> list[list[Any]]:
        """The recorded spans of each text (same contract as ``TextAnalyzer.analyze``)."""
        if os.getpid() != self._pid:
            raise ShardError("rule anonymize_records: recorded spans were asked for in a forked "
                             "worker; gather with anonymize.n_process: 1")
        authors = list(authors) if authors is not None else [None] * len(texts)
        out = []
        for text, author in zip(texts, authors, strict=True):
            queue = self._spans.get((text, _author_key(author)))
            if not queue:
                raise ShardError(
                    "rule anonymize_records: a text of results/split/records.parquet is in no "
                    "detect_identifiers shard output (the shards were built from another table); "
                    "re-run with `snakemake --forcerun detect_identifiers`")
            out.append(list(queue.popleft()))
            self.stats["texts"] += 1
        return out


def recorded_spans(records: pd.DataFrame, *, config: Mapping[str, Any],
                   shards: Sequence[pd.DataFrame], extents: Sequence[Mapping[str, int]]) -> RecordedSpans:
    """Join the shard jobs' spans back onto ``records`` for :func:`anonymize_records`.

    Raises:
        ShardError: the shards do not tile the table's rows exactly once, or were cut from a
            table of another length.
    """
    from confide.anonymize.config import resolve_config
    from confide.anonymize.spans import Span

    cfg = resolve_config(config)
    covered = sorted((int(e["start"]), int(e["stop"])) for e in extents)
    stale = sorted({int(e["rows"]) for e in extents} - {len(records)})
    edges = [0, *(b for a, b in covered)]
    if stale or [a for a, _ in covered] != edges[:-1] or edges[-1] != len(records):
        raise ShardError(
            f"rule anonymize_records: the detect_identifiers shards cover rows {covered} of a "
            f"table of {sorted({int(e['rows']) for e in extents})} rows, not rows 0..{len(records)} "
            "once each; re-run with `snakemake --forcerun detect_identifiers`")
    per_cell: dict[tuple[int, str], list[Span]] = {}
    for frame in shards:
        for row, column, start, end, entity, score, source in frame[list(SPAN_COLUMNS)].itertuples(
                index=False, name=None):
            per_cell.setdefault((int(row), str(column)), []).append(
                Span(int(start), int(end), str(entity), float(score), str(source)))
    authors = _authors(records, cfg)
    lookup: dict[tuple[str, str | None], list[list[Span]]] = {}
    if cfg["enabled"]:
        for column in _text_columns(records, cfg):
            for row, (value, author) in enumerate(zip(records[column].tolist(), authors, strict=True)):
                lookup.setdefault((_cell_text(value), _author_key(author)), []).append(
                    per_cell.get((row, column), []))
    return RecordedSpans(lookup)


# --- sentence embeddings ------------------------------------------------------------------------


def embed_in_blocks(texts: Sequence[str], *, config: Mapping[str, Any] | None,
                    block: int = EMBED_BLOCK) -> np.ndarray:
    """Embed ``texts`` block by block (``block`` rows per encoder call), float32.

    The sharded and the unsharded run both call this, with shard edges on whole blocks, so each
    block is encoded with the same batch mates either way and the bytes agree.
    """
    from confide.train import compute_embeddings
    from confide.train.encoder import EMBEDDING_DIM

    parts = [compute_embeddings(list(texts[i:i + block]), config=dict(config or {}))
             for i in range(0, len(texts), block)]
    if not parts:
        return np.zeros((0, EMBEDDING_DIM), dtype=np.float32)
    return np.concatenate(parts).astype(np.float32)


def gather_embeddings(parts: Sequence[np.ndarray], *, rows: int) -> np.ndarray:
    """Concatenate shard embeddings in shard order; refuse a total that is not ``rows``."""
    out = np.concatenate(list(parts)) if parts else np.zeros((0, 0), dtype=np.float32)
    if out.shape[0] != rows:
        raise ShardError(
            f"rule embed_texts: the embed_text_shard outputs hold {out.shape[0]} rows, the "
            f"anonymized table {rows}; re-run with `snakemake --forcerun embed_text_shard`")
    return out


# --- paths and rule inputs (each pattern spelled here only) -------------------------------------

SPLIT = "results/split/records.parquet"
ANONYMIZED = "results/anonymize/records.parquet"
SPAN_SHARD = "results/anonymize/shards/spans-{shard}-of-{shards}.parquet"
SPAN_EXTENT = "results/anonymize/shards/spans-{shard}-of-{shards}.json"
EMBEDDING_SHARD = "results/features/shards/embeddings-{shard}-of-{shards}.npy"


def gather_group(config: Mapping[str, Any]) -> str:
    """Job group of anonymize_records and evaluate_anonymization on a cluster.

    Unsharded, they join the other raw-text rules in group ``pii`` (one SLURM job). Sharded, the
    detection jobs sit between split_records and the gather, and a group may not be left and
    re-entered, so the gather and the evaluation form their own group.
    """
    return "pii" if shard_count(config, "anonymize") == 1 else "pii_gather"


def anonymize_inputs_for(config: Mapping[str, Any]):  # noqa: ANN201 - Snakemake input function
    """Inputs of anonymize_records: the split table, plus every detection shard when sharded."""
    shards = shard_count(config, "anonymize")

    def inputs(wildcards: Any) -> dict[str, Any]:
        if shards == 1:
            return {"records": SPLIT}
        return {"records": SPLIT, "spans": shard_paths(SPAN_SHARD, shards),
                "extents": shard_paths(SPAN_EXTENT, shards)}

    return inputs


def embed_inputs_for(config: Mapping[str, Any]):  # noqa: ANN201 - Snakemake input function
    """Inputs of embed_texts: the anonymized table, plus every embedding shard when sharded."""
    shards = shard_count(config, "embed")

    def inputs(wildcards: Any) -> dict[str, Any]:
        if shards == 1:
            return {"records": ANONYMIZED}
        return {"records": ANONYMIZED, "shards": shard_paths(EMBEDDING_SHARD, shards)}

    return inputs
