"""Addresses and names spelled out aloud: e-mail addresses, links, user names and names letter by letter.

Speech recognition writes "jay dot moreno at gmail dot com", "gofundme dot com slash f slash bring rafa
home", "deshawn underscore real underscore two two" and "K-O-W-A-L-S-K-I". An e-mail's local part is
shaped like one (joined by "dot", "underscore" or "dash", or holding a number) or is one naming word
before a mail provider; a link needs a path ("slash"), since a homepage names no one; a user name holds a
number or follows a platform's name. Spelled letters count when they spell a word standing near them or
follow a spelling cue, and the word they spell is a name's or no English or clinical word ("s e r t r a l
i n e", "c i w a" and "h e l p" spell no one).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from confide.anonymize.lexicon import load_lexicon
from confide.anonymize.recognizers.spoken_numbers import DIGIT_WORD, TENS, UNITS

Found = tuple[str, int, int]

_TLD = r"(?:com|org|net|edu|gov|mil|info|io|co|ie|uk|ca|au|nz|in|za|ng|ke|ph|us|de|fr|me|ly)"
_SPOKEN_DOMAIN = re.compile(
    r"(?i)\bat[ \t]+(?P<domain>[a-z0-9]+(?:[ \t]+(?:dash|hyphen)[ \t]+[a-z0-9]+|[ \t]+[a-z0-9]+){0,2})"
    rf"[ \t]+dot[ \t]+{_TLD}(?:[ \t]+dot[ \t]+[a-z]{{2,3}})?\b"
)
_MAIL_PROVIDERS = frozenset(
    "gmail googlemail hotmail yahoo outlook icloud aol live msn protonmail proton btinternet sky virgin "
    "eircom comcast verizon att gmx yandex rediffmail zoho".split()
)
_NOT_LOCAL = frozenset(
    "it's its it is was me my email e-mail address uh um er like so and or the to at of yeah yes okay ok "
    "just that's thats use try reach send write contact i you your our please sure one all word caller "
    "client therapist counselor counsellor listener peer he she they we him her them works worked work "
    "lives live is are was were be at from in on".split()
)
_LOCAL_JOINERS = frozenset("dot underscore dash hyphen".split())
_WORD = re.compile(r"[A-Za-z0-9'’]+")
_SPOKEN_LINK = re.compile(
    r"(?i)\b(?P<host>[a-z0-9]+(?:[ \t]+(?:dash|hyphen)[ \t]+[a-z0-9]+)?)[ \t]+dot[ \t]+" + _TLD
    + r"(?:[ \t]+dot[ \t]+[a-z]{2,3})?(?P<path>(?:[ \t]+slash[ \t]+[a-z0-9]+)+)"
)
# A spoken path's last segment may run over a few words ("slash bring rafa home"), never into the sentence.
_PATH_WORDS = 3
_PATH_END = frozenset(
    "right and so anyway okay ok um uh if it i you please that then but or just yeah thanks thank page site "
    "link was is has had for to of in on at with from".split()
)
_SPOKEN_HANDLE = re.compile(
    r"(?i)\b[a-z0-9]+(?:[ \t]+underscore[ \t]+[a-z0-9]+)+(?:[ \t]+" + DIGIT_WORD + r")*\b"
)
_PLATFORM = re.compile(
    r"(?i)\b(?:instagram|insta|ig|tiktok|snap|snapchat|twitter|reddit|discord|facebook|fb|xbox|psn|steam|"
    r"twitch|youtube|handle|username|user\s+name|tag|gamertag|account)\b"
)
_SPELLED = re.compile(r"(?<![\w-])[A-Za-z](?:-[A-Za-z]){2,}(?![\w-])|(?<![\w-])[A-Za-z](?: [A-Za-z]){3,}(?![\w-])")
_SPELL_CUE = re.compile(r"(?i)\bspel(?:l|led|t|ling)\b[^.?!\n]{0,40}$")


def spoken_spellings(text: str) -> Iterator[Found]:
    """(type, start, end) of every e-mail address, link, user name and spelled name said aloud in ``text``."""
    emails = list(_spoken_emails(text))
    yield from emails
    yield from _spoken_links(text)
    for m in _SPOKEN_HANDLE.finditer(text):
        numbered = any(w.lower() in UNITS or w.isdigit() for w in m.group().split())
        near = _PLATFORM.search(text, max(0, m.start() - 60), min(len(text), m.end() + 60))
        if (numbered or near) and not any(s <= m.start() < e for _, s, e in emails):
            yield "SOCIAL_HANDLE", m.start(), m.end()
    for start, end in _spelled_names(text):
        yield "PERSON", start, end


def _spoken_emails(text: str) -> Iterator[Found]:
    for m in _SPOKEN_DOMAIN.finditer(text):
        offset = max(0, m.start() - 80)
        while 0 < offset < m.start() and text[offset - 1].isalnum():  # never from inside a word
            offset += 1
        local: list[re.Match[str]] = []
        for w in reversed(list(_WORD.finditer(text, offset, m.start()))):
            gap = text[w.end() : local[-1].start() if local else m.start()]
            if not re.fullmatch(r"[ \t]+", gap) or w.group().lower() in _NOT_LOCAL or len(local) >= 7:
                break
            local.append(w)
        words = [w.group().lower() for w in local]
        said_digits = any(w in UNITS or w in TENS or w.isdigit() for w in words)
        shaped = bool(_LOCAL_JOINERS & set(words)) or said_digits
        provider = m.group("domain").split()[0].lower() in _MAIL_PROVIDERS
        if words and (shaped or provider and len(words) == 1):
            yield "EMAIL_ADDRESS", local[-1].start(), m.end()


def _spoken_links(text: str) -> Iterator[Found]:
    for m in _SPOKEN_LINK.finditer(text):
        end = m.end()
        for k, word in enumerate(re.finditer(r"[ \t]+([A-Za-z0-9]+)", text[end : end + 60])):
            if k >= _PATH_WORDS or m.end() + word.start() != end or word.group(1).lower() in _PATH_END:
                break
            end = m.end() + word.end()
        yield "URL", m.start(), end


def _spelled_names(text: str) -> Iterator[tuple[int, int]]:
    lexicon = load_lexicon()
    for m in _SPELLED.finditer(text):
        word = re.sub(r"[- ]", "", m.group()).lower()
        if lexicon.is_english(word) or word in lexicon.clinical_words:
            if not (lexicon.is_name(word) and not lexicon.is_everyday(word)):
                continue
        near = text[max(0, m.start() - 150) : m.start()] + " " + text[m.end() : m.end() + 150]
        spelled_near = re.search(rf"(?i)\b{re.escape(word)}\b", near)
        if spelled_near or _SPELL_CUE.search(text, max(0, m.start() - 60), m.start()):
            yield m.start(), m.end()
