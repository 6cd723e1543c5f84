"""How much evidence a name word needs, in upper, lower and mixed case (review of the ward-name cues).

A number after a name is an age or a count ("kids Ezekiel 7 and Marisol 4"); only a scale's eponym
before a number is a score ("Morse 45"). A first name that is also a rare English word ("euphoria",
"valerian", "kale") is never a name without a cue, and a surname-list word ("areola", "theres") or a
British spelling ("analyse") is no name by rarity. A word no name list holds is a name only after a
title, role or relation or before a credential: after a verb cue ("Ozempic tolerated", "paged
Vocera", "per UpToDate", "Transported by EMS") it is a drug, device, app or service. A name found
once is found again in another case only when the evidence was strong. All values are invented.
"""

from __future__ import annotations

import pytest

from confide.anonymize.analyzer import TextAnalyzer
from tests.anonymize.conftest import covered, touching, variants

POSITIVES = [
    # a name before an age or a count
    *variants("My kids Ezekiel 7 and Marisol 4 are with their dad.", "Ezekiel"),
    *variants("My kids Ezekiel 7 and Marisol 4 are with their dad.", "Marisol"),
    *variants("Pt lives with grandchildren Tavian 12 and Kenzie 9.", "Kenzie"),
    *variants("I support Boris 100% and always will.", "Boris"),
    # a known name word after a verb cue
    *variants("Notified Brzezicki of K 5.9, repeat sent.", "Brzezicki"),
    *variants("Vandersloot aware of glucose 48.", "Vandersloot"),
    # a word no name list holds after a title, found again in another case
    ("Paged Dr Zyxnor re: K 5.9.\nZYXNOR RETURNED CALL.", "ZYXNOR"),
]

NEGATIVES = [
    # scores after a scale's eponym, also where the eponym is a name elsewhere in the note
    *variants("Fall risk: Morse 45, Braden 14, Norton 12.", "Morse 45, Braden 14, Norton"),
    ("Seen by Dr Braden on rounds.\nfall risk: braden 14, morse 45.", "braden 14"),
    # rare English words that are first names, with no cue
    *variants("MSE: mood elevated, affect euphoria, speech cadence normal. Pt takes valerian.", "euphoria"),
    *variants("MSE: mood elevated, affect euphoria, speech cadence normal. Pt takes valerian.", "cadence"),
    *variants("MSE: mood elevated, affect euphoria, speech cadence normal. Pt takes valerian.", "valerian"),
    *variants("Pt eating kale, watches anime. Areola intact.", "kale"),
    *variants("Pt eating kale, watches anime. Areola intact.", "anime"),
    *variants("Pt eating kale, watches anime. Areola intact.", "Areola"),
    # surname-list words, misspellings and British spellings
    ("i cant analyse my feelings, theres no point, arent we all tired of the labour party", "analyse"),
    ("i cant analyse my feelings, theres no point, arent we all tired of the labour party", "theres"),
    ("i cant analyse my feelings, theres no point, arent we all tired of the labour party", "arent"),
    ("i cant analyse my feelings, theres no point, arent we all tired of the labour party", "labour"),
    # words no name list holds after a verb cue: drugs, devices, apps, references, services
    *variants("Ozempic tolerated. Continue ozempic 0.5 mg weekly.", "Ozempic"),
    *variants("Ozempic tolerated. Continue ozempic 0.5 mg weekly.", "ozempic 0.5"),
    *variants("Caplyta tolerated, Ingrezza held.", "Caplyta"),
    *variants("Telesitter aware, bed alarm on.", "Telesitter"),
    *variants("Rolator ambulated in hall with pt.", "Rolator"),
    *variants("Paged Vocera x2, no answer.", "Vocera"),
    *variants("Per UpToDate max dose 200 mg.", "UpToDate"),
    *variants("Per TikTok it is ADHD.", "TikTok"),
    *variants("Transported by EMS from home.", "EMS"),
    *variants("OK'd by Tigertext msg to shower.", "Tigertext"),
    # an acronym joined by "and" to a name word on a cased line
    ("Should I move my SIPP and ISAs to one platform?", "SIPP"),
    # a mention found again takes no initial before it, nor one across a line end
    ("Paged Dr Zyxnor re: K. zyxnor returned call.", "K."),
    ("PAGED DR ZYXNOR RE K.\nzyxnor returned call.", "K."),
]


@pytest.mark.parametrize(("text", "name"), POSITIVES)
def test_when_a_name_has_enough_evidence_then_it_is_covered(analyzer: TextAnalyzer, text: str, name: str) -> None:
    assert covered(analyzer, text, name)


@pytest.mark.parametrize(("text", "look_alike"), NEGATIVES)
def test_when_a_word_has_only_a_weak_cue_or_none_then_it_is_left_alone(
    analyzer: TextAnalyzer, text: str, look_alike: str
) -> None:
    assert touching(analyzer, text, look_alike) == []


# Cues added for notes written by other hands: a name closed after a relation, a role in brackets, a quoted
# name asked for, a quoted nickname, a report header, a lower-case name after a personal title, procedure
# roles, and words of a longer region's name that are first names. All values are invented.
CUE_FAMILY_POSITIVES = [
    *variants("Visited by daughter Helena and son Vincent today.", "Helena"),
    *variants("Visited by daughter Helena and son Vincent today.", "Vincent"),
    *variants("Family at bedside (wife Ruth, son Will).", "Will"),
    *variants("Her brother Will and sister Jo came in.", "Will"),
    *variants("Line pulled by Ines (night RN) at 0400, no bleeding.", "Ines"),
    *variants("Overnight Bobbie (staff) did 15 min checks.", "Bobbie"),
    *variants('Pt kept asking for "Rosalie" overnight, reoriented.', "Rosalie"),
    *variants('Calling out for "Frank" all night, redirected.', "Frank"),
    *variants('ED NOTE: PT ROLAND "ROLY" BRISCOE 41M, WALK-IN.', "ROLY"),
    *variants("PATIENT NAME: DUBOIS, MARTIN   DOB: 04/02/1961", "DUBOIS, MARTIN"),
    *variants("Pt: Hale, Frank  MRN 4410921", "Hale, Frank"),
    ("Letter sent to dr. constance adeyemi at the clinic.", "constance adeyemi"),
    *variants("Operator: Okonjo. Sonographer: Thistlewood.", "Okonjo"),
    *variants("Operator: Okonjo. Sonographer: Thistlewood.", "Thistlewood"),
    *variants("Met with sponsor Ignacio. Sober 90 days now.", "Ignacio"),
    # "w/" is "with": a session or follow-up with someone, a handoff given to someone
    *variants("tele f/u w/ marisela, mood better. Next session w/ Odhiambo in 2 wks.", "marisela"),
    *variants("tele f/u w/ marisela, mood better. Next session w/ Odhiambo in 2 wks.", "Odhiambo"),
    *variants("Started DBT with Ffion Llewellyn this week.", "Ffion Llewellyn"),
    *variants("Night shift: report given to Anneliese at 0700.", "Anneliese"),
    # initials of a report header: bare before a capitals surname, after a surname and a comma
    ("SURGEON: T OYELARAN, MD   ASST: P DUNMORE (resident)", "P DUNMORE"),
    ("Operator: Dunmore, P. (fellow). Findings: patent stent.", "Dunmore, P."),
]

CUE_FAMILY_NEGATIVES = [
    *variants("She moved here from Sierra Leone in 2019.", "Sierra Leone"),
    *variants("dtr states pt fell at home.", "states"),
    *variants("Her son will call back tomorrow.", "will"),
    *variants("Her son will, if asked, drive her home.", "will"),
    *variants("Arm in Sling (tech) and Brace (RN) fitted.", "Sling"),
    *variants('Pt asking for "help" and calling for "backup".', "help"),
    *variants('Pt asking for "help" and calling for "backup".', "backup"),
    ("Pt asking for frank feedback from team.", "frank"),
    *variants("PT: ALERT, ORIENTED  VSS, AMBULATING.", "ALERT, ORIENTED"),
    *variants("Pt: pleasant, cooperative  BP 118/72", "pleasant, cooperative"),
    ("went to the dr. office today and the dr appt is next week", "office"),
    *variants("Operator error suspected; assistant manager called.", "error"),
    *variants("Met with sponsor Ignacio. Sober 90 days now.", "Sober"),
    ("PLAN: A LUKE CURRY CONCERT", "A "),
    *variants("f/u w/ cardiology in 2 wks; session w/ Zoom link sent.", "cardiology"),
    *variants("f/u w/ cardiology in 2 wks; session w/ Zoom link sent.", "Zoom"),
    *variants("D/W pharmacy, dose ok. Meds given to Pt at 0900.", "pharmacy"),  # an article, not an initial
    ("Culture grew E. coli per Dr Dunmore, E. coli sensitive to ceftriaxone.", "E. coli sensitive"),
]


@pytest.mark.parametrize(("text", "name"), CUE_FAMILY_POSITIVES)
def test_when_a_name_follows_a_cue_of_another_writer_then_it_is_covered(
    analyzer: TextAnalyzer, text: str, name: str
) -> None:
    assert covered(analyzer, text, name)


@pytest.mark.parametrize(("text", "look_alike"), CUE_FAMILY_NEGATIVES)
def test_when_a_word_only_looks_cued_then_no_person_touches_it(
    analyzer: TextAnalyzer, text: str, look_alike: str
) -> None:
    assert [hit for hit in touching(analyzer, text, look_alike) if hit[0] == "PERSON"] == []


# Review of the cues above: a verb after a relation at a stop, a title used as a noun, a device or check
# before a care role in brackets, and a padded header line. All sentences are invented.
REVIEW_POSITIVES = [
    # a name word or a word pair after a lower-case title; a first name before a care role in brackets
    *variants("Seen today by dr. grace okoro for follow up.", "grace okoro"),
    *variants("Labs drawn by Bill (night tech) at 0400.", "Bill"),
    # a list of relatives goes on after the first name
    ("VISITORS: SON WILL, DTR MAUREEN AT BEDSIDE.", "WILL"),
]

REVIEW_NEGATIVES = [
    # "will" and other first names that are words, at a stop, a line end or before "and" + verb
    *variants("I really hope my therapist will.", "will"),
    *variants("Idk if my boyfriend will.\nWe talked.", "will"),
    *variants("I know my husband will", "will"),
    *variants("My daughter will and my son won't.", "will"),
    *variants("Mom will and dad won't, so yeah.", "will"),
    *variants("Mom will, dad will not.", "will"),
    *variants("Honestly my baby will; no doubt.", "will"),
    # a title after a determiner or possessive is a noun; a lower-case word after it on a cased line is no
    # name (on a caseless line any word after a title is taken, as before this round)
    ("The doctor bill came today and I panicked.", "bill"),
    ("Paid my dr bill finally.", "bill"),
    ("I drank a dr pepper and felt better.", "pepper"),
    ("Watching mr bean helps my anxiety.", "bean"),
    ("My doctor tho is great.", "tho"),
    ("Honestly the doctor grace period ends Friday.", "grace"),
    # devices, systems and checks before a care role in brackets, and their other mentions
    ("Vocera (charge RN) paged. Later paged again on vocera, no answer.", "Vocera"),
    ("Vocera (charge RN) paged. Later paged again on vocera, no answer.", "vocera,"),
    *variants("Omnicell (tech) down, meds pulled from pharmacy.", "Omnicell"),
    *variants("Fingersticks (per tech) 110-140. Fingersticks ac/hs.", "Fingersticks"),
    *variants("Foley (RN) replaced at 0200. Foley draining clear urine.", "Foley"),
    *variants("Foley (RN) replaced at 0200. Foley draining clear urine.", "Foley draining"),
]


@pytest.mark.parametrize(("text", "name"), REVIEW_POSITIVES)
def test_when_a_reviewed_cue_holds_then_the_name_is_covered(analyzer: TextAnalyzer, text: str, name: str) -> None:
    assert covered(analyzer, text, name)


@pytest.mark.parametrize(("text", "look_alike"), REVIEW_NEGATIVES)
def test_when_a_verb_noun_or_device_only_looks_cued_then_no_person_touches_it(
    analyzer: TextAnalyzer, text: str, look_alike: str
) -> None:
    assert touching(analyzer, text, look_alike) == []


def test_when_a_header_line_is_padded_with_10000_blanks_then_names_are_found_in_linear_time() -> None:
    import time

    from confide.anonymize.recognizers.name_dictionary import NameDictionaryRecognizer

    recognizer = NameDictionaryRecognizer()
    recognizer.analyze("Name: warm up", ["PERSON"], None)
    for pad in (" ", "\t"):
        text = "MRN 5521" + pad * 10_000 + "x Name: Quillfeather Brannock"
        started = time.perf_counter()
        recognizer.analyze(text, ["PERSON"], None)
        assert time.perf_counter() - started < 1.0
