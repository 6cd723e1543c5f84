"""A partly detected site name is covered whole, and only a site's shape makes it grow (issue #10).

Invented text. Each family: a place and a kind after it ("Boston Detox"), a site's head with "of"/"at"
and a place ("Sunrise of Edina"), and a branch after a site ("Kindred Hospital Northland").
"""

from __future__ import annotations

import pytest

from confide.anonymize.analyzer import TextAnalyzer
from confide.anonymize.lexicon import load_lexicon
from confide.anonymize.spans import Span
from tests.anonymize.conftest import covered, touching

SITES = [
    ("Staff at Brookvale Day Centre noticed bruising.", "Brookvale Day Centre"),
    ("To: Boston Detox   Fax: pending", "Boston Detox"),
    ("Admitted 10/14/26 from Kent General s/p fall.", "Kent General"),
    ("PRIOR TX: MAINE GENERAL DETOX X2", "MAINE GENERAL DETOX"),
    ("Sunrise of Edina gave us 30 days notice.", "Sunrise of Edina"),
    ("Dad moved to a SNF called The Gardens at Renton last week.", "The Gardens at Renton"),
    ("SNF D/C SUMMARY -- Heritage Manor of Shreveport", "Heritage Manor of Shreveport"),
    ("REHAB D/C SUMMARY -- ENCOMPASS HEALTH REHAB OF ALTAMONTE", "ENCOMPASS HEALTH REHAB OF ALTAMONTE"),
    ("Her guardian is Arc of Essex County, who visit monthly.", "Arc of Essex County"),
    ("Referred to Elder Services of Berkshire County to assist.", "Elder Services of Berkshire County"),
    ("SBAR to Kindred Hospital Northland: S- 74M on vent.", "Kindred Hospital Northland"),
]


@pytest.mark.parametrize(("text", "site"), SITES)
def test_partly_detected_site_is_covered_whole(analyzer: TextAnalyzer, text: str, site: str) -> None:
    assert covered(analyzer, text, site)


# Look-alikes: no site word, a title, a unit, a lower-case phrase, a line break: nothing grows over them.
LOOK_ALIKES = [
    ("He ran the Boston Marathon in the rain.", "Marathon"),
    ("I read the Boston Globe every morning.", "Globe"),
    ("Seen by Dr Patel MD on the ward.", "on the ward"),
    ("She has Parkinson's Disease and tremor.", "Disease"),
    ("we drove to boston detox after work", "detox after"),
    ("Lives in Kent\nGeneral health is good.", "General health"),
    ("sunrise of edina was lovely", "sunrise of"),
]


@pytest.mark.parametrize(("text", "look_alike"), LOOK_ALIKES)
def test_look_alikes_do_not_grow(analyzer: TextAnalyzer, text: str, look_alike: str) -> None:
    assert not [t for t in touching(analyzer, text, look_alike) if "SiteExtent" in t[1]]


def _grown(text: str, part: str, entity_type: str) -> list[tuple[int, int]]:
    """What grow_sites adds to one given span over ``part`` (offsets only)."""
    from confide.anonymize.site_extent import grow_sites  # here: the older code fails test by test

    start = text.index(part)
    spans = [Span(start, start + len(part), entity_type)]
    return [(s.start, s.end) for s in grow_sites(text, spans, load_lexicon())]


# The pass alone, on spans given to it: what must stay as it is.
KEPT = [
    ("Seen by Dr Smith of Jones Street.", "Smith", "PERSON"),  # a title: a person, never a site
    ("Moved to Kent 4 North yesterday.", "Kent", "LOCATION"),  # a unit's number stops the phrase
    ("Boston ICU called back.", "Boston", "LOCATION"),  # a unit is no kind
    ("Boston Medical Examiner ruled it.", "Boston", "LOCATION"),  # the phrase runs on past the kind
    ("Visited Boston Unit today.", "Boston", "LOCATION"),  # too vague a kind
    ("Centre of Leeds is busy.", "Leeds", "LOCATION"),  # a bare kind is no site's head
]


@pytest.mark.parametrize(("text", "part", "entity_type"), KEPT)
def test_pass_keeps_non_sites(text: str, part: str, entity_type: str) -> None:
    assert _grown(text, part, entity_type) == []


def test_pass_grows_detected_place_only_to_the_site() -> None:
    text = "From: Sunrise of Edina   To: ED"
    assert _grown(text, "Edina", "LOCATION") == [(text.index("Sunrise"), text.index("Edina") + len("Edina"))]


# Review of issue #10, pass alone on given spans: none of these grows.
REVIEWED_KEPT = [
    # a service phrase or a verb before "at" a place is no site's head
    ("Continue Physical Therapy at Boston twice weekly.", "Boston", "LOCATION"),
    ("Start Outpatient Detox at Boston next week.", "Boston", "LOCATION"),
    ("Recommend Inpatient Psychiatry at Denver if worsens.", "Denver", "LOCATION"),
    ("PT WANTS ADDICTION RECOVERY AT PORTLAND.", "PORTLAND", "LOCATION"),
    ("Plan: Inpatient Rehab at Kent", "Kent", "LOCATION"),
    ("Refer to Couples Counseling at Austin", "Austin", "LOCATION"),
    ("Grief Counseling at Leeds", "Leeds", "LOCATION"),
    ("Follow up with Primary Care at Kent", "Kent", "LOCATION"),
    ("Begin Outpatient Psychiatry at Denver soon.", "Denver", "LOCATION"),
    ("BEGIN INPATIENT DETOX AT DENVER", "DENVER", "LOCATION"),
    ("Start Outpatient Clinic at Boston next week.", "Boston", "LOCATION"),
    # an everyday head word needs a care cue, and words before it never join
    ("Caught the Sunrise at Brighton last weekend.", "Brighton", "LOCATION"),
    ("Mom Loved Sunrise at Edina so much", "Edina", "LOCATION"),
    ("Visited Grandma Sunrise of Edina today.", "Edina", "LOCATION"),
    ("The Gardens of Versailles were lovely.", "Versailles", "LOCATION"),
    ("The Mental Health of London is a new report.", "London", "LOCATION"),
    ("House of Commons at Westminster", "Westminster", "LOCATION"),
    ("We toured the Gardens at Kew with Dad.", "Kew", "LOCATION"),
    ("Sunrise", "Sunrise", "PERSON"),
    ("Visited Grandma Sunrise of Edina today.", "Sunrise", "PERSON"),
    # a name before a specialty or "Medical" is a doctor's service: still a person
    ("Consults: Patel Neurology and Jones Psychiatry following.", "Jones", "PERSON"),
    ("CONSULTS: PATEL NEUROLOGY AND NGUYEN NEUROLOGY", "NGUYEN", "PERSON"),
    ("Name: John Smith Medical: DM2, HTN", "John Smith", "PERSON"),
    ("Referred to Garcia Cardiology for echo.", "Garcia", "PERSON"),
    # a one-word branch is no English word, and a quarter is a compass word's
    ("Seen at Mayo Clinic Mobile app for results.", "Mayo Clinic", "FACILITY"),
    ("Parked at Cleveland Clinic Park and walked.", "Cleveland Clinic", "FACILITY"),
    ("Went to Mayo Clinic Upside down cake place.", "Mayo Clinic", "FACILITY"),
    ("Met at Mayo Clinic Reading room.", "Mayo Clinic", "FACILITY"),
    ("Left Mayo Clinic Upland way.", "Mayo Clinic", "FACILITY"),
    # a town's "General"/"Medical" takes no noun after it and no kind before it; "Center" alone is a service
    ("I am living in Kent General area.", "Kent", "LOCATION"),
    ("Boston University Medical was fine.", "Boston University", "FACILITY"),
    ("Went to Foley Center for gait training.", "Foley", "LOCATION"),
]


@pytest.mark.parametrize(("text", "part", "entity_type"), REVIEWED_KEPT)
def test_when_phrase_is_a_service_a_person_or_an_everyday_word_then_nothing_grows(
    text: str, part: str, entity_type: str
) -> None:
    assert _grown(text, part, entity_type) == []


# The shapes the review kept: each still grows to the whole site.
REVIEWED_GROWN = [
    ("Mom moved to Sunrise of Edina last month.", "Edina", "LOCATION", "Sunrise of Edina"),
    ("From: Sunrise of Edina   To: ED", "Sunrise", "PERSON", "Sunrise of Edina"),
    ("Dad is at Foley Hospital now.", "Foley", "PERSON", "Foley Hospital"),
    ("Admitted from Kent General yesterday.", "Kent", "LOCATION", "Kent General"),
    ("Seen at Family Health Center of Worcester today.", "Worcester", "LOCATION", "Family Health Center of Worcester"),
    (
        "Court: Elder Services of Berkshire County to assist.",
        "Berkshire County",
        "LOCATION",
        "Elder Services of Berkshire County",
    ),
    ("SBAR to Kindred Hospital Eastside: S- 74M.", "Kindred Hospital", "FACILITY", "Kindred Hospital Eastside"),
]


@pytest.mark.parametrize(("text", "part", "entity_type", "site"), REVIEWED_GROWN)
def test_when_phrase_has_a_site_shape_then_it_grows(text: str, part: str, entity_type: str, site: str) -> None:
    start = text.index(site)
    assert _grown(text, part, entity_type) == [(start, start + len(site))]


def test_when_a_line_holds_many_spans_then_it_is_split_into_words_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from confide.anonymize import site_extent

    calls: list[int] = []
    split = site_extent._line

    def counted(text: str, start: int) -> object:
        calls.append(start)
        return split(text, start)

    monkeypatch.setattr(site_extent, "_line", counted)
    text = "KENT " * 2000 + "\nSunrise of Edina " * 3
    spans = [Span(i * 5, i * 5 + 4, "LOCATION") for i in range(2000)]
    site_extent.grow_sites(text, spans, load_lexicon())
    assert len(calls) == 1
