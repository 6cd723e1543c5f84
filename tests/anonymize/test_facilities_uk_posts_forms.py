"""British, Irish and community sites: services, trusts, councils, practices (issue #10).

Mental-health notes and letters from the UK, Ireland, Canada and Australia name their services by
area and kind ("Wexcombe CMHT", "Tenmoor NHS Foundation Trust", "Rochdale Borough Council",
"CAMHS Drogheda"), GP practices by a landmark ("The Limes Surgery"), units and care homes by an
unknown word ("Tarnwick Unit", "Glenmorrow Care Home"), schools by a two-word kind ("Girls' School");
posts name employers after a shift ("shift at Tarvello"), churches in Title Case ("First Methodist")
and saints without the apostrophe ("st marys"). Look-alikes: care units by their kind or short name,
operations, student councils, a law named after a service, shifts at times and places of work in
general. Every value is invented.
"""

from __future__ import annotations

import time

import pytest

from confide.anonymize.analyzer import TextAnalyzer
from tests.anonymize.conftest import covered, touching


def _cased(text: str, target: str) -> list[tuple[str, str]]:
    """``(text, target)`` as written and in capitals (a kind's name needs its capitals: no lower case)."""
    return [(text, target), (text.upper(), target.upper())]


SITES = [
    *_cased("Known to Wexcombe CMHT since the spring, care coordinator on leave.", "Wexcombe CMHT"),
    *_cased("Referrer: Harlowby and Tenmoor NHS Foundation Trust.", "Harlowby and Tenmoor NHS Foundation Trust"),
    *_cased("Letter copied to Pellworth Mental Health NHS Trust records.", "Pellworth Mental Health NHS Trust"),
    *_cased("Advised to present to Rochdale Borough Council housing options.", "Rochdale Borough Council"),
    *_cased("Social worker at Oldham Children's Services will call back.", "Oldham Children's Services"),
    *_cased("Police force: Avon and Somerset Police, officer on scene.", "Avon and Somerset Police"),
    *_cased("Admission to Tarnwick Unit discussed with the family.", "Tarnwick Unit"),
    *_cased("Nursing review - Glenmorrow Care Home, lunch refused.", "Glenmorrow Care Home"),
    *_cased("Registered with Quarlton Vale Practice last year.", "Quarlton Vale Practice"),
    *_cased("Cork - Kettering Mental Health Services intake.", "Kettering Mental Health Services"),
    *_cased("School: Kings Langley Girls' School, Year 9.", "Kings Langley Girls' School"),
    *_cased("GP: Dr Amin, The Limes Surgery, Harlow.", "The Limes Surgery"),
    *_cased("she goes to clinic at Kettering General but only for bloods", "Kettering General"),
    # an Irish or British service by the area after it, in any case
    ("Seen on Thursday at CAMHS Drogheda with mum.", "CAMHS Drogheda"),
    ("seen on thursday at camhs drogheda with mum.", "camhs drogheda"),
    ("SEEN ON THURSDAY AT CAMHS DROGHEDA WITH MUM.", "CAMHS DROGHEDA"),
    # a saint's possessive without its apostrophe, after a negation
    ("mercy or st marys? not st marys. never again", "st marys"),
    ("Not St Marys, the other one.", "St Marys"),
    ("NOT ST MARYS, THE OTHER ONE.", "ST MARYS"),
    # a numbered church in Title Case, a wellness site, a firm, a site in another language
    ("the tuesday meeting at First Methodist on Elm was packed", "First Methodist"),
    ("Brinmoor Wellness runs the thursday group. wanted to check in", "Brinmoor Wellness"),
    ("Records to Marsh & Pellow LLP by Friday.", "Marsh & Pellow LLP"),
    ("Resumed his studies at Universidad de Morelia this term.", "Universidad de Morelia"),
    # an employer after a shift or a redundancy (one unknown word in Title Case)
    ("asleep after a night shift at Tarvello in town. mood ok", "Tarvello"),
    ("Works from home for Quintarra, low mood since the spring.", "Quintarra"),
]

NOT_SITES = [
    # care units by their kind or short name
    ("Admitted to the AMU Unit overnight.", "AMU Unit"),
    ("Admitted to the MAU Unit overnight.", "MAU Unit"),
    ("Moved to the Coronary Care Unit after the angiogram.", "Coronary Care Unit"),
    ("Stepped down to the Stroke Unit on day 3.", "Stroke Unit"),
    # operations and practice in general
    ("The day surgery went well, home by 5.", "day surgery"),
    ("The Knee Surgery Went Well, home by 5.", "Knee Surgery"),
    ("Discussed at The Medical Practice meeting.", "Medical Practice"),
    ("Good Practice guidance was followed.", "Good Practice"),
    ("Goes to Football Practice and Choir Practice on Fridays.", "Football Practice"),
    ("Moved from the Mother and Baby Unit to the Psychiatric Intensive Care Unit.", "Mother and Baby Unit"),
    ("Mental Wellness and Employee Wellness sessions were offered.", "Employee Wellness"),
    ("Known to the Older Adults CMHT since the fall.", "Older Adults CMHT"),
    # councils and services with no area
    ("She was elected to the Student Council this term.", "Student Council"),
    ("Housing Options and Social Services were informed.", "Social Services"),
    # a law named after a service, a ward's acronym after an Irish service
    ("Certified under the BC Mental Health Act today.", "BC Mental Health Act"),
    ("Seen by CAMHS North last week.", "North"),
    ("NHS number checked and NHS App set up.", "NHS App"),
    # a shift at a time or at work in general, apps, acronyms
    ("My shift at work was long, then a shift at Midnight.", "Midnight"),
    ("Works from home for now, on leave till May.", "now"),
    ("Attends DBT on Tuesdays and works at Zoom calls.", "DBT"),
    ("my first baptist experience was odd", "first baptist"),
    # a service's acronym after a group, in any case (from a review)
    ("REFERRED TO OLDER ADULTS CMHT.", "OLDER ADULTS CMHT"),
    ("Referred to Older Adults CMHT.", "Older Adults CMHT"),
    ("referred to older adults cmht.", "older adults cmht"),
]

# Look-alikes a review found tagged: drugs, diagnoses, days, typos and events after a cue of
# work; groups and verbs before a council; feasts; programmes in another language; products; a generation.
REVIEWED = [
    # after "works with" a word names a drug, a diagnosis or a client group, never an employer
    ("She works with Alzheimers patients.", "Alzheimers"),
    ("Worked with Haloperidol before.", "Haloperidol"),
    ("Worked with Buprenorphine clients.", "Buprenorphine"),
    ("Works with Naloxone kits.", "Naloxone"),
    ("Works with Hashimotos.", "Hashimotos"),
    ("Worked with Fibromyalgia patients for years.", "Fibromyalgia"),
    # days and times after a shift or "work from"; an event after a redundancy
    ("shift at Saturdays", "Saturdays"),
    ("Another shift at Tuesdays again.", "Tuesdays"),
    ("work from Mondays only", "Mondays"),
    ("Doing a shift at Tommorow night.", "Tommorow"),
    ("Late shift at Tomorow morning.", "Tomorow"),
    ("Made redundant from Brexit fallout.", "Brexit"),
    # a council or its services with a group or a verb for its area, in Title Case and capitals
    ("Told Union Council about it.", "Union Council"),
    ("Raised with the Student Union Council.", "Student Union Council"),
    ("Contacted Young Carers Social Services.", "Young Carers Social Services"),
    ("CONTACTED YOUNG CARERS SOCIAL SERVICES.", "YOUNG CARERS SOCIAL SERVICES"),
    ("RAISED WITH THE STUDENT UNION COUNCIL.", "STUDENT UNION COUNCIL"),
    # a saint's feast or herb without the apostrophe
    ("went to st patricks day parade", "st patricks"),
    ("WENT TO ST PATRICKS DAY PARADE", "ST PATRICKS"),
    ("St Patricks Day was loud.", "St Patricks"),
    ("st valentines was rough", "st valentines"),
    ("ST VALENTINES WAS ROUGH", "ST VALENTINES"),
    ("ST JOHNS WORT helped a bit.", "ST JOHNS"),
    # a programme, a field or a common word after the preposition of a site in another language
    ("Hospital de Dia program", "Hospital de Dia"),
    ("Clinica de Dolor", "Clinica de Dolor"),
    ("Escuela de Enfermeria", "Escuela de Enfermeria"),
    ("went to the Colegio de Medicos", "Colegio de Medicos"),
    ("Universidad de Verdad", "Universidad de Verdad"),
    # a drug's plan, a piece of furniture
    ("Started Ozempic Wellness plan.", "Ozempic Wellness"),
    ("STARTED OZEMPIC WELLNESS PLAN.", "OZEMPIC WELLNESS"),
    ("Began Wegovy Wellness coaching.", "Wegovy Wellness"),
    ("Bought a new Kallax Unit from Ikea.", "Kallax Unit"),
    ("Ordered a new Hemnes Unit online.", "Hemnes Unit"),
    # a generation, and a title that a numbered church's words open
    ("boomer gen because they", "boomer gen"),
    ("the boomer gen though", "boomer gen"),
    ("First Evangelical Experience", "First Evangelical"),
    ("Second Baptist Revival Night was fun.", "Second Baptist"),
]

# Sites that the fixes for those look-alikes keep.
KEPT = [
    ("Made redundant from Quintarra last year.", "Quintarra"),
    ("Shift at Tarvello, then home.", "Tarvello"),
    ("Letter from Bury Children's Services today.", "Bury Children's Services"),
    ("Called Thames Valley Police.", "Thames Valley Police"),
    ("Born at Hôpital de la Timone in 1990.", "Hôpital de la Timone"),
    ("Studied at Università di Padova.", "Università di Padova"),
    ("Admitted to St Patricks last night.", "St Patricks"),
]


@pytest.mark.parametrize(("text", "target"), SITES)
def test_when_a_site_is_named_by_area_kind_or_cue_then_it_is_covered(
    analyzer: TextAnalyzer, text: str, target: str
) -> None:
    assert covered(analyzer, text, target)


@pytest.mark.parametrize(("text", "look_alike"), NOT_SITES)
def test_when_a_look_alike_names_no_site_then_no_facility_touches_it(
    analyzer: TextAnalyzer, text: str, look_alike: str
) -> None:
    assert [t for t, _ in touching(analyzer, text, look_alike) if t == "FACILITY"] == []


@pytest.mark.parametrize(("text", "look_alike"), REVIEWED)
def test_when_a_reviewed_look_alike_follows_a_cue_or_kind_then_no_facility_touches_it(
    analyzer: TextAnalyzer, text: str, look_alike: str
) -> None:
    assert [t for t, _ in touching(analyzer, text, look_alike) if t == "FACILITY"] == []


@pytest.mark.parametrize(("text", "target"), KEPT)
def test_when_a_site_is_named_beside_those_look_alikes_then_it_stays_covered(
    analyzer: TextAnalyzer, text: str, target: str
) -> None:
    assert covered(analyzer, text, target)


@pytest.mark.parametrize(
    "unit",
    ["Harlowby And Tenmoor Practice Unit Council ", "shift at Tarvello ", "Hôpital de Lyon ", "St Marys "],
)
def test_when_a_long_line_of_title_words_is_read_then_the_facility_patterns_stay_linear(
    analyzer: TextAnalyzer, unit: str
) -> None:
    line = (unit * (10_000 // len(unit) + 1))[:10_000]
    analyzer.analyze(["warm up at Tesco."])
    start = time.perf_counter()
    analyzer.analyze([line])
    assert time.perf_counter() - start < 3
