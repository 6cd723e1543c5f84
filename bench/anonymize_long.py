"""Benchmark of the detector on long texts: this checkout against another one, side by side.

A record may hold a whole transcript or a bundle of letters, and a pass that reads every token
against every detection grows with the square of its length where short notes never show it. Texts
of each length are built by joining the synthetic notes; each checkout (this one and ``--baseline``,
e.g. ``git worktree add /tmp/base HEAD~1``) analyses them in its own process, in ``--rounds``
alternating rounds (the order flips each round, so drift on a shared machine hits both); the speedup
is the median of the per-round ratios. Both must find the same spans, or the run stops.

Usage: PYTHONPATH=src python bench/anonymize_long.py --baseline /tmp/base [--chars 400 10000 40000 80000]
    [--texts 4] [--rounds 3]
Writes bench/results/anonymize_long.json and prints a table. Prints times and counts only.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Run in each checkout's own interpreter path: builds the texts, warms the detector, then times it.
_WORKER = r"""
import hashlib, json, os, sys, time
chars, n_texts = int(sys.argv[1]), int(sys.argv[2])
from confide.anonymize.analyzer import TextAnalyzer
from confide.anonymize.config import resolve_config
from confide.ingest.synthetic_notes import generate_synthetic_notes
notes = list(generate_synthetic_notes(n_records=max(50, n_texts * chars // 250 + 1), seed=11)[0]["text"])
texts, current, i = [], [], 0
while len(texts) < n_texts:
    current.append(notes[i % len(notes)]); i += 1
    if sum(map(len, current)) >= chars:
        texts.append("\n\n".join(current)); current = []
analyzer = TextAnalyzer(resolve_config({"n_process": 1, "author_mentions": {"enabled": False}}))
analyzer.analyze(texts[:1])
start = time.perf_counter()
spans = analyzer.analyze(texts)
took = time.perf_counter() - start
found = [[(s.start, s.end, s.entity_type, s.source) for s in ss] for ss in spans]
digest = hashlib.sha256(json.dumps(found).encode()).hexdigest()
print(json.dumps({"seconds": took, "chars": sum(map(len, texts)), "spans": sum(map(len, found)), "digest": digest}))
"""


def _run(checkout: Path, chars: int, n_texts: int) -> dict:
    env = {**os.environ, "PYTHONPATH": f"{checkout / 'src'}", "TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS": ""}
    done = subprocess.run(
        [sys.executable, "-c", _WORKER, str(chars), str(n_texts)],
        env=env, capture_output=True, text=True, check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def _revision(checkout: Path) -> str:
    done = subprocess.run(["git", "-C", str(checkout), "rev-parse", "--short", "HEAD"], capture_output=True, text=True)
    return done.stdout.strip() or "unknown"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", type=Path, required=True, help="root of the checkout to compare against")
    parser.add_argument("--chars", type=int, nargs="+", default=[400, 10000, 40000, 80000])
    parser.add_argument("--texts", type=int, default=4)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "anonymize_long.json")
    args = parser.parse_args()
    checkouts = {"this": ROOT, "baseline": args.baseline.resolve()}
    rows = []
    for chars in args.chars:
        seconds: dict[str, list[float]] = {name: [] for name in checkouts}
        for r in range(args.rounds):
            runs = {name: _run(checkouts[name], chars, args.texts) for name in sorted(checkouts, reverse=bool(r % 2))}
            if runs["this"]["digest"] != runs["baseline"]["digest"]:
                raise SystemExit(f"the checkouts' spans differ on texts of {chars} characters")
            for name, run in runs.items():
                seconds[name].append(run["seconds"])
        ratio = statistics.median(b / t for b, t in zip(seconds["baseline"], seconds["this"], strict=True))
        rows.append({
            "chars_per_text": round(runs["this"]["chars"] / args.texts),
            "texts": args.texts,
            "spans": runs["this"]["spans"],
            "seconds_baseline": round(statistics.median(seconds["baseline"]), 2),
            "seconds_this": round(statistics.median(seconds["this"]), 2),
            "speedup": round(ratio, 2),
        })
        row = rows[-1]
        print(f"{row['chars_per_text']:>7} chars x {args.texts}: baseline {row['seconds_baseline']:.2f} s, "
              f"this {row['seconds_this']:.2f} s, {ratio:.2f}x ({row['spans']} spans, the same)", flush=True)
    result = {
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
        "this": _revision(ROOT), "baseline": _revision(checkouts["baseline"]),
        "rounds": args.rounds, "rows": rows,
    }
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
