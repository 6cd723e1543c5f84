"""Psychiatric intakes, longitudinal clinic records and advice-forum posts: the fourteenth round's tuning sets.

A title with initials before the family name ("Mrs A. Frost"); one name over a quoted nickname's quotes and
HL7's carets; an elder's age at death "last night", after "Nan's", in a family history between commas ("Maternal
grandmother, 92, lives"); relatives and workers by their relation (in-laws, supervisors, landlords, a nan);
"Family, Given" in Title case after a label or before an age and sex; "May" as a given name; a first name
before a post's age ("Ava (15)", "Eli is 7"); a rare first name that Webster also lists, capitalized inside a
sentence; a name in apposition to a relation ("Shay, my ex's friend"); a name after Tagalog's personal
article in a Taglish post ("si Migs"); a court's case type inside its number; the country a person came to
by its code ("came to the US"); a site after "Facility:" or "Shelter:"; employers by their acts or a worker's
title; a venue by what it is called ("a bar called The Rusty Nail", "my gym, Gold's Gym"); more kinds of firm,
church and service. Look-alikes:
Tagalog function words in Taglish posts, advice-forum verdicts, ranks, languages, readings after a relative,
"the US Army". All values are invented.
"""

from __future__ import annotations

import pytest

from confide.anonymize.analyzer import TextAnalyzer
from tests.anonymize.conftest import covered, touching

POSITIVES = [
    # names
    ("Rm 7 Mrs A. Frost – found on floor, no injury.", "Frost"),
    ("Dr J K Osei reviewed the ECG.", "J K Osei"),
    ('Probationer: Demetrius "Meech" Alston\nSince last report', 'Demetrius "Meech" Alston'),
    ("PID|1||MRN123^^^HOSP||HALVORSEN^ERIK^THOMAS||19650312|M", "HALVORSEN^ERIK^THOMAS"),
    ("Daughter Ingrid (HCP) and son-in-law Will visit Sundays.", "Will"),
    ("Supervisor Angelique tracked my bathroom breaks to the second", "Angelique"),
    ("married to my nan Peggy for 61 years", "Peggy"),
    ("Client: Delacourt, Hakeem   Medicaid #: TK48213Q", "Delacourt, Hakeem"),
    ("Castellanos, Hope  47 F  MRN SH-2204581", "Castellanos, Hope"),
    ('No SI/HI. Wife May says he "may be drinking more than he admits."', "May"),
    ("Tammy was 52. She'd been clean 3 years and relapsed.", "Tammy"),
    ("Eli is 7 and in 2nd grade at Lincoln Elementary.", "Eli"),
    ("Ava (15) talked to the counselor on Monday", "Ava"),
    ("My (27F) boyfriend (28M) Jake has been texting his ex", "Jake"),
    ("me [24F] and my husband [26M] Ryan are fighting", "Ryan"),
    ("Daughter Yan Ng visited. Na 138, K 4.1, PO fluids, mo ok. Plan per PA.", "Yan Ng"),
    ("Father alive at 94, lives alone.", "94"),
    ("he lived to 97 and died at home", "97"),
    ("died this morning at 93", "93"),
    ("Turns out the call came from Shay, my ex Dominique's best friend.", "Shay"),
    ("Grace, my daughter, visited.", "Grace"),
    ("Ex ko si Migs, we broke up Feb 14. Hindi ko alam ano gagawin. Salamat po", "Migs"),
    ("cell on file, ok to leave VM.\n-C. Brisbois DO", "C. Brisbois"),
    # ids
    ("filed in Hamilton County Municipal Court, case no. 2026 CVG 018834. Hearing is October 7th.", "2026 CVG 018834"),
    # ages over 89
    ("My grandad died last night at 96 and I wasn't there", "96"),
    ("My Nonna Giulia passed last month at 98. I'm 33", "98"),
    ("Nan's 94, lives on her own.", "94"),
    ("Maternal grandmother, 92, lives with an aunt.", "92"),
    ('tack." sister Bernice, 94, has vascular dementia.', "94"),
    ('DEPRESSION." FATHER\'S MOTHER, 96, LIVES IN A NURSING HOME.', "96"),
    ('guy." Paternal grandmother, 90, "the only one who calls me Rowan."', "90"),
    # places and sites
    ("44 yo man from Jacmel, Haiti, in the US since his early 30s.", "US"),
    ("social: came to US at 19; worked as pharmacy tech", "US"),
    ("Facility: Maplewood at Strawberry Hill   Room 214B", "Maplewood at Strawberry Hill"),
    ("Amazon cut his hours over the holidays.", "Amazon"),
    ("works at an Amazon warehouse in Kent", "Amazon"),
    ("Retired machinist from General Dynamics.", "General Dynamics"),
    ("the Anytime Fitness at 4410 Kingsway in Burnaby", "Anytime Fitness"),
    ("table games at Foxwoods", "Foxwoods"),
    ("We met at Grace Fellowship Church in Tulsa", "Grace Fellowship Church"),
    ("an anesthesiologist at Lahey Hospital & Medical Center, was found", "Lahey Hospital & Medical Center"),
    ("20 sessions of ERP with Leeds Mental Wellbeing Service last year.", "Leeds Mental Wellbeing Service"),
    ("Retired machinist from Leominster Tool Company; speaks with pride", "Leominster Tool Company"),
    ("66M commercial scalloper with Blue Harvest Fisheries, home 4-5 days", "Blue Harvest Fisheries"),
    ("we met at a bar called The Rusty Nail downtown", "The Rusty Nail"),
    ("she moved into a care home called Beechwood Lodge last year", "Beechwood Lodge"),
    ("My gym, Gold's Gym in Pasadena, banned him", "Gold's Gym"),
    ("my daughter's school, Rosewood Elementary, called me", "Rosewood Elementary"),
    ("my uni is RMIT and the counselling service is useless", "RMIT"),
    ("Works doubles at Ruby Tuesday on weekends.", "Ruby Tuesday"),
]

LOOK_ALIKES = [
    # Taglish function words, forum verdicts
    ("Hindi ko alam. Does PhilHealth cover any of this? Yung HR namin needs a med cert pa daw. Salamat po talaga",
     "Yung"),
    ("Pwede ko ba siyang kasuhan? Salamat sa lahat, hindi ko alam.", "Pwede ko"),
    ("AITA for not inviting my dad's new wife to my graduation?", "AITA"),
    ("WIBTA if I skipped the party?", "WIBTA"),
    # ranks, languages, readings, the country's institutions
    ("Requests no info to coworkers; supervisor Lt. Branch keeps calling.", "Lt"),
    ("mum only speaks Dari so I translate at every family meeting", "Dari"),
    ("Labs fine. Mum, 92, sats 94%", "92"),
    ("My nan's 101 fever scared us", "101"),
    ("He died yesterday at 90 kg", "90"),
    ("served in the US Army for 4 years", "US"),
    ("he told us the US is great", "us"),
    ("Placement: foster home, 2nd placement", "foster home"),
    ("Employer: unemployed since the spring", "unemployed"),
    ("I ordered it on Amazon", "Amazon"),
    ("Anyway, my mom called.", "Anyway"),
    ("Honestly, my boss is awful.", "Honestly"),
    ('Si Mama naman says "magdasal ka lang anak." Hindi ko alam.', "Mama"),
    ("MRN 55093318 BP 132/84 HR 70", "BP"),
    # from a read of the round's rules with probes
    ("Pt ate a Granny Smith apple.", "Smith"),
    ("holiday in Gran Canaria last year", "Canaria"),
    ("the Landlord Licensing Scheme applies", "Licensing"),
    ("Mother May I is a game", "May"),
    ("Mom May Need Surgery", "Need"),
    ("Patient Young, Will need follow-up", "Will"),
    ("Reviewed Mr B. Bloods taken.", "Bloods"),
    ("Mr A Fib noted", "Fib"),
    ("Chris' Anna called.", "'"),
    ("Mom's 101, should I take her to the ER?", "101"),
    ("Dad's 102 and shivering", "102"),
    ("HE CAME BACK TO US FROM ICU", "US"),
    ("Employer: Homemaker", "Homemaker"),
    ("Daughter Yan Ng visited. Na 138, K 4.1, PO fluids, mo ok. Plan per PA.", "Na"),
    ("Grace (2) days post-op", "Grace"),
    ("Tier (3) funding agreed", "Tier"),
    ("Max was 38.9 overnight", "Max"),
    ("Pain score: Rose is 7", "Rose"),
    ("will call mother soon", "soon"),
    ("my gym is Closed on Sundays", "Closed"),
    ("a band called The Killers played", "Killers"),
    ("my cat Luna sleeps on my bed", "Luna"),
    ("our dog Max barked all night", "Max"),
    ("Employer: Retired", "Retired"),
    ("Status: AOT order.\nID: 47 yo single man, schizophrenia, multiple episodes.", "47"),
    ("Tic Disorders Clinic - New Patient Evaluation\nPatient: Benjamin Rothstein", "Evaluation"),
    ("HPI: 17 yo high school senior with motor and vocal tics", "yo"),
]


@pytest.mark.parametrize(("text", "target"), POSITIVES, ids=range(len(POSITIVES)))
def test_when_an_identifier_of_these_styles_is_written_then_it_is_covered(analyzer: TextAnalyzer, text, target):
    assert covered(analyzer, text, target)


@pytest.mark.parametrize(("text", "look_alike"), LOOK_ALIKES)
def test_when_a_look_alike_is_written_then_nothing_touches_it(analyzer: TextAnalyzer, text, look_alike):
    assert touching(analyzer, text, look_alike) == []


def test_when_tagalog_words_are_a_family_name_in_english_text_then_they_stay_a_name(analyzer: TextAnalyzer):
    """The Tagalog guard needs a Taglish text: in an English note "Dr Ko" is still a clinician."""
    text = "Seen by Dr Ko today; plan per Dr Ko."
    assert covered(analyzer, text, "Ko")


def test_when_a_person_named_like_a_brand_acts_then_the_name_is_no_employer(analyzer: TextAnalyzer):
    """The employer's acts need an object: "Tyson fired back" is a person, "Amazon fired me" an employer."""
    assert "FACILITY" not in {kind for kind, _ in touching(analyzer, "Tyson fired back at his critics", "Tyson")}
    assert "FACILITY" in {kind for kind, _ in touching(analyzer, "Amazon fired me last week", "Amazon")}
