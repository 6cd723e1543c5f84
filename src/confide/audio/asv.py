"""Speaker verification as the attacker: embeddings, trials, EER and linkability.

Definitions follow the VoicePrivacy Challenge:

* **EER**: the equal error rate on the ROC convex hull (ROCCH-EER, as in the BOSARIS toolkit
  and the challenge's metric code), so that it does not depend on where thresholds happen to fall.
* **Linkability** ``D_sys`` (Gomez-Barrero et al. 2017; Maouche et al. 2020): from histograms of
  mated and non-mated scores, ``D(s) = max(0, 2 w LR(s) / (1 + w LR(s)) - 1)`` and
  ``D_sys = integral of D(s) p(s | mated) ds``. 0: unlinkable; 1: fully linkable.
* **Attackers**: *ignorant* enrolls on original speech and tests anonymized speech;
  *lazy-informed* anonymizes its enrollment with the same system (but its own key).

Speaker embeddings come from Resemblyzer's GE2E encoder, whose weights ship inside its wheel.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

import numpy as np


def det_points(target: np.ndarray, nontarget: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """DET points (P_fa, P_miss) at every threshold "accept if score >= t", accept-all to reject-all.

    Not :func:`confide.audit.roc.roc_points` (membership ROC: FPR, TPR and thresholds).
    """
    target, nontarget = np.asarray(target, float), np.asarray(nontarget, float)
    thresholds = np.concatenate([np.unique(np.concatenate([target, nontarget])), [np.inf]])
    p_fa = np.array([(nontarget >= t).mean() for t in thresholds])
    p_miss = np.array([(target < t).mean() for t in thresholds])
    return p_fa, p_miss


def eer(target: Sequence[float], nontarget: Sequence[float]) -> float:
    """ROCCH equal error rate of mated (``target``) and non-mated (``nontarget``) scores.

    Raises:
        ValueError: either list is empty.
    """
    if len(target) == 0 or len(nontarget) == 0:
        raise ValueError("EER needs at least one target and one non-target score")
    p_fa, p_miss = det_points(np.asarray(target), np.asarray(nontarget))
    # Lower convex hull of the ROC points (P_fa falls as P_miss rises), by a monotone chain.
    points = sorted(set(zip(p_fa.tolist(), p_miss.tolist(), strict=True)))
    hull: list[tuple[float, float]] = []
    for point in points:
        while len(hull) >= 2:
            (x1, y1), (x2, y2) = hull[-2], hull[-1]
            if (x2 - x1) * (point[1] - y1) - (y2 - y1) * (point[0] - x1) <= 0:
                hull.pop()
            else:
                break
        hull.append(point)
    # Where the hull crosses P_miss == P_fa.
    for (x1, y1), (x2, y2) in zip(hull, hull[1:], strict=False):
        d1, d2 = y1 - x1, y2 - x2
        if d1 >= 0 >= d2:
            if d1 == d2:
                return float(x1)
            t = d1 / (d1 - d2)
            return float(x1 + t * (x2 - x1))
    return float(hull[0][0])


def linkability(mated: Sequence[float], nonmated: Sequence[float], *, omega: float = 1.0,
                n_bins: int | None = None) -> float:
    """Global linkability ``D_sys`` of mated vs non-mated scores (Gomez-Barrero et al. 2017).

    ``n_bins`` defaults to ``min(len(mated) // 10, 100)`` as in the reference code (at least 2).
    """
    mated, nonmated = np.asarray(mated, float), np.asarray(nonmated, float)
    bins = n_bins or max(2, min(len(mated) // 10, 100))
    edges = np.linspace(min(mated.min(), nonmated.min()), max(mated.max(), nonmated.max()), bins + 1)
    centers = (edges[1:] + edges[:-1]) / 2
    p_mated = np.histogram(mated, bins=edges, density=True)[0]
    p_non = np.histogram(nonmated, bins=edges, density=True)[0]
    ratio = np.divide(p_mated, p_non, out=np.ones_like(p_mated), where=p_non != 0)
    d = 2 * (omega * ratio / (1 + omega * ratio)) - 1
    d[omega * ratio <= 1] = 0
    d[(p_non == 0) & (p_mated != 0)] = 1
    return float(np.trapezoid(d * p_mated, centers))


@cache
def _encoder() -> Any:
    from resemblyzer import VoiceEncoder

    return VoiceEncoder("cpu", verbose=False)


def embed(waveforms: Sequence[np.ndarray], *, sample_rate: int) -> np.ndarray:
    """GE2E speaker embeddings (L2-normed, 256-d) of each waveform, offline."""
    import torch
    from resemblyzer import preprocess_wav

    torch.set_num_threads(1)
    encoder = _encoder()
    out = []
    for wav in waveforms:
        processed = preprocess_wav(np.asarray(wav, dtype=np.float32), source_sr=sample_rate)
        if len(processed) == 0:  # the VAD removed everything: embed the untrimmed signal instead
            import librosa

            processed = librosa.resample(np.asarray(wav, dtype=np.float32), orig_sr=sample_rate, target_sr=16000)
        out.append(encoder.embed_utterance(processed))
    return np.stack(out)


def trial_scores(enroll: np.ndarray, enroll_speakers: Sequence[str], test: np.ndarray,
                 test_speakers: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """Cosine scores of every test utterance against every speaker's mean enrollment embedding.

    Returns:
        ``(mated, nonmated)`` score arrays.
    """
    enroll_speakers, test_speakers = np.asarray(enroll_speakers), np.asarray(test_speakers)
    speakers = sorted(set(enroll_speakers.tolist()))
    models = np.stack([enroll[enroll_speakers == s].mean(axis=0) for s in speakers])
    models /= np.linalg.norm(models, axis=1, keepdims=True)
    tests = test / np.linalg.norm(test, axis=1, keepdims=True)
    scores = tests @ models.T
    same = test_speakers[:, None] == np.asarray(speakers)[None, :]
    return scores[same], scores[~same]
