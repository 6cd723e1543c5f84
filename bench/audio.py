"""Benchmark of the speech branch's anonymizers on FSDD: privacy against both attackers, utility.

Every anonymizer of the registry, side by side (the McAdams coefficient swept, the keyed
per-speaker, per-utterance, cascade and VTLN variants, the pitch-shift reference): the ROCCH-EER
and linkability of the ignorant and lazy-informed attackers on the speaker-verification subset of
FSDD, the log-spectral distance, the wall time per utterance, and the content accuracy of a short
non-DP run (MLP on anonymized log-mel features, trained on the training speakers' utterances,
tested on the held-out speakers; ``--accuracy-per-speaker`` utterances per speaker). Uses the
same library calls as the workflow (confide.audio.pipeline).

Usage: PYTHONPATH=src python bench/audio.py [--per-speaker 40] [--alphas 0.7 0.8 0.9]
       [--accuracy-per-speaker 100] [--enroll-per-speaker 10] [--only NAME ...] [--out PATH]
Writes bench/results/audio.json and prints a table. Prints metrics only, never audio or names.
"""

from __future__ import annotations

import argparse
import json
import time
import warnings
from pathlib import Path

import numpy as np

from confide.audio.features import feature_matrix
from confide.audio.pipeline import anonymize_corpus, evaluate_voice_privacy, ingest, utility_sweep
from confide.config import validate_params

ROOT = Path(__file__).resolve().parents[1]

#: (anonymizer, options) run besides the McAdams alpha sweep.
CANDIDATES: list[tuple[str, dict[str, float]]] = [
    ("mcadams_per_speaker", {"alpha_low": 0.7, "alpha_high": 0.9}),
    ("mcadams_per_utterance", {"alpha_low": 0.5, "alpha_high": 0.9}),
    ("mcadams_per_utterance", {"alpha_low": 0.6, "alpha_high": 0.9}),
    ("mcadams_pitch", {"alpha_low": 0.7, "alpha_high": 0.9, "semitones_low": 1.0, "semitones_high": 3.0}),
    ("vtln", {"warp_low": 0.08, "warp_high": 0.2}),
    ("pitch_shift", {"semitones": -3.0}),
]


def _config(per_speaker: int, asv_per_speaker: int, enroll_per_speaker: int = 10) -> dict:
    return validate_params({"data": {"modality": "audio"},
                            "audio": {"fsdd": {"path": str(ROOT.parent / "shared" / "data" / "fsdd")},
                                      "max_per_speaker": per_speaker,
                                      "asv": {"utterances_per_speaker": asv_per_speaker,
                                              "enroll_per_speaker": enroll_per_speaker},
                                      "train": {"epsilons": [float("inf")], "seeds": [0]},
                                      "audit": {"reference_models": 0}}})["audio"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-speaker", type=int, default=40)
    parser.add_argument("--alphas", type=float, nargs="+", default=[0.7, 0.8, 0.9])
    parser.add_argument("--accuracy-per-speaker", type=int, default=100, help="0 skips the accuracy run")
    parser.add_argument("--enroll-per-speaker", type=int, default=10,
                        help="enrollment utterances per speaker model (1: utterance-against-utterance trials)")
    parser.add_argument("--out", default="bench/results/audio.json")
    parser.add_argument("--only", nargs="+", default=None, help="anonymizer names to run (default: all)")
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    config = _config(args.per_speaker, args.per_speaker, args.enroll_per_speaker)
    key = b"bench-audio-key-" * 2
    manifest = ingest(config, key=key)
    acc_config = _config(args.accuracy_per_speaker, 20) if args.accuracy_per_speaker else None
    acc_manifest = ingest(acc_config, key=key) if acc_config else None
    runs = [("mcadams", {"alpha": a}) for a in args.alphas] + CANDIDATES
    if args.only:
        runs = [r for r in runs if r[0] in args.only]
    rows = []
    for name, options in runs:
        cfg = {**config, "options": {**config["options"], name: options}}
        start = time.perf_counter()
        waves, _ = anonymize_corpus(manifest, anonymizer=name, config=cfg, key=key)
        anonymize_s = time.perf_counter() - start
        start = time.perf_counter()
        metrics, _ = evaluate_voice_privacy(manifest, waves, anonymizer=name, config=cfg)
        attackers = metrics["attackers"]
        row = {"anonymizer": name, "options": options, "utterances": len(manifest),
               "anonymize_ms_per_utterance": 1000 * anonymize_s / len(manifest),
               "evaluate_s": time.perf_counter() - start,
               **{f"eer_{k}": v["eer"] for k, v in attackers.items()},
               **{f"linkability_{k}": v["linkability"] for k, v in attackers.items()},
               "lsd_db": metrics["log_spectral_distance_db"]["mean"]}
        if acc_config is not None:
            acc_cfg = {**acc_config, "options": {**acc_config["options"], name: options}}
            acc_waves, public = anonymize_corpus(acc_manifest, anonymizer=name, config=acc_cfg, key=key)
            feats = acc_cfg["features"]
            matrix = feature_matrix(acc_waves, sample_rate=acc_cfg["quality"]["sample_rate"],
                                    n_mels=feats["n_mels"], n_frames=feats["n_frames"])
            utility = utility_sweep(matrix, public, config=acc_cfg)
            row["accuracy_inf"] = float(np.mean([r["accuracy"] for r in utility]))
            row["accuracy_n_test"] = utility[0]["n_test"]
        rows.append(row)
        print(f"{name:22s} {json.dumps(options):72s} EER orig {row['eer_original']:.3f} "
              f"ign {row['eer_ignorant']:.3f} lazy {row['eer_lazy_informed']:.3f} | D ign "
              f"{row['linkability_ignorant']:.3f} lazy {row['linkability_lazy_informed']:.3f} | "
              f"LSD {row['lsd_db']:.1f} dB | acc {row.get('accuracy_inf', float('nan')):.3f} | "
              f"{row['anonymize_ms_per_utterance']:.0f} ms/utt", flush=True)
    out = ROOT / args.out
    out.write_text(json.dumps({"per_speaker": args.per_speaker, "enroll_per_speaker": args.enroll_per_speaker,
                               "accuracy_per_speaker": args.accuracy_per_speaker, "rows": rows}, indent=2))
    print(f"wrote {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
