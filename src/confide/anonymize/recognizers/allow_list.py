"""Allow-list of clinical words that NER mistakes for names or organisations.

Drugs, disorders, therapies, record labels such as "MRN". A detection whose every word is allowed
is dropped, but only for the entity types named in ``entity_types`` (pattern detections are kept).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

DRUGS = (
    "Zoloft Sertraline Prozac Fluoxetine Lexapro Escitalopram Celexa Citalopram Paxil Paroxetine Wellbutrin "
    "Bupropion Effexor Venlafaxine Cymbalta Duloxetine Pristiq Remeron Mirtazapine Trazodone Trintellix Viibryd "
    "Xanax Alprazolam Klonopin Clonazepam Ativan Lorazepam Valium Diazepam Buspar Buspirone Hydroxyzine Vistaril "
    "Abilify Aripiprazole Seroquel Quetiapine Risperdal Risperidone Zyprexa Olanzapine Latuda Lurasidone Geodon "
    "Haldol Clozapine Clozaril Vraylar Rexulti Invega Lamictal Lamotrigine Lithium Depakote Tegretol Topamax "
    "Adderall Ritalin Concerta Vyvanse Strattera Focalin Dexedrine Methylphenidate Guanfacine Intuniv Clonidine "
    "Ambien Lunesta Melatonin Propranolol Naltrexone Suboxone Methadone Ketamine Spravato Esketamine Gabapentin "
    "Neurontin Lyrica Benadryl Tylenol Advil Ibuprofen Xanex Zoloft's Prozac's Lexapro's "
    "Caplyta Lumateperone Lybalvi Samidorphan Cobenfy Auvelity Zurzuvae Zuranolone"
)
DISORDERS = (
    "ADHD ADD PTSD CPTSD C-PTSD OCD BPD NPD GAD MDD DID OSDD ASD SAD PMDD ED ARFID Bipolar Aspergers "
    "Asperger's Tourettes Tourette's Alzheimer's Parkinson's Huntington "
    "Crohn's Schizophrenia Schizoaffective Anorexia Bulimia Insomnia Dysthymia Depression Anxiety Autism "
    "Psychosis Mania Hypomania Dissociation Derealization Depersonalization Agoraphobia"
)
THERAPIES_AND_LABELS = (
    "CBT DBT ACT EMDR IFS ERP TMS ECT IOP PHP SSRI SSRIs SNRI SNRIs MAOI MAOIs DSM DSM-5 ICD HIPAA MRN SSN NHS DOB "
    "ER ICU ED PCP GP NP LCSW LMFT LPC LMHC LICSW LPCC LCPC LMSW CADC LADC FNP PhD PsyD MD RN APRN PMHNP "
    "Medicaid Medicare Reddit Redditor Google "
    "Covid COVID COVID-19 Lol LOL Tbh TBH Idk IDK Imo IMO Ty TL;DR TLDR Edit EDIT Update UPDATE "
    # the verdicts and title tags of advice subreddits
    "AITA WIBTA AITAH WIBTAH NTA YTA TIFU "
    # ... and of parenting forums ("AIBU to go private?", "YANBU")
    "AIBU YABU YANBU WWYD"
)
# The twelve-step family groups meet everywhere, like AA and NA: no one site and no person ("al-anon helps").
FELLOWSHIPS = "Al-Anon Alanon Alateen Nar-Anon Naranon Gam-Anon Gamanon"
# Services a person serves in, like "the army": no site ("her father was a Royal Marine"). Whole phrases only, so
# "the Royal" (a Belfast hospital) stays a site.
SERVICES = ("Royal Marine", "Royal Marines", "Royal Navy", "Royal Air Force", "Merchant Marine", "Merchant Navy")
DEFAULT_ALLOW_LIST = sorted(
    {w for w in (DRUGS + " " + DISORDERS + " " + THERAPIES_AND_LABELS + " " + FELLOWSHIPS).split()} | set(SERVICES)
)
_WORD = re.compile(r"[\w'’-]+")
_FILLER = {"and", "or", "the", "a", "an", "of", "with", "on", "to", "my", "mg", "s"}


class AllowList:
    """Case-insensitive set of allowed words and phrases (entries with a space) with the entity types it applies to."""

    def __init__(self, words: Iterable[str], *, entity_types: Iterable[str]) -> None:
        entries = [" ".join(w.casefold().split()) for w in words]
        self.words = {w for w in entries if " " not in w}
        self.phrases = {w for w in entries if " " in w}
        self.entity_types = set(entity_types)

    def allows(self, value: str, entity_type: str) -> bool:
        """True when ``value`` must be kept: its type is covered, and it is an allowed phrase or all its words are."""
        if entity_type not in self.entity_types:
            return False
        if " ".join(value.casefold().split()) in self.phrases:
            return True
        words = [w.casefold() for w in _WORD.findall(value)]
        words = [re.sub(r"['’]s$", "", w) if w not in self.words else w for w in words]
        meaningful = [w for w in words if w not in _FILLER and not w.isdigit()]
        return bool(meaningful) and all(w in self.words for w in meaningful)
