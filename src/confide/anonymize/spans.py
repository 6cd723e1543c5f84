"""Detected spans and the overlap resolution that decides what gets replaced."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass


def lines_with_starts(text: str) -> Iterator[tuple[int, str]]:
    """Each line of ``text`` (split at line feeds) with the offset of its first character."""
    start = 0
    for line in text.split("\n"):
        yield start, line
        start += len(line) + 1


def line_around(text: str, pos: int) -> str:
    """The line of ``text`` that holds offset ``pos``, without its line feed."""
    end = text.find("\n", pos)
    return text[text.rfind("\n", 0, pos) + 1 : end if end >= 0 else len(text)]


def character_mask(length: int, ranges: Iterable[tuple[int, int]]) -> bytearray:
    """One byte per character of a text of ``length``, 1 where any half-open range covers it (clipped to the text).

    Looking characters up in it keeps a pass over a long text's tokens or spans linear.
    """
    mask = bytearray(length)
    for start, end in ranges:
        start, end = max(start, 0), min(end, length)
        if start < end:
            mask[start:end] = b"\x01" * (end - start)
    return mask


@dataclass(frozen=True, slots=True)
class Span:
    """One detected identifier: half-open character offsets into the original text."""

    start: int
    end: int
    entity_type: str
    score: float = 1.0
    source: str = ""

    def overlaps(self, other: Span) -> bool:
        """True when the two spans share at least one character."""
        return self.start < other.end and other.start < self.end


def merge_overlapping(
    spans: Iterable[Span], *, priority: Mapping[str, int] | None = None
) -> list[Span]:
    """Merge overlapping (or touching-inside) spans into their union, sorted by start.

    Privacy first: a partially overlapping pair becomes one span covering both, so no part of
    either leaks. The merged span keeps the entity type of the member with the highest
    ``(priority, score, length)``; the source names all recognizers involved.

    Args:
        spans: spans of one text, in any order.
        priority: entity type -> rank (higher wins ties in favour of the more specific type).
    """
    priority = priority or {}
    ordered = sorted(spans, key=lambda s: (s.start, -s.end))
    merged: list[Span] = []
    group: list[Span] = []
    group_end = -1
    for span in ordered:
        if span.end <= span.start:
            continue
        if group and span.start < group_end:
            group.append(span)
            group_end = max(group_end, span.end)
            continue
        if group:
            merged.append(_union(group, priority))
        group = [span]
        group_end = span.end
    if group:
        merged.append(_union(group, priority))
    return merged


def _union(group: list[Span], priority: Mapping[str, int]) -> Span:
    if len(group) == 1:
        return group[0]
    best = max(group, key=lambda s: (priority.get(s.entity_type, 0), s.score, s.end - s.start))
    # (a member may itself be a union: its source is split again, so each recognizer is named once)
    sources = sorted({part for s in group for part in s.source.split("+") if part})
    return Span(
        start=min(s.start for s in group),
        end=max(s.end for s in group),
        entity_type=best.entity_type,
        score=max(s.score for s in group),
        source="+".join(sources),
    )
