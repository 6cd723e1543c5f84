"""Rule train_model: one (model, epsilon, seed, data mix) variant of the sweep, with its privacy ledger."""

import numpy as np
import pandas as pd

from confide.audit.canaries import training_rows
from confide.ingest import declared_labels
from confide.ingest.split import split_for_seed
from confide.io import read_json, write_json
from confide.synthesize.augment import (
    check_memorisation_gate,
    compose_ledgers,
    synthesis_kind,
    synthetic_embedding_rows,
    training_table,
    uses_synthetic,
    variant_train_config,
)
from confide.train import train_model
from confide.variants import parse_epsilon, parse_mix
from confide.workflow import logged_errors, script_logger

log = script_logger(snakemake.log[0], "train_model")
with logged_errors(log):
    wildcards, inputs = snakemake.wildcards, snakemake.input
    mix = parse_mix(wildcards.mix)
    records = split_for_seed(pd.read_parquet(inputs.records), int(wildcards.seed))  # this seed's split
    rows = np.flatnonzero(training_rows(records, pd.read_parquet(inputs.canaries)).to_numpy())
    features = np.load(inputs.embeddings)[rows] if "embeddings" in inputs.keys() else None
    train = records.iloc[rows].reset_index(drop=True)
    scorecard, gate, config = {}, None, snakemake.params.train
    if uses_synthetic(mix):
        # Synthetic rows join the training table only: the test split, membership pools and canaries
        # above are real records, so evaluation and audits measure real people.
        scorecard = read_json(inputs.synthetic_scorecard)
        gate = check_memorisation_gate(scorecard, gate=snakemake.params.augmentation["gate"],
                                       source=inputs.synthetic_scorecard)
        config = variant_train_config(config, real=train)
        if synthesis_kind(wildcards.model) == "embeddings":  # text data: synthetic sentence embeddings
            synthetic, synthetic_features = synthetic_embedding_rows(np.load(inputs.synthetic))
            features = synthetic_features if mix == "synthetic" else np.vstack([features, synthetic_features])
        else:
            synthetic = pd.read_parquet(inputs.synthetic)
        train = training_table(real=train, synthetic=synthetic, mix=mix)
    model = train_model(
        train=train, classes=declared_labels(snakemake.params.data),
        model=wildcards.model, epsilon=parse_epsilon(wildcards.epsilon), seed=int(wildcards.seed),
        config=config, features=features,
    )
    synth_ledger = read_json(inputs.synthetic_ledger) if uses_synthetic(mix) else None
    model.ledger.update(compose_ledgers(
        training=model.ledger, synthesizer=synth_ledger, mix=mix,
        synthesizer_name=(scorecard.get("synthesis") or {}).get("synthesizer")))
    if uses_synthetic(mix):
        n_real = len(rows) if mix == "real+synthetic" else 0
        model.ledger.update(memorisation_gate=gate, n_real_records=n_real, n_synthetic_records=len(train) - n_real)
    model.save(snakemake.output.model)
    write_json(model.ledger, snakemake.output.ledger)
    log.info("trained %s (data mix %s) on %d records (%d training-split records); ledger: %s", wildcards.model,
             mix, model.ledger["n_records"], len(rows),
             {k: model.ledger.get(k) for k in ("privacy_unit", "n_persons", "records_dropped_by_cap",
                                               "epsilon_spent", "noise_multiplier", "steps",
                                               "epsilon_composed", "formal_guarantee")})
