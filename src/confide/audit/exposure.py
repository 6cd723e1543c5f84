"""Secret-sharer canaries and their exposure (Carlini et al. 2019, "The Secret Sharer", §4).

A canary is a sentence carrying a random secret (space-separated digits). After training on
records that contain canaries, exposure = log2(|R|) - log2(rank), where R is the canary plus
``n_alternatives`` random re-draws of its digits and rank is the canary's position (1 = most
likely) under the model's score. Exposure near log2(|R|) means the secret was memorised.
Canary strings are synthetic identifiers: never log them; results refer to canaries by index.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import pandas as pd
from scipy.stats import chi2

from confide.evaluate.errors import EvaluationError
from confide.train.models import get_model_spec

#: Sentence frame of generated canaries; the secret follows it.
CANARY_PREFIX = "my case reference number is"
_DIGIT = re.compile(r"\d")
# Separate random streams: the same seed must never make alternatives equal to canaries.
_CANARY_STREAM = 0xCA
_ALTERNATIVE_STREAM = 0xA1


def make_canaries(*, n: int, seed: int, n_digits: int = 9) -> list[str]:
    """Make ``n`` distinct canaries "<prefix> d d d ..." with ``n_digits`` random digits."""
    if n < 1 or n_digits < 1:
        raise EvaluationError(f"make_canaries: need n >= 1 and n_digits >= 1, got {n}, {n_digits}")
    if n > 10**n_digits // 2:
        raise EvaluationError(f"make_canaries: {n} canaries do not fit in {n_digits} digits")
    rng = np.random.default_rng([seed, _CANARY_STREAM])
    secrets: set[str] = set()
    out = []
    while len(out) < n:
        secret = " ".join(str(d) for d in rng.integers(0, 10, n_digits))
        if secret not in secrets:
            secrets.add(secret)
            out.append(f"{CANARY_PREFIX} {secret}")
    return out


def _alternatives(canary: str, n_alternatives: int, rng: np.random.Generator) -> list[str]:
    """Distinct re-draws of every digit of ``canary`` (never the canary itself)."""
    positions = [m.start() for m in _DIGIT.finditer(canary)]
    if not positions:
        raise EvaluationError("exposure: a canary has no digits to re-draw")
    space = 10 ** len(positions)
    if n_alternatives > space - 1:
        raise EvaluationError(
            f"exposure: n_alternatives={n_alternatives} exceeds the {space - 1} possible "
            "alternatives of a canary"
        )
    seen = {canary}
    chars = list(canary)
    out: list[str] = []
    while len(out) < n_alternatives:
        for pos, d in zip(positions, rng.integers(0, 10, len(positions)), strict=True):
            chars[pos] = str(d)
        candidate = "".join(chars)
        if candidate not in seen:
            seen.add(candidate)
            out.append(candidate)
    return out


def exposure_chance(
    exposures: Sequence[float] | np.ndarray, *, n_candidates: int, confidence: float = 0.95
) -> dict[str, float]:
    """Exposure against its chance distribution (a model that never saw the secrets).

    Without memorisation the canary's rank is uniform on 1..|R| (ties counted against it
    only make it larger), so p_i = rank_i / |R| = 2^-exposure_i is a valid p-value. For n
    canaries the maximum exposure is not "near 0" by chance: its median is
    -log2(1 - 0.5^(1/n)) (about 3.9 bits for n = 10) and its ``confidence`` quantile
    -log2(1 - confidence^(1/n)) (about 7.6 bits). Returns those levels and two p-values:
    ``p_value_max`` = 1 - (1 - 2^-max)^n for the largest exposure, and ``p_value_all``, Fisher's
    combination 2 ln2 * sum(exposure) ~ chi2(2n) over all canaries (conservative for discrete
    ranks).
    """
    e = np.asarray(exposures, dtype=float)
    if e.ndim != 1 or e.size == 0 or n_candidates < 2:
        raise EvaluationError("exposure_chance: need one exposure per canary and >= 2 candidates")
    n = e.size
    cap = math.log2(n_candidates)
    p_min = 2.0 ** -float(e.max())
    return {
        "chance_median_max_exposure": min(-math.log2(1 - 0.5 ** (1 / n)), cap),
        "chance_upper_max_exposure": min(-math.log2(1 - confidence ** (1 / n)), cap),
        "chance_confidence": float(confidence),
        "p_value_max": float(-np.expm1(n * np.log1p(-p_min))) if p_min < 1 else 1.0,
        "p_value_all": float(chi2.sf(2 * math.log(2) * float(e.sum()), 2 * n)),
    }


def exposure(
    score_fn: Callable[[list[str]], Sequence[float] | np.ndarray],
    canaries: Sequence[str],
    n_alternatives: int,
    seed: int,
) -> dict[str, object]:
    """Exposure of each canary among ``n_alternatives`` random alternatives.

    Args:
        score_fn: texts -> one score each, higher = more likely under the model (e.g.
            log-likelihood for a language model, or the probability of the class the canary
            records carried for a classifier).
        canaries: the planted canary strings (digits are the secret).
        n_alternatives: alternatives per canary; |R| = n_alternatives + 1.
        seed: seed of the alternatives.

    Returns:
        ``{"n_canaries", "n_candidates", "max_exposure", "mean_exposure", "median_exposure",
        "per_canary": [{"index", "rank", "exposure"}]}``. Rank counts ties against the
        canary (rank = 1 + #alternatives scoring >= it), so a model that ignores the secret
        has exposure 0.
    """
    if n_alternatives < 1:
        raise EvaluationError(f"n_alternatives: must be >= 1, got {n_alternatives}")
    if not canaries:
        raise EvaluationError("canaries: need at least one canary")
    rng = np.random.default_rng([seed, _ALTERNATIVE_STREAM])
    n_candidates = n_alternatives + 1
    rows = []
    for i, canary in enumerate(canaries):
        texts = [canary, *_alternatives(canary, n_alternatives, rng)]
        scores = np.asarray(score_fn(texts), dtype=float)
        if scores.shape != (n_candidates,) or not np.all(np.isfinite(scores)):
            raise EvaluationError(
                f"score_fn: expected {n_candidates} finite scores, got shape {scores.shape}"
            )
        rank = 1 + int(np.sum(scores[1:] >= scores[0]))
        rows.append(
            {
                "index": i,
                "rank": rank,
                "exposure": math.log2(n_candidates) - math.log2(rank),
            }
        )
    values = np.array([r["exposure"] for r in rows])
    return {
        "n_canaries": len(rows),
        "n_candidates": n_candidates,
        "max_possible_exposure": math.log2(n_candidates),
        "max_exposure": float(values.max()),
        "mean_exposure": float(values.mean()),
        "median_exposure": float(np.median(values)),
        "per_canary": rows,
    }


def plan_secrets(records: pd.DataFrame, *, n: int, seed: int, n_digits: int,
                 exclude: pd.Series) -> pd.DataFrame:
    """Choose `n` training records (not one-run canaries) to carry a random secret each.

    Returns:
        ``record_id``, ``label`` and ``secret`` (the canary sentence), one row per planted record.
    """
    eligible = records[(records["split"] == "train") & ~records["record_id"].isin(set(exclude))]
    n = min(n, len(eligible))
    if n == 0:
        return pd.DataFrame({"record_id": [], "label": [], "secret": []})
    rng = np.random.default_rng([seed, 0x5EC])
    rows = eligible.iloc[np.sort(rng.choice(len(eligible), size=n, replace=False))]
    # One token per secret ("... is 402918374"), like a record number: space-separated single
    # digits would be invisible to word-level featurizers and could not be memorised at all.
    secrets = [re.sub(r"(?<=\d) (?=\d)", "", c) for c in make_canaries(n=n, seed=seed, n_digits=n_digits)]
    return pd.DataFrame({"record_id": rows["record_id"].to_numpy(), "label": rows["label"].to_numpy(),
                         "secret": secrets})


def plant_secrets(records: pd.DataFrame, secrets: pd.DataFrame) -> pd.DataFrame:
    """The records with each planted secret appended to its record's text (row order kept)."""
    out = records.copy()
    by_id = dict(zip(secrets["record_id"], secrets["secret"], strict=True))
    carries = out["record_id"].isin(by_id)
    out.loc[carries, "text"] = out.loc[carries, "text"] + " " + out.loc[carries, "record_id"].map(by_id)
    return out


def secret_exposure(model: Any, records: pd.DataFrame, secrets: pd.DataFrame, *, n_alternatives: int,
                    seed: int) -> dict[str, Any]:
    """Secret-sharer exposure of the planted secrets.

    Each candidate is the carrying record's own text with the candidate secret in place of the
    planted one, scored by the probability of the record's class: a model that memorised the
    secret ranks the true one first.
    """
    if not get_model_spec(model.model).reads_text:
        return {"skipped": f"model {model.model} does not read raw text at prediction time"}
    if secrets.empty:
        return {"skipped": "no secrets planted (evaluate.canaries)"}
    texts = records.set_index("record_id")["text"]
    per_canary: list[dict[str, Any]] = []
    for row in secrets.itertuples(index=False):
        context = texts[row.record_id][: -len(row.secret)]
        column = model.classes.index(row.label)

        def score(candidates: list[str], context: str = context, column: int = column) -> np.ndarray:
            frame = pd.DataFrame({"text": [context + c for c in candidates]})
            return model.predict_proba(frame)[:, column]

        per_canary.extend(exposure(score, [row.secret], n_alternatives, seed)["per_canary"])
    values = np.array([c["exposure"] for c in per_canary], dtype=float)
    return {"n_canaries": len(per_canary), "n_candidates": n_alternatives + 1,
            "max_exposure": float(values.max()), "mean_exposure": float(values.mean()),
            "max_possible_exposure": float(np.log2(n_alternatives + 1)),
            **exposure_chance(values, n_candidates=n_alternatives + 1)}
