"""Parse the common written date forms and shift them by a number of days, keeping the form.

Shifting every date of one person by the same offset preserves the intervals between them. A
year alone ("1994", "'94") is never shifted: it returns ``None`` like any form not understood, and
the caller falls back to a type tag. Shifting a year by the record's offset would change it only
when the offset carries its middle across New Year, so whether a record shows a moved year or a tag
would tell a reader whether that offset is over half a year.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_MONTH_INDEX = {m.lower(): i + 1 for i, m in enumerate(MONTHS)}
_MONTH_INDEX.update({m[:3].lower(): i + 1 for i, m in enumerate(MONTHS)})
_MONTH_INDEX["sept"] = 9
_FULL_NAMES = {m.lower() for m in MONTHS}
_MONTH_RE = (
    r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DAY_RE = r"(?P<day>\d{1,2})(?P<suffix>st|nd|rd|th)?"
_WEEKDAY_RE = r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?"
_ARTICLE = re.compile(r"(?i)the\s+(?=\d)")
# A clock time as it follows a date ("10:12", "08:30:00Z", "10:00pm", "14:30-15:00", "09:00+01:00"): the one
# definition, shared by the date recognizer. A UTC offset runs -12 to +14, so "-15:00" ends a time range.
_HOUR_MINUTE = r"(?:[01]?\d|2[0-3]):[0-5]\d"
_MERIDIEM = r"(?:\s?(?i:[ap]\.?m\b\.?))?"
CLOCK_TIME = (
    _HOUR_MINUTE + r"(?::[0-5]\d(?:\.\d+)?)?" + _MERIDIEM
    + r"(?:Z|[+-](?:0\d|1[0-4]):?[0-5]\d|\s?[-–]\s?" + _HOUR_MINUTE + _MERIDIEM + r")?"
)
# That clock time closing a date, after a space or a "T".
_CLOCK_TAIL = re.compile(r"(?<=\d)[T ]" + CLOCK_TIME + r"$")
# A leap year, so 29 February without a year still parses.
_REFERENCE_YEAR = 2000


def _ordinal(day: int) -> str:
    if 11 <= day % 100 <= 13:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def _cased(original: str, text: str) -> str:
    """``text`` in the letter case of ``original``: upper ("MARCH", "3RD"), lower, else as given."""
    if original.isupper():
        return text.upper()
    if original.islower():
        return text.lower()
    return text


def _month_text(original: str, month: int) -> str:
    """Month ``month`` written like ``original``: full or abbreviated (with its dot), in its letter case."""
    word = original.rstrip(".")
    full = MONTHS[month - 1]
    if word.lower() in _FULL_NAMES:  # "May", "June", "March": a full name stays full
        return _cased(word, full)
    text = _cased(word, full[:3])
    return text + "." if original.endswith(".") else text


def _year_value(raw: str) -> int:
    year = int(raw)
    if len(raw) == 2:
        year += 2000 if year < 50 else 1900
    return year


def _two_digit_year(year: int) -> str:
    """``year`` in two digits.

    ValueError (the caller then tags the date) when they would read back as another century: "94"
    shifted by 80 years is 2074, which "74" reads as 1974.
    """
    text = f"{year % 100:02d}"
    if _year_value(text) != year:
        raise ValueError("two-digit year crosses its century")
    return text


def _shift_iso(m: re.Match[str], days: int) -> str:
    sep = m.group("sep")
    d = dt.date(int(m.group("year")), int(m.group("month")), int(m.group("day"))) + dt.timedelta(
        days=days
    )
    return f"{d.year:04d}{sep}{d.month:02d}{sep}{d.day:02d}"


def _shift_numeric(m: re.Match[str], days: int) -> str:
    sep = m.group("sep")
    yraw = m.group("year")
    first, second = int(m.group("a")), int(m.group("b"))
    month, day, day_first = (first, second, False) if first <= 12 else (second, first, True)
    d = dt.date(_year_value(yraw), month, day) + dt.timedelta(days=days)
    year = _two_digit_year(d.year) if len(yraw) == 2 else f"{d.year:04d}"
    pad = len(m.group("a")) == 2
    a, b = (d.day, d.month) if day_first else (d.month, d.day)
    fmt = "{:02d}" if pad else "{}"
    return f"{fmt.format(a)}{sep}{fmt.format(b)}{sep}{year}"


def _shift_month_day(m: re.Match[str], days: int, *, day_first: bool) -> str:
    month = _MONTH_INDEX[m.group("month").rstrip(".").lower()]
    yraw = m.group("year")
    year = _year_value(yraw) if yraw else _REFERENCE_YEAR
    d = dt.date(year, month, int(m.group("day"))) + dt.timedelta(days=days)
    mtext = _month_text(
        m.group("month") + ("." if m.group(0).find(m.group("month") + ".") >= 0 else ""), d.month
    )
    suffix = _cased(m.group("suffix"), _ordinal(d.day)) if m.group("suffix") else ""
    if day_first:
        of = m.group("of") + " " if m.group("of") else " "
        out = f"{d.day}{suffix}{of}{mtext}"
    else:
        out = f"{mtext} {d.day}{suffix}"
    if yraw:
        comma = "," if m.group("comma") else ""
        out += f"{comma} {d.year}"
    return out


def _shift_month_year(m: re.Match[str], days: int) -> str:
    month = _MONTH_INDEX[m.group("month").rstrip(".").lower()]
    yraw = m.group("year")
    d = dt.date(_year_value(yraw), month, 15) + dt.timedelta(days=days)
    comma = "," if m.group("comma") else ""
    year = _two_digit_year(d.year) if len(yraw) == 2 else f"{d.year}"
    return f"{_month_text(m.group('month'), d.month)}{comma}{m.group('sep')}{year}"


def _shift_month_day_numeric(m: re.Match[str], days: int) -> str:
    """A numeric date without a year ("3/14", "03-14", "14/3"), shifted in a leap reference year.

    Month first unless the first number cannot be a month; 2/29 stays valid.
    """
    first, second = int(m.group("a")), int(m.group("b"))
    month, day, day_first = (first, second, False) if first <= 12 else (second, first, True)
    d = dt.date(_REFERENCE_YEAR, month, day) + dt.timedelta(days=days)
    fmt = "{:02d}" if "0" in (m.group("a")[0], m.group("b")[0]) else "{}"
    a, b = (d.day, d.month) if day_first else (d.month, d.day)
    return f"{fmt.format(a)}{m.group('sep')}{fmt.format(b)}"


def _shift_compact(m: re.Match[str], days: int) -> str:
    """Day, month and year run together ("14MAR94", or "17DEC" of a ticket), in the letter case it was written."""
    raw = m.group("month")
    yraw = m.group("year")
    start = dt.date(_year_value(yraw) if yraw else _REFERENCE_YEAR, _MONTH_INDEX[raw.lower()], int(m.group("day")))
    d = start + dt.timedelta(days=days)
    month = MONTHS[d.month - 1][:3]
    month = month.upper() if raw.isupper() else month.lower() if raw.islower() else month
    year = "" if not yraw else _two_digit_year(d.year) if len(yraw) == 2 else f"{d.year}"
    return f"{d.day:0{len(m.group('day'))}d}{month}{year}"


_FORMS: list[tuple[re.Pattern[str], Callable[[re.Match[str], int], str]]] = [
    (
        re.compile(r"(?P<year>\d{4})(?P<sep>[-/.])(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})"),
        _shift_iso,
    ),
    (
        re.compile(r"(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<year>\d{4}|\d{2})"),
        _shift_numeric,
    ),
    (
        re.compile(
            _WEEKDAY_RE + _MONTH_RE + r"\s+" + _DAY_RE + r"(?:(?P<comma>,)?\s+(?P<year>\d{4}))?",
            re.I,
        ),
        lambda m, d: _shift_month_day(m, d, day_first=False),
    ),
    (
        re.compile(
            _WEEKDAY_RE
            + _DAY_RE
            + r"(?P<of>\s+of)?\s+"
            + _MONTH_RE
            + r"(?:(?P<comma>,)?\s+(?P<year>\d{4}))?",
            re.I,
        ),
        lambda m, d: _shift_month_day(m, d, day_first=True),
    ),
    (re.compile(_MONTH_RE + r"(?P<comma>,)?(?P<sep>\s+(?:of\s+)?|-)(?P<year>\d{4})", re.I), _shift_month_year),
    (re.compile(_MONTH_RE + r"(?P<comma>)(?P<sep>-)(?P<year>\d{2})", re.I), _shift_month_year),
    (re.compile(r"(?P<a>\d{1,2})(?P<sep>[/-])(?P<b>\d{1,2})"), _shift_month_day_numeric),
    (re.compile(r"(?P<day>\d{1,2})(?P<month>[A-Za-z]{3})(?P<year>\d{4}|\d{2})?"), _shift_compact),
]


def shift_date_text(text: str, days: int) -> str | None:
    """Return ``text`` (one whole date expression) moved by ``days``, same form; else None.

    A year alone ("1994", "'94") is no form here: None, whatever ``days`` (the caller tags it).

    Example:
        >>> shift_date_text("March 3, 2021", 10)
        'March 13, 2021'
        >>> shift_date_text("2021-03-03", -3)
        '2021-02-28'
    """
    value = text.strip()
    clock = _CLOCK_TAIL.search(value)  # "11/28/2024 03:14": shift the date, keep the clock time as written
    if clock and clock.start() > 0:
        shifted = shift_date_text(value[: clock.start()], days)
        return None if shifted is None else shifted + clock.group(0)
    article = _ARTICLE.match(value)  # "the 5th of May": shift the date, keep the article as written
    if article:
        shifted = shift_date_text(value[article.end() :], days)
        return None if shifted is None else article.group(0) + shifted
    for pattern, shift in _FORMS:
        m = pattern.fullmatch(value)
        if m is None:
            continue
        try:
            return shift(m, days)
        except (ValueError, OverflowError, KeyError):
            return None
    return None
