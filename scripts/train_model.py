"""Rule train_model: one (model, epsilon, seed) variant of the sweep, with its privacy ledger."""

import numpy as np
import pandas as pd

from confide.auditing import training_rows
from confide.ingest import declared_labels
from confide.io import write_json
from confide.train import train_model
from confide.workflow import logged_errors, parse_epsilon, script_logger

log = script_logger(snakemake.log[0], "train_model")  # noqa: F821
with logged_errors(log):
    wildcards, inputs = snakemake.wildcards, snakemake.input  # noqa: F821
    records = pd.read_parquet(inputs.records)
    rows = np.flatnonzero(training_rows(records, pd.read_parquet(inputs.canaries)).to_numpy())
    features = np.load(inputs.embeddings)[rows] if "embeddings" in inputs.keys() else None
    model = train_model(
        train=records.iloc[rows].reset_index(drop=True), classes=declared_labels(snakemake.params.data),  # noqa: F821
        model=wildcards.model, epsilon=parse_epsilon(wildcards.epsilon), seed=int(wildcards.seed),
        config=snakemake.params.train, features=features,  # noqa: F821
    )
    model.save(snakemake.output.model)  # noqa: F821
    write_json(model.ledger, snakemake.output.ledger)  # noqa: F821
    log.info("trained %s on %d of %d training-split records; ledger: %s", wildcards.model,
             model.ledger["n_records"], len(rows),
             {k: model.ledger.get(k) for k in ("privacy_unit", "n_persons", "records_dropped_by_cap",
                                               "epsilon_spent", "noise_multiplier", "steps")})
