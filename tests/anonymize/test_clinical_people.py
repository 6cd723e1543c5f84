"""People in nursing notes, dictated documents and psychiatric records: the eighteenth round's tuning sets.

A name after a kin or a role word in notes typed in capitals or in lower case ("WIFE MAY CALLED", "son will
hargreaves in until 2100"); a dictation's initials ("EO/pjh", "XHA:dkp", "MD /jt", "Sonographer: MK"); a signature
before a grade or a role closing a line ("--kt rn", "J. Lindqvist CT2", "Mere Tahana, Crisis Clinician"); a
nickname in brackets after a name ('Gurdeep ("Goldie" to family)', '(aka "D-Money")'); a name's particle ("Riaan du
Toit", "Thangam d/o Muthusamy"); an inverted name whose given name no list holds; a given name beside a detected
family name ("Lily-Mae Thornton"); "<Name> and <Name's> Hospital"; hospitals all of whose words are kinds or places
("University College Hospital"); a pager after "paged @"; a hospital number with a letter of its series.
Look-alikes: the same words as modals, moods and units, fields and results after capitals, lines ending in a grade
that sign nothing, verbs and places beside names, clock times after "@". All values are invented.
"""

from __future__ import annotations

import pytest

from confide.anonymize.analyzer import TextAnalyzer
from tests.anonymize.conftest import covered, touching

POSITIVES = [
    # a name after kin or a role, in capitals or in lower case
    ("WIFE MAY CALLED @ 1430 BY DR. SMITH, SHE MAY BE COMING.", "MAY"),
    ("MOTHER LORRAINE AND FATHER REG SR. IN WAITING ROOM, UPDATED @ 1700.", "LORRAINE"),
    ("MOTHER LORRAINE AND FATHER REG SR. IN WAITING ROOM, UPDATED @ 1700.", "REG"),
    ("DTR SUE @ BEDSIDE, AWARE OF PLAN.", "SUE"),
    ("family: sister ana and nephew tama in this arvo", "tama"),
    ('social: wife rosemary ("ro") and son will hargreaves in until 2100.', "will hargreaves"),
    ("chaplain rev hemi walker contacted via switch ext 4471.", "hemi walker"),
    ("VIETNAMESE INTERPRETER MAI TRAN USED FOR DISCUSSION.", "MAI TRAN"),
    # a dictation's initials and a technician's
    ("Dictated By: Evander Okwuosa, MD\nEO/pjh   DD: 11/29/2092", "EO"),
    ("Dictated By: Evander Okwuosa, MD\nEO/pjh   DD: 11/29/2092", "pjh"),
    ("Ximena Halvorsrud-Achebe, M.D.\nXHA:dkp\ncc: Raymond Bushnell-Kaya, M.D.", "dkp"),
    ("Dictated by: R. Vanstone, MD /jt   Job #: 7781204", "jt"),
    ("Dictated by: J. Walsh, MD\nJW / ss", "ss"),
    ("Signed electronically.\nTR: mb", "mb"),
    ("Referring: Dr. Jocelyn Harkavy.\nSonographer: MK. Reported by Dr. Farida Ouellette-Bashir.", "MK"),
    # a signature before a grade or a role
    ("cath in am w/ dr o'neill, npo after mn, consent signed.\n--kt rn", "kt"),
    ("pt slept well. iv site l fa c/d/i, flushed. nil of note. ht rn", "ht"),
    ("sw to try to locate daughter.\nc. pires rn", "c. pires"),
    ("advised to speak to Dr Bhattacharya tomorrow.\nR. Ní Bhriain SN", "R. Ní Bhriain"),
    ("prolactin 210, lipids ok. will call mum back tmrw. J. Lindqvist CT2", "J. Lindqvist"),
    ("safety plan given, aunt holds his meds.\nMere Tahana, Crisis Clinician", "Mere Tahana"),
    # a nickname in brackets after the name
    ('Pt Dwayne Clarke (aka "D-Money"), prison no. A4821KD.', "D-Money"),
    ('Pt Jayden Kerr (goes by "JK") placed on a transport order.', "JK"),
    ('Pt Ann Smith (aka "Tiny") seen on the wing.', "Tiny"),
    ('Mrs Sandhu says Gurdeep ("Goldie" to family) stopped going.', "Goldie"),
    ('social: wife rosemary ("ro") and son in until 2100.', "ro"),
    # a name's particle
    ("MHCU Riaan du Toit (ID 8703145082087), admitted as assisted user.", "Riaan du Toit"),
    ("Family conference. Pt Mdm Thangam d/o Muthusamy, 79F, late-onset psychosis.", "Thangam d/o Muthusamy"),
    ("Rajesh a/l Murugan, IC 780304-14-6671, moved to Pantai Hospital.", "Rajesh a/l Murugan"),
    # an inverted name after a label, its given name accented and in no list
    ("Patient: Desrosiers-Ngata, Éloïse   Chart #: SHS-00481275", "Desrosiers-Ngata, Éloïse"),
    # the given name beside a detected family name
    ("Tx from Ravenscourt Hospital paeds. Lily-Mae Thornton, 15y, Year 10.", "Lily-Mae Thornton"),
    ("Minor Ava-Rose Delaney. Forwarded to Risk Mgmt.", "Ava-Rose Delaney"),
    # sites joined by "and", a pager, a hospital number's series letter
    ("ED NOTE - Brigham and Women's Hospital\nPt: Margaret Briggs", "Brigham and Women's Hospital"),
    ("Transferred to Chelsea and Westminster Hospital overnight.", "Chelsea and Westminster Hospital"),
    # hospitals all of whose words are kinds or places, from the list of known sites
    ("Transferred to University College Hospital, Ibadan.", "University College Hospital"),
    ("Seen at Institute of Mental Health, Buangkok.", "Institute of Mental Health"),
    # a building society by its town
    ("Mortgage with Leeds Building Society is in arrears.", "Leeds Building Society"),
    ("CHAPLAIN ADAEZE NNAMDI PAGED @ 5512, CAME @ 1330.", "5512"),
    ("Hosp No: UCH/A/093/56621   Age: 7 years", "UCH/A/093/56621"),
]

LOOK_ALIKES = [
    # the same words as modals, moods and deeds
    ("son will be in later. wife may visit.", "will"),
    ("son will be in later. wife may visit.", "may"),
    ("DAUGHTER HCP AND SON POA.", "HCP"),
    ("son will, if needed, take pt home.", "will"),
    ("DAUGHTER WILL @ 1800 PICK UP.", "WILL"),
    ("Her son will, hopefully, visit Sunday.", "will"),
    ("dad tho, he never listened", "tho"),
    ("interpreter punjabi, via phone", "punjabi"),
    # fields, units and results after capitals
    ("Medicare No. 4120 56918 3/2   DVA: nil\nMrs Tran was assessed at home.", "nil"),
    ("Serology: HIV/neg", "neg"),
    ("insulin drip 10 IU/ml", "ml"),
    ("Abx IV/po", "po"),
    ("PMH:htn\nSH:etoh", "htn"),
    ("Seen by MD /pm", "pm"),
    ("Echo: LV normal. MR: trace. TR: mod.", "mod"),
    # lines ending in a grade that sign nothing
    ("Pt seen by PT\nplan: d/c home. pt rn", "pt"),
    ("Report given to oncoming RN\n- reviewed RN", "reviewed"),
    ("Plan: IV abx. dw np\nrecheck K in am", "dw"),
    ("c. diff rn", "diff"),
    ("ugh rn", "ugh"),
    ("Crisis Team, Duty Clinician", "Crisis Team"),
    # quotes in brackets after a name, a Latin phrase after a name, "and" before a site in a clause
    ('Pt Ann Lee ("fine") today.', "fine"),
    ('Pt Ann Lee ("DNR") today.', "DNR"),
    ('Kyle Brown (called "psycho" by peers)', "psycho"),
    ('Alex Reid (goes by "they")', "they"),
    ('Sam Jones (aka "NFA")', "NFA"),
    ("Seen by Dr Patel a/p Tazocin and fluids.", "Tazocin"),
    ("Tom and Royal Free Hospital both called.", "and"),
    ("Mum and Dad took me to Royal Hospital.", "Dad"),
    ("Seen in Cardiology and Women's Hospital.", "Cardiology"),
    # a verb, a country or another language's words beside a name
    ("SARAH SAID SHE WOULD CALL BACK.", "SAID"),
    ("She moved from Toronto Canada last year.", "Canada"),
    ("que tu espíritu sea libre", "que"),
    # a clock time after "@"
    ("DR SMITH PAGED @ 1430, CAME @ 1500.", "1430"),
    ("paged @ 2400 no answer", "2400"),
]


@pytest.mark.parametrize(("text", "target"), POSITIVES, ids=range(len(POSITIVES)))
def test_when_a_person_of_these_styles_is_written_then_it_is_covered(analyzer: TextAnalyzer, text, target):
    assert covered(analyzer, text, target)


@pytest.mark.parametrize(("text", "look_alike"), LOOK_ALIKES)
def test_when_a_look_alike_of_these_styles_is_written_then_nothing_touches_it(analyzer: TextAnalyzer, text, look_alike):
    assert touching(analyzer, text, look_alike) == []
