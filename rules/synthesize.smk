# Optional: synthetic augmentation of the tabular part (switched by synthesize.enabled).


rule synthesize_records:
    input:
        records="results/anonymize/records.parquet",
    output:
        records="results/synthesize/records.parquet",
        ledger="results/synthesize/ledger.json",
        scorecard="reports/synthetic.json",
    params:
        synthesize=config["synthesize"],
        split=config["split"],
    log:
        "logs/synthesize/synthesize_records.log",
    benchmark:
        "benchmarks/synthesize/synthesize_records.tsv"
    conda:
        "../envs/synthesize.yaml"
    script:
        "../scripts/synthesize_records.py"
