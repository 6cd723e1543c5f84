# Optional synthetic augmentation (synthesize.enabled), one output set per training seed: seed s's
# synthesizer learns from seed s's training split only (confide.ingest.split.split_for_seed).
from confide.workflow import (
    EMBEDDINGS,
    SYNTHETIC,
    SYNTHETIC_EMBEDDINGS,
    SYNTHETIC_EMBEDDINGS_LEDGER,
    SYNTHETIC_EMBEDDINGS_SCORECARD,
    SYNTHETIC_LEDGER,
    SYNTHETIC_SCORECARD,
    synthesis_train_params,
)


# Tabular columns (tabular_mlp variants); text-only data writes empty outputs and a skip reason.
rule synthesize_records:
    input:
        records="results/anonymize/records.parquet",
    output:
        records=SYNTHETIC,
        ledger=SYNTHETIC_LEDGER,
        scorecard=SYNTHETIC_SCORECARD,
    params:
        synthesize=config["synthesize"],
        train=synthesis_train_params(config),
    wildcard_constraints:
        seed=r"[0-9]+",
    log:
        "logs/synthesize/synthesize_records/seed-{seed}.log",
    benchmark:
        "benchmarks/synthesize/synthesize_records/seed-{seed}.tsv"
    conda:
        "../envs/synthesize.yaml"
    script:
        "../scripts/synthesize_records.py"


# Text sources: synthetic sentence embeddings from a DP class-conditional Gaussian
# (synthesize.embedding), read by frozen_encoder variants with a synthetic data mix.
rule synthesize_embeddings:
    input:
        records="results/anonymize/records.parquet",
        embeddings=EMBEDDINGS,
    output:
        embeddings=SYNTHETIC_EMBEDDINGS,
        ledger=SYNTHETIC_EMBEDDINGS_LEDGER,
        scorecard=SYNTHETIC_EMBEDDINGS_SCORECARD,
    params:
        synthesize=config["synthesize"],
        train=synthesis_train_params(config),
        data=config["data"],
    wildcard_constraints:
        seed=r"[0-9]+",
    log:
        "logs/synthesize/synthesize_embeddings/seed-{seed}.log",
    benchmark:
        "benchmarks/synthesize/synthesize_embeddings/seed-{seed}.tsv"
    conda:
        "../envs/synthesize.yaml"
    script:
        "../scripts/synthesize_embeddings.py"
