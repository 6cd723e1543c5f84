"""An acronym a note defines in brackets right after a site's name is the site's: "Hebrew SeniorLife (HSL)".

It is taken where it is defined, when its letters are the name's capitals in order (inner capitals count in a
mixed-case name; a name in capitals gives its words' first letters). Look-alikes, many from this round's reviewers:
a unit, a test or a state's code in brackets after a hospital ("Mass General (MICU)", "MERCY HOSPITAL (MRI)", "New
Hampshire Hospital (NH)"), and the same letters later in the note, where they are a test, a dose's timing or a
finding ("UDS positive", "25 mg BID", "known CAD"). All values are invented.
"""

from __future__ import annotations

import pytest

from confide.anonymize.analyzer import TextAnalyzer
from tests.anonymize.conftest import covered, touching

POSITIVES = [
    ("Works as a CNA at Hebrew SeniorLife (HSL), nights.", "HSL"),
    ("Seen at Corbin Valley Hospital (CVH) last year.", "CVH"),
    ("Seen at Corbin Valley Hospital (CV) last year.", "CV"),
    ("Pt transferred from Beth Israel Deaconess (BID) after NSTEMI.", "BID"),
    ("Pt transferred from UMass Memorial (UMM) for ECMO eval.", "UMM"),
]

LOOK_ALIKES = [
    ("Admitted to Mass General (MICU) overnight for airway watch.", "MICU"),
    ("Seen at Lakeview Hospital (ED) then discharged home.", "ED"),
    ("Seen at Lakeview Hospital (LH) in May. Labs: LH 6.1, FSH 8.", "LH 6.1"),
    ("Seen at Lakeview Hospital (CBC pending) in May.", "CBC"),
    ("TRANSFERRED FROM MERCY HOSPITAL (MRI DONE). REPEAT MRI TODAY.", "MRI DONE"),
    ("TRANSFERRED FROM MERCY HOSPITAL (MRI). REPEAT MRI TODAY.", "(MRI)"),
    ("PT FROM SALEM HOSPITAL (SAH) FOR NSGY EVAL.", "SAH"),
    ("FROM MAINE MEDICAL CENTER (ME) VIA LIFEFLIGHT.", "(ME)"),
    ("Committed to New Hampshire Hospital (NH) last spring.", "(NH)"),
    ("Labs at UMass Memorial Diagnostic Services (UDS). UDS positive for fentanyl.", "UDS positive"),
    ("Pt transferred from Beth Israel Deaconess (BID). Metoprolol 25 mg BID.", "BID."),
    ("Cardiovascular Associates of Denver (CAD) follows. Known CAD, s/p PCI.", "CAD,"),
]


@pytest.mark.parametrize(("text", "target"), POSITIVES, ids=range(len(POSITIVES)))
def test_when_note_defines_a_sites_acronym_then_it_is_covered(analyzer: TextAnalyzer, text: str, target: str) -> None:
    assert covered(analyzer, text, target)


@pytest.mark.parametrize(("text", "look_alike"), LOOK_ALIKES)
def test_when_brackets_or_later_letters_only_look_like_a_sites_acronym_then_no_site_is_reported(
    analyzer: TextAnalyzer, text: str, look_alike: str
) -> None:
    assert [t for t, _ in touching(analyzer, text, look_alike) if t == "FACILITY"] == []
