"""Health sites of EMS radio reports, Commonwealth notes and report headers (issue #10).

Every sentence here is invented for the test and none is taken from a case file: a rule is kept
only when it finds its family in other words. Failures show span types, never the text.
"""

from __future__ import annotations

import pytest

from confide.anonymize.analyzer import TextAnalyzer
from tests.anonymize.conftest import covered, touching


def _site_covers(analyzer: TextAnalyzer, text: str, target: str) -> bool:
    """Whether FACILITY spans cover every non-space character of ``target`` (a LOCATION is no site)."""
    start = text.index(target)
    spans = [s for s in analyzer.analyze([text])[0] if s.entity_type == "FACILITY"]
    return all(text[i].isspace() or any(s.start <= i < s.end for s in spans) for i in range(start, start + len(target)))


FOUND = [
    # a receiving ED named in a radio report, the report's verb marks it
    ("Pt in c-collar. Lakeview ER advised of trauma.", "Lakeview"),
    ("ALS INTERCEPT. GOOD SAMARITAN ED PRE-ALERTED AT 0412.", "GOOD SAMARITAN"),
    ("Radio report given; Brookfield ED notified, ETA 8.", "Brookfield"),
    # public health bodies by their Commonwealth kinds
    ("Follow-up with Simcoe Muskoka District Health Unit re exposure.", "Simcoe Muskoka District Health Unit"),
    ("Referred to Nepean Blue Mountains Local Health District CAMHS.", "Nepean Blue Mountains Local Health District"),
    ("SEEN BY RATHMORE PRIMARY CARE CENTRE GP", "RATHMORE PRIMARY CARE CENTRE"),
    ("Seen by Rathmore Primary Care Centre GP.", "Rathmore Primary Care Centre"),
    ("letter to kaipara mental health service re plan", "kaipara mental health service"),
    # a site of two kinds joined
    ("Pt transferred to Kelowna Hospital and Health Centre today.", "Kelowna Hospital and Health Centre"),
    ("Petition filed by Ashby Recovery Center and Hospital.", "Ashby Recovery Center and Hospital"),
    # a name written with letters of Latin Extended-A
    ("Meets Dr Ngata at Ōtūmoetai Health Centre weekly.", "Ōtūmoetai Health Centre"),
    # a hospital or service named by the place after its kind
    ("Discharged back to University Hospital Limerick for follow-up.", "University Hospital Limerick"),
    ("CONTACT UNIVERSITY HOSPITAL WATERFORD RE BED", "UNIVERSITY HOSPITAL WATERFORD"),
    ("Open case with CAMHS Kildare, review in 6 weeks.", "CAMHS Kildare"),
    # a store number belongs to the branch it names
    ("Rx sent to Rite Aid store #3312 on Main.", "Rite Aid store #3312"),
    ("picked up from Walmart Pharmacy #5521 yesterday", "Walmart Pharmacy #5521"),
    # "<Name> General" before a transfer's or a visit's words
    ("went to toronto general b/c of chest pain", "toronto general"),
    ("BIB Harwick General transfer for psych boarding", "Harwick General"),
]

LEFT_ALONE = [
    ("Adult ED notified of arrival.", "Adult"),
    ("Peds ED notified of arrival.", "Peds"),
    ("PT ED NOTIFIED", "PT"),
    ("referred to CAMHS Team today", "CAMHS Team"),
    ("Risk reviewed. HSE CMHT to see her urgently.", "HSE CMHT"),
    ("seen at University Hospital Emergency dept", "University Hospital Emergency"),
    ("admitted to the Acute Mental Health Unit overnight", "Acute Mental Health Unit"),
    ("sleep study at the sleep lab on 3 West.", "sleep lab"),
    ("referred to the community mental health service today", "community mental health service"),
    ("she works for the health board now", "health board"),
    ("Glucose 120. Target #2 reached.", "Target"),
    ("spoke to the surgeon general because of it", "surgeon general"),
    ("eats well in general after meals", "general"),
    # review: a condition, a role, kin or a service before "ED" is no hospital
    ("Stroke ED notified, LKW 0200.", "Stroke"),
    ("STEMI ER paged, cath lab activated.", "STEMI"),
    ("Wife ED aware of code status.", "Wife"),
    ("Nurse ED aware.", "Nurse"),
    ("Police ED notified.", "Police"),
    ("ALS ED notified.", "ALS"),
    ("Sepsis ER alerted on arrival.", "Sepsis"),
    ("Supervisor ED notified by crew.", "Supervisor"),
    # review: a clinician after a title stays a person
    ("Dr Patel ED aware and accepting.", "Dr Patel"),
    ("Dr. Smith ED called.", "Smith"),
    ("DR OKAFOR ED AWARE", "OKAFOR"),
    # review: a drug, a name, a weekday or a role after a service's acronym is no place
    ("IAPT Sertraline.", "Sertraline"),
    ("CAMHS Prozac was started.", "Prozac"),
    ("CAMHS Wednesday appt.", "Wednesday"),
    ("CAMHS Niamh rang mum.", "Niamh"),
    ("CAMHS Dr Murphy.", "Murphy"),
    ("EIP Coordinator visited.", "Coordinator"),
    ("Regional Hospital Emerg.", "Emerg"),
    ("County Hospital Stat labs.", "Stat"),
    # review: an office or a rank "General" is a person's title
    ("Consul General via embassy.", "Consul General"),
    ("Governor General before.", "Governor General"),
    ("Lieutenant General after the war.", "Lieutenant General"),
    ("the Paymaster General before the vote", "Paymaster General"),
    # review: a specialty before a site's kind names no site
    ("Specialist Sleep Lab.", "Specialist Sleep Lab"),
    ("Geriatric Care Centre.", "Geriatric Care Centre"),
    ("Pediatric Sleep Center called re CPAP.", "Pediatric Sleep Center"),
]


@pytest.mark.parametrize(("text", "target"), FOUND)
def test_health_site_found(analyzer, text: str, target: str) -> None:
    """The whole health site is covered."""
    assert covered(analyzer, text, target) and _site_covers(analyzer, text, target), touching(analyzer, text, target)


@pytest.mark.parametrize(("text", "look_alike"), LEFT_ALONE)
def test_health_look_alike_left_alone(analyzer, text: str, look_alike: str) -> None:
    """A department's own words, a ward or a service are no site."""
    assert not [t for t, _ in touching(analyzer, text, look_alike) if t == "FACILITY"]


def test_store_number_line_is_linear(analyzer) -> None:
    """A long line of hashes and numbers is scanned in linear time (no catastrophic backtracking)."""
    import time

    text = "CVS Pharmacy " + "# 12 " * 2000
    start = time.perf_counter()
    analyzer.analyze([text])
    assert time.perf_counter() - start < 20


# review: a number after a hospital or a clinic is an account's or a record's, no store's
ACCOUNT_AFTER_SITE = [
    ("Admitted to Baystate Medical Center #123456 account.", "Baystate Medical Center", "123456"),
    ("Seen at Lakeview Clinic #12345678 is her MRN.", "Lakeview Clinic", "12345678"),
    ("Seen at Glenbrook Hospital No. 44812 on file.", "Glenbrook Hospital", "44812"),
]


@pytest.mark.parametrize(("text", "site", "number"), ACCOUNT_AFTER_SITE)
def test_account_number_not_in_site(analyzer, text: str, site: str, number: str) -> None:
    """No FACILITY span runs from a hospital's name over the number after it."""
    start, end = text.index(site), text.index(number) + len(number)
    spans = [s for s in analyzer.analyze([text])[0] if s.entity_type == "FACILITY"]
    assert not [s for s in spans if s.start <= start and s.end >= end], [s.entity_type for s in spans]


def test_service_area_left_to_service_of_area() -> None:
    """A gazetteer place after a service's acronym is ``service_of_area``'s; ``kind_then_place`` takes coined words."""
    from confide.anonymize.recognizers.facility import place_after_kind

    assert not place_after_kind("CAMHS Manchester", {})
    assert place_after_kind("CAMHS Kildare", {})
    assert place_after_kind("University Hospital Coventry", {})
