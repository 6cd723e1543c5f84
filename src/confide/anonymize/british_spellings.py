"""British spellings of the American word list, so "centre", "colour" and "organised" read as English.

The English vocabulary (Webster's Second, ``english_words``) spells the American way; notes and posts from the
UK, Ireland, Australia, New Zealand, India and Canada spell "centre", "behaviour", "counselling", "paediatric".
Read as no word, such a word was taken for a town ("the job centre" -> a place called Centre) or a name. The
British forms are derived from the American words by the regular correspondences; a form a correspondence
could also make of an unrelated word ("water" -> "watre") is kept only when the GCIDE dictionary, which lists
British spellings, has it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# -or words that take -our in British spelling, as stems: "colorful" -> "colourful", "favorite" -> "favourite".
_OUR_STEMS = (
    "color behavior neighbor favor honor labor humor rumor harbor odor vapor savior endeavor armor flavor parlor "
    "tumor rigor valor splendor clamor candor fervor ardor demeanor".split()
)
_OUR = re.compile(rf"^(?:dis|un|mis|re|ill|well|pre|in)?(?:{'|'.join(_OUR_STEMS)})")
# -ize and -yze verbs and their derivatives: "organized" -> "organised", "analyzing" -> "analysing"
_IZE = re.compile(r"(?<=[a-z]{2})([iy])z(e|ed|es|ing|er|ers|ation|ations|ational)$")
# a doubled l before -ed/-ing/-er of a verb in -el or -al: "traveled" -> "travelled", "counseling" -> "counselling"
_DOUBLE_L = re.compile(r"(?<=[^aeiou][aeo])l(ed|ing|er|ers)$")
# -er that is -re ("center", "theater", "fiber"): only where the dictionary has the British form
_RE = re.compile(r"(?<=[tb])er(s?)$")
# Greek ae and oe in medicine: "pediatric" -> "paediatric", "anemia" -> "anaemia", "esophagus" -> "oesophagus"
_AE = re.compile(r"(?:(?<=^p)|(?<=^orthop)|(?<=^gyn)|(?<=^an)|(?<=^h)|(?<=^leuk)|(?<=isch))e(?=[cdms])")
_OE = re.compile(r"^e(?=soph|strogen|dem)|(?<=diarrh)e(?=a)")
# spellings no rule makes
_OTHERS = (
    "defence offence licence pretence catalogue dialogue analogue programme programmes tyre tyres kerb pyjamas "
    "cheque cheques jewellery aluminium storey enrol enrolment fulfil fulfilment skilful wilful practise "
    "practised practising manoeuvre plough sceptic sceptical mould mouldy smoulder whilst amongst learnt spelt "
    "dreamt grandad grandads mum mums mummy aeroplane sulphur moustache foetus counselling counselled counsellor "
    "counsellors"
).split()


def british_variants(
    american: Iterable[str], dictionary: frozenset[str] | set[str], names: frozenset[str] | set[str]
) -> set[str]:
    """British spellings of the lower-case words ``american``.

    ``dictionary``: a vocabulary with British forms; a form that is one of ``names`` and that the dictionary
    lacks is left out ("haller" from "haler", "harbour"): a rule made a surname, or a site's naming word.
    """
    out = set(_OTHERS)
    for word in american:
        forms = {
            _OUR.sub(lambda m: m[0][:-2] + "our", word, count=1),
            _IZE.sub(r"\1s\2", word),
            _DOUBLE_L.sub(r"ll\1", word),
            _OE.sub("oe", _AE.sub("ae", word)),
        }
        british = _RE.sub(r"re\1", word)
        if british in dictionary:
            forms.add(british)
        out |= forms - {word}
    return {w for w in out if w in dictionary or w not in names}
