r"""GPS coordinates: where a person is, lives or went, as phones and wearables log it.

HIPAA counts them as a place finer than a state. A latitude and a longitude in decimal degrees, with four
decimals or more each (four with a hemisphere's sign), as location exports write them
("42.30412,-71.06638", "-37.80124, 144.96772", "51.5074° N, 0.1278° W"), or with two decimals or more after
their labels ("lat 40.71 lon -74.00", "lat=51.507,lng=-0.128"), and degrees, minutes and seconds with their
hemispheres ("40°42'46\"N 74°00'21\"W"). One span covers the pair. A pair of readings has fewer decimals
("SG 1.005, 1.020"), and a latitude over 90 or a longitude over 180 is none.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from confide.anonymize.recognizers.base import register_validator

_LAT = r"[-+−]?\d{1,2}\.\d{%s,8}°?(?:[ \t]?[NS]\b)?"
_LON = r"[-+−]?\d{1,3}\.\d{%s,8}°?(?:[ \t]?[EW]\b)?"
# A place's word shortly before a pair with fewer decimals ("GPS 53.48, -2.24", "last seen at -33.8731, 151.2065");
# never "home", "where" or "position", which readings follow as often ("Home INR 2.35, 3.10").
_PLACE_CUE = (
    r"(?i:\b(?:lat(?:itude)?|lon|lng|gps|locat\w*|coord\w*|geolocat\w*|seen\s+at|pin(?:ned)?|geofence|fence)\b|\bat=)"
    r"[^\n\d]{0,40}?"
)
# A third number after the pair makes it a vector of readings ("accel: 0.0123, -0.9812, 0.1734").
_NO_THIRD = r"(?![ \t]*[,;/ ][ \t]*[-+−]?\d+\.\d)"
_NO_UNIT = r"(?![ \t]*(?i:kg|g|mg|ml|l|mmol|mol|cm|mm|m|km|lbs?|%)(?!\w))"
_DMS_LAT = r"\d{1,2}°[ \t]?\d{1,2}['′][ \t]?(?:\d{1,2}(?:\.\d+)?[\"″][ \t]?)?[NS]"
_DMS_LON = r"\d{1,3}°[ \t]?\d{1,2}['′][ \t]?(?:\d{1,2}(?:\.\d+)?[\"″][ \t]?)?[EW]"

DEFAULT_SPEC: dict[str, Any] = {
    "entity_type": "LOCATION",
    "name": "CoordinatesRecognizer",
    "gate": r"\d\.\d{2}|°",
    "patterns": [
        {
            # five decimals each, as phones log them ("42.30412,-71.06638")
            "name": "decimal_pair",
            "regex": r"(?<![\w.,−-])(?P<pii>" + _LAT % 5 + r"[ \t]*[,;/ ][ \t]*" + _LON % 5 + r")(?!\w|[.,]\d)"
            + _NO_THIRD + _NO_UNIT,
            "score": 0.7,
            "validators": [{"name": "lat_lon_range"}],
        },
        {
            # four decimals each, a hemisphere's sign on one of them ("53.4794, -2.2453"): a reading of four decimals
            # is seldom signed, and a vector's third number is left out
            "name": "signed_decimal_pair",
            "regex": r"(?<![\w.,−-])(?<!\d[,;] )(?P<pii>(?=[-−]|[^,;/ \t]+[ \t]*[,;/ ][ \t]*[-−])" + _LAT % 4
            + r"[ \t]*[,;/ ][ \t]*" + _LON % 4 + r")(?!\w|[.,]\d)" + _NO_THIRD + _NO_UNIT,
            "score": 0.7,
            "validators": [{"name": "lat_lon_range"}],
        },
        {
            # two to four after a place's cue ("GPS 53.48, -2.24", "location sharing shows 12.9716, 77.5946")
            "name": "decimal_pair_after_cue",
            "regex": _PLACE_CUE + r"(?<![\w.,−-])(?P<pii>" + _LAT % 2 + r"[ \t]*[,;/ ][ \t]*" + _LON % 2
            + r")(?!\w|[.,]\d)" + _NO_THIRD + _NO_UNIT,
            "score": 0.7,
            "validators": [{"name": "lat_lon_range"}],
        },
        {
            # hemispheres' letters say what the numbers are ("40.7128° N, 74.0060° W", "53.35 N 6.26 W")
            "name": "hemisphere_pair",
            "regex": r"(?<![\w.])(?P<pii>\d{1,2}\.\d{2,8}°?[ \t]?[NS],?[ \t]*\d{1,3}\.\d{2,8}°?[ \t]?[EW])\b",
            "score": 0.7,
            "gate": r"\d°?[ \t]?[NS]\b",
            "validators": [{"name": "lat_lon_range"}],
        },
        {
            "name": "labelled_pair",
            "regex": r"(?i)\blat(?:itude)?\b[\"']?[ \t]*[:=]?[ \t]*[\"']?"
            r"(?P<pii>[-+−]?\d{1,2}\.\d{2,8}[\"']?[ \t]*[,;]?[ \t]*[\"']?(?:lo?ng|lon(?:gitude)?)\b[\"']?[ \t]*[:=]?"
            r"[ \t]*[\"']?[-+−]?\d{1,3}\.\d{2,8})(?![\w.])"
            # a wound's or a joint's lateral and longitudinal measures ("lat 2.50 long 3.10 cm")
            r"(?![^\n]*\b(?i:cm|mm|flexion|extension|wound)\b)",
            "score": 0.7,
            "gate": r"(?i)lat",
            "validators": [{"name": "lat_lon_range"}],
        },
        {
            "name": "degrees_minutes_seconds",
            "regex": r"(?<![\w.])(?P<pii>" + _DMS_LAT + r"[ \t]*,?[ \t]*" + _DMS_LON + r")",
            "score": 0.7,
            "gate": r"°",
        },
    ],
}


@register_validator("lat_lon_range")
def lat_lon_range(value: str, params: Mapping[str, Any]) -> bool:
    """A latitude within ±90 and a longitude within ±180 (the first and last numbers of the pair)."""
    numbers = [abs(float(n)) for n in re.findall(r"\d+\.\d+", value)]
    return len(numbers) >= 2 and numbers[0] <= 90 and numbers[-1] <= 180
