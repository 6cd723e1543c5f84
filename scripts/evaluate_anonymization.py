"""Rule evaluate_anonymization: detection quality against gold spans and the residual leak rate."""

import pandas as pd

from confide.anonymize import evaluate_detection, load_pseudonym_key
from confide.io import read_jsonl, write_json
from confide.workflow import script_logger

log = script_logger(snakemake.log[0], "evaluate_anonymization")  # noqa: F821
gold = read_jsonl(snakemake.input.gold_spans)  # noqa: F821
if gold:
    metrics = evaluate_detection(pd.read_parquet(snakemake.input.raw), gold,  # noqa: F821
                                 config=snakemake.params.anonymize, key=load_pseudonym_key())  # noqa: F821
else:
    metrics = {"n_gold_spans": 0, "note": "this data source has no gold PII spans; "
               "detection quality is measured on the synthetic_notes corpus and in bench/"}
write_json(metrics, snakemake.output.metrics)  # noqa: F821
log.info("evaluated anonymization against %d gold spans", len(gold))
