"""First names that are also words ("hope", "will", "may", "dawn"), named and used as words in the same note.

A name found once is looked for again in the note; a word-name in lower case or capitals after a determiner, a
pronoun or an auxiliary is the word ("i hope", "at dawn", "NO JOY"). After kin in lower case before a deed it is
the name on a cased line too ("caller dawn (mother) ... of Morwell"); after an honorific it opens the full name
("MRS MAY PEARSON"); a chat's speakers are named by labels with their time ("Hope 21:05:") or, in a pasted log,
by first names alone ("Rob:", "Dean:", "Pat:"). All values are invented.
"""

from __future__ import annotations

import pytest

from confide.anonymize.analyzer import TextAnalyzer
from tests.anonymize.conftest import touching

FOUND = [
    # (text, the name: a PERSON span must touch its first occurrence)
    ("my sister hope came over and i hope she stays.", "hope"),
    ("seen w/ rabbi feldstein today; the rabbi will call back.", "feldstein"),
    ("SPOKE W/ DAUGHTER JOY AT BEDSIDE. NO JOY WITH ART LINE.", "JOY"),
    ("caller dawn (mother) re her son, 24, of Morwell. dawn will ring back.", "dawn"),
    ("obs stable. wife may stayed till late; may has her own appt at Beaumont today.", "may"),
    ("SON WILL DRIVING DOWN FROM DAYTON, CELL (937) 555-0148.", "WILL"),
    ("NURSING ENTRY 05/12. MRS MAY PEARSON, 96, BAY 2 BED 4.", "MAY"),
    ("Seen with Mr Will Okonkwo-Hart today.", "Will"),
    ("Ciara 21:03: anyone going tmrw?\nHope 21:05: i will if i get off in time\nCiara 21:06: hope so!!", "Hope"),
    ("Holly 6:05pm: cant, picking up a shift till 9\nMikaere 6:07pm: might bail too lol", "Holly"),
    # a full name in lower case names the person again by the given name
    ("case note: met bill harjo at the drop-in. bill says his back pay still hasn't come.", "bill says"),
    ("caller re son chase hollis, 24. she reports chase has not slept since the weekend.", "chase has"),
    ("Rob: lads, meeting tonight or the church hall?\nDean: hall is freezing mate\nPat: i can read this rob", "Dean"),
    ("Rob: lads, meeting tonight or the church hall?\nDean: hall is freezing mate\nPat: i can read this rob", "Pat"),
]


@pytest.mark.parametrize(("text", "name"), FOUND)
def test_when_a_word_name_names_someone_then_it_is_a_person(analyzer: TextAnalyzer, text: str, name: str) -> None:
    assert "PERSON" in [t for t, _ in touching(analyzer, text, name)]


# (text, a phrase whose second word is the name used as a word: no span may touch that word). Not named as the
# second look's look-alikes: the harvest would mark the phrase, and a rule, not the second look, leaves these.
WORD_USES = [
    ("my sister hope came over and i hope she stays.", "i hope she"),
    ("Pt's daughter Joy visiting. no joy with the cannula.", "no joy with"),
    ("DAUGHTER SUNNY AT BEDSIDE. INTENSIVIST SAYS OUTLOOK NOT SUNNY.", "NOT SUNNY"),
    ("lives w/ dtr rose who brought in a bunch of rose and lily flowers.", "of rose and"),
    ("pt's friend dawn visited. pt up at dawn, restless.", "at dawn"),
    ("my bf mark said he would mark the calendar.", "would mark"),
    ("saw dr may on tuesday, she may increase the sertraline.", "she may increase"),
    # a lower-case full name's title is no given name to look for again
    ("seen w/ rabbi feldstein today; the rabbi will call back.", "the rabbi"),
    # a form's fields with a first name's label beside a field's are no chat
    ("Dx: low mood\nPlan: review in two weeks\nRob: has made one with his solicitor\nMark: seen by the team", "Rob"),
    # a name after a label stops at its line's end
    ("Name: Grace Hill\nPlan: review in two weeks", "Plan"),
]


@pytest.mark.parametrize(("text", "phrase"), WORD_USES)
def test_when_a_word_name_is_used_as_the_word_then_that_word_stays_unmarked(
    analyzer: TextAnalyzer, text: str, phrase: str
) -> None:
    word = phrase.split()[1] if " " in phrase else phrase
    at = text.index(word, text.index(phrase))
    spans = analyzer.analyze([text])[0]
    assert [s.entity_type for s in spans if s.start < at + len(word) and at < s.end] == []
