# Confide workflow: ingest -> quality gate -> split -> anonymize -> (synthesize) -> train ->
# evaluate -> report -> track. A table of contents; the logic lives in src/confide/.
from confide.config import validate_params
from confide.workflow import set_offline_environment, variant_paths

set_offline_environment()


configfile: "params.yaml"


config = validate_params(config, files=workflow.configfiles)


report: "reports/workflow.rst"


include: "rules/ingest.smk"
include: "rules/anonymize.smk"
include: "rules/synthesize.smk"
include: "rules/train.smk"
include: "rules/evaluate.smk"
include: "rules/report.smk"


rule all:
    input:
        "reports/report.html",
        "reports/summary.json",
        "results/tracking/mlflow_runs.json",
