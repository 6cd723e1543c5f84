"""The people of an exported chat: its speakers' labels, the names they call each other, first names in messages.

A chat export names a speaker on every message ("[12/03/2024, 21:20] Blessing: ...", "04/11/2024, 10:40 - Marcus:
...", "deepz — Today at 9:02 PM", "Kamau, 18:42"), and a pasted log does so with plain labels ("Faith: morning
all"). A speaker's label is a name whatever word it is ("Blessing", "Rich", "Patience"), so the label is taken by
its place; the same name is taken again where a message addresses or mentions that speaker ("thanks grace", "Bilal
can u", "proud of u faith"), but a word a name shares with English is taken only there ("keep the faith", "by the
grace of god" stay). Messages are typed in lower case, so a first name no English word spells is a name there too
("tell thembi", "deepa and lakshmi"). A pasted log is told from a note's or a form's fields ("Plan:", "Mood:",
"Faith:") by its labels and lines: three labelled lines or more, two speakers' labels, one of them "Me" or a name
no English word spells, and two lines that read as messages.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from confide.anonymize.lexicon import MONTH_WORDS, Lexicon
from confide.anonymize.recognizers.name_dictionary import DEMONYMS, KIN_LABELS
from confide.anonymize.spans import Span, line_around

_WORD = r"[^\W\d_]+(?:['’.-][^\W\d_]+)*\.?"
# One to three words ("Faith", "Ana Lucía", "Sis Funmi").
_WORDS = _WORD + r"(?:[ \t]+" + _WORD + r"){0,2}"
_LABEL = r"(?P<label>" + _WORDS + r")"
# A Discord export's time stamp makes a user name joined by an underscore or a dot a speaker's label too
# ("voices_r_loud", "kayla.exe", "blueheron_"), and so do a user name's digits ("MaxPayne99", "sk8ordie"); a program's
# log stamps its modules' names the way other exports stamp speakers
# ("[09:01] db_pool:", "12/03/2024 09:01 - app.main:"), so only a plain word is a speaker's label there.
_USER_LABEL = r"(?=[\w.'’-]*(?:_|\.[^\W\d_]|[^\W\d_]\d))[^\W_][\w.'’-]*\w"
_EXPORT_LABEL = r"(?P<label>" + _USER_LABEL + r"|" + _WORDS + r")"
# A role or a group's word in brackets and an emoji may close a label ("Thandeka (mod):", "Simran 💍:").
_LABEL_TAIL = r"[ \t]*(?:\([^)\n]{1,25}\)[ \t]*)?(?:[^\w\s:]{1,4}[ \t]*)?:[ \t]"
_DATE = r"(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}[/.-]\d{1,2}[/.-]\d{1,2})"
_CLOCK = r"\d{1,2}[:.]\d{2}(?::\d{2})?(?:[ \t]*[APap]\.?[Mm]\.?)?"
# Lines that only an export writes: a time stamp before the label, or the label before its time.
_EXPORT_LINES = (
    re.compile(r"^[ \t]*\[(?:" + _DATE + r",?[ \t]+)?" + _CLOCK + r"\][ \t]*" + _LABEL + _LABEL_TAIL, re.MULTILINE),
    # a clock with or without its date and a dash ("04/11/2024, 10:40 - Marcus:", "19:40 Hamisi:", "21:10 - Amani:",
    # "14/03/2026 21:02 Sam:"); a note's timed fields ("14:00 Plan:") are left by the label's words (``_label_names``)
    re.compile(
        r"^[ \t]*(?:" + _DATE + r",?[ \t]+)?" + _CLOCK + r"[ \t]+(?:[-–][ \t]+)?" + _LABEL + _LABEL_TAIL, re.MULTILINE
    ),
    # a Discord export's em dash after a twelve-hour time, a date or the day's word before it ("03/11/2024 11:42 PM —
    # kayla.exe:", "Yesterday at 9:20 PM — Mo:"); a program's log writes a 24-hour clock ("11/03/24 09:01 — WARN:")
    re.compile(
        r"^[ \t]*(?:" + _DATE + r",?|(?:Today|Yesterday)(?:[ \t]+at)?)[ \t]+\d{1,2}:\d{2}[ \t]*[APap]\.?[Mm]\.?"
        r"[ \t]+—[ \t]+" + _EXPORT_LABEL + _LABEL_TAIL,
        re.MULTILINE,
    ),
    re.compile(
        r"^[ \t]*" + _EXPORT_LABEL + r"(?:[ \t]*\([^)\n]{1,25}\))?[ \t]+[—–-][ \t]+(?:Today|Yesterday|" + _DATE + r")"
        r"(?:[ \t]+at)?[ \t]+" + _CLOCK + r"[ \t]*$",
        re.MULTILINE,
    ),
    re.compile(r"^[ \t]*" + _LABEL + r",[ \t]+" + _CLOCK + r"[ \t]*$", re.MULTILINE),
    # the time between the label and its colon ("Hope 21:05: i will", "Holly 6:05pm: cant")
    re.compile(r"^[ \t]*" + _LABEL + r"[ \t]+" + _CLOCK + r"[ \t]*:[ \t]", re.MULTILINE),
)
_USER_NAME = re.compile(r"[a-z]{2,}(?:\.[a-z]{2,})+|\S*[_\d]\S*")
_ALONE_LINE = re.compile(r"^[ \t]*" + _LABEL + r"(?:[ \t]*[^\w\s:.,!?]{1,4})?[ \t]*$", re.MULTILINE)
_PLAIN_LINE = re.compile(r"^[ \t]*" + _LABEL + _LABEL_TAIL + r"(?=[ \t]*\S)", re.MULTILINE)
# A label's value that is a number makes the line a form's field ("Hope: 2/10", "Mark: 7").
_FIELD_VALUE = re.compile(r"[^:\n]*:[ \t]*[-+(]?\d")
_SELF = frozenset("me you u myself".split())
# Words a label holds beside a name: kin and elders ("Aunty Bisi", "Papa ji"), a group's roles.
_NOT_NAME_WORDS = KIN_LABELS | frozenset(
    "ate kuya ji beta bebe baba nne anak mod admin moderator bot group along adik abang kakak abah mak "
    "team dr mr mrs ms miss nurse coach sir madam mẹ me ba bố má ma pa massi mausi chacha chachi bua veere "
    # the roles of a helpline's or a session's transcript ("texter:", "[00:21:55] THERAPIST:", "counselor (Hannah):")
    "texter chatter caller client counselor counsellor therapist patient pt doctor responder volunteer operator "
    "agent interviewer participant user staff worker clinician dispatcher peer supporter host speaker system "
    # pronouns that label a quoted exchange ("him: fine")
    "him her he she they them us "
    # words of messages that name lists hold: deities, festivals, assistants, endearments
    "god jesus allah krishna eid ramadan diwali christmas easter siri alexa lovey shorty babe hun hon".split()
)
# Labels of a diary or a form that name lists hold ("May:", "Summer:", "Faith: catholic", "Will: has made one"): in a
# pasted log they are fields; an export's time stamp makes them speakers.
_FIELD_WORDS = frozenset(
    "january february march april may june july august september october november december "
    "spring summer autumn winter faith hope will".split()
)
# A note's headings that a time stamp may label ("14/02/2026, 18:31 - Plan: ..."): never a speaker's name.
_HEADINGS = frozenset(
    "plan obs note notes update assessment review round handover summary action outcome result results mood risk "
    "system admin message reply call voicemail missed media deleted".split()
)
# Greetings that first-name lists also hold ("salam akhi", "habari", "talofa").
_GREETINGS = frozenset("salam salaam shalom namaste habari sawubona molweni talofa aloha ciao hola kia".split())
# Modal verbs that a speaker's name can be ("Will:", "May:"): opening a message they ask ("will you be there?").
_MODALS = frozenset("will may can shall must".split())
# Names that are verbs taking a reader after them ("Hope u feel better", "Bless you", "Trust me").
_VERBS_BEFORE_READER = _MODALS | frozenset("hope bless trust mind pray love miss thank".split())
# Where a message addresses someone: right after these words ("thanks grace", "proud of u faith", "tell jess").
_ADDRESS_BEFORE = re.compile(
    r"(?i:\b(?:thanks|thank[ \t]+(?:u|you)|thx|ty|love[ \t]+(?:u|you)|luv[ \t]+u|proud[ \t]+of[ \t]+(?:u|you)|"
    r"miss[ \t]+(?:u|you)|tell|ask|hi|hey|hiya|oi|yo|bye|cheers|sending[ \t]+love|night|morning|sorry|well[ \t]+done|"
    r"congrats))[ \t,]+\Z"
)
# Words that join a name no English word spells to a message ("babysitting lagi n tavita", "stay with ngaire").
_JOINED_BEFORE = re.compile(r"(?i:\b(?:to|with|and|n|&|at))[ \t,]+\Z")
# A message that opens by calling its reader ("Rich u still got", "Bilal can u take her", "hemi can u").
_CALLED_AFTER = re.compile(
    r"[ \t,]+(?i:u|you|ur|can|could|pls|please|plz|r[ \t]+u|are[ \t]+(?:u|you)|did[ \t]+(?:u|you)|have[ \t]+(?:u|you)|"
    r"where|dont|don't)\b"
)
_LOWER_WORDS = re.compile(r"\b[a-z]+\b")
_MESSAGE_START = re.compile(r"(?:^|[:.!?]|\n)[ \t]*\Z")
_ANY_WORD = re.compile(r"(?<![\w'’@#/.-])[^\W\d_][\w'’-]+(?![\w@#/-])")
# What a person does after their name opens a sentence ("Blessing will coordinate", "Precious starts monday").
_ACTS_AFTER = re.compile(r"[ \t]+(?i:will|said|says|starts|started|wants|asked|reckons)\b")


def _name_like(word: str, lexicon: Lexicon) -> bool:
    """A first name, or a word no English or clinical list holds ("Siyabonga", "Gaz"; never "dial-in", "Link")."""
    return word in lexicon.first_names or not any(lexicon.is_common(part) for part in word.split("-"))


def _speaker_like(label_word: str, lexicon: Lexicon, *, repeated: bool = False) -> bool:
    """A pasted log's label word that names a speaker: "me", a first name, or a capitalized word no list holds.

    A label that opens two lines or more may be in lower case too ("thabo:", "lerato:"), unless a clinical list
    holds it ("hpi:", "mse:").
    """
    low = label_word.lower()
    if low in _SELF:
        return True
    if low in _NOT_NAME_WORDS:
        return False
    if repeated and _name_like(low, lexicon) and low not in lexicon.clinical_words:
        return True
    return low in lexicon.first_names or label_word[:1].isupper() and _name_like(low, lexicon)


def _label_names(label: str, lexicon: Lexicon, *, chat: bool = False, repeated: bool = False) -> list[tuple[int, int]]:
    """Offsets (in ``label``) of its name: the words that are no kin, role or self word, joined.

    In an export between people (``chat``: a label names a person or a relative), a word in Title case that a list
    holds is a name too beside a name ("Shu Fen") or labelling two lines or more (``repeated``: "Ana", which a
    clinical list holds as a test); never a note's heading ("Plan", "Obs").
    """
    words = [(m.start(), m.end(), m.group()) for m in re.finditer(r"[^\s]+", label)]
    kept = []
    named = False
    for start, end, word in words:
        low = word.lower().strip(".")
        if low in _NOT_NAME_WORDS or low in _SELF:
            continue
        if len(low) == 1:
            if kept:  # an initial after a name ("Grace M", "Yetunde O")
                kept.append((start, end))
            continue
        if _name_like(low, lexicon):
            named = True
        elif not (chat and word[0].isupper() and word[1:].islower() and low not in _HEADINGS):
            return []  # a note's field ("Plan"), a role ("counselor"), a sender or heading ("Royal Mail", "Ward round")
        kept.append((start, end))
    if not (named or repeated):
        return []
    return [(kept[0][0], kept[-1][1])] if kept else []


def reads_as_message(text: str, start: int) -> bool:
    """A message, not a form's value: three lower-case words or more before the line ends."""
    end = text.find("\n", start)
    return len(_LOWER_WORDS.findall(text[start : end if end >= 0 else len(text)])) >= 3


def _labels_alone(text: str) -> list[re.Match[str]]:
    """A phone's thread as copied: each message under a line holding only its sender ("Dee ❤️", "Me").

    Read only with a "Me" line, and only for a sender heading two messages or more.
    """
    alone = list(_ALONE_LINE.finditer(text))
    if not any(m.group("label").lower() in _SELF for m in alone):
        return []
    counts = Counter(m.group("label") for m in alone)
    return [m for m in alone if counts[m.group("label")] >= 2 and m.group("label").lower() not in _SELF]


def _speaker_labels(text: str, lexicon: Lexicon) -> list[tuple[int, int]]:
    """Offsets of the speakers' names in the labels of an exported or pasted chat (none when it is no chat)."""
    exported = [m for pattern in _EXPORT_LINES for m in pattern.finditer(text)] + _labels_alone(text)
    if len(exported) >= 2:
        matches = exported
    else:
        plain = list(_PLAIN_LINE.finditer(text))
        # a name that is a form's label too ("will:", "faith:") speaks when it labels two lines or more of the log
        counts = Counter(m.group("label").lower() for m in plain)
        field_words = {w for w in _FIELD_WORDS if counts[w] < 2 or w in MONTH_WORDS}
        # a common word's label before a number is a form's field ("Hope: 2/10"); a name's is a message ("Jaspreet: 4
        # from us")
        speakers = {
            m.group("label").lower()
            for m in plain
            if _speaker_like(m.group("label").split()[0], lexicon, repeated=counts[m.group("label").lower()] >= 2)
            and m.group("label").lower() not in field_words
            and not (lexicon.is_common(m.group("label").lower()) and _FIELD_VALUE.match(text, m.end("label")))
        }
        # two speakers, one of them "me" or a name no English word spells ("Faith:" and "Hope:" alone are a form's), or
        # every label a first name ("Rob:", "Dean:", "Pat:"; a form has its "Plan:" or "Dx:" beside a "Bill:")
        named = any(w in _SELF or not lexicon.is_common(w.split()[0]) for w in speakers) or all(
            m.group("label").split()[0].lower() in lexicon.first_names for m in plain
        )
        if len(plain) < 3 or len(speakers) < 2 or not named or sum(reads_as_message(text, m.end()) for m in plain) < 2:
            return []
        matches = [m for m in plain if m.group("label").lower() not in field_words]
    # an export whose labels name a person or a relative at least once is a chat between people
    chat = len(matches) == len(exported) and any(
        m.group("label").lower() in KIN_LABELS | _SELF or _label_names(m.group("label"), lexicon) for m in matches
    )
    counts = Counter(m.group("label") for m in matches)
    out = []
    for m in matches:
        base = m.start("label")
        label = m.group("label")
        out.extend(
            (base + s, base + e) for s, e in _label_names(label, lexicon, chat=chat, repeated=counts[label] >= 2)
        )
    return out


def _addressed(text: str, start: int, end: int) -> bool:
    """A message calls the word: after "thanks", "tell", "hi"..., or opening a message before "u", "can", "pls"."""
    before = text[max(0, start - 30) : start]
    if _ADDRESS_BEFORE.search(before):
        return True
    return bool(_MESSAGE_START.search(before) and _CALLED_AFTER.match(text, end))


def _line_is_caps_or_title(text: str, start: int) -> bool:
    """The word's line is written in capitals or Title Case ("WILL U COME", "Hope You Slept Well")."""
    words = re.findall(r"[^\W\d_]+", line_around(text, start))
    return len(words) >= 2 and (all(w.isupper() for w in words) or all(w[0].isupper() for w in words))


def _speaker_mentioned(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """A speaker's name in a message: always when no English word spells it; else only where a message calls it."""
    word = text[start:end]
    low = word.lower()
    if not lexicon.is_common(low):
        return True
    if _line_is_caps_or_title(text, start):
        return False  # "WILL U COME", "Hope You Slept Well"
    called = _ADDRESS_BEFORE.search(text[max(0, start - 30) : start]) is not None
    if low in _VERBS_BEFORE_READER:  # "Sis: will you be there?", "Hope u feel better"
        return called
    if word[0].isupper():  # "also Precious starts monday", "Bilal can u"; never "Thank God for his Grace"
        return called or _ACTS_AFTER.match(text, end) is not None or _addressed(text, start, end)
    return _addressed(text, start, end)


def _first_name_in_message(text: str, start: int, end: int, speakers: set[str], lexicon: Lexicon) -> bool:
    """A lower-case first name no English word spells, or a speaker's short name where a message calls it.

    A long one needs no cue unless it names a place ("a delroy yard"; never "the bus to brixton"); a short one, often
    a particle of another English, needs one ("tell ella", "lagi n tavita"; never "kia ora", "his place lor").
    """
    low = text[start:end]
    called = _addressed(text, start, end) or text[end : end + 2] in {"'s", "’s"}
    joined = _JOINED_BEFORE.search(text[max(0, start - 30) : start]) is not None
    first = (
        low in lexicon.first_names
        and not lexicon.is_common(low)
        and not lexicon.is_everyday(low)
        and low not in DEMONYMS
        and low not in _GREETINGS
    )
    if first and (called or (joined or len(low) >= 5) and low not in lexicon.places):
        return True
    short = len(low) >= 3 and not lexicon.is_common(low) and any(n.startswith(low) and n != low for n in speakers)
    return short and called  # "siya where r u", "nandi's" (Nandipha)


def chat_people(text: str, spans: Sequence[Span], lexicon: Lexicon) -> list[Span]:
    """PERSON spans for a chat's speakers, the names its messages call them by, and lower-case first names."""
    labels = _speaker_labels(text, lexicon)
    if not labels:
        return []
    # a label of lower-case parts joined by a dot, or with an underscore or a digit, is a user name ("kayla.exe",
    # "voices_r_loud", "Mo_2009"); "J.Smith" is a person's
    out = [
        Span(s, e, "SOCIAL_HANDLE" if _USER_NAME.fullmatch(text[s:e]) else "PERSON", 0.75, "ChatSpeaker")
        for s, e in labels
    ]
    taken = [(s.start, s.end) for s in spans] + labels
    speakers = {text[s:e].split()[0].lower().strip(".") for s, e in labels}
    speakers = {n for n in speakers if len(n) >= 2}
    for m in _ANY_WORD.finditer(text):
        start, end = m.start(), m.start() + len(re.sub(r"['’]s?$", "", m.group()))
        low = text[start:end].lower()
        if low in _NOT_NAME_WORDS or low in _SELF or any(a <= start and end <= b for a, b in taken):
            continue
        if low in speakers:
            found = _speaker_mentioned(text, start, end, lexicon)
        else:
            found = text[start:end].islower() and _first_name_in_message(text, start, end, speakers, lexicon)
        if found:
            out.append(Span(start, end, "PERSON", 0.7, "ChatSpeaker"))
    return out
