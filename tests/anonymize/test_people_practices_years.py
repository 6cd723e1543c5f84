"""People before their age and sex, by honorific, nickname or alias; years of events; sites ending in an acronym.

"Rm 714  HALLORAN  81F", "Mdm Siti Rohana", 'his friend "Gator"', '"Big Mike" (Michael Oyelaran)', "wife died
2018 per records", "killed in Ramadi 2006", "Previous admission Fountain House 2017", "Pleiku 1969-70", "West
Haven VAMC", "Suffolk County HOC". Look-alikes: a diagnosis or a heading before an age and sex, a chair
addressed as Madam, a quoted word, a role before a name in brackets, a clock time or a reading before a
range, an amount per month, a test or a form named after a US state, a unit's number after a crew word.
All values are invented.
"""

from __future__ import annotations

import pytest

from confide.anonymize.analyzer import TextAnalyzer
from tests.anonymize.conftest import covered, touching

POSITIVES = [
    ("Rm 714   HALLORAN  81F  CAP on CTX/azithro, 2L NC", "HALLORAN"),
    ("Re: WANJIRU NJOROGE, 27 yrs, ID No. 29847113", "WANJIRU NJOROGE"),
    ("Identifying info: Siobhán Ní Bhriain, 41F, MRN 1029384", "Siobhán Ní Bhriain"),
    ("SOAP / S: Mdm Siti Rohana, 63, insomnia.", "Siti Rohana"),
    ("Smt. Lakshmi Rao attended with son.", "Lakshmi Rao"),
    ("Alhaji Musa Bello called twice.", "Musa Bello"),
    ('pt called his friend "Gator" to pick him up.', "Gator"),
    ('bed 11 "Big Mike" (Michael Oyelaran) - DKA, gap closed.', "Big Mike"),
    ("wife died 2018 per records.", "2018"),
    ("buddy killed in Ramadi 2006. Tearful.", "2006"),
    ("Previous admission Fountain House 2017.", "2017"),
    ("Born in Lagos 1961, moved here later.", "1961"),
    ("Army, Pleiku 1969-70, w/ AUD.", "1969-70"),
    ("Referred to SUD clinic at West Haven VAMC. Next appt in May.", "West Haven VAMC"),
    ("Reentry Planning - Suffolk County HOC / Inmate", "Suffolk County HOC"),
]
LOOK_ALIKES = [
    ("Dx Pneumonia, 81F, on CTX.", "Pneumonia"),
    ("ADMITTED 81F FROM HOME", "ADMITTED"),
    ("Female 41F presents with cough.", "Female"),
    # a drug or a brand with its years ("been on X 2 yrs"), one word with years
    ("Been on Ozempic 2 yrs now", "Ozempic"),
    ("On Humira 5 yrs, Mounjaro 1 yr, Vyvanse 3 yrs, Wegovy 2 yrs.", "Wegovy"),
    ("Keto 3 yrs, Nintendo 2 yrs, Peloton 4 yrs, Invisalign 1 yr.", "Invisalign"),
    ("Madam Chair opened the meeting.", "Chair"),
    ('Pt says the "voices" are worse.', "voices"),
    ("Patient (Michael Oyelaran) seen today.", "Patient"),
    ("Rent 2000 per month.", "2000"),
    ("Bolus 1000 per protocol.", "1000"),
    ("Pt died in ICU 2030 per RN.", "2030"),
    ("Boston Naming Test; Wisconsin Card Sorting Test-64", "Wisconsin"),
    ("COMMONWEALTH OF MASSACHUSETTS / DISTRICT COURT", "MASSACHUSETTS"),
    ("MEDIC 12 RUN SHEET", "12"),
    ("Shift 2000-30 ok", "2000-30"),
    ("BP 2011-12 noted", "2011-12"),
]


@pytest.mark.parametrize(("text", "target"), POSITIVES)
def test_when_a_person_practice_or_year_of_an_event_is_written_so_then_it_is_covered(
    analyzer: TextAnalyzer, text: str, target: str
) -> None:
    assert covered(analyzer, text, target)


@pytest.mark.parametrize(("text", "look_alike"), LOOK_ALIKES)
def test_when_a_diagnosis_role_department_amount_or_state_then_it_is_left_alone(
    analyzer: TextAnalyzer, text: str, look_alike: str
) -> None:
    assert touching(analyzer, text, look_alike) == []
