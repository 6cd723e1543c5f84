"""Real-data check: the full workflow sweep on Dreaddit (../shared/data/dreaddit), frontier table.

Runs the repository's Snakefile in a scratch folder with the Dreaddit CSV as a `file` source
(segments grouped by `post_id`, so no post is in both train and test), then prints and saves
utility, epsilon and attack strength per variant to bench/results/dreaddit_frontier.json.

    .venv/bin/python bench/dreaddit_sweep.py [--seeds 0] [--cores 2]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
DREADDIT = REPO.parent / "shared" / "data" / "dreaddit" / "dreaddit-train.csv"
WORKDIR = REPO / "bench" / "results" / "dreaddit_run"
OUT = REPO / "bench" / "results" / "dreaddit_frontier.json"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seeds", type=int, nargs="+", default=[0])
    parser.add_argument("--cores", type=int, default=2)
    args = parser.parse_args()
    if not DREADDIT.exists():
        print(f"skipped: {DREADDIT} is absent")
        return 0
    params = yaml.safe_load((REPO / "params.yaml").read_text())
    params["data"] = {"source": "file", "labels": ["0", "1"], "file": {
        "path": str(DREADDIT), "format": "csv",
        "columns": {"id": "id", "text": "text", "label": "label", "group": "post_id", "date": None}}}
    params["train"]["seeds"] = args.seeds
    WORKDIR.mkdir(parents=True, exist_ok=True)
    (WORKDIR / "params.yaml").write_text(yaml.safe_dump(params, sort_keys=False))
    started = time.perf_counter()
    subprocess.run([str(Path(sys.executable).with_name("snakemake")), "--snakefile", str(REPO / "Snakefile"),
                    "--directory", str(WORKDIR), "--cores", str(args.cores), "--profile",
                    str(REPO / "profiles" / "local"), "--quiet", "rules"], check=True)
    seconds = time.perf_counter() - started
    summary = json.loads((WORKDIR / "reports" / "summary.json").read_text())
    rows = []
    for v in summary["variants"]:
        low = v.get("attack_tpr_low_fpr") or {}
        one_run = v.get("one_run") or {}
        rows.append({"model": v["model"], "seed": v["seed"], "epsilon_target": v["epsilon_target"],
                     "epsilon_spent": v["epsilon_spent"], "macro_f1": v["utility"]["macro_f1"],
                     "headline_attack": v["headline_attack"], "attack_auc": v["attack_auc"],
                     "tpr_fpr_point": low.get("fpr_point"), "tpr": low.get("tpr"),
                     "tpr_ci": [low.get("ci_low"), low.get("ci_high")],
                     "epsilon_lower_bound": v["epsilon_lower_bound"],
                     "eps_hat_confidence": v.get("eps_hat_confidence"),
                     "eps_hat_ceiling": v.get("eps_hat_ceiling"),
                     "one_run_eps": one_run.get("epsilon_lower_bound"), "one_run_m": one_run.get("m"),
                     "one_run_ceiling": one_run.get("ceiling"), "canary_auc": one_run.get("canary_auc")})
    OUT.write_text(json.dumps({"workflow_seconds": seconds, "rows": summary["data"]["rows"],
                               "variants": rows}, indent=2))

    def num(x: object, width: int, digits: int = 3) -> str:
        return f"{x:>{width}.{digits}f}" if isinstance(x, int | float) else f"{'–':>{width}s}"

    print(f"{'model':16s}{'eps':>6s}{'spent':>8s}{'macro-F1 [95% CI]':>26s}{'AUC':>7s}{'FPR':>7s}"
          f"{'TPR [CI]':>22s}{'eps^':>7s}{'ceil':>7s}{'1-run':>7s}{'m':>6s}")
    for r in rows:
        f1 = r["macro_f1"]
        spent = r["epsilon_spent"] if isinstance(r["epsilon_spent"], str) else f"{r['epsilon_spent']:.2f}"
        ci = r["tpr_ci"]
        tpr = f"{num(r['tpr'], 6)} [{num(ci[0], 5)}, {num(ci[1], 5)}]"
        print(f"{r['model']:16s}{r['epsilon_target']!s:>6s}{spent:>8s}"
              f"{f1['value']:>10.3f} [{f1['ci_low']:.3f}, {f1['ci_high']:.3f}]"
              f"{num(r['attack_auc'], 7)}{num(r['tpr_fpr_point'], 7)}{tpr:>22s}"
              f"{num(r['epsilon_lower_bound'] or 0, 7, 2)}{num(r['eps_hat_ceiling'], 7, 2)}"
              f"{num(r['one_run_eps'] or 0, 7, 2)}{r['one_run_m'] or 0:>6d}")
    print(f"workflow wall time: {seconds:.0f} s; report: {WORKDIR / 'reports' / 'report.html'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
