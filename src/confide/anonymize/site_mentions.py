"""Other mentions of a site the text names once in full: the name again, its initials, its first word, its siblings.

A record names a site in full and then repeats or shortens it ("Glasgow Alcohol and Drug Recovery Service ...
GADRS worker", "Cygnet Bury - 1 bed ... Cygnet accepted"), or lists it beside others that no rule knows ("faxed
to Lakeside, Pinewood, St Jude's and Meridian"). The short forms point at the same site. Only forms in the
name's own letter case (or in capitals) are taken; the whole name again only when all its words are capitalised;
an acronym must be three letters or more and no word, a first word no English or clinical word, name or place;
a list's sibling must look like a site's own name or be a place. An acronym the text itself defines in brackets
right after the name ("Hebrew SeniorLife (HSL)") is taken there, and only there, when its letters are the name's
capitals in order (a name in capitals gives its words' first letters), the first one first, and it is no state's
code ("New Hampshire Hospital (NH)"). Elsewhere such letters are as often a test or a finding ("UMass Memorial
Diagnostic Services (UDS) ... UDS positive", "Beth Israel Deaconess (BID) ... 25 mg BID").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from confide.anonymize.lexicon import Lexicon
from confide.anonymize.recognizers.zip_code import STATES
from confide.anonymize.spans import Span

ENTITY_TYPE = "FACILITY"
SOURCE = "SiteMention"
SCORE = 0.5
_JOINERS = frozenset({"of", "and", "the", "for", "&", "at", "on", "in"})
_SAINTS = frozenset({"st", "st.", "saint", "mt", "mt.", "mount", "the"})
_WORD = re.compile(r"[A-Za-z][A-Za-z'’&-]*")
# A list's item: one to three title-case words ("St Jude's", "Compass Point"), then a comma or "and"/"or".
_ITEM = r"(?:St\.?[ \t]+)?[A-Z][a-z'’&-]+(?:[ \t]+[A-Z][a-z'’&-]+){0,2}"
_LIST = re.compile(rf"{_ITEM}(?:(?:,[ \t]*|,?[ \t]+(?:and|or|&)[ \t]+){_ITEM})+")
# An acronym in brackets right after a name: "Hebrew SeniorLife (HSL)", "Boston Medical Center (BMC)".
_BRACKETED_ACRONYM = re.compile(r"[ \t]*\((?P<acronym>[A-Z]{2,6})\)")
_STATE_CODES = frozenset(STATES.split("|"))


def _short_forms(name: str, lexicon: Lexicon) -> set[str]:
    from confide.anonymize.recognizers.facility import _KIND_WORDS, GENERIC_WORDS

    words = _WORD.findall(name)
    heads = [w for w in words if w[0].isupper() and w.lower() not in _JOINERS]
    forms = set()
    whole = re.sub(r"^(?:the|The|THE)[ \t]+", "", name.strip())
    if len(whole.split()) >= 2 and all(w[0].isupper() for w in whole.split()):
        forms.update({whole, whole.upper()})  # the name again in full ("Hope House ... Hope House (Worcester)")
    if len(heads) >= 3:
        initials = "".join(w[0] for w in heads).upper()
        if not lexicon.is_english(initials.lower()):
            forms.add(initials)
    if len(heads) >= 2:
        first = heads[0]
        low = first.lower().strip("'’")
        if (
            len(low) >= 4
            and low not in _SAINTS
            and low not in _KIND_WORDS
            and low not in GENERIC_WORDS
            and not lexicon.is_common(low)
            and not lexicon.is_name(low)
            and low not in lexicon.places
        ):
            forms.update({first, first.upper()})
    return forms


def _defined_acronym(text: str, site: Span) -> re.Match[str] | None:
    """The acronym bracketed right after ``site`` whose letters are the name's capitals in order, else None.

    The capitals include those inside a word ("SeniorLife"), so a unit after the name ("Mass General (MICU)")
    is not taken for its acronym; a name in capitals gives its words' first letters ("MERCY HOSPITAL (MRI)").
    """
    m = _BRACKETED_ACRONYM.match(text, site.end)
    acronym = m["acronym"] if m else None
    if acronym is None or acronym in _STATE_CODES:
        return None
    name = text[site.start : site.end]
    capitals = [w[0] for w in _WORD.findall(name)] if name.isupper() else [c for c in name if c.isupper()]
    if not capitals or acronym[0] != capitals[0]:
        return None
    rest = iter(capitals[1:])
    return m if all(letter in rest for letter in acronym[1:]) else None


def _covered(start: int, end: int, spans: Sequence[Span]) -> bool:
    return any(s.start < end and start < s.end for s in spans)


def site_mentions(text: str, spans: Sequence[Span], lexicon: Lexicon) -> list[Span]:
    """FACILITY spans over later short forms and list siblings of the sites found in ``text``."""
    from confide.anonymize.recognizers.facility_cued import cued_site_name

    sites = [s for s in spans if s.entity_type == ENTITY_TYPE]
    if not sites:
        return []
    found: list[Span] = []
    forms = set().union(*(_short_forms(text[s.start : s.end], lexicon) for s in sites))
    for defined in filter(None, (_defined_acronym(text, s) for s in sites)):
        start, end = defined.span("acronym")
        if not _covered(start, end, spans):
            found.append(Span(start, end, ENTITY_TYPE, SCORE, SOURCE))
    for form in forms:
        for m in re.finditer(rf"(?<![\w'’&-]){re.escape(form)}(?![\w'’&-])", text):
            if not _covered(m.start(), m.end(), spans):
                found.append(Span(m.start(), m.end(), ENTITY_TYPE, SCORE, SOURCE))
    places = [s for s in spans if s.entity_type in (ENTITY_TYPE, "LOCATION")]
    for m in _LIST.finditer(text):
        items = [i for i in re.finditer(_ITEM, m.group()) if i.group() not in {"and", "or"}]
        bounds = [(m.start() + i.start(), m.start() + i.end()) for i in items]
        named = sum(_covered(s, e, places) for s, e in bounds)
        if named < 2 or not any(_covered(s, e, sites) for s, e in bounds):
            continue  # a list of sites holds two found ones, one of them a site
        for s, e in bounds[1:]:  # (the first item may be a clause's subject: "Chief Executive, Leeds and York")
            if _covered(s, e, spans) or any(len(w) < 3 for w in text[s:e].split() if w.lower() not in _SAINTS):
                continue
            words = tuple(text[s:e].lower().split())
            if words in lexicon.places.get(words[0], ()):
                found.append(Span(s, e, "LOCATION", SCORE, SOURCE))  # a town among the sites ("Lakeside")
            elif cued_site_name(text[s:e], {"cued": True}):
                found.append(Span(s, e, ENTITY_TYPE, SCORE, SOURCE))
    return found
