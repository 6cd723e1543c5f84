# The PII boundary: only these rules (and ingestion) read raw text. Everything downstream reads
# results/anonymize/records.parquet.
from confide.anonymize.keys import current_key_fingerprint


rule anonymize_records:
    input:
        records="results/split/records.parquet",
    output:
        records="results/anonymize/records.parquet",
        audit="results/anonymize/audit.jsonl",
        summary="results/anonymize/summary.json",
    params:
        anonymize=config["anonymize"],
        # A changed pseudonym key changes the params, so Snakemake re-runs anonymization.
        key_fingerprint=lambda wildcards: current_key_fingerprint(),
    log:
        "logs/anonymize/anonymize_records.log",
    benchmark:
        "benchmarks/anonymize/anonymize_records.tsv"
    threads: 2
    resources:
        mem_mb=8000,
    group:
        "pii"
    conda:
        "../envs/anonymize.yaml"
    script:
        "../scripts/anonymize_records.py"


rule evaluate_anonymization:
    input:
        raw="results/split/records.parquet",
        gold_spans="results/ingest/gold_spans.jsonl",
        anonymized="results/anonymize/records.parquet",
        audit="results/anonymize/audit.jsonl",
    output:
        metrics="reports/anonymization.json",
    params:
        anonymize=config["anonymize"],
    log:
        "logs/anonymize/evaluate_anonymization.log",
    threads: 2
    group:
        "pii"
    conda:
        "../envs/anonymize.yaml"
    script:
        "../scripts/evaluate_anonymization.py"
