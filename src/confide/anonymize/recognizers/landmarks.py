"""Named landmarks, Irish counties and First Nations: places a person sleeps, is found or comes from.

Outreach and crisis notes place a person by a landmark rather than a town ("found her in Allan Gardens",
"sleeping at Kent Station", "phoning from the Clifton Suspension Bridge"): one to three capitalized words
before a landmark's kind, after a word of place. The words must name one landmark: words that only say
what kind it is ("the Bus Station", "Police Station", "Car Park") name none, and one of them must be a proper
name no English, clinical or drug word ("on Heparin Bridge", "at Nursing Station", "Animal Crossing" are
none). Also an Irish county after "Co." or "County" ("from Co. Mayo"; never "CO DOWN", carbon monoxide) and
a First Nation or reservation by a name no English word ("lives on Nisichawayasihk Cree Nation"; never
"Airbnb Reservation", "Status First Nations"). Returned as (start, end, score) for the place recognizer.
"""

from __future__ import annotations

import re

from confide.anonymize.lexicon import Lexicon

_KINDS = r"Station|Gardens|Bridge|Waterfront|Crossing|Square|Plaza|Pier|Wharf|Underpass|Overpass|Park"
# Words that say only what kind of landmark it is, or whose it is, never which one.
_GENERIC = frozenset(
    "the a an bus train tube subway metro underground tram ferry railway rail police fire petrol gas service "
    "nurses nurse's nurses' docking charging power work space car skate dog theme water trailer caravan "
    "industrial business retail shopping amusement national state county city town village community memorial "
    "public main old new big little local central north south east west his her their my our your this that "
    "botanical botanic play ball jurassic swiss kegel glute single-leg chi supercharger".split()
)
_TITLES = frozenset("dr mr mrs ms miss mx prof rev fr sr st".split())
_WORD = r"[A-Z][\w'’-]{1,30}"
_LANDMARK = re.compile(
    r"\b(?i:at|in|outside|near|under|from|behind|around|off|beneath|on)[ \t]+(?:(?i:the)[ \t]+)?"
    rf"(?P<place>(?:{_WORD}[ \t]+){{1,3}}(?:{_KINDS}))\b(?![ \t]*[A-Z][a-z])"
)
_IRISH_COUNTIES = (
    "Antrim|Armagh|Carlow|Cavan|Clare|Cork|Derry|Donegal|Down|Dublin|Fermanagh|Galway|Kerry|Kildare|Kilkenny|"
    "Laois|Leitrim|Limerick|Longford|Louth|Mayo|Meath|Monaghan|Offaly|Roscommon|Sligo|Tipperary|Tyrone|"
    "Waterford|Westmeath|Wexford|Wicklow"
)
_IRISH_COUNTY = re.compile(
    rf"\b(?:(?:Co\.?|County)[ \t]+(?:{_IRISH_COUNTIES})|(?:CO\.|COUNTY)[ \t]+(?:{_IRISH_COUNTIES.upper()}))\b"
)
_NATION = re.compile(
    rf"\b(?:{_WORD}[ \t]+){{1,3}}(?:First[ \t]+Nations?|Cree[ \t]+Nation|Indian[ \t]+Reservation|"
    r"Indian[ \t]+Reserve|Rancheria)\b"
)

# Cheap gates: each pattern runs only where its kind word is in the text.
_LANDMARK_GATE = re.compile(rf"[a-z][ \t]+(?:{_KINDS})\b")
_COUNTY_GATE = re.compile(r"\b(?:Co|County|CO\.|COUNTY)")
_NATION_GATE = re.compile(r"Nation|Indian|Rancheria")


def landmarks(text: str, lexicon: Lexicon) -> list[tuple[int, int, float]]:
    """Spans of named landmarks after a word of place, Irish counties and First Nations."""
    out: list[tuple[int, int, float]] = []
    for m in _LANDMARK.finditer(text) if _LANDMARK_GATE.search(text) else ():
        words = [w.lower().strip("'’") for w in m.group("place").split()[:-1]]
        if any(w.rstrip(".") in _TITLES for w in words):
            continue  # a person after a title ("waited at Dr Sarah Park")
        if any(w not in _GENERIC and _proper(w, lexicon) for w in words):
            out.append((m.start("place"), m.end("place"), 0.6))
    if _COUNTY_GATE.search(text):
        out.extend((m.start(), m.end(), 0.7) for m in _IRISH_COUNTY.finditer(text))
    for m in _NATION.finditer(text) if _NATION_GATE.search(text) else ():
        words = list(re.finditer(r"\S+", m.group()))
        # the name starts at its first word that is no English word
        first = next((w for w in words if not lexicon.is_english(w.group().lower())), None)
        if first is not None:
            out.append((m.start() + first.start(), m.end(), 0.6))
    return out


def _proper(word: str, lexicon: Lexicon) -> bool:
    """A word that can name a landmark: a name, a town or no English word, never a clinical or drug word."""
    if word in lexicon.clinical_words and not lexicon.is_name(word):
        return False
    return lexicon.is_name(word) or word in lexicon.places or not lexicon.is_english(word)
