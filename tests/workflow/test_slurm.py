"""The tiny workflow through `profiles/slurm` on a real one-node SLURM cluster (`.ci/slurm.sh`).

One run is stopped with SIGTERM as soon as its first SLURM job is submitted, then resumed with the
same command; the two runs together show that SIGTERM waits for the submitted job and submits
nothing more, that the resumed run redoes nothing, that every non-local job went through `sbatch`
with the rule's threads, memory and time limit, and that a rerun has nothing to do.

Skips, naming why, when SLURM is not installed or no cluster answers (`bash .ci/slurm.sh up` as
root installs and starts one). The daemons that `.ci/slurm.sh` started are stopped at the end.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.conftest import REPO, SNAKEMAKE, write_params
from tests.workflow.tiny_params import TINY

pytestmark = pytest.mark.e2e

SLURM_SH = REPO / ".ci" / "slurm.sh"
PROFILE = REPO / "profiles" / "slurm"
ENV = {"CONFIDE_PSEUDONYM_KEY": "00" * 32}
# Test-only settings on top of the profile: poll SLURM from the first second and keep the job logs.
FAST = ("--slurm-init-seconds-before-status-checks", "1", "--slurm-keep-successful-logs")


def _cluster_answers() -> bool:
    try:
        return subprocess.run(["sinfo", "-h", "-o", "%a"], capture_output=True, timeout=10).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


@pytest.fixture(scope="module")
def slurm_cluster():
    missing = [tool for tool in ("sbatch", "squeue", "scontrol", "slurmctld", "slurmd") if not shutil.which(tool)]
    if missing:
        pytest.skip(f"SLURM not installed ({', '.join(missing)} missing): run `bash .ci/slurm.sh up` as root")
    if not _cluster_answers() and os.geteuid() == 0:
        subprocess.run(["bash", str(SLURM_SH), "up"], check=False, timeout=600)
    if not _cluster_answers():
        pytest.skip("no SLURM cluster answers `sinfo`: run `bash .ci/slurm.sh up` as root")
    yield
    subprocess.run(["bash", str(SLURM_SH), "down"], check=False, timeout=120)


def profile_arguments(monkeypatch: pytest.MonkeyPatch, **env: str) -> dict[str, object]:
    """The slurm profile as Snakemake reads it, under the given SBATCH_* environment."""
    from snakemake.profiles import ProfileConfigFileParser

    for name in ("SBATCH_ACCOUNT", "SBATCH_PARTITION"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    with (PROFILE / "config.yaml").open() as stream:
        parsed = ProfileConfigFileParser().parse(stream)
    return {**parsed, "default-resources": dict(r.split("=", 1) for r in parsed["default-resources"])}


def test_when_slurm_profile_is_read_then_it_needs_no_conda_and_leaves_account_partition_and_cpus_to_others(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    profile = profile_arguments(monkeypatch)
    assert profile["executor"] == "slurm"
    assert "software-deployment-method" not in profile and "sdm" not in profile
    # A default cpus_per_task would override every rule's threads (evaluate_anonymization has 2).
    assert set(profile["default-resources"]) == {"mem_mb", "runtime"}
    assert profile["slurm-status-command"] == "squeue"


def test_when_sbatch_account_and_partition_are_exported_then_the_profile_adds_them_to_its_defaults(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    resources = profile_arguments(monkeypatch, SBATCH_ACCOUNT="lab_a", SBATCH_PARTITION="short")["default-resources"]
    assert resources == {"mem_mb": "4000", "runtime": "60", "slurm_account": "lab_a", "slurm_partition": "short"}


def test_when_workflow_is_planned_with_the_slurm_profile_and_no_conda_then_it_succeeds(tmp_path: Path) -> None:
    # sharded, so the plan also shows that the shard jobs do not re-enter the raw-text job group
    # (SLURM plans refuse a group that a job outside it depends on and feeds back into)
    write_params(tmp_path, {**TINY, "workflow": {"shards": {"anonymize": 2}}})
    env = {k: v for k, v in os.environ.items() if k not in ("SBATCH_ACCOUNT", "SBATCH_PARTITION")}
    env["PATH"] = os.pathsep.join(p for p in env.get("PATH", "").split(os.pathsep)
                                  if not (Path(p) / "conda").exists())
    planned = subprocess.run(snakemake_command(tmp_path, "--dry-run"), capture_output=True, text=True,
                             timeout=300, env={**env, **ENV}, cwd=tmp_path)
    assert planned.returncode == 0, (planned.stdout + planned.stderr)[-3000:]
    stats = job_stats(planned.stdout + planned.stderr)
    assert stats["train_model"] >= 2 and stats["detect_identifiers"] == 2


def snakemake_command(workdir: Path, *extra: str) -> list[str]:
    return [str(SNAKEMAKE), "--snakefile", str(REPO / "Snakefile"), "--directory", str(workdir),
            "--profile", str(PROFILE), *FAST, *extra]


@dataclass
class RunLog:
    """What one Snakemake run's log says about its jobs (rule names and job ids, never data)."""

    rules: dict[str, str] = field(default_factory=dict)        # snakemake job id -> rule
    local: set[str] = field(default_factory=set)                # job ids run on the submit host
    slurm_id: dict[str, str] = field(default_factory=dict)      # job id -> SLURM job id
    finished: list[str] = field(default_factory=list)           # job ids, in order


def parse_run_log(text: str) -> RunLog:
    """Jobs announced, run locally, submitted with sbatch and finished, from Snakemake's output."""
    log = RunLog()
    pending: list[str] = []           # announced, not yet submitted (a group job lists several)
    last_rule: tuple[str, bool] | None = None
    for line in text.splitlines():
        if m := re.match(r"^\s*(local)?rule (\w+):$", line):
            last_rule = (m.group(2), bool(m.group(1)))
        elif (m := re.match(r"^\s*jobid: (\d+)$", line)) and last_rule:
            log.rules[m.group(1)] = last_rule[0]
            (log.local.add if last_rule[1] else pending.append)(m.group(1))
            last_rule = None
        elif m := re.search(r"has been submitted with SLURM jobid (\d+)", line):
            log.slurm_id.update({job: m.group(1) for job in pending})
            pending = []
        elif m := re.match(r"^Finished jobid: (\d+) \(Rule: (\w+)\)", line):
            log.finished.append(m.group(1))
    return log


def scontrol_job(slurm_id: str) -> dict[str, str]:
    """`scontrol show job` as a dict (available for MinJobAge seconds after the job ends)."""
    out = subprocess.run(["scontrol", "-o", "show", "job", slurm_id], capture_output=True, text=True,
                         timeout=30, check=True).stdout
    return dict(item.split("=", 1) for item in out.split() if "=" in item)


def job_stats(text: str) -> Counter:
    """The `Job stats` table of a dry run: rule -> number of jobs."""
    table = text.split("Job stats:", 1)[1].split("total", 1)[0]
    return Counter({rule: int(n) for rule, n in re.findall(r"^(\w+)\s+(\d+)$", table, flags=re.MULTILINE)})


def test_when_run_on_slurm_is_stopped_and_resumed_then_every_job_went_through_sbatch_once(
    slurm_cluster, tmp_path: Path,
) -> None:
    write_params(tmp_path, TINY)
    env = {**os.environ, **ENV}
    planned = subprocess.run(snakemake_command(tmp_path, "--dry-run"), capture_output=True, text=True,
                             timeout=300, env=env, cwd=tmp_path)
    assert planned.returncode == 0, planned.stderr[-3000:]
    expected = job_stats(planned.stdout + planned.stderr)
    assert expected["train_model"] >= 2

    # 1. Start, and send SIGTERM as soon as the first SLURM job is submitted.
    first_log = tmp_path / "run1.log"
    with first_log.open("w") as out:
        proc = subprocess.Popen(snakemake_command(tmp_path), stdout=out, stderr=subprocess.STDOUT,
                                env=env, cwd=tmp_path)
        deadline = time.monotonic() + 300
        while "has been submitted with SLURM jobid" not in first_log.read_text():
            assert proc.poll() is None and time.monotonic() < deadline, first_log.read_text()[-3000:]
            time.sleep(0.5)
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=600)
    first = parse_run_log(first_log.read_text())
    assert proc.returncode != 0
    assert "Stopped by SIGTERM" in first_log.read_text(), "the stop must say that no job failed"
    assert len(set(first.slurm_id.values())) == 1, "SIGTERM must stop new submissions"
    assert set(first.finished) == set(first.slurm_id), "the stopped run must record its submitted jobs as done"
    (stopped_job,) = set(first.slurm_id.values())
    stopped = scontrol_job(stopped_job)
    assert stopped["JobState"] == "COMPLETED", "SIGTERM must wait for the submitted job"
    run_name = stopped["JobName"]
    assert run_name.startswith("confide_")
    queue = subprocess.run(["squeue", "-h", "--name", run_name], capture_output=True, text=True, timeout=30)
    assert queue.stdout.strip() == "", "no job of the stopped run may be left in the queue"
    # The first job is the raw-text group (ingest ... anonymize): two threads, anonymization's memory.
    assert {first.rules[j] for j in first.slurm_id} >= {"ingest_records", "anonymize_records"}
    assert stopped["NumCPUs"] == "2" and stopped["MinMemoryNode"] == "8000M"

    # 2. Resume with the same command: it finishes and redoes none of the stopped run's jobs.
    second_log = tmp_path / "run2.log"
    resumed = subprocess.run(snakemake_command(tmp_path), capture_output=True, text=True, timeout=900,
                             env=env, cwd=tmp_path)
    second_log.write_text(resumed.stdout + resumed.stderr)
    assert resumed.returncode == 0, (resumed.stdout + resumed.stderr)[-4000:]
    second = parse_run_log(second_log.read_text())
    assert (tmp_path / "reports" / "report.html").stat().st_size > 10_000

    ran = Counter()
    for run in (first, second):
        for job in run.finished:
            assert job in run.local or job in run.slurm_id, f"job {job} ({run.rules[job]}) did not go through sbatch"
            ran[run.rules[job]] += 1
    assert ran == expected, "each planned job must run exactly once over the stopped and the resumed run"
    local_rules = {second.rules[j] for j in second.local}
    assert local_rules <= {"summarize_results", "render_report", "track_runs", "all"}
    assert sum(n for rule, n in expected.items() if rule not in local_rules) == (
        len(first.slurm_id) + len(second.slurm_id))

    # Threads, memory and the time limit reach sbatch.
    train_job = next(j for j, rule in second.rules.items() if rule == "train_model")
    train = scontrol_job(second.slurm_id[train_job])
    assert train["JobState"] == "COMPLETED"
    assert train["NumCPUs"] == "1" and train["MinMemoryNode"] == "4000M" and train["TimeLimit"] == "01:00:00"

    # 3. A rerun through the profile has nothing to do and submits nothing.
    rerun = subprocess.run(snakemake_command(tmp_path), capture_output=True, text=True, timeout=300,
                           env=env, cwd=tmp_path)
    assert rerun.returncode == 0, rerun.stderr[-3000:]
    assert "Nothing to be done" in rerun.stdout + rerun.stderr
    assert "submitted with SLURM jobid" not in rerun.stdout + rerun.stderr
