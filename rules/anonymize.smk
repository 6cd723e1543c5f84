# The PII boundary: only these rules (and ingestion) read raw text. Everything downstream reads
# results/anonymize/records.parquet.
from confide.workflow import (
    key_rule_needed,
    pseudonym_key_file,
    pseudonym_key_fingerprint,
    pseudonym_key_input,
    shards,
)


# The pseudonym key (.secrets/pseudonym.key, git- and DVC-ignored), when CONFIDE_PSEUDONYM_KEY is
# unset. Defined only while the file is missing: no run, forced or not, can replace a key.
if key_rule_needed():

    localrules:
        create_pseudonym_key,

    rule create_pseudonym_key:
        output:
            key=protected(str(pseudonym_key_file())),
        log:
            "logs/anonymize/create_pseudonym_key.log",
        conda:
            "../envs/anonymize.yaml"
        script:
            "../scripts/create_pseudonym_key.py"


# With workflow.shards.anonymize > 1, detection runs as that many jobs and anonymize_records
# gathers their spans; the output is the same, byte for byte (confide.workflow.shards).
rule detect_identifiers:
    input:
        records=shards.SPLIT,
    output:
        spans=shards.SPAN_SHARD,
        extent=shards.SPAN_EXTENT,
    params:
        anonymize=config["anonymize"],
    log:
        "logs/anonymize/detect_identifiers/{shard}-of-{shards}.log",
    benchmark:
        "benchmarks/anonymize/detect_identifiers/{shard}-of-{shards}.tsv"
    wildcard_constraints:
        shard=r"[0-9]+",
        shards=r"[0-9]+",
    threads: 2
    resources:
        mem_mb=8000,
    conda:
        "../envs/anonymize.yaml"
    script:
        "../scripts/detect_identifiers.py"


rule anonymize_records:
    input:
        unpack(shards.anonymize_inputs_for(config)),
        **pseudonym_key_input(),
    output:
        records="results/anonymize/records.parquet",
        audit="results/anonymize/audit.jsonl",
        summary="results/anonymize/summary.json",
    params:
        anonymize=config["anonymize"],
        # A changed pseudonym key changes the params, so Snakemake re-runs anonymization.
        key_fingerprint=pseudonym_key_fingerprint,
    log:
        "logs/anonymize/anonymize_records.log",
    benchmark:
        "benchmarks/anonymize/anonymize_records.tsv"
    threads: 2
    resources:
        mem_mb=8000,
    group:
        shards.gather_group(config)
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
        **pseudonym_key_input(),
    output:
        metrics="reports/anonymization.json",
    params:
        anonymize=config["anonymize"],
        key_fingerprint=pseudonym_key_fingerprint,
    log:
        "logs/anonymize/evaluate_anonymization.log",
    threads: 2
    group:
        shards.gather_group(config)
    conda:
        "../envs/anonymize.yaml"
    script:
        "../scripts/evaluate_anonymization.py"
