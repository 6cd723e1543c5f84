"""Names in outpatient records, forms and chat: sign-off initials, name fields, bookings, lower-case sign-offs.

Initials that close a note after its last sentence or on their own line ("RTC 6 wk.\\nDKR", "Refill sent.
-mj", "Stable.  tqb RN"); a name after a form field naming a part of a name, in any case and script
("Surname: OKONJO", "Given names: Zoë Amélie"); names with diacritics after a label, relation or title ("Pt: Trần Thị
Hương", "Dr. Dvořák"); an airline or booking name ("BRENNAN/AOIFE MS"); a
lower-case first name in a chat self-introduction or sign-off ("its rosalind,", "- fergal"). Look-alikes:
a closing word or acronym ending a post ("Thanks. TIA", "So tired. lol"), a clinical abbreviation ending
a note ("Will f/u PRN"), a lower-case word without a dash or wide gap ("went home. ok"), empty name
fields ("Surname: N/A"), a slash pair with no title ("AND/OR"), and lower-case ordinary words after a
dash or "its" ("its late again", "- alone"), field labels before a code ("NIN: 7712..."), chat roles
("Bot: How can I help"), in-law shorthand ("my MIL") and app brands ("Venmo me"). After review 2: slash pairs of
clinical abbreviations before "MR"/"MS" ("CHF/COPD MS CHANGES"), an abbreviation, place code or kiss ending a note
or post ("Plan per attending.\\nDNI", "Moved here. NYC", "\\nxx"), field placeholders ("See ID card", "NMN"), and
words opening with a lower-case diacritic ("Pt: ăn uống kém") are no names; a capitals first name labelling a
phone number ("KAREN: 07700 ..."), initials before a newline, blank line or after "--", a sign-off before "\\r\\n"
and a surname on the line after its field are. All values are invented.
"""

from __future__ import annotations

import pytest

from confide.anonymize.analyzer import TextAnalyzer
from tests.anonymize.conftest import covered, touching

# Most were missed before these rules; the rest (mixed-case fields, the other diacritic names) guard the
# rules' other forms.
POSITIVES = [
    # initials closing a note: own line, after a sentence, with a dash, with a credential
    ("Labs stable, continue lisinopril. RTC 6 wk.\nDKR", "DKR"),
    ("labs stable, continue lisinopril. rtc 6 wk.\ndkr", "dkr"),
    ("Discussed diet, recheck A1c in 3 mo. TQF", "TQF"),
    ("Refill sent to pharmacy, pt aware.  - JM", "JM"),
    ("Refill sent to pharmacy, pt aware.  -mj", "mj"),
    ("Refill sent to pharmacy, pt aware.\n-LPB", "LPB"),
    ("Wound healing well, f/u as planned.  tqb RN", "tqb"),
    ("Prior auth approved, pharmacy notified.  - vnk", "vnk"),
    # form fields that name a part of a name, any case and script
    ("Enrolment form\nStudent surname: OKONJO\nGiven names: Zoë Amélie\nYear: 4", "OKONJO"),
    ("Enrolment form\nStudent surname: OKONJO\nGiven names: Zoë Amélie\nYear: 4", "Zoë Amélie"),
    ("enrolment form\nsurname: okonjo\ngiven names: zoë amélie", "okonjo"),
    ("First name: Brannagh Last name: Quillfeather DOB: 03/04/2011", "Brannagh"),
    ("First name: Brannagh Last name: Quillfeather DOB: 03/04/2011", "Quillfeather"),
    ("FAMILY NAME: DÜRRBECK, address on file", "DÜRRBECK"),
    ("Last name: OYELARAN-BELL", "OYELARAN-BELL"),
    # names with diacritics after a label, a relation or a title
    ("Pt: Nguyễn Văn Thành, 71M, son interprets.", "Nguyễn Văn Thành"),
    ("Pt: Trần Thị Hương, 64F, here with daughter.", "Trần Thị Hương"),
    ("Patient: Đặng Quốc Bảo, 70M", "Đặng Quốc Bảo"),
    ("Reviewed with Dr. Dvořák today, plan unchanged.", "Dvořák"),
    ("my roommate Aoibheán keeps eating my food", "Aoibheán"),
    # booking names
    ("Ticket issued, passenger BRENNAN/AOIFE MS, seat 14A.", "BRENNAN/AOIFE"),
    ("PNR 7QKX2L OYELOWO/TEMITOPE ADE MR economy", "OYELOWO/TEMITOPE ADE"),
    # lower-case first names in chat self-introductions and sign-offs
    ("Patient message: hi its bronagh, the zoloft is making me super tired", "bronagh"),
    ("Patient message: hi doc its rosalind, the zoloft is making me super tired, can i skip a dose", "rosalind"),
    ("where is my parcel? tracking ZX0093311 - eilidh", "eilidh"),
]

NEGATIVES = [
    ("Long week at work, any advice welcome. Thanks. TIA", "TIA"),
    ("I just sat in my car for an hour. lol", "lol"),
    ("Knee pain better, continue NSAID. Will f/u PRN", "PRN"),
    ("Knee pain better. WNL", "WNL"),
    ("we went home after the game. ok", "ok"),
    ("Taking 20 mg daily now. me", "me"),
    ("Surname: N/A\nGiven names: unknown", "N"),
    ("Surname: N/A\nGiven names: unknown", "unknown"),
    ("A surname-based search found two charts.", "based search"),
    ("Check the AND/OR gate before MR imaging.", "AND/OR"),
    ("its late again and i cant sleep", "late"),
    ("did the whole trip - alone", "alone"),
    # field labels and chat roles, in-law shorthand and app brands
    ("Tax form\nNIN: 77120493318\nTIN: 4410-22", "NIN"),
    ("Bank details\nIBAN: GB29 NWBK 6016 1331 9268 19", "IBAN"),
    ("Chat log\nBot: How can I help today?\nUser: my router is down", "Bot"),
    ("my MIL keeps turning up unannounced and i am losing it", "MIL"),
    ("Can you Venmo me the $40 for dinner by Friday?", "Venmo"),
    ("He spends all night on Fortnite with his cousins.", "Fortnite"),
]

# A name labelling a chat line is still a name.
CHAT_NAMES = [("Chat log\nTamsin: are you coming tonight?\nMe: yes", "Tamsin")]

# After review 2: each look-alike below was a PERSON on the reviewed code.
# Slash pairs of clinical abbreviations before "MR" (mitral regurgitation), "MS" (mental status) or "DR".
CLINICAL_SLASH_PAIRS = [
    ("HX OF CHF/COPD MS CHANGES NOTED", "CHF/COPD"),
    ("PT/OT DR ORDERS RECEIVED", "PT/OT"),
    ("TRANSFERRED FROM ICU/CCU DR PATEL ACCEPTING", "ICU/CCU"),
    ("NEURO: CVA/TIA MS BASELINE", "CVA/TIA"),
    ("Echo: AS/MR MR moderate", "AS/MR"),
    ("PT/INR MR PENDING", "PT/INR"),
    ("RN/LPN MS JONES TO FOLLOW", "RN/LPN"),
    ("NPO/IVF DR NOTIFIED", "NPO/IVF"),
    ("HTN/DM MR STABLE ON MEDS", "HTN/DM"),
    ("ABX/IVF MS IMPROVED", "ABX/IVF"),
]
# A clinical abbreviation, place code, chat acronym or kiss ending a note or post is no signer's initials.
CLOSING_ABBREVIATIONS = [
    ("Discharge planning ongoing. SNF", "SNF"),
    ("Labs drawn this am. TSH", "TSH"),
    ("Chest pain resolved. CXR", "CXR"),
    ("Code status discussed with family. DNR", "DNR"),
    ("Plan per attending.\nDNI", "DNI"),
    ("SAFETY PLAN REVIEWED. F/U 2 WKS. HEP", "HEP"),
    ("Anticoagulation clinic.\nINR", "INR"),
    ("Wound clean.\nASA", "ASA"),
    ("...I just needed to vent. TW", "TW"),
    ("I am a 24 year old trans guy. FTM", "FTM"),
    ("Moved here for work. NYC", "NYC"),
    ("Weekend in the city. LA", "LA"),
    ("Loved it here.\nATX", "ATX"),
    ("Any advice? CBD", "CBD"),
    ("Thanks for reading.\nxx", "xx"),
    ("Thanks for reading.\nxxx", "xxx"),
    ("Thanks all.  xx", "xx"),
    ("anyway that's my story\nhth", "hth"),
    ("so yeah\nsry", "sry"),
    ("pt tolerated well.\nsnf", "snf"),
    ("labs pending\ncxr", "cxr"),
    ("d/c home today.\n- bmi", "bmi"),
]
# Instructions and placeholders filling a name field; lower-case words of a place after a dash; Vietnamese
# words that open with a lower-case letter with diacritics.
FIELD_PLACEHOLDERS_AND_WORDS = [
    ("First name: See ID card", "See ID card"),
    ("Please enter first name: Required field", "Required field"),
    ("Middle name: NMN", "NMN"),
    ("Surname: Doe", "Doe"),
    ("- kansas", "kansas"),
    ("thx - dakota", "dakota"),
    ("Pt: ăn uống kém, mệt", "ăn"),
    ("Pt: ăn ít, ngủ kém", "ăn"),
]
# Names a reviewed rule dropped or missed: a first name in capitals labelling a phone number, initials before a
# trailing newline, a blank line or a double dash, a sign-off name before a Windows line end, a surname on the
# line after its field.
NAMES_AT_EDGES = [
    ("Contacts\nKAREN: 07700 900123", "KAREN"),
    ("JOHN: 555 0101", "JOHN"),
    ("Emergency contacts\nIAN: 0161 496 0000", "IAN"),
    ("Pt seen.\nJMS\n", "JMS"),
    ("Refill sent.\n- JM\n", "JM"),
    ("Refill sent. KQT\n\nNote 2: Pt called back.", "KQT"),
    ("Seen in clinic today.\n-- ABK, PA-C", "ABK"),
    ("ok bye\r\n-- Oisín\r\n", "Oisín"),
    ("Call later.\n-- Róisín\r\n", "Róisín"),
    ("Surname:\nOYELARAN", "OYELARAN"),
]


@pytest.mark.parametrize(("text", "target"), POSITIVES + CHAT_NAMES + NAMES_AT_EDGES)
def test_names_in_records_and_forms_are_found(analyzer: TextAnalyzer, text: str, target: str) -> None:
    assert covered(analyzer, text, target)


@pytest.mark.parametrize(
    ("text", "look_alike"), NEGATIVES + CLINICAL_SLASH_PAIRS + CLOSING_ABBREVIATIONS + FIELD_PLACEHOLDERS_AND_WORDS
)
def test_closing_words_and_empty_fields_are_no_names(analyzer: TextAnalyzer, text: str, look_alike: str) -> None:
    assert not [t for t in touching(analyzer, text, look_alike) if t[0] == "PERSON"]
