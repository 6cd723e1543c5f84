"""Addresses that open with a unit of land or a rural delivery rather than a house on a street.

Much of the world writes a home as a plot, a stand, an erf, a lot, a purok or a house number in a lane, then a few
pieces down to the locality: "Erf 2231, Site C", "Stand 4410 Extension 5", "PLOT 1142, CADASTRAL ZONE B06",
"House No. 118, Gali 4, Mohalla Islampura", "Purok 3, Brgy. Tabuc Suba", "Lot 1127, Kampung Pulau Melaka",
"LP 44 Picton Road", "RMB 1142 Bruce Rock Rd", "RD 1, 4418 Jackson Bay Rd". The span runs from the opener over
its pieces; the town after them, when taken too, is masked as well (it is the person's place).

Openers that only an address uses (an erf, a stand, a purok, a roadside mail box) may end in a locality's plain
name ("Plot 7, Chepterit"); the others (a lot, a house, a block, a ward, a rural delivery) need a piece that only an
address has right after them: a vaccine's "Lot 4471, Exp 03/27" and a hospital's "Ward No. 6, Bed 3" are none.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from confide.anonymize.lexicon import load_lexicon
from confide.anonymize.recognizers.base import register_validator

# A plot's or a house's number: "2231", "R-412", "12-3-45", "C-7", "11-B", "2/1".
_NUMBER = r"(?:[A-Z]-?)?\d{1,5}[A-Za-z]?(?:[/-](?:\d{1,4}[A-Za-z]?|[A-Z]))*\b"
# A name's word in title case or capitals, or a lone capital after it ("Kibiko B", "Nyalenda B").
_NAME = r"[A-Z][A-Za-z'’-]+(?:[ \t]+(?:[A-Z][A-Za-z'’-]+|[A-Z]\b)){0,2}"
# Openers that may stand alone ("Erf 815", "Stand 4410", "Purok 4", "RMB 1142", "H.No. 12-3-45") ...
_ALONE = (
    r"(?:Erf|ERF|Stand|STAND)[ \t]+(?:No\.?[ \t]*)?\d{3,5}[A-Za-z]?\b"
    r"|(?:H\.[ \t]?No\.?|(?:House|HOUSE)[ \t]+No\.?)[ \t]*" + _NUMBER
    + r"|(?:Purok|PUROK|RMB)[ \t]+\d{1,5}[A-Za-z]?\b"
)
# ... and those that need a piece or a locality after them ("Plot 7, Chepterit"; "Plot 2" alone is a figure's).
_PLOT = r"(?:Plot|PLOT)[ \t]+(?:No\.?[ \t]*)?" + _NUMBER + r"|LP[ \t]+\d{1,5}[A-Za-z]?\b"
_STRONG = _ALONE + "|" + _PLOT
_WEAK = (
    r"(?:Lot|LOT|House|HOUSE|Blk|BLK|Block|BLOCK)\.?[ \t]+" + _NUMBER
    + r"|(?:Ward|WARD)[ \t]+No\.[ \t]*\d{1,3}\b|(?:RD|R\.D\.)[ \t]+\d{1,2}\b"
)
# Pieces only an address has: a numbered part of a plot, an estate or a lane ("Site C", "Extension 5",
# "Matapi Flats Block 9", "Gali No. 3", "Road No. 2", "Phase 2", "RT 03/RW 05"), a named village or ward ("Sitio
# Bagong Silang", "Brgy. Longos", "Kampung Pulau Melaka", "Mohalla Islampura"), or a street ("Bryce Hill Road",
# "4418 Jackson Bay Rd", "Kerkstraat 12").
_PART = (
    r"(?i:site|section|extension|ext\.?|unit|phase|block|blok|sector|zone|cadastral[ \t]+zone|road[ \t]+no\.?|"
    r"street[ \t]+no\.?|lane[ \t]+no\.?|gali(?:[ \t]+no\.?)?|lot|purok|ward[ \t]+no\.?|gg\.|gang|no\.)"
)
_NUMBERED_PIECE = (
    r"(?:(?:[A-Z][A-Za-z'’-]+[ \t]+){0,2}" + _PART + r"[ \t]*(?:" + _NUMBER + r"|[A-Z]\d{1,3}\b|[A-Z]{1,4}\b)"
    r"|RT\.?[ \t]*\d{1,3}(?:[ \t]*/[ \t]*|[ \t]+)RW\.?[ \t]*\d{1,3})"
)
_NAMED_PIECE = (
    r"(?:(?i:sitio|brgy\.?|barangay|kampung|kg\.|mohallah?|perum|jalan|jl\.)[ \t]+" + _NAME + r")"
)
# (a street's or an estate's type: "Bryce Hill Road", "Chedwin Park", "1004 Estate"; "off" a road too)
_TYPES = (
    r"road|rd|street|st|lane|ln|avenue|ave|drive|dr|close|crescent|trace|way|highway|hwy|estate|park|gardens|village|"
    r"nagar|colony|compound|scheme|layout"
)
_STREET_PIECE = (
    r"(?:(?:(?i:off)[ \t]+)?(?:\d{1,5}[A-Za-z]?[ \t]+)?[A-Z][A-Za-z'’-]+(?:[ \t]+[A-Z][A-Za-z'’-]+){0,2}[ \t]+"
    r"(?i:" + _TYPES + r")\b\.?"
    r"|[A-Z][a-z]+(?:straat|weg|laan|gracht|pad|plein)[ \t]+\d{1,4}[a-z]?\b)"
)
_PIECE = r"(?:" + _NUMBERED_PIECE + "|" + _NAMED_PIECE + "|" + _STREET_PIECE + r")"
# The same in a lower-case note or chat ("stand 118, extension 4", "lot 882, kampung batu 3, jalan kuala kangsar",
# "flat 4, block c, 1004 estate"): a number or a letter after a part's word, a named village's or street's words,
# or words before a street's type, never words alone.
_LOW = r"(?!(?:the|a|an|my|his|her|their|our|your|to|at|in|on|of|and|or|was|is|by|near)\b)[a-z][a-z'’-]+"
_LOW_NUMBER = r"(?:[a-zA-Z]-?)?\d{1,5}[A-Za-z]?(?:[/-](?:\d{1,4}[A-Za-z]?|[A-Za-z]))*\b"
_LOW_PIECE = (
    r"(?:" + _PART + r"[ \t]*(?:" + _LOW_NUMBER + r"|[a-z]\b)"
    r"|(?:sitio|brgy\.?|barangay|kampung|kg\.|mohallah?|perum|jalan|jl\.|lorong)[ \t]+" + _LOW
    + r"(?:[ \t]+" + _LOW + r"){0,2}(?:[ \t]+\d{1,3}\b)?"
    r"|(?:off[ \t]+)?(?:\d{1,5}[ \t]+(?:" + _LOW + r"[ \t]+){0,3}|(?:" + _LOW + r"[ \t]+){1,3})(?:" + _TYPES
    + r")\b\.?)"
)
_LOW_OPENER = (
    r"(?:erf|stand|plot|lot|house(?:[ \t]+no\.?)?|h\.[ \t]?no\.?|purok|blk|flat|rmb)\.?[ \t]*" + _LOW_NUMBER
)
_GAP = r"(?:,?[ \t]+)"
_PIECES = r"(?:" + _GAP + _PIECE + r")"
_STRONG_GATE = r"\b(?:Erf|ERF|Stand|STAND|Plot|PLOT|H\.[ \t]?No|House[ \t]+No|HOUSE[ \t]+NO|Purok|PUROK|RMB|LP)\b"

PATTERNS: list[dict[str, Any]] = [
    {
        # An opener only an address uses and its pieces ("Erf 2231, Site C", "Stand 4410 Extension 5").
        "name": "land_unit_address",
        "gate": _STRONG_GATE,
        "regex": r"(?<![\w-])(?:(?:" + _ALONE + r")" + _PIECES + r"{0,3}|(?:" + _PLOT + r")" + _PIECES + r"{1,3})",
        "score": 0.75,
    },
    {
        # The same closed by a locality's plain name ("Plot 7, Chepterit", "Purok 4, Sitio Bagong Silang, Daet").
        "name": "land_unit_then_locality",
        "gate": _STRONG_GATE,
        "regex": r"(?<![\w-])(?:" + _STRONG + r")" + _PIECES + r"{0,3},[ \t]+" + _NAME
        + r"(?=[ \t]*(?:[,.;)\n]|$))",
        "score": 0.7,
        "validators": [{"name": "land_unit_locality"}],
    },
    {
        # Any other opener, a piece only an address has right after it, then more pieces.
        "name": "unit_then_address_piece",
        "gate": r"\b(?:Lot|LOT|House|HOUSE|Blk|BLK|Block|BLOCK|Ward|WARD|RD|R\.D\.)\b",
        "regex": r"(?<![\w-])(?:" + _WEAK + r")" + _PIECES + r"{1,3}",
        "score": 0.7,
    },
    {
        # In lower case, an opener and a piece only an address has after it, then more pieces.
        "name": "lower_unit_then_address_piece",
        "gate": r"\b(?:erf|stand|plot|lot|house|h\.[ \t]?no|purok|blk|flat|rmb)\b",
        "regex": r"(?<![\w-])" + _LOW_OPENER + r"(?:,?[ \t]+" + _LOW_PIECE + r"){1,3}",
        "score": 0.7,
    },
    {
        # A named village, ward or estate with its numbered parts ("Sitio Kapalaran, Brgy. Longos", "Kampung Cibodas
        # RT 02 RW 07", "Perum Griya Asri Blok C-7"), two pieces at least.
        "name": "named_locality_pieces",
        "gate": r"(?i)\b(?:sitio|brgy|barangay|kampung|mohallah?|perum|jalan|jl)\b",
        "regex": r"(?<![\w-])" + _NAMED_PIECE + _PIECES + r"{1,3}",
        "score": 0.7,
    },
]


@register_validator("land_unit_locality")
def land_unit_locality(value: str, params: Mapping[str, Any]) -> bool:
    """The locality's name closing the value (after its last comma) is no run of English or clinical words.

    "Plot 7, Chepterit" and "Plot 22, Kibiko B" stay; "Plot 2, Results Table" and "Stand 1200, Total" go.
    """
    del params
    words = [w.strip(".'’").lower() for w in value.rsplit(",", 1)[-1].split()]
    lexicon = load_lexicon()
    return not all(lexicon.is_english(w) or w in lexicon.clinical_words for w in words if len(w) > 1)
