"""Identifier classes of real clinical and peer-support text, in upper, lower and mixed case.

Each positive case names the identifier that must be covered; each negative case is a look-alike
(lab value, dose, score, clinical abbreviation, Title-Case common noun) that must not be touched.
All values are invented.
"""

from __future__ import annotations

import pytest

from confide.anonymize.analyzer import TextAnalyzer
from tests.anonymize.conftest import covered, touching, variants

POSITIVES = [
    # names: relatives, clinicians, lone first names, names in parentheses
    *variants("8/14 seen by daughter Margie, stable.", "Margie"),
    *variants("Plan discussed with Dr Kowalski this am.", "Kowalski"),
    *variants("Spoke with son Pete re: discharge.", "Pete"),
    ("my counsellor (Imogen Ashdown) said to journal", "Imogen Ashdown"),
    ("my niece Ophelia visits on sundays", "Ophelia"),
    ("Parents Hollis and Marguerite attended.", "Hollis"),
    ("Parents Hollis and Marguerite attended.", "Marguerite"),
    ("Xzavian G. Tavares, M.D. signed the note", "Xzavian G. Tavares"),
    ("DD: 03/14/89\nTD: 03/18/89 10:02 A jlw", "jlw"),
    ("Transcribed: 3/18/2089 kt", "kt"),
    # dates in note forms
    *variants("Transfer planned on 3/14 per team.", "3/14"),
    *variants("Married 6/85, two children.", "6/85"),
    *variants("DOB March 3rd 1961.", "March 3rd 1961"),
    ("Admitted 2023-04-11 14:32 from ED.", "2023-04-11 14:32"),
    ("Session on Tuesday the 4th went well.", "Tuesday the 4th"),
    ("we were born on christmas day 1998", "christmas day 1998"),
    # facilities and places
    *variants("To St Elsewhere Hospital ER via ambulance.", "Elsewhere Hospital"),
    ("Transferred from Lakeview Regional on arrival.", "Lakeview Regional"),
    *variants("Pt lives in Worcester with husband.", "Worcester"),
    ("i still live on maple street near my mum", "maple street"),
    # phones, international and national formats
    ("text me on +44 7911 123456 anytime", "+44 7911 123456"),
    ("Ward line +44 20 7946 0958.", "+44 20 7946 0958"),
    ("Ward line 020 7946 0321.", "020 7946 0321"),
    # identifying numbers
    ("SSN 078-05-1120 on file.", "078-05-1120"),
    *variants("NPI 1467593820 for the referral.", "1467593820"),
    ("The officer (badge 4471) brought him in.", "4471"),
    ("insurance XKQ884512007 verified", "XKQ884512007"),
    ("Poison control case PC-0048813.", "PC-0048813"),
    # handles
    ("find me as 'lonelyboi_in_leeds' on the forum", "lonelyboi_in_leeds"),
    # a name before a condition word, a surname in capitals on a cased line, non-ASCII names, URLs
    ("Mr. Jones's anxiety is worse today.", "Jones"),
    ("Daughter Priya Venkataraman's anxiety scale was 12.", "Priya Venkataraman"),
    ("Chart signed by HILL today, plan unchanged.", "HILL"),
    ("SPOKE WITH DAUGHTER JOSÉ NÚÑEZ TODAY.", "JOSÉ NÚÑEZ"),
    ("spoke with daughter zoë today", "zoë"),
    ("Visit MYCHART.EXAMPLE.ORG for results.", "MYCHART.EXAMPLE.ORG"),
    # names by what they do or own, "Last, First" after a label, streets and ZIPs in any case
    ("Joe said he would drive her home.", "Joe"),
    ("Per Mary's daughter, pt was confused overnight.", "Mary"),
    ("Patient: Haverford, Delphine   MRN: 0048-2217", "Haverford, Delphine"),
    ("Patient Name: ZELENKA, BRONISLAV", "ZELENKA, BRONISLAV"),
    *variants("Address on file: 18 Birchwood Terrace, Dorchester MA 02124.", "18 Birchwood Terrace"),
    *variants("Address on file: 18 Birchwood Terrace, Dorchester MA 02124.", "02124"),
    *variants("His address is 14 Rue Aghlab 7, Tunis.", "14 Rue Aghlab 7"),
    ("FAX TO (617) 555-0134-FAX ATTN: MARISOL.", "(617) 555-0134"),
    ("Followed at Westbury Medical Associates since 2080.", "Westbury Medical Associates"),
    *variants("Admitted from Greenfield Manor NH.", "Greenfield Manor"),
]

# Dictated discharge summaries, radiology reports and nursing notes (i2b2 / PhysioNet style):
# report headers, "SURNAME , GIVEN M." names, initials, dictation codes, ranges, site codes.
REPORT_POSITIVES = [
    *variants("Attending: VANDERMOLEN , ESTEBAN R. M.D.", "VANDERMOLEN , ESTEBAN R."),
    ("NAME: TREMBLAY, OSWALDO J UNIT NUMBER: 771-40-28", "TREMBLAY, OSWALDO J"),
    ("Name: Tremblay, Oswaldo J  Unit Number: 771-40-28", "Tremblay, Oswaldo J"),
    *variants("WOJCIECHOWSKI, ELZBIETA is a 96 year-old woman seen today.", "WOJCIECHOWSKI, ELZBIETA"),
    *variants("Seen by S. Nakagawa, PA-C today.", "S. Nakagawa"),
    *variants("Team: Nwachukwu / Trelawney", "Trelawney"),
    *variants("Seen with Xavier Q Yates today.", "Xavier Q Yates"),
    ("Patient: Quinlan,Yvette", "Quinlan,Yvette"),
    ("jhk / rtm   cc: Cornelius Abara, MD", "jhk"),
    ("jhk / rtm   cc: Cornelius Abara, MD", "rtm"),
    ("JHK / rtm", "JHK"),
    ("Dictated By: DRUMMOND, PHILIPPA M., M.D. PD42", "PD42"),
    ("ENTERED BY: HALVORSEN, BRIGID (BH73) 11/02/93", "BH73"),
    ("Entered by: Halvorsen, Brigid (bh73) 11/02/93", "bh73"),
    *variants("Batch: 66721", "66721"),
    *variants("eScription document: 8-4417290 BFFocus", "8-4417290"),
    *variants("PT#: 44812  Unit#: 8831-02", "44812"),
    *variants("PT#: 44812  Unit#: 8831-02", "8831-02"),
    ("Clinic #: 218", "218"),
    ("556104829 SHC\n8812047\n221455\n4480127", "221455"),
    ("556104829 SHC\n8812047\n221455\n4480127", "SHC"),
    ("482910377 | PHH | 20418857 | | 7730195", "PHH"),
    ("cc: Lionel Okwuosa, M.D., SMH Pulmonary", "SMH"),
    *variants("pt on 5 west 6/12-6/14, then home.", "6/12-6/14"),
    *variants("Seen after Memorial Day weekend.", "Memorial Day"),
    *variants("Started lithium in the summer of 2068.", "summer of 2068"),
    *variants("Last colonoscopy Jan '69.", "Jan '69"),
    *variants("Will d/c to Maple Grove Rehab in am.", "Maple Grove Rehab"),
    *variants("Known to the Washtenaw CMH team.", "Washtenaw CMH"),
    ("HD MWF at Crestview Dialysis.", "Crestview Dialysis"),
    ("Her pharmacy is Walgreens on Elm St.", "Walgreens"),
    ("Then to Riverside Skilled Nursing on 6/15.", "Riverside Skilled Nursing"),
    ("Followed at Rockford Memorial since 2080.", "Rockford Memorial"),
    *variants("Discharged to Brookside Rehab on 5/2.", "Brookside Rehab"),
    ("BIDMC ED visit 2/3 for chest pain.", "BIDMC"),
]

REPORT_NEGATIVES = [
    *variants("CHF, HTN, COPD, DM2, CKD.", "CHF, HTN, COPD, DM2, CKD"),
    *variants("Spoke with son Pete a nurse here.", "a nurse"),
    *variants("Plan: CT / MRI if worse. PO / IV abx per ID.", "CT / MRI if worse. PO / IV"),
    *variants("Batch size of 12 was used.", "Batch size of 12"),
    *variants("Pt #2 of the day, bed #12. # of falls: 2.", "#2 of the day, bed #12. # of falls: 2"),
    *variants("Discharged to rehab in stable condition.", "rehab"),
    *variants("Referred to Cardiac Rehab after CABG.", "Cardiac Rehab"),
    *variants("d/c to acute rehab when stable", "acute rehab"),
    ("Sent to the Main Pharmacy for pickup.", "Main Pharmacy"),
    ("Seen in Interventional Radiology for the drain.", "Interventional Radiology"),
    ("Her pharmacy is closed on Sundays.", "closed"),
    ("Glasgow Coma Scale 15, Apgar score 9, Boston bowel prep score 8.", "Apgar score 9"),
    *variants("VS: 98.6 / 72 / 18, K 4.1, BNP 1,840, EF 25-30%.", "98.6 / 72 / 18, K 4.1, BNP 1,840, EF 25-30%"),
]

NEGATIVES = [
    *variants("K 3.9, Na 138, Cr 1.4, WBC 11.2.", "K 3.9, Na 138, Cr 1.4, WBC 11.2"),
    *variants("Lasix 40mg IV given, UO 45cc/hr.", "Lasix 40mg IV given, UO 45cc/hr"),
    *variants("Pain 7/10, strength 4/5 bilaterally.", "Pain 7/10, strength 4/5"),
    *variants("PO intake fair. Foley patent. Abd soft NT ND.", "PO intake fair. Foley patent. Abd soft NT ND"),
    *variants("Neuro: A+Ox3. GU: Foley to gravity.", "Neuro: A+Ox3. GU: Foley to gravity"),
    *variants("Hep 5000u SQ q8h, PHQ-9 score 14.", "Hep 5000u SQ q8h, PHQ-9 score 14"),
    ("Edema 2+ BLE.Pt repositioned q2h.", "BLE.Pt"),
    ("Meds @2pm, flush @45cc.", "@2pm, flush @45cc"),
    ("I was diagnosed with Major Depressive Disorder last year.", "Major Depressive Disorder"),
    ("Bowel Cancer runs in my family and Global Warming scares me.", "Bowel Cancer"),
    ("Bowel Cancer runs in my family and Global Warming scares me.", "Global Warming"),
    ("I've been kinda tired, I've tried CBT.", "I've been kinda tired, I've"),
    # social-media text: everyday words, places-that-are-words, holidays, brands with numbers
    ("i put it in it and it was fine, any way", "i put it in it and it was fine, any way"),
    ("I have no health insurance and I'm taking college classes.", "no health insurance and I'm taking college"),
    ("Proud of myself today. Cheers!", "Proud of myself today. Cheers"),
    ("my son will go back to school", "son will go"),
    ("the car hit 5000mph in my dream lol", "5000mph"),
    ("Insulin SS per protocol, GI consulted.", "Insulin SS per protocol, GI consulted"),
    # shifts, medication lists, vitals in a row, street-type words that are clinical words
    *variants("Shift 0700-1900 uneventful. 11p-7a: slept well.", "0700-1900 uneventful. 11p-7a"),
    *variants("Meds: 1 Aspirin 81, 2 Lasix 40, 3 Metoprolol 25.", "1 Aspirin 81, 2 Lasix 40, 3 Metoprolol 25"),
    *variants("BP 132 78 HR 88 RR 18, to ER via ambulance 2 medics.", "BP 132 78 HR 88 RR 18, to ER via ambulance 2"),
    ("Hope is what keeps me going. Walker at bedside.", "Hope is what keeps me going. Walker"),
    ("Patient Name: ZELENKA, BRONISLAV", "Patient Name"),
    ("DT: 3/18 given 10 pm", "pm"),
    ("DD: 3/18 med given po", "po"),
    ("SEEN 2 DAYS AGO BY DR SMITH. HR 78 NO ST CHANGES.", "2 DAYS AGO BY DR"),
    ("SEEN 2 DAYS AGO BY DR SMITH. HR 78 NO ST CHANGES.", "78 NO ST CHANGES"),
    (
        "Transferred 2 days ago from the floor\nRoom 412: pt resting, 2 PIVs in place.",
        "2 days ago from the floor\nRoom 412",
    ),
]


@pytest.mark.parametrize(("text", "identifier"), POSITIVES)
def test_when_identifier_in_clinical_style_then_it_iscovered(
    analyzer: TextAnalyzer, text: str, identifier: str
) -> None:
    assert covered(analyzer, text, identifier)


@pytest.mark.parametrize(("text", "identifier"), REPORT_POSITIVES)
def test_when_identifier_in_dictated_report_then_it_iscovered(
    analyzer: TextAnalyzer, text: str, identifier: str
) -> None:
    assert covered(analyzer, text, identifier)


@pytest.mark.parametrize(("text", "look_alike"), [*NEGATIVES, *REPORT_NEGATIVES])
def test_when_look_alike_then_it_is_left_alone(
    analyzer: TextAnalyzer, text: str, look_alike: str
) -> None:
    assert touching(analyzer, text, look_alike) == []


def test_when_a_holiday_is_named_then_it_is_no_person(analyzer: TextAnalyzer) -> None:
    """Holidays are in the name lists; as date elements they may be shifted, never pseudonymized."""
    text = "Christmas was hard this year and Easter too."
    assert not [s for s in analyzer.analyze([text])[0] if s.entity_type == "PERSON"]


def test_when_capitalized_words_run_on_then_a_name_stays_a_few_words(analyzer: TextAnalyzer) -> None:
    text = "Dr Okonkwo " + " ".join(f"Zyqarv{i:04d}x" for i in range(50))
    longest = max((s.end - s.start for s in analyzer.analyze([text])[0]), default=0)
    assert longest < 80


@pytest.mark.parametrize(
    "text",
    [
        "Hx of Parkinson's disease, Hodgkin lymphoma and Barrett's esophagus; Babinski sign negative.",
        "PARKINSON'S DISEASE, HODGKIN LYMPHOMA, BARRETT'S ESOPHAGUS, BABINSKI SIGN NEGATIVE.",
        "parkinson's disease, hodgkin lymphoma, foley catheter draining, babinski downgoing.",
    ],
)
def test_when_a_name_word_names_a_disease_sign_or_device_then_the_dictionary_leaves_it(text: str) -> None:
    """Eponyms: a name word right before a clinical head noun is no person (the dictionary's part)."""
    from confide.anonymize.recognizers.name_dictionary import NameDictionaryRecognizer

    assert NameDictionaryRecognizer().find(text) == []


def test_when_a_titled_name_is_followed_by_a_head_noun_then_it_is_still_a_name() -> None:
    from confide.anonymize.recognizers.name_dictionary import NameDictionaryRecognizer

    text = "Discussed with Dr Hodgkin test results today."
    assert [text[s:e] for s, e, _ in NameDictionaryRecognizer().find(text)] == ["Hodgkin"]
