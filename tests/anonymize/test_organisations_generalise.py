"""Chains named in lower case and chains' homes named by their area (issue #10, generalisation pass).

Two shapes missed across several authors' tuning sets: a listed chain typed without capitals and with no
cue before it ("sent to rite aid", "its a walmart", "works at stop and shop"), and a senior-living chain's
home named "<chain> of <area>" ("Sunrise of Edgewater", "sunrise of wayland"). Each rule is tested on
sentences in other words and styles than the sets, and on look-alikes it must leave: prose in lower case
that contains a chain's words, a sunrise that is the dawn, generic services. Every value is invented
(chains are real, as a word list).
"""

from __future__ import annotations

import pytest

from confide.anonymize.analyzer import TextAnalyzer
from tests.anonymize.conftest import covered, touching

LOWER_CASE_CHAINS = [
    ("ok so i finally got my meds transferred to walgreens lol", "walgreens"),
    ("pharmacy: rite aid, fax on file", "rite aid"),
    ("wife picks up groceries at costco sundays", "costco"),
    ("grabbed a coffee from starbucks before group", "starbucks"),
    ("rx called in to rite aid, pt aware", "rite aid"),
    ("slept in the car outside a walmart again", "walmart"),
    ("mum does a big shop at sainsbury's on fridays", "sainsbury's"),
    # "&" spelled out, after a cue of work, in any case
    ("husband works at stop and shop on nights", "stop and shop"),
    ("SHE WORKS AT STOP AND SHOP PART TIME.", "STOP AND SHOP"),
]

CHAIN_HOMES = [
    ("Mother resides at Sunrise of Westchester, memory care wing.", "Sunrise of Westchester"),
    ("grandma moved into brookdale of lexington last month", "brookdale of lexington"),
    ("Call received from Brookdale of Fairhaven re: falls.", "Brookdale of Fairhaven"),
    ("SNF -> ED from Sunrise of Chevy Chase, fall at 0300.", "Sunrise of Chevy Chase"),
    ("Facility: Brookdale of Pinehurst (AL)", "Brookdale of Pinehurst"),
]

NOT_FACILITIES = [
    # lower-case prose that holds a chain's words, or a chain's word alone
    ("we need to rethink mental illness as a society tbh", "rethink mental illness"),
    ("her goal is to encompass health and work in one plan", "encompass health"),
    ("the stop and shop approach to meds is not working", "stop and shop"),
    ("home depot run then back to bed", "home depot"),
    ("big w energy today honestly", "big w"),
    # a sunrise that is the dawn, and a chain's word with no home after it
    ("we watched the sunrise of the new year from the roof", "sunrise of the new"),
    ("the sunrise of hope after a bad week", "sunrise of hope"),
    ("Woke at sunrise, mood low, slept 4 hrs.", "sunrise"),
    ("Atria fibrillation? no, atrial flutter on ECG.", "Atria"),
    # a size after the heart's atria, a name's possessive and a hyphenated phrase (review of the pass)
    ("Echo: Atria of normal size. LVEF 55%.", "Atria of normal"),
    ("macy's mom picked her up after school", "macy's"),
    ("mr mcdonald's daughter visited today", "mcdonald's"),
    ("ive been in-n-out of psych wards for years", "in-n-out"),
    # generic services and clinical phrases
    ("Seen in the Emergency Department overnight.", "Emergency Department"),
    ("Referred to Social Services for support.", "Social Services"),
    ("Mental Health Services contacted re housing.", "Mental Health Services"),
]


@pytest.mark.parametrize(("text", "target"), [*LOWER_CASE_CHAINS, *CHAIN_HOMES])
def test_when_a_chain_or_its_home_is_named_then_it_is_covered(analyzer: TextAnalyzer, text: str, target: str) -> None:
    assert covered(analyzer, text, target)


@pytest.mark.parametrize(("text", "look_alike"), NOT_FACILITIES)
def test_when_words_only_look_like_a_chain_then_no_organisation_is_found(
    analyzer: TextAnalyzer, text: str, look_alike: str
) -> None:
    # Other recognizers' readings (a facility after "at", a place) are theirs to test.
    assert all("OrganisationName" not in source for _, source in touching(analyzer, text, look_alike))
