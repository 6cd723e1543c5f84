"""Places, postcodes, phones, streets and ids as notes outside the US and the UK write them.

States, provinces, counties and regions of every country (ISO 3166-2, ``pycountry``), with the Irish
"County"/"Co." before them; a five- or six-digit postcode after a detected town; a mobile's digits after
"HP"/"Mob"; Malay streets ("No. 23, Jalan Ipoh Kecil", "28 Lorong Kampung Jawa 3"); ids after a national
acronym ("UHID", "CNIC") and ids opened by a hospital's letters and slashes ("Folder no. KBTH/PSY/2211/19").
Look-alikes: a language named like a region, a year or an amount after a town, a mobility note, a score
after a slash. All values are invented.
"""

from __future__ import annotations

import pytest

from confide.anonymize.analyzer import TextAnalyzer
from confide.anonymize.lexicon import load_lexicon
from confide.anonymize.recognizers.place_gazetteer import places_with_small_towns
from confide.anonymize.recognizers.town_list import subdivision_names
from tests.anonymize.conftest import covered, touching, variants

POSITIVES = [
    ("Grew up in Ontario, family still in Manitoba.", "Manitoba"),
    ("She is from County Donegal originally.", "County Donegal"),
    ("Family farm in Co. Westmeath, moved to the city.", "Co. Westmeath"),
    ("Moved from Sydney to Queensland for work.", "Queensland"),
    ("grew up in tasmania, now on the mainland", "tasmania"),
    ("Family in Gauteng; she moved here alone.", "Gauteng"),
    ("Addr: Blk 412 Hougang Ave 10, Singapore 530412", "530412"),
    ("Malleswaram, Bengaluru - 560003", "560003"),
    ("Lives in Chennai, 600040.", "600040"),
    ("HP: 9127 4408 / seen in the ED", "9127 4408"),
    ("Mob: 94481 20377", "94481 20377"),
    ("UHID 2231-0448-97 / c/o poor sleep", "2231-0448-97"),
    ("CNIC 35202-4471839-5, House 17.", "35202-4471839-5"),
    ("Folder no. KBTH/PSY/2211/19 / Presenting problem", "KBTH/PSY/2211/19"),
    ("Card no. LUTH/1447832.", "LUTH/1447832"),
    ("Hosp no. OAU-THC 22/1149. Post-op day 2.", "OAU-THC 22/1149"),
    ("complaint no. ARC/2024/118.", "ARC/2024/118"),
    ("living at No. 23, Jalan Ipoh Kecil, 50350 Kuala Lumpur.", "No. 23, Jalan Ipoh Kecil"),
    ("Lives 28 Lorong Kampung Jawa 3, Bayan Lepas, 11900.", "28 Lorong Kampung Jawa 3"),
]
LOOK_ALIKES = [
    ("Somali interpreter used for the visit.", "Somali"),
    ("Stool Shiga toxin negative, C diff neg.", "Shiga"),
    ("Mob: 2 x assist, 10 m with frame.", "2 x assist"),
    ("HP 12 10 2024 noted in the chart.", "12 10"),
    ("Ref: GCS/15 on arrival.", "GCS/15"),
    ("No BO/72hrs, abdomen soft.", "BO/72hrs"),
    ("Given no. 2, via the NG tube.", "no. 2, via"),
    # review: lower-case words and spaces after a slash, a nicotine patch, a survey, a count before "Via"
    ("Bowels: no BO/72hrs since Monday 2024 per nursing.", "BO/72hrs"),
    ("Ref: BP/140 90 recorded at 1400 today.", "BP/140 90"),
    ("NIC 21 mg patch from last week.", "21"),
    ("NHIS 2019 data showed a rise in cases.", "2019"),
    ("Send 3, Via Zoom Meeting later.", "3, Via Zoom"),
]

# A year or an amount after a town is no postcode (the year may be a date of the person's life).
NOT_POSTCODES = [
    ("Moved to Chennai 2019, works nights.", "2019"),
    ("Drove from Kisumu - 120000 shillings spent.", "120000"),
    ("Moved to Boston 02118-3301 last year.", "02118-3301"),
    ("Salary in Dublin 45000/yr is not enough.", "45000"),
]


@pytest.mark.parametrize(("text", "target"), POSITIVES)
def test_when_a_place_postcode_phone_or_id_is_written_as_abroad_then_it_is_covered(
    analyzer: TextAnalyzer, text: str, target: str
) -> None:
    assert covered(analyzer, text, target)


@pytest.mark.parametrize(("text", "target"), [v for pair in POSITIVES[:4] for v in variants(*pair)][3:])
def test_when_a_region_is_written_in_any_case_after_a_cue_then_it_is_covered(
    analyzer: TextAnalyzer, text: str, target: str
) -> None:
    assert covered(analyzer, text, target)


@pytest.mark.parametrize(("text", "look_alike"), LOOK_ALIKES)
def test_when_a_language_year_amount_mobility_or_score_then_it_is_left_alone(
    analyzer: TextAnalyzer, text: str, look_alike: str
) -> None:
    assert touching(analyzer, text, look_alike) == []


@pytest.mark.parametrize(("text", "number"), NOT_POSTCODES)
def test_when_a_year_amount_or_zip_follows_a_town_then_no_postcode_after_place(
    analyzer: TextAnalyzer, text: str, number: str
) -> None:
    assert ("ZIP_CODE", "PostcodeAfterPlace") not in touching(analyzer, text, number)


def test_when_subdivisions_are_read_then_brackets_and_alternatives_are_split_and_languages_dropped() -> None:
    names = set(subdivision_names())
    assert {"Queensland", "Gauteng", "Westmeath", "Elgeyo", "Marakwet", "Isle of Anglesey"} <= names
    assert not any("[" in n or "(" in n for n in names)
    assert "Somali" not in names
    places = places_with_small_towns(load_lexicon())
    assert ("gauteng",) in places["gauteng"]
    assert ("free", "state") not in places.get("free", ())  # English words with no place word are never added
