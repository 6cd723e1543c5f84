"""Placements, payers and local posts: the eleventh round's tuning sets.

Sites named by ordinary words that the text points at: a verb of placement, stay, work or contact before
them ("accepted a room at Harbor House", "Phoned Lighthouse re bed", "inpatient at Sunnybrook"), a level
of care after them ("Compass Point PHP"), a practice's kind and legal form ("Compass Rose Counseling
PLLC", "PIEDMONT PSYCHIATRIC CTR PA"); a site's later short forms (its initials, its first word) and its
siblings in a list. Look-alikes: departments, services, specialties, kin, titles, holidays, places, a
person's name after a referral, a level of care after a verb, units and service acronyms, groups and
services named by what they do. Regexes stay linear on long hyphenated or dotted runs. All values are
invented.
"""

from __future__ import annotations

import re

import pytest

from confide.anonymize.analyzer import TextAnalyzer
from confide.anonymize.recognizers.facility import DEFAULT_SPEC as FACILITY_SPEC
from confide.anonymize.recognizers.street_address import DEFAULT_SPEC as STREET_SPEC
from tests.anonymize.conftest import covered, touching

POSITIVES = [
    ("Housing update: client accepted a room at Harbor House. Move-in tomorrow.", "Harbor House"),
    ("Remains at Acorn House hostel, rent arrears 3 wks.", "Acorn House"),
    ("Plan: step down to residential at The Haven in Marrickville if bed available.", "The Haven"),
    ("Pt asked about going back to New Beginnings since she got 90 days there.", "New Beginnings"),
    ("Pt will need a ride to Bridgeway for intake Monday.", "Bridgeway"),
    ("Referred by Banner, start date 11/17/2026 at Compass Point PHP, 5 days/wk.", "Compass Point"),
    ("IOP concurrent - Jordan Blackfeather, Lighthouse IOP, 3 hrs x 3 days/wk.", "Lighthouse"),
    ("Spoke w Open Door intake re pt. They can offer assessment.", "Open Door"),
    ("Phoned Lighthouse re bed - told to call back after 2pm.", "Lighthouse"),
    ("1. Psychiatry - Reliant Medical Group, Dr Priya Venkataraman, Nov 20", "Reliant Medical Group"),
    ("Practice: Compass Rose Counseling PLLC, 4100 Alpha Rd Ste 910, Dallas", "Compass Rose Counseling PLLC"),
    ("Lakeshore Psychological Services, P.C.   Tax ID 36-4419728", "Lakeshore Psychological Services, P.C."),
    ("Cornerstone Health PLLC 2210 Kirkwood Hwy, Suite 300", "Cornerstone Health PLLC"),
    ("Referred to affiliate: Gabriel Moreau, LMFT, Sierra Counseling Collective.", "Sierra Counseling Collective"),
    ("HR fax cover - To: Mercer Psychiatry Group   Fax (919) 555-0107", "Mercer Psychiatry Group"),
    ("Requesting Intensive In-Home x 90 days via Bluegrass Youth Services.", "Bluegrass Youth Services"),
    ("Billing prov: PIEDMONT PSYCHIATRIC CTR PA TIN 56-2204917", "PIEDMONT PSYCHIATRIC CTR PA"),
    ("PROVIDER: EVERGREEN COUNSELING ASSOC DOS 07/08/24", "EVERGREEN COUNSELING ASSOC"),
    ("Linked with Glasgow Alcohol and Drug Recovery Service; GADRS worker saw him.", "GADRS"),
    ("Seen at Boston Medical Center last week; BMC follow-up booked.", "BMC"),
    ("referrals faxed to Lakeside, Pinewood, St Jude's and Meridian for pt", "Meridian"),
    ("last year i was an inpatient at Sunnybrook for 3 weeks", "Sunnybrook"),
    ("Worked at Harborview nights for six years before the burnout.", "Harborview"),
    ("He was sectioned at Highgate and treated at UCLH.", "UCLH"),
]

LOOK_ALIKES = [
    ("Referred to Psychology for assessment.", "Psychology"),
    ("Referred to Early Help and to Adult Social Care.", "Early Help"),
    ("Referred to Adult Social Care last week.", "Adult Social Care"),
    ("Called Pharmacy re refill. Called Mum re visit.", "Pharmacy"),
    ("Called Mum re visit today.", "Mum"),
    ("Pt transferred to Medicine overnight.", "Medicine"),
    ("D/c to Home with family support.", "Home"),
    ("Continue IOP 3x/wk.", "Continue"),
    ("Adult IOP waitlist is long.", "Adult"),
    ("DBT IOP at 9 on Tuesdays.", "DBT"),
    ("Lives with Gran in a flat.", "Gran"),
    ("Sent to Voicemail twice.", "Voicemail"),
    ("Sent to Court for the hearing.", "Court"),
    ("Pt placed in Trendelenburg for line placement.", "Trendelenburg"),
    ("Pt admitted for CHF exacerbation.", "CHF"),
    ("Officers PC Achterberg and PC Lowe attended.", "Officers PC"),
    ("Referred to Memory Clinic for review.", "Memory Clinic"),
    ("Spoke with Bed Management re: beds.", "Bed Management"),
    ("Spoke to Admissions again about it.", "Admissions"),
    ("referral to Occupational Therapy made.", "Occupational Therapy"),
    ("Admitted to PICU overnight.", "PICU"),
    ("Referred to CMHT for follow-up.", "CMHT"),
    ("Support from Mental Health Services continues.", "Mental Health Services"),
    ("the Peer Support Group meets Tuesdays.", "Peer Support Group"),
    ("Referred to Student Conduct for the incident.", "Student Conduct"),
]


@pytest.mark.parametrize(("text", "target"), POSITIVES)
def test_when_a_site_is_pointed_at_by_placement_contact_care_or_legal_form_then_it_is_covered(
    analyzer: TextAnalyzer, text: str, target: str
) -> None:
    assert covered(analyzer, text, target)


@pytest.mark.parametrize(("text", "look_alike"), LOOK_ALIKES)
def test_when_a_department_service_kin_or_care_level_is_written_then_it_is_left_alone(
    analyzer: TextAnalyzer, text: str, look_alike: str
) -> None:
    assert touching(analyzer, text, look_alike) == []


@pytest.mark.parametrize("spec", [FACILITY_SPEC, STREET_SPEC], ids=["facility", "street_address"])
def test_when_a_word_pattern_meets_a_long_hyphenated_run_then_no_match_spans_more_than_its_bound(spec) -> None:
    # A bounded word cannot run over a 4,000-letter token; an unbounded one did, and was quadratic there.
    run = "-".join(["Ab"] * 2000) + " Hospital 12"
    for pattern in spec["patterns"]:
        for match in re.finditer(pattern["regex"], run[:2000] + " Hospital"):
            assert match.end() - match.start() < 400, pattern["name"]
