from confide.variants import PATHS, REAL_VARIANT, VARIANT
from confide.workflow import evaluate_inputs_for, reference_inputs, variant_training_config


rule plan_audit:
    input:
        records="results/anonymize/records.parquet",
    output:
        canaries="results/audit/canaries.parquet",
        secrets="results/audit/secrets.parquet",
        records="results/audit/records.parquet",
    params:
        evaluate=config["evaluate"],
        train={"privacy_unit": config["train"].get("privacy_unit")},
    log:
        "logs/evaluate/plan_audit.log",
    conda:
        "../envs/evaluate.yaml"
    script:
        "../scripts/plan_audit.py"


rule train_reference_model:
    input:
        unpack(reference_inputs),
    output:
        scores=PATHS["references"],
    params:
        data=config["data"],
        train=variant_training_config(config),
        evaluate=config["evaluate"],
    log:
        f"logs/evaluate/reference/{REAL_VARIANT}.log",
    benchmark:
        f"benchmarks/evaluate/reference/{REAL_VARIANT}.tsv"
    threads: 1
    resources:
        # K reference models plus the audit run, trained one after another: 17 training runs.
        mem_mb=4000,
        runtime=240,
    conda:
        "../envs/train.yaml"
    script:
        "../scripts/train_reference_model.py"


rule evaluate_model:
    input:
        unpack(evaluate_inputs_for(config, references=rules.train_reference_model.output.scores)),
        model=rules.train_model.output.model,
        ledger=rules.train_model.output.ledger,
    output:
        metrics=PATHS["metrics"],
    params:
        evaluate=config["evaluate"],
    log:
        f"logs/evaluate/{VARIANT}.log",
    benchmark:
        f"benchmarks/evaluate/{VARIANT}.tsv"
    conda:
        "../envs/evaluate.yaml"
    script:
        "../scripts/evaluate_model.py"
