"""Dates as news pages print them: a small, table-driven parser.

Handles the shapes scraped pages put above a story (`3 November 2020`,
`Nov. 3, 2020`, `Tuesday, 3 November 2020`, `03/11/2020`,
`2020-11-03T10:15:00Z`, `Published: ...`, `Feb 24, 2022 - 10:15 GMT`,
`24 Feb 2022 | 10:15`, `Updated 21 July 2020`). Numeric dates are read day
first, as most of the world writes them, unless that reading is impossible
(`11/23/2020`) or the caller says the source is American (`month_first`).
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping

import regex

__all__ = [
    "MONTHS",
    "PREFIXES",
    "WEEKDAYS",
    "DateLine",
    "label_kind",
    "month_day",
    "parse",
    "parse_line",
]

# --------------------------------------------------------------------------
# Tables
# --------------------------------------------------------------------------

#: Month names and abbreviations (lowercase) and their numbers.
MONTHS: Mapping[str, int] = {
    **{
        m: i
        for i, m in enumerate(
            "january february march april may june july august september october "
            "november december".split(),
            1,
        )
    },
    **{m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)},
    "sept": 9,
}

#: Weekday names and abbreviations (lowercase); read and ignored.
WEEKDAYS: frozenset[str] = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday "
    "mon tue tues wed thu thur thurs fri sat sun".split()
)

#: Words that introduce a date line, and what the date is: "published"
#: dates win over "updated" ones.
PREFIXES: Mapping[str, str] = {
    "published": "published",
    "published on": "published",
    "posted": "published",
    "posted on": "published",
    "date": "published",
    "dated": "published",
    "first published": "published",
    "publish date": "published",
    "publication date": "published",
    "date published": "published",
    "updated": "updated",
    "updated on": "updated",
    "last updated": "updated",
    "last updated on": "updated",
    "modified": "updated",
    "last modified": "updated",
    "last mod": "updated",
    "date modified": "updated",
}

#: Years a date line may carry; anything else is not taken for a date.
MIN_YEAR, MAX_YEAR = 1900, 2100

# --------------------------------------------------------------------------
# Grammar
# --------------------------------------------------------------------------


def _words(names: object) -> str:
    return "|".join(sorted(map(regex.escape, names), key=len, reverse=True))  # type: ignore[arg-type]


_MONTH = rf"(?P<month>{_words(MONTHS)})\.?+"
_DAY = r"(?P<day>[0-3]?[0-9])(?:st|nd|rd|th)?+"
_YEAR = r"(?P<year>[12][0-9]{3})"
_WEEKDAY = rf"(?:{_words(WEEKDAYS)})\.?+,?+\s++"
# A zone: "GMT", "EST", "ET" (in capitals: "10:15 at" is no zone), "+03:00", "GMT+3".
_ZONE = (
    r"(?:Z|GMT|UTC|(?-i:[A-Z]{1,4}T)|[+-][0-9]{2}:?[0-9]{2})"
    r"(?:\s*+[+-][0-9]{1,2}(?::?[0-9]{2})?)?"
)
_TIME = (
    r"(?:at\s++)?[0-2]?[0-9][:.][0-5][0-9](?::[0-5][0-9](?:\.[0-9]++)?)?+"
    r"(?:\s*+[ap]\.?m\.?)?+"
    rf"(?:\s*+(?:\({_ZONE}\)|{_ZONE}))?+"
)
_ISO = (
    r"(?P<year>[12][0-9]{3})(?P<sep>[-/.])(?P<nmonth>[01]?[0-9])(?P=sep)(?P<day>[0-3]?[0-9])"
    r"(?:[T ][0-2][0-9]:[0-5][0-9](?::[0-5][0-9](?:\.[0-9]++)?)?+"
    r"(?:Z|[+-][0-9]{2}:?[0-9]{2})?+)?+"
)
_NUMERIC = r"(?P<a>[0-3]?[0-9])(?P<sep>[/.-])(?P<b>[0-3]?[0-9])(?P=sep)(?P<year>[12][0-9]{3})"
_DMY = rf"{_DAY}\s++(?:of\s++)?{_MONTH},?+\s++{_YEAR}"
_MDY = rf"{_MONTH}\s*+{_DAY},?+\s++{_YEAR}"
_DATE = rf"(?:{_ISO}|{_NUMERIC}|{_DMY}|{_MDY})"

_DATE_RE = regex.compile(rf"(?:{_WEEKDAY})?{_DATE}", regex.IGNORECASE)

_LABEL_RE = regex.compile(rf"(?P<prefix>{_words(PREFIXES)})\s*+:?+", regex.IGNORECASE)

# A line that is a date and nothing else: an optional prefix, an optional
# weekday, the date, an optional time before or after.
_LINE_RE = regex.compile(
    rf"(?P<prefix>{_words(PREFIXES)})?+\s*+:?+\s*+"
    rf"(?:{_TIME}\s*+[-|,]?+\s*+)?"  # not possessive: "24.02.2022" is no time
    rf"(?:{_WEEKDAY})?+{_DATE}"
    rf"(?:\s*+(?:[-|,@]|at)?+\s*+{_TIME})?+"
    r"\s*+\.?+",
    regex.IGNORECASE,
)

_MONTH_DAY_RE = regex.compile(rf"{_MONTH}(?:\s*+{_DAY})?+", regex.IGNORECASE)


def _date(year: int, month: int, day: int) -> datetime.date | None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def _from_match(m: regex.Match[str], month_first: bool) -> datetime.date | None:
    year = int(m["year"])
    if m["a"] is not None:  # 03/11/2020
        a, b = int(m["a"]), int(m["b"])
        first, second = ((b, a), (a, b)) if not month_first else ((a, b), (b, a))
        return _date(year, *first) or _date(year, *second)
    if m["nmonth"] is not None:  # 2020-11-03
        return _date(year, int(m["nmonth"]), int(m["day"]))
    return _date(year, MONTHS[m["month"].lower()], int(m["day"]))


def parse(text: str, *, month_first: bool = False) -> datetime.date | None:
    """The date that `text` is, or None: `parse("Nov. 3, 2020")` -> 2020-11-03.

    The whole of `text` (less surrounding space and a weekday) must be the date.
    """
    m = _DATE_RE.fullmatch(text.strip())
    return _from_match(m, month_first) if m else None


class DateLine(tuple[datetime.date, str]):
    """A parsed date line: `(date, kind)`, kind "published" or "updated"."""

    __slots__ = ()

    @property
    def date(self) -> datetime.date:
        return self[0]

    @property
    def kind(self) -> str:
        return self[1]


def parse_line(line: str, *, month_first: bool = False) -> DateLine | None:
    """A line that holds only a date (with prefix and time), or None.

    `Updated 21 July 2020` -> `(2020-07-21, "updated")`.
    """
    m = _LINE_RE.fullmatch(line.strip())
    if m is None:
        return None
    date = _from_match(m, month_first)
    if date is None:
        return None
    prefix = m["prefix"]
    return DateLine((date, _kind(prefix) if prefix else "published"))


def label_kind(label: str) -> str | None:
    """The kind of date a label alone on its line announces (BBC's
    `Published` over the date): `Updated:` -> "updated"; None for other text."""
    m = _LABEL_RE.fullmatch(label.strip())
    return None if m is None else _kind(m["prefix"])


def _kind(prefix: str) -> str:
    return PREFIXES[" ".join(prefix.lower().split())]


def month_day(text: str) -> tuple[int, int | None] | None:
    """Month and day of a dateline's date (`Feb. 24` -> (2, 24); `Nov.` -> (11, None))."""
    m = _MONTH_DAY_RE.fullmatch(text.strip())
    if m is None:
        return None
    day = int(m["day"]) if m["day"] else None
    if day is not None and not 1 <= day <= 31:
        return None
    return MONTHS[m["month"].lower()], day
