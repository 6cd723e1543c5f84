from confide.workflow import split_train_params
from confide.workflow import raw_inputs


rule ingest_records:
    input:
        raw=raw_inputs(config),
    output:
        records="results/ingest/records.parquet",
        gold_spans="results/ingest/gold_spans.jsonl",
    params:
        data=config["data"],
    log:
        "logs/ingest/ingest_records.log",
    group:
        "pii"
    conda:
        "../envs/ingest.yaml"
    script:
        "../scripts/ingest_records.py"


rule validate_records:
    input:
        records="results/ingest/records.parquet",
    output:
        summary="reports/data_quality/validation.json",
        docs=directory("reports/data_quality/gx_docs"),
    params:
        data=config["data"],
        quality=config["quality"],
    log:
        "logs/ingest/validate_records.log",
    group:
        "pii"
    conda:
        "../envs/ingest.yaml"
    script:
        "../scripts/validate_records.py"


rule split_records:
    input:
        records="results/ingest/records.parquet",
        validation="reports/data_quality/validation.json",
    output:
        records="results/split/records.parquet",
        summary="results/split/split.json",
    params:
        split=config["split"],
        # the training seeds, when each gets its own split (split.vary_with_seed)
        train=split_train_params(config),
    log:
        "logs/ingest/split_records.log",
    group:
        "pii"
    conda:
        "../envs/ingest.yaml"
    script:
        "../scripts/split_records.py"
