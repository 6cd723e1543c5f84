"""Identifiers said aloud, as transcripts and speech recognition write them.

A therapy session, a crisis call or a dictation run through speech recognition comes out in lower case
with the numbers spelled out, so the written-form recognizers see no digits, no "@" and no capitals.
This recognizer reads the spoken forms:

* runs of number words (``spoken_numbers``), typed by the cue before them: a phone number ("my
  number's oh seven seven double four one nine three oh six two", "callback four zero four ..."), an id
  ("member ID 9 1 7 2 4 4 0 3 8 0 1", "health card number four five three two dash ..."), a date of birth
  ("date of birth six twelve ninety eight"), a postcode ("postcode c f twenty four three j l"); ten
  digits or more with no cue read as a phone, and a run mixing digits and single letters as an id;
  a ZIP code after a street line or a state ("... brattleboro vermont zero five three zero one");
* house numbers said as words before a street ("nineteen oh five east thirty fourth street", "flat nine
  forty two gravelly hill north");
* dates said as words ("april nineteenth nineteen sixty seven", "the third of march nineteen eighty two",
  "august of twenty twenty five", "in like two thousand and eight", "thanksgiving day twenty twenty five",
  "starts on the fourteenth");
* e-mail addresses, links and user names said aloud ("jay dot moreno at gmail dot com", "gofundme dot com
  slash f slash bring rafa home", "deshawn underscore real underscore two two");
* names spelled letter by letter ("K-O-W-A-L-S-K-I", "w o j c i e c h o w s k i") when the letters spell
  a word standing near them or follow a spelling cue; never clinical letters said one by one ("c i w a").

Counting aloud ("one two three four five") is no number; a run after a quantity ("two fifty five dollars")
is no house number.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from presidio_analyzer import EntityRecognizer, RecognizerResult

from confide.anonymize.lexicon import MONTH_WORDS
from confide.anonymize.recognizers import register_recognizer
from confide.anonymize.recognizers.base import to_results
from confide.anonymize.recognizers.spoken_numbers import TEENS, TENS, UNITS, NumberRun, number_runs

Found = tuple[str, int, int]

# --- numbers ---------------------------------------------------------------------------------------
_WINDOW = 60
_FILLERS = r"(?:[\W\d]+\w+){0,5}?[\W\d]*$"
_DOB_CUE = re.compile(r"(?i)\b(?:date\s+of\s+birth|d\.?\s?o\.?\s?b|dob|born(?:\s+on)?|birthday)\b" + _FILLERS)
_POSTCODE_CUE = re.compile(r"(?i)\b(?:post\s?code|zip(?:\s?code)?|eircode)\b" + _FILLERS)
_ID_CUE = re.compile(
    r"(?i)\b(?:id|i\s+d|reference|ref|claim|policy|member|membership|licen[cs]e|npi|n\s+p\s+i|nhs|mrn|record|"
    r"account|card|badge|passport|case|docket|file|chi|ssn|social\s+security|last\s+four|confirmation|"
    r"order|ticket|serial|registration)\b(?:\s+(?:number|no|num))?\b"
)
_PHONE_CUE = re.compile(
    r"(?i)\b(?:number|numbers|phone|call|calling|callback|ring|reach|cell|mobile|contact|text|extension|ext|"
    r"landline|fax|pager|digits)\b"
)
# Vital signs said as letters before their value ("b p one forty two over eighty"): no id's letters.
_VITALS_LETTERS = frozenset("bp hr rr pr gcs spo sats".split())
_EXTENSION = re.compile(r"(?i)[ \t,]+(?:extension|ext\.?|x)[ \t]+")
# Words after which a run is a quantity, never a house number or a phone.
_QUANTITIES = frozenset(
    "dollars dollar bucks pounds quid euros rand pesos rupees percent mg milligrams grams kilos pounds miles "
    "minutes hours days weeks months years times people kids pills tablets drinks beers units calories".split()
)


def _last_cue(before: str) -> str | None:
    """The kind of the nearest number cue before a run (``id`` or ``phone``), if any."""
    best, kind = -1, None
    for pattern, name in ((_ID_CUE, "id"), (_PHONE_CUE, "phone")):  # "card number" is an id's cue
        for m in pattern.finditer(before):
            if m.end() > best:
                best, kind = m.end(), name
    return kind


def _counts_aloud(digits: str) -> bool:
    """Five digits in a row counting up or down ("one two three four five")."""
    return any(run in digits for run in ("01234", "12345", "23456", "34567", "45678", "56789", "98765", "87654",
                                         "76543", "65432", "54321", "43210"))


# Street types said in full or as their short form, and words that never name a street.
_STREET_TYPES = (
    r"street|st|road|rd|lane|ln|avenue|ave|boulevard|blvd|drive|dr|court|ct|place|pl|way|crescent|close|"
    r"terrace|circle|parkway|highway|hwy|row|grove|gardens|walk|square|hill|park|mews"
)
_STREET_AFTER = re.compile(
    r"(?i)[ \t]+(?P<name>(?:[a-z'’-]+[ \t]+){0,3}?)(?:" + _STREET_TYPES + r")\b"
    r"(?P<tail>[ \t]+(?:north|south|east|west))?"
    r"(?P<unit>,?[ \t]+(?:apartment|apt|unit|flat|suite)[ \t]+(?:[0-9]+|(?:zero|one|two|three|four|five|six|"
    r"seven|eight|nine|ten)(?:[ \t]+(?:zero|one|two|three|four|five|six|seven|eight|nine)){0,2})(?:[ \t]?[a-z])?\b)?"
)
_NOT_STREET_WORDS = frozenset(
    "the a an of on in at to from for and or but my his her their our your this that down up over past by "
    "about around near off into with is was it i me we you he she they just like then".split()
) | _QUANTITIES
_UNIT_BEFORE = re.compile(r"(?i)(?:flat|apartment|apt|unit)[ \t]+$")
_ZIP_AFTER_STREET = re.compile(r"(?i)\b(?:" + _STREET_TYPES + r")\b[ \t,]+(?:[a-z]+[ \t,]+){1,4}$")


# --- dates ------------------------------------------------------------------------------------------
def _words(names: Mapping[str, int]) -> str:
    return "|".join(sorted(names, key=len, reverse=True))


_UNIT_WORDS = "one|two|three|four|five|six|seven|eight|nine"
_ORDINAL_UNITS = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
_ORDINAL_TEENS = "tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth"
_ORDINAL = (
    rf"(?:(?:twenty|thirty)[ -](?:{_ORDINAL_UNITS})|twentieth|thirtieth|{_ORDINAL_TEENS}|{_ORDINAL_UNITS})"
)
_YEAR = (
    rf"(?:(?:nineteen|twenty)[ -](?:hundred|o(?:h)?[ -](?:{_UNIT_WORDS})|(?:{_words(TENS)})(?:[ -](?:{_UNIT_WORDS}))?"
    rf"|{_words(TEENS)})|two[ -]thousand(?:[ -]and)?(?:[ -](?:(?:{_words(TENS)})(?:[ -](?:{_UNIT_WORDS}))?"
    rf"|{_words(TEENS)}|{_UNIT_WORDS}))?)"
)
_MONTH = "|".join(sorted((m for m in MONTH_WORDS if len(m) > 3 or m == "may"), key=len, reverse=True))
_NOT_A_QUANTITY = r"(?![ \t]+(?:" + "|".join(sorted(_QUANTITIES)) + r")\b)"
_HOLIDAYS = (
    r"christmas(?:\s+day|\s+eve)?|thanksgiving(?:\s+day)?|easter(?:\s+sunday)?|new\s+year'?s(?:\s+day|\s+eve)?|"
    r"halloween|diwali|eid|hanukkah|boxing\s+day|valentine'?s(?:\s+day)?|mother'?s\s+day|father'?s\s+day"
)
_SPOKEN_DATE = re.compile(
    r"(?i)\b(?:"
    # "april nineteenth nineteen sixty seven", "march the third", "december second"
    rf"(?:{_MONTH})[ \t]+(?:the[ \t]+)?{_ORDINAL}(?:,?[ \t]+(?:of[ \t]+)?{_YEAR})?"
    # "the third of march nineteen eighty two", "fourteenth of may"
    rf"|(?:the[ \t]+)?{_ORDINAL}[ \t]+of[ \t]+(?:{_MONTH})(?:,?[ \t]+{_YEAR})?"
    # "august of twenty twenty five", "june nineteen ninety"
    rf"|(?:{_MONTH})[ \t]+(?:of[ \t]+)?{_YEAR}"
    # "thanksgiving day twenty twenty five"
    rf"|(?:{_HOLIDAYS})[ \t]+(?:of[ \t]+)?{_YEAR}"
    r")\b" + _NOT_A_QUANTITY
)
# A year said after a cue of time ("came here in twenty nineteen", "since like two thousand and eight").
_YEAR_AFTER_CUE = re.compile(
    r"(?i)\b(?:in|since|from|until|till|back\s+in|around|about|summer\s+of|spring\s+of|winter\s+of|fall\s+of|"
    r"autumn\s+of|end\s+of|early|late)[ \t]+(?:(?:like|um|uh|about|around|maybe)[ \t,]+){0,2}"
    rf"(?P<pii>{_YEAR})\b" + _NOT_A_QUANTITY
)
# A day said alone after "on the" ("starts on the fourteenth"), when no noun follows ("on the first try").
_DAY_ALONE = re.compile(
    rf"(?i)\bon[ \t]+(?P<pii>the[ \t]+{_ORDINAL})\b"
    r"(?=[ \t]*(?:$|[,.;:!?)\]]|[ \t]+(?:it'?s|at|and|so|then|or|but|i|we|you|he|she|they|because|cause|if|is|"
    r"was|for|from|before|after|in|right|okay|ok)\b))"
)

# --- e-mail, links, user names -------------------------------------------------------------------------
_TLD = r"(?:com|org|net|edu|gov|mil|info|io|co|ie|uk|ca|au|nz|in|za|ng|ke|ph|us|de|fr|me|ly)"
_SPOKEN_DOMAIN = re.compile(
    r"(?i)\bat[ \t]+(?P<domain>[a-z0-9]+(?:[ \t]+(?:dash|hyphen)[ \t]+[a-z0-9]+|[ \t]+[a-z0-9]+){0,2})"
    rf"[ \t]+dot[ \t]+{_TLD}(?:[ \t]+dot[ \t]+[a-z]{{2,3}})?\b"
)
_MAIL_PROVIDERS = frozenset(
    "gmail googlemail hotmail yahoo outlook icloud aol live msn protonmail proton btinternet sky virgin "
    "eircom comcast verizon att mail gmx yandex rediffmail zoho".split()
)
_EMAIL_CUE = re.compile(r"(?i)\b(?:e-?mail|address|mail)\b")
_NOT_LOCAL = frozenset(
    "it's its it is was me my email e-mail address uh um er like so and or the to at of yeah yes okay ok "
    "just that's thats use try reach send write contact i you your our please sure one all word caller "
    "client therapist counselor counsellor listener peer".split()
)
_LOCAL_JOINERS = frozenset("dot underscore dash hyphen".split())
_SPOKEN_LINK = re.compile(
    r"(?i)\b(?P<host>[a-z0-9]+(?:[ \t]+(?:dash|hyphen)[ \t]+[a-z0-9]+)?)[ \t]+dot[ \t]+" + _TLD
    + r"(?:[ \t]+dot[ \t]+[a-z]{2,3})?(?P<path>(?:[ \t]+slash[ \t]+[a-z0-9]+)+)"
)
_PATH_END = frozenset(
    "right and so anyway okay ok um uh if it i you please that then but or just yeah thanks thank".split()
)
_SPOKEN_HANDLE = re.compile(
    r"(?i)\b[a-z0-9]+(?:[ \t]+underscore[ \t]+[a-z0-9]+)+(?:[ \t]+(?:zero|one|two|three|four|five|six|seven|"
    r"eight|nine))*\b"
)

# --- names spelled out -----------------------------------------------------------------------------
_SPELLED = re.compile(r"(?<![\w-])[A-Za-z](?:-[A-Za-z]){2,}(?![\w-])|(?<![\w-])[A-Za-z](?: [A-Za-z]){3,}(?![\w-])")
_SPELL_CUE = re.compile(r"(?i)\bspel(?:l|led|t|ling)\b[^.?!\n]{0,40}$")


class SpokenFormsRecognizer(EntityRecognizer):
    """Phone numbers, ids, dates, postcodes, streets, e-mails, links, user names and names said aloud."""

    ENTITIES = ("PHONE_NUMBER", "ID_NUMBER", "DATE_TIME", "ZIP_CODE", "STREET_ADDRESS", "EMAIL_ADDRESS", "URL",
                "SOCIAL_HANDLE", "PERSON")

    def __init__(self, *, score: float = 0.85, uncued_score: float = 0.6) -> None:
        self.score = score
        self.uncued_score = uncued_score
        super().__init__(supported_entities=list(self.ENTITIES), name="SpokenFormsRecognizer")

    def load(self) -> None:  # noqa: D102 - nothing to load
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[RecognizerResult]:
        """Every spoken identifier of ``text`` whose type is asked for."""
        wanted = set(entities) if entities else set(self.ENTITIES)
        results: list[RecognizerResult] = []
        for etype, start, end, score in self._found(text):
            if etype in wanted:
                results.extend(to_results(self, etype, [(start, end, score)]))
        return results

    def _found(self, text: str) -> Iterator[tuple[str, int, int, float]]:
        taken: list[tuple[int, int]] = []
        for etype, start, end in (*_addresses(text), *_links(text)):
            taken.append((start, end))
            yield etype, start, end, self.score
        for etype, start, end, cued in _numbers(text):
            if not any(s < end and start < e for s, e in taken):
                yield etype, start, end, self.score if cued else self.uncued_score
        for etype, start, end in (*_dates(text), *_spelled_names(text)):
            yield etype, start, end, self.score


def _numbers(text: str) -> Iterator[tuple[str, int, int, bool]]:
    """Number runs typed by their cue: (type, start, end, cued)."""
    runs = list(number_runs(text, letters=True))
    for k, run in enumerate(runs):
        if _counts_aloud(run.digits) or _is_quantity(text, run):
            continue
        before = text[max(0, run.start - _WINDOW) : run.start]
        # "four oh one eight four five eleven hundred extension two two seven": the extension joins the number.
        extension = k + 1 < len(runs) and _EXTENSION.fullmatch(text[run.end : runs[k + 1].start]) is not None
        end = runs[k + 1].end if extension else run.end
        typed = _number_type(text, run, before)
        if typed is not None:
            yield typed[0], run.start, end, typed[1]


def _is_quantity(text: str, run: NumberRun) -> bool:
    after = re.match(r"[ \t]+([a-z]+)", text[run.end : run.end + 20], re.IGNORECASE)
    return bool(after and after.group(1).lower() in _QUANTITIES)


def _number_type(text: str, run: NumberRun, before: str) -> tuple[str, bool] | None:
    """The type of a number run and whether a cue named it, or None for a run that is no identifier."""
    n_digits = len(run.digits)
    if _DOB_CUE.search(before) and not run.letters and 3 <= n_digits <= 8:
        return "DATE_TIME", True
    if _POSTCODE_CUE.search(before) and (run.letters or n_digits in (5, 9)):
        return "ZIP_CODE", True
    if n_digits == 5 and not run.letters and _ZIP_AFTER_STREET.search(before):
        return "ZIP_CODE", True
    cue = _last_cue(before)
    if cue == "id" and n_digits >= 4:
        return "ID_NUMBER", True
    if run.letters:
        uncued_id = n_digits >= 6 and len(run.letters) <= 3 and run.letters not in _VITALS_LETTERS
        return ("ID_NUMBER", False) if uncued_id else None
    if cue == "phone" and n_digits >= 7:
        return "PHONE_NUMBER", True
    if n_digits >= 10 and run.n_words >= 7:
        return "PHONE_NUMBER", False
    return None


def _addresses(text: str) -> Iterator[Found]:
    """House numbers said as words before a street name and type."""
    for run in number_runs(text):
        if run.letters or not 2 <= len(run.digits) <= 5 or int(run.digits) < 10:
            continue
        m = _STREET_AFTER.match(text, run.end)
        if m is None or any(w.lower() in _NOT_STREET_WORDS for w in m.group("name").split()):
            continue
        unit = _UNIT_BEFORE.search(text, 0, run.start)
        yield "STREET_ADDRESS", unit.start() if unit else run.start, m.end()


def _links(text: str) -> Iterator[Found]:
    """E-mail addresses, links and user names said aloud."""
    emails = list(_spoken_emails(text))
    yield from emails
    for m in _SPOKEN_LINK.finditer(text):
        end = m.end()
        for word in re.finditer(r"[ \t]+([a-z0-9]+)", text[end : end + 40], re.IGNORECASE):
            if word.start() != end - m.end() or word.group(1).lower() in _PATH_END:
                break
            end = m.end() + word.end()
        yield "URL", m.start(), end
    for m in _SPOKEN_HANDLE.finditer(text):
        if not any(s <= m.start() < e for _, s, e in emails):
            yield "SOCIAL_HANDLE", m.start(), m.end()


def _spoken_emails(text: str) -> Iterator[Found]:
    for m in _SPOKEN_DOMAIN.finditer(text):
        words = list(re.finditer(r"[A-Za-z0-9'’]+", text[max(0, m.start() - 80) : m.start()]))
        offset = max(0, m.start() - 80)
        local: list[re.Match[str]] = []
        for w in reversed(words):
            gap = text[offset + w.end() : (offset + local[-1].start()) if local else m.start()]
            if not re.fullmatch(r"[ \t]+", gap) or w.group().lower() in _NOT_LOCAL or len(local) >= 7:
                break
            local.append(w)
        if not local:
            continue
        local_words = [w.group().lower() for w in local]
        provider = m.group("domain").split()[0].lower() in _MAIL_PROVIDERS
        said_digits = any(w in UNITS or w in TENS or w.isdigit() for w in local_words)
        shaped = bool(_LOCAL_JOINERS & set(local_words)) or said_digits
        cued = _EMAIL_CUE.search(text, max(0, m.start() - 80), m.start()) is not None
        if provider or shaped or cued:
            yield "EMAIL_ADDRESS", offset + local[-1].start(), m.end()


def _dates(text: str) -> Iterator[Found]:
    for m in _SPOKEN_DATE.finditer(text):
        yield "DATE_TIME", m.start(), m.end()
    for pattern in (_YEAR_AFTER_CUE, _DAY_ALONE):
        for m in pattern.finditer(text):
            yield "DATE_TIME", m.start("pii"), m.end("pii")


def _spelled_names(text: str) -> Iterator[Found]:
    """Letters spelled one by one that spell a word standing near them, or follow a spelling cue."""
    for m in _SPELLED.finditer(text):
        word = re.sub(r"[- ]", "", m.group()).lower()
        near = text[max(0, m.start() - 150) : m.start()] + " " + text[m.end() : m.end() + 150]
        if re.search(rf"(?i)\b{re.escape(word)}\b", near) or _SPELL_CUE.search(text, max(0, m.start() - 60), m.start()):
            yield "PERSON", m.start(), m.end()


@register_recognizer("spoken_forms")
def _factory(spec: Mapping[str, Any]) -> SpokenFormsRecognizer:
    unknown = set(spec) - {"score", "uncued_score"}
    if unknown:
        raise ValueError(f"unknown keys {sorted(unknown)}; allowed: ['score', 'uncued_score']")
    return SpokenFormsRecognizer(**spec)
