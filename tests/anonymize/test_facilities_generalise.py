"""Health sites named by their own words before what they practise (issue #10, generalisation pass).

Every sentence is invented for the test and none is taken from a case file: a rule is kept only when
it finds its family in other words, cases and styles, and leaves the look-alikes of that family
(a topic of care, a specialty, a clinician's service, a hope). Failures show span types, never text.
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
    # a practice by its own (English) words before what it practises, after a lower-case cue
    ("my daughter sees a therapist at Maple Grove Counseling on Tuesdays", "Maple Grove Counseling"),
    ("Pt did 28 days at Blue Heron Recovery before moving home.", "Blue Heron Recovery"),
    ("Reminder from Lakeshore Psychiatry: reply Y to confirm.", "Lakeshore Psychiatry"),
    ("stone managed by Dr. Yu, therapy at Pinnacle Psychology last spring.", "Pinnacle Psychology"),
    ("he goes to sessions with Thornbury Counselling every fortnight", "Thornbury Counselling"),
    ("Follows w/ Ironwood Psychiatry for meds.", "Ironwood Psychiatry"),
    ("wants detox -> Sandpiper Recovery or anywhere with a bed", "Sandpiper Recovery"),
    ("honestly the ladies at North Star Counseling saved my life", "North Star Counseling"),
    ("faxed records to Riverstone Psychology today", "Riverstone Psychology"),
    # a care site's kind and the area it serves, every word capitalised
    ("Grandpa died peacefully at Hospice of the Lakes on Sunday.", "Hospice of the Lakes"),
    ("Pronounced 0215 at Hospice House of the Prairie, wife present.", "Hospice House of the Prairie"),
    ("Her doctor at Pediatric Associates of Springfield referred her.", "Pediatric Associates of Springfield"),
    ("Records from Mental Health Center of Greater Dayton reviewed.", "Mental Health Center of Greater Dayton"),
    ("Admitted to the Recovery Center of Northern Michigan overnight.", "Recovery Center of Northern Michigan"),
    # a bed found for someone names where it is
    ("good news, my brother finally got a bed at Harbor Point and goes in monday", "Harbor Point"),
    ("Update: we got him a bed at Lantern Lodge!!", "Lantern Lodge"),
    ("SW secured a bed at Marigold House for tonight.", "Marigold House"),
    ("They found her a bed at Covewood, intake at noon.", "Covewood"),
    ("Finally got a bed at Oakridge Behavioral, transport 1400.", "Oakridge Behavioral"),
]

LEFT_ALONE = [
    # a topic of care, a specialty or a hope before the kind names no site
    ("She was offered a place with Grief Counseling in the new year.", "Grief Counseling"),
    ("he has been at Substance Abuse Counseling since March", "Substance Abuse Counseling"),
    ("Seen with Consult Psychiatry on the floor.", "Consult Psychiatry"),
    ("Plan: f/u with Integrative Psychiatry in 2 weeks.", "Integrative Psychiatry"),
    ("Plan: f/u with Pediatric Urology.", "Pediatric Urology"),
    ("f/u with Geri Psychiatry next month", "Geri Psychiatry"),
    ("we are hoping for a Full Recovery by summer", "Full Recovery"),
    ("she goes to Couples Counseling with her husband", "Couples Counseling"),
    ("we went to Family Counseling and it helped", "Family Counseling"),
    # an organ, a condition or a way of delivering care before the specialty (review of the pass)
    ("referred to Spine Podiatry for orthotics", "Spine Podiatry"),
    ("Referral to Pelvic Floor Urology sent.", "Pelvic Floor Urology"),
    ("f/u with Heart Failure Cardiology in 3 months", "Heart Failure Cardiology"),
    ("Seen via Tele Psychiatry this morning.", "Tele Psychiatry"),
    ("Transferred to Acute Care Psychiatry overnight.", "Acute Care Psychiatry"),
    ("i owe so much to Narcotics Anonymous Recovery tbh", "Narcotics Anonymous Recovery"),
    # a kind "of" no place, a phrase in lower case
    ("She chose the hospice of her choice after a long talk.", "hospice of her choice"),
    ("They want a hospice of some kind near home.", "hospice of some kind"),
    ("She has an Associates of Science degree from the college.", "Associates of Science"),
    ("He completed an Associates of Arts in 2019.", "Associates of Arts"),
    # a time or a kin's home after "a bed at"
    ("he couldn't get a bed at Christmas so he slept in the car", "Christmas"),
    ("we got a bed at Mum's until the lease starts", "Mum's"),
    ("we got a bed at home for him", "home"),
    ("I got a bed at Grandma's for the summer", "Grandma's"),
    ("we finally got a bed in Wakefield for him", "Wakefield"),
    # a ward, a level of care or an everyday word after "a bed at" (review of the pass)
    ("OB offered her a bed at Labor and Delivery overnight.", "Labor"),
    ("finally got a bed at Step Down, transfer at 1500", "Step Down"),
    ("Pt got a bed at Detox after 6 hrs in triage.", "Detox"),
    ("finally got a bed at Last, after 2 weeks of calls", "Last"),
    # a clinician's service stays a person
    ("Discussed with Dr Patel Psychiatry on call.", "Dr Patel Psychiatry"),
    # the generic services of a note
    ("Pt presented to the Emergency Department overnight.", "Emergency Department"),
    ("Referral made to Social Services for housing.", "Social Services"),
    ("known to Mental Health Services since 2019", "Mental Health Services"),
    # a drug and Reddit prose
    ("Started on Sertraline 50 mg for low mood.", "Sertraline"),
    ("I am in recovery and it is the hardest thing I have done", "recovery"),
]


@pytest.mark.parametrize(("text", "target"), FOUND)
def test_practice_found(analyzer, text: str, target: str) -> None:
    """The whole practice is covered by a FACILITY span."""
    assert covered(analyzer, text, target) and _site_covers(analyzer, text, target), touching(analyzer, text, target)


@pytest.mark.parametrize(("text", "look_alike"), LEFT_ALONE)
def test_practice_look_alike_left_alone(analyzer, text: str, look_alike: str) -> None:
    """A topic, a specialty, a clinician or a generic service is no site."""
    assert not [t for t, _ in touching(analyzer, text, look_alike) if t == "FACILITY"]
