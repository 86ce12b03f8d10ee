"""The date parser: every supported shape, and plausibility."""

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from normcorp.dates import label_kind, month_day, parse, parse_line

D = datetime.date

LINES = [
    ("3 November 2020", D(2020, 11, 3), "published"),
    ("November 3, 2020", D(2020, 11, 3), "published"),
    ("Nov. 3, 2020", D(2020, 11, 3), "published"),
    ("Nov 3 2020", D(2020, 11, 3), "published"),
    ("3rd November 2020", D(2020, 11, 3), "published"),
    ("Tuesday, 3 November 2020", D(2020, 11, 3), "published"),
    ("Tuesday, November 3, 2020", D(2020, 11, 3), "published"),
    ("Sept. 21, 2021", D(2021, 9, 21), "published"),
    ("03/11/2020", D(2020, 11, 3), "published"),
    ("3.11.2020", D(2020, 11, 3), "published"),
    ("11/23/2020", D(2020, 11, 23), "published"),  # day-first impossible
    ("2020-11-03", D(2020, 11, 3), "published"),
    ("2020-11-03T10:15:00Z", D(2020, 11, 3), "published"),
    ("2020-11-03 10:15:00+03:00", D(2020, 11, 3), "published"),
    ("2020/11/03", D(2020, 11, 3), "published"),
    ("Published: 3 November 2020", D(2020, 11, 3), "published"),
    ("Published on Nov 3, 2020 at 10:15 am", D(2020, 11, 3), "published"),
    ("Posted on November 3, 2020", D(2020, 11, 3), "published"),
    ("Date: 2022-02-24", D(2022, 2, 24), "published"),
    ("Feb 24, 2022 - 10:15 GMT", D(2022, 2, 24), "published"),
    ("24 Feb 2022 | 10:15", D(2022, 2, 24), "published"),
    ("10:15 GMT, 24 Feb 2022", D(2022, 2, 24), "published"),
    ("Thursday 24 February 2022, 10:15 GMT+3", D(2022, 2, 24), "published"),
    ("Updated 21 July 2020", D(2020, 7, 21), "updated"),
    ("Publish date3 Oct 2022 - 16:10", D(2022, 10, 3), "published"),  # Taghrib's, glued
    ("Date published: 3 October 2022", D(2022, 10, 3), "published"),
    ("Last Mod: 22 February 2013, 09:35", D(2013, 2, 22), "updated"),
    ("Last updated: July 21, 2020 10:15 PM EDT", D(2020, 7, 21), "updated"),
    # US zones of two letters, a zone in brackets
    ("Feb. 24, 2022, 10:15 a.m. ET", D(2022, 2, 24), "published"),
    ("Updated 10:15 AM ET, Thu February 24, 2022", D(2022, 2, 24), "updated"),
    ("24 February 2022 10:15 (GMT)", D(2022, 2, 24), "published"),
    ("10:15 (GMT), 24 February 2022, 13:15 GMT", D(2022, 2, 24), "published"),
]


@pytest.mark.parametrize(("line", "date", "kind"), LINES)
def test_date_lines(line, date, kind):
    assert parse_line(line) == (date, kind)


@pytest.mark.parametrize(
    "line",
    [
        "3 November 2020 was the day talks began.",  # a sentence, not a date line
        "By 3 November 2020",
        "31/02/2020",  # no such day either way round
        "3 November 1850",  # outside the plausible window
        "November 2020",
        "Room 3/11/2020b",
        "Feb 24, 2022 10:15 it",  # a zone is in capitals
        "",
    ],
)
def test_not_date_lines(line):
    assert parse_line(line) is None


def test_month_first_for_american_sources():
    assert parse_line("03/11/2020", month_first=True).date == D(2020, 3, 11)
    assert parse_line("23/11/2020", month_first=True).date == D(2020, 11, 23)


def test_month_day():
    assert month_day("Feb. 24") == (2, 24)
    assert month_day("Nov.") == (11, None)
    assert month_day("March 3") == (3, 3)
    assert month_day("Smarch 3") is None


MONTH_NAMES = (
    "January February March April May June July August September October November December"
)
FORMATS = [
    lambda d: f"{d.day} {MONTH_NAMES.split()[d.month - 1]} {d.year}",
    lambda d: f"{MONTH_NAMES.split()[d.month - 1]} {d.day}, {d.year}",
    lambda d: f"{MONTH_NAMES.split()[d.month - 1][:3]}. {d.day}, {d.year}",
    lambda d: f"{d.strftime('%A')}, {d.day} {MONTH_NAMES.split()[d.month - 1]} {d.year}",
    lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}",
    lambda d: d.isoformat(),
    lambda d: f"{d.isoformat()}T10:15:00Z",
    lambda d: f"Published: {d.day} {MONTH_NAMES.split()[d.month - 1][:3]} {d.year}",
    lambda d: f"Posted on {MONTH_NAMES.split()[d.month - 1]} {d.day}, {d.year}",
    lambda d: f"{MONTH_NAMES.split()[d.month - 1][:3]} {d.day}, {d.year} - 10:15 GMT",
    lambda d: f"{d.day} {MONTH_NAMES.split()[d.month - 1][:3]} {d.year} | 10:15",
]


@given(st.dates(D(1950, 1, 1), D(2050, 12, 31)), st.sampled_from(FORMATS))
def test_any_date_in_any_format_parses_back(date, fmt):
    line = fmt(date)
    assert parse_line(line).date == date
    if not line.startswith(("Published", "Posted")) and "|" not in line and " - " not in line:
        assert parse(line.replace("T10:15:00Z", "")) == date


@given(st.text(max_size=60))
def test_never_crashes(s):
    parse(s)
    parse_line(s)
    month_day(s)


@pytest.mark.parametrize(
    ("label", "kind"),
    [("Published", "published"), ("posted on:", "published"), ("Last updated :", "updated")],
)
def test_label_kind(label, kind):
    assert label_kind(label) == kind


@pytest.mark.parametrize("line", ["Published today", "Talks", "", "Updated 3 November 2020"])
def test_no_label_kind(line):
    assert label_kind(line) is None
