"""Community organisations of casework, letters and forums: courts, prisons, charities, shelters (issue #10).

UK letters and US casework name the places a client's life runs through: a British court or prison by its
seat ("Snaresbrook Crown Court", "HMP Glyncoed"), a county jail with its kind cut short ("Essex County
Correctional"), a housing provider ("Stockport Homes"), a national charity or its local branch ("Referred
to Shelter", "Citizens Advice Wirral"), a shelter or sober house named by everyday words after a cue of
residence ("staying at Harbor House"), a foundation, a shop by its owner. Look-alikes: the same words as
phrases ("a Turning Point in my life", "an Open House"), a clinical acronym that spells a chain ("CVS:
RRR"), a title before an ordinary word ("HMP Today"), generic kinds ("Affordable Housing", "Python
Library", "Farmers Market"). Every value is invented (charities and chains are real, as a word list).
"""

from __future__ import annotations

import time

import pytest

from confide.anonymize.analyzer import TextAnalyzer
from tests.anonymize.conftest import covered, touching


def _cased(text: str, target: str) -> list[tuple[str, str]]:
    """As written and in capitals: these names need their capitals (lower case is a phrase)."""
    return [(text, target), (text.upper(), target.upper())]


def _mixed(text: str, target: str) -> tuple[str, str]:
    """A heading in capitals, the name as written below it: casing varies inside one note."""
    return ("TRANSFER NOTE / " + text, target)


ORGANISATIONS = [
    # British courts, tribunals and prisons by their seat or name
    *_cased("Court report requested by Snaresbrook Crown Court, deadline 4 weeks.", "Snaresbrook Crown Court"),
    *_cased("Attended with client at Highbury Corner Magistrates' Court today.", "Highbury Corner Magistrates' Court"),
    ("Hearing at Dunmore Employment Tribunal on 4 June.", "Dunmore Employment Tribunal"),
    *_cased("Released from HMP Glyncoed on 02/12/25, residing at an AP.", "HMP Glyncoed"),
    _mixed("Informed by HMP Styal healthcare that she is due for release.", "HMP Styal"),
    # a county jail with its kind cut short, a housing provider by its area or name
    *_cased("Met client at Essex County Correctional (Dunmore) pre-release.", "Essex County Correctional"),
    ("Letter to Stockport Homes supporting transfer request.", "Stockport Homes"),
    ("Accommodation: supported living (Riverside Housing) since 2022.", "Riverside Housing"),
    # national charities and bodies, a branch by its area, and charities named by a word after a referral
    ("Discussed referral to Citizens Advice Wirral and the hardship fund.", "Citizens Advice Wirral"),
    _mixed("Signposted to Age UK Dunmore for a befriender.", "Age UK Dunmore"),
    *_cased("Called Catholic Charities re: rental assistance.", "Catholic Charities"),
    ("Referred to Shelter for advice re section 21 notice.", "Shelter"),
    _mixed("Accompanied by support worker from Turning Point.", "Turning Point"),
    ("Volunteers two mornings at British Heart Foundation shop.", "British Heart Foundation"),
    # a shelter or sober house named by a person or a coined word after a cue of residence or transfer
    *_cased("Client is currently staying at Hector Reyes House on Wharf St.", "Hector Reyes House"),
    ("Offered transfer to Glenhaven House, he declined.", "Glenhaven House"),
    # a foundation by its founder, a shop by its name, a recovery club
    ("Tx plan: Gavin Foundation outpt, AA/NA.", "Gavin Foundation"),
    ("He works nights w/ his uncle at El Rancho Supermarket.", "El Rancho Supermarket"),
    ("i got my 1 year coin at the alano club last night", "alano club"),
    # review of issue #10: prisons by a town after a word of its own, a clinical-list town, "& YOI", one word
    ("Released from HMP Low Newton last year.", "HMP Low Newton"),
    ("Served time in HMP Wandsworth.", "HMP Wandsworth"),
    ("Transferred to HMP & YOI Doncaster.", "HMP & YOI Doncaster"),
    ("Placed on the wing at HMP Grendon Therapeutic Community.", "HMP Grendon"),
    # a branch's area of one word before a service, and a county by its quarter
    ("Age UK Leeds Befriending Service visited.", "Age UK Leeds"),
    ("Citizens Advice Wirral Office closed.", "Citizens Advice Wirral"),
    ("Age UK North Yorkshire helped.", "Age UK North Yorkshire"),
    ("Referred to Victim Support after the assault.", "Victim Support"),
    ("Boston Public Health Commission called.", "Boston Public Health Commission"),
]

LOOK_ALIKES = [
    ("That was a Turning Point in my life, honestly.", "Turning Point"),
    ("They went to an Open House on Sunday.", "Open House"),
    ("We stayed at the White House gift shop.", "White House"),
    ("CVS: RRR, no murmur.", "CVS"),
    ("HMP Today reported it.", "HMP Today"),
    ("Chasing his benefits claim with DWP, gave Samaritans number.", "DWP"),
    ("We need Affordable Housing in this town.", "Affordable Housing"),
    ("I found a great Python Library for this.", "Python Library"),
    ("We went to the Farmers Market after group.", "Farmers Market"),
    ("The Arthritis Foundation says exercise helps.", "Arthritis Foundation"),
    ("They stayed at the Guest House by the lake.", "Guest House"),
    # review of issue #10: "referred with" is presenting with, "linked to" caused by; CVS the system
    ("Referred with Progressive weakness of both legs.", "Progressive"),
    ("REFERRED WITH GIANT CELL ARTERITIS", "GIANT"),
    ("Referred with Target lesions on both palms.", "Target"),
    ("Linked to Target Organ Damage.", "Target"),
    ("REFERRED WITH CHASE LUNG MASS", "CHASE"),
    ("SYMPTOMS LINKED TO STAPLES IN WOUND", "STAPLES"),
    ("Connected with Discover card support.", "Discover"),
    ("Referral to CVS team re chest pain.", "CVS"),
    ("Pt referred with CVS symptoms.", "CVS"),
    ("REFERRED WITH CVS COMPROMISE.", "CVS"),
    # a shelter or refuge in general: in capitals, or for the night
    ("PT REFERRED TO SHELTER, NO BEDS TONIGHT.", "SHELTER"),
    ("DV: REFERRED TO REFUGE, DECLINED.", "REFUGE"),
    ("WORKER FROM SHELTER VISITED.", "SHELTER"),
    ("Referred to Shelter tonight, no beds.", "Shelter"),
    ("Referred to Refuge overnight, no bed space.", "Refuge"),
    ("Offered Victim Support, declined.", "Victim Support"),
    ("Victim Support services offered by police.", "Victim Support"),
    # a home, a room of one, a lodge or a care service named by everyday words
    ("I'm staying at Grandma's House tonight.", "Grandma's House"),
    ("She lives at Mom's House on weekends.", "Mom's House"),
    ("Moved into the Pool House in May.", "Pool House"),
    ("He returned to the Coach House.", "Coach House"),
    ("Living in the Bunk House at camp.", "Bunk House"),
    ("Evicted from Council House last year.", "Council House"),
    ("Living at the Sorority House.", "Sorority House"),
    ("Staying at Granny's Lodge for now.", "Granny's Lodge"),
    ("Living in Bleak House is how it feels.", "Bleak House"),
    ("Admitted to Crisis House overnight.", "Crisis House"),
    ("Discharged to Respite House.", "Respite House"),
    ("Transfer to Step Down House next week.", "Step Down House"),
    ("Placed at Rescue Mission.", "Rescue Mission"),
    ("I'm living at Residence Inn for now.", "Residence Inn"),
    # a tenure, a scheme's acronym, an eponym, an everyday word, a nationality or a public figure before a kind
    ("HX OF FOSTER HOMES X5.", "FOSTER HOMES"),
    ("Multiple Foster Homes as a child.", "Foster Homes"),
    ("Lives with mum, Council Housing, 2 bed flat.", "Council Housing"),
    ("Council Homes are rare now.", "Council Homes"),
    ("Read it in Great Homes magazine.", "Great Homes"),
    ("Has HUD Housing voucher.", "HUD Housing"),
    ("Has VASH Housing voucher.", "VASH Housing"),
    ("Crohn's and Colitis Foundation.", "Colitis Foundation"),
    ("Alzheimer's Foundation info leaflet given.", "Alzheimer's Foundation"),
    ("Royal Commission into abuse reported.", "Royal Commission"),
    ("Donated to the Clinton Foundation.", "Clinton Foundation"),
    ("Grant from the Gates Foundation.", "Gates Foundation"),
    ("Joined the Linux Foundation mailing list.", "Linux Foundation"),
    ("Hope Foundation and Grace Foundation leaflets.", "Hope Foundation"),
    ("Went to Thai Restaurant for lunch.", "Thai Restaurant"),
    ("It was Indian Restaurant Week.", "Indian Restaurant"),
    ("Asian Supermarket sells tofu.", "Asian Supermarket"),
    ("Watched a Cake Boss Bakery episode.", "Cake Boss Bakery"),
    ("Went to a Queer Cafe downtown.", "Queer Cafe"),
    ("Wore his Hard Rock Cafe shirt.", "Hard Rock Cafe"),
    ("HMP Today reported it again.", "HMP"),
    # a quarter's word alone is no branch's area
    ("Age UK North helped.", "North"),
]


@pytest.mark.parametrize(("text", "target"), ORGANISATIONS)
def test_when_community_organisation_named_then_covered(analyzer: TextAnalyzer, text: str, target: str) -> None:
    assert covered(analyzer, text, target)


@pytest.mark.parametrize(("text", "look_alike"), LOOK_ALIKES)
def test_when_phrase_looks_like_organisation_then_no_facility(
    analyzer: TextAnalyzer, text: str, look_alike: str
) -> None:
    assert [t for t, _ in touching(analyzer, text, look_alike) if t == "FACILITY"] == []


def test_when_line_is_long_then_new_patterns_stay_linear(analyzer: TextAnalyzer) -> None:
    """Cues and capitalised words repeated over 10,000 characters take no super-linear time."""
    text = "staying at " + "Ab " * 2500 + " HMP " + "Xy " * 800 + "referred to Age UK " + "Qq " * 500
    start = time.perf_counter()
    analyzer.analyze([text])
    assert time.perf_counter() - start < 20
