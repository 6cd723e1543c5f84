# Confide workflow: ingest -> quality gate -> split -> anonymize -> (synthesize) -> train ->
# evaluate -> report -> track. A table of contents; the logic lives in src/confide/.
from confide.config import validate_params
from confide.workflow.dvc_export import warn_if_dvc_yaml_stale
from confide.workflow import explain_stop, set_offline_environment

set_offline_environment()


configfile: "params.yaml"


config = validate_params(config, files=workflow.configfiles)
warn_if_dvc_yaml_stale(config["data"])  # dvc.yaml is generated for the data of its day


report: "reports/workflow.rst"


onerror:
    explain_stop(workflow)


include: "rules/ingest.smk"
include: "rules/anonymize.smk"
include: "rules/synthesize.smk"
include: "rules/train.smk"
include: "rules/evaluate.smk"
include: "rules/report.smk"


# Speech branch (rules/audio.smk): its report is the default target when data.modality is audio.
if config["data"]["modality"] == "audio":

    include: "rules/audio.smk"

    rule all_audio:
        default_target: True
        input:
            rules.report_audio.output,
            rules.track_audio_runs.output,


rule all:
    input:
        "reports/report.html",
        "reports/summary.json",
        "results/tracking/mlflow_runs.json",
