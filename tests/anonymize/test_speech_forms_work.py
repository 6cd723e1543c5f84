"""Speech, questionnaires and occupational and addiction services: the ninth round's tuning sets.

Identifiers said aloud as speech recognition writes them (numbers, dates, postcodes, streets, e-mail
addresses, links and user names in words; names spelled letter by letter), names in lower case where a
call or a dictation frames them, British practices in lower case, trade unions' locals and branches,
sober-living houses and recovery residences, addiction and gambling services and employers by name,
research participants' and employees' numbers after short labels, a name with the family name first
after a label or before a record's field, a name after a social worker's, a pharmacist's or a screener's
title, and elders' ages in words. Look-alikes: counting aloud, lists of scores and readings, amounts, ages
before "year old", a year before minutes, quantities, vital signs and scales said as letters, clinical
letters and drugs spelled out, a homepage, ordinary days and years, "may" the verb, surgery of a body part
or by its letters, acronyms before "Local" or "Branch" that are no union, terms of address, virtues that
are also names, a caller's small talk, counts after the short labels, a diagnosis, a unit, an insurer or
a state where a name would stand, a leukaemia's old name and a reaction. All values are invented.
"""

from __future__ import annotations

import pytest

from confide.anonymize.analyzer import TextAnalyzer
from confide.anonymize.recognizers.spoken_numbers import number_runs
from confide.anonymize.recognizers.spoken_spellings import spoken_spellings
from tests.anonymize.conftest import covered, touching

READINGS = [
    ("oh seven seven double four one nine three oh six two", "07744193062", ""),
    ("seven one eight, four four oh, two nine nine one", "7184402991", ""),
    ("nineteen sixty seven", "1967", ""),
    ("two thousand and eight", "2008", ""),
    ("oh four oh seven two thousand one", "04072001", ""),
    ("four oh one eight four five eleven hundred", "4018451100", ""),
    ("two four r o one one eight seven three", "24011873", "r"),
    ("four five three two dash eight eight one dash nine oh four dash k t", "4532881904", "kt"),
    ("9 1 7 2 4 4 0 3 8 0 1", "91724403801", ""),
    ("two thousand oh five", "2005", ""),
    ("one hundred thousand", "100000", ""),
]


@pytest.mark.parametrize(("said", "digits", "letters"), READINGS)
def test_when_a_number_is_said_in_words_then_it_reads_as_its_digits(said: str, digits: str, letters: str) -> None:
    runs = list(number_runs(f"it is {said} ok", letters=True))
    assert [(r.digits, r.letters) for r in runs] == [(digits, letters)]


WRITTEN = ["s41598-018-22271-3", "call 505.298.7206 x200", "a 1997 F150", "6.1 x 4.8 x 3.0 cm"]


@pytest.mark.parametrize("written", WRITTEN)
def test_when_a_number_is_written_in_digits_then_no_spoken_run_is_read(written: str) -> None:
    assert list(number_runs(written, letters=True)) == []


NO_ADDRESS = ["she works at mail dot com", "the address is at the bottom of the letter at gov dot uk"]


@pytest.mark.parametrize("said", NO_ADDRESS)
def test_when_at_and_dot_are_said_without_a_mail_address_then_no_email_is_read(said: str) -> None:
    assert [found for found in spoken_spellings(said) if found[0] == "EMAIL_ADDRESS"] == []


POSITIVES = [
    ("caller yeah my number's oh seven seven double four one nine three oh six two listener thanks",
     "oh seven seven double four one nine three oh six two"),
    ("a callback number in case we get disconnected? CALLER: It's seven one eight, four four oh, two nine nine one.",
     "seven one eight, four four oh, two nine nine one"),
    ("please call me at four oh one eight four five eleven hundred extension two two seven thanks",
     "four oh one eight four five eleven hundred extension two two seven"),
    ("please call me at four oh one eight four five eleven hundred extension forty", "extension forty"),
    ("call me back on five five five, twelve thirty four thanks", "five five five, twelve thirty four"),
    ("she was born nineteen sixty seven in cork", "nineteen sixty seven"),
    ("reference member ID 9 1 7 2 4 4 0 3 8 0 1. Thank you.", "9 1 7 2 4 4 0 3 8 0 1"),
    ("client arjun thiruchelvam health card number four five three two dash eight eight one dash nine oh four "
     "dash k t lives with parents", "four five three two dash eight eight one dash nine oh four dash k t"),
    ("the paper says two four r o one one eight seven three at the top", "two four r o one one eight seven three"),
    ("can you confirm your date of birth for me [speaker 2] six twelve ninety eight [speaker 1] great",
     "six twelve ninety eight"),
    ("date of birth april nineteenth nineteen sixty seven medical record", "april nineteenth nineteen sixty seven"),
    ("intake worker and date of birth client third of march nineteen eighty two", "third of march nineteen eighty two"),
    ("he stopped taking abilify in august of twenty twenty five after", "august of twenty twenty five"),
    ("i'm from venezuela i came here in twenty nineteen and my mom", "twenty nineteen"),
    ("we moved to houston when i was twelve in like two thousand and eight cause", "two thousand and eight"),
    ("last drink was thanksgiving day twenty twenty five no withdrawal", "thanksgiving day twenty twenty five"),
    ("the d b t skills group starts on the fourteenth it's tuesdays six to seven", "the fourteenth"),
    ("call handler and the postcode caller c f twenty four three j l it's in splott", "c f twenty four three j l"),
    ("at eighty eight willow brook lane brattleboro vermont zero five three zero one works",
     "zero five three zero one"),
    ("caller i'm at two fifty five west fifty sixth street apartment four d in manhattan",
     "two fifty five west fifty sixth street apartment four d"),
    ("the first line of the address caller flat nine forty two gravelly hill north in erdington",
     "flat nine forty two gravelly hill north"),
    ("sitting in my car outside my place on twelve forty pleasant street in worcester", "twelve forty pleasant street"),
    ("you can email me it's jay dot moreno at gmail dot com", "jay dot moreno at gmail dot com"),
    ("what email is good for you caller uh it's lonely rider seventy seven at hotmail dot com all one word",
     "lonely rider seventy seven at hotmail dot com"),
    ("you can email me at t dot whitcombe at lighthouse recovery dot org or just call",
     "t dot whitcombe at lighthouse recovery dot org"),
    ("i shared it it's gofundme dot com slash f slash bring rafa home right anyway call me",
     "gofundme dot com slash f slash bring rafa home"),
    ("the latest one is deshawn underscore real underscore two two on instagram",
     "deshawn underscore real underscore two two"),
    ("COUNSELOR: Can you spell your last name? CALLER: Yeah, it's K-O-W-A-L-S-K-I. Kowalski.", "K-O-W-A-L-S-K-I"),
    ("it's doctor wojciechowski i can't say it either it's like w o j c i e c h o w s k i everybody",
     "w o j c i e c h o w s k i"),
    ("hey tash it's mel um i just wanted to say i saw the gofundme", "tash"),
    ("hey tash it's mel um i just wanted to say i saw the gofundme", "mel"),
    ("hey priya it's josh from the bridgeway intake team um i got your message", "josh"),
    ("thanks for calling the warm line you've got bree who am i talking to", "bree"),
    ("new client dictation client arjun thiruchelvam health card number", "arjun thiruchelvam"),
    ("your gp client doctor mcgillivray at ashgrove surgery in paisley", "ashgrove surgery"),
    ("Client phoned his union rep (IBEW Local 213) re: STD benefits.", "IBEW Local 213"),
    ("Teamsters Local 710 — Re: Grievance #G-26-0147", "Teamsters Local 710"),
    ("UNISON Glasgow City Branch\nDear Ms Haddow,", "UNISON Glasgow City Branch"),
    ("Weekly keywork – Phoenix Futures Sheffield. Resident: Callum Rees.", "Phoenix Futures Sheffield"),
    ("House mtg – Serenity Ridge Sober Living, 88 Alder St, Eugene OR 97401.", "Serenity Ridge Sober Living"),
    ("moved into harborview sober living last week", "harborview sober living"),
    ("Wayne Pilkington referred to CGL by his GP.", "CGL"),
    ("Merchants Quay Ireland – drop-in. Client seen.", "Merchants Quay Ireland"),
    ("Dept: Signalling, Network Rail\nLine manager: G. Pughe", "Network Rail"),
    ("CRF pg 6 note: ppt NIM/DEP/2024/118 visit 3 done.", "NIM/DEP/2024/118"),
    ("Early term CRF — Subj 1043-017 lost to f/u.", "1043-017"),
    ("Oliwia Zielińska (emp 55120) is due back Monday.", "55120"),
    ("Peter Mavroudis (staff 470215) had a critical incident.", "470215"),
    ("sent 2025/01/09, conf # CAbJ7xTm4Q.", "CAbJ7xTm4Q"),
    ("INTAKE FORM p.1 Name: GUTIERREZ, ANA LUCIA DOB: 07/22/1968", "GUTIERREZ, ANA LUCIA"),
    ("0520 troponin 1.84 on LAMBERT, GRACE MRN 7730-2290 called to Dr Sage.", "LAMBERT, GRACE"),
    ("SCHED NOTE: pt okafor, chidi called to cancel Thurs group", "okafor, chidi"),
    ("Hematology mccreary, rose   mrn 3320987   collected 12-1", "mccreary, rose"),
    ("Left VM for callback. Screener: Jess M.", "Jess"),
    ("sertraline 100 mg tab #30 verified by RPh Kim, picked up 3:40p", "Kim"),
    ("insurance may limit. SW Dawn to start bed search in am.", "Dawn"),
    ("His grandmother, ninety-one, sent a letter that was read in group.", "ninety-one"),
    ("shes 89 herself. Im ninety-two and still do my own shopping", "ninety-two"),
]

LOOK_ALIKES = [
    ("breathe in for one two three four five and out for six seven eight", "one two three four five"),
    ("it's about twenty minutes down the road from here", "twenty minutes down the road"),
    ("rent is two fifty five dollars a week now", "two fifty five dollars"),
    ("m m s e today twenty one out of thirty b p one forty two over eighty eight no acute distress",
     "b p one forty two over eighty eight"),
    ("c i w a today is eight, no tremor", "c i w a"),
    ("she joined the d b t skills group", "d b t"),
    ("i read about it at webmd dot com last night", "webmd dot com"),
    ("i got it on the first try", "the first"),
    ("she had knee surgery and day surgery last year", "knee surgery"),
    ("hey babe it's me, call me back", "babe"),
    ("hi guys it's been a while", "guys"),
    ("you've got mail.", "mail"),
    ("patient denies chest pain and client reports feeling better", "denies chest"),
    ("phq nine scores over the weeks were twenty one, nineteen, eighteen, fifteen, twelve, ten",
     "twenty one, nineteen, eighteen, fifteen, twelve, ten"),
    ("sats were ninety four, ninety two, ninety five, ninety seven, ninety eight on the walk",
     "ninety four, ninety two, ninety five, ninety seven, ninety eight"),
    ("my phone died at ten forty, eleven fifteen", "ten forty, eleven fifteen"),
    ("oh oh oh oh oh oh oh oh oh oh no", "oh oh oh oh oh oh oh oh oh oh"),
    ("she lives up on the hill and earns about twenty one thousand five hundred a year",
     "twenty one thousand five hundred"),
    ("account balance two thousand three hundred forty one", "two thousand three hundred forty one"),
    ("on her birthday she got one hundred and twenty likes", "one hundred and twenty"),
    ("forty five year old male road traffic accident", "forty five year old male road"),
    ("she ran in twenty twenty six minutes flat", "twenty twenty six minutes"),
    ("about two thousand five hundred on the card", "two thousand five hundred"),
    ("you may first want to try the app", "may first"),
    ("her rooms are on the first and second floors", "the first and second"),
    ("the med is spelled s e r t r a l i n e", "s e r t r a l i n e"),
    ("c i w a, the ciwa protocol, is eight", "c i w a"),
    ("rename it to max underscore dose in the sheet", "max underscore dose"),
    ("hi hope it's okay to message", "hope"),
    ("you've got grace on your side", "grace"),
    ("it's karma from last year", "karma"),
    ("hey buddy it's me", "buddy"),
    ("she is on the waitlist for ffs surgery next year", "ffs surgery"),
    ("The AA Local 4 meeting was packed", "AA Local 4"),
    ("The DBT Skills Group Branch meets monthly", "DBT Skills Group Branch"),
    ("Exam: ptosis, diplopia noted.", "osis, diplopia"),
    ("Level of care: residential, iop", "ial, iop"),
    ("Member: AETNA, PPO on file", "AETNA, PPO"),
    ("Pt: MICU, SICU both full", "MICU, SICU"),
    ("OUD, AUD 40 yo M presents", "OUD, AUD"),
    ("hey queen it's me", "queen"),
    ("hey guys it's bingo night", "bingo"),
    ("Im ninety days sober today!", "ninety"),
    ("I paid mum, one hundred, and dad, fifty.", "one hundred"),
    ("See ppt 10-14 for the outline", "10-14"),
    ("salinity 35 ppt 12-14 C", "12-14"),
    ("Humankind is capable of great cruelty.", "Humankind"),
    ("staff 2 on shift tonight, all calm", "staff 2"),
    ("ppt 12 of 40 completed the diary", "ppt 12"),
    ("Pt: CHF, COPD EXACERBATION on BIPAP", "CHF, COPD EXACERBATION"),
    ("NAME: ADMIT, TO ICU", "ADMIT, TO ICU"),
    ("PT SLEEPING, EASILY AROUSED. Vitals stable.", "SLEEPING, EASILY AROUSED"),
    ("pt alert, oriented x3, calm", "alert, oriented"),
    ("HEENT: NCAT, PERRLA. pt calm, cooperative 45 yo.", "calm, cooperative"),
    ("SW Region office closed for the holiday.", "Region"),
    ("she is sober living at home now, 40 days", "sober living"),
    ("Screener Questions: 5 of 9 positive.", "Questions"),
    ("Hx of CGL in remission, followed by haematology.", "CGL"),
    ("Signs of combat stress noted after deployment.", "combat stress"),
]


@pytest.mark.parametrize(("text", "target"), POSITIVES)
def test_when_an_identifier_is_said_aloud_or_framed_by_a_call_then_it_is_covered(
    analyzer: TextAnalyzer, text: str, target: str
) -> None:
    assert covered(analyzer, text, target)


@pytest.mark.parametrize(("text", "look_alike"), LOOK_ALIKES)
def test_when_counting_a_quantity_vitals_or_small_talk_is_said_then_it_is_left_alone(
    analyzer: TextAnalyzer, text: str, look_alike: str
) -> None:
    assert touching(analyzer, text, look_alike) == []
