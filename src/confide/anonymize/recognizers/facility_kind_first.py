"""Sites whose kind comes before their name: hospitals in Malay, Spanish or French order, ships, mosques, churches.

"Hospital Kuala Lumpur", "Hospital Bahagia Ulu Kinta", "Hôpital Sainte-Justine", "Masjid Al-Noor" and
"HMS Albion" open with the kind, as do Quebec's "CHSLD des Pins" and "CLSC Saint-Laurent"; English notes write the
name first, so the kinds' own patterns miss them. A Commonwealth navy's prefix (HMS, HMAS, HMNZS) is a kind no English
phrase opens; "MV" is also a ventilator's minute volume, "USS" an ultrasound scan and "RFA" an ablation, so those need
a crew's cue ("served on USS Nimitz"). After "Hospital" the name must be a place, a person's name no dictionary
spells, or two or more words no dictionary knows ("Hospital Anxiety and Depression Scale", "Hospital Vibes", "Hospital
LOS" name none).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from confide.anonymize.recognizers.base import register_validator

_NAME_WORD = r"[A-ZÀ-Þ][A-Za-zÀ-ÿ'’-]+"
# up to four title-case words of the name, never the kind of the next phrase ("... Hospital Ward 57")
_NAME = _NAME_WORD + r"(?:[ \t]+(?!Ward\b|Unit\b)" + _NAME_WORD + r"){0,3}"
_HOSPITAL_PARTS = frozenset(
    "chapel chaplain chaplaincy canteen cafe café shop car parking pharmacy ward trust board league friends radio "
    "passport stay discharge admission transport porter porters".split()
)


# Malay words that say what kind of clinic or school, not which ("Klinik Kesihatan", "Sekolah Kebangsaan").
_GENERIC_AFTER_KIND = frozenset("kesihatan desa kerajaan swasta pergigian komuniti kebangsaan ibu anak".split())


@register_validator("name_after_kind")
def name_after_kind(value: str, params: Mapping[str, Any]) -> bool:
    """The name after the kind: a place, a name no dictionary spells or coined words; no abbreviation or date.

    ``allow_english: true`` (a ship) asks only that no word be a month, a weekday or a clinical word;
    ``one_word: true`` (a mosque) takes one coined word ("Masjid Al-Noor").
    """
    from confide.anonymize.lexicon import MONTH_WORDS, WEEKDAY_WORDS, load_lexicon

    lexicon = load_lexicon()
    raw = value.split()
    # the words after the kind, its word before it too ("Civil Hospital Karachi")
    raw = raw[2:] if len(raw) > 2 and raw[1].lower().startswith(("hospital", "hôpital", "hospitál")) else raw[1:]
    words = [w.strip(".,'’").lower() for w in raw]
    if not words or any(w in MONTH_WORDS or w in WEEKDAY_WORDS for w in words):
        return False
    if words[0] in _HOSPITAL_PARTS:
        return False  # a part or a service of a hospital ("Hospital Chapel visit", "Hospital Pharmacy")
    if any(sum(c.isupper() for c in part) > 1 for w in raw for part in w.split("-")):
        return False  # an abbreviation, no name ("Hospital LOS", "Hospital DoLS", "HMS HYPERMOBILITY")
    if params.get("coined"):
        # in lower case every word must be coined: a place's list holds "near" and "the" too
        return not any(lexicon.is_common(w) or lexicon.is_everyday(w) for w in words)
    if all(w in _GENERIC_AFTER_KIND for w in words):
        return False  # a kind of clinic, no name ("Klinik Kesihatan" = health clinic)
    if params.get("allow_english"):
        # a ship's name is often a word ("HMS Victory", "MV Ocean Sapphire"), never a clinical one
        return not any(w in lexicon.clinical_words and not lexicon.is_name(w) for w in words)
    first = words[0]
    if first in lexicon.places or (lexicon.is_name(first) and not lexicon.is_english(first)):
        return True  # "Hospital Kuala Lumpur", "Hospital Raja Permaisuri Bainun"
    # a coined name of two words or more ("Hospital Bahagia Ulu Kinta"), never slang or a headline's word
    coined = all(w in lexicon.places or not (lexicon.is_common(w) or lexicon.is_everyday(w)) for w in words)
    return coined and (len(words) >= 2 or bool(params.get("one_word")))


PATTERNS: list[dict[str, Any]] = [
    {
        # "Hospital Kuala Lumpur (HKL)", "to Hospital Bahagia Ulu Kinta", "Hôpital Sainte-Justine"; with its kind's
        # word before it as South Asia and Africa write it ("Civil Hospital Karachi", "Children's Hospital Lahore")
        "name": "hospital_before_name",
        "regex": r"(?<![\w'’-])(?P<pii>(?:(?:Children['’]s|Women['’]s|General|District|Teaching|Mission|Civil|"
        r"Government|Govt\.?|Military|Railway|Cantonment|Sub-District|Referral)[ \t]+)?"
        r"(?:Hospital|Hôpital|Hospitál|Hospitale)[ \t]+" + _NAME + r")(?![\w'’-])",
        "score": 0.55,
        "validators": [{"name": "name_after_kind"}],
    },
    {
        # Malay and Indonesian sites by their kind before the name ("Pasar Atom", "Kedai Runcit Pak Din", "Warung Bu
        # Tini", "Puskesmas Tarogong", "RSJ Menur", "Surau Al-Ikhlas"): kinds no English phrase opens, so the name may
        # be any words but a clinical one, a month or a weekday.
        "name": "malay_site_before_name",
        "regex": r"(?<![\w'’-])(?P<pii>(?:Pasar|Kedai(?:[ \t]+Runcit|[ \t]+Makan)?|Warung|Klinik|Puskesmas|"
        r"Rumah[ \t]+Sakit|RSUD|RSJ|RSIA|Surau|Gereja|Toko|Kantor)[ \t]+(?:(?:Pak|Mak|Bu|Ibu|Haji|Hj\.?)[ \t]+)?"
        + _NAME + r")(?![\w'’-])",
        "score": 0.55,
        "validators": [{"name": "name_after_kind", "allow_english": True}],
    },
    {
        # Māori, Spanish and Filipino sites by their kind before the name ("Te Whare Tiaki", "Kōhanga Reo o Ngā Kuaka",
        # "Iglesia ni Cristo", "Colegio San Agustín", "Centro de Salud Villaverde"): kinds no English phrase opens
        "name": "site_before_name_in_its_language",
        "regex": r"(?<![\w'’-])(?P<pii>(?:Te[ \t]+Whare|Te[ \t]+Puna|Kōhanga[ \t]+Reo|Kohanga[ \t]+Reo|"
        r"Kura[ \t]+Kaupapa(?:[ \t]+Māori)?|Iglesia|Colegio|Escuela|Parroquia|Centro[ \t]+de[ \t]+Salud)[ \t]+"
        r"(?:(?:o|ni|de|del|de[ \t]+la|la|los|las)[ \t]+)?" + _NAME + r")(?![\w'’-])",
        "score": 0.55,
        "validators": [{"name": "name_after_kind", "allow_english": True}],
    },
    {
        # "Masjid Al-Noor", "Musjid Nur": a mosque by its Arabic kind before the name
        "name": "mosque_before_name",
        "regex": r"(?<![\w'’-])(?P<pii>(?:Masjid|Musjid|Masjed)[ \t]+" + _NAME + r")(?![\w'’-])",
        "score": 0.55,
        "validators": [{"name": "name_after_kind", "one_word": True}],
    },
    {
        # "masjid al-falah": in lower case the name must be a coined word ("the masjid near the flats" names none)
        "name": "mosque_before_name_lower",
        "regex": r"(?<![\w'’-])(?P<pii>(?:masjid|musjid|masjed)[ \t]+[a-z][a-z'’-]+(?:[ \t]+[a-z][a-z'’-]+)?)"
        r"(?![\w'’-])",
        "score": 0.55,
        "validators": [{"name": "name_after_kind", "coined": True}],
    },
    {
        # Quebec's long-term care homes and health centres by their kind's acronym before the name ("CHSLD des Pins",
        # "CLSC Saint-Laurent", "FROM CHSLD DES PINS"): in capitals only after a particle ("CLSC NURSE VISIT" is none)
        "name": "quebec_site_before_name",
        "regex": r"(?<![\w'’-])(?P<pii>(?:CHSLD|CLSC|CIUSSS|CISSS)[ \t]+"
        r"(?:(?:(?i:de[ \t]+la|des|de|du)[ \t]+|(?i:d|l)['’])[A-ZÀ-Þ][\w'’-]+|[A-ZÀ-Þ][a-zà-ÿ][\w'’-]*)"
        r"(?:[ \t]+(?:(?:de|des|du|la|le)[ \t]+)?[A-ZÀ-Þ][a-zà-ÿ'’-]+){0,3})"
        r"(?![\w'’-])",
        "score": 0.55,
    },
    {
        # "Trained at HMS Raleigh", "served on HMS Albion": a Commonwealth navy's prefix, never a clinical word after it
        "name": "ship_by_prefix",
        "regex": r"(?<![\w'’-])(?P<pii>(?:HMS|HMAS|HMNZS|HMCS)[ \t]+" + _NAME + r")(?![\w'’-])",
        "score": 0.55,
        "validators": [{"name": "name_after_kind", "allow_english": True}],
    },
    {
        # "Served on USS Nimitz", "OFW on the MV Ocean Sapphire": prefixes that are also an ultrasound scan, an
        # ablation or a ventilator's volume ("USS Abdomen", "RFA Medial Branch", "the MV Target") need a crew's cue
        "name": "ship_after_service",
        "regex": r"(?i:\b(?:aboard|on[ \t]+board|served[ \t]+on|serving[ \t]+on|stationed[ \t]+on|deployed[ \t]+on|"
        r"crew[ \t]+of|ofw[ \t]+on|seafarer[ \t]+on)[ \t]+(?:the[ \t]+)?)(?P<pii>(?:USS|USNS|USCGC|RFA|MV|M/V)[ \t]+"
        + _NAME
        + r")(?![\w'’-])",
        "score": 0.55,
        "validators": [{"name": "name_after_kind", "allow_english": True}],
    },
]
