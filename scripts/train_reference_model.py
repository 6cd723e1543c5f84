"""Rule train_reference_model: one reference model of LiRA/RMIA on a seeded half of the pool."""

import numpy as np
import pandas as pd

from confide.assess import pool_order, reference_masks, reference_scores
from confide.ingest import declared_labels
from confide.train import train_model
from confide.workflow import parse_epsilon, script_logger

log = script_logger(snakemake.log[0], "train_reference_model")  # noqa: F821
wildcards, params = snakemake.wildcards, snakemake.params  # noqa: F821
records = pd.read_parquet(snakemake.input.records)  # noqa: F821
features = np.load(snakemake.input.embeddings) if "embeddings" in snakemake.input.keys() else None  # noqa: F821
k = int(wildcards.ref)
masks = reference_masks(records, k=params.evaluate["membership"]["reference_models"],
                        seed=params.evaluate["seed"])
rows = pool_order(records)[masks[k]]
model = train_model(
    train=records.iloc[rows].reset_index(drop=True), classes=declared_labels(params.data),
    model=wildcards.model, epsilon=parse_epsilon(wildcards.epsilon), seed=10_000 + k,
    config=params.train, features=None if features is None else features[rows],
)
p_true = reference_scores(model, records, features=features)
np.savez(snakemake.output.scores, p_true=p_true, membership=masks[k])  # noqa: F821
log.info("reference model %d trained on %d of %d pool records", k, len(rows), len(records))
