"""Rule anonymize_records: de-identify text, pseudonymize persons, generalize quasi-identifiers."""

import pandas as pd

from confide.anonymize import anonymize_records
from confide.anonymize.keys import load_or_create_pseudonym_key
from confide.io import read_json, write_json, write_jsonl, write_table
from confide.workflow import logged_errors, script_logger
from confide.workflow.shards import recorded_spans

log = script_logger(snakemake.log[0], "anonymize_records")  # noqa: F821
with logged_errors(log):
    key = load_or_create_pseudonym_key()  # no key file when CONFIDE_PSEUDONYM_KEY is set
    records = pd.read_parquet(snakemake.input.records)  # noqa: F821
    config, analyzer = snakemake.params.anonymize, None  # noqa: F821
    if "spans" in snakemake.input.keys():  # noqa: F821 - sharded: the detect_identifiers jobs found the spans
        analyzer = recorded_spans(records, config=config,
                                  shards=[pd.read_parquet(p) for p in snakemake.input.spans],  # noqa: F821
                                  extents=[read_json(p) for p in snakemake.input.extents])  # noqa: F821
        config = {**config, "n_process": 1}  # nothing left to parallelize
        log.info("gathering %d detection shards", len(snakemake.input.spans))  # noqa: F821
    result = anonymize_records(records, config=config, key=key, analyzer=analyzer)
    write_table(result.records, snakemake.output.records)  # noqa: F821
    write_jsonl(result.audit, snakemake.output.audit)  # noqa: F821
    write_json(result.summary, snakemake.output.summary)  # noqa: F821
    log.info("anonymized %d records; %d replacements", len(result.records), len(result.audit))
