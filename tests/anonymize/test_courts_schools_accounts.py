"""Courts and tribunals, schools, accounts and parties: the eighth round's tuning sets (judgments, child and
family care, the administrative side of care).

Courts abroad by their seat ("Poznań Regional Court"), bodies by the place they serve ("SUPERIOR COURT OF
CALIFORNIA, COUNTY OF SANTA CLARA"), schools by town and level ("Kingsgrove High", "Riverbend PS"), Irish
schools ("Coláiste Muire"), school boards ("Ottawa-Carleton DSB"), providers by a coined name ("Brightpath
Fostering"), card numbers and IBANs whatever their check digits, research subjects' and pupils' numbers,
court files with letter groups, policy holders and parties in capitals, European postcodes before their
town, regions after a town ("Kirkcaldy, Fife", "Rotorua, NZ"), dates in other languages and day ranges,
flats in Scotland and England, Singapore blocks, Indian cross roads, Slavic and Irish streets. Look-alikes:
scores after "SS", clock times in groups of four, public services of everyday words, a board "of
Directors", a participant's count, a substance's user, a study's code, clock times before a town, and
the review's ward words, lab limits, risks, brands and samples. All values are invented.
"""

from __future__ import annotations

import pytest

from confide.anonymize.analyzer import TextAnalyzer
from tests.anonymize.conftest import covered, touching, variants

POSITIVES = [
    ("An objection to the Menemen Assize Court was dismissed.", "Menemen Assize Court"),
    ("The prison director applied to the Poznań Regional Court for a declaration.", "Poznań Regional Court"),
    ("On 23 May 2012 the Dzerzhinskiy Town Court declared her incapable.", "Dzerzhinskiy Town Court"),
    ("SUPERIOR COURT OF CALIFORNIA, COUNTY OF SANTA CLARA\nProbate Division", "SUPERIOR COURT OF CALIFORNIA"),
    ("MENTAL HEALTH TRIBUNAL FOR SCOTLAND\nReference: MHTS/CTO/2023/0788", "MENTAL HEALTH TRIBUNAL FOR SCOTLAND"),
    ("Wants to move to Kingsgrove High next year.", "Kingsgrove High"),
    ("Student: Liam Beaulieu, Gr 5, Riverbend PS. Identification: autism.", "Riverbend PS"),
    ("Pupil: Ruairí Kavanagh, 4th class, Gaelscoil Bhríde, Ballyfermot.", "Gaelscoil Bhríde"),
    ("School: Coláiste Muire, 3rd year.", "Coláiste Muire"),
    ("IPRC MEETING – Ottawa-Carleton DSB", "Ottawa-Carleton DSB"),
    ("Fostering agency: Brightpath Fostering, supervising SW on leave.", "Brightpath Fostering"),
    ("Please charge my card 4716 0283 5519 8842 exp 09/27.", "4716 0283 5519 8842"),
    ("$50 loaded for subject 022-118, card # 5432 8870 1946 2203.", "5432 8870 1946 2203"),
    ("My IBAN is HU93 1160 0006 0000 0000 4872 1934. Please refund.", "HU93 1160 0006 0000 0000 4872 1934"),
    ("It will be transferred to DE27 1005 0000 0190 3385 61 within 10 days.", "DE27 1005 0000 0190 3385 61"),
    ("AE report: subject 017-0043 reported dissociation.", "017-0043"),
    ("Student: Liam Beaulieu   OEN 328-491-067   Gr 5", "328-491-067"),
    ("Attorney for petitioner: Rachel Kasparian (SBN 287415)", "287415"),
    ("(file no. 1893/P/2010), the nurses on duty", "1893/P/2010"),
    ("Coroner's reference: 0294/2022/HM", "0294/2022/HM"),
    ("EOB: Subscriber AOIFE O'SULLIVAN, Group 0071455", "AOIFE O'SULLIVAN"),
    ("Estate of: HAROLD EUGENE WEXLER, Conservatee. Case No. 22PR193384", "HAROLD EUGENE WEXLER"),
    ("Pt requested records via portal (user fwanjiru77), no fee.", "fwanjiru77"),
    ("Reports bullying on Discord - user xXgrimreapXx telling him to leave.", "xXgrimreapXx"),
    ("I live at Király utca 48, 1077 Budapest.", "1077"),
    ("Patiente: Léa Gagnon-Roy, née le 3 mai 2013.", "3 mai 2013"),
    ("nacido el 15 de marzo de 2020 en Quito", "15 de marzo de 2020"),
    ("Heard at: Bristol   On: 6-8 November 2023", "6-8 November 2023"),
    ("Date and place of birth: 3 November 1996, Kirkcaldy, Fife", "Fife"),
    ("Kai was born in Rotorua, NZ and moved later.", "NZ"),
    ("Flat 2/1, 44 Dumbarton Road, Partick, Glasgow G11 6PB", "2/1, 44 Dumbarton Road"),
    ("Patient: Kirsty McColl, 14/2 Restalrig Avenue, Edinburgh EH7 6PL", "14/2 Restalrig Avenue"),
    ("Address: Flat 12, Harrington Court, Marsh Lane, Leyland PR25 3XE", "Flat 12, Harrington Court, Marsh Lane"),
    ("NRIC S8834127D, Blk 418 Bedok North Ave 2 #07-231, Singapore 460418", "Blk 418 Bedok North Ave 2 #07-231"),
    ("residing at No. 14, 3rd Cross, HAL 2nd Stage, Bengaluru 560038", "No. 14, 3rd Cross, HAL 2nd Stage"),
    ("threatening his neighbours at Ulica Matije Gupca 14.", "Ulica Matije Gupca 14"),
    ("Address: 14 Páirc na Coille, Ballincollig, Co. Cork", "14 Páirc na Coille"),
]
LOOK_ALIKES = [
    ("KTEA-3 Reading SS 84; Math Concepts SS 97.", "Math Concepts SS"),
    ("BP High in the afternoon, checked again.", "BP High"),
    ("Referred to High Street pharmacy and Secondary Care.", "Secondary Care"),
    ("turned q2h at 1000 1200 1400 1600 2000, skin intact", "1000 1200 1400 1600"),
    ("Referred to Child Protective Services today.", "Child Protective Services"),
    ("Emergency Medical Services arrived at 0310.", "Emergency Medical Services"),
    ("The Board of Directors met on the budget.", "Board of Directors"),
    ("The Court of Appeal dismissed it.", "Court of Appeal"),
    ("Participant 3 said the group helped.", "3"),
    ("cannabis user THC-vape daily; tobacco user: 1.5ppd", "THC-vape"),
    ("Vitals at 0800, 1200 Boston Children's called back.", "1200"),
    ("ADMITTED TO WARD 6, MINOR INJURY", "WARD 6"),
    ('He won "Best Actor" (Tom Hanks) that year.', "Best Actor"),
    ("Card 10 mg given", "10"),
    ("Pt from Leeds, Hope she settles in.", "Hope"),
    ("SUPREME COURT OF THE STATE OF NEW YORK, COUNTY OF KINGS", "COUNTY"),
    # from the round's review: ward and unit words, lab limits, substance users, risks, scores, brands, samples
    ("TRANSFERRED TO PSYCH ICU, WARD 12 BED 4.", "TRANSFERRED TO PSYCH ICU"),
    ("Subscriber: SPOUSE OF PT", "SPOUSE OF PT"),
    ("ALT 85 U/L (ULN 40)", "40"),
    ("Cannabis (user non-compliant with abstinence).", "non-compliant"),
    ("Portal user follow-up booked.", "follow-up"),
    ("Risk: Self Harm High, Absconsion High.", "Absconsion High"),
    ("Zubrod PS 1, Sickle Cell SS crisis.", "Sickle Cell SS"),
    ("Per subject 250 mL bolus.", "250"),
    ("Fluid balance cc 1000 1200 1400 1650.", "1000 1200 1400 1650"),
    ("Spravato Service started today.", "Spravato Service"),
    ("Sample 1, 2nd cross match sent.", "1, 2nd cross"),
    ("Nerve Block 2 Left Femoral Central line.", "Block 2 Left Femoral Central"),
    ("HR88 1200 1300 1400 trend.", "HR88 1200 1300 1400"),
]


@pytest.mark.parametrize(("text", "target"), POSITIVES)
def test_when_a_court_school_account_or_party_is_written_so_then_it_is_covered(
    analyzer: TextAnalyzer, text: str, target: str
) -> None:
    assert covered(analyzer, text, target)


@pytest.mark.parametrize(
    ("text", "target"),
    variants("Moved to Riverbend PS in Gr 5. Card 4716 0283 5519 8842 on file.", "4716 0283 5519 8842"),
)
def test_when_a_card_number_is_in_any_case_then_it_is_covered(analyzer: TextAnalyzer, text: str, target: str) -> None:
    assert covered(analyzer, text, target)


@pytest.mark.parametrize(("text", "look_alike"), LOOK_ALIKES)
def test_when_a_score_time_service_count_or_title_then_it_is_left_alone(
    analyzer: TextAnalyzer, text: str, look_alike: str
) -> None:
    assert touching(analyzer, text, look_alike) == []
