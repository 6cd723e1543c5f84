"""Rule train_reference_model: one variant's K LiRA/RMIA reference models and its one-run audit run."""

import numpy as np
import pandas as pd

from confide.audit.canaries import variant_canaries
from confide.audit.references import train_references, training_unit
from confide.audit.seeds import audit_seed
from confide.ingest import declared_labels
from confide.ingest.split import split_for_seed
from confide.variants import parse_epsilon
from confide.workflow import logged_errors, script_logger

log = script_logger(snakemake.log[0], "train_reference_model")
wildcards, params, inputs = snakemake.wildcards, snakemake.params, snakemake.input
with logged_errors(log):
    records = split_for_seed(pd.read_parquet(inputs.records), int(wildcards.seed))  # this seed's split
    k = params.evaluate["membership"]["reference_models"]
    unit = training_unit(params.train, records)
    canaries, per_seed = variant_canaries(records=records, plan=pd.read_parquet(inputs.canaries),
                                          evaluate=params.evaluate, variant_seed=int(wildcards.seed), unit=unit)
    out = train_references(
        records=records, canaries=canaries,
        features=np.load(inputs.embeddings) if "embeddings" in inputs.keys() else None,
        k=k, seed=audit_seed(params.evaluate["seed"], int(wildcards.seed)), model=wildcards.model,
        epsilon=parse_epsilon(wildcards.epsilon), classes=declared_labels(params.data), config=params.train,
        unit=unit,
    )
    np.savez(snakemake.output.scores, **out)
    log.info("%d reference models at unit %s on about %d of %d pool records each; separate audit run: %s; "
             "canaries drawn for this seed: %s", k, unit,
             int(out["membership"].sum(axis=1).mean()) if k else 0, len(records), "audit_p_true" in out, per_seed)
