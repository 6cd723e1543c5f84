"""What follows a street line in the world's address orders: the flat's pieces, then the district, postcode and town.

English addresses put the flat first ("Flat 2, 9 Quarry Hill"; see ``postprocess.units_before_addresses``); most of
the world writes it after the house number, in its own words: "Rua Augusta, nº 1508, apto 62", "Av. Corrientes 3247,
5º piso, depto. C", "ul. Długa 14 m. 3", "Nørregade 7, 2. th.", "Hämeenkatu 14 B 22", "C/ Mayor 23, esc. 2, 3º B",
"Sonnenallee 141, Hinterhaus, 3. OG". After them come the district and the town with the postcode before or after it
("…, 00-514 Warszawa", "…, 1015 CJ Amsterdam", "…, Chapinero, Bogotá", "…, Da'an Dist., Taipei City 106"). Both are
read only right after a detected street address, so a dose's "apt 2" or a town in a sentence is never taken.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from confide.anonymize.spans import Span

# The English words of a flat, a floor's block or a lane, before a street ("Flat 2, 9 Quarry Hill"; see
# ``postprocess.units_before_addresses``) or after it ("88 CHURCH ST, UNIT 2").
ENGLISH_UNIT_WORDS = (
    "flat|apt|apartment|unit|suite|ste|room|rm|block|blk|bldg|building|tower|lane|ln|aly|alley|sec|section"
)
# A flat's, a floor's or a stair's word and its number or letter ("apto 62", "depto. C", "m. 117", "esc. 2", "int. B",
# "bus 3", "lgh 1102", "bât. C", "Torre 2", "AP 304"); the short words only with their dot ("m.", "et.", "sc.", "bl.").
_UNIT_WORD = (
    r"(?:(?i:apto|apt|ap|apartamento|depto|dpto|dto|casa|bloco|bloque|torre|int|interior|ext|exterior|esc|escalera|"
    r"scala|piso|puerta|pta|andar|lote|bus|bte|bât|bat|lgh|whg|top|stiege|porta|portal|kv|lok|"
    + ENGLISH_UNIT_WORDS
    + r"|lot)\.?"
    r"|(?:m|et|sc|bl|ap|nr|ét)\.)"
)
_UNIT_VALUE = r"(?:n[º°o]\.?[ \t]*|#[ \t]*)?(?:\d{1,4}[A-Za-z]?(?:-\d{1,3})?|[A-Z]\d{0,2})\b"
# A floor or a door by its ordinal ("5º piso", "3º B", "2º Esq.", "1º izq.", "2n 1a", "3. OG", "2. th.", "st. tv.",
# "4e étage", "3os orofos", "piano terra"), a building's part ("Hinterhaus", "fundos") or its name ("Edificio Brisas").
_FLOOR = (
    r"\d{1,2}[º°ª][ \t]*(?:(?i:piso|andar|izq|izda|dcha|der|esq|dto|dta)\b\.?|[A-Z]\b)?"
    r"|\d{1,2}[rnt][ \t]+\d{1,2}[ao]\b"
    r"|(?:\d{1,2}|st)\.[ \t]*(?:OG|UG|EG|DG|Stock|Etage|th|tv|mf|sal)\b\.?"
    r"|\d{1,2}(?:e|er|ème|os)[ \t]+(?i:étage|etage|orofos)\b"
    r"|(?i:piano)[ \t]+(?:terra|primo|secondo|terzo|\d{1,2})\b"
    r"|(?i:hinterhaus|vorderhaus|seitenflügel|gartenhaus|fundos|frente|rez-de-chaussée)\b"
    r"|(?:Edificio|Edif\.|Condominio|Conjunto|Residencial|Immeuble)[ \t]+[A-ZÀ-Ý][\w'’-]+"
    r"(?:[ \t]+[A-ZÀ-Ý][\w'’-]+){0,2}"
)
_PIECE = r"(?:" + _UNIT_WORD + r"[ \t]*" + _UNIT_VALUE + r"|" + _FLOOR + r"|#[ \t]*\d{1,4}[A-Za-z]?\b)"
# Pieces after the street, joined by commas or spaces; a stair's letter and a flat's number straight after the house
# number ("Hämeenkatu 14 B 22").
_UNIT_TAIL = re.compile(
    r"(?:(?:[ \t]*,[ \t]*|[ \t]+)" + _PIECE + r")+|[ \t]+[A-H][ \t]+\d{1,3}\b"
    # (Amsterdam's floor after the house number: "Keizersgracht 123-II", "45-huis", "12-hoog")
    r"|-(?:I{1,3}|IV|hoog|huis|boven|bg)\b"
)
# A street type's abbreviation whose full stop the street's span left out before the next piece ("Ren'ai Rd., Da'an").
_DOT_BEFORE_PIECE = re.compile(r"\.(?=[ \t]*,)")  # (a sentence's full stop stays out: "the 1200 block of Oak Ave.")
_ABBREVIATED_TYPE = re.compile(r"(?<![\w'’])(?:Rd|St|Ave?|Blvd|Ln|Dr|Cres|Pde|Tce|Hwy|Sq|Pl|Ct|Aly|Sec)\Z")
_TAIL_END = re.compile(r"[ \t]*(?:[,.;)|\n/–—-]|$)")


def unit_tails_after_streets(text: str, spans: Sequence[Span]) -> list[Span]:
    """STREET_ADDRESS spans grown over the flat's, floor's and stair's pieces written after a detected street line."""
    out = []
    for span in spans:
        if span.entity_type != "STREET_ADDRESS":
            continue
        end = span.end
        if _DOT_BEFORE_PIECE.match(text, end) and _ABBREVIATED_TYPE.search(text, max(0, end - 5), end) is not None:
            end += 1
        m = _UNIT_TAIL.match(text, end)
        # (the last piece closes the address's part: "…, int. 3, Cercado", never "…, apt 2 weeks")
        if m is not None and _TAIL_END.match(text, m.end()) is not None:
            end = m.end()
        if end > span.end:
            out.append(Span(span.start, end, "STREET_ADDRESS", span.score, "UnitTailAfterStreet"))
    return out


_UP = "A-ZÀ-ÖØ-ÞĀ-ſ"
_LOW = "a-zß-öø-ÿĀ-ſ"
# A district's or a town's name: capitalised words, maybe hyphenated ("Amsterdam-Zuidoost", "Haeundae-gu"), a
# district's number or letter after it ("Sector 2", "Odense C"), a district's abbreviation ("Da'an Dist.").
_PLACE = (
    rf"[{_UP}][{_LOW}{_UP}'’]+(?:-[{_UP}{_LOW}][{_LOW}'’]+)*"
    rf"(?:[ \t]+(?:(?i:dist|city)\b\.?|[{_UP}][{_LOW}{_UP}'’]+(?:-[{_UP}{_LOW}][{_LOW}'’]+)*|[A-Z]\b|\d{{1,2}}\b))"
    r"{0,3}"
)
# Postcodes of the orders that write them before the town ("00-514", "4050-036", "118 26", "1015 CJ", "75019") or
# after it ("106", "001-0024", "〒166-0003"); never a year.
_CODE_BEFORE = (
    r"(?:\d{2}-\d{3}|\d{4,5}-\d{3}|\d{3}[ \t]\d{2}|\d{4}[ \t]?[A-Z]{2}|(?!(?:19|20)\d\d\b)\d{3,5})"
)
# (Brazil's CEP and Mexico's C.P. by their label: "CEP 01304-001", "C.P. 44360")
_CODE_AFTER = (
    r"(?:(?:〒|(?:CEP|C\.P\.|CP)[ \t:]*)[ \t]?)?"
    r"(?:\d{3}-\d{4}|\d{2}-\d{3}|\d{4,5}-\d{3}|(?!(?:19|20)\d\d\b)\d{3,6})"
)
# (no word of a ward, a phone or a file before a number: "…, Room 214.", "…, Tel 0803.")
_NOT_PLACE = (
    r"(?!(?i:room|rm|bed|ward|bay|unit|floor|level|tel|phone|mobile|cell|fax|ext|box|apt|flat|suite|block|door|"
    r"house|page|ref|no|case|file|id|mrn|nhs|dob|age|aged|tlm|gsm|móvil|cel|handy|cep)\b)"
)
# (a street's abbreviation may close with its dot before the comma: "Ren'ai Rd., Da'an Dist.")
_JOIN = r"(?:\.?[ \t]*,[ \t]*|[ \t]+[–—-][ \t]+|/)"
_LOCALITY = re.compile(
    _JOIN + r"(?:"
    rf"(?P<code1>{_CODE_BEFORE})[ \t]+(?P<town1>{_NOT_PLACE}{_PLACE})"
    rf"|(?P<town2>{_NOT_PLACE}{_PLACE})[ \t]+(?P<code2>{_CODE_AFTER})"
    rf"|(?P<code3>{_CODE_AFTER})"
    rf"|(?:(?i:bairro|barrio|col\.|colonia|brgy\.|kel\.|kec\.|quartier)[ \t]+)?(?P<town3>{_NOT_PLACE}{_PLACE})"
    r")(?![\w-])"
    # (a region's code in brackets after the town: "20121 Milano (MI)")
    r"(?:[ \t]+\((?P<region>[A-Z]{2})\))?"
)
# A Dutch postcode's letters after its digits where the street's line took the digits ("Bijlmerdreef 1014, 1103 TB
# Amsterdam-Zuidoost").
_CODE_LETTERS = re.compile(rf"(?<=\d)[ \t](?P<code1>[A-Z]{{2}})[ \t]+(?P<town1>{_NOT_PLACE}{_PLACE})(?![\w-])")


# A morning's clock time, which a postcode after a street's pieces is not unless a known town comes before it.
_CLOCK_TIME = re.compile(r"0\d[0-5]\d")


def localities_after_streets(
    text: str, spans: Sequence[Span], *, is_town: Callable[[str], bool], is_word: Callable[[str], bool]
) -> list[Span]:
    """LOCATION and ZIP_CODE spans for the districts, towns and postcodes written one after another after a street.

    Each piece after its comma is a postcode, a place, or both; a place by itself is kept only where a later piece
    confirms the run is an address: a postcode, a place already detected or known as a town ("…, Chapinero,
    Bogotá"), or a name of no English or clinical word (``is_word``: "…, Sector 2, București"); so "12 Elm Rd, Good
    Rapport" takes nothing. A postcode may close the run before the clause ends ("Tokyo 〒166-0003 on 1 April").
    """
    places = [(s.start, s.end) for s in spans if s.entity_type == "LOCATION"]
    out: list[Span] = []
    for span in spans:
        if span.entity_type != "STREET_ADDRESS":
            continue
        pending: list[Span] = []
        pos, known = span.end, False
        for turn in range(5):
            m = _LOCALITY.match(text, pos) or (_CODE_LETTERS.match(text, pos) if turn == 0 else None)
            if m is None:
                break
            found = m.groupdict()
            if _CLOCK_TIME.fullmatch(found.get("code3") or "") and not known:
                break  # "PO Box 5, Patel, 0930": a time after a name, no postcode
            closed = _TAIL_END.match(text, m.end()) is not None
            if not closed and not any(found.get(g) for g in ("code1", "code2", "code3")):
                break
            pos = m.end()
            confirmed = known = False
            town = next((g for g in ("town1", "town2", "town3") if found.get(g)), None)
            if town is not None:
                start, end, name = m.start(town), m.end(town), m.group(town)
                known = any(s < end and start < e for s, e in places) or is_town(name)
                pending.append(Span(start, end, "LOCATION", 0.6, "LocalityAfterStreet"))
                foreign = not any(is_word(w) for w in re.findall(r"[^\W\d_]{2,}", name))
                confirmed = confirmed or known or foreign
            for group in ("code1", "code2", "code3"):
                if found.get(group):
                    pending.append(Span(m.start(group), m.end(group), "ZIP_CODE", 0.6, "LocalityAfterStreet"))
                    confirmed = True
            if found.get("region"):
                pending.append(Span(m.start("region"), m.end("region"), "LOCATION", 0.6, "LocalityAfterStreet"))
            if confirmed:
                out.extend(pending)
                pending = []
            if not closed:
                break
    return out
