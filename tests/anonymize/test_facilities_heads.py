"""Organisations named with their kind, as community mental-health and social-work notes name them.

Courts, police departments, schools, churches, employers, practices named by a specialty, detox and
recovery programs, transport services, veterans' posts, a nursing home's double kind ("Nursing &
Rehab"), a saint with an epithet, a state's short form before "General", a VA system by its area.
Look-alikes: the same kinds after ordinary words ("Fight Club", "Middle School", "Roman Catholic",
"prior detox"), a doctor's service ("Dr Ferreira Neurology"), personality disorders and Parkinson's
("hx PD", "BPD"), a service's clinic ("GI clinic"), a test's laboratory, a modal verb before
"hospital", "holy" as an oath, a breast mass, Virginia after a town. All values are invented.
"""

from __future__ import annotations

import re
import time

import pytest

from confide.anonymize.analyzer import TextAnalyzer
from tests.anonymize.conftest import covered, touching, variants


def cased(text: str, target: str) -> list[tuple[str, str]]:
    """``(text, target)`` as written and in capitals: rules that read a name by its capitals."""
    return [(text, target), (text.upper(), target.upper())]


POSITIVES = [
    # courts and police by their town (a name's capitals or the note's)
    *cased("Hearing set at Dunmore District Court on the 4th.", "Dunmore District Court"),
    *cased("Custody matter before Tolland Probate and Family Court.", "Tolland Probate and Family Court"),
    *cased("Brought in by Norwood PD after a welfare check.", "Norwood PD"),
    *cased("Officer from Danvers Police Department left a card.", "Danvers Police Department"),
    # schools, colleges and job programs
    *cased("Daughter is in 7th grade at Ashcombe Middle.", "Ashcombe Middle"),
    *cased("Son attends Brantley Public Schools, IEP in place.", "Brantley Public Schools"),
    *cased("He finished his GED through Lorimer Job Corps.", "Lorimer Job Corps"),
    *variants("Enrolled at quinsigamond community college for the spring.", "quinsigamond community college"),
    # churches by denomination, a saint with an epithet
    *cased("Pt's support is her pastor at Ebenezer Baptist.", "Ebenezer Baptist"),
    *cased("Sings in the choir at Zion Hill AME Zion.", "Zion Hill AME Zion"),
    ("Goes to mass at St. Paul the Apostle weekly.", "St. Paul the Apostle"),
    # employers by their kind
    *cased("Works as a framer for Dalhart Construction.", "Dalhart Construction"),
    *cased("Injured his back at Gloucester Marine last spring.", "Gloucester Marine"),
    *cased("Drives a route for Merrimack Transit.", "Merrimack Transit"),
    # practices, programs and transport by their kind
    *cased("Follow up at Tamworth Neurology in 2 wks.", "Tamworth Neurology"),
    *cased("Accepted for a bed at Okonkwo Detox tonight.", "Okonkwo Detox"),
    *cased("Prior stay at Dracut Recovery, relapsed after 3 mo.", "Dracut Recovery"),
    *cased("Flown by Kestrel MedFlight to the trauma bay.", "Kestrel MedFlight"),
    *cased("Core biopsy done at Nantucket Sound Imaging last week.", "Nantucket Sound Imaging"),
    *cased("Outreach worker from Pine Street Inn knows her well.", "Pine Street Inn"),
    *cased("Counselor at Center for Grief and Loss Recovery called.", "Center for Grief and Loss Recovery"),
    *cased("Report from Whitcombe Health, faxed over.", "Whitcombe Health"),
    *variants("Veteran, attends VFW Post 4417 on Fridays.", "VFW Post 4417"),
    # a header's site under the report's title (a name never runs over the line break)
    *cased("Letter follows.\nBrackenridge Sleep Center\nDear colleague,", "Brackenridge Sleep Center"),
    *cased("Sees a therapist at Center for Family and Trauma Healing.", "Center for Family and Trauma Healing"),
    # a nursing home's double kind, a state's short form, a VA system by area, a hospital of a place
    *variants("Admitted from Thistlewood Nursing & Rehab with fever.", "Thistlewood Nursing & Rehab"),
    *variants("Old echo films requested from Mass General on Tuesday.", "Mass General"),
    *cased("Vet gets his meds mailed by the VA Hartford pharmacy.", "VA Hartford"),
    *cased("Twins born at Women and Infants Hospital of Carverton.", "Women and Infants Hospital of Carverton"),
    # a religious title after a cue of care or transfer, or before its kind
    *variants("Her appendix was out in 2011 at holy redeemer.", "holy redeemer"),
    *variants("Mother works nights at Holy Rosary Home.", "Holy Rosary Home"),
]

NEGATIVES = [
    # the kinds after ordinary words
    *cased("She goes to Fight Club and Middle School.", "Fight Club and Middle School"),
    *cased("Raised Roman Catholic, no longer practicing.", "Roman Catholic"),
    *cased("Her father was a Royal Marine, then a Merchant Marine.", "Royal Marine, then a Merchant Marine"),
    *cased("Called the Police and the Fire Department.", "Police and the Fire Department"),
    *variants("Discussed prior detox and last rehab stay.", "prior detox and last rehab"),
    *variants("Will need hospital bed at home.", "Will need hospital"),
    *variants("Son Ezra asking about hospice, SW aware.", "Ezra asking about hospice"),
    # a doctor's service; disorders and a disease written PD
    ("Dr Ferreira Neurology to see pt today.", "Neurology"),
    *variants("Hx BPD, SPD traits and COPD; wife has PD.", "BPD, SPD traits and COPD; wife has PD"),
    *cased("Hx PD on carbidopa. Dx PD in 2015. Early PD per neuro.", "Hx PD on carbidopa. Dx PD in 2015. Early PD"),
    # a service's clinic, a test's laboratory, a breast mass, a state after a town
    *variants("Faxed to ID clinic, seen in GI clinic.", "ID clinic, seen in GI clinic"),
    *variants("ECHOCARDIOGRAPHY LABORATORY REPORT", "ECHOCARDIOGRAPHY LABORATORY"),
    *variants("Breast mass, general appearance well.", "mass, general"),
    # a state's prefix in a finding or a test: no state's short form
    *variants("Color Doppler Imaging of both calves is clear.", "Color Doppler Imaging"),
    *variants("Renal Mass Imaging next. Lung Mass Center called.", "Mass Imaging next. Lung Mass Center"),
    *variants("Neck Mass General Surgery consult placed.", "Mass General"),
    # a test, a drug, an eponym or an acronym before a care kind names a service
    *cased("Lexiscan Imaging and DaTscan Imaging both ordered.", "Lexiscan Imaging and DaTscan Imaging"),
    *cased("Colonic transit study: SITZ TRANSIT normal.", "SITZ TRANSIT"),
    *cased("ERAS Recovery pathway and Vivitrol Recovery plan reviewed.", "ERAS Recovery pathway and Vivitrol"),
    *cased("Asked about Spravato Center hours and Foley Center care.", "Spravato Center hours and Foley Center"),
    # chains and brands, with no town: no one's site; two organisations are two names
    *variants("My uncle sold cars for Tesla Motors and Ford Motors.", "Tesla Motors and Ford Motors"),
    *variants("We buy in bulk at Sam's Club and BJ's Club.", "Sam's Club and BJ's Club"),
    *variants("Paycheck goes to Chase Bank and Ally Bank now.", "Chase Bank and Ally Bank"),
    # what one gives up: a food, an app, a drug before "detox"
    *variants("Week two of a sugar detox and a social media detox.", "sugar detox and a social media detox"),
    *variants("Doing a tiktok detox and a Reddit Detox, then a NETFLIX DETOX.", "tiktok detox and a Reddit Detox"),
    *variants("A benzo detox and an OPIOID DETOX.", "benzo detox and an OPIOID"),
    # an unknown lower-case word: what one quits (capitals would mark a site's name, as notes write them)
    ("Day 4 of my nofap detox, also a kratom detox.", "nofap detox, also a kratom"),
    # "holy" in prayer; women and children of a country
    *variants("I pray to holy trinity and to holy family every night.", "holy trinity and to holy family"),
    *variants("Thinking of the women and children of Sudan and the mothers and babies of Yemen.",
              "women and children of Sudan and the mothers and babies of Yemen"),
    ("Lives in Richmond, VA with her aunt.", "VA"),
    # "holy" as an oath, "the VA" alone; a course of study
    *variants("Holy crap, the VA Hospital lost my file.", "Holy crap"),
    *variants("I love teaching college and grad school.", "teaching college and grad school"),
]


@pytest.mark.parametrize(("text", "identifier"), POSITIVES)
def test_when_organisation_is_named_with_its_kind_then_it_is_covered(
    analyzer: TextAnalyzer, text: str, identifier: str
) -> None:
    assert covered(analyzer, text, identifier)


@pytest.mark.parametrize(("text", "look_alike"), NEGATIVES)
def test_when_kind_follows_ordinary_or_clinical_words_then_no_facility_is_reported(
    analyzer: TextAnalyzer, text: str, look_alike: str
) -> None:
    assert [hit for hit in touching(analyzer, text, look_alike) if hit[0] == "FACILITY"] == []


def test_when_long_capitalised_text_is_scanned_then_the_kind_rules_stay_linear() -> None:
    """10,000 characters of capitalised words and kinds: the organisation patterns finish fast."""
    from confide.anonymize.recognizers.facility_kinds import PATTERNS

    text = ("Ashby Brook Lane Court School Center Police " * 250)[:10_000]
    for spec in PATTERNS:
        start = time.perf_counter()
        list(re.finditer(spec["regex"], text))
        assert time.perf_counter() - start < 0.5, spec["name"]
