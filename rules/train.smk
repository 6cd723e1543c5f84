# One job per (model, epsilon, seed, data mix) of the sweep; epsilon "inf" is the non-private
# baseline. {mix} is empty for real data (train.data_mix), "-real+synthetic" or "-synthetic" else.
from confide.variants import PATHS, VARIANT, WILDCARD_CONSTRAINTS
from confide.workflow import augmentation_params_for, shards, train_inputs, variant_training_config


wildcard_constraints:
    **WILDCARD_CONSTRAINTS,


# With workflow.shards.embed > 1, embedding runs as that many jobs and embed_texts concatenates
# them; the output is the same, byte for byte (confide.workflow.shards).
rule embed_text_shard:
    input:
        records=shards.ANONYMIZED,
    output:
        embeddings=shards.EMBEDDING_SHARD,
    params:
        train=variant_training_config(config),
    log:
        "logs/train/embed_text_shard/{shard}-of-{shards}.log",
    benchmark:
        "benchmarks/train/embed_text_shard/{shard}-of-{shards}.tsv"
    wildcard_constraints:
        shard=r"[0-9]+",
        shards=r"[0-9]+",
    threads: 2
    resources:
        mem_mb=8000,
    conda:
        "../envs/train.yaml"
    script:
        "../scripts/embed_text_shard.py"


rule embed_texts:
    input:
        unpack(shards.embed_inputs_for(config)),
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
        model=directory(PATHS["model"]),
        ledger=PATHS["ledger"],
    params:
        data=config["data"],
        train=variant_training_config(config),
        augmentation=augmentation_params_for(config),
    log:
        f"logs/train/{VARIANT}.log",
    benchmark:
        f"benchmarks/train/{VARIANT}.tsv"
    threads: 1
    resources:
        mem_mb=4000,
    conda:
        "../envs/train.yaml"
    script:
        "../scripts/train_model.py"
