"""Street lines numbered by a grid or a block rather than a house on a named street.

Colombia and Cuba number the street and the house by their crossings ("Carrera 7 # 45-12", "Calle 80 Sur # 14-33",
"Calle 23 No. 1057 e/ 12 y 14"); Japan numbers the block inside the district ("2-14-3 Nishi-Shinjuku", often after
the building and its room: "Maison Koenji 203, 4-31-7 Koenji-minami"); Korea numbers the house on its road
("12 Yeonnam-ro 5-gil", after the apartment's building and unit: "Apt 103-dong 2401-ho, 30 Marine city 2-ro").
The flat's pieces after them, and the district and town, are grown by ``address_tails``.
"""

from __future__ import annotations

from typing import Any

# (the grid's street: its type, its number, a letter, "Bis", a quarter)
_GRID_TYPE = (
    r"(?:Carrera|CARRERA|Cra\.?|Kr\.?|Calle|CALLE|Cl\.?|Diagonal|DIAGONAL|Dg\.?|Transversal|TRANSVERSAL|Tv\.?"
    r"|Avenida|AVENIDA|Av\.?|AV\.?)"
)
_GRID_STREET = (
    _GRID_TYPE + r"[ \t]+\d{1,3}[A-Z]?(?:[ \t]*(?i:bis))?(?:[ \t]+[A-Z]\b)?(?:[ \t]+(?i:sur|norte|este|oeste)\b)?"
)
# (the house: its crossing's number and its distance from it, "# 45-12", "No. 16B-11", or a number between two
# crossings, "No. 1057 e/ 12 y 14")
_GRID_HOUSE = (
    r"[ \t]*(?:#|No\.?|N[º°]\.?|Nro\.?)[ \t]*\d{1,4}[A-Z]?(?:[ \t]*-[ \t]*\d{1,3}[A-Z]?\b"
    r"|(?:[ \t]+(?:e/|entre)[ \t]*\d{1,3}[A-Z]?[ \t]+y[ \t]+\d{1,3}[A-Z]?\b))"
)
# A Japanese block number ("2-14-3", "5-2-18") and its district's name ("Nishi-Shinjuku", "Kita 24-jo Nishi"); the
# ward, city or town after its comma ("Shinjuku-ku", "Kawasaki") makes it an address, never a date's "3-8-11".
_CHOME = r"\d{1,2}-\d{1,2}(?:-\d{1,4})?"
_JP_DISTRICT = (
    r"[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?(?:[ \t]+\d{1,2}-jo)?(?:[ \t]+(?:Nishi|Higashi|Kita|Minami|Naka|Kami|Shimo))?"
)
_JP_AFTER = r"(?=,[ \t]*[A-Z][a-z]+(?:-(?:ku|shi|cho|machi|gun|mura)\b|,[ \t]*(?:Tokyo|Osaka|Kyoto|Hokkaido)\b))"
# The building and its room before it ("Sunny Heights Motosumiyoshi 402, ", "Maison Koenji 203, ").
_JP_BUILDING = r"(?:(?:[A-Z][A-Za-z'’-]*[ \t]+){1,4}\d{2,4},[ \t]*)?"
# A Korean road and its branch ("Yeonnam-ro 5-gil", "Itaewon-ro 27ga-gil", "Marine city 2-ro", "Dogok-ro 40-gil").
_KR_ROAD = (
    r"(?:[A-Z][a-z]+(?:[ \t]+[a-z]+)?(?:-ro|-gil|-daero|[ \t]+\d{1,3}-(?:ro|gil))"
    r"(?:[ \t]+\d{1,3}(?:[a-z]{1,3})?-(?:gil|ro))?)\b"
)
# The apartment's building and unit before it ("Marine Tower Apt 103-dong 2401-ho, ").
_KR_UNIT = r"(?:(?:[A-Z][A-Za-z]*[ \t]+){0,3}(?:Apt\.?|APT)[ \t]+\d{1,4}-dong[ \t]+\d{1,4}-ho,[ \t]*)?"

PATTERNS: list[dict[str, Any]] = [
    {
        "name": "grid_street",
        "gate": r"(?:#|No\.?|N[º°]|Nro)[ \t]*\d{1,4}[A-Z]?[ \t]*(?:-|e/|entre)",
        "regex": r"(?<![\w-])" + _GRID_STREET + _GRID_HOUSE,
        "score": 0.75,
    },
    {
        "name": "japanese_block_number",
        "gate": r"-(?:ku|shi|cho|machi|gun|mura)\b|Tokyo|Osaka|Kyoto|Hokkaido",
        "regex": r"(?<![\w/-])" + _JP_BUILDING + _CHOME + r"[ \t]+" + _JP_DISTRICT + _JP_AFTER,
        "score": 0.7,
    },
    {
        # a housing estate's block and flat ("Homi Danchi 2-14-305")
        "name": "japanese_estate_flat",
        "gate": r"\b(?i:danchi)\b",
        "regex": r"(?<![\w-])(?:[A-Z][a-z]+[ \t]+){1,2}(?i:danchi)[ \t]+\d{1,2}-\d{1,3}(?:-\d{1,4})?\b",
        "score": 0.7,
    },
    {
        # a South African township's house on its zone or extension, a place after its comma ("4471 Zone 6,
        # Meadowlands")
        "name": "house_in_numbered_zone",
        "gate": r"\b(?:Zone|Extension|Ext\.?)[ \t]+\d",
        "regex": r"(?<![\w/.-])(?!(?:19|20)\d\d\b)\d{2,5}[ \t]+(?:Zone|Extension|Ext\.?)[ \t]+\d{1,2}\b"
        r"(?=,[ \t]*[A-Z])",
        "score": 0.7,
    },
    {
        # a Thai house on its village number and its lane ("99/12 Moo 4, Soi Sukhumvit 71")
        "name": "thai_moo_soi",
        "gate": r"\b(?:Moo|Soi)\b",
        "regex": r"(?<![\w/-])\d{1,4}(?:/\d{1,3})?[ \t]+Moo[ \t]+\d{1,2}\b"
        r"(?:,?[ \t]+Soi[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?(?:[ \t]+\d{1,3}\b)?)?",
        "score": 0.7,
    },
    {
        # a German street after its preposition, its postcode and town after it ("Am Mühlenbach 4, 24937 Flensburg")
        "name": "german_preposition_street",
        "gate": r"\b(?:Am|An|Auf|Im|In|Zum|Zur|Hinter|Unter|Vor)\b",
        "regex": r"(?<![\w-])(?:Am|An[ \t]+der|Auf[ \t]+der|Auf[ \t]+dem|Im|In[ \t]+der|Zum|Zur|Hinter[ \t]+der"
        r"|Unter[ \t]+den|Vor[ \t]+dem)[ \t]+[A-ZÄÖÜ][a-zäöüß]+(?:[ \t-][A-ZÄÖÜ][a-zäöüß]+)?[ \t]+\d{1,4}[a-z]?\b"
        r"(?=,?[ \t]+\d{5}[ \t]+[A-ZÄÖÜ])",
        "score": 0.7,
    },
    {
        "name": "korean_road_address",
        "gate": r"[a-z0-9]-(?:ro|gil|daero)\b",
        "regex": r"(?<![\w-])" + _KR_UNIT + r"\d{1,4}(?:-\d{1,3})?[ \t]+" + _KR_ROAD,
        "score": 0.7,
    },
]
