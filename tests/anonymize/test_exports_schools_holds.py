"""Exports, schools and emergency holds: the tenth round's tuning sets.

Identifiers by the field they stand in: HL7 v2 segments (names, dates of birth, addresses, ids and their
assigning sites), table cells under their column's header, machine keys ('PATIENT_SURNAME: ...',
'user=...', JSON's "family" and "given"), resource references, a user's folder in a path and the name,
date and id parts of a file name; a date with its weekday and time of day. Sites named by ordinary words
in a bed search's answers or before a kind of site after a preposition, statutory tribunals, police
forces and probation services, schools by their level, Afrikaans and Irish schools, local rugby and
Gaelic clubs, child-protection and youth services by name, and names after the kin words of other
Englishes. Look-alikes: a data set's own names (headers, constants in capitals, files and versions, a
formula's fields, a report's name after its key), free-text and score columns, an id's national issuer,
a bed search's answerers (the patient, the family, a clinician), services named by what they do and whom
they serve, a tribunal's remit in lower case, a count after a year, a course's code before its essay, a
rank before a noun, charities' words as words, a record's next label and a professional club's short
kind. All values are invented.
"""

from __future__ import annotations

import pytest

from confide.anonymize.analyzer import TextAnalyzer
from confide.anonymize.recognizers.structured_fields import name_type
from tests.anonymize.conftest import covered, touching

HL7_ADT = (
    "MSH|^~\\&|EPIC|NCMH|RHAPSODY|Bridgeway|20240312081400||ADT^A04^ADT_A01|MSG00048213|P|2.5.1\n"
    "PID|1||MRN4471920^^^NCMH^MR~901-44-7316^^^SSA^SS||OKAFOR^JANE^ADAEZE||19780412|F|||"
    "14 Birch Ln Apt 2C^^Durham^NC^27701||(919)555-0142\n"
    "NK1|1|OKAFOR^CHIDI|SPO^Spouse|||919-555-0177\n"
    "PV1|1|O|BH^201^1|||||1730229184^Lindqvist^Erik"
)
CSV_EXPORT = (
    "mrn,name,dob,eircode,county,gp,ppsn\n"
    '0019442,"Ó Súilleabháin, Pádraig",1959-01-27,P31 X2K7,Cork,Dr Keane,8123456TA'
)
REDCAP = "record_id,redcap_event_name,consent_date,age,phq9_score\n1044,baseline_arm_1,2023-10-02,92,9"

NAMES = [
    ("dob", "DATE_TIME"),
    ("birthDate", "DATE_TIME"),
    ("PATIENT_SURNAME", "PERSON"),
    ("gp_practice", "FACILITY"),
    ("eircode", "ZIP_CODE"),
    ("nhs_no", "ID_NUMBER"),
    ("user", "SOCIAL_HANDLE"),
    ("msg_id", ""),
    ("phq9_total", ""),
    ("notes", ""),
    ("Q7_text", ""),
]


@pytest.mark.parametrize(("name", "etype"), NAMES)
def test_when_a_column_or_key_is_named_then_its_values_take_the_type_it_names(name: str, etype: str) -> None:
    assert name_type(name) == etype


POSITIVES = [
    (HL7_ADT, "ADAEZE"),
    (HL7_ADT, "19780412"),
    (HL7_ADT, "14 Birch Ln Apt 2C"),
    (HL7_ADT, "Durham"),
    (HL7_ADT, "MRN4471920"),
    (HL7_ADT, "CHIDI"),
    (HL7_ADT, "Lindqvist"),
    (HL7_ADT, "NCMH"),
    ("MSH|^~\\&|MEDITECH|Tara Hospital|LABSYS|NHLS|20240219103012+0200||ORM^O01|TH0441|P|2.4", "NHLS"),
    (CSV_EXPORT, "Ó Súilleabháin, Pádraig"),
    (CSV_EXPORT, "Keane"),
    (CSV_EXPORT, "Cork"),
    (REDCAP, "1044"),
    (REDCAP, "92"),
    ("nhs_no\tsurname\tforename\tdob\n402 281 6633\tNair\tPriya\t14/02/1991", "Nair"),
    ("PATIENT_SURNAME: WALKER  PATIENT_GIVEN: Hemi  SUBURB: Bankstown", "WALKER"),
    ("PATIENT_SURNAME: WALKER  PATIENT_GIVEN: Hemi  SUBURB: Bankstown", "Hemi"),
    ('{"name":[{"family":"Mbeki-Thompson","given":["Lerato","Naledi"]}],"birthDate":"1988-06-30"}', "Lerato"),
    ('{"name":[{"family":"Mbeki-Thompson","given":["Lerato","Naledi"]}],"birthDate":"1988-06-30"}', "Naledi"),
    ('"subject":{"reference":"Patient/pt-8f2c91e0","display":"Lerato Mbeki-Thompson"}', "pt-8f2c91e0"),
    ('"subject":{"reference":"Patient/pt-8f2c91e0","display":"Lerato Mbeki-Thompson"}', "Lerato Mbeki-Thompson"),
    ("2024-03-12T08:22:41Z user=mreyes2 action=VIEW resource=Patient/MRN4471920", "mreyes2"),
    ("2024-03-12T08:23:09Z user=tg action=PRINT resource=DocumentReference/88213 pages=3", "88213"),
    ("Directory of C:\\Users\\dmorales\\Desktop\\intake_scans", "dmorales"),
    ("412,880 scan_okafor_2023-04-11.pdf", "okafor"),
    ("412,880 scan_okafor_2023-04-11.pdf", "2023-04-11"),
    ("56,320 consent_MRN4471920_signed.pdf", "MRN4471920"),
    ("Saved to \\\\fs02\\incoming\\Kowalczyk_Tomasz_20240311.pdf", "Kowalczyk"),
    ("0900 Heritage Oaks no answer x2, LVM. 1010 Fremont ACCEPTED, 1 bed.", "Heritage Oaks"),
    ("Bed calls: Carseview no beds; Leverndale 1 bed - declined; Royal Cornhill waiting list", "Carseview"),
    ("accepted by Fairmount (2 male beds) after Friends Hospital declined and Belmont no ans", "Belmont"),
    ("I'm a peer support specialist at Caring Health Center in Springfield.", "Caring Health Center"),
    ("Ppt asked if her PCP at Reliant Medical Group would be told.", "Reliant Medical Group"),
    ("referred to wound care at Daily Planet Health Services.", "Daily Planet Health Services"),
    ("pt applied to the Consent and Capacity Board (Form 16).", "Consent and Capacity Board"),
    ("Application to First-tier Tribunal (Mental Health) received.", "First-tier Tribunal (Mental Health)"),
    ("Petition, Court of Common Pleas of Philadelphia County.", "Court of Common Pleas of Philadelphia County"),
    ("Brought by NSW Police Force under s.22 after a call.", "NSW Police Force"),
    ("PO Curtis Vang, Maricopa County Adult Probation, notified.", "Maricopa County Adult Probation"),
    ("Setting: Hazelwood Primary, Year 6. Primary need ASC.", "Hazelwood Primary"),
    ("Referral re Nur Aisyah, Yr 2, Temasek Poly. Lives in Tampines.", "Temasek Poly"),
    ("Cc: team Date: Tue, 5 Mar 2024 16:42:11 +0000 Subject: RE: Referral", "Tue, 5 Mar 2024 16:42:11 +0000"),
    ("SPECIMEN S24-031488  collected 12-MAR-2024 0814  rec'd 0902", "12-MAR-2024 0814"),
    ("Whanau hui arranged with aunty Mere and the team.", "Mere"),
    ("0030 awake, tearful, asking for abuela Lupe 0100 pacing", "Lupe"),
    ("s/w Mia and foster carer Deb re contact visits", "Deb"),
    ("CP&W report to Tusla submitted by the DLP.", "Tusla"),
    ("Flown by RFDS to Royal Darwin Hospital under Form 5.", "RFDS"),
    ("Wiremu (NSN 0145227893), Yr 7, Pūriri Park School. Lives with nan.", "Pūriri Park School"),
    ("Disclosure via coach Gav: Archie (U15s, Riverside RFC) says his stepdad shouts.", "Riverside RFC"),
    ("Counsellor note – Gr 11 – Hoërskool Duinekruin Learner: Pieter", "Hoërskool Duinekruin"),
    ("Bed search log 0915 Called Brookside - no beds. 0930 Heritage Oaks no answer x2.", "Brookside"),
    ("MSH|^~\\&|EPIC|NCMH|LAB|DUKE|20240305101500||ADT^A01|MSG1|P|2.5\rPID|1||MRN4471920^^^NCMH^MR||OKAFOR^JANE",
     "OKAFOR"),
    ('"patient_name","dob","mrn"\n"Okafor, Jane","1978-04-12","4471920"', "1978-04-12"),
    ("DM me on insta, I'm moon_child_22, or on discord as lil_sunshine, anytime.", "moon_child_22"),
    ("I play as XX_SNIPER_XX on xbox, shoutout to [sad_boi]", "XX_SNIPER_XX"),
    ("Child: Kayla, 14, 2nd yr, Coláiste na Trócaire. Concern: older male.", "Coláiste na Trócaire"),
]

LOOK_ALIKES = [
    (HL7_ADT, "ADT_A01"),
    (HL7_ADT, "SSA"),
    (REDCAP, "redcap_event_name"),
    (REDCAP, "phq9_score"),
    (REDCAP, "baseline_arm_1"),
    ('"sum([phq9_1],[phq9_2],[phq9_3])"', "phq9_2"),
    ("SMS batch APPT_REM_24H: 318 queued, 311 delivered", "APPT_REM_24H"),
    ("export complete: 1,204 rows written to phq_export.csv (schema v3.2.1)", "phq_export"),
    ("Template: consent_v2.1.pdf | pages: 4", "consent_v2"),
    ("user=bholtz action=EXPORT report=NoShowList_Q1 rows=87", "NoShowList_Q1"),
    ("ETL job bh_nightly finished status=OK duration=4m", "bh_nightly"),
    ("k10_total: 32 band: very high flag_for_review: TRUE next_due: +28d", "flag_for_review"),
    ("clinic,clinician,patient,hosp_no,appt_dt,outcome\nMEMORY CLINIC,Dr A. Oyelaran,x", "MEMORY CLINIC"),
    ("msg_id\tsent_at\tstatus\nSM-0091123\t2024-03-13 07:30:02\tDELIVERED", "DELIVERED"),
    ("Pt declined meds at 0900. Family declined to visit; 2 beds open on 4 West.", "Family"),
    ("Dr Hale accepted the transfer, 2 beds open.", "accepted"),
    ("seen at Student Health Center for a sick note.", "Student Health Center"),
    ("booked at Urgent Care Center for the wound.", "Urgent Care Center"),
    ("referred to Community Health Services for the dressing.", "Community Health Services"),
    ("she wants a mental health tribunal, explained the process.", "mental health tribunal"),
    ("Hypoxia Secondary to pneumonia, Primary need oxygen.", "Secondary"),
    ("In 2014 1200 staff were hired across the trust.", "1200"),
    ("im really struggling with the PSY2203 essay, sorry", "PSY2203"),
    ("Officer Safety briefing at 0900 in the huddle room.", "Safety"),
    ("The jigsaw puzzle helped her settle.", "jigsaw"),
    ("It was a lifeline of sorts, she said.", "lifeline"),
    ("Counsellor note – Gr 11 – Hoërskool Duinekruin Learner: Pieter", "Learner"),
    ("He is a big FC fan and watched the AFC game.", "FC fan"),
    ("Bed status at 1400 Suction full, O2 tank full. 0800 Linen declined.", "Suction"),
    ("Bed huddle 0700: ICU full; Med Surg no beds; Step Down accepted.", "Med Surg"),
    ("Bed search: 1500 Grandma declined visit. 0600 Morning Labs declined.", "Morning Labs"),
    ("discharged with follow-up at Adolescent Treatment Center next week.", "Adolescent Treatment Center"),
    ("patient_lang,patient_religion,client_gender\nTagalog,Catholic,Nonbinary", "Tagalog"),
    ("client_id,no_of_sessions,number_of_admissions\nC-01,12,10", "12"),
    ("school,count\nPrimary,10\nAlternative Provision,2", "Alternative Provision"),
    ("THERAPIST: how was it?\nCLIENT: Nah", "Nah"),
    ("user=postgres host=db01 and /home/ubuntu/app", "ubuntu"),
]


@pytest.mark.parametrize(("text", "target"), POSITIVES)
def test_when_an_identifier_stands_in_a_typed_field_or_a_bed_search_then_it_is_covered(
    analyzer: TextAnalyzer, text: str, target: str
) -> None:
    assert covered(analyzer, text, target)


@pytest.mark.parametrize(("text", "look_alike"), LOOK_ALIKES)
def test_when_a_data_sets_own_name_or_a_service_or_an_answerer_is_written_then_it_is_left_alone(
    analyzer: TextAnalyzer, text: str, look_alike: str
) -> None:
    assert touching(analyzer, text, look_alike) == []
