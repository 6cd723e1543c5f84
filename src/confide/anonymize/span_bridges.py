"""One identifier found in two pieces, and the punctuation between them left in the text.

A token's two halves round a colon ("dJk3R7xPQv2:APA91b..."), an address's parts round a comma or an HL7
caret ("Cois Abhainn, Ballyvourney Road", "418 WARREN ST^APT 3"), a site and its branch's town round a comma or a
dash ("Federal Medical Centre, Abeokuta", "Concentra Urgent Care - Braintree"), a firm's partners round "&"
("Slater & Gordon Solicitors"), and the "#" before a ticket's number: each is one identifier, which a replacement
should take whole rather than as two surrogates with the original's shape between them. Only the pairs of types
below are joined, and only where the pieces read as one (no list of addresses or towns, no range of numbers), so two
people ("Sarah & Tom") or a town and its postcode keep their own replacements.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import NamedTuple

from confide.anonymize.spans import Span

_CLAUSE_END = re.compile(r"[ \t]*(?:[.;:)\n]|$)")
_LETTER = re.compile(r"[A-Za-z]")


class _Bridge(NamedTuple):
    """Which two found pieces are one identifier.

    Their types, the gap between them (matched whole), and what the pieces and the text after them must also show
    (``fits(text, left, right)``).
    """

    lefts: frozenset[str]
    gap: re.Pattern[str]
    rights: frozenset[str]
    fits: Callable[[str, Span, Span], bool]


_BRIDGES: tuple[_Bridge, ...] = (
    # a token's halves, letters in both ("dJk3R7xPQv2:APA91b..."; never a range of numbers, "20481234:20481299")
    _Bridge(
        frozenset({"ID_NUMBER"}),
        re.compile(r":"),
        frozenset({"ID_NUMBER"}),
        lambda text, left, right: all(_LETTER.search(text, s.start, s.end) for s in (left, right)),
    ),
    # an address's parts, the second no house number after a comma ("418 WARREN ST^APT 3", "Cois Abhainn,
    # Ballyvourney Road"; never two addresses in a list, "12 High Street, 45 Park Road")
    _Bridge(
        frozenset({"STREET_ADDRESS"}),
        re.compile(r"\^|, ?"),
        frozenset({"STREET_ADDRESS"}),
        lambda text, left, right: text[left.end] == "^" or not text[right.start].isdigit(),
    ),
    # a site and its town where the clause ends ("Concentra Urgent Care - Braintree."; never "Mercy Hospital - Boston
    # traffic was awful", nor a list, "Mercy Hospital, Cork, Bon Secours Hospital")
    _Bridge(
        frozenset({"FACILITY"}),
        re.compile(r", ?| [-–—] "),
        frozenset({"LOCATION"}),
        lambda text, left, right: _CLAUSE_END.match(text, right.end) is not None,
    ),
    # a firm's partners, the last with the firm's kind ("Slater & Gordon Solicitors"; never "Mercy Hospital & Dr Kelly")
    _Bridge(frozenset({"FACILITY", "PERSON"}), re.compile(r" & "), frozenset({"FACILITY"}), lambda *_: True),
)
_HASH_BEFORE_ID = "#"


def bridge_gaps(text: str, spans: Sequence[Span]) -> list[Span]:
    """Spans over two found pieces of one identifier and the gap between them (``spans`` merged, sorted).

    The bridge takes the right piece's type (the merge then ranks the pieces' types); a number's "#" right before an
    ID is taken into it.
    """
    out = []
    for left, right in zip(spans, spans[1:], strict=False):
        gap = text[left.end : right.start]
        if any(
            left.entity_type in bridge.lefts
            and right.entity_type in bridge.rights
            and bridge.gap.fullmatch(gap)
            and bridge.fits(text, left, right)
            for bridge in _BRIDGES
        ):
            out.append(Span(left.start, right.end, right.entity_type, min(left.score, right.score), "Bridge"))
    for span in spans:
        if span.entity_type == "ID_NUMBER" and text[max(0, span.start - 1) : span.start] == _HASH_BEFORE_ID:
            out.append(Span(span.start - 1, span.end, span.entity_type, span.score, "Bridge"))
    return out
