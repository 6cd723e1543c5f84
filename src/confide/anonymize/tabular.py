"""Tabular quasi-identifiers: generalization, k-anonymity / l-diversity and enforcement of k.

Generalization: age bands, ZIP3 with HIPAA suppression, date to year, gender to a small set.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd

SUPPRESSED = "*"
RESTRICTED_ZIP3 = (
    "036",
    "059",
    "063",
    "102",
    "203",
    "556",
    "692",
    "790",
    "821",
    "823",
    "830",
    "831",
    "878",
    "879",
    "884",
    "890",
    "893",
)


def age_band_labels(edges: Sequence[int]) -> list[str]:
    """Labels of the bands ``[e_i, e_{i+1})`` plus the open top band ``e_last+``."""
    return [f"{lo}-{hi - 1}" for lo, hi in zip(edges[:-1], edges[1:], strict=False)] + [f"{edges[-1]}+"]


def generalize_age(ages: pd.Series, *, edges: Sequence[int]) -> pd.Series:
    """Map numeric ages to band labels; ages >= last edge (<= 90) share one band; junk -> NA."""
    values = pd.to_numeric(ages, errors="coerce")
    values = values.where((values >= 0) & (values <= 130))
    labels = age_band_labels(edges)
    idx = np.searchsorted(np.asarray(edges), values.to_numpy(dtype=float), side="right") - 1
    out = pd.Series(pd.NA, index=ages.index, dtype="object")
    ok = values.notna().to_numpy() & (idx >= 0)
    out[ok] = [labels[min(i, len(labels) - 1)] for i in idx[ok]]
    return out


def generalize_zip(
    zips: pd.Series, *, digits: int = 3, restricted: Sequence[str] = RESTRICTED_ZIP3
) -> pd.Series:
    """Keep the first ``digits`` of a US ZIP; prefixes of under-20,000-people areas become ``000``."""
    restricted_set = set(restricted)

    def one(value: object) -> object:
        if value is None or (isinstance(value, float) and np.isnan(value)) or value is pd.NA:
            return pd.NA
        text = re.sub(
            r"\D", "", str(value).split(".")[0] if isinstance(value, float) else str(value)
        )
        if not text:
            return pd.NA
        text = text[:5].zfill(5)
        if digits == 0:
            return SUPPRESSED
        prefix = text[:3]
        if prefix in restricted_set:
            return "0" * max(digits, 3) if digits >= 3 else "0" * digits
        return text[:digits]

    return zips.map(one).astype("object")


def generalize_date(dates: pd.Series, *, granularity: str = "year") -> pd.Series:
    """ISO dates to ``YYYY`` (or ``YYYY-MM``); unparseable -> NA; ``none`` leaves them as they are."""
    if granularity == "none":
        return dates
    parsed = pd.to_datetime(dates, errors="coerce", utc=False, format="mixed")
    fmt = "%Y" if granularity == "year" else "%Y-%m"
    return parsed.dt.strftime(fmt).astype("object").where(parsed.notna(), pd.NA)


_FEMALE = re.compile(
    r"^(f|fem|female|woman|women|girl|lady|cis[\s-]*(fe)?male[\s-]*female|cis[\s-]*(woman|female)|female[\s(-]*cis.*|trans[\s-]*(woman|female)|mtf|m2f|female.*|woman.*)$"
)
_MALE = re.compile(
    r"^(m|ma|mal|male|man|men|boy|guy|dude|mail|make|msle|malr|cis[\s-]*(man|male)|male[\s(-]*cis.*|trans[\s-]*(man|male)|ftm|f2m|male.*|man.*)$"
)
_NONBINARY = re.compile(
    r"(non[\s-]*binary|^nb$|enby|genderqueer|gender[\s-]*queer|agender|genderfluid|fluid|queer|bigender|androgyn|two[\s-]*spirit|neutrois|demi|other|none|x)"
)


def normalize_gender(values: pd.Series) -> pd.Series:
    """Free-text gender -> ``female`` / ``male`` / ``nonbinary_or_other`` / NA (empty, refused, junk).

    Example:
        >>> normalize_gender(pd.Series(["Cis Female", "M", "genderqueer", ""])).tolist()
        ['female', 'male', 'nonbinary_or_other', <NA>]
    """

    def one(value: object) -> object:
        if value is None or value is pd.NA or (isinstance(value, float) and np.isnan(value)):
            return pd.NA
        text = re.sub(r"\s+", " ", str(value).strip().lower())
        if not text or text in {
            "n/a",
            "na",
            "prefer not to say",
            "rather not say",
            "unknown",
            "?",
            "-",
        }:
            return pd.NA
        if _NONBINARY.search(text):
            return "nonbinary_or_other"
        if _FEMALE.match(text):
            return "female"
        if _MALE.match(text):
            return "male"
        return "nonbinary_or_other"

    return values.map(one).astype("object")


def _keys(frame: pd.DataFrame, qis: Sequence[str]) -> pd.DataFrame:
    return frame[list(qis)].astype("object").where(frame[list(qis)].notna(), "<NA>").astype(str)


def equivalence_class_sizes(frame: pd.DataFrame, qis: Sequence[str]) -> pd.Series:
    """Per row, the size of its equivalence class over ``qis`` (missing values form their own value)."""
    if not qis:
        return pd.Series(len(frame), index=frame.index)
    keys = _keys(frame, qis)
    return keys.groupby(list(qis), sort=False)[qis[0]].transform("size")


def k_anonymity(frame: pd.DataFrame, qis: Sequence[str]) -> int:
    """Smallest equivalence class size over ``qis`` (0 for an empty table)."""
    if frame.empty:
        return 0
    return int(equivalence_class_sizes(frame, qis).min())


def l_diversity(frame: pd.DataFrame, qis: Sequence[str], sensitive: str) -> int:
    """Distinct l-diversity: fewest distinct ``sensitive`` values in any equivalence class."""
    if frame.empty or sensitive not in frame.columns:
        return 0
    if not qis:
        return int(frame[sensitive].nunique(dropna=False))
    keys = _keys(frame, qis)
    keys["__s"] = frame[sensitive].astype(str).to_numpy()
    return int(keys.groupby(list(qis), sort=False)["__s"].nunique().min())


def _star(series: pd.Series) -> pd.Series:
    return series.map(lambda v: v if v is pd.NA or v is None else SUPPRESSED).astype("object")


def age_hierarchy(ages: pd.Series, *, edges: Sequence[int]) -> list[pd.Series]:
    """Successively coarser versions of raw ages: configured bands, every other edge, 0-89/90+, ``*``."""
    edges = list(edges)
    wider = sorted({*edges[::2], edges[-1]})
    levels = [
        generalize_age(ages, edges=edges),
        generalize_age(ages, edges=wider),
        generalize_age(ages, edges=[0, edges[-1]]),
    ]
    return [*levels, _star(levels[0])]


def zip_hierarchy(zips: pd.Series, *, digits: int, restricted: Sequence[str]) -> list[pd.Series]:
    """ZIP prefixes of ``digits``, then one digit fewer each level, then ``*``."""
    base = generalize_zip(zips, digits=digits, restricted=restricted)
    levels = [base]
    for keep in range(digits - 1, 0, -1):
        levels.append(
            base.map(lambda z, n=keep: z if z is pd.NA or z == SUPPRESSED else str(z)[:n]).astype(
                "object"
            )
        )
    return [*levels, _star(base)]


def date_hierarchy(dates: pd.Series, *, granularity: str) -> list[pd.Series]:
    """Month (if configured), year, decade (``2010s``), then ``*``."""
    levels = []
    if granularity == "month":
        levels.append(generalize_date(dates, granularity="month"))
    year = generalize_date(dates, granularity="year")
    levels.append(year)
    levels.append(year.map(lambda y: y if y is pd.NA else str(y)[:3] + "0s").astype("object"))
    return [*levels, _star(year)]


def enforce_k(
    frame: pd.DataFrame,
    *,
    hierarchies: Mapping[str, Sequence[pd.Series]],
    k: int,
    strategy: str = "generalize_then_suppress",
    suppression: str = "mask",
    max_suppressed_fraction: float = 0.05,
) -> tuple[pd.DataFrame, dict[str, Any]]:
    """Make every equivalence class over the quasi-identifiers (keys of ``hierarchies``) >= k rows.

    Each quasi-identifier comes as a list of successively coarser versions (level 0 is what
    ``frame`` holds). ``generalize_then_suppress`` moves the quasi-identifier with the most
    distinct values one level up while more than ``max_suppressed_fraction`` of rows sit in
    classes below k; the rows still below k are then suppressed: ``mask`` sets all their QIs to
    ``*`` (rows kept), ``drop`` removes them. ``suppress`` skips generalization;
    ``report_only`` changes nothing.

    Returns:
        the new frame and ``{"generalization_levels", "rows_suppressed", "rows_dropped"}``.
    """
    qis = list(hierarchies)
    out = frame.copy()
    levels = {q: 0 for q in qis}
    report: dict[str, Any] = {
        "generalization_levels": levels,
        "rows_suppressed": 0,
        "rows_dropped": 0,
    }
    if not qis or out.empty or strategy == "report_only" or k <= 1:
        return out, report
    if strategy == "generalize_then_suppress":
        while True:
            below = equivalence_class_sizes(out, qis) < k
            if below.mean() <= max_suppressed_fraction:
                break
            candidates = [q for q in qis if levels[q] + 1 < len(hierarchies[q])]
            if not candidates:
                break
            target = max(candidates, key=lambda q: (out[q].nunique(dropna=True), -levels[q]))
            levels[target] += 1
            out[target] = hierarchies[target][levels[target]].loc[out.index].to_numpy()
    below = equivalence_class_sizes(out, qis) < k
    report["rows_suppressed"] = int(below.sum())
    if below.any():
        if suppression == "drop":
            out = out.loc[~below]
            report["rows_dropped"] = int(below.sum())
        else:
            for q in qis:
                out[q] = out[q].astype("object")
                out.loc[below, q] = SUPPRESSED
    return out, report
