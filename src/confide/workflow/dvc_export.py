"""Generate `dvc.yaml` from the Snakemake DAG, so the DAG is written once (in the Snakefile).

Each Snakemake job becomes one DVC stage whose command asks Snakemake to (re)build exactly that
job's outputs with exactly that rule. Dependencies are the job's inputs plus the code it runs
(`scripts/<rule>.py`, `src/confide`); a rule's named ``params:`` are, by convention, top-level
sections of `params.yaml`, and become the stage's DVC params, so `dvc exp run -S train.epochs=3`
re-runs only the stages that read `train`.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

HEADER = ("# Generated from the Snakefile by `confide export-dvc` (make dvc-yaml). Do not edit:\n"
          "# tests/workflow/test_dvc_export.py fails when this file and the Snakefile drift.\n")
CODE_DEPS = ("src/confide",)
#: Never a DVC dependency or output (hashed, cached, pushed): the pseudonym key's folder.
SECRETS = ".secrets/"
FRONTIER = "reports/frontier.csv"


@dataclass(frozen=True)
class Job:
    """What DVC needs to know of one Snakemake job."""

    rule: str
    wildcards: dict[str, str]
    inputs: tuple[str, ...]
    outputs: tuple[str, ...]
    params: tuple[str, ...]
    script: str | None
    rule_file: str


def stage_name(job: Job) -> str:
    """A DVC stage name: the rule, then the wildcard values (``train_model-linear-1-0``)."""
    values = [re.sub(r"[^A-Za-z0-9_.]+", "_", v) for v in job.wildcards.values() if v]  # real mix: empty
    return "-".join([job.rule, *values])


def snakemake_jobs(snakefile: Path = Path("Snakefile"), *, sections: Iterable[str]) -> list[Job]:
    """Build the Snakemake DAG (all jobs, as if nothing existed yet) and describe each job."""
    from snakemake.api import SnakemakeApi
    from snakemake.settings.types import (
        DAGSettings,
        OutputSettings,
        Quietness,
        ResourceSettings,
    )

    known_sections = set(sections)
    written = yaml.safe_load((snakefile.resolve().parent / "params.yaml").read_text()) or {}
    with SnakemakeApi(OutputSettings(quiet={Quietness.ALL})) as api:
        workflow_api = api.workflow(resource_settings=ResourceSettings(cores=1),
                                    snakefile=snakefile.resolve(), workdir=snakefile.resolve().parent)
        dag_api = workflow_api.dag(dag_settings=DAGSettings(forceall=True))
        workflow = dag_api.workflow_api._workflow
        workflow.dag_settings = dag_api.dag_settings
        workflow._prepare_dag(forceall=True, ignore_incomplete=True, lock_warn_only=True)
        workflow._build_dag()
        jobs = []
        for job in workflow.dag.jobs:
            if job.rule.norun or any(str(f).startswith(SECRETS) for f in job.output):  # `all`, the key
                continue
            script = getattr(job.rule, "script", None)
            jobs.append(Job(
                rule=job.rule.name,
                wildcards={k: str(v) for k, v in job.wildcards_dict.items()},
                inputs=tuple(sorted(str(f) for f in job.input if not str(f).startswith(SECRETS))),
                outputs=tuple(sorted(str(f) for f in job.output)),
                params=_param_keys(job.params, workflow.config, written, known_sections),
                script=_script_path(script),
                rule_file=Path(job.rule.snakefile).relative_to(snakefile.resolve().parent).as_posix(),
            ))
    return sorted(jobs, key=stage_name)


def _param_keys(params: Any, config: Any, written: dict[str, Any], sections: set[str]) -> tuple[str, ...]:
    """DVC params of a job: a whole section, or the keys of the subset the rule passes.

    Only keys written in `params.yaml` can be DVC params (schema defaults are not in the file).
    """
    keys: list[str] = []
    for name in params._names:
        if name not in sections:
            continue
        value = getattr(params, name)
        if isinstance(value, dict) and value != config.get(name):
            keys.extend(f"{name}.{key}" for key in value if key in (written.get(name) or {}))
        elif name in written:
            keys.append(name)
    return tuple(sorted(keys))


def _script_path(script: Any) -> str | None:
    if not script:
        return None
    name = Path(str(script)).name
    return f"scripts/{name}"


def dvc_stages(jobs: list[Job]) -> dict[str, Any]:
    """The `dvc.yaml` document for these jobs."""
    stages: dict[str, Any] = {}
    for job in jobs:
        outputs = " ".join(job.outputs)
        deps = [*job.inputs, job.rule_file, *([job.script] if job.script else []), *CODE_DEPS]
        stage: dict[str, Any] = {
            "cmd": f"snakemake --cores 1 --force --allowed-rules {job.rule} -- {outputs}",
            "deps": list(dict.fromkeys(deps)),
        }
        if job.params:
            stage["params"] = list(job.params)
        stage["outs"] = [_out(path) for path in job.outputs]
        stages[stage_name(job)] = stage
    return {"stages": stages, **_metrics_and_plots(jobs)}


def _out(path: str) -> Any:
    """Reports and small JSON summaries are kept in git-visible form; the rest is DVC-cached."""
    if path.endswith(".json") and (path.startswith("reports/") or "/evaluate/" in path):
        return {path: {"cache": False}}
    return path


def _metrics_and_plots(jobs: list[Job]) -> dict[str, Any]:
    """Per-variant metrics for `dvc metrics show`, the frontier table for `dvc plots show`."""
    outputs = {o for job in jobs for o in job.outputs}
    doc: dict[str, Any] = {}
    metrics = sorted(o for o in outputs if o.endswith("metrics.json") and "/evaluate/" in o)
    if metrics:
        doc["metrics"] = metrics
    if FRONTIER in outputs:
        doc["plots"] = [{FRONTIER: {"x": "epsilon_spent", "y": "macro_f1", "template": "scatter",
                                    "title": "Privacy-utility frontier"}}]
    return doc


def render(document: dict[str, Any]) -> str:
    """YAML text of the generated file, stable across runs."""
    return HEADER + yaml.safe_dump(document, sort_keys=False, width=120)


def export(snakefile: Path, *, sections: Iterable[str], destination: Path) -> str:
    """Write `dvc.yaml` next to the Snakefile and return its text."""
    text = render(dvc_stages(snakemake_jobs(snakefile, sections=sections)))
    destination.write_text(text, encoding="utf-8")
    return text


#: dvc.yaml dependencies of ``ingest_records`` that are code, not raw input.
_INGEST_CODE_DEPS = ("rules/", "scripts/", "src/")


def dvc_yaml_problem(data: Mapping[str, Any], *, dvc_yaml: Path = Path("dvc.yaml")) -> str | None:
    """Why ``dvc.yaml`` no longer matches ``data``, or None (also when there is no dvc.yaml).

    ``dvc.yaml`` is generated from the Snakefile under the params of the day: after switching
    ``data.source`` (or ``data.file.path``) its ``ingest_records`` stage still lists the old raw
    input until ``make dvc-yaml`` runs. The message names no path (a file's name can identify
    someone).
    """
    if not dvc_yaml.is_file():
        return None
    from confide.ingest import source_path

    stage = ((yaml.safe_load(dvc_yaml.read_text(encoding="utf-8")) or {}).get("stages") or {}).get("ingest_records")
    if stage is None:
        return None
    listed = sorted(str(d) for d in stage.get("deps", []) if not str(d).startswith(_INGEST_CODE_DEPS))
    path = source_path(data)
    if listed == ([str(path)] if path else []):
        return None
    reads = "data.file.path" if data["source"] == "file" else f"data.source {data['source']}"
    return (f"{dvc_yaml} is stale: the raw input of its ingest_records stage does not match "
            f"params.yaml's {reads}, so `dvc repro` and `dvc status` would follow the old data. "
            "Run `make dvc-yaml` (`confide export-dvc`) to regenerate it, then commit it")


def warn_if_dvc_yaml_stale(data: Mapping[str, Any], *, dvc_yaml: Path = Path("dvc.yaml")) -> None:
    """Warn on stderr at workflow start-up when :func:`dvc_yaml_problem` finds one.

    The workflow runs on (its own DAG is right); only DVC would follow the old data. Written to
    stderr, not with ``warnings``: Snakemake does not show warnings raised while it reads the
    Snakefile.
    """
    problem = dvc_yaml_problem(data, dvc_yaml=dvc_yaml)
    if problem:
        print(f"confide: warning: {problem}", file=sys.stderr)
