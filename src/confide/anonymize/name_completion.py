"""The rest of a name found in part: a given name before a detected family name, a family name after a given one.

Detectors often find one word of a full name ("Lily-Mae <Thornton>", "AYESHA <KHAN>", "<Jonah> Feldstein"), and
the word left beside it still names the person. A word is taken when it is written as the found part is (title
case or capitals), stands right beside it on the same line, and is a name by the lists:
before the part a listed given name, after a given name a listed family name or a word no English or clinical list
holds. Everyday and English words, towns and lower-case text stay ("in May Xiong", "SARAH SAID", "Toronto Canada"):
they are more often words or places, unless the given name opens a line, a list's entry or a field ("May Xiong  61F",
"Student: Jordan Ellison-Pike") or follows an honorific ("MRS MAY PEARSON").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from confide.anonymize.lexicon import MONTH_WORDS, TAGALOG_WORDS, WEEKDAY_WORDS, Lexicon
from confide.anonymize.spans import Span

# One name word: letters with inner hyphens or apostrophes ("Lily-Mae", "o'brien", "Pōtae").
_WORD_BEFORE = re.compile(r"(?<![\w'’.-])(?P<word>[^\W\d_]+(?:['’-][^\W\d_]+)*)[ \t]\Z")
_WORD_AFTER = re.compile(r"[ \t](?P<word>[^\W\d_]+(?:['’-][^\W\d_]+)*)(?![\w'’-]|\.\w)")
# Titles, roles and kin that stand beside a name without being one ("Dr", "Nurse", "Mum").
_NOT_NAME_WORDS = frozenset(
    "dr mr mrs ms mx miss prof rev fr sr jr nurse sister brother mother father mum mom dad son daughter wife "
    "husband aunt uncle nan gran pt patient client resident staff doctor officer judge saint st the and or "
    # the first words of places ("San Diego", "Santa Monica", "Fort Worth")
    "san santa fort port mount mt lake new".split()
)


# An honorific before the given name makes a word one too ("MRS MAY PEARSON", "Mr Will Okafor").
_HONORIFIC_BEFORE = re.compile(r"(?<![\w'’])(?i:mr|mrs|ms|mx|miss|dr|prof)\.?[ \t]+\Z")


# The short forms of Muhammad, Sheikh and Mosammat that open South Asian and Malay names ("Md. Rafiqul Islam", "Sk.
# Rahim Uddin", "Mohd Faizal bin Ahmad", "Mst. Shirin Akter"): part of the name (never "MD", a doctor's degree).
_NAME_PARTICLE_BEFORE = re.compile(r"(?<![\w'’.])(?:Md|Mohd|MOHD|Muhd|Sk|Syed|SYED|Sheikh|Shaikh|Mst)\.?[ \t]+\Z")


def complete_names(text: str, spans: Sequence[Span], lexicon: Lexicon) -> list[Span]:
    """PERSON spans over a detected name and the name word right beside it (only where one is added)."""
    out = []
    for span in spans:
        if span.entity_type != "PERSON":
            continue
        value = text[span.start : span.end]
        words = value.split()
        start, end = span.start, span.end
        before = _WORD_BEFORE.search(text, max(0, span.start - 40), span.start)
        if before and _same_style(before["word"], value) and (
            _given(before["word"], lexicon)
            or (
                _opens_entry(text, before.start("word"), span.end)
                or _HONORIFIC_BEFORE.search(text, max(0, before.start("word") - 8), before.start("word"))
            )
            and _listed_given(before["word"], lexicon)
        ):
            start = before.start("word")
        after = _WORD_AFTER.match(text, span.end)
        if after and words and _same_style(after["word"], value) and _given(words[-1], lexicon):
            if _family(after["word"], lexicon, titled=_style(after["word"]) == "title"):
                end = after.end("word")
        if (start, end) == (span.start, span.end):
            start, end = _lower_case_extent(text, span, lexicon) or _family_first_extent(text, span, value, lexicon)
        if (particle := _NAME_PARTICLE_BEFORE.search(text, max(0, start - 8), start)) is not None:
            start = particle.start()
        if (start, end) != (span.start, span.end):
            out.append(Span(start, end, "PERSON", span.score, "NameCompletion"))
    return out


# A clinician's credential after a name typed in lower case ("dictated by will sorensen md", "spoke with jenny lee rn",
# "note by tom okafor, np"). The name follows what ties a clinician to the note ("by", "with", "d/w", "signed"): "in
# myrtle beach rn" (right now) and "forest hill md" (Maryland) have none, nor has a line's end ("saline rn": "iv
# fluids running. norm saline rn").
_NAME_BEFORE_CREDENTIAL = re.compile(
    r"(?i:\b(?:by|with|w/|per|d/w|signed:?|cc:?|attn:?|paged|called|informed|from|to))[ \t]+"
    r"(?P<given>[a-z]{2,})[ \t]+(?P<family>[a-z][a-z'’]+),?[ \t]+"
    r"(?:md|rn|np|fnp|crnp|lpn|rmn|rgn|cpn|dnp|lcsw|lmsw|lpc|msw|cna|hca|pa-c)(?![\w])"
)
# Words that close a ward's, a house's or a place's name before a credential ("from rose ward rmn").
_PLACE_ENDS = frozenset("ward lodge unit house park beach hill island wing court view".split())


def names_before_credentials(text: str, lexicon: Lexicon) -> list[Span]:
    """PERSON spans for a lower-case given and family name between a clinician's cue and a credential.

    The lists hold both; the family name is no everyday word nor a ward's or a place's end, the given name no everyday
    word before an English one, and the two no town ("d/w night shift rn", "from rose ward rmn", "to kent island md").
    """
    out = []
    for m in _NAME_BEFORE_CREDENTIAL.finditer(text):
        given, family = m["given"], m["family"]
        if not _listed_given(given, lexicon) or not _family(family, lexicon, titled=True):
            continue
        if lexicon.is_everyday(given) and lexicon.is_english(family) or family in _PLACE_ENDS:
            continue
        if lexicon.is_place((given, family)) or lexicon.is_place((given,)) and lexicon.is_place((family,)):
            continue
        out.append(Span(m.start("given"), m.end("family"), "PERSON", 0.6, "NameBeforeCredential"))
    return out


def _lower_case_extent(text: str, span: Span, lexicon: Lexicon) -> tuple[int, int] | None:
    """A lower-case family name's given name before it, when the list holds it ("User: jonah feldstein").

    Never a word after a lower-case name: chat's, dates' and other languages' words are listed family names too
    ("kevin lah", "sarah lang ang", "tom thu").
    """
    value = text[span.start : span.end]
    if _style(value.replace(" ", "")) != "lower":
        return None
    before = _WORD_BEFORE.search(text, max(0, span.start - 40), span.start)
    if (
        before
        and _style(before["word"]) == "lower"
        and len(value.split()) == 1
        and value in lexicon.last_names
        and _plain_given_name(before["word"], lexicon)
    ):
        return before.start("word"), span.end
    return None


def _plain_given_name(word: str, lexicon: Lexicon) -> bool:
    """A lower-case listed given name of four letters or more that is no word of another kind.

    Not an English or everyday word, a title, a town, a country, a month or a day, a Tagalog or a kin word, all of
    which lists hold as given names too ("will", "malaysia lim", "july reyes", "ang ganda", "mama ba"), nor another
    language's short word ("que onda"). (The clinical list is no test: it holds many names, "jonah".)
    """
    if len(word) <= 3 or lexicon.is_everyday(word) or lexicon.is_english(word):
        return False
    if lexicon.is_place((word,)) or word in lexicon.regions or word in MONTH_WORDS or word in WEEKDAY_WORDS:
        return False
    if word in TAGALOG_WORDS or word in _KIN_CALLS:
        return False
    return _listed_given(word, lexicon)


# What a family calls its own, which lists also hold as given names.
_KIN_CALLS = frozenset("mama papa mami papi nanay tatay ate kuya lola lolo tita tito amma appa baba".split())


# Family names written first, before a found given name ("Lim Jun Hao", "Ng Siew Hoon"): Chinese, Korean and
# Vietnamese families' names, leaving out those that are everyday English words ("Do", "Long", "Park", "Pan").
_FAMILY_FIRST = frozenset(
    "lim ng tan lee wong chua goh teo ong koh chan leung lau yeo chong chew heng toh sim lai liew foo khoo quek "
    "seah soh tay yap chia choo kwok wu zhang wang li liu chen yang huang zhao zhou xu zhu hu guo lin luo gao "
    "zheng liang xie feng deng cao peng zeng xiao tian yuan cai jiang cheng wei ding shen yao "
    "kim choi jung kang cho yoon jang nguyen tran pham hoang phan vu dang bui ngo duong".split()
)
# "Ma." for Maria before a Filipina's given and family names ("Ma. Lourdes Dizon"); never a state's code after its
# town ("Salem Ma. Rebecca Jones", "Springfield, Ma. Jason Lee").
_MA_BEFORE = re.compile(r"(?<![\w.])Ma\.[ \t]\Z")
_TOWN_OR_COMMA_BEFORE = re.compile(r"(?:,|\b[A-Z][a-z]+)[ \t]*\Z")


def _family_first_extent(text: str, span: Span, value: str, lexicon: Lexicon) -> tuple[int, int]:
    """The span run back over a family name written first, or a Filipina's "Ma.", before a found given name."""
    words = value.split()
    if not words or _style(value.replace(" ", "")) != "title" or len(words) > 2:
        return span.start, span.end
    ma = _MA_BEFORE.search(text, max(0, span.start - 6), span.start)
    if ma and _TOWN_OR_COMMA_BEFORE.search(text, max(0, ma.start() - 30), ma.start()):
        ma = None
    if ma and len(words) == 2 and _listed_given(words[0], lexicon):
        return ma.start(), span.end
    after = _WORD_AFTER.match(text, span.end)
    if len(words) == 2 and words[0].lower() in _FAMILY_FIRST and after and _style(after["word"]) == "title":
        low = after["word"].lower()  # the given name's second part, a listed name ("Lim Siew Hong"; not "Blk")
        if len(low) <= 5 and lexicon.is_name(low) and not lexicon.is_everyday(low) and not lexicon.is_english(low):
            return span.start, after.end("word")
    before = _WORD_BEFORE.search(text, max(0, span.start - 20), span.start)
    if before and _style(before["word"]) == "title":
        low = before["word"].lower()
        # (Tagalog's "Ng" is a particle too: "Salamat Ng Marami Jessica!")
        lows = [w.lower() for w in words]
        if low in _FAMILY_FIRST and not any(lexicon.is_everyday(w) or w in TAGALOG_WORDS for w in lows):
            return before.start("word"), span.end
    return span.start, span.end


def _style(word: str) -> str:
    letters = [c for c in word if c.isalpha()]
    if all(c.isupper() for c in letters):
        return "upper" if len(letters) > 1 else "initial"
    if all(c.islower() for c in letters):
        return "lower"
    return "title" if letters[0].isupper() else ""


def _same_style(word: str, value: str) -> bool:
    """The word is written as the found name is, both in capitals or both in title case.

    Lower case is left: there the lists' given names include other languages' words ("que", "una", "esta").
    """
    style = _style(word)
    return style in ("upper", "title") and style == _style(value.replace(" ", ""))


def _given(word: str, lexicon: Lexicon) -> bool:
    """A listed given name that is no English word nor a town ("Lily-Mae", "AYESHA"; not "will", "Like", "Toronto")."""
    parts = re.split(r"[-'’]", word.lower())
    low = word.lower()
    if low in _NOT_NAME_WORDS or lexicon.is_everyday(low) or lexicon.is_english(low) or lexicon.is_place((low,)):
        return False
    return all(p in lexicon.first_names for p in parts if p)


# What may stand between a line's start and a list entry's or a field's first word ("3. ", "(1) ", "- ", "Student: ").
_ENTRY_OPENING = re.compile(
    r"(?:^|\n)[ \t]*(?:(?:\d{1,3}[.)]|\(\d{1,3}\)|[-*•–])[ \t]+)?(?:[A-Za-z][\w ]{0,20}:[ \t]*)?\Z"
)
_SENTENCE_REST = re.compile(r"[^.!?\n]*[.!?\n]?")


def _opens_entry(text: str, start: int, name_end: int) -> bool:
    """Whether the word at ``start`` opens its line, a list's entry or a labelled field ("Student: Jordan ...").

    Never a question's verb: "Will Aisha attend the MDT?", "MAY PRIYA GO HOME ON LEAVE?".
    """
    rest = _SENTENCE_REST.match(text, name_end)
    if rest is not None and rest.group().endswith("?"):
        return False
    return _ENTRY_OPENING.search(text, max(0, start - 30), start) is not None


def _listed_given(word: str, lexicon: Lexicon) -> bool:
    """A listed given name, English word or not ("May", "Jordan"): where an entry opens with it, before a name."""
    low = word.lower()
    return low not in _NOT_NAME_WORDS and all(p in lexicon.first_names for p in re.split(r"[-'’]", low) if p)


def _family(word: str, lexicon: Lexicon, *, titled: bool) -> bool:
    """A listed family name or a word no list holds ("Feldstein", "OKAFOR"), never an everyday or a title word.

    In capitals, where no capital marks a name, an English word is read as a word ("SARAH SAID").
    """
    low = word.lower()
    if low in _NOT_NAME_WORDS or lexicon.is_everyday(low) or not titled and lexicon.is_english(low):
        return False
    return low in lexicon.last_names or not lexicon.is_common(low)
