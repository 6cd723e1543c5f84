# One job per (model, epsilon, seed) of the sweep; epsilon "inf" is the non-private baseline.
from confide.workflow import train_inputs, variant_training_config


wildcard_constraints:
    epsilon=r"inf|[0-9]+(\.[0-9]+)?",
    seed=r"[0-9]+",


rule embed_texts:
    input:
        records="results/anonymize/records.parquet",
    output:
        embeddings="results/features/sentence_embeddings.npy",
    params:
        train=variant_training_config(config),
    log:
        "logs/train/embed_texts.log",
    benchmark:
        "benchmarks/train/embed_texts.tsv"
    threads: 2
    resources:
        mem_mb=8000,
    conda:
        "../envs/train.yaml"
    script:
        "../scripts/embed_texts.py"


rule train_model:
    input:
        unpack(train_inputs),
    output:
        model=directory("results/train/{model}/eps-{epsilon}/seed-{seed}/model"),
        ledger="results/train/{model}/eps-{epsilon}/seed-{seed}/ledger.json",
    params:
        data=config["data"],
        train=variant_training_config(config),
    log:
        "logs/train/{model}/eps-{epsilon}/seed-{seed}.log",
    benchmark:
        "benchmarks/train/{model}/eps-{epsilon}/seed-{seed}.tsv"
    threads: 1
    resources:
        mem_mb=4000,
    conda:
        "../envs/train.yaml"
    script:
        "../scripts/train_model.py"
