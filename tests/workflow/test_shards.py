"""Sharded anonymization and embedding give the unsharded run's output, byte for byte."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from confide.anonymize import anonymize_records
from confide.config import load_schema
from confide.ingest import ingest
from confide.workflow.dvc_export import dvc_stages, snakemake_jobs, stage_name
from confide.workflow.shards import (
    ShardError,
    detect_shard,
    embed_in_blocks,
    gather_embeddings,
    recorded_spans,
    shard_bounds,
)
from tests.conftest import write_params
from tests.workflow.test_dvc_export import _copy_repo
from tests.workflow.tiny_params import TINY

KEY = b"shard-test-key-0123456789abcdef!"
CHUNK = 8  # small detector chunks, so 3 shards cut a small table on several edges
CONFIG = {"columns": {"occupation": "text"}, "chunk_size": CHUNK, "n_process": 1}
MENTIONED = "Quiet_Heron_42"  # an author whose only post sits in the last shard


@pytest.mark.parametrize(("rows", "shards", "block"),
                         [(0, 1, 8), (1, 3, 8), (100, 3, 16), (1000, 7, 128), (10, 4, 1), (5, 9, 2)])
def test_when_rows_are_cut_into_shards_then_each_row_is_in_one_shard_and_edges_are_whole_blocks(
    rows: int, shards: int, block: int,
) -> None:
    bounds = [shard_bounds(rows, shard=i, shards=shards, block=block) for i in range(shards)]
    assert [b for _, b in bounds][-1] == rows
    assert [a for a, _ in bounds] == [0, *(b for _, b in bounds[:-1])]
    assert all(a % block == 0 and (b % block == 0 or b == rows) and a <= b for a, b in bounds)


def _records() -> pd.DataFrame:
    """Synthetic notes plus Reddit-style posts whose authors mention each other across shards."""
    notes = ingest(data={"source": "synthetic_notes",
                         "synthetic_notes": {"n_records": 36, "seed": 5}}).records
    notes = notes.drop(columns=[c for c in notes.columns if c.startswith(("phq9_", "gad7_"))])
    mention = f"thanks u/{MENTIONED.lower()} and @{MENTIONED}, I read your post on March 3, 2021"
    posts = pd.DataFrame({  # p4 repeats p1 (same text, same author) in another shard
        "record_id": ["p1", "p2", "p3", "p4"],
        "text": [mention, "nothing to see here", "posted by me, see you in Boston with Dr. Ana Ruiz",
                 mention],
        "label": notes["label"].iloc[:4].tolist(),
        "group_id": ["Loud_Crane_77", "Loud_Crane_77", MENTIONED, "Loud_Crane_77"],
    })
    records = pd.concat([posts.iloc[:2], notes, posts.iloc[2:]], ignore_index=True)
    return records.assign(split=np.where(np.arange(len(records)) % 4 == 0, "test", "train"))


def _parquet_bytes(frame: pd.DataFrame) -> bytes:
    buffer = io.BytesIO()
    frame.to_parquet(buffer, index=False)
    return buffer.getvalue()


def _sharded(records: pd.DataFrame, shards: int, *, own_authors_only: bool = False):  # noqa: ANN202
    parts, extents = [], []
    for shard in range(shards):
        start, stop = shard_bounds(len(records), shard=shard, shards=shards, block=CHUNK)
        # own_authors_only: what a naive shard job reading only its own rows would know
        table = records.iloc[start:stop].reset_index(drop=True) if own_authors_only else records
        spans, extent = detect_shard(table, config=CONFIG, shard=0 if own_authors_only else shard,
                                     shards=1 if own_authors_only else shards)
        parts.append(spans.assign(row=spans["row"] + (start if own_authors_only else 0)))
        extents.append({**extent, "start": start, "stop": stop, "rows": len(records)})
    analyzer = recorded_spans(records, config=CONFIG, shards=parts, extents=extents)
    return anonymize_records(records, config={**CONFIG, "n_process": 1}, key=KEY, analyzer=analyzer)


@pytest.fixture(scope="module")
def unsharded():  # noqa: ANN201
    records = _records()
    return records, anonymize_records(records, config=CONFIG, key=KEY)


def test_when_detection_is_sharded_then_the_gathered_output_equals_the_unsharded_one_byte_for_byte(
    unsharded,  # noqa: ANN001
) -> None:
    records, whole = unsharded
    assert len(records) > 2 * CHUNK
    gathered = _sharded(records, 3)
    assert _parquet_bytes(gathered.records) == _parquet_bytes(whole.records)
    assert gathered.audit == whole.audit
    assert gathered.summary == whole.summary
    # the cross-shard mention, the global pseudonyms and per-person date shifts are in what matched
    kinds = {a["entity_type"] for a in whole.audit}
    assert {"USERNAME", "PERSON", "DATE_TIME"} <= kinds, kinds
    assert sum(a["entity_type"] == "USERNAME" and a["record_id"] == whole.records["record_id"][0]
               for a in whole.audit) >= 1


def test_when_a_shard_knew_only_its_own_authors_then_the_cross_shard_mention_would_be_missed(
    unsharded,  # noqa: ANN001
) -> None:
    """The planted mention is a real test: shards that do not read the whole table miss it."""
    records, whole = unsharded
    naive = _sharded(records, 3, own_authors_only=True)
    first = whole.records["record_id"][0]
    count = sum(a["entity_type"] == "USERNAME" and a["record_id"] == first for a in naive.audit)
    assert count == 0
    assert naive.records["text"][0] != whole.records["text"][0]


def test_when_shard_outputs_do_not_tile_the_table_then_the_gather_refuses_naming_the_rerun() -> None:
    records = _records()
    empty = pd.DataFrame(columns=["row", "column", "start", "end", "entity_type", "score", "source"])
    n = len(records)
    with pytest.raises(ShardError, match="--forcerun detect_identifiers"):  # a shard is missing
        recorded_spans(records, config=CONFIG, shards=[empty],
                       extents=[{"start": 0, "stop": 32, "rows": n}])
    with pytest.raises(ShardError, match="--forcerun detect_identifiers"):  # cut from another table
        recorded_spans(records, config=CONFIG, shards=[empty],
                       extents=[{"start": 0, "stop": n, "rows": n + 1}])
    changed = records.assign(text=records["text"].str.upper())
    analyzer = recorded_spans(records, config=CONFIG, shards=[empty],
                              extents=[{"start": 0, "stop": n, "rows": n}])
    with pytest.raises(ShardError, match="in no detect_identifiers shard") as error:
        anonymize_records(changed, config=CONFIG, key=KEY, analyzer=analyzer)
    assert MENTIONED.upper() not in str(error.value)


def test_when_embedding_is_sharded_on_block_edges_then_the_concatenation_equals_the_unsharded_bytes() -> None:
    texts = _records()["text"].tolist()[:12]
    block = 4
    whole = embed_in_blocks(texts, config={"device": "cpu"}, block=block)
    parts = []
    for shard in range(3):
        start, stop = shard_bounds(len(texts), shard=shard, shards=3, block=block)
        parts.append(embed_in_blocks(texts[start:stop], config={"device": "cpu"}, block=block))
    gathered = gather_embeddings(parts, rows=len(texts))
    assert gathered.dtype == whole.dtype == np.float32
    assert gathered.tobytes() == whole.tobytes()
    with pytest.raises(ShardError, match="--forcerun embed_text_shard"):
        gather_embeddings(parts[:2], rows=len(texts))


@pytest.fixture(scope="module")
def sharded_workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    workdir = tmp_path_factory.mktemp("sharded")
    _copy_repo(workdir)
    return workdir


def test_when_shards_are_set_then_the_dag_and_dvc_yaml_run_one_job_per_shard_and_gather(
    sharded_workdir: Path,
) -> None:
    sections = list(load_schema()["properties"])
    write_params(sharded_workdir, {**TINY, "train": {**TINY["train"], "models": ["frozen_encoder"]},
                                   "workflow": {"shards": {"anonymize": 3, "embed": 2}}})
    jobs = snakemake_jobs(sharded_workdir / "Snakefile", sections=sections)
    by_rule: dict[str, list] = {}
    for job in jobs:
        by_rule.setdefault(job.rule, []).append(job)
    assert len(by_rule["detect_identifiers"]) == 3 and len(by_rule["embed_text_shard"]) == 2
    stages = dvc_stages(jobs)["stages"]
    gather = stages[stage_name(by_rule["anonymize_records"][0])]
    assert {o for j in by_rule["detect_identifiers"] for o in j.outputs} <= set(gather["deps"])
    embed = stages[stage_name(by_rule["embed_texts"][0])]
    assert {o for j in by_rule["embed_text_shard"] for o in j.outputs} <= set(embed["deps"])
    # with shards: 1 (the default) the DAG is today's: test_dvc_export compares it with dvc.yaml
