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
from collections.abc import Sequence

from confide.anonymize.spans import Span

# (left types, gap, right types, what the right piece must be followed by): the gap is matched whole, between two
# spans that touch it on both sides.
_CLAUSE_END = re.compile(r"[ \t]*(?:[.;:)\n]|$)")
_ANY = re.compile(r"")
_BRIDGES: tuple[tuple[frozenset[str], re.Pattern[str], frozenset[str], re.Pattern[str]], ...] = (
    # a token's halves, letters in both ("dJk3R7xPQv2:APA91b..."; never a range of numbers, "20481234:20481299")
    (frozenset({"ID_NUMBER"}), re.compile(r":"), frozenset({"ID_NUMBER"}), _ANY),
    # an address's parts, the second no house number ("418 WARREN ST^APT 3", "Cois Abhainn, Ballyvourney Road";
    # never two addresses in a list, "12 High Street, 45 Park Road")
    (frozenset({"STREET_ADDRESS"}), re.compile(r"\^|, ?"), frozenset({"STREET_ADDRESS"}), _ANY),
    # a site and its town where the clause ends ("Concentra Urgent Care - Braintree."; never "Mercy Hospital - Boston
    # traffic was awful", nor a list, "Mercy Hospital, Cork, Bon Secours Hospital")
    (frozenset({"FACILITY"}), re.compile(r", ?| [-–—] "), frozenset({"LOCATION"}), _CLAUSE_END),
    # a firm's partners, the last with the firm's kind ("Slater & Gordon Solicitors"; never "Mercy Hospital & Dr Kelly")
    (frozenset({"FACILITY", "PERSON"}), re.compile(r" & "), frozenset({"FACILITY"}), _ANY),
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
        if not any(
            left.entity_type in lefts
            and right.entity_type in rights
            and pattern.fullmatch(gap)
            and after.match(text, right.end)
            for lefts, pattern, rights, after in _BRIDGES
        ):
            continue
        pieces = (text[left.start : left.end], text[right.start : right.end])
        if gap == ":" and not all(re.search(r"[A-Za-z]", p) for p in pieces):
            continue
        if left.entity_type == "STREET_ADDRESS" and gap != "^" and pieces[1][:1].isdigit():
            continue
        out.append(Span(left.start, right.end, right.entity_type, min(left.score, right.score), "Bridge"))
    for span in spans:
        if span.entity_type == "ID_NUMBER" and text[max(0, span.start - 1) : span.start] == _HASH_BEFORE_ID:
            out.append(Span(span.start - 1, span.end, span.entity_type, span.score, "Bridge"))
    return out
