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
