"""Benchmark of the workflow itself: reruns, a tiny SLURM run, and how the costly stages scale.

Parts (each runs the real Snakefile in a fresh copy of the repository under a temporary folder):

* ``--reruns CONFIG`` (``tiny`` or ``default``): a cold run of the whole workflow, a no-op rerun,
  and a rerun after one ε of the sweep changed (jobs planned by a dry run, then the run's time).
* ``--slurm``: the tiny workflow through ``profiles/slurm`` when a SLURM cluster answers
  (``bash .ci/slurm.sh up``): jobs submitted and wall time.
* ``--sizes 1000,10000``: synthetic notes of each size through ingest, validation, split,
  anonymization and sentence embedding (``--embed-sizes`` caps where embedding runs), then again
  with ``workflow.shards`` set to each of ``--shards``: wall time, CPU time and peak memory of every
  job from Snakemake's ``benchmark:`` files, the sharded stage's critical path (slowest shard plus
  the gather, what a cluster with a node per shard waits for) and its speed-up over one job, and
  whether the gathered outputs equal the unsharded ones byte for byte.

Usage: .venv/bin/python bench/workflow.py [--reruns tiny] [--slurm] [--sizes 1000,10000]
    [--embed-sizes 1000] [--shards 2,4] [--cores 2]
Writes bench/results/workflow.json (times, counts, hashes' equality; never a record) and prints.
On a shared machine, wall times grow with the load; CPU times and the load are recorded too.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from tests.workflow.tiny_params import TINY  # noqa: E402 - the tests' tiny configuration

BIN = Path(sys.executable).parent
KEY = "5a" * 32  # a fixed benchmark key (not secret): runs must agree under one key
SCALED = ["results/anonymize/records.parquet", "results/anonymize/audit.jsonl",
          "results/anonymize/summary.json"]
EMBEDDINGS = "results/features/sentence_embeddings.npy"
def _merge(base: dict, extra: dict) -> dict:
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(base.get(key), dict):
            _merge(base[key], value)
        else:
            base[key] = value
    return base


def _workdir(params: dict) -> Path:
    """A copy of the tracked and untracked (not ignored) files, with ``params`` over params.yaml."""
    workdir = Path(tempfile.mkdtemp(prefix="confide-bench-"))
    files = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard"],
                           cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    for name in files:
        if (ROOT / name).is_file() and not name.startswith(("tests/", "bench/")):
            (workdir / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, workdir / name)
    _write_params(workdir, params)
    return workdir


def _write_params(workdir: Path, params: dict) -> None:
    base = yaml.safe_load((ROOT / "params.yaml").read_text())
    (workdir / "params.yaml").write_text(yaml.safe_dump(_merge(base, json.loads(json.dumps(params)))))


def _snakemake(workdir: Path, *args: str, cores: int) -> tuple[float, str]:
    env = {**os.environ, "CONFIDE_PSEUDONYM_KEY": KEY, "PATH": f"{BIN}:{os.environ['PATH']}"}
    start = time.perf_counter()
    done = subprocess.run([str(BIN / "snakemake"), "--cores", str(cores), *args], cwd=workdir,
                          env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"snakemake {' '.join(args)} failed in {workdir}:\n{done.stderr[-3000:]}")
    return elapsed, done.stdout + done.stderr


def _planned_jobs(workdir: Path, cores: int, *args: str) -> int:
    _, out = _snakemake(workdir, "--dry-run", *args, cores=cores)
    if "Nothing to be done" in out:
        return 0
    table = out.split("Job stats:", 1)[1]
    return int(next(line.split()[1] for line in table.splitlines() if line.startswith("total")))


def _load() -> float:
    return round(os.getloadavg()[0], 1)


def reruns(config: str, cores: int) -> dict:
    """Cold run, no-op rerun and one-ε-changed rerun of the whole workflow."""
    params = TINY if config == "tiny" else {}
    workdir = _workdir(params)
    try:
        jobs = _planned_jobs(workdir, cores)
        cold, _ = _snakemake(workdir, cores=cores)
        noop, _ = _snakemake(workdir, cores=cores)
        eps = yaml.safe_load((workdir / "params.yaml").read_text())["train"]["epsilons"]
        changed = [3.0 if e == 2.0 else e for e in eps] if 2.0 in eps else [*eps[:-1], eps[-2] * 1.5]
        _write_params(workdir, {**params, "train": {**params.get("train", {}), "epsilons": changed}})
        eps_jobs = _planned_jobs(workdir, cores)
        eps_time, _ = _snakemake(workdir, cores=cores)
        return {"config": config, "cores": cores, "jobs": jobs, "cold_s": round(cold, 1),
                "noop_rerun_s": round(noop, 1), "one_epsilon_changed_jobs": eps_jobs,
                "one_epsilon_changed_s": round(eps_time, 1), "load_after": _load()}
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def slurm_run() -> dict:
    """The tiny workflow through profiles/slurm on the cluster .ci/slurm.sh started."""
    answers = subprocess.run(["bash", str(ROOT / ".ci" / "slurm.sh"), "status"], capture_output=True)
    if answers.returncode != 0:
        return {"skipped": "no SLURM cluster answers (run `bash .ci/slurm.sh up` as root)"}
    workdir = _workdir(TINY)
    try:
        elapsed, out = _snakemake(workdir, "--profile", str(ROOT / "profiles" / "slurm"),
                                  "--slurm-init-seconds-before-status-checks", "1", cores=2)
        submitted = out.count("has been submitted with SLURM jobid")
        local = sum(line.strip().startswith("localrule ") for line in out.splitlines())
        noop, _ = _snakemake(workdir, "--profile", str(ROOT / "profiles" / "slurm"), cores=2)
        return {"slurm_jobs": submitted, "local_jobs": local, "wall_s": round(elapsed, 1),
                "noop_rerun_s": round(noop, 1), "load_after": _load()}
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def _benchmarks(workdir: Path) -> dict[str, dict]:
    """Every job's benchmark file: wall s, CPU s and peak RSS (MB)."""
    out = {}
    for path in sorted((workdir / "benchmarks").rglob("*.tsv")):
        with path.open() as handle:
            row = next(csv.DictReader(handle, delimiter="\t"))
        out[path.relative_to(workdir / "benchmarks").as_posix()] = {
            "wall_s": round(float(row["s"]), 2), "cpu_s": round(float(row["cpu_time"]), 2),
            "max_rss_mb": round(float(row["max_rss"]), 1), "mean_load": row.get("mean_load")}
    return out


def _digests(workdir: Path, paths: list[str]) -> dict[str, str]:
    return {p: hashlib.sha256((workdir / p).read_bytes()).hexdigest() for p in paths}


def _sharded_stage(jobs: dict[str, dict], shard_prefix: str, gather: str) -> dict:
    shards = [v for k, v in jobs.items() if k.startswith(shard_prefix)]
    critical = max(s["wall_s"] for s in shards) + jobs[gather]["wall_s"]
    critical_cpu = max(s["cpu_s"] for s in shards) + jobs[gather]["cpu_s"]
    return {"shard_wall_s": [s["wall_s"] for s in shards], "shard_cpu_s": [s["cpu_s"] for s in shards],
            "shard_max_rss_mb": max(s["max_rss_mb"] for s in shards),
            "gather_wall_s": jobs[gather]["wall_s"], "gather_cpu_s": jobs[gather]["cpu_s"],
            "gather_max_rss_mb": jobs[gather]["max_rss_mb"],
            "critical_path_wall_s": round(critical, 2), "critical_path_cpu_s": round(critical_cpu, 2)}


def scaling(size: int, *, embed: bool, shard_counts: list[int], cores: int) -> dict:
    """One size: the unsharded stages, then each shard count; speed-ups and byte equality."""
    params = {**TINY, "data": {"source": "synthetic_notes",
                               "synthetic_notes": {"n_records": size, "seed": 3}},
              "train": {**TINY["train"], "models": ["frozen_encoder"]}}
    targets = [*SCALED, *([EMBEDDINGS] if embed else [])]
    workdir = _workdir({**params, "workflow": {"shards": {"anonymize": 1, "embed": 1}}})
    try:
        elapsed, _ = _snakemake(workdir, *targets, cores=cores)
        jobs = _benchmarks(workdir)
        reference = _digests(workdir, targets)
        result = {"records": size, "wall_s": round(elapsed, 1), "jobs": jobs, "load_after": _load(),
                  "sharded": {}}
        for count in shard_counts:
            shutil.rmtree(workdir / "benchmarks", ignore_errors=True)
            _write_params(workdir, {**params, "workflow": {"shards": {"anonymize": count, "embed": count}}})
            elapsed, _ = _snakemake(workdir, *targets, cores=cores)
            sharded_jobs = _benchmarks(workdir)
            anonymize = _sharded_stage(sharded_jobs, "anonymize/detect_identifiers/",
                                       "anonymize/anonymize_records.tsv")
            anonymize["speedup_wall"] = round(jobs["anonymize/anonymize_records.tsv"]["wall_s"]
                                              / anonymize["critical_path_wall_s"], 2)
            anonymize["speedup_cpu"] = round(jobs["anonymize/anonymize_records.tsv"]["cpu_s"]
                                             / anonymize["critical_path_cpu_s"], 2)
            entry = {"wall_s": round(elapsed, 1), "anonymize": anonymize, "load_after": _load(),
                     "identical_to_unsharded": _digests(workdir, targets) == reference}
            if embed:
                stage = _sharded_stage(sharded_jobs, "train/embed_text_shard/", "train/embed_texts.tsv")
                stage["speedup_wall"] = round(jobs["train/embed_texts.tsv"]["wall_s"]
                                              / stage["critical_path_wall_s"], 2)
                stage["speedup_cpu"] = round(jobs["train/embed_texts.tsv"]["cpu_s"]
                                             / stage["critical_path_cpu_s"], 2)
                entry["embed"] = stage
            result["sharded"][str(count)] = entry
            # back to one job each, so the next count reruns its shards from the same state
            _write_params(workdir, {**params, "workflow": {"shards": {"anonymize": 1, "embed": 1}}})
        return result
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reruns", choices=["tiny", "default"])
    parser.add_argument("--slurm", action="store_true")
    parser.add_argument("--sizes", default="")
    parser.add_argument("--embed-sizes", default="")
    parser.add_argument("--shards", default="2,4")
    parser.add_argument("--cores", type=int, default=2)
    parser.add_argument("--out", default=str(ROOT / "bench" / "results" / "workflow.json"))
    args = parser.parse_args()
    out = Path(args.out)
    results = json.loads(out.read_text()) if out.exists() else {}
    results["machine"] = {"cpus": os.cpu_count(), "python": platform.python_version(),
                          "load_at_start": _load()}
    if args.reruns:
        results[f"reruns_{args.reruns}"] = reruns(args.reruns, args.cores)
        print(json.dumps(results[f"reruns_{args.reruns}"], indent=1))
    if args.slurm:
        results["slurm_tiny"] = slurm_run()
        print(json.dumps(results["slurm_tiny"], indent=1))
    embed_sizes = {int(s) for s in args.embed_sizes.split(",") if s}
    shard_counts = [int(s) for s in args.shards.split(",") if s]
    for size in (int(s) for s in args.sizes.split(",") if s):
        entry = scaling(size, embed=size in embed_sizes, shard_counts=shard_counts, cores=args.cores)
        results.setdefault("scaling", {})[str(size)] = entry
        print(json.dumps({k: v for k, v in entry.items() if k != "jobs"}, indent=1))
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(results, indent=1))
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=1))
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
