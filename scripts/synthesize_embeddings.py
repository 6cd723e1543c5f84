"""Rule synthesize_embeddings: synthetic sentence embeddings from one training seed's training split."""

import numpy as np
import pandas as pd

from confide.ingest import declared_labels
from confide.ingest.split import split_for_seed
from confide.io import write_json
from confide.synthesize.embedding import synthesize_embeddings
from confide.workflow import logged_errors, script_logger

log = script_logger(snakemake.log[0], "synthesize_embeddings")
with logged_errors(log):
    seed, inputs, output = int(snakemake.wildcards.seed), snakemake.input, snakemake.output
    records = split_for_seed(pd.read_parquet(inputs.records), seed)
    result = synthesize_embeddings(
        records, np.load(inputs.embeddings), config=snakemake.params.synthesize,
        train_config=snakemake.params.train, classes=declared_labels(snakemake.params.data), seed=seed)
    np.savez(output.embeddings, features=result["features"], labels=np.asarray(result["labels"], dtype=str))
    write_json(result["ledger"], output.ledger)
    write_json(result["scorecard"], output.scorecard)
    log.info("synthesized %d embeddings with %s for training seed %d (unit %s, epsilon %s)",
             len(result["labels"]), result["ledger"]["generator"], seed, result["ledger"]["privacy_unit"],
             result["ledger"].get("epsilon_spent", "none: no formal guarantee"))
