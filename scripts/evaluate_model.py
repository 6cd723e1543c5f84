"""Rule evaluate_model: utility, membership attacks, audits for one trained variant."""

import numpy as np
import pandas as pd

from confide.evaluate.assess import assess_variant
from confide.io import write_json
from confide.train import load_model
from confide.workflow import logged_errors, script_logger

log = script_logger(snakemake.log[0], "evaluate_model")
inputs = snakemake.input
with logged_errors(log):
    metrics = assess_variant(
        model=load_model(inputs.model),
        records=pd.read_parquet(inputs.records),
        canaries=pd.read_parquet(inputs.canaries),
        secrets=pd.read_parquet(inputs.secrets),
        features=np.load(inputs.embeddings) if "embeddings" in inputs.keys() else None,
        references=dict(np.load(inputs.references[0])) if inputs.references else None,
        evaluate=snakemake.params.evaluate,
        variant_seed=int(snakemake.wildcards.seed),
    )
    write_json(metrics, snakemake.output.metrics)
    log.info("evaluated %s", snakemake.wildcards)
