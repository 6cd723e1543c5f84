# The PII boundary: only these rules (and ingestion) read raw text. Everything downstream reads
# results/anonymize/records.parquet.


rule anonymize_records:
    input:
        records="results/split/records.parquet",
    output:
        records="results/anonymize/records.parquet",
        audit="results/anonymize/audit.jsonl",
        summary="results/anonymize/summary.json",
    params:
        anonymize=config["anonymize"],
    log:
        "logs/anonymize/anonymize_records.log",
    benchmark:
        "benchmarks/anonymize/anonymize_records.tsv"
    threads: 2
    conda:
        "../envs/anonymize.yaml"
    script:
        "../scripts/anonymize_records.py"


rule evaluate_anonymization:
    input:
        raw="results/split/records.parquet",
        gold_spans="results/ingest/gold_spans.jsonl",
        anonymized="results/anonymize/records.parquet",
    output:
        metrics="reports/anonymization.json",
    params:
        anonymize=config["anonymize"],
    log:
        "logs/anonymize/evaluate_anonymization.log",
    threads: 2
    conda:
        "../envs/anonymize.yaml"
    script:
        "../scripts/evaluate_anonymization.py"
