"""Sites of bed searches and transfer forms (issue #10).

Transfer-centre logs and psych bed searches name each site called and what it answered ("called
Harwick -- full", "0815 - KVMC: no beds", "declined by KVMC", "Tallis accepted, Dr Nye accepting"),
and transfer forms label the sending and receiving sites with their emergency room or unit after them
("Sending: Marrow Creek ED", "To: Kelso ED", "-> Tallis CVICU"), and a transfer for a procedure
names where it goes ("transfer for thrombectomy to Quennel Main"). Look-alikes: a person called who
answers no bed, a drug a patient accepted, a unit named by its own kind ("Cardiac ICU", "Main ED"),
a person accepting an offer in a post. Every value is invented.
"""

from __future__ import annotations

import time

import pytest

from confide.anonymize.analyzer import TextAnalyzer
from tests.anonymize.conftest import covered, touching, variants

SITES = [
    *variants("Psych bed search: called Harwick -- full, will retry in the morning.", "Harwick"),
    *variants("Bed search day 2. 0815 - KVMC: no beds, pt on their list.", "KVMC"),
    ("Bed search. called Orlan Pines, no adult beds. Holding in ED.", "Orlan Pines"),
    ("BED SEARCH: 0900 - ORLAN PINES: ADOLESCENT UNIT FULL.", "ORLAN PINES"),
    ("Transfer declined by KVMC (no neuro ICU beds), will try again.", "KVMC"),
    ("Transfer declined elsewhere, Carvane accepted, Dr Nye accepting.", "Carvane"),
    ("ED TO ED TRANSFER. Sending: Marrow Creek ED. Receiving: Tallis neuro ICU.", "Marrow Creek"),
    ("ED TO ED TRANSFER. Sending: Marrow Creek ED. Receiving: Tallis neuro ICU.", "Tallis"),
    ("SNF to acute transfer form. From: Brightwater SNF   To: Kelso ED", "Kelso"),
    ("SNF TO ACUTE TRANSFER FORM. FROM: BRIGHTWATER SNF   TO: KELSO ED", "KELSO"),
    ("Accepting: Dr Obi (PERT) -> Tallis CVICU, ETA 0420.", "Tallis"),
    ("Referring: Wrenholt MICU. Trach placed last week.", "Wrenholt"),
    ("tPA given. transfer for thrombectomy to Quennel Main, tele-stroke ID given.", "Quennel Main"),
    ("TPA GIVEN. TRANSFER FOR THROMBECTOMY TO QUENNEL MAIN.", "QUENNEL"),
    ("transferred for higher level of care to harrowgate regional yesterday.", "harrowgate"),
    # review: a colon opens a bed search's list; replies of capacity, bypass and admissions; an em dash
    ("Bed search: Harwick - no capacity.", "Harwick"),
    ("Bed search: called Harwick - unable to accept.", "Harwick"),
    ("Bed search: called Harwick - on bypass.", "Harwick"),
    ("BED SEARCH: CALLED HARWICK - CLOSED TO ADMISSIONS.", "HARWICK"),
    ("Bed search: called Harwick—full.", "Harwick"),
    # review: UK units, a lower-case form, a label that names the kind of site
    ("Transfer form. To: Kelso HDU. From: Orlan AMU", "Kelso"),
    ("Transfer form. To: Kelso HDU. From: Orlan AMU", "Orlan"),
    ("From: Wrenholt MAU. To: Tallis SCBU", "Tallis"),
    ("transfer form. to: crestline ed.", "crestline"),
    ("Sending hospital: Orlan", "Orlan"),
]

LOOK_ALIKES = [
    ("Bed search: called Sarah -- no answer, left voicemail.", "Sarah"),
    ("BED SEARCH: CALLED SARAH, NO ANSWER.", "SARAH"),
    ("Transfer to floor when bed opens. Lasix accepted by patient.", "Lasix"),
    ("Transfer form. To: Cardiac ICU. From: Main ED.", "Cardiac"),
    ("Transfer form. To: Cardiac ICU. From: Main ED.", "Main"),
    ("Transfer form. To: Surgical Trauma ICU.", "Surgical Trauma"),
    ("TO: MAIN ED. FROM: ADULT ICU.", "ADULT"),
    ("Dr Obi accepting -> Neuro ICU after the transfer.", "Neuro"),
    ("Scared about the transfer at work. Anyway, Sarah accepted the offer.", "Sarah"),
    ("Pt transferred for dialysis to home unit, then transfer for eval to Cardiology.", "Cardiology"),
    ("No beds at home so we called Grandma, full house tonight.", "Grandma"),
]

# Review of issue #10: people, insurers, drugs, devices, everyday words and units' own kinds in the
# slots of the bed-search and form rules; each was reported as a FACILITY by the reviewed rule.
REVIEWED_LOOK_ALIKES = [
    # a person called, or a person who says something "full" near a transfer
    ("Awaiting bed. Called Sarah Jones -- full, she cannot take him tonight.", "Sarah Jones"),
    ("AWAITING BED. CALLED SARAH JONES -- FULL, SHE CANNOT TAKE HIM TONIGHT.", "SARAH JONES"),
    ("Awaiting transfer, Maria says stomach full.", "Maria"),
    ("Transfer to rehab discussed, Maria works full-time", "Maria"),
    ("Transfer pending, Jordan no psych hx.", "Jordan"),
    ("Transfer planning, Jordan not a fit for group tonight.", "Jordan"),
    # "declined by" a person or an insurer
    ("Transfer to Sinai declined by Sarah (wife)", "Sarah"),
    ("TRANSFER DECLINED BY HADDAD", "HADDAD"),
    ("Transfer request denied by Aetna", "Aetna"),
    ("Transfer request declined by Aetna, appeal sent.", "Aetna"),
    # a name found in a bed search is not spread over a clinician or a relative
    ("Bed search: called Haddad -- full. Dr Haddad (psychiatry) saw pt, brother Omar Haddad at bedside.", "Dr Haddad"),
    ("Bed search: called Haddad -- full. Dr Haddad (psychiatry) saw pt, brother Omar Haddad at bedside.", "Omar"),
    # a person in a form's slot whose name is also a town's, or who is in or of a unit
    ("Accepting: Jackson. Referring: Austin.", "Jackson"),
    ("Accepting: Jackson. Referring: Austin.", "Austin"),
    ("ACCEPTING: JACKSON. REFERRING: AUSTIN.", "AUSTIN"),
    ("Accepting: Jordan Lee", "Jordan Lee"),
    ("Receiving: Florence (charge RN). Sending: Clinton.", "Florence"),
    ("Receiving: Florence (charge RN). Sending: Clinton.", "Clinton"),
    ("Receiving: Jones", "Jones"),
    ("RECEIVING: JONES", "JONES"),
    ("From: Sarah in ED\nTo: Kevin in ICU", "Sarah"),
    ("From: Sarah in ED\nTo: Kevin in ICU", "Kevin"),
    ("Accepting: Haddad ED attending", "Haddad"),
    # drugs, devices and everyday words before a reply, near a transfer or not
    ("LifePak - full charge, Alaris - full, Omnicell - no beds.", "LifePak"),
    ("LifePak - full charge, Alaris - full, Omnicell - no beds.", "Omnicell"),
    ("Transfer costs discussed; Bill - paid in full.", "Bill"),
    ("Awaiting transfer, Summer semester full so she deferred.", "Summer"),
    ("Transfer pending.\nMeds offered:\nCaplyta - accepted\nLybalvi, declined", "Caplyta"),
    ("Transfer pending.\nMeds offered:\nCaplyta - accepted\nLybalvi, declined", "Lybalvi"),
    ("Transfer pending, Purewick - no bed alarm on.", "Purewick"),
    # a unit named by its own kind
    ("To: Burn ICU.", "Burn"),
    ("To: Holding ED.", "Holding"),
    ("Receiving: Cardiothoracic ICU.", "Cardiothoracic"),
    ("TO: BURN ICU. FROM: HOLDING ED.", "HOLDING"),
    # a transfer of money, or for a clinician's evaluation
    ("I sent a bank transfer for rent to Marcus yesterday.", "Marcus"),
    ("Did a wire transfer for the deposit to Kowalski lol.", "Kowalski"),
    ("did a wire transfer for the deposit to kowalski lol.", "kowalski"),
    ("Transfer for eval to Haddad (ortho)", "Haddad"),
]


@pytest.mark.parametrize(("text", "target"), SITES)
def test_when_a_bed_search_or_transfer_form_names_a_site_then_it_is_covered(
    analyzer: TextAnalyzer, text: str, target: str
) -> None:
    """The whole site's name is covered, as a site (the score counts a site only when all of it is)."""
    assert covered(analyzer, text, target)
    assert "FACILITY" in [kind for kind, _ in touching(analyzer, text, target)]


@pytest.mark.parametrize(("text", "look_alike"), LOOK_ALIKES)
def test_when_a_person_drug_or_unit_fills_the_slot_then_no_site_is_reported(
    analyzer: TextAnalyzer, text: str, look_alike: str
) -> None:
    """A person, a drug or a unit's own kind is never a FACILITY."""
    assert not [hit for hit in touching(analyzer, text, look_alike) if hit[0] == "FACILITY"]


@pytest.mark.parametrize(("text", "look_alike"), REVIEWED_LOOK_ALIKES)
def test_when_a_person_insurer_device_or_unit_kind_fills_a_reviewed_slot_then_no_site_is_reported(
    analyzer: TextAnalyzer, text: str, look_alike: str
) -> None:
    """The review's look-alikes: a person's name stays a person's, an insurer or a device is never a site."""
    assert not [hit for hit in touching(analyzer, text, look_alike) if hit[0] == "FACILITY"]


def test_when_a_bed_search_is_very_long_then_its_sites_are_found_in_linear_time() -> None:
    """Ten thousand characters of a bed search with sites in it: every site found, well under a second."""
    from confide.anonymize.lexicon import load_lexicon
    from confide.anonymize.recognizers.facility_checks import searched_sites

    lexicon = load_lexicon()
    block = "Bed search: called Harwick -- full, 0815 - KVMC: no beds, Sending: Marrow Creek ED -> Tallis CVICU; "
    text = block * 100
    searched_sites(text, lexicon)  # warm the word lists
    start = time.perf_counter()
    sites = searched_sites(text, lexicon)
    assert time.perf_counter() - start < 1.0
    assert len(sites) == 4 * 100
