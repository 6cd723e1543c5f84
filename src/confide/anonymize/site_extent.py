"""Grow a partly detected site name to its whole extent ("Boston" in "Boston Detox").

Recognizers often find a place or a name inside a site's name and leave the rest in the text
("Sunrise of <Edina>", "<Kent> General", "<Kindred Hospital> Northland"). Recall counts a site only
when all of it is covered, and the rest still points at the site. This pass adds one FACILITY span
over the whole name, and only when the phrase is a site by its shape: a kind word ends it, or a
site's head and "of"/"at" join a known place. It never crosses a line break, a column gap, a
lower-case or stop word, a digit, a title or a month, so a wrong guess costs a few words at most.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS

from confide.anonymize.lexicon import MONTH_WORDS, WEEKDAY_WORDS, Lexicon
from confide.anonymize.recognizers.facility import KEYWORDS
from confide.anonymize.recognizers.facility_kinds import KIND
from confide.anonymize.recognizers.site_ties import CREDENTIALS
from confide.anonymize.spans import Span

ENTITY_TYPE = "FACILITY"
SOURCE = "SiteExtent"
SCORE = 0.6
# At most this many words are added on one side.
_MAX_WORDS = 4

# Any case of a keyword: the words are title or capitals already, and only a whole phrase is matched.
_KIND = re.compile("(?:" + KIND + "|(?i:" + KEYWORDS + "))")
# Site endings missing from the kind lists: a hospital by its town ("Kent General", "Boston Medical"), a school by
# its name and level ("Mount Druitt High", "Kembangan Heights Secondary"), a VA
# medical centre or clinic and a house of correction by theirs ("West Haven VAMC", "Suffolk County HOC").
_ACRONYM_ENDS = frozenset({"vamc", "vahcs", "cboc", "hoc"})
_SCHOOL_LEVELS = frozenset({"high", "secondary", "primary"})
# Charities, projects and firms named after a person or a town ("Wesley Mission", "Trevor Project", "Micah
# Projects", "Duncan Lewis Solicitors").
_NAMED_ENDS = frozenset({"mission", "project", "projects", "solicitors"})
EXTRA_ENDS = frozenset({"general", "medical"}) | _SCHOOL_LEVELS | _ACRONYM_ENDS
_ENDS = EXTRA_ENDS | _NAMED_ENDS
# Kinds too vague, or a firm's, to make a site of the word before them ("Boston Unit", "Chase Bank").
_WEAK_KINDS = frozenset(
    "unit marine med middle catholic regional police pd inc llc ltd plc corp corporation bank club inn".split()
)
# Heads that name a site before "of"/"at" and a place ("Sunrise of Edina", "the Arbors at Fairlawn").
_SITE_HEADS = frozenset({"sunrise", "arbors", "gardens", "arc", "manor", "university", "uni", "college", "commons"})
# Heads that are everyday words too ("Caught the Sunrise at Brighton"): a site only near a care cue or
# opening its line or field ("Sunrise of Edina gave us notice", "From: Sunrise of Edina").
_WEAK_HEADS = frozenset({"sunrise", "gardens", "commons"})
_CARE_CUE = re.compile(
    r"(?i)\b(?:lives?|living|resid\w*|moved|moving|placed|placement|admitted|discharged|snf|alf|"
    r"assisted[ \t]+living|memory[ \t]+care|nursing[ \t]+home|care[ \t]+home|facility|called)\b"
)
# Kinds a person's name may take to name a building ("Gavin Foundation", "Foley Hospital"); a name before a
# specialty or "Medical" is a doctor's service ("Patel Neurology", "John Smith Medical"), still a person.
BUILDING_KINDS = frozenset(
    "hospital hospitals clinic clinics centre center home house hospice manor lodge infirmary institute "
    "foundation school academy college pavilion sanatorium sanitarium".split()
)
# Last words of an agency's kind, which names it before "of" a place ("Elder Services of Berkshire County").
_AGENCY_ENDS = frozenset({"services", "partners", "aid", "alliance"})
# One-word kinds too generic after a lone place: a service there ("Foley Center for gait training").
_SERVICE_ENDS = frozenset({"center", "centre", "recovery", "imaging"})
# Lower-case words that may follow a hospital named by its town ("Kent General yesterday").
_AFTER_TOWN_HOSPITAL = frozenset({"yesterday", "today", "tonight", "overnight"})
# Function and clause words never inside a name ("PT SEEN AT SCHOOL"): spaCy's stop words and these.
_CLAUSE_WORDS = frozenset(
    "pt pts patient seen sent called call went goes go going attends attended works worked".split()
)
_JOINERS = frozenset({"of", "at"})
# A town's quarter by its compass word ("Northland", "Midtown", "Eastside"): a branch's name.
_QUARTER = re.compile(r"(?:north|south|east|west)(?:east|west)?(?:land|side|gate|field)?|midtown|downtown|uptown")
_AREA_WORDS = frozenset({"county", "parish", "borough"})
# A person's title or credential: a name next to one is a person, not a site ("Dr Patel", "Patel MD").
_TITLES = frozenset("dr mr mrs ms miss prof rev fr dds".split()) | CREDENTIALS
_SOURCE_TYPES = frozenset({"FACILITY", "LOCATION", "PERSON", "ORGANIZATION"})
_TOKEN = re.compile(r"[^ \t\n\r]+")
_LEAD = "(\"'“‘["
_TRAIL = ",.;:)!?\"'”’]"


@dataclass(frozen=True, slots=True)
class _Word:
    """One word of a line: its core's offsets, lower-cased core, and whether punctuation cuts it off."""

    start: int
    end: int
    low: str
    style: str  # "title", "upper", "joiner" or "" (anything else ends a phrase)
    opens: bool  # leading punctuation: no phrase runs into it from the left
    closes: bool  # trailing punctuation or a gap after it: no phrase runs on past it
    capital: bool  # written with a capital first letter


# A capitalised article right before a site's name, at a sentence's start or inside it ("I work at The Warehouse",
# "step-down to The Grange"): the name's own first word; "the" in lower case is not.
_ARTICLE_BEFORE = re.compile(r"(?<![\w'’-])(?:The|THE)[ \t]\Z")


def articles_before_sites(text: str, spans: Sequence[Span]) -> list[Span]:
    """FACILITY spans grown back over a capitalised "The" right before them."""
    return [
        Span(m.start(), span.end, ENTITY_TYPE, span.score, SOURCE)
        for span in spans
        if span.entity_type == ENTITY_TYPE
        and (m := _ARTICLE_BEFORE.search(text, max(0, span.start - 4), span.start)) is not None
    ]


def grow_sites(text: str, spans: Sequence[Span], lexicon: Lexicon) -> list[Span]:
    """FACILITY spans over whole site names that the given spans only partly cover (may be empty).

    Each line is split into words once and its words indexed by offset, so the cost stays linear in
    the text however many spans a line holds.
    """
    out: list[Span] = []
    by_start: dict[int, list[Span]] = {}
    for span in spans:
        by_start.setdefault(span.start, []).append(span)
    lines: dict[int, _Line] = {}
    for span in spans:
        if span.entity_type not in _SOURCE_TYPES:
            continue
        line_start = text.rfind("\n", 0, span.start) + 1
        line = lines.get(line_start)
        if line is None:
            line = lines[line_start] = _line(text, line_start)
        grown = _grow(text, span, line, by_start, lexicon)
        if span.entity_type == "FACILITY":
            grown = _store_number(text, span, grown or (span.start, span.end))
            grown = _name_before_head(line, grown)
            grown = _named_tail(text, grown)
        if grown is not None and (grown[0] < span.start or grown[1] > span.end):
            out.append(Span(grown[0], grown[1], ENTITY_TYPE, SCORE, SOURCE))
    return out


# A branch's store number after a chain's or pharmacy's name: "Walgreens #04418", "CVS Pharmacy #2291",
# "Rite Aid store #3312". It names one shop, so it belongs to the site. After a hospital or a clinic the
# number is an account's or a record's ("Baystate Medical Center #123456"), an ID of its own.
_STORE_NUMBER = re.compile(r"[ \t]*(?i:store[ \t]*)?(?:#|(?i:no\.)[ \t]?)[ \t]?\d{2,6}\b(?![.,/-]\d)")
_SHOP_KIND = re.compile(r"(?i)pharmacy|drugs?|drugstore|apothecary|chemists?|store|supermarket|market")
_CHAIN_SOURCE = "OrganisationName"  # the recognizer of the list of chains (organisation_names)


def _store_number(text: str, span: Span, extent: tuple[int, int]) -> tuple[int, int]:
    """``extent`` run on over a store number right after a chain or a shop (unchanged otherwise)."""
    words = text[extent[0] : extent[1]].split()
    if not words or (_CHAIN_SOURCE not in span.source and not _SHOP_KIND.fullmatch(words[-1].strip(".,'’"))):
        return extent
    m = _STORE_NUMBER.match(text, extent[1])
    return (extent[0], m.end()) if m else extent


# What closes a site's name after its kind: the people an agency serves ("Area Agency on Aging", "Healthcare for the
# Homeless"), a district's number ("Park County Fire District 2"), a home-health agency's letters ("Richland
# Memorial HH").
_SERVED = (
    r"(?:Aging|Ageing|AGING|the[ \t]+(?:Homeless|Elderly|Aged|Blind|Deaf)|THE[ \t]+(?:HOMELESS|ELDERLY|BLIND|DEAF))"
)
_NAMED_TAIL = re.compile(
    r"[ \t]+(?:(?:on|for|ON|FOR)[ \t]+" + _SERVED + r"\b|(?:HHA?|VNA)\b(?![-/]))"
    r"|(?<=[Dd]istrict|DISTRICT)[ \t]+\d{1,3}\b(?![.,/:-]\d|[ \t]*(?i:%|mg|ml|days?|weeks?|years?|yrs?)\b)"
)


def _named_tail(text: str, extent: tuple[int, int]) -> tuple[int, int]:
    """``extent`` run on over what closes the name after its kind (see ``_NAMED_TAIL``; unchanged otherwise)."""
    m = _NAMED_TAIL.match(text, extent[1])
    return (extent[0], m.end()) if m else extent


# Heads of an organisation named "<Head> of <Place>" that its own name or specialty may open ("Cardiology
# Associates of Fairfield County", "Islamic Center of Minnesota", "ELDER SERVICES OF THE MERRIMACK VALLEY").
_HEADS_OF = frozenset(
    "associates physicians specialists partners services service center centre institute society alliance".split()
)


_TIME_WORDS = frozenset("today yesterday tomorrow tonight now then later earlier".split())


def _name_before_head(line: _Line, extent: tuple[int, int]) -> tuple[int, int]:
    """``extent`` run back over the one or two words that name a site found from its "<Head> of" on.

    The words before the head are written as the head is (title case or capitals) and no clause's
    ("Referred to Associates of ..." stays as it is).
    """
    first = line.by_start.get(extent[0])
    words = line.words
    if first is None or first + 1 >= len(words) or words[first].low not in _HEADS_OF or words[first + 1].low != "of":
        return extent
    style, start = words[first].style, first
    while start > 0 and first - start < 2:
        w = words[start - 1]
        # (no verb or time word: "Visited Islamic Center of ...", "Today Cardiology Associates of ...")
        clause = _clause_word(w.low) or w.low.endswith("ed") or w.low in _TIME_WORDS
        if w.closes or words[start].opens or w.style != style or clause or w.low.rstrip(".") in _TITLES:
            break
        start -= 1
    return (words[start].start, extent[1])


@dataclass(frozen=True, slots=True)
class _Line:
    """One line's words, and the index of each word by its start and by its end offset."""

    words: list[_Word]
    by_start: dict[int, int]
    by_end: dict[int, int]


def _line(text: str, start: int) -> _Line:
    """The words of the line that begins at ``start``."""
    hi = text.find("\n", start)
    hi = len(text) if hi < 0 else hi
    words: list[_Word] = []
    for m in _TOKEN.finditer(text, start, hi):
        raw = m[0]
        core = raw.lstrip(_LEAD)
        s = m.start() + len(raw) - len(core)
        core = core.rstrip(_TRAIL) if not core.endswith(("'s", "’s")) else core
        e = s + len(core)
        gap_after = text[m.end() : m.end() + 2]
        closes = e < m.end() or not (gap_after[:1] in " \t" and gap_after[1:2] not in " \t")
        words.append(_Word(s, e, core.lower(), _style(core), s > m.start(), closes, core[:1].isupper()))
    by_start = {w.start: i for i, w in enumerate(words)}
    by_end = {w.end: i for i, w in enumerate(words)}
    return _Line(words, by_start, by_end)


def _style(core: str) -> str:
    """How a word is written: a name's "title" or "upper" case, a joiner, or anything else ("")."""
    low = core.lower()
    if low in _JOINERS or low == "the":
        return "joiner"
    if not core or any(c.isdigit() for c in core) or not core[0].isupper():
        return ""
    if low in MONTH_WORDS or low in WEEKDAY_WORDS or low.rstrip(".") in _TITLES or _clause_word(low):
        return ""
    letters = [c for c in core if c.isalpha()]
    if len(letters) >= 2 and core.isupper():
        return "upper"
    return "title" if any(c.islower() for c in core) else ""


def _clause_word(low: str) -> bool:
    """A word that opens or joins a clause, never a name's ("TO", "The", "Seen")."""
    return low in STOP_WORDS or low in _CLAUSE_WORDS


def _grow(
    text: str, span: Span, line: _Line, spans: Mapping[int, list[Span]], lexicon: Lexicon
) -> tuple[int, int] | None:
    """The whole site's (start, end) when ``span`` is part of one, else None."""
    words = line.words
    first = line.by_start.get(span.start)
    last = line.by_end.get(span.end)
    if first is None or last is None or first > last:
        return None
    style = words[last].style
    if style not in ("title", "upper") or _titled(words, first):
        return None
    right = _grow_right(text, words, first, last, style, spans, lexicon, span.entity_type)
    left = _grow_left(text, words, first, style, spans, lexicon)
    if left is None and span.entity_type == ENTITY_TYPE:
        left = _name_and_before(text, words, first, last, style, lexicon)
    if left is not None and right is None:
        right = _county_end(words, last, style)
    if right is None and left is None:
        return None
    return (words[left if left is not None else first].start, words[right if right is not None else last].end)


def _titled(words: list[_Word], first: int) -> bool:
    """A title or credential right before the span: it names a person ("Dr Patel")."""
    return first > 0 and words[first - 1].low.rstrip(".") in _TITLES


def _kind_at(text: str, words: list[_Word], i: int, j: int) -> bool:
    """Whether words i..j (inclusive) are one site kind ("Day Centre", "GENERAL", "Detox")."""
    phrase = text[words[i].start : words[j].end]
    if i == j and (words[i].low in _WEAK_KINDS):
        return False
    return (words[j].low in _ENDS and i == j) or bool(_KIND.fullmatch(phrase))


def _run(words: list[_Word], start: int, style: str, step: int) -> list[int]:
    """Indexes of the words of ``style`` that follow on from ``start`` (step 1) or lead up to it (-1)."""
    out: list[int] = []
    i = start
    while len(out) < _MAX_WORDS:
        nxt = i + step
        if not 0 <= nxt < len(words):
            break
        inner, outer = (words[i], words[nxt]) if step == 1 else (words[nxt], words[i])
        # a title-case name may end in a kind's acronym ("West Haven VAMC")
        acronym_end = step == 1 and style == "title" and words[nxt].style == "upper" and words[nxt].low in _ACRONYM_ENDS
        # an ampersand joins a name's words ("Okotoks Health & Wellness Centre", "Maple Grove Health & Rehab")
        ampersand = words[nxt].low == "&" and 0 <= nxt + step < len(words) and words[nxt + step].style == style
        if inner.closes or outer.opens or (words[nxt].style != style and not acronym_end and not ampersand):
            break
        out.append(nxt)
        i = nxt
    return out


def _ends_phrase(words: list[_Word], j: int, style: str) -> bool:
    """No further word of the phrase follows word j: the site's name ends there."""
    return words[j].closes or j + 1 >= len(words) or words[j + 1].style not in (style, "joiner")


def _grow_right(
    text: str,
    words: list[_Word],
    first: int,
    last: int,
    style: str,
    spans: Mapping[int, list[Span]],
    lexicon: Lexicon,
    entity_type: str,
) -> int | None:
    """The last word of the site when it runs on after the span: a kind, a branch, or "of" a place.

    A place also takes a service's or a team's name after it ("Leicestershire Memory Assessment Service").
    """
    person = entity_type == "PERSON"
    run = _run(words, last, style, 1)
    end = None
    for j in run:
        kinds = [i for i in range(max(first, j - 2), j + 1) if _kind_at(text, words, i, j)]
        if not kinds or not _ends_phrase(words, j, style) or not _kind_fits(words, first, last, j, person, lexicon):
            continue
        if _plain_between(words, last + 1, max(kinds), person, lexicon):
            end = j
    if end is None:
        typed = _facility_typed(words, first, last, spans)
        if typed or _ends_kind(text, words, first, last):
            end = _branch(words, run, lexicon) or _of_place(text, words, last, style, spans, lexicon)
        if end is None and typed:
            end = _of_remit(text, words, last, style)
    if end is None and entity_type == "LOCATION":
        end = _place_service(words, last, run, style, lexicon)
    return end


# Last words of a body named by its place and what it does ("Leicestershire Memory Assessment Service", "Rotherham
# Perinatal Team"); one of them right after the place names no body ("Kent Service", "Leeds Team").
_SERVICE_BODY_ENDS = frozenset({"service", "services", "team"})
# Words of care, health and public service: one of them between the place and the end makes the body a public
# one ("Torbay Frailty Team"), where a sport's, a rite's or a trade's makes none ("Leinster Rugby Team", "Kampala
# Prayer Service", "Hyderabad Laundry Service").
_CARE_WORDS = frozenset(
    "mental health crisis psychosis psychiatric psychiatry psychology psychological frailty outreach protection "
    "perinatal maternal maternity treatment forensic ambulance rescue memory assessment medicine medical liaison "
    "intervention community social care safeguarding homeless homelessness housing addiction addictions substance "
    "drug drugs alcohol recovery dementia diabetes renal stroke learning disability disabilities counselling "
    "counseling youth offending probation palliative hospice nursing welfare wellbeing rehabilitation rehab "
    "respiratory cardiac neurology paediatric pediatric children's child family families adult adults elderly "
    "older autism adhd eating disorders disorder specialist therapy therapies legal advocacy victim victims "
    "support refugee asylum veterans integrated supported".split()
)


def _place_service(words: list[_Word], last: int, run: list[int], style: str, lexicon: Lexicon) -> int | None:
    """The last word of a service's or a team's name after a place, a word of care between (title case only).

    In capitals a clause reads the same ("LEEDS SAW CRISIS TEAM"), so only title case is read.
    """
    if style != "title":
        return None
    for j in run:
        if words[j].low in _SERVICE_BODY_ENDS and j > last + 1 and _ends_phrase(words, j, style):
            between = words[last + 1 : j]
            care = any(w.low in _CARE_WORDS for w in between)
            # a care word may look like a verb's form ("Housing", "Nursing", "Integrated"); no other word may
            plain = not any(w.low not in _CARE_WORDS and _clause_like(w, lexicon) for w in between)
            return j if care and plain else None
    return None


# A public body's head, which its remit follows after "of" ("NSW Department of Communities and Justice").
_BODY_HEADS = frozenset("department dept ministry bureau directorate".split())
# At most this many words of a remit ("Department of Housing, Local Government and Heritage" is cut at its comma).
_MAX_REMIT_WORDS = 6


# Words after a body's remit that name a role or a document of it, not the body ("Department of Corrections
# Officer"), and phrases that open with "Of" ("Of Course", "Of Note").
_NOT_REMIT_WORDS = frozenset(
    "officer officers liaison caseworker detective deputy agent nurse manager unit guidelines guidance letter review "
    "course note late all medical staff team".split()
)


def _of_remit(text: str, words: list[_Word], last: int, style: str) -> int | None:
    """The last word of "of" and a body's remit after a detected body ending in its head ("NSW Department").

    The remit is title-case words after a lower-case "of", "and"/"&" only between two of them, no role's word,
    and it ends the phrase.
    """
    if style != "title" or words[last].low.rstrip(".") not in _BODY_HEADS or words[last].closes:
        return None
    if last + 2 >= len(words) or words[last + 1].closes:
        return None
    if text[words[last + 1].start : words[last + 1].end] != "of":
        return None
    end = None
    for j in range(last + 2, min(last + 2 + _MAX_REMIT_WORDS, len(words))):
        w = words[j]
        if w.low in _TIME_WORDS or w.low in _NOT_REMIT_WORDS:
            break
        if w.style == style:
            end = j
        elif w.low not in ("and", "&") or end != j - 1:
            break
        if w.closes:
            break
    return end if end is not None and _ends_phrase(words, end, style) else None


def _kind_fits(words: list[_Word], first: int, last: int, j: int, person: bool, lexicon: Lexicon) -> bool:
    """Whether the kind ending at word j makes a site of the span's words, not a service or a person's.

    A person's name takes only a building's kind ("Foley Hospital"): before a specialty or "Medical" it
    is a doctor's service ("Patel Neurology"). A lone place takes "Center" only as part of a longer kind
    ("Brookvale Day Centre", not "Foley Center for gait training"). A town's "General"/"Medical" needs no
    second kind before it ("Boston University Medical") and no noun after it ("Kent General area").
    """
    low = words[j].low
    if person:
        return low in BUILDING_KINDS or low in _NAMED_ENDS
    if low in _SERVICE_ENDS and first == last and j == last + 1:
        return False
    if low in _SCHOOL_LEVELS and " ".join(w.low for w in words[first:j]) in lexicon.regions:
        return False  # a state's high or its primary election ("a Colorado High", "the Ohio Primary")
    if low in _ENDS:
        before = words[j - 1].low
        if before in _SITE_HEADS or before in _ENDS or _KIND.fullmatch(before.title()):
            return False
        after = words[j + 1] if j + 1 < len(words) and not words[j].closes else None
        if after is not None and after.style == "" and not _clause_word(after.low):
            return after.low in _AFTER_TOWN_HOSPITAL or not lexicon.is_english(after.low)
    return True


def _plain_between(words: list[_Word], start: int, stop: int, person: bool, lexicon: Lexicon) -> bool:
    """Words start..stop-1 between the span and its kind can be a name's ("Day", "Public"), no clause's.

    A person's name takes its kind right after it ("Gavin Foundation"): words between make a service's
    kind ("Young Carers Social Services"). Stop words and verb forms make a clause ("EZRA ASKING ABOUT
    HOSPICE").
    """
    if person and stop > start:
        return False
    return not any(_clause_like(w, lexicon) for w in words[start:stop])


def _clause_like(word: _Word, lexicon: Lexicon) -> bool:
    """A stop word or an English verb's form that is no name ("ASKING", "Loved"): a clause's word, no name's."""
    verb = word.low.endswith(("ing", "ed")) and lexicon.is_english(word.low) and not lexicon.is_name(word.low)
    return verb or word.low in STOP_WORDS


def _ends_kind(text: str, words: list[_Word], first: int, last: int) -> bool:
    """The span itself ends in a site kind ("Kindred Hospital", "Heritage Manor"), or is a head alone.

    A head word takes no name before it ("Mom Loved Sunrise at Edina"), and an everyday head needs
    its care context ("Caught the Sunrise at Brighton").
    """
    if any(_kind_at(text, words, i, last) for i in range(max(first, last - 2), last + 1)):
        return True
    low = words[last].low
    if low not in _SITE_HEADS or first != last:
        return False
    return low not in _WEAK_HEADS or _care_context(text, words, first)


def _facility_typed(words: list[_Word], first: int, last: int, spans: Mapping[int, list[Span]]) -> bool:
    """A recognizer already called words first..last a site ("MOUNT CARMEL", "US Renal Care")."""
    return any(s.entity_type == ENTITY_TYPE and s.end == words[last].end for s in spans.get(words[first].start, ()))


def _branch(words: list[_Word], run: list[int], lexicon: Lexicon) -> int | None:
    """A branch's place right after a site ("Kindred Hospital Northland"), ending the phrase."""
    for n, j in enumerate(run[:2], start=1):
        place = tuple(words[k].low for k in run[:n])
        quarter = n == 1 and _QUARTER.fullmatch(place[0]) is not None
        # a one-word branch must be no English word too ("Mayo Clinic Mobile app", "Clinic Park")
        town = place in lexicon.places.get(place[0], ()) and (n > 1 or not lexicon.is_common(place[0]))
        if (quarter or town) and _ends_phrase(words, j, words[j].style):
            return j
    return None


def _of_place(
    text: str, words: list[_Word], last: int, style: str, spans: Mapping[int, list[Span]], lexicon: Lexicon
) -> int | None:
    """Words "of"/"at" and a place after a site's head ("Heritage Manor of Shreveport").

    After "of", a country's or a state's name too: it names a national body ("Alzheimer Society of Ireland").
    """
    if last + 2 >= len(words) or words[last].closes or words[last + 1].low not in _JOINERS:
        return None
    if words[last + 1].closes:
        return None
    # (the place may take its article: "Boys & Girls Clubs of the Midlands")
    at = last + 3 if words[last + 2].low == "the" and not words[last + 2].closes and last + 3 < len(words) else last + 2
    end = _place_end(text, words, at, style, spans, lexicon)
    if end is None and words[last + 1].low == "of":
        end = _region_end(words, at, style, lexicon)
    return end


def _region_end(words: list[_Word], i: int, style: str, lexicon: Lexicon) -> int | None:
    """The last word of a country's or a state's name that starts at word i and ends the phrase."""
    if words[i].style != style:
        return None
    return _longest_name_end(words, i, style, lambda place: place in lexicon.region_names)


def _place_end(
    text: str, words: list[_Word], i: int, style: str, spans: Mapping[int, list[Span]], lexicon: Lexicon
) -> int | None:
    """The last word of a place that starts at word i: a detected place or a gazetteer town."""
    if words[i].style != style:
        return None
    for s in spans.get(words[i].start, ()):
        if s.entity_type in ("LOCATION", "FACILITY"):
            ends = [k for k in range(i, min(i + _MAX_WORDS, len(words))) if words[k].end == s.end]
            if ends and _ends_phrase(words, ends[0], style):
                return ends[0]

    def town(place: tuple[str, ...]) -> bool:
        return lexicon.is_place(place) or len(place) > 1 and place[-1] == "county" and lexicon.is_place(place[:-1])

    return _longest_name_end(words, i, style, town)


def _longest_name_end(
    words: list[_Word], i: int, style: str, is_name: Callable[[tuple[str, ...]], bool]
) -> int | None:
    """The last word of the longest run of ``style`` words from word i that ``is_name`` takes and ends the phrase.

    ``is_name`` reads the run's lower-cased words as a tuple (a town's, a county's, a country's).
    """
    run = [i, *_run(words, i, style, 1)]
    for n in range(len(run), 0, -1):
        if is_name(tuple(words[k].low for k in run[:n])) and _ends_phrase(words, run[n - 1], style):
            return run[n - 1]
    return None


def _grow_left(
    text: str, words: list[_Word], first: int, style: str, spans: Mapping[int, list[Span]], lexicon: Lexicon
) -> int | None:
    """The first word of the site when a head and "of"/"at" come before the span's place.

    The head is a head word alone or a name and a kind, and it must open its phrase: capitalised words
    before it ("Mom Loved Sunrise at Edina", "Continue Physical Therapy at Boston") leave it unclear.
    """
    if first < 2 or words[first - 1].low not in _JOINERS or words[first - 1].closes:
        return None
    if words[first - 1].opens or words[first].opens:
        return None
    head = _run(words, first - 1, style, -1)
    if not head:
        return None
    start = head[-1]
    if start > 0 and words[start - 1].style == style and not words[start - 1].closes:
        return None  # the phrase runs on to the left: its start is unclear
    if start > 1 and words[start - 1].low == "of" and not words[start - 1].closes:
        return None  # a head after "of" is another name's tail ("House of Commons at Westminster")
    lows = [words[k].low for k in reversed(head)]
    known = any(s.entity_type in ("FACILITY", "ORGANIZATION") for s in spans.get(words[start].start, ()))
    # mid-sentence, a capitalised word is a name's, not a verb's ("at Family Health Center of Worcester")
    inside = style == "title" and start > 0 and not words[start - 1].closes and not words[start - 1].capital
    if not _site_head(lows, known, inside, lexicon):
        return None
    if lows[-1] in _WEAK_HEADS and not _care_context(text, words, start):
        return None
    before = words[start - 1] if start > 0 else None
    if before is not None and before.low == "the" and before.style == "joiner" and not before.closes:
        # a capitalised article is part of the name ("The Gardens at Renton"); "the" is not
        return start - 1 if before.capital else start
    return start


def _name_and_before(
    text: str, words: list[_Word], first: int, last: int, style: str, lexicon: Lexicon
) -> int | None:
    """The first word of "<Name> and" before a site ending in its kind ("Brigham and Women's Hospital").

    One name or town word ("Chelsea and Westminster Hospital") that opens its phrase; no everyday or clinical word.
    """
    if first < 2 or words[first - 1].low not in ("and", "&") or not _ends_kind(text, words, first, last):
        return None
    name = words[first - 2]
    if name.closes or words[first - 1].closes or name.style != style or name.low in BUILDING_KINDS:
        return None
    if first > 2 and words[first - 3].style == style and not words[first - 3].closes:
        return None  # the phrase runs on to the left: "Mum and Dad took me to Royal Hospital" stays
    low = name.low.removesuffix("'s").removesuffix("’s")
    town = lexicon.is_place((low,))
    # a given name that is no town is a person's beside the site ("Tom and Royal Free Hospital both called"), unless
    # the site's name opens with a possessive that the name shares ("Brigham and Women's Hospital")
    shared = words[first].low.endswith(("'s", "’s"))
    return first - 2 if town or _naming(low, lexicon) and (shared or low not in lexicon.first_names) else None


def _care_context(text: str, words: list[_Word], start: int) -> bool:
    """A weak head opens its line or field ("From: Sunrise of Edina"), or a care cue is on its line."""
    if start == 0 or words[start - 1].closes:
        return True
    return _CARE_CUE.search(text, words[0].start, words[-1].end) is not None


def _naming(low: str, lexicon: Lexicon) -> bool:
    """A word that can name a site before its kind: no everyday or clinical word, unless a rare name.

    "Heritage" and "Kindred" are names; "Grief" is a surname too, but an everyday word first.
    """
    if lexicon.is_name(low) and not lexicon.is_everyday(low):
        return True
    return not lexicon.is_common(low)


def _county_end(words: list[_Word], last: int, style: str) -> int | None:
    """The "County" that ends a place's name right after it ("Arc of Essex County")."""
    j = last + 1
    if j < len(words) and not words[last].closes and words[j].low in _AREA_WORDS and words[j].style == style:
        return j if _ends_phrase(words, j, style) else None
    return None


def _site_head(lows: list[str], known: bool, inside: bool, lexicon: Lexicon) -> bool:
    """A site's head: a head word alone, or a name and a kind ("Elder Services", "Kindred Hospital").

    The name's words are no everyday or clinical words ("Inpatient Rehab", "Grief Counseling", "The Mental
    Health"): a service phrase, or a verb before it, is no site's name. A name a recognizer already
    found (``known``: "ENCOMPASS HEALTH REHAB") may be any words, and so may a building's name
    mid-sentence (``inside``: "Family Health Center"). An agency's kind alone can head it ("Elder
    Services of Berkshire County"); a service's cannot ("Primary Care", "Mental Health").
    """
    if lows[-1] in _SITE_HEADS:
        return len(lows) == 1
    for i in range(len(lows)):
        if not _KIND.fullmatch(" ".join(lows[i:]).title()):
            continue
        if all(w in _WEAK_KINDS for w in lows[i:]):
            return False
        if i == 0:
            return len(lows) > 1 and lows[-1] in _AGENCY_ENDS
        if known or (inside and lows[-1] in BUILDING_KINDS):
            return True
        return all(_naming(w, lexicon) for w in lows[:i])
    return False
