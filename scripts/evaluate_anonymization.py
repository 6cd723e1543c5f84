"""Rule evaluate_anonymization: detection quality against gold spans and the residual leak rate.

Scores the stage's own detections (its audit) on the run's gold spans, and the detector on the
held-out annotated clinical notes shipped in the philter-lite wheel.
"""

import pandas as pd

from confide.anonymize import evaluate_detection, load_pseudonym_key
from confide.anonymize.io import load_i2b2_xml, philter_i2b2_dir
from confide.anonymize.pipeline import evaluate_stage_output
from confide.io import read_jsonl, write_json
from confide.workflow import logged_errors, script_logger

log = script_logger(snakemake.log[0], "evaluate_anonymization")
with logged_errors(log):
    config, key = snakemake.params.anonymize, load_pseudonym_key()
    gold = read_jsonl(snakemake.input.gold_spans)
    if gold:
        metrics = evaluate_stage_output(
            pd.read_parquet(snakemake.input.raw), gold, audit=read_jsonl(snakemake.input.audit),
            anonymized=pd.read_parquet(snakemake.input.anonymized), config=config, key=key)
    else:
        metrics = {"n_gold_spans": 0, "note": "this data source has no gold PII spans; "
                   "detection quality is measured on the synthetic_notes corpus and in bench/"}
    notes = philter_i2b2_dir()
    if notes is not None:
        frame, notes_gold = load_i2b2_xml(notes)
        metrics["held_out_clinical_notes"] = {
            "corpus": "i2b2 2014 notes with surrogate PHI shipped in philter-lite 0.6.0",
            **evaluate_detection(frame, notes_gold, config={**config, "n_process": 1}, key=key),
        }
    write_json(metrics, snakemake.output.metrics)
    log.info("evaluated anonymization against %d gold spans", len(gold))
