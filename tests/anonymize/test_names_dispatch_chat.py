"""Person names in dispatch, crisis-chat, Commonwealth and report text, and their look-alikes.

Names: bystanders named by their role ("motel clerk (Raj)"), a name a caller gives in quotes
('identified as "Bree"'), and a name after a police rank on a form ("Member: Cst. R. Beaulieu").
Look-alikes: chat role labels ("Texter:"), police ranks after a form's label ("Cst."), licence
registries before their number ("DEA AB1234563"), credentials after a name ("LMHC"), a lithium level
("Li level 0.4"), pets' names ("a puppy named Pickles"), peoples and languages ("Samoan speaking"),
and a scale before its value ("Bush-Francis 14").
All values are invented.
"""

from __future__ import annotations

import pytest

from confide.anonymize.analyzer import TextAnalyzer
from tests.anonymize.conftest import covered, touching, variants

POSITIVES = [
    # a bystander named by role, in brackets or right after it
    *variants("Night clerk (Raj) let crew into room 12.", "Raj"),
    ("Building super (Hector) has the spare key.", "Hector"),
    # a name the caller gives, in quotes
    *variants('Caller identified as "Bree", states she is safe.', "Bree"),
]

NEGATIVES = [
    # chat role labels
    ("Texter: i cant sleep again\nCounselor: I'm here with you.\nTexter: ok thanks", "Texter"),
    ("texter: idk what to do\ncounselor: that sounds hard\ntexter: yeah", "texter"),
    ("TEXTER: IDK\nCOUNSELOR: TAKE YOUR TIME\nTEXTER: OK", "TEXTER"),
    # licence registries before their number, credentials after a name
    ("Prescriber Ana Ruiz, MD  DEA AR1234563  NPI 1234567890", "DEA"),
    ("Physician: Paul Gagne, MD  CPSO 108834", "CPSO"),
    ("cc: Dana Holt, MD; Stellan Berg, LMHC; records", "LMHC"),
    # a lithium level
    ("stopped her lithium 3 wks ago, Li level today <0.1.", "Li"),
    ("Orders: TSH, CMP, Li level (12h trough).", "Li"),
    # pets' names
    ("she has a dog in the office named Biscuit. we talked about school.", "Biscuit"),
    ("talked about the rugby and the new puppy, named Pickles.", "Pickles"),
    ("her cat called Mochi sleeps on her bed", "Mochi"),
    # peoples and languages
    ("Client prefers female counsellor, Samoan speaking if available.", "Samoan"),
    ("Pt would like a Punjabi speaking worker.", "Punjabi"),
    ("Mother prefers a Tongan speaking nurse.", "Tongan"),
    # a police rank after a form's label
    ("Member: Cst. R. Beaulieu reg. no. 57821", "Cst"),
    ("Officer: Sgt. Dube, badge 4471", "Sgt"),
    # a catatonia scale before its value
    ("Question: delirium vs catatonia? Bush-Francis 14. Please eval capacity.", "Bush-Francis"),
    ("bush-francis 9 on admission, lorazepam challenge given", "bush-francis"),
]


def _ids(cases: list[tuple[str, str]]) -> list[str]:
    """Case numbers as test ids, so a report never shows a case's text."""
    return [f"case{k}" for k in range(len(cases))]


@pytest.mark.parametrize(("text", "target"), POSITIVES, ids=_ids(POSITIVES))
def test_names_found(analyzer: TextAnalyzer, text: str, target: str) -> None:
    assert covered(analyzer, text, target)


@pytest.mark.parametrize(("text", "look_alike"), NEGATIVES, ids=_ids(NEGATIVES))
def test_look_alikes_left(analyzer: TextAnalyzer, text: str, look_alike: str) -> None:
    assert "PERSON" not in {kind for kind, _ in touching(analyzer, text, look_alike)}


BESIDE = [
    ("Dr Li reviewed the plan with pt.", "Li"),
    ("Pt's son named Dmitri is the contact.", "Dmitri"),
    ("Member: Cst. R. Beaulieu reg. no. 57821", "Beaulieu"),
]


@pytest.mark.parametrize(("text", "target"), BESIDE, ids=_ids(BESIDE))
def test_names_beside_look_alikes(analyzer: TextAnalyzer, text: str, target: str) -> None:
    assert covered(analyzer, text, target)


# Review of this round: people the look-alike rules above must keep.
KEPT_PEOPLE = [
    # a person noun after the animal, or no animal heading the naming cue: a person, not a pet
    *variants("the dog walker called Sue came by and let the dog out", "Sue"),
    ("my cat sitter called Mia is amazing", "Mia"),
    ("My horse trainer called Dave yelled at me again.", "Dave"),
    ("i told my dog about it, then called Jess and cried", "Jess"),
    ("my dog got sick so I called Mike and he drove us", "Mike"),
    ("the kids' dog walker, a woman named Priya, found her", "Priya"),
    ("we got a puppy and my sister named Chloe watches him when I work", "Chloe"),
    ("my pet peeve is when my manager called Kevin interrupts", "Kevin"),
    # a people's or religion's word used as a name: after a title, before a verb, before a bracket
    ("my friend Christian said I should get help", "Christian"),
    *variants("Spoke with Christian (brother) re discharge.", "Christian"),
    ("Sgt. Welsh attended with the family.", "Welsh"),
    # a scale's eponym that is a person: a count or a title, relation or first name around the number
    ("I phoned Wells 3 times and she never answered.", "Wells"),
    ("Left a message for Mrs Wells 2 times today.", "Wells"),
    ("my son Braden 5 has autism and is nonverbal", "Braden"),
    # a short surname before a duration, not a lithium level
    ("Spoke to Li 2.5 hrs after discharge.", "Li"),
    ("Discussed with Li 2.0 weeks ago.", "Li"),
]

# Review of this round: words the new cues must not read as names.
NOT_NAMES = [
    # a quoted colour or status after "given as"/"identified as": a rating, not a name a person gives
    ('RAG status given as "Amber" at triage.', "Amber"),
    ('Risk rating identified as "Amber" by the panel.', "Amber"),
    ('Alert level given as "Amber", review in 24h.', "Amber"),
    # "super" as an adverb, not the building's superintendent
    ("it was super Joy who organised it", "Joy"),
]

# The look-alikes the rules were written for stay dropped beside the people above.
STILL_DROPPED = [
    ("our dog is called Biscuit and he sleeps a lot", "Biscuit"),
    ("Braden 14, Morse 45, Wells score 4", "Wells"),
    ("Li 0.6 this morning, within range", "Li"),
    ("She is Samoan and prefers a female worker.", "Samoan"),
]


def _person_touches(analyzer: TextAnalyzer, text: str, word: str) -> bool:
    return "PERSON" in {kind for kind, _ in touching(analyzer, text, word)}


@pytest.mark.parametrize(("text", "target"), KEPT_PEOPLE, ids=_ids(KEPT_PEOPLE))
def test_people_kept_beside_look_alike_rules(analyzer: TextAnalyzer, text: str, target: str) -> None:
    assert _person_touches(analyzer, text, target)


@pytest.mark.parametrize(("text", "look_alike"), NOT_NAMES + STILL_DROPPED, ids=_ids(NOT_NAMES + STILL_DROPPED))
def test_ratings_and_pets_not_names(analyzer: TextAnalyzer, text: str, look_alike: str) -> None:
    assert not _person_touches(analyzer, text, look_alike)


def test_super_opening_a_sentence_is_the_superintendent(analyzer: TextAnalyzer) -> None:
    """ "Super (Hector) has the key." after a full stop: the role, though no determiner comes before it."""
    assert _person_touches(analyzer, "Transported to the ED. Super (Hector) has spare key.", "Hector")
