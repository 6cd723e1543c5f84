"""The record's own author (``group_id``) mentioned in the text, with or without ``u/`` / ``@``.

This recognizer depends on the record, not only the text, so it runs beside Presidio's analyzer
(per record) rather than inside its registry. Optionally, usernames of *other* authors of the
corpus are caught too when they are distinctive (contain a digit, ``_``/``-`` or inner capitals),
so that ordinary words used as usernames ("anxious") are not erased everywhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

ENTITY_TYPE = "USERNAME"
PLACEHOLDER_AUTHORS = {
    "",
    "[deleted]",
    "[removed]",
    "deleted",
    "removed",
    "nan",
    "none",
    "automoderator",
    "anonymous",
}

DEFAULT_SPEC = {"min_length": 3, "other_authors": True, "other_min_length": 5, "score": 0.95}


def _usable(author: object, min_length: int) -> str | None:
    if author is None:
        return None
    name = str(author).strip()
    if name.lower() in PLACEHOLDER_AUTHORS or len(name) < min_length:
        return None
    return name


def is_distinctive(name: str, *, min_length: int = 5) -> bool:
    """True when a username is unlikely to be an ordinary word (digit, ``_``/``-``, inner capital)."""
    if len(name) < min_length:
        return False
    return any(c.isdigit() or c in "_-" for c in name) or any(c.isupper() for c in name[1:])


def _mention_regex(names: Iterable[str]) -> re.Pattern[str] | None:
    alts = sorted({re.escape(n) for n in names}, key=len, reverse=True)
    if not alts:
        return None
    return re.compile(r"(?<![\w-])(?:/?u/|@)?(?:" + "|".join(alts) + r")(?![\w-])", re.IGNORECASE)


@dataclass(frozen=True)
class AuthorMentionFinder:
    """Finds the record author's username, and optionally other distinctive corpus usernames."""

    min_length: int = 3
    other_authors_regex: re.Pattern[str] | None = None
    score: float = 0.95

    @classmethod
    def from_authors(
        cls, authors: Iterable[object], *, spec: dict | None = None
    ) -> AuthorMentionFinder:
        """Build from all group ids of the corpus (``spec`` as in ``DEFAULT_SPEC``)."""
        spec = {**DEFAULT_SPEC, **(spec or {})}
        others = None
        if spec["other_authors"]:
            names = {n for a in authors if (n := _usable(a, int(spec["min_length"]))) is not None}
            others = _mention_regex(
                n for n in names if is_distinctive(n, min_length=int(spec["other_min_length"]))
            )
        return cls(
            min_length=int(spec["min_length"]),
            other_authors_regex=others,
            score=float(spec["score"]),
        )

    def find(self, text: str, author: object) -> list[tuple[int, int]]:
        """Offsets of mentions of ``author`` (any case) and of other distinctive authors."""
        found: set[tuple[int, int]] = set()
        own = _usable(author, self.min_length)
        if own is not None and own.lower() in text.lower():
            regex = _mention_regex([own])
            if regex is not None:
                found.update(m.span() for m in regex.finditer(text))
        if self.other_authors_regex is not None:
            found.update(m.span() for m in self.other_authors_regex.finditer(text))
        return sorted(found)
