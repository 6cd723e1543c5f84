"""What `make run` and `make ui` print: progress a person can follow and a last word with the answer.

``python -m confide.report.console condense`` reads Snakemake's output on stdin and writes one line
per finished job (``[ 12/107] train_model frozen_encoder ε=1 seed 0``); job blocks, "reason:"
lines and the banner are dropped, errors and anything unknown pass through unchanged. The full
log stays in ``.snakemake/log/``. ``finish`` prints the headline numbers, the report's path and
the MLflow runs page; ``ui-url`` prints the runs page before `make ui` starts the server.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from confide.report.tables import aggregate_variants, audit_verdict, headline_model, headline_rows

REPORT = Path("reports/report.html")
SUMMARY = Path("reports/summary.json")
RUNS = Path("results/tracking/mlflow_runs.json")
UI_ADDRESS = "http://127.0.0.1:5000"

_JOB = re.compile(r"^(?:local)?(?:rule|checkpoint) (?P<rule>\w+):$")
_FINISHED = re.compile(r"^Finished jobid: (?P<jobid>\d+) \(Rule: (?P<rule>\w+)\)")
_PROGRESS = re.compile(r"^(?P<done>\d+) of (?P<total>\d+) steps \((?P<pct>[^)]*)\) done")
_STAMP = re.compile(r"^\[\w{3} \w{3} +\d+ (?P<time>\d\d:\d\d:\d\d) \d{4}\](?P<rest>.*)$")
_DROP = ("Using profile ", "Assuming unrestricted", "Building DAG of jobs", "Using shell:", "Provided cores:",
         "Rules claiming more threads", "Conda environments:", "Select jobs to execute", "Execute ",
         "Using conda environments", "host: ")


def _wildcards(text: str) -> str:
    """``model=frozen_encoder, epsilon=1, seed=0`` -> ``frozen_encoder ε=1 seed 0``."""
    values = dict(part.split("=", 1) for part in text.split(", ") if "=" in part)
    words = [values.pop("model", "")]
    if "epsilon" in values:
        words.append(f"ε={values.pop('epsilon').replace('inf', '∞')}")
    if "seed" in values:
        words.append(f"seed {values.pop('seed')}")
    words += [f"{k}={v.lstrip('-')}" for k, v in values.items() if v]  # mix is empty for real data
    return " ".join(w for w in words if w)


def condense(lines: Iterable[str]) -> Iterator[str]:
    """Snakemake's console output as one line per finished job (see the module docstring)."""
    jobs: dict[str, str] = {}  # jobid -> wildcards in words
    in_banner = in_stats = False
    block: dict[str, str] | None = None  # the job block being read, with its indentation
    indent = 0
    finished: tuple[str, str] | None = None
    time = ""
    for raw in lines:
        line = raw.rstrip("\n")
        text = line.strip()
        depth = len(line) - len(line.lstrip())
        if in_banner:
            in_banner = bool(text)
            continue
        if in_stats:
            match = re.match(r"^total\s+(\d+)", text)
            if match:
                in_stats = False
                yield f"{match.group(1)} jobs to run; one line per finished job (full log: .snakemake/log/)"
            continue
        if block is not None:
            if text and depth > indent:
                key, _, value = text.partition(": ")
                block[key] = value
                continue
            if "jobid" in block:
                jobs[block["jobid"]] = _wildcards(block.get("wildcards", ""))
            block = None
        stamp = _STAMP.match(text)
        if stamp:
            time = stamp.group("time")
            if stamp.group("rest").strip().startswith("Group job"):
                continue
            if not stamp.group("rest").strip():
                continue
        if text == "SNAKEMAKE":
            in_banner = True
            continue
        if text.startswith("Job stats:"):
            in_stats = True
            continue
        if _JOB.match(text):
            block, indent = {}, depth
            continue
        match = _FINISHED.match(text)
        if match:
            finished = (match.group("jobid"), match.group("rule"))
            continue
        match = _PROGRESS.match(text)
        if match:
            done, total = match.group("done"), match.group("total")
            what = ""
            if finished:
                what = " ".join(w for w in (finished[1], jobs.get(finished[0], "")) if w)
            yield f"{time} [{done.rjust(len(total))}/{total}] {what}".strip()
            finished = None
            continue
        if not text or text.startswith(_DROP):
            continue
        yield line


def _fmt(value: Any, digits: int = 3) -> str:
    from confide.report.html import fmt

    return fmt(value, digits)


def finish_lines(summary: Mapping[str, Any] | None, runs: Mapping[str, Any] | None, *,
                 report: Path = REPORT) -> list[str]:
    """The last lines of `make run`: the headline, where the report is, the MLflow runs page."""
    lines = []
    if summary:
        rows = aggregate_variants(summary.get("variants", []))
        model = headline_model(summary, rows)
        box = headline_rows(rows, model=model) if model else []
        if box:
            lines.append(f"{model}, macro-F1 by ε (mean over seeds; change against non-private):")
            for row in box:
                change = "" if row.get("difference") is None else f" ({row['difference']:+.3f})"
                attack = ("" if row.get("attack_tpr") is None else
                          f", attack TPR {_fmt(row['attack_tpr'])} at FPR {_fmt(row.get('attack_fpr'))}")
                lines.append(f"  ε = {_fmt(row['epsilon_target'])}: {_fmt(row.get('macro_f1'))}{change}"
                             f"{attack}; {audit_verdict(row)}")
    state = "" if report.exists() else "  (not written: the run did not finish)"
    lines.append(f"Report: {report}{state}")
    url = (runs or {}).get("runs_url")
    lines.append(f"MLflow: {url}  (start the UI with `make ui`)" if url
                 else "MLflow: nothing logged yet (track_runs has not run)")
    if (runs or {}).get("comparison_url"):
        lines.append(f"  variants by ε: {runs['comparison_url']}")
    return lines


def _read(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else None


def main(argv: Sequence[str] | None = None) -> int:
    """``condense`` | ``finish`` | ``ui-url``."""
    command = (list(argv) if argv is not None else sys.argv[1:] or ["finish"])[0]
    if command == "condense":
        for line in condense(sys.stdin):
            print(line, flush=True)
    elif command == "finish":
        print("\n".join(finish_lines(_read(SUMMARY), _read(RUNS))))
    elif command == "ui-url":
        runs = _read(RUNS) or {}
        print(f"MLflow UI: open {runs.get('runs_url') or UI_ADDRESS}  (Ctrl-C stops it)", flush=True)
        if runs.get("comparison_url"):
            print(f"  variants by ε: {runs['comparison_url']}", flush=True)
    else:
        print(f"unknown command {command!r}; known: condense, finish, ui-url", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
