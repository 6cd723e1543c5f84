"""Sites named without their kind, found by what ties a person to them (``site_ties``).

Work and school ("worked 22 yrs at", "dropped out of", "Employer:"), a clinician or worker and where
they work ("Dr. Osei at", "case mgr at"), placement and transport ("bed found at", "transport by"),
a site in parentheses after its kind ("VNA (Ostravin)"), an event's date and where it happened
("ORIF 2019 at"), and a second site joined by "and". Look-alikes keep what the slot refuses: a
person after "by" or "for", a town after "from" or "to", times, drugs, apps, units, common nouns
after "the", a prefixed word in parentheses, ordinary words. All values are invented.
"""

from __future__ import annotations

import time

import pytest

from confide.anonymize.analyzer import TextAnalyzer
from confide.anonymize.lexicon import load_lexicon
from confide.anonymize.recognizers.facility_checks import cued_sites
from tests.anonymize.conftest import covered, touching, variants

TIED_SITES = [
    *variants("Retired machinist, worked 22 yrs at Kessendorf & Pruett until the stroke.", "Kessendorf & Pruett"),
    *variants("Drives for Tillbrook Transit three days a week.", "Tillbrook"),
    *variants("Spoke with Dr. Osei at Halvergate about the echo.", "Halvergate"),
    *variants("Case mgr at Quennell CHS confirmed the housing slot.", "Quennell"),
    *variants("Flown out by Rellonby MedFlight once the fog lifted.", "Rellonby MedFlight"),
    *variants("Bed found at Tarrowmere, transfer in AM.", "Tarrowmere"),
    *variants("New home care agency (Ostravin) starts on Monday.", "Ostravin"),
    *variants("S/p ORIF 2019 at Dunmoreton, hardware intact.", "Dunmoreton"),
    *variants("Employer: Brandywell Logistics, on leave since the fall.", "Brandywell"),
    *variants("Dropped out of NVTC last spring, wants to re-enroll.", "NVTC"),
    *variants("Goes to Ashcombe for dialysis MWF.", "Ashcombe"),
    # "at"/"from" a name that a town follows
    *variants("Came to us from Quarrendale Court in Natick with a UTI.", "Quarrendale Court"),
    *variants("Flu shot at Ostravin in Quincy last week.", "Ostravin"),
    # a second site joined to the first by "and"
    *variants("Accepted by Kelvane or Morrowby, whichever has a bed first.", "Morrowby"),
]

# Only capitals on a cased line say that one name, or two ordinary words, name a site.
CASED_ONLY = [
    ("Neurologist Dr. Abiodun at Mercy reviewed the EEG.", "Mercy"),
    ("Outreach worker Dana from Lantern Street Inn knows him.", "Lantern Street Inn"),
    ("Quit her old church (Cedar Lantern Fellowship) after the move.", "Cedar Lantern Fellowship"),
]

NOT_SITES = [
    # a person after "by" or "for"
    *variants("Referred by Okafor for counselling.", "Okafor"),
    *variants("Picked up by Quennell, her uncle, at 1400.", "Quennell"),
    # a town after "from" or "to"
    *variants("Coworker from Worcester visited with flowers.", "Worcester"),
    *variants("Goes to Worcester on weekends to see her son.", "Worcester"),
    # transport, units, times, numbers
    *variants("Transport by ambulance at 0900.", "ambulance"),
    *variants("Bed found at 3 West, transfer in AM.", "3 West"),
    *variants("Seen by Dr. Osei at noon rounds.", "noon"),
    *variants("EMG 3/14 at 1400 showed slowing.", "1400"),
    *variants("Pt to OR in AM, then pt to ambulate.", "OR"),
    *variants("CT 2019 at baseline, no change.", "baseline"),
    # "at"/"from" a person, a town or a month before "in <town>"
    *variants("Got a call from Okafor in Boston about the rent.", "Okafor"),
    *variants("A postcard from Boston in May.", "Boston"),
    *variants("Was at work in Quincy all day.", "work"),
    # apps and payment words
    *variants("Drives for Uber at night.", "Uber"),
    *variants("Phone connected to Bluetooth, then linked to PayPal.", "Bluetooth, then linked to PayPal"),
    *variants("Kid got connected with ChatGPT and linked with Spotify.", "ChatGPT and linked with Spotify"),
    *variants("My therapist from Talkspace moved my session.", "Talkspace"),
    *variants("He attended Shabbat services with his grandfather.", "Shabbat"),
    # an insurer is no site; a credential or a programme after "referred by" is a worker
    *variants("Her insurance (Aetna) denied the MRI again.", "Aetna"),
    *variants("Referred by LICSW for eval; screened by LADC; referred by EAP.", "LICSW for eval; screened by LADC"),
    *variants("Referred by LMHC at intake, then by CADC.", "LMHC at intake, then by CADC"),
    # a common noun after "the", a word and its prefix, ordinary words in parentheses
    *variants("Coworker at the resturant covered her shift.", "resturant"),
    *variants("Got my first job (mid-twenties) last year.", "mid-twenties"),
    *variants("My job (Pretty Good Pay) is fine.", "Pretty Good Pay"),
    *variants("Worked 10 yrs at home as a carer.", "home"),
]


@pytest.mark.parametrize(("text", "site"), TIED_SITES)
def test_when_site_is_tied_to_the_patient_by_a_cue_then_it_is_covered(
    analyzer: TextAnalyzer, text: str, site: str
) -> None:
    assert covered(analyzer, text, site)


@pytest.mark.parametrize(("text", "site"), CASED_ONLY)
def test_when_capitals_on_a_cased_line_follow_a_strong_cue_then_they_name_a_site(
    analyzer: TextAnalyzer, text: str, site: str
) -> None:
    assert covered(analyzer, text, site)


@pytest.mark.parametrize(("text", "look_alike"), NOT_SITES)
def test_when_person_town_time_or_ordinary_word_follows_a_tie_cue_then_no_site_is_found(
    analyzer: TextAnalyzer, text: str, look_alike: str
) -> None:
    assert [kind for kind, _ in touching(analyzer, text, look_alike) if kind == "FACILITY"] == []


@pytest.mark.parametrize(
    "text",
    ["Dr. " * 2500, "worked 1 yrs " * 800, "nurse Ann Bo Cy " * 700, "12/2 , at " * 1000, "vna ( " * 1700],
)
def test_when_text_repeats_a_cue_then_the_scan_stays_linear(text: str) -> None:
    lexicon = load_lexicon()
    started = time.perf_counter()
    cued_sites(text[:10_000], lexicon)
    assert time.perf_counter() - started < 1.0
