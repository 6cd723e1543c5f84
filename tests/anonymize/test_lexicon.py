"""Word lists and case restoration: the facts the dictionary recognizers rely on."""

from __future__ import annotations

from confide.anonymize.casing import caseless_lines, restore_case, tokenize
from confide.anonymize.lexicon import (
    EPONYM_HEADS,
    EPONYMS,
    SCORE_EPONYMS,
    STANDALONE_EPONYMS,
    load_lexicon,
    word_counts,
)


def test_when_words_are_looked_up_then_names_places_and_ordinary_words_are_told_apart() -> None:
    lexicon = load_lexicon()
    assert lexicon.is_name("kowalski") and not lexicon.is_common("kowalski")
    assert lexicon.is_name("hope") and lexicon.is_common("hope")  # a name that needs context
    assert lexicon.is_english("walked") and lexicon.is_english("kids")  # inflections of Webster entries
    assert lexicon.is_everyday("it") and not lexicon.is_everyday("james")  # frequent first names excluded
    assert ("fall", "river") in lexicon.places["fall"] and "texas" in lexicon.regions


def test_when_the_word_lists_are_asked_for_again_then_they_are_not_read_again() -> None:
    # Every recognizer asks for them per document: an uncached reader made anonymization ~5x slower.
    assert load_lexicon() is load_lexicon()
    assert word_counts() is word_counts()


def test_when_a_line_is_caseless_then_names_are_title_cased_and_offsets_kept() -> None:
    text = "Seen by Dr. Amara today.\n8/14 SEEN BY DAUGHTER MARGIE\nspoke with son kowalski"
    restored = restore_case(text, load_lexicon())
    assert len(restored) == len(text)
    assert [c for _, _, c in caseless_lines(text)] == [False, True, True]
    assert restored.splitlines()[0] == text.splitlines()[0]  # cased lines untouched
    assert "daughter Margie" in restored and "son Kowalski" in restored


def test_when_tokenized_then_possessives_split_and_sentence_starts_marked() -> None:
    tokens = tokenize("Pete's wife called. Doreen came")
    assert [t.text for t in tokens] == ["Pete", "wife", "called", "Doreen", "came"]
    assert [t.sentence_start for t in tokens] == [True, False, False, True, False]


def test_when_eponyms_are_looked_up_then_one_vocabulary_gives_each_its_roles() -> None:
    # "Glasgow" names a scale alone and before a score; "Morse" only before a score ("Dr. Morse" is a person).
    assert EPONYMS["glasgow"] == {"standalone", "score"}
    assert EPONYMS["morse"] == {"score"} and EPONYMS["foley"] == {"standalone"}
    assert "morse" in SCORE_EPONYMS and "morse" not in STANDALONE_EPONYMS
    assert set(EPONYMS) == SCORE_EPONYMS | STANDALONE_EPONYMS
    assert "disease" in EPONYM_HEADS and not EPONYM_HEADS & set(EPONYMS)  # heads are nouns, never names


def test_when_regions_are_read_then_their_names_keep_their_words_together() -> None:
    # "Saint Helena" is a region; "Helena" alone is no region name.
    regions = load_lexicon().region_names
    assert ("saint", "helena") in regions and ("haiti",) in regions
    assert ("helena",) not in regions


def test_when_a_name_is_spelled_with_accents_then_the_name_lists_still_hold_it() -> None:
    lexicon = load_lexicon()
    assert "siobhan" in lexicon.first_names and "siobhán" in lexicon.first_names
    assert lexicon.is_name("josé") and lexicon.is_name("ramírez")
    assert "zzqxv" not in lexicon.first_names and "zzqxvé" not in lexicon.first_names
