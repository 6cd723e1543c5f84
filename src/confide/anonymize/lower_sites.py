"""Sites and their towns as hurried notes and posts type them: in lower case, with the site's part after it.

"works 2nd shift at the tyson plant in noel", "picking at the asda depot", "worked at the loeb in vanier", "the
skyline in norwood": a found site goes on with the part of it a person works in, and in lower case "at the <word> in
<town>" names a site by its branch's town where the gazetteer lists the town and the word is no everyday, clinical or
generic word ("at the beach in brighton", "at the hospital in leeds" name none).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from confide.anonymize.spans import Span

# The working part of a site after its name ("the UPS hub", "the Fonterra plant", "the Goodwill outlet"), and a
# church's denomination after its saint ("st paul's lutheran", "mt zion holiness").
_SITE_TAIL = re.compile(
    r"[ \t]+(?i:plant|depot|hub|warehouse|factory|outlet|(?:distribution|fulfil?ment)[ \t]+cent(?:er|re)|"
    r"lutheran|baptist|methodist|presbyterian|episcopal|pentecostal|holiness|sda|ame|catholic|anglican|orthodox)\b"
    # (the tail ends the name: "Riverside CMHT depot nurse", "St Mary's Hospital Catholic chaplaincy" go on)
    r"(?=[ \t]*(?:[,.;:)!?\n]|$)|[ \t]+(?:in|near|on|at|for|and|or|off|nights?|days?|since|until|till|now|every)\b)"
)


def site_tails(text: str, spans: Sequence[Span]) -> list[Span]:
    """FACILITY spans over a found site and its part or denomination after it ("asda depot", "st paul's lutheran")."""
    out = []
    for span in spans:
        if span.entity_type == "FACILITY" and (m := _SITE_TAIL.match(text, span.end)) is not None:
            out.append(Span(span.start, m.end(), "FACILITY", span.score, "SiteTail"))
    return out


_LOWER_SITE_IN_TOWN = re.compile(
    r"\b(?:at|from|to|into|outside|behind)[ \t]+the[ \t]+(?P<site>[a-z][a-z'’-]+(?:[ \t]+[a-z][a-z'’-]+)?)"
    r"[ \t]+(?:in|near)[ \t]+(?P<town>[A-Za-z][a-z'’-]+(?:[ \t]+[A-Za-z][a-z'’-]+){0,2})"
)
# Kinds of venue that a site-kind list may lack: "at the casino in reno" names none.
_VENUE_KINDS = frozenset(
    "casino casinos motel hotel inn mall pub bar tavern gym library park church chapel mosque temple school college "
    "station shelter hostel clinic hospital pharmacy store shop market cafe diner restaurant club arena stadium "
    "beach lake river races track rink pool zoo museum airport depot jobcentre centrelink".split()
)
_CLAUSE_END = re.compile(r"[ \t]*(?:[,.;:)!?\n]|$)")


def lower_sites_in_towns(
    text: str,
    *,
    is_town: Callable[[str], bool],
    is_everyday: Callable[[str], bool],
    names_site: Callable[[str], bool],
    is_name: Callable[[str], bool],
) -> list[Span]:
    """FACILITY and LOCATION spans for "at the <site> in <town>" typed in lower case.

    ``is_town`` reads lower-cased words; a one-word town that is an everyday word must end its clause ("the skyline in
    hazard."); ``names_site`` says whether a word of the site can name one.
    """
    out = []
    for m in _LOWER_SITE_IN_TOWN.finditer(text):
        words = m.group("town").split()
        for n in range(len(words), 0, -1):
            town = " ".join(words[:n])
            end = m.start("town") + len(town)
            low = town.lower()
            if is_town(low) and not (n == 1 and is_everyday(low) and not _CLAUSE_END.match(text, end)):
                break
        else:
            continue
        # (a word of four letters or fewer is a unit's or a programme's letters as often: "the amu", "the ndis")
        if not all(
            names_site(w) and w not in _VENUE_KINDS and (len(w) > 4 or is_name(w)) for w in m.group("site").split()
        ):
            continue
        out.append(Span(m.start("site"), m.end("site"), "FACILITY", 0.55, "LowerSiteInTown"))
        out.append(Span(m.start("town"), end, "LOCATION", 0.55, "LowerSiteInTown"))
    return out
