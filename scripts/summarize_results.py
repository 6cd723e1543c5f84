"""Rule summarize_results: collect every variant and stage summary into reports/summary.json."""

from pathlib import Path

from confide.io import read_json, write_json
from confide.provenance import data_hash, git_commit, package_versions
from confide.report.summary import build_summary, variant_entry, write_frontier_csv
from confide.workflow import logged_errors, script_logger

log = script_logger(snakemake.log[0], "summarize_results")
with logged_errors(log):
    inputs = snakemake.input
    # each variant's identity (model, ε, seed, data mix) is the one its ledger records
    variants = [variant_entry(ledger=read_json(ledger), evaluation=read_json(metrics))
                for metrics, ledger in zip(inputs.metrics, inputs.ledgers, strict=True)]
    anonymization = {**read_json(inputs.anonymize_summary), **read_json(inputs.anonymization)}
    summary = build_summary(
        variants=variants, split=read_json(inputs.split), quality=read_json(inputs.quality),
        anonymization=anonymization, data_source=snakemake.params.data["source"],
        provenance={"git_commit": git_commit(), "data_hash": data_hash(list(inputs.raw)),
                    "package_versions": package_versions(),
                    "key_fingerprint": snakemake.params.key_fingerprint},
        synthetic=read_json(inputs.synthetic) if "synthetic" in inputs.keys() else None,
        default_model=snakemake.params.train["default_model"],
    )
    write_json(summary, snakemake.output.summary)
    write_frontier_csv(summary["variants"], Path(snakemake.output.frontier))
    log.info("summarized %d variants", len(variants))
