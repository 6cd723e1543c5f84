"""User names that open the lines of a pasted forum or server thread ("pixelprincess: proud of u!!").

The social-handle recognizer reads a speaker's label as a user name by its shape: a dot, an underscore, a digit,
or inner capitals next to a timestamp. Many user names have none of these; they are English words run together
("glitterbones", "saltwaterlungs", "Crumpetsandtea") or words in CamelCase ("ThatGuyPaulo"). Such a label is
read as a user name only on a line next to one where a handle found by its shape speaks, or with a pronoun tag
before a message ("lowbattery (he/they): ..."), and never when one of its words names a post's section or a
note's field ("Backstory:", "EditToAdd:", "Moodtracker:", "Homevisit:", "Keyworker:"). A label that is itself a
word or a name is left to the chat speakers' rules.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence

from confide.anonymize.chat_speakers import reads_as_message
from confide.anonymize.lexicon import Lexicon
from confide.anonymize.spans import Span, lines_with_starts

ENTITY_TYPE = "SOCIAL_HANDLE"
SOURCE = "ThreadHandle"
_CHAT_STAMP = r"(?:\[[^\]\n]{1,25}\][ \t]*|\d{1,2}:\d{2}(?:[ \t]*[AaPp][Mm])?[ \t]+)"
_PRONOUN_TAG = r"\((?i:he|she|they|it|xe|ze)/(?i:him|her|them|they|he|she|it|xem|zir|any)\)"
_LABEL_LINE = re.compile(
    r"^[ \t]*" + _CHAT_STAMP + r"?(?P<handle>[A-Za-z]{5,30})"
    r"(?P<tag>[ \t]*(?:" + _PRONOUN_TAG + r"|\([^()\n]{1,20}\)))?[ \t]*:[ \t]+(?=\S)",
    re.MULTILINE,
)
# What follows a speaker's user name in a thread: maybe a tag, then a colon ("ashen_lynx#7720:", "moth (she/her):").
_SPEAKER_TAIL = re.compile(r"[ \t]*(?:\([^()\n]{1,20}\)[ \t]*)?:[ \t]")
_CAMEL = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+){2,4}")
_MIN_PART = 3
_MAX_PARTS = 4


# Words of a post's sections and a note's fields, which run together as labels too ("Backstory:", "EditToAdd:",
# "Lastnight:", "Moodtracker:", "FollowUpPlan:", "Keyworker:"): a label holding one is no user name.
_SECTION_WORDS = frozenset(
    "story back edit add update plan plans log logs note notes tracker warning trigger content shout out what why how "
    "happened next last night morning today tonight yesterday follow up home visit school safety meal sleep mood "
    "best friend death therapy long short question answer advice context background side main point fun fact hot "
    "take pro tip reminder goal goals check list day week month year worker key care support session summary "
    "history review progress report contact details info risk action actions weekend".split()
)


def _english_parts(word: str, lexicon: Lexicon) -> list[str] | None:
    """The fewest words (two to four, of three letters or more) ``word`` is written of ("pixel", "princess"), or None.

    A word is English or of the clinical list, which holds everyday words the English list lacks ("pixel").
    """

    @functools.cache
    def split(start: int) -> tuple[str, ...] | None:
        if start == len(word):
            return ()
        best = None
        for end in range(start + _MIN_PART, len(word) + 1):
            part = word[start:end]
            if lexicon.is_english(part) or part in lexicon.clinical_words:
                rest = split(end)
                if rest is not None and (best is None or len(rest) + 1 < len(best)):
                    best = (part, *rest)
        return best

    parts = split(0)
    return list(parts) if parts is not None and 2 <= len(parts) <= _MAX_PARTS else None


def _handle_shape(handle: str, lexicon: Lexicon) -> bool:
    """Words run together or in CamelCase, no section's word among them, the whole no word or name of its own."""
    low = handle.lower()
    if lexicon.is_common(low) or lexicon.is_name(low):  # (common: an English or a clinical word)
        return False
    if _CAMEL.fullmatch(handle):
        parts = [w.lower() for w in re.findall(r"[A-Z][a-z]+", handle)]
    elif handle.islower() or handle[1:].islower():
        parts = _english_parts(low, lexicon) or []
    else:
        parts = []
    return bool(parts) and not any(p in _SECTION_WORDS for p in parts)


def thread_handles(text: str, spans: Sequence[Span], lexicon: Lexicon) -> list[Span]:
    """SOCIAL_HANDLE spans for user names opening a thread's lines, by their shape and their neighbours.

    A label is a user name next to a line where a handle found by its shape speaks ("ashen_lynx#7720: ..."), one
    such label making the next one's neighbour, or with its own pronoun tag before a message.
    """
    labels = [m for m in _LABEL_LINE.finditer(text) if _handle_shape(m.group("handle"), lexicon)]
    if not labels:
        return []
    lines = list(lines_with_starts(text))
    starts = [start for start, _ in lines]
    filled = [n for n, (_, line) in enumerate(lines) if line.strip()]

    def line_of(offset: int) -> int:
        return bisect.bisect_right(starts, offset) - 1

    def neighbours(line: int) -> set[int]:
        at = bisect.bisect_left(filled, line)
        return {filled[i] for i in (at - 1, at + 1) if 0 <= i < len(filled)}

    speaking = {line_of(s.start) for s in spans if s.entity_type == ENTITY_TYPE and _SPEAKER_TAIL.match(text, s.end)}
    found: dict[int, re.Match[str]] = {}
    for m in labels:
        tag = m.group("tag")
        if tag is not None and re.search(_PRONOUN_TAG, tag) and reads_as_message(text, m.end()):
            found[line_of(m.start())] = m
    grown = True
    while grown:
        grown = False
        for m in labels:
            line = line_of(m.start())
            if line not in found and neighbours(line) & (speaking | found.keys()):
                found[line] = m
                grown = True
    return [Span(m.start("handle"), m.end("handle"), ENTITY_TYPE, 0.7, SOURCE) for m in found.values()]
