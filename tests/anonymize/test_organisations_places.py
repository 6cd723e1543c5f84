"""Organisations and places of a life: the seventeenth round's tuning sets.

A house's or a lodge's own name after a preposition, however everyday its words ("reside at Elm House"); sites
whose kind opens their name ("Hospital Kuala Lumpur", "HMS Albion", "Masjid Al-Noor"); a general hospital's
acronym and a hospital's acronym at a transfer's arrow ("to CGH", "VGH -> ..."); an Australian private hospital by
its name ("Hospital Selayang"); a site named again in full after it was found once; a bed state's lines ("Park House -
1 male"); a hospital's nickname after a cue of care ("admissions to the Royal"); a school by its level ("... High").
Look-alikes: kinds of house and someone's home, a scale named after hospitals, a ventilator's minute volume,
hormones and clinical acronyms of a hospital's shape, the same words as words. All values are invented.
"""

from __future__ import annotations

import pytest

from confide.anonymize.analyzer import TextAnalyzer
from tests.anonymize.conftest import covered, touching

POSITIVES = [
    # a house's or a lodge's own name where the text places someone
    ("Licence condition to reside at Elm House AP until end of month.", "Elm House"),
    ("Offered transfer to Friendly House, he declined.", "Friendly House"),
    ("my key worker at Hope House is lovely", "Hope House"),
    ("Nan had another fall at Oakwood Lodge yesterday.", "Oakwood Lodge"),
    ("Previously at Serenity House for 6 months, then home.", "Serenity House"),
    ("shelter: Interval House  advocate: Shonda", "Interval House"),
    ("Heard at Field House on 3 May 2024.", "Field House"),
    ("Licence condition to reside at Elm House AP until end of month.", "Elm House"),
    # a bed state's lines, a hospital's nickname, a school by its name and level
    ("BED STATE 07:00\nLaureate House - 0 beds\nPark House - 1 male\nCygnet Bury - 2 PICU", "Park House"),
    ("BED STATE 07:00\nLaureate House - 0 beds\nPark House - 1 male\nCygnet Bury - 2 PICU", "Cygnet Bury"),
    ("Bed search:\n- Priory Roehampton - 1 female bed from 16:00", "Priory Roehampton"),
    ("She has had two admissions to the Royal (2022, 2024).", "Royal"),
    ("Jayden finished Year 10 at Mount Druitt High and started a Cert III.", "Mount Druitt High"),
    # and named again in full where no preposition places it
    ("Team huddle - Phoenix House (Worcester, MA)\nReminder: we are at Phoenix House, not a shelter.", "Phoenix House"),
    # the kind before the name
    ("Hospital Kuala Lumpur (HKL) full. Rajesh moved to Pantai Hospital.", "Hospital Kuala Lumpur"),
    ("Hospital Kuala Lumpur (HKL) full. Rajesh moved to Pantai Hospital.", "HKL"),
    ("Transferred to Hospital Bahagia Ulu Kinta: Korsakoff syndrome.", "Hospital Bahagia Ulu Kinta"),
    ("Trained at HMS Raleigh and served on HMS Albion out of Plymouth.", "HMS Albion"),
    ("Former OFW on the MV Ocean Sapphire (engine room, 2012-2019).", "MV Ocean Sapphire"),
    ("Attends Masjid Al-Noor on Fridays with his uncle.", "Masjid Al-Noor"),
    ("Madrasa most evenings at Jamia Masjid. Saturdays he helps at the shop.", "Jamia Masjid"),
    # hospitals' acronyms
    ("Polyclinic referral: Bedok Polyclinic to CGH diabetic foot review.", "CGH"),
    ("VGH -> Royal Columbian via BCEHS.", "VGH"),
    ("Mdm Goh, 84, SGH Ward 57 -> step-down bed.", "SGH"),
    # a private hospital by its name
    ("Went to Hospital Selayang for dialysis.", "Hospital Selayang"),
]

LOOK_ALIKES = [
    # kinds of house and someone's home
    ("We stayed at Open House weekend and toured the schools.", "Open House"),
    ("He spends weekends at Grandma's House with his cousins.", "Grandma's House"),
    ("Moved back in at Mum's House after the eviction.", "Mum's House"),
    ("The kids played at Club House after school.", "Club House"),
    ("Was placed at a Halfway House in 2019 after release.", "Halfway House"),
    ("Transfer to Step Down House next week.", "Step Down House"),
    ("Placed at Rescue Mission for the winter.", "Rescue Mission"),
    # a device checklist beside beds, a kingdom's colour and post
    ("Checklist before beds are made\nSats Probe - full\nSuction - declined by pt", "Suction"),
    ("Royal blue curtains went up on the ward.", "Royal"),
    ("Stayed at Ski Lodge over half term.", "Ski Lodge"),
    # a scale named after hospitals, a ventilator's volume, a ward after an acronym
    ("Hospital Anxiety and Depression Scale score 14 today.", "Hospital Anxiety"),
    ("Vent settings: on MV Pressure Control overnight.", "MV Pressure"),
    # hormones and clinical acronyms of a hospital's shape
    ("Labs: TSH 2.1, UDS + THC. Started fluoxetine.", "THC"),
    ("Referred to endocrine for HGH testing.", "HGH"),
    ("Transferred to ICU -> stepdown after 24 h.", "ICU"),
    ("Veteran, served USMC x 8 yrs, 2 deployments.", "USMC"),
    # reviewers' look-alikes: titles, drawings, kinds of housing, roles, scans, ablations, valves, tests, offers
    ("Pt's art therapy themes: Broken House, Empty House, Burning House.", "Burning House"),
    ("Lives in Student House with four others.", "Student House"),
    ("USS Abdomen booked for Monday.", "USS Abdomen"),
    ("s/p RFA Medial Branch last year.", "RFA Medial"),
    ("Increased the MV Target overnight.", "MV Target"),
    ("Dx: HMS Hypermobility Syndrome.", "HMS Hypermobility"),
    ("Hospital LOS: 5 days.", "Hospital LOS"),
    ("Hospital Chapel visit with the chaplain.", "Hospital Chapel"),
    ("TTE -> RHC -> LHC tomorrow.", "LHC"),
    ("Sample sent -> CGH array.", "CGH"),
    ("Slept well in bed.\nFlu Jab - declined\nCooking Group - accepted", "Flu Jab"),
    ("Slept in bed all day.\nRMNs - 2 male\nWinter Pressures - 6 beds", "RMNs"),
    ("The Ohio Primary is next week.", "Primary"),
    ("Rank: Army Private, 2 years.", "Private"),
]


@pytest.mark.parametrize(("text", "target"), POSITIVES, ids=range(len(POSITIVES)))
def test_when_an_organisation_of_these_styles_is_written_then_it_is_covered(analyzer: TextAnalyzer, text, target):
    assert covered(analyzer, text, target)


@pytest.mark.parametrize(("text", "look_alike"), LOOK_ALIKES)
def test_when_a_look_alike_of_these_styles_is_written_then_nothing_touches_it(analyzer: TextAnalyzer, text, look_alike):
    assert touching(analyzer, text, look_alike) == []
