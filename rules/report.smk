from confide.report.tracking_runs import tracking_patterns_for
from confide.variants import sweep_wildcards
from confide.workflow import pseudonym_key_fingerprint, summary_inputs_for


localrules:
    summarize_results,
    render_report,
    track_runs,


rule summarize_results:
    input:
        metrics=expand(rules.evaluate_model.output.metrics, zip, **sweep_wildcards(config["train"])),
        ledgers=expand(rules.train_model.output.ledger, zip, **sweep_wildcards(config["train"])),
        **summary_inputs_for(config),
    output:
        summary="reports/summary.json",
        frontier="reports/frontier.csv",
    params:
        data=config["data"],
        train={"default_model": config["train"]["default_model"]},
        key_fingerprint=pseudonym_key_fingerprint,
    log:
        "logs/report/summarize_results.log",
    conda:
        "../envs/report.yaml"
    script:
        "../scripts/summarize_results.py"


rule render_report:
    input:
        summary="reports/summary.json",
    output:
        html=report(
            "reports/report.html",
            caption="../reports/captions/report.rst",
            category="Report",
        ),
        figures=report(
            directory("reports/figures"),
            patterns=["{name}.png"],
            caption="../reports/captions/figure.rst",
            category="Figures",
        ),
    params:
        data=config["data"],
        split=config["split"],
        quality=config["quality"],
        anonymize=config["anonymize"],
        synthesize=config["synthesize"],
        train=config["train"],
        evaluate=config["evaluate"],
    log:
        "logs/report/render_report.log",
    conda:
        "../envs/report.yaml"
    script:
        "../scripts/render_report.py"


rule track_runs:
    input:
        summary="reports/summary.json",
        html="reports/report.html",
        figures="reports/figures",
    output:
        runs="results/tracking/mlflow_runs.json",
    params:
        data=config["data"],
        split=config["split"],
        quality=config["quality"],
        anonymize=config["anonymize"],
        synthesize=config["synthesize"],
        train=config["train"],
        evaluate=config["evaluate"],
        tracking=config["tracking"],
        # real start/end times of the runs, and each variant's files as its artifacts
        patterns=tracking_patterns_for(
            workflow.rules,
            variant_files=[rules.evaluate_model.output.metrics, rules.train_model.output.ledger],
        ),
    log:
        "logs/report/track_runs.log",
    conda:
        "../envs/report.yaml"
    script:
        "../scripts/track_runs.py"
