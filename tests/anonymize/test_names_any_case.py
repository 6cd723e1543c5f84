"""Dictionary rules in any letter case, each next to its look-alike negative (recognizer level).

Full names from the first- and last-name lists on ALL-CAPS and lower-case lines, a first name that
is also a word before a verb of calling, chat speaker labels, ranges of measurements (no id
numbers), ordinals that are not dates, and "to" opening an infinitive before a place-like word.
Every text is invented. The analyzer-level twins are in ``test_social_media.py``.
"""

from __future__ import annotations

import pytest

from confide.anonymize.postprocess import is_date_element
from confide.anonymize.recognizers import create_recognizer
from confide.config import section_defaults

THRESHOLD = section_defaults("anonymize")["score_threshold"]
CASES = {"mixed": lambda s: s, "upper": str.upper, "lower": str.lower}


def _found(type_name: str, text: str) -> list[tuple[int, int]]:
    """Offsets one recognizer reports at or above the default score threshold."""
    rec = create_recognizer({"type": type_name})
    return [(r.start, r.end) for r in rec.analyze(text, []) if r.score >= THRESHOLD]


def _values(type_name: str, text: str) -> list[str]:
    return [text[s:e] for s, e in _found(type_name, text)]


def _cased(rows: list[tuple], cases: tuple[str, ...] = ("mixed", "upper", "lower")) -> list:
    """Each ``(type, text, target)`` row in the letter cases asked for, target cased alike."""
    return [
        pytest.param(t, CASES[c](text), CASES[c](target), id=f"{t}-{c}:{target}")
        for t, text, target in rows
        for c in cases
    ]


FOUND = [
    # a first name + last name pair on a caseless line
    *_cased([("name_dictionary", "Major Tom Hale called me yesterday.", "Tom Hale")], ("upper", "lower")),
    *_cased([("name_dictionary", "Have you been to a Luke Curry concert?", "Luke Curry")], ("upper", "lower")),
    # a first name that is also a word, opening a sentence before a verb of calling
    *_cased([("name_dictionary", "Don called me. He was upset.", "Don")]),
    *_cased([("name_dictionary", "Fine day. Hope rang us at noon.", "Hope")]),
    # chat speaker labels in a pasted log, with and without a space before the colon
    *_cased([("name_dictionary", "Barry : hey are you ok\nMe : not really", "Barry")]),
    *_cased([("name_dictionary", "Barry: hey are you ok\nMe: not really", "Barry")]),
    # a place after "to" following a word of motion
    *_cased([("place_gazetteer", "We moved to Converse last year.", "Converse")], ("upper", "lower")),
    # an id number next to the ranges below
    *_cased([("identifier_number", "Badge 8104 on shift 8-10am.", "8104")]),
]
LEFT = [
    # pairs where a word is everyday or clinical
    *_cased([("name_dictionary", "I love the rose garden and the grace period.", "rose garden")], ("upper", "lower")),
    # "don" and "Don't" in prose; "called" naming rather than calling
    *_cased([("name_dictionary", "I don't know. Don't worry, i don even care.", "don")]),
    *_cased([("name_dictionary", "Hope calls for courage. Hope rang true.", "Hope")]),
    # record labels that are no names, one per line as in a clinical note
    *_cased([("name_dictionary", "Neuro: alert\nPlan: continue\nSkin: intact\nMood: fine", "Plan")]),
    # a single "Name: text" line is no chat log
    *_cased([("name_dictionary", "Barry: the only line", "Barry")], ("lower",)),
    # ranges of measurements
    *_cased([("identifier_number", "The shift is 8-10am and I take 5mg-10mg daily.", "8-10am")]),
    *_cased([("identifier_number", "The shift is 8-10am and I take 5mg-10mg daily.", "5mg-10mg")]),
    *_cased([("identifier_number", "I ran 100-300yds then 10-15x/day stretches.", "100-300yds")]),
    *_cased([("identifier_number", "I ran 100-300yds then 10-15x/day stretches.", "10-15x")]),
    # "to" opening an infinitive before an ordinary word that is also a place
    *_cased([("place_gazetteer", "I find it hard to converse with people.", "converse")]),
]


@pytest.mark.parametrize(("type_name", "text", "target"), FOUND)
def test_when_a_dictionary_name_or_id_stands_in_any_case_then_it_is_reported(
    type_name: str, text: str, target: str
) -> None:
    assert target in _values(type_name, text)


@pytest.mark.parametrize(("type_name", "text", "target"), LEFT)
def test_when_a_look_alike_stands_in_any_case_then_it_is_not_reported(type_name: str, text: str, target: str) -> None:
    start = text.index(target)
    touched = [(s, e) for s, e in _found(type_name, text) if s < start + len(target) and start < e]
    assert touched == [], f"{len(touched)} look-alike span(s) reported"


@pytest.mark.parametrize(
    ("value", "date"),
    [
        ("the 21st", True),
        ("The 3rd", True),
        ("on the 3rd", True),
        ("3rd", True),
        ("the 4th of", True),
        ("March 21st", True),
        ("an awesome 1st", False),
        ("AN AWESOME 1ST", False),
        ("the 21st century", False),
        ("my 2nd", False),
    ],
)
def test_when_an_ordinal_has_no_date_form_then_it_is_no_date_element(value: str, date: bool) -> None:
    assert is_date_element(value) is date


# Review findings (issue #10): ordinal dates in lists and ranges, and "to" before a place past a
# particle or after a discharge/transfer verb, each beside its look-alike.
ORDINAL_DATES = ["the 5th and 6th", "5th and 6th", "the 3rd to the 10th", "3rd-5th", "the 3rd through the 5th",
                 "3rd, 4th and 5th", "between the 3rd and the 5th", "the 5th or 6th"]
ORDINAL_NON_DATES = ["an awesome 1st", "an awesome 1st and 2nd", "the 21st century", "my 3rd grade", "2nd floor",
                     "her 5th birthday", "1st time", "3rd place", "5th and 6th grade"]


@pytest.mark.parametrize("value", [c(v) for v in ORDINAL_DATES for c in CASES.values()])
def test_when_ordinals_form_a_list_or_range_then_they_are_a_date_element(value: str) -> None:
    assert is_date_element(value) is True


@pytest.mark.parametrize("value", [c(v) for v in ORDINAL_NON_DATES for c in CASES.values()])
def test_when_an_ordinal_counts_a_thing_then_it_is_no_date_element(value: str) -> None:
    assert is_date_element(value) is False


PLACE_AFTER_TO = [
    ("Patient to discharge to Florence with daughter.", "Florence"),
    ("i really need to get out to Florence again", "Florence"),
    ("We drove out to Austin.", "Austin"),
    ("Plan d/c to Tyler tomorrow.", "Tyler"),
    ("Plan dc to Tyler tomorrow.", "Tyler"),
    ("She is going back down to Tyler.", "Tyler"),
    ("Pt discharged to Eugene.", "Eugene"),
]
WORD_AFTER_TO = [
    ("I find it hard to converse with people.", "converse"),
    ("It's up to grace now.", "grace"),
    ("I had to mark it.", "mark"),
]


@pytest.mark.parametrize(("type_name", "text", "target"), _cased([("place_gazetteer", *row) for row in PLACE_AFTER_TO]))
def test_when_a_place_follows_to_after_a_particle_or_discharge_then_it_is_reported(
    type_name: str, text: str, target: str
) -> None:
    assert target in _values(type_name, text)


@pytest.mark.parametrize(("type_name", "text", "target"), _cased([("place_gazetteer", *row) for row in WORD_AFTER_TO]))
def test_when_to_opens_an_infinitive_or_idiom_then_the_word_is_no_place(type_name: str, text: str, target: str) -> None:
    assert target not in _values(type_name, text)
