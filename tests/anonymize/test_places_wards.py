"""Hospitals, rehabs and homes named the way ward notes name them, in upper, lower and mixed case.

A site in the slot after a transfer or residence cue, named by a surname, a place, an acronym or a
word no dictionary knows ("back to baycrest", "resides at HRC", "admitted from nwh", "OSH Halvorsen");
a site's kind written short after its name ("wrenfield mc", "rosewood nh", "fernbrook rehab"); a site
found once by its cue and named again later in the same note; towns after a site or a verb of coming
("aldrich snf in foxborough", "drove in from connecticut"); a street ending in a short suffix after an
address cue ("home address 4 willow ct"). Look-alikes: units, levels of care,
services, routes, transport, drugs after a verb of changing, ordinary words, "X rehab" where X names
a service, a town before its state code, and a sentence ending in a compass ward before "Rehab".
All values are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from confide.anonymize.analyzer import TextAnalyzer
from tests.anonymize.conftest import case_file_metrics, covered, touching, variants

CASES = Path(__file__).parent / "cases" / "places_wards.txt"

POSITIVES = [
    # a site in the slot after a transfer, discharge or residence cue
    *variants("Plan is back to Baycrest once cleared by therapy.", "Baycrest"),
    *variants("Pt resides at HRC long term, baseline confused.", "HRC"),
    *variants("Admitted from Nwh for cardiac cath, anxious.", "Nwh"),
    *variants("Seen at Atrius in the fall for the same rash.", "Atrius"),
    *variants("Plan: d/c to Kindred LTACH for vent wean.", "Kindred LTACH"),
    *variants("Came over from Caritas Carney w/ STEMI, to cath lab.", "Caritas Carney"),
    *variants("Pt's wife is at Thornbury NH, he lives alone.", "Thornbury NH"),
    *variants("Pt at Pine Hill for 3 wks of rehab after hip fx.", "Pine Hill"),
    ("pt used to live at Bayberry Estates, now with son.", "Bayberry Estates"),
    # (mixed case only: a dialysis chain's name is in the clinical vocabulary, so caseless it names nothing)
    ("HD MWF at Fresenius Brockton, last HD today.", "Fresenius Brockton"),
    # a site's kind written short after its name
    *variants("Transfer from Wrenfield mc for higher level of care.", "Wrenfield mc"),
    *variants("Came from Rosewood nh with uti, foley changed.", "Rosewood nh"),
    *variants("Pt resides at Harborside nh, sent in by staff.", "Harborside nh"),
    *variants("Was at Fernbrook med ctr 5 days, then Fernbrook rehab; now home.", "Fernbrook rehab"),
    *variants("PT WAS AT GOOD HOPE X 1 WK, THEN BRAINTREE REHAB X 2 WKS.", "BRAINTREE REHAB"),
    # found once by its cue, named again in the same note
    *variants("Lines placed at quillmoor, then transferred from Quillmoor MC on pressors.", "quillmoor"),
    # towns after a site or a verb of coming
    *variants("d/c to Aldrich snf in Foxborough on iv ancef.", "Foxborough"),
    *variants("Daughter drove in from Connecticut, pt happy.", "Connecticut"),
    ("Pt prefers Oakhurst near home in weymouth.", "weymouth"),
    # a short street suffix that is a clinical word elsewhere, after an address cue
    *variants("Home address 4 Willow Ct, Stoughton. No elevator.", "4 Willow Ct"),
]

NEGATIVES = [
    # units, levels of care and services after the same cues
    *variants("Transferred to MICU from CCU, then to step-down.", "MICU from CCU, then to step-down"),
    *variants("Transferred to PCU, then via CVVH, K down.", "PCU, then via CVVH"),
    # (mixed case only: on a caseless line spaCy reads the re-cased "Nsicu" as a place, outside these rules)
    ("Transferred to NSICU; spoke w/ team.", "NSICU"),
    *variants("D/c to rehab today, home with VNA after.", "rehab today, home with VNA"),
    *variants("Admitted to 7 North from ED, sent to PACU after.", "7 North from ED, sent to PACU"),
    *variants("Followed by cardiology and heme-onc at this site.", "cardiology and heme-onc"),
    *variants("Pt back to baseline, back to sleep by 2200.", "baseline, back to sleep"),
    # routes, transport and drugs
    *variants("Arrived via EMS, meds via PEG, O2 via NC.", "EMS, meds via PEG, O2 via NC"),
    *variants("Switched back to Lasix 40 daily, changed back to Eliquis.", "Lasix 40 daily, changed back to Eliquis"),
    *variants("Was at Keppra 500 bid before admit.", "Keppra 500"),
    # a service before a short kind; a town before its state code
    *variants("Pt may need acute rehab vs pulm rehab vs snf.", "may need acute rehab vs pulm rehab vs snf"),
    *variants("Neuro rehab consulted; inpt rehab screen done.", "Neuro rehab consulted; inpt rehab"),
    # a sentence that ends in a compass ward before "Rehab"
    *variants("Moved to 6 West. Rehab consulted for gait.", "West. Rehab"),
    # the ER of this hospital, and "the hospital"
    *variants("ER to floor at 2200, ER team aware.", "ER to floor"),
    *variants("Pt resides at home with wife, was at bedside all day.", "home with wife, was at bedside"),
    # an ordinary word after a cue of staying or coming, in posts as in notes
    # (mixed case only: on a caseless line the gazetteer reads "camp" after "at" as the town of Camp)
    ("We stayed at camp all summer, was at Target after.", "camp all summer, was at"),
    *variants("I came home to Chaos and was back to Reading.", "Chaos and was back to Reading"),
    # a CT scan after an address is no street
    *variants("Lives at home. CT head 2 views neg.", "CT head"),
]


@pytest.mark.parametrize(("text", "identifier"), POSITIVES)
def test_when_site_is_named_as_ward_notes_name_it_then_it_is_covered(
    analyzer: TextAnalyzer, text: str, identifier: str
) -> None:
    assert covered(analyzer, text, identifier)


@pytest.mark.parametrize(("text", "look_alike"), NEGATIVES)
def test_when_unit_service_or_route_follows_a_site_cue_then_it_is_left_alone(
    analyzer: TextAnalyzer, text: str, look_alike: str
) -> None:
    assert touching(analyzer, text, look_alike) == []


def test_when_ward_place_notes_scored_then_recall_and_precision_hold(analyzer: TextAnalyzer) -> None:
    """The ward-place tuning notes (cases/places_wards.txt, invented values): a floor per class."""
    metrics = case_file_metrics(analyzer, CASES)
    assert metrics["overall"]["span"]["recall"] >= 0.94
    assert metrics["overall"]["span"]["precision"] >= 0.9
    for entity_type in ("FACILITY", "LOCATION"):
        assert metrics["per_entity_type"][entity_type]["span"]["recall"] >= 0.93, entity_type
