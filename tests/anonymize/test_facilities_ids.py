"""Facilities, organisations and identifying numbers in notes, in upper, lower and mixed case.

Hospitals written short ("gen hosp", "Med Ctr", "<Name> General"), practices, labs, clubhouses and
home-care agencies named by their kind; employers, labs, pharmacies and outside hospitals found by
what ties the patient to them ("works at", "employed by", "labs drawn at", "Pharmacy:", "OSH (").
Look-alikes: drug and device brands, eponyms with a finding, volumes before a device, care units,
and "home", "bedside", "the hospital cafeteria", "the VA clinic" after the same cues. All values are
invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from confide.anonymize.analyzer import TextAnalyzer
from tests.anonymize.conftest import case_file_metrics, covered, touching, variants

CASES = Path(__file__).parent / "cases" / "facilities_ids.txt"

POSITIVES = [
    # hospitals written short, practices, labs, clubhouses, agencies
    *variants("Hx of admit at Brightwater Gen Hosp for w/d.", "Brightwater Gen Hosp"),
    *variants("Records faxed to Harrowgate General at 1400.", "Harrowgate General"),
    *variants("Brought to Tillbury Med Ctr by EMS.", "Tillbury Med Ctr"),
    *variants("Followed by Quarry Hill Family Practice.", "Quarry Hill Family Practice"),
    *variants("Path sent to Trevanion Diagnostics.", "Trevanion Diagnostics"),
    *variants("Set up with Elmstead VNA for dressings.", "Elmstead VNA"),
    *variants("Goes to Northgate Clubhouse three days a week.", "Northgate Clubhouse"),
    # organisations found by what ties the patient to them
    *variants("Works at Pembrook Textiles as a forklift operator.", "Pembrook Textiles"),
    *variants("Pt employed by Haskins & Drury, stress at work.", "Haskins & Drury"),
    *variants("Works as a cashier at Dellmont Foods, part time.", "Dellmont Foods"),
    *variants("Retired from Quincey Shipyard, lives alone.", "Quincey Shipyard"),
    *variants("Labs drawn at Corvale Labs last week.", "Corvale Labs"),
    *variants("Pharmacy: Dunstan Drug, refills sent.", "Dunstan Drug"),
    *variants("PCP is at Ashgrove Internal Medicine.", "Ashgrove Internal Medicine"),
    *variants("Seen at OSH (Kestler Memorial), CT neg.", "Kestler Memorial"),
    # identifying numbers
    *variants("Covering md pager 4-2217 overnight.", "4-2217"),
    *variants("Medicare # 1EG4-TE5-MK72 on file.", "1EG4-TE5-MK72"),
    *variants("Rx # 6620184 called in.", "6620184"),
    *variants("Case no. 24-CR-1188 per probation.", "24-CR-1188"),
]

NEGATIVES = [
    # the same cues with no name after them
    *variants("Works at home as an accountant.", "home as an accountant"),
    *variants("Labs drawn at bedside, CBC and BMP sent.", "bedside, CBC and BMP"),
    *variants("Works at the hospital cafeteria on weekends.", "hospital cafeteria on weekends"),
    *variants("Followed at the VA clinic, seen in the ED.", "VA clinic"),
    *variants("Pharmacy: to be confirmed with pt.", "to be confirmed"),
    *variants("D/c home with VNA, may need acute rehab vs SNF.", "VNA, may need acute rehab vs SNF"),
    # care units, devices after a volume, eponyms with a finding
    *variants("Pt to MICU from CCU overnight.", "MICU from CCU"),
    *variants("Voided 300 cc. Pleurx drained 500 cc. Dobhoff in place.", "Pleurx drained 500 cc. Dobhoff"),
    *variants("Babinski neg, Romberg neg. Hx Hashimoto's, on levothyroxine.", "Babinski neg"),
    *variants("Babinski neg, Romberg neg. Hx Hashimoto's, on levothyroxine.", "Hashimoto's"),
    # drug and device brands, labs, general words
    *variants("On Coumadin, INR 2.8; Medtronic pacer interrogated.", "Coumadin, INR 2.8; Medtronic"),
    *variants("General appearance: NAD. Attorney General's office called.", "General appearance"),
]


@pytest.mark.parametrize(("text", "identifier"), POSITIVES)
def test_when_facility_or_id_in_a_note_then_it_is_covered(analyzer: TextAnalyzer, text: str, identifier: str) -> None:
    assert covered(analyzer, text, identifier)


@pytest.mark.parametrize(("text", "look_alike"), NEGATIVES)
def test_when_facility_look_alike_then_it_is_left_alone(analyzer: TextAnalyzer, text: str, look_alike: str) -> None:
    assert touching(analyzer, text, look_alike) == []


def test_when_facility_and_id_notes_scored_then_recall_and_precision_hold(analyzer: TextAnalyzer) -> None:
    """The facility/id tuning notes (cases/facilities_ids.txt, invented values): a floor per class."""
    metrics = case_file_metrics(analyzer, CASES)
    assert metrics["overall"]["span"]["recall"] >= 0.97
    assert metrics["overall"]["span"]["precision"] >= 0.9
    for entity_type in ("FACILITY", "ID"):
        assert metrics["per_entity_type"][entity_type]["span"]["recall"] >= 0.95, entity_type
