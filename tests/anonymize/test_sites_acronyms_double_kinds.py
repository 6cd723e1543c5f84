"""Sites as real notes shorten and name them: an acronym the note defines, a nursing home's two kinds, an agency.

An acronym in brackets right after a site's name ("Hebrew SeniorLife (HSL)") is the site's, there and (with three
letters or more) wherever the note repeats it; a home named by an English word before "Nursing & Rehab" or
"Health & Rehab" ("Hellenic Nursing & Rehab"); a home-care agency by its name and "Care Services". Look-alikes: a
unit in brackets after a hospital ("(MICU)"), a two-letter acronym that is also a test ("LH") elsewhere in the
note, letters that are not the name's capitals, nursing and rehab as a level of care, a doctor's name before the
kinds. All values are invented.
"""

from __future__ import annotations

import pytest

from confide.anonymize.analyzer import TextAnalyzer
from tests.anonymize.conftest import covered, touching

POSITIVES = [
    ("Seen at Corbin Valley Hospital (CVH) last year.", "CVH"),
    ("Seen at Corbin Valley Hospital (CV) last year.", "CV"),
    ("Pt came from Hellenic Nursing & Rehab in Canton.", "Hellenic Nursing & Rehab"),
    ("Pt's SNF Blue Hills Health & Rehab unable to take her back.", "Blue Hills Health & Rehab"),
    ("Discharged to Golden Meadow Health and Rehabilitation on 3/4.", "Golden Meadow Health and Rehabilitation"),
    ("Whitcombe Care Services called re: home health aide hours.", "Whitcombe Care Services"),
]

# The acronym again later in the note: every occurrence is covered.
REPEATED = [
    ("Works as a CNA at Hebrew SeniorLife (HSL). HSL called re: her shifts.", "HSL"),
    ("Transferred from Lakeview Regional Hospital (LRH) for cath. LRH records faxed.", "LRH"),
]

LOOK_ALIKES = [
    ("Admitted to Mass General (MICU) overnight for airway watch.", "MICU"),
    ("Seen at Lakeview Hospital (ED) then discharged home.", "ED"),
    ("Seen at Lakeview Hospital (LH) in May. Labs: LH 6.1, FSH 8.", "LH 6.1"),
    ("Seen at Lakeview Hospital (CBC pending) in May.", "CBC"),
    ("Seen at Lakeview Hospital (XR) in May.", "XR"),
    ("may need nursing & rehab after discharge", "nursing & rehab"),
    ("Home care services were offered and declined.", "Home care services"),
]


@pytest.mark.parametrize(("text", "target"), POSITIVES, ids=range(len(POSITIVES)))
def test_when_site_is_shortened_or_named_by_two_kinds_then_it_is_covered(
    analyzer: TextAnalyzer, text: str, target: str
) -> None:
    assert covered(analyzer, text, target)


@pytest.mark.parametrize(("text", "acronym"), REPEATED, ids=range(len(REPEATED)))
def test_when_note_repeats_a_defined_acronym_then_every_occurrence_is_covered(
    analyzer: TextAnalyzer, text: str, acronym: str
) -> None:
    spans = analyzer.analyze([text])[0]
    starts = [i for i in range(len(text)) if text.startswith(acronym, i)]
    assert len(starts) == 2
    assert all(any(s.start <= i and i + len(acronym) <= s.end for s in spans) for i in starts)


@pytest.mark.parametrize(("text", "look_alike"), LOOK_ALIKES, ids=range(len(LOOK_ALIKES)))
def test_when_brackets_hold_a_unit_or_a_test_then_no_site_is_reported(
    analyzer: TextAnalyzer, text: str, look_alike: str
) -> None:
    assert [t for t, _ in touching(analyzer, text, look_alike) if t == "FACILITY"] == []
