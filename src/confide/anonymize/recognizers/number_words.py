"""Digits said as words, shared by the recognizers that read numbers written out.

The age recognizer spells ages over 89 in words and the phone recognizer reads numbers said aloud
("five five five, one two three four"); both take the words from here so they cannot drift apart.
"""

from __future__ import annotations

# The digits zero to nine as words, in counting order (the phone recognizer tells counting aloud by it).
DIGIT_NAMES = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
# The digits one to nine as a regex group ("zero" is no part of a spelled-out age).
DIGIT_WORDS = r"(?:" + "|".join(DIGIT_NAMES[1:]) + r")"
