"""User names of words run together or in CamelCase opening a thread's lines (issue #10, 21st round).

The tuning sets' peer-support threads left speakers such as "pixelprincess:" and "ThatGuyPaulo:" (no dot,
underscore or digit to mark them). They are read as user names only in a thread: another user name found by
its shape speaks in the same text, or the label carries a pronoun tag. Every value is invented.
"""

from __future__ import annotations

import pytest

from confide.anonymize.analyzer import TextAnalyzer
from confide.anonymize.lexicon import load_lexicon
from confide.anonymize.spans import Span
from confide.anonymize.thread_handles import thread_handles
from tests.anonymize.conftest import covered, touching

THREADS = [
    ("server chat\nmoss_and_fern#2231: week 3 no drinks\nlanternmoth: so proud of u!! what helped", "lanternmoth"),
    ("rusty.kettle: anyone tried the day program\nQuietHarbourLights: yes it helped a lot", "QuietHarbourLights"),
    ("seasaltsky (she/her): my therapist left and i feel lost", "seasaltsky"),
    ("[21:04] dusk_runner_9: hey all\n[21:05] paperlanterns: hey!! how was the appt", "paperlanterns"),
]

NOT_HANDLES = [
    # a note's fields and a post's sections written as one word, with no user name speaking in the text
    ("Homevisit: pt seen at home with mum, settled. #ribs 4-7 R", "Homevisit"),
    ("Safetyplan: reviewed with pt and mum today, copy given", "Safetyplan"),
    ("Backstory: i moved here from reddit land lol and the forum is quiet", "Backstory"),
    ("Triggerwarning: talk of sh below, please skip if you need to", "Triggerwarning"),
    # a word or a name opening the line, in a thread
    ("Update: got the job!! so happy", "Update"),
    ("Marguerite: welcome back to the group", "Marguerite"),
    # a section of a post, away from the thread's lines or next to them (a review's finds)
    ("\n\nsome text in between here\nMealplan: eat breakfast every day", "Mealplan"),
    ("Moodtracker: 3 out of 10 again today", "Moodtracker"),
    ("EditToAdd: thank you all so much", "EditToAdd"),
]


@pytest.mark.parametrize(("text", "handle"), THREADS)
def test_when_a_thread_speaker_is_named_by_words_run_together_then_it_is_covered(
    analyzer: TextAnalyzer, text: str, handle: str
) -> None:
    assert covered(analyzer, text, handle)


@pytest.mark.parametrize(("text", "label"), NOT_HANDLES[:4])
def test_when_a_note_or_post_labels_a_line_then_no_handle_is_found(
    analyzer: TextAnalyzer, text: str, label: str
) -> None:
    assert all("ThreadHandle" not in source for _, source in touching(analyzer, text, label))


@pytest.mark.parametrize(("line", "label"), NOT_HANDLES[4:])
def test_when_a_word_a_name_or_a_section_opens_a_line_of_a_thread_then_it_is_no_handle(line: str, label: str) -> None:
    speaker = "moss_and_fern#2231"
    spans = [Span(0, len(speaker), "SOCIAL_HANDLE", 0.7, "SocialHandleRecognizer")]
    text = f"{speaker}: hi all\nlanternmoth: same here honestly\n{line}"
    found = thread_handles(text, spans, load_lexicon())
    assert [text[s.start : s.end] for s in found] == ["lanternmoth"]  # the run-together neighbour only
