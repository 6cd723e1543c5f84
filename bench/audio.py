"""Benchmark of the speech branch's privacy on FSDD: McAdams alpha sweep against both attackers.

For each McAdams coefficient (and the per-speaker and pitch-shift anonymizers), anonymizes the
speaker-verification subset of FSDD and reports the ROCCH-EER and linkability of the ignorant and
lazy-informed attackers, the log-spectral distance, and the wall time per utterance of anonymization
and of speaker embedding. Uses the same library calls as the workflow (confide.audio.pipeline).

Usage: PYTHONPATH=src python bench/audio.py [--per-speaker 40] [--alphas 0.7 0.8 0.9]
Writes bench/results/audio.json and prints a table. Prints metrics only, never audio or names.
"""

from __future__ import annotations

import argparse
import json
import time
import warnings
from pathlib import Path

from confide.audio.pipeline import anonymize_corpus, evaluate_voice_privacy, ingest
from confide.config import validate_params

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-speaker", type=int, default=40)
    parser.add_argument("--alphas", type=float, nargs="+", default=[0.7, 0.8, 0.9])
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    config = validate_params({"data": {"modality": "audio"},
                              "audio": {"fsdd": {"path": str(ROOT.parent / "shared" / "data" / "fsdd")},
                                        "max_per_speaker": args.per_speaker,
                                        "asv": {"utterances_per_speaker": args.per_speaker}}})["audio"]
    key = b"bench-audio-key-" * 2
    manifest = ingest(config, key=key)
    runs = [("mcadams", {"alpha": a}) for a in args.alphas]
    runs += [("mcadams_per_speaker", config["options"]["mcadams_per_speaker"]),
             ("pitch_shift", config["options"]["pitch_shift"])]
    rows = []
    for name, options in runs:
        cfg = {**config, "options": {**config["options"], name: options}}
        start = time.perf_counter()
        waves, _ = anonymize_corpus(manifest, anonymizer=name, config=cfg, key=key)
        anonymize_s = time.perf_counter() - start
        start = time.perf_counter()
        metrics, _ = evaluate_voice_privacy(manifest, waves, anonymizer=name, config=cfg)
        attackers = metrics["attackers"]
        rows.append({"anonymizer": name, "options": options, "utterances": len(manifest),
                     "anonymize_ms_per_utterance": 1000 * anonymize_s / len(manifest),
                     "evaluate_s": time.perf_counter() - start,
                     **{f"eer_{k}": v["eer"] for k, v in attackers.items()},
                     **{f"linkability_{k}": v["linkability"] for k, v in attackers.items()},
                     "lsd_db": metrics["log_spectral_distance_db"]["mean"]})
        r = rows[-1]
        print(f"{name:20s} {json.dumps(options):36s} EER orig {r['eer_original']:.3f} ign {r['eer_ignorant']:.3f} "
              f"lazy {r['eer_lazy_informed']:.3f} | D orig {r['linkability_original']:.3f} "
              f"ign {r['linkability_ignorant']:.3f} lazy {r['linkability_lazy_informed']:.3f} | "
              f"LSD {r['lsd_db']:.1f} dB | {r['anonymize_ms_per_utterance']:.0f} ms/utt", flush=True)
    out = ROOT / "bench" / "results" / "audio.json"
    out.write_text(json.dumps({"per_speaker": args.per_speaker, "rows": rows}, indent=2))
    print(f"wrote {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
