"""Benchmark of the anonymization stage against a naive Presidio loop (same model, same corpus).

Naive: for each document, ``AnalyzerEngine.analyze`` (all Presidio default recognizers, the full
spaCy pipeline of the same model) then ``AnonymizerEngine.anonymize``. Ours: ``anonymize_texts``
(NER-only pipeline in batches, gated recognizers, forked workers). Engines are built before the
clock starts for both. Also reports our recall on presidio-research and what survives on
CounselChat when those public sets are present beside the repo, and compares both on clinical-style
corpora with gold spans: the hand-written tuning cases and the held-out i2b2 notes shipped in
philter-lite's wheel.

Both are timed in ``--rounds`` alternating rounds (the order flips each round, so drift on a
shared machine hits both); the speedup is the median of the per-round ratios.

Social media part (precision on real Reddit text, no gold spans): detections per 1,000 posts by
entity type, with and without the NER precision guard, and the share of PERSON / LOCATION
detections whose every word is an ordinary English word (Webster's lower-case entries), whose
every word is a contraction or an everyday non-name word ("I've", "Hi"), or that hold no letter at
all -- on RMHD (the tuning corpus, construct-tracker's CSV) and Dreaddit (held out, beside the
repo). Hand audits of sampled detections are done in a terminal, never written here.

Usage: PYTHONPATH=src python bench/anonymize.py [--n 1000] [--n-process 2] [--rounds 3]
    [--skip-public] [--social-n 600] [--only-social]
Writes bench/results/anonymize.json and prints a table. Prints counts and rates only.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the repo root: bench.corpora when run as a script
SHARED = ROOT.parent / "shared" / "data"
KEY = b"benchmark-key-not-secret-0123456789"


def _naive(texts: list[str], model: str):
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider
    from presidio_anonymizer import AnonymizerEngine

    from confide.anonymize.spans import Span

    provider = NlpEngineProvider(
        nlp_configuration={
            "nlp_engine_name": "spacy",
            "models": [{"lang_code": "en", "model_name": model}],
        }
    )
    analyzer = AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["en"])
    anonymizer = AnonymizerEngine()
    start = time.perf_counter()
    spans, outs = [], []
    for text in texts:
        results = analyzer.analyze(text=text, language="en")
        outs.append(anonymizer.anonymize(text=text, analyzer_results=results).text)
        spans.append([Span(r.start, r.end, r.entity_type, r.score) for r in results])
    return time.perf_counter() - start, spans, outs


def _ours(frame, config: dict):
    from confide.anonymize.analyzer import TextAnalyzer
    from confide.anonymize.config import resolve_config
    from confide.anonymize.pipeline import anonymize_texts

    cfg = resolve_config(config)
    analyzer = TextAnalyzer(cfg, authors=frame["group_id"].dropna().unique() if "group_id" in frame else [])
    start = time.perf_counter()
    outs, spans, _ = anonymize_texts(frame, config=cfg, key=KEY, analyzer=analyzer)
    return time.perf_counter() - start, spans, outs


def _metrics(frame, gold, spans, outs):
    from confide.anonymize.evaluate import detection_metrics

    rids = frame["record_id"].astype(str).tolist()
    return detection_metrics(
        texts=dict(zip(rids, frame["text"].tolist(), strict=False)),
        gold=gold,
        predicted=dict(zip(rids, spans, strict=False)),
        anonymized=dict(zip(rids, outs, strict=False)),
    )


TARGET_TYPES = [
    "PERSON",
    "PHONE_NUMBER",
    "EMAIL_ADDRESS",
    "STREET_ADDRESS",
    "MEDICAL_RECORD_NUMBER",
    "DATE_TIME",
]


def _summ(m: dict) -> dict:
    per = m["per_entity_type"]
    return {
        "span_recall": m["overall"]["span"]["recall"],
        "span_precision": m["overall"]["span"]["precision"],
        "span_f2": m["overall"]["span"]["f2"],
        "token_recall": m["overall"]["token"]["recall"],
        "token_precision": m["overall"]["token"]["precision"],
        "leak_rate": m["overall"]["leak_rate"],
        "recall_per_type": {t: per[t]["span"]["recall"] for t in sorted(per) if per[t]["span"]["recall"] is not None},
        "leak_rate_per_type": {t: per[t]["leak_rate"] for t in sorted(per) if per[t]["leak_rate"] is not None},
    }


def _clinical_corpora() -> dict[str, tuple[str, object, list]]:
    """Clinical-style corpora with gold spans: name -> (role, records, gold).

    ``tuning``: the hand-written cases the detector was developed on (tests/anonymize/cases/).
    ``held-out``: the i2b2 notes with surrogate PHI in philter-lite's wheel, never tuned on.
    ``held-out (blind)``: notes written apart from the detectors (every file in tests/anonymize/heldout/).
    """
    from bench.corpora import load_marked_cases
    from confide.anonymize.io import load_i2b2_xml, philter_i2b2_dir

    cases = ROOT / "tests" / "anonymize" / "cases"
    out = {p.stem: ("tuning", *load_marked_cases(p)) for p in sorted(cases.glob("*.txt"))}
    notes = philter_i2b2_dir()
    if notes is not None:
        out["i2b2_philter_lite"] = ("held-out", *load_i2b2_xml(notes))
    for blind in sorted((ROOT / "tests" / "anonymize" / "heldout").glob("*.txt")):
        out[blind.stem] = ("held-out (blind)", *load_marked_cases(blind))
    return out


def _clinical(model: str, n_process: int) -> dict:
    """Plain Presidio loop vs confide on each clinical corpus: recall, precision, per type."""
    result = {}
    for name, (role, frame, gold) in _clinical_corpora().items():
        _, naive_spans, naive_out = _naive(frame["text"].tolist(), model)
        _, ours_spans, ours_out = _ours(frame, {"n_process": n_process, "author_mentions": {"enabled": False}})
        result[name] = {
            "role": role,
            "n_records": len(frame),
            "n_gold_spans": len(gold),
            "naive": _summ(_metrics(frame, gold, naive_spans, naive_out)),
            "ours": _summ(_metrics(frame, gold, ours_spans, ours_out)),
        }
    return result


def _social_corpora(n: int, seed: int) -> dict[str, tuple[str, list[str], list[object]]]:
    """Reddit corpora without gold spans: name -> (role, texts, authors); ``n`` posts sampled (seeded)."""
    import pandas as pd

    from confide.errors import InputDataError
    from confide.ingest.rmhd import installed_csv

    out = {}
    try:
        rmhd = pd.read_csv(installed_csv(), usecols=["post", "author"])
    except InputDataError:
        rmhd = None
    if rmhd is not None:
        rmhd = rmhd.sample(n=min(n, len(rmhd)), random_state=seed)
        out["rmhd"] = ("tuning", rmhd["post"].fillna("").astype(str).tolist(), rmhd["author"].tolist())
    path = SHARED / "dreaddit" / "dreaddit-train.csv"
    if path.is_file():
        dreaddit = pd.read_csv(path, usecols=["text"]).sample(n=n, random_state=seed)
        out["dreaddit"] = ("held-out", dreaddit["text"].fillna("").astype(str).tolist(), [None] * len(dreaddit))
    return out


def _social_rates(texts: list[str], spans: list) -> dict:
    """Counts and rates only: detections per 1,000 posts by type and word-class shares of names/places."""
    from confide.anonymize.casing import tokenize
    from confide.anonymize.lexicon import load_lexicon
    from confide.anonymize.ner_guard import webster_proper_words

    lexicon, proper = load_lexicon(), webster_proper_words()
    per_type: dict[str, int] = {}
    classes = {t: {"n": 0, "ordinary_english": 0, "everyday_or_contraction": 0, "no_letters": 0}
               for t in ("PERSON", "LOCATION")}
    for text, found in zip(texts, spans, strict=True):
        for span in found:
            per_type[span.entity_type] = per_type.get(span.entity_type, 0) + 1
            if span.entity_type not in classes:
                continue
            c = classes[span.entity_type]
            c["n"] += 1
            words = [t.lower for t in tokenize(text[span.start : span.end])]
            if not words:
                c["no_letters"] += 1
                continue
            c["ordinary_english"] += all(lexicon.is_english(w) and w not in proper for w in words)
            c["everyday_or_contraction"] += all(
                ("'" in w or "’" in w or lexicon.is_everyday(w)) and not lexicon.is_name(w) for w in words
            )
    n = max(len(texts), 1)
    return {
        "per_1000_posts": {t: 1000 * v / n for t, v in sorted(per_type.items())},
        "posts_with_person_per_1000": 1000 * sum(any(s.entity_type == "PERSON" for s in f) for f in spans) / n,
        "word_classes": {
            t: {k: (v / c["n"] if c["n"] else None) for k, v in c.items() if k != "n"} | {"n": c["n"]}
            for t, c in classes.items()
        },
    }


def _social_media(n: int, seed: int, n_process: int) -> dict:
    """Detections on Reddit posts with the default config and with the NER guard off (counts and rates)."""
    from confide.anonymize.analyzer import TextAnalyzer, detect_spans
    from confide.anonymize.config import resolve_config

    result = {}
    for name, (role, texts, authors) in _social_corpora(n, seed).items():
        entry: dict = {"role": role, "n_posts": len(texts)}
        for label, overrides in (("guard_on", {}), ("guard_off", {"ner_guard": False})):
            cfg = resolve_config({"n_process": n_process, **overrides})
            analyzer = TextAnalyzer(cfg, authors=[a for a in authors if isinstance(a, str)])
            start = time.perf_counter()
            spans = detect_spans(texts, authors, analyzer=analyzer, n_process=n_process,
                                 chunk_size=int(cfg["chunk_size"]))
            entry[label] = {"seconds": time.perf_counter() - start, **_social_rates(texts, spans)}
        result[name] = entry
    return result


def _print_social(social: dict) -> None:
    for name, c in social.items():
        on, off = c["guard_on"], c["guard_off"]
        print(f"social media {name} ({c['role']}, {c['n_posts']} posts): detections per 1,000 posts, guard off -> on")
        for t in sorted(set(on["per_1000_posts"]) | set(off["per_1000_posts"])):
            print(f"  {t:22s}{off['per_1000_posts'].get(t, 0.0):10.1f}{on['per_1000_posts'].get(t, 0.0):10.1f}")
        with_person = (off["posts_with_person_per_1000"], on["posts_with_person_per_1000"])
        print(f"  {'posts with a PERSON':22s}{with_person[0]:10.1f}{with_person[1]:10.1f}")
        for t, w in on["word_classes"].items():
            shares = ", ".join(f"{k} {v:.3f}" for k, v in w.items() if k != "n" and v is not None)
            print(f"  {t} (guard on, n={w['n']}): share {shares}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--n-process", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--skip-public", action="store_true")
    parser.add_argument("--social-n", type=int, default=600, help="posts per Reddit corpus (0: skip)")
    parser.add_argument("--only-social", action="store_true", help="run only the social media part")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "anonymize.json")
    args = parser.parse_args()

    if args.only_social:
        social = _social_media(args.social_n, args.seed, args.n_process)
        out = args.out.with_name("anonymize_social.json")
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(social, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        _print_social(social)
        print(f"saved {out}")
        return

    from confide.config import section_defaults
    from confide.ingest.synthetic_notes import generate_synthetic_notes

    model = section_defaults("anonymize")["nlp"]["model"]
    frame, gold = generate_synthetic_notes(n_records=args.n, seed=args.seed)
    texts = frame["text"].tolist()
    naive_times, ours_times = [], []
    for round_ in range(args.rounds):
        for contender in ("naive", "ours") if round_ % 2 == 0 else ("ours", "naive"):
            if contender == "naive":
                naive_s, naive_spans, naive_out = _naive(texts, model)
                naive_times.append(naive_s)
            else:
                ours_s, ours_spans, ours_out = _ours(frame, {"n_process": args.n_process})
                ours_times.append(ours_s)
    naive_m, ours_m = (
        _summ(_metrics(frame, gold, naive_spans, naive_out)),
        _summ(_metrics(frame, gold, ours_spans, ours_out)),
    )
    # HIPAA Safe Harbor removes ages over 89 only (the default ``min_age: 90``); the gold marks
    # every age, so the AGE recall above counts ages the policy keeps.
    hipaa_ages = [g for g in gold if g["entity_type"] == "AGE" and int(g["value"]) >= 90]
    for m, spans, outs in ((naive_m, naive_spans, naive_out), (ours_m, ours_spans, ours_out)):
        # A small sample may hold no age over 89: then there is nothing to recall (nan, not a crash).
        age = _metrics(frame, hipaa_ages, spans, outs)["per_entity_type"].get("AGE")
        m["recall_age_over_89"] = age["span"]["recall"] if age else float("nan")
        m["leak_rate_age_over_89"] = age["leak_rate"] if age else float("nan")
    ratios = [n / o for n, o in zip(naive_times, ours_times, strict=True)]
    result = {
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "model": model},
        "corpus": {
            "name": "synthetic_notes",
            "n_records": len(frame),
            "seed": args.seed,
            "n_gold_spans": len(gold),
            "mean_chars": float(frame["text"].str.len().mean()),
        },
        "rounds": args.rounds,
        "naive": {
            "seconds_per_round": naive_times,
            "docs_per_s": len(frame) / statistics.median(naive_times),
            **naive_m,
        },
        "ours": {
            "seconds_per_round": ours_times,
            "docs_per_s": len(frame) / statistics.median(ours_times),
            "n_process": args.n_process,
            **ours_m,
        },
    }
    result["speedup_per_round"] = ratios
    result["speedup"] = statistics.median(ratios)

    result["clinical"] = _clinical(model, args.n_process)
    if not args.skip_public:
        pr = SHARED / "presidio-research" / "generated_large.json"
        if pr.is_file():
            from bench.corpora import load_presidio_research

            pframe, pgold = load_presidio_research(pr)
            secs, spans, outs = _ours(pframe, {"n_process": args.n_process, "author_mentions": {"enabled": False}})
            m = _metrics(pframe, pgold, spans, outs)
            result["presidio_research"] = {"n_records": len(pframe), "seconds": secs, **_summ(m)}
        cc = SHARED / "counsel-chat" / "20200325_counsel_chat.csv"
        if cc.is_file():
            from bench.corpora import load_counsel_chat

            cframe, known = load_counsel_chat(cc)
            secs, spans, outs = _ours(cframe, {"n_process": args.n_process})
            names = phones = names_left = phones_left = 0
            for rid, out in zip(cframe["record_id"], outs, strict=False):
                for name in known[rid]["names"]:
                    names += 1
                    names_left += bool(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", out))
                for phone in known[rid]["phones"]:
                    phones += 1
                    phones_left += phone in out
            result["counsel_chat"] = {
                "n_records": len(cframe),
                "seconds": secs,
                "docs_per_s": len(cframe) / secs,
                "therapist_name_mentions": names,
                "therapist_names_surviving": names_left,
                "phone_numbers": phones,
                "phone_numbers_surviving": phones_left,
            }

    if args.social_n > 0:
        result["social_media"] = _social_media(args.social_n, args.seed, args.n_process)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    n, o = result["naive"], result["ours"]
    print(f"{'':34s}{'naive loop':>14s}{'confide':>14s}")
    print(
        f"{'docs/s (median)':34s}{n['docs_per_s']:14.1f}{o['docs_per_s']:14.1f}"
        f"   speedup x{result['speedup']:.2f} (rounds: " + ", ".join(f"{r:.2f}" for r in ratios) + ")"
    )
    for key in ("span_recall", "span_precision", "span_f2", "token_recall", "leak_rate"):
        print(f"{key:34s}{n[key]:14.3f}{o[key]:14.3f}")
    for t in TARGET_TYPES:
        print(
            f"{'recall ' + t:34s}{n['recall_per_type'].get(t, float('nan')):14.3f}"
            f"{o['recall_per_type'].get(t, float('nan')):14.3f}"
        )
    print(f"{'recall AGE (all ages)':34s}{n['recall_per_type'].get('AGE', float('nan')):14.3f}"
          f"{o['recall_per_type'].get('AGE', float('nan')):14.3f}")
    print(f"{'recall AGE > 89 (HIPAA)':34s}{n['recall_age_over_89']:14.3f}{o['recall_age_over_89']:14.3f}")
    for name, c in result["clinical"].items():
        n, o = c["naive"], c["ours"]
        print(
            f"{name} ({c['role']}, {c['n_gold_spans']} spans): span recall {n['span_recall']:.3f} -> "
            f"{o['span_recall']:.3f}, precision {n['span_precision']:.3f} -> {o['span_precision']:.3f}"
        )
        print("  recall per type (confide): " + ", ".join(f"{t} {v:.2f}" for t, v in o["recall_per_type"].items()))
    if "presidio_research" in result:
        p = result["presidio_research"]
        print(
            f"presidio-research: span recall {p['span_recall']:.3f}, "
            f"precision {p['span_precision']:.3f}, leak {p['leak_rate']:.3f}"
        )
        print("  recall per type: " + ", ".join(f"{t} {v:.2f}" for t, v in p["recall_per_type"].items()))
    if "counsel_chat" in result:
        c = result["counsel_chat"]
        print(
            f"counsel-chat: therapist names surviving {c['therapist_names_surviving']}/{c['therapist_name_mentions']}, "
            f"phones surviving {c['phone_numbers_surviving']}/{c['phone_numbers']} ({c['docs_per_s']:.1f} docs/s)"
        )
    if "social_media" in result:
        _print_social(result["social_media"])
    print(f"saved {args.out}")


if __name__ == "__main__":
    main()
