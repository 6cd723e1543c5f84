r"""Detection metrics against gold spans.

Span- and token-level precision/recall/F2 and the
residual leak rate (gold values still present verbatim in the anonymized text).

Definitions (all type-agnostic for detection, reported per gold type for recall and per
predicted type for precision, since a name removed under the wrong tag is still removed):

* span recall: a gold span counts when the union of predicted spans covers every one of its
  non-space characters (``recall_overlap``: when any predicted span touches it);
* span precision: a predicted span counts when it overlaps some gold span;
* token level: word tokens (``\w+``) touched by a gold / predicted span;
* F2 = 5PR / (4P + R) (recall weighted above precision, as de-identification should be);
* leak rate: share of gold spans whose value occurs (case-insensitively) in the output text.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import Any

from confide.anonymize.spans import Span, character_mask

_TOKEN = re.compile(r"\w+")
DEFAULT_TYPE_ALIASES = {"USERNAME": "SOCIAL_HANDLE"}


def f_beta(precision: float, recall: float, beta: float = 2.0) -> float:
    """F-beta score (0 when both are 0)."""
    b2 = beta * beta
    denom = b2 * precision + recall
    return 0.0 if denom == 0 else (1 + b2) * precision * recall / denom


def _ratio(num: int, den: int) -> float | None:
    return None if den == 0 else num / den


def _prf(tp_p: int, n_p: int, tp_r: int, n_r: int) -> dict[str, Any]:
    p, r = _ratio(tp_p, n_p), _ratio(tp_r, n_r)
    return {
        "precision": p,
        "recall": r,
        "f2": None if p is None or r is None else f_beta(p, r),
        "n_predicted": n_p,
        "n_gold": n_r,
    }


def _occurs(value: str, text: str) -> bool:
    """Case-insensitive whole-token occurrence (a digit string inside a hex tag is no leak)."""
    return re.search(r"(?<![\w])" + re.escape(value) + r"(?![\w])", text, re.IGNORECASE) is not None


def _covered(start: int, end: int, text: str, mask: bytearray) -> bool:
    return all(mask[i] or text[i].isspace() for i in range(start, min(end, len(text))))


def detection_metrics(
    *,
    texts: Mapping[str, str],
    gold: Sequence[Mapping[str, Any]],
    predicted: Mapping[str, Sequence[Span]],
    anonymized: Mapping[str, str] | None = None,
    type_aliases: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """Compute the metrics described in the module docstring (JSON-serialisable dict)."""
    aliases = {**DEFAULT_TYPE_ALIASES, **(type_aliases or {})}
    gold_by_rec: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for g in gold:
        if str(g["record_id"]) in texts:
            gold_by_rec[str(g["record_id"])].append(g)

    span_r = defaultdict(lambda: [0, 0, 0])  # gold type -> covered, overlapped, total
    span_p = defaultdict(lambda: [0, 0])  # predicted type -> overlapping, total
    tok_r = defaultdict(lambda: [0, 0])
    tok_p = defaultdict(lambda: [0, 0])
    leak = defaultdict(lambda: [0, 0])
    for rid, text in texts.items():
        preds = list(predicted.get(rid, []))
        golds = gold_by_rec.get(rid, [])
        mask = character_mask(len(text), ((p.start, p.end) for p in preds))
        gold_mask = character_mask(len(text), ((int(g["start"]), int(g["end"])) for g in golds))
        for g in golds:
            s, e = int(g["start"]), int(g["end"])
            etype = str(g["entity_type"])
            cov = _covered(s, e, text, mask)
            ovl = any(mask[s:e])
            span_r[etype][0] += cov
            span_r[etype][1] += ovl
            span_r[etype][2] += 1
            if anonymized is not None:
                value = str(g.get("value") or text[s:e]).strip()
                leaked = bool(value) and _occurs(value, anonymized.get(rid, ""))
                leak[etype][0] += leaked
                leak[etype][1] += 1
        for p in preds:
            ptype = aliases.get(p.entity_type, p.entity_type)
            span_p[ptype][0] += any(gold_mask[p.start : p.end])
            span_p[ptype][1] += 1
        # token level
        gold_type_at: dict[int, str] = {}
        for g in golds:
            for i in range(int(g["start"]), int(g["end"])):
                gold_type_at.setdefault(i, str(g["entity_type"]))
        pred_type_at: dict[int, str] = {}
        for p in preds:
            for i in range(p.start, p.end):
                pred_type_at.setdefault(i, aliases.get(p.entity_type, p.entity_type))
        for m in _TOKEN.finditer(text):
            s, e = m.span()
            gtypes = [gold_type_at[i] for i in range(s, e) if i in gold_type_at]
            ptypes = [pred_type_at[i] for i in range(s, e) if i in pred_type_at]
            if gtypes:
                tok_r[gtypes[0]][0] += bool(ptypes)
                tok_r[gtypes[0]][1] += 1
            if ptypes:
                tok_p[ptypes[0]][0] += bool(gtypes)
                tok_p[ptypes[0]][1] += 1

    types = sorted(set(span_r) | set(span_p))
    per_type = {}
    for t in types:
        sr, sp, tr, tp_, lk = (
            span_r.get(t, [0, 0, 0]),
            span_p.get(t, [0, 0]),
            tok_r.get(t, [0, 0]),
            tok_p.get(t, [0, 0]),
            leak.get(t, [0, 0]),
        )
        span = _prf(sp[0], sp[1], sr[0], sr[2])
        span["recall_overlap"] = _ratio(sr[1], sr[2])
        per_type[t] = {
            "span": span,
            "token": _prf(tp_[0], tp_[1], tr[0], tr[1]),
            "leak_rate": _ratio(lk[0], lk[1]),
            "leaked": lk[0],
        }

    def total(d: Mapping[str, list[int]], idx: int) -> int:
        return int(sum(v[idx] for v in d.values()))

    overall_span = _prf(total(span_p, 0), total(span_p, 1), total(span_r, 0), total(span_r, 2))
    overall_span["recall_overlap"] = _ratio(total(span_r, 1), total(span_r, 2))
    return {
        "n_records": len(texts),
        "n_gold_spans": total(span_r, 2),
        "n_predicted_spans": total(span_p, 1),
        "overall": {
            "span": overall_span,
            "token": _prf(total(tok_p, 0), total(tok_p, 1), total(tok_r, 0), total(tok_r, 1)),
            "leak_rate": _ratio(total(leak, 0), total(leak, 1)) if anonymized is not None else None,
            "leaked": total(leak, 0),
        },
        "per_entity_type": per_type,
    }
