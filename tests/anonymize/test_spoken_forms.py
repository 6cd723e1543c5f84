"""Speech, questionnaires and occupational and addiction services: the ninth round's tuning sets.

Identifiers said aloud as speech recognition writes them (numbers, dates, postcodes, streets, e-mail
addresses, links and user names in words; names spelled letter by letter), names in lower case where a
call or a dictation frames them, British practices in lower case, and trade unions' locals and branches.
Look-alikes: counting aloud, quantities, vital signs and scales said as letters, clinical letters, a
homepage, ordinary days and years, surgery of a body part, terms of address and a caller's small talk.
All values are invented.
"""

from __future__ import annotations

import pytest

from confide.anonymize.analyzer import TextAnalyzer
from confide.anonymize.recognizers.spoken_numbers import number_runs
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
]


@pytest.mark.parametrize(("said", "digits", "letters"), READINGS)
def test_when_a_number_is_said_in_words_then_it_reads_as_its_digits(said: str, digits: str, letters: str) -> None:
    runs = list(number_runs(f"it is {said} ok", letters=True))
    assert [(r.digits, r.letters) for r in runs] == [(digits, letters)]


WRITTEN = ["s41598-018-22271-3", "call 505.298.7206 x200", "a 1997 F150", "6.1 x 4.8 x 3.0 cm"]


@pytest.mark.parametrize("written", WRITTEN)
def test_when_a_number_is_written_in_digits_then_no_spoken_run_is_read(written: str) -> None:
    assert list(number_runs(written, letters=True)) == []


POSITIVES = [
    ("caller yeah my number's oh seven seven double four one nine three oh six two listener thanks",
     "oh seven seven double four one nine three oh six two"),
    ("a callback number in case we get disconnected? CALLER: It's seven one eight, four four oh, two nine nine one.",
     "seven one eight, four four oh, two nine nine one"),
    ("please call me at four oh one eight four five eleven hundred extension two two seven thanks",
     "four oh one eight four five eleven hundred extension two two seven"),
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
