"""Placements, payers and local posts: the eleventh round's tuning sets.

Sites named by ordinary words that the text points at: a verb of placement, stay, work or contact before
them ("accepted a room at Harbor House", "Phoned Lighthouse re bed", "inpatient at Sunnybrook"), a level
of care after them ("Compass Point PHP"), a practice's kind and legal form ("Compass Rose Counseling
PLLC", "PIEDMONT PSYCHIATRIC CTR PA"); a site's later short forms (its initials, its first word) and its
siblings in a list. Look-alikes: departments, services, specialties, kin, titles, holidays, places, a
person's name after a referral, a level of care after a verb, units and service acronyms, groups and
services named by what they do; and, from a review with probes, a state or a time after a cue ("admitted to
Seclusion", "a shift at Midnight"), an illness ("Hospitalized with Pneumonia"), a department named by clinical
words ("Stroke Unit"), kin in the plural, staff titles, apps, a clause's opening verb ("Continue Current PHP"),
a payer's desk ("Member Services") and a claim line's capitals ("CLAIM DENIED BEHAVIORAL HEALTH SERVICES").
Also: a chat export's date with its time after a comma, a phone's extension, a day-first date closing a
clause or after a referral's step, a state's or province's code and an Irish county after a town, a numbered
street and a street closing an address after a comma, the street a site stands on ("Grace Church on
Broadway") and the town after its comma; not a count after a date, a count or duration in day-first shape, a
rating, a province's code in running text, a shift, an app or a drug a site is "on", a ward after a site.
Regexes stay linear on long hyphenated or dotted runs. All values are invented.
"""

from __future__ import annotations

import re

import pytest

from confide.anonymize.analyzer import TextAnalyzer
from confide.anonymize.recognizers.facility import DEFAULT_SPEC as FACILITY_SPEC
from confide.anonymize.recognizers.street_address import DEFAULT_SPEC as STREET_SPEC
from tests.anonymize.conftest import covered, touching

POSITIVES = [
    ("Housing update: client accepted a room at Harbor House. Move-in tomorrow.", "Harbor House"),
    ("Remains at Acorn House hostel, rent arrears 3 wks.", "Acorn House"),
    ("Plan: step down to residential at The Haven in Marrickville if bed available.", "The Haven"),
    ("Pt asked about going back to New Beginnings since she got 90 days there.", "New Beginnings"),
    ("Pt will need a ride to Bridgeway for intake Monday.", "Bridgeway"),
    ("Referred by Banner, start date 11/17/2026 at Compass Point PHP, 5 days/wk.", "Compass Point"),
    ("IOP concurrent - Jordan Blackfeather, Lighthouse IOP, 3 hrs x 3 days/wk.", "Lighthouse"),
    ("Spoke w Open Door intake re pt. They can offer assessment.", "Open Door"),
    ("Phoned Lighthouse re bed - told to call back after 2pm.", "Lighthouse"),
    ("1. Psychiatry - Reliant Medical Group, Dr Priya Venkataraman, Nov 20", "Reliant Medical Group"),
    ("Practice: Compass Rose Counseling PLLC, 4100 Alpha Rd Ste 910, Dallas", "Compass Rose Counseling PLLC"),
    ("Lakeshore Psychological Services, P.C.   Tax ID 36-4419728", "Lakeshore Psychological Services, P.C."),
    ("Cornerstone Health PLLC 2210 Kirkwood Hwy, Suite 300", "Cornerstone Health PLLC"),
    ("Referred to affiliate: Gabriel Moreau, LMFT, Sierra Counseling Collective.", "Sierra Counseling Collective"),
    ("HR fax cover - To: Mercer Psychiatry Group   Fax (919) 555-0107", "Mercer Psychiatry Group"),
    ("Requesting Intensive In-Home x 90 days via Bluegrass Youth Services.", "Bluegrass Youth Services"),
    ("Billing prov: PIEDMONT PSYCHIATRIC CTR PA TIN 56-2204917", "PIEDMONT PSYCHIATRIC CTR PA"),
    ("PROVIDER: EVERGREEN COUNSELING ASSOC DOS 07/08/24", "EVERGREEN COUNSELING ASSOC"),
    ("Linked with Glasgow Alcohol and Drug Recovery Service; GADRS worker saw him.", "GADRS"),
    ("Seen at Boston Medical Center last week; BMC follow-up booked.", "BMC"),
    ("referrals faxed to Lakeside, Pinewood, St Jude's and Meridian for pt", "Meridian"),
    ("last year i was an inpatient at Sunnybrook for 3 weeks", "Sunnybrook"),
    ("Worked at Harborview nights for six years before the burnout.", "Harborview"),
    ("He was sectioned at Highgate and treated at UCLH.", "UCLH"),
    ("12/02/2025, 21:14 - Aroha Ngata: kia ora whanau, reminder", "12/02/2025, 21:14"),
    ("08/04/2024, 7:02 am - Mum: he's in Middlemore again.", "08/04/2024, 7:02 am"),
    ("first appt with the clinician 24/11. Ph 09 276 4000 ext 7712.", "09 276 4000 ext 7712"),
    ("Shelter worker Chantal, tel 514-932-7716 poste 224. 30-day bed.", "514-932-7716 poste 224"),
    ("first appt with the clinician 24/11. Ph 09 276 4000 ext 7712.", "24/11"),
    ("Discharged from programme 28/11, GP to resume.", "28/11"),
    ("eating disorder svc / sent 24/10 / screening call booked", "24/10"),
    ("to Beaufort Lodge Nursing Home, Tralee, Co. Kerry on Monday.", "Co. Kerry"),
    ("Recovery residence intake - Oxford House Magnolia, Mobile, AL. Resident", "AL"),
    ("the clozapine clinic at Vic (the one in London ON) needs a referral", "ON"),
    ("posting from the library on 4th Ave.", "4th Ave"),
    ("next meet is at the Quaker Meeting House, Queens Road. Tea from 7.", "Queens Road"),
    ("last year i was an inpatient at the Priory in Roehampton.", "Priory"),
    ("Staying at Harbor House until Friday, then the shelter.", "Harbor House"),
    ("Worked at Bridgeway for two years.", "Bridgeway"),
    # the street a detected site stands on
    ("PSA: Walgreens on Route 9 in Freehold has it in stock.", "Route 9"),
    ("her first NA meeting at Grace Church on Broadway. she was nervous", "Broadway"),
    ("Pt dropped off Rx at Duane Reade on W 72nd St - pharmacist called", "W 72nd St"),
    ('"jumped" outside the Salvation Army on Main. Bruise L cheek', "Main"),
    ("pt found at Motel 6 on Olive Dr, Bakersfield, by a deputy", "Olive Dr"),
    # a town after a detected site and a comma or a dash
    ("Rx to Walgreens, Wake Forest. RTC 11/14 @ 3:40pm.", "Wake Forest"),
    ("performed at St. Brendan Medical Center, Worcester MA Hx: fall", "Worcester"),
    ("Location: Southcoast Sleep Lab - Fall River Ordering provider: NP", "Fall River"),
    ("eating disorder svc @ SLaM / sent", "SLaM"),
]

LOOK_ALIKES = [
    ("Referred to Psychology for assessment.", "Psychology"),
    ("Referred to Early Help and to Adult Social Care.", "Early Help"),
    ("Referred to Adult Social Care last week.", "Adult Social Care"),
    ("Called Pharmacy re refill. Called Mum re visit.", "Pharmacy"),
    ("Called Mum re visit today.", "Mum"),
    ("Pt transferred to Medicine overnight.", "Medicine"),
    ("D/c to Home with family support.", "Home"),
    ("Continue IOP 3x/wk.", "Continue"),
    ("Adult IOP waitlist is long.", "Adult"),
    ("DBT IOP at 9 on Tuesdays.", "DBT"),
    ("Lives with Gran in a flat.", "Gran"),
    ("Sent to Voicemail twice.", "Voicemail"),
    ("Sent to Court for the hearing.", "Court"),
    ("Pt placed in Trendelenburg for line placement.", "Trendelenburg"),
    ("Pt admitted for CHF exacerbation.", "CHF"),
    ("Officers PC Achterberg and PC Lowe attended.", "Officers PC"),
    ("Referred to Memory Clinic for review.", "Memory Clinic"),
    ("Spoke with Bed Management re: beds.", "Bed Management"),
    ("Spoke to Admissions again about it.", "Admissions"),
    ("referral to Occupational Therapy made.", "Occupational Therapy"),
    ("Admitted to PICU overnight.", "PICU"),
    ("Referred to CMHT for follow-up.", "CMHT"),
    ("Support from Mental Health Services continues.", "Mental Health Services"),
    ("the Peer Support Group meets Tuesdays.", "Peer Support Group"),
    ("Referred to Student Conduct for the incident.", "Student Conduct"),
    ("On 3/4/2024, 1200 people attended the vigil.", "1200"),
    ("attended 13/5 sessions. BP 130/85.", "13/5"),
    ("review after 14/7 and symptoms for 18/12.", "14/7"),
    ("honestly 15/10, would recommend.", "15/10"),
    ("Lives in Leeds ON the weekend, he says.", "ON"),
    ("MOVED FROM LEEDS ON MONDAY.", " ON "),
    ("she came in 2nd place at the meet.", "2nd place"),
    ("the priory of the order was unclear; a cygnet swam past.", "priory"),
    # reviewed: states, times, illnesses, departments, kin, roles, apps, openers, payer desks, claim lines
    ('Patient was Present at Nights group.', 'Nights'),
    ('She is working Nights this week.', 'Nights'),
    ('Admitted to Seclusion overnight.', 'Seclusion'),
    ('Placed at Risk by the move.', 'Risk'),
    ('He works at Heights of the building.', 'Heights'),
    ('She works Part Time now.', 'Part Time'),
    ('Hospitalized with Pneumonia last year.', 'Pneumonia'),
    ('Outpatient appointment with Dermatology next week.', 'Dermatology'),
    ('Referred to Stroke Unit on Monday.', 'Stroke Unit'),
    ('Sent to Fracture Clinic for review.', 'Fracture Clinic'),
    ('Admitted via Front Door assessment.', 'Front Door'),
    ('She is studying at Sixth Form now.', 'Sixth Form'),
    ('He is studying at Uni in Leeds.', 'Uni'),
    ('Moved into Council Flat last month.', 'Council Flat'),
    ('Discharged to Usual Residence.', 'Usual Residence'),
    ('Referred to Speech and Language Therapy.', 'Speech and Language Therapy'),
    ('Staying with Grandparents for the summer.', 'Grandparents'),
    ('Living with Roommates now.', 'Roommates'),
    ('Staying at Mums this week.', 'Mums'),
    ('Referred to Registrar for review.', 'Registrar'),
    ('Discussed with Matron today.', 'Matron'),
    ('Referred to Guidance Counselor at school.', 'Guidance Counselor'),
    ('Booked with Lyft to get there.', 'Lyft'),
    ('Sent to Spam folder.', 'Spam'),
    ('Plan: Continue Current PHP 5 days.', 'Continue Current'),
    ('Moved To Residential after detox.', 'Moved To'),
    ('Needs Higher Level of care: to Higher Level IOP.', 'Higher Level'),
    ('Referred to Next Available Residential.', 'Next Available'),
    ('Placed on Transitional Housing Waitlist.', 'Transitional Housing'),
    ('Called Utilization Review re auth.', 'Utilization Review'),
    ('Called Member Services re claim.', 'Member Services'),
    ('Called Provider Relations re contract.', 'Provider Relations'),
    ('Called Dispatch again for the ride.', 'Dispatch'),
    ('Sent to Funding Panel for decision.', 'Funding Panel'),
    ('Received Mental Health Services Group support.', 'Received'),
    ('Attends Youth Services Group on Fridays.', 'Attends'),
    ('Consider Couples Counseling Services next.', 'Consider'),
    ('Director of Operations, Inc. signed it.', 'Director of Operations'),
    ('Balance Due Ltd. on the statement.', 'Balance Due'),
    ('CLAIM DENIED BEHAVIORAL HEALTH SERVICES 03/02', 'CLAIM DENIED'),
    ('NETWORK FAMILY THERAPY GROUP ONLY', 'NETWORK'),
    ('MEMBER OWES MEDICAL GROUP 20.00', 'MEMBER OWES'),
    ('Seen by CCF team; CCF note filed.', 'CCF'),
    ('Mercy Hospital, Boston, Sleep and Appetite were discussed.', 'Sleep and Appetite'),
    ('Hospitalized with Tears in her eyes.', 'Tears'),
    ('Appointment with Calm app daily.', 'Calm'),
    ('Stayed at Baseline after the change.', 'Baseline'),
]

# What a site is "on" that is no street (a shift, an app, a drug, a stage of care, a weekday, a holiday) and what
# follows its comma that is no town (spaCy may still read a weekday or "2nd" as a date: only a place is asked about).
NOT_STREETS = [
    ("works at Brightline Plastics on 2nd shift, lives w/ gf", "2nd"),
    ("Saw the ad for Walgreens on Facebook last week.", "Facebook"),
    ("She was at Sunnybrook on Clozapine for a year.", "Clozapine"),
    ("Seen at Mercy Hospital on Admission and again later.", "Admission"),
    ("We meet at Grace Church on Sundays.", "Sundays"),
    ("Called CVS on Monday about the refill.", "Monday"),
    ("Met her at Starbucks on Christmas Eve.", "Christmas"),
    # a part of a site, or a town's name as an everyday word going on with its clause
    ("Seen by the surgical team, Waikato Hospital, Ward 22.", "Ward"),
    ("At Mercy Hospital, Bath and shower assistance needed.", "Bath"),
]

@pytest.mark.parametrize(("text", "target"), POSITIVES)
def test_when_a_site_is_pointed_at_or_an_address_date_or_phone_is_written_in_full_then_it_is_covered(
    analyzer: TextAnalyzer, text: str, target: str
) -> None:
    assert covered(analyzer, text, target)


@pytest.mark.parametrize(("text", "look_alike"), LOOK_ALIKES)
def test_when_a_department_service_kin_care_level_count_or_rating_is_written_then_it_is_left_alone(
    analyzer: TextAnalyzer, text: str, look_alike: str
) -> None:
    assert touching(analyzer, text, look_alike) == []


@pytest.mark.parametrize("spec", [FACILITY_SPEC, STREET_SPEC], ids=["facility", "street_address"])
def test_when_a_word_pattern_meets_a_long_hyphenated_run_then_no_match_spans_more_than_its_bound(spec) -> None:
    # A bounded word cannot run over a 4,000-letter token; an unbounded one did, and was quadratic there.
    run = "-".join(["Ab"] * 2000) + " Hospital 12"
    for pattern in spec["patterns"]:
        for match in re.finditer(pattern["regex"], run[:2000] + " Hospital"):
            assert match.end() - match.start() < 400, pattern["name"]


@pytest.mark.parametrize(("text", "look_alike"), NOT_STREETS)
def test_when_a_site_is_on_a_shift_an_app_a_drug_or_a_day_or_has_a_ward_then_no_place_is_reported(
    analyzer: TextAnalyzer, text: str, look_alike: str
) -> None:
    assert [t for t, _ in touching(analyzer, text, look_alike) if t in ("LOCATION", "STREET_ADDRESS")] == []
