"""Sites, towns, workers and secrets as quick notes, texts and posts type them: in lower case and shorthand.

A chain in lower case after "at", "from" or "at the" ("fell at timmies", "meds from the cvs on archer"), one that is
also a word after a cue of work ("mom works at target"), a clinic or school before its shorthand kind ("grand blvd
hc", "jfk middle", "salford uni"), a hospital by its city's nickname or initials ("in the royal for a fortnight", "at
the kgh er"), a branch's town after the site ("the loeb in vanier"), a home carer's first name after the role ("psw
tamara"), a keypad's or a lock's code, an elder's age said with a birthday or a role. Every value is invented.
"""

from __future__ import annotations

import pytest

from confide.anonymize.analyzer import TextAnalyzer
from tests.anonymize.conftest import covered, touching

COVERED = [
    ("fell at timmies last wk, no fx.", "timmies"),
    ("meds from the walgreens on archer, pillbox set up.", "walgreens"),
    ("stacks shelves nights at the aldi in castletroy.", "aldi"),
    ("mom works at target — back in 6 wks.", "target"),
    ("i work at intel in hillsboro and i'm falling apart.", "intel"),
    ("o2 via concentrator from lincare, backup tanks x4.", "lincare"),
    ("aide from bayada clocked in 0802.", "bayada"),
    ("gets groceries at fortinos most weeks.", "fortinos"),
    ("pcp dr haskins at grand blvd hc, within 7 days.", "grand blvd hc"),
    ("7th grader at lincoln elem, doing ok.", "lincoln elem"),
    ("pt used to teach at wellington high.", "wellington high"),
    ("therapist from hill st mhc called back.", "hill st mhc"),
    ("gp at sockburn medical referred him.", "sockburn medical"),
    ("studying at salford uni since sept.", "salford uni"),
    ("finished 2nd yr at u of t then dropped out.", "u of t"),
    ("works weekends while studying at uni of galway.", "uni of galway"),
    ("church: naenae sda, elders visit.", "naenae sda"),
    ("respite booked at selwyn village from monday.", "selwyn village"),
    ("dad's been in the royal for a fortnight.", "royal"),
    ("waited 9 hrs in the emerg at the jewish last week.", "jewish"),
    ("seen in the kgh er, no fx.", "kgh"),
    ("transfer to sjgh once cleared.", "sjgh"),
    ("he loads trucks at the fedex depot nights.", "fedex depot"),
    ("worked at the loeb in vanier until he lost his housing.", "loeb"),
    ("worked at the loeb in vanier until he lost his housing.", "vanier"),
    ("works 2nd shift at the tyson plant in tracy, MO.", "tracy"),
    ("meeting in the basement of st paul's lutheran on weds.", "st paul's lutheran"),
    ("psw tamara from bayshore comes am/pm.", "tamara"),
    ("aide esperanza (agency) bathes m/w/f.", "esperanza"),
    ("case opened by cm ruth on 4/2.", "ruth"),
    ("husb rick changed the door code.", "rick"),
    ("garage keypad 0619, grab bars in.", "0619"),
    ("locker combo 14-32-08 on file.", "14-32-08"),
    ("back door combo 2-7-1-1, key under mat.", "2-7-1-1"),
    ('wifi pw for the telehealth tablet "Spruce!44".', "Spruce!44"),
    ("Door entry code 2580 for the flat.", "2580"),
    ("Occupant, male, ninety-three, found on floor.", "ninety-three"),
    ("Resident will be 95 on the 20th, family coming.", "95"),
    ("Pt is 94 and still does the crossword daily.", "94"),
    ("rang re resident Mrs Edna Vowles, 99 next month.", "99"),
    ("daughter jasmine in spokane, not involved.", "spokane"),
    ("Moved from selwyn village 2023. Hgb 108.", "2023"),
]


@pytest.mark.parametrize(("text", "identifier"), COVERED)
def test_when_a_site_a_worker_a_code_or_an_age_is_typed_in_shorthand_then_it_is_covered(
    analyzer: TextAnalyzer, text: str, identifier: str
) -> None:
    assert covered(analyzer, text, identifier)


LOOK_ALIKES = [
    ("baby's target weight to regain birth weight by day 10.", "target"),
    ("He has a 0.8 x 0.6 cm pearly papule on the ala.", "pearly"),
    ("pt able to wash and dress with prompts.", "wash"),
    ("rhythm went from sinus to tach overnight.", "tach"),
    ("reviewed with bp high, rn aware.", "bp high"),
    ("lac to rt middle finger, sutured.", "rt middle"),
    ("transfer to ip bh once cleared.", "ip bh"),
    ("handed over to hca, obs repeated.", "hca"),
    ("tired from the ups and downs of recovery.", "ups"),
    ("nurse to wean o2 for target.", "target"),
    ("Pt moved from saline to Hartmann's overnight.", "saline"),
    ("seen by Riverside CMHT depot nurse today.", "depot"),
    ("psw mane and nocte.", "mane"),
    ("charge entry code 90837 for session.", "90837"),
    ("resident exited via keypad 911 call made.", "911"),
    ("pt was 92 on the 2nd set of obs, 95 after.", "92"),
    ("Occupant, female, one hundred and two pounds.", "one hundred"),
    ("in the general population risk is low.", "general"),
    ("admitted to the royal family's estate? no, joke.", "royal"),
    ("went to the high street for bread.", "high"),
    ("referred to mental health for review.", "mental health"),
    ("at least primary care is involved.", "primary"),
    ("pmh: pph after 2nd delivery, transfused x2.", "pph"),
    ("combo of meds reviewed at the keypad, bp 120/80.", "120/80"),
    ("took the boots off at the door.", "boots"),
    ("lunch at the cafe in town, then home.", "cafe"),
    ("met him at the casino in reno last year.", "casino"),
    ('told to "just go to the job centre" again.', "job centre"),
    ("my friend from back an elementary invited me.", "elementary"),
    ("tempted to drop down my health insurance plan.", "health"),
    ("stayed at her sister's lodge for the weekend.", "lodge"),
    ("the aide is off today, family covering.", "aide"),
    ("He is 95 and still does not tolerate sats below 90 on air.", "95"),
    ("hit the target of 7 hrs sleep most nights.", "target"),
]


@pytest.mark.parametrize(("text", "look_alike"), LOOK_ALIKES)
def test_when_a_look_alike_is_typed_in_shorthand_then_nothing_touches_it(
    analyzer: TextAnalyzer, text: str, look_alike: str
) -> None:
    assert touching(analyzer, text, look_alike) == []
