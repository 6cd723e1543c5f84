"""Businesses named by a brand or a company name: workplaces, shops, banks, lenders (issue #10).

Records and posts tie a person to a chain they work at, shop at or bank with ("a cashier at Target",
"refill at Walgreens", "my savings are at Chase") and to small firms known only by their shape
("Harrowgate Paving LLC", "Corrwell Freight", "Quellmoor Properties", "Delacroix & Ostrander").
Look-alikes: products and apps, an insurer named as a payer, a brand that is an ordinary word or a
given name without a cue, clinical abbreviations that spell a bank, ordinary phrases ending in a
trade word. Every value is invented (chains are real, as a word list).
"""

from __future__ import annotations

import time

import pytest

from confide.anonymize.analyzer import TextAnalyzer
from confide.anonymize.recognizers import create_recognizer
from tests.anonymize.conftest import covered, touching


def _cased(text: str, target: str) -> list[tuple[str, str]]:
    """As written and in capitals: a company's shape needs its capitals, so no lower case."""
    return [(text, target), (text.upper(), target.upper())]


def _any_case(text: str, target: str) -> list[tuple[str, str]]:
    """As written, in capitals and in lower case (a listed name that is no English word, after a cue)."""
    return [*_cased(text, target), (text.lower(), target.lower())]


BUSINESSES = [
    # a listed chain, anywhere as written or in capitals, and in lower case after a cue
    *_any_case("Picked up her refill at Walgreens on Tuesday, no issues.", "Walgreens"),
    *_any_case("He worked 4 years at Deloitte before the layoffs.", "Deloitte"),
    *_any_case("Spent the morning shopping at Tesco with her sister.", "Tesco"),
    *_cased("Rx refill request faxed from Rite Aid today.", "Rite Aid"),
    *_cased("Daughter is a driver for UPS, works nights.", "UPS"),
    # a chain that is an ordinary word or a given name, after a cue of work, money or place
    *_cased("I'm a cashier at Target near the mall and hate it.", "Target"),
    *_cased("All my savings are at Chase and the card got frozen.", "Chase"),
    *_cased("There was a charge from the Target on Dover Rd I never made.", "Target"),
    *_cased("Long night at Regions, the vault alarm went off twice.", "Regions"),
    # an unknown firm by a legal suffix or a trade word
    *_cased("Invoice from Harrowgate Paving LLC arrived late.", "Harrowgate Paving LLC"),
    *_cased("She drives for Corrwell Freight out of the depot.", "Corrwell Freight"),
    *_cased("Rent goes to Quellmoor Properties every month.", "Quellmoor Properties"),
    *_cased("Our building is run by Tessaly Ridge HOA, fees went up.", "Tessaly Ridge HOA"),
    ("Vendor: Brinvale Catering Co.; remit by the 5th.", "Brinvale Catering Co."),
    # two names joined by "&" after a cue, and capitalised words after a job title
    *_cased("We hired Delacroix & Ostrander for the closing.", "Delacroix & Ostrander"),
    # (in Title Case only: in capitals, "COWORKER AT THE RESTURANT", a job's object is as often a common noun)
    ("I'm a line cook at Pemberly's Grill and the owner yells.", "Pemberly's Grill"),
    # a firm at a sentence's start, and a trade before "Group"
    *_cased("Harrowgate Paving LLC sent the invoice twice.", "Harrowgate Paving LLC"),
    ("Whitlock Property Group never fixed the heat.", "Whitlock Property Group"),
    ("Landlord is Ostrava Realty Group, rent due the 1st.", "Ostrava Realty Group"),
    # a workplace, a bank or a carrier after a cue the review found missing
    *_cased("She banks with Lloyds and the card was declined.", "Lloyds"),
    *_cased("Son is a courier for FedEx, out every weekday.", "FedEx"),
    *_cased("PT WORKS AT HOME DEPOT NIGHTS.", "HOME DEPOT"),
]

# Look-alikes the review found reported; the verb or subject opening a sentence is no word of a name.
REVIEWED_LOOK_ALIKES = [
    ("Pt attends CBT Group on Mondays.", "CBT Group"),
    ("Discussed IOP Group schedule; DBT Group full.", "IOP Group"),
    ("Discussed IOP Group schedule; DBT Group full.", "DBT Group"),
    ("PT ATTENDS DBT SKILLS GROUP ON TUESDAYS.", "DBT SKILLS GROUP"),
    ("Discussed Mood Disorders Group referral.", "Mood Disorders Group"),
    ("Referred to Eating Disorders Group in the spring.", "Eating Disorders Group"),
    ("Carers Partners meeting next week.", "Carers Partners"),
    ("Joined Hodgkin Support Group online.", "Hodgkin Support Group"),
    ("Cerner Systems down again this morning.", "Cerner Systems"),
    ("Attends Anxiety Skills Group weekly.", "Anxiety Skills Group"),
    ("Takes Metformin Co. brand?", "Metformin Co."),
    ("Started Acme Pharma Co. trial drug.", "Started"),
    ("PT REPORTS MOOD UPS AND DOWNS THIS WEEK.", "UPS"),
    ("LIVES ON INCOME PER CAPITA BELOW THE LINE.", "CAPITA"),
    ("FIVE GUYS JUMPED HIM OUTSIDE THE BAR.", "FIVE GUYS"),
    ("Ordered Deliveroo twice daily; Ocado delivery missed.", "Deliveroo"),
    ("Ordered Deliveroo twice daily; Ocado delivery missed.", "Ocado"),
    ("Telstra bill overdue, also an ENMAX bill.", "Telstra"),
    ("Telstra bill overdue, also an ENMAX bill.", "ENMAX"),
    ("Hydro One cut the power on Friday.", "Hydro One"),
    ("Uses Salesforce at work most days.", "Salesforce"),
    ("Fresenius machine alarmed during HD.", "Fresenius"),
    ("Best Western medicine failed her; she wants Whole Foods diet.", "Best Western"),
    ("Best Western medicine failed her; she wants Whole Foods diet.", "Whole Foods"),
    ("Argos myth discussed in class.", "Argos"),
    ("Moved her savings into Monzo last month.", "Monzo"),
    ("Used Tylenol & Motrin for fever.", "Tylenol & Motrin"),
    ("Called Johnson & Johnson hotline about the recall.", "Johnson & Johnson"),
    ("Consultant at Morning Rounds presented the case.", "Morning Rounds"),
    ("Registrar seen; nurse technician at Evening Handover.", "Evening Handover"),
    ("PT WORKS FOR UPS? NO, MOOD UPS AND DOWNS.", "MOOD UPS"),
]

NOT_BUSINESSES = [
    ("Took Tylenol and scrolled Instagram all night.", "Instagram"),
    ("I looked at Apple yesterday but the phone was too expensive.", "Apple"),
    ("Still mad at Chase for leaving the party early.", "Chase"),
    ("UA: RBC 3-5/hpf, WBC 0-2/hpf.", "RBC"),
    ("PRIMARY INS: Aetna, copay $20 per visit.", "Aetna"),
    ("Target heart rate 120 on the treadmill.", "Target"),
    ("Support Group meets on Thursdays in the annex.", "Support Group"),
    ("Office of Disability Services sent the form.", "Disability Services"),
    ("ROUTINE DENTAL CARE UP TO DATE.", "ROUTINE DENTAL"),
    ("PT RECEIVED FROM CATH LAB S/P PCI.", "CATH LAB"),
    ("Mom & Dad came by with groceries.", "Mom & Dad"),
    ("Worked as a barista at Christmas for extra cash.", "Christmas"),
    ("life has its ups and downs, tbh", "ups"),
    ("honestly i work at target practice on weekends", "target"),
]


@pytest.mark.parametrize(("text", "target"), BUSINESSES)
def test_when_a_business_is_named_then_it_is_covered(analyzer: TextAnalyzer, text: str, target: str) -> None:
    assert covered(analyzer, text, target)


@pytest.mark.parametrize(("text", "look_alike"), [*NOT_BUSINESSES, *REVIEWED_LOOK_ALIKES])
def test_when_a_look_alike_names_no_business_then_no_business_is_found(
    analyzer: TextAnalyzer, text: str, look_alike: str
) -> None:
    # Other recognizers' readings (a person "Chase", a site after "at") are theirs to test.
    assert all("OrganisationName" not in source for _, source in touching(analyzer, text, look_alike))


def test_when_a_verb_opens_the_sentence_then_the_firm_is_found_without_it(analyzer: TextAnalyzer) -> None:
    text = "Uses Kestrel Analytics for payroll."
    assert covered(analyzer, text, "Kestrel Analytics")
    assert touching(analyzer, text, "Uses") == []


def test_when_a_line_is_long_then_the_recognizer_stays_linear() -> None:
    recognizer = create_recognizer({"type": "organisation_names"})
    line = ("Worked at the Harrowgate Paving depot & Co with Long Title Case Words And More " * 130)[:10_000]
    started = time.perf_counter()
    recognizer.find(line)
    recognizer.find(line.upper())
    assert time.perf_counter() - started < 2.0
