"""Ages, ids and date look-alikes of dispatch, Commonwealth, chat and report styles (issue #10, fifth round).

Every sentence is invented for these tests; none is taken from a case file. Positives name the type the
span must carry; look-alikes must be left alone by the type named.
"""

from __future__ import annotations

import pytest

from confide.anonymize.analyzer import TextAnalyzer
from tests.anonymize.conftest import covered, touching

# The detector's types of an identifying number; a case file marks them all "ID".
_ID_TYPES = {"ID_NUMBER", "MEDICAL_RECORD_NUMBER", "INSURANCE_ID", "NHS_NUMBER", "US_SSN", "US_DRIVER_LICENSE"}


def _types(analyzer: TextAnalyzer, text: str, value: str) -> set[str]:
    """Types of the spans touching ``value``, every id type read as "ID"."""
    return {"ID" if t in _ID_TYPES else t for t, _ in touching(analyzer, text, value)}

# (text, the value, its type): the value must be covered by a span of that type.
FOUND = [
    # An age with a sex letter opening a triage or dispatch entry.
    ("Triage 0310: 90M ETOH, fell at home.", "90", "AGE"),
    ("CC: 96F fall, hip pain.", "96", "AGE"),
    ("Pt 92F found down by neighbor", "92", "AGE"),
    ("PT 95M FOUND DOWN IN KITCHEN", "95", "AGE"),
    ("PCR: pt is 93F, alert and oriented", "93", "AGE"),
    ("Pt, 94M, from NH", "94", "AGE"),
    ("91F, hx dementia, from home", "91", "AGE"),
    # "Age 93Y": a unit letter glued to the number.
    ("Age 93Y  Sex F  Loc ER", "93", "AGE"),
    ("AGE: 95Y SEX: M", "95", "AGE"),
    ("age 91y, lives alone", "91", "AGE"),
    # Grandparents' pet names and chat spelling.
    ("my pop pop is 94 lol and still drives", "94", "AGE"),
    ("MY MEEMAW IS 93.", "93", "AGE"),
    ("my grandma lives w us. shes 92 and still cooks", "92", "AGE"),
    # A birthday by its ordinal.
    ("my dad's 95th is next month and im stressed", "95", "AGE"),
    ("GRANDPA'S 91ST BIRTHDAY PARTY", "91", "AGE"),
    ("planning her 92nd bday", "92", "AGE"),
    # Health, benefit and licence numbers after their label, a check letter or version code included.
    ("IHI 8003 6012 3456 7890 on file", "8003 6012 3456 7890", "ID"),
    ("ihi: 8003 6099 1122 3344", "8003 6099 1122 3344", "ID"),
    ("CRN 301 442 118J, Centrelink", "301 442 118J", "ID"),
    ("GMS card no. 1234 5678 AB.", "1234 5678 AB", "ID"),
    ("OHIP 1234 567 890 XY, expires soon", "1234 567 890 XY", "ID"),
    # A check letter glued to the last group, in either case (review of the fifth round).
    ("CRN 301 442 118L on the letter", "301 442 118L", "ID"),
    ("crn 208 947 531k", "208 947 531k", "ID"),
    ("Dr Lee, CPSO 77123", "77123", "ID"),
    # A vehicle's plate as one run after "rego".
    ("seen in a ute, rego ABC12D, parked", "ABC12D", "ID"),
    ("silver car, rego WQL318, outside", "WQL318", "ID"),
    # Short labels of report ids before a long number.
    ("Spec 26-4401123 received", "26-4401123", "ID"),
    ("REQ 77-4419023 DRAWN", "77-4419023", "ID"),
    ("tin 12-3456789 on the claim", "12-3456789", "ID"),
    ("Kit 4471-0923 returned", "4471-0923", "ID"),
    ("filed complaint 2025-118-22031 yesterday", "2025-118-22031", "ID"),
]

# (text, the look-alike, a type that must not touch it).
LEFT = [
    ("Temp: 99F, HR 88", "99", "AGE"),
    ("T: 101F oral", "101", "AGE"),
    ("weight 95th percentile for age", "95", "AGE"),
    ("my mom's 90th day sober!!", "90", "AGE"),
    ("rego paid until March", "paid", "ID"),
    ("kit 2 of the set", "2", "ID"),
    ("chief complaint 10 days of cough", "10", "ID"),
    ("Follow up in 6/12 with GP", "6/12", "DATE_TIME"),
    ("REVIEW IN 3/12", "3/12", "DATE_TIME"),
    ("Recheck in 3/12. ECG then.", "3/12", "DATE_TIME"),
    ("f/u in 6/12", "6/12", "DATE_TIME"),
    ("pp 3/52, low mood", "3/52", "DATE_TIME"),
    ("4/52 of poor sleep", "4/52", "DATE_TIME"),
    ("post-partum 6/52, EPDS 14", "6/52", "DATE_TIME"),
    # Review of the fifth round: a temperature, a bed or a lab value with a sex-like letter is no age.
    ("Vitals: 99F", "99", "AGE"),
    ("Pt 98F", "98", "AGE"),
    ("Tmax 101F", "101", "AGE"),
    ("Bed: 92M", "92", "AGE"),
    ("MCV: 92F", "92", "AGE"),
    ("Room: 101F", "101", "AGE"),
    ("Fever: 100F overnight", "100", "AGE"),
    ("99F", "99", "AGE"),
    ("Pt 99F and afebrile", "99", "AGE"),
    ("Triage vitals: 99F", "99", "AGE"),
    ("Vitals -- 98F, 88, 16", "98", "AGE"),
    # An ordinal without a person's birthday is no age.
    ("The 100th birthday of the NHS", "100", "AGE"),
    ("my dad's 99th problem", "99", "AGE"),
    ("Queen's 90th birthday celebrations", "90", "AGE"),
    ("The city's 100th birthday", "100", "AGE"),
    # A next word is no check letter of an id.
    ("OHIP 1234 567 890 PO BID", "PO", "ID"),
    ("CRN 208 947 531 IV fluids", "IV", "ID"),
    ("medical card 12345678 OK", "OK", "ID"),
    ("Health card 1234-567-890 MG daily", "MG", "ID"),
    ("MRN 1234567 PO", "PO", "ID"),
    # Short labels before a quantity or a span of years.
    ("spec 2 tubes", "2", "ID"),
    ("incident 2019-2021", "2019-2021", "ID"),
    ("The complaint 2019-2020 period", "2019-2020", "ID"),
    ("incident 2024-25 year", "2024-25", "ID"),
    ("kit 50000 IU vitamin D", "50000", "ID"),
    ("req 10000 units heparin", "10000", "ID"),
    ("spec 15000 rpm centrifuge", "15000", "ID"),
    # A renewal's year after "rego" is no plate.
    ("REGO DUE 2025", "2025", "ID"),
    ("rego due 2026, paid", "2026", "ID"),
]

# Dates that must stay dates beside the look-alikes above.
STILL_DATES = [
    ("CABG in 6/52, stents later", "6/52"),
    ("seen on 3/12 in clinic", "3/12"),
    # Review of the fifth round: only the weeks' "/52" before "of", "ago" or "post" is a count ...
    ("Hx MI 6/92 post CABG", "6/92"),
    ("Stroke 3/98 of left side", "3/98"),
    # ... and "in 3/12" is a count of months only after a word that books a review.
    ("seen in 3/12 clinic", "3/12"),
    ("born in 3/12", "3/12"),
    ("He had surgery in 4/12 at the hospital", "4/12"),
]


@pytest.mark.parametrize(("text", "value", "kind"), FOUND)
def test_found(analyzer: TextAnalyzer, text: str, value: str, kind: str) -> None:
    assert kind in _types(analyzer, text, value)
    assert covered(analyzer, text, value)


@pytest.mark.parametrize(("text", "value", "kind"), LEFT)
def test_left_alone(analyzer: TextAnalyzer, text: str, value: str, kind: str) -> None:
    assert kind not in _types(analyzer, text, value)


@pytest.mark.parametrize(("text", "value"), STILL_DATES)
def test_still_dates(analyzer: TextAnalyzer, text: str, value: str) -> None:
    assert "DATE_TIME" in _types(analyzer, text, value)
