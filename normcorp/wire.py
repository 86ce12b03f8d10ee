"""Wire structure: the `wire.*` and `dates.line` rules, and the tables they read.

Scrapers and agencies wrap a story in things that are not the story: a
crawler's date stamp, a date line, a dateline (`Damascus, SANA-`), bylines,
a teaser of another story, comment-form chrome. These rules lift what that
means into the document's metadata and remove the rest as whole lines, or as
the dateline prefix of the first paragraph. Precision comes first: a rule
that is unsure leaves the text alone.

The rules run after `text.*`, so they read canonical text: straight quotes,
`-` for every dash, paragraphs one blank line apart, one final newline.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

import regex

from normcorp import dates
from normcorp.document import Dateline
from normcorp.edits import Change

# --------------------------------------------------------------------------
# Tables
# --------------------------------------------------------------------------

#: News agencies as datelines name them, and the short name normcorp reports.
#: ALL-CAPS spellings (`REUTERS`) are recognised too. Extend with
#: `Normalizer(agencies={**AGENCIES, "Kazinform": "Kazinform"})`.
AGENCIES: Mapping[str, str] = {
    "SANA": "SANA",
    "Syrian Arab News Agency": "SANA",
    "TASS": "TASS",
    "ITAR-TASS": "TASS",
    "RIA Novosti": "RIA Novosti",
    "RIA": "RIA Novosti",
    "Interfax": "Interfax",
    "Sputnik": "Sputnik",
    "AP": "AP",
    "Associated Press": "AP",
    "UPI": "UPI",
    "Reuters": "Reuters",
    "AFP": "AFP",
    "Agence France-Presse": "AFP",
    "dpa": "dpa",
    "DPA": "dpa",
    "ANSA": "ANSA",
    "EFE": "EFE",
    "SUNA": "SUNA",
    "IRNA": "IRNA",
    "ISNA": "ISNA",
    "Tasnim": "Tasnim",
    "Fars": "Fars",
    "Mehr": "Mehr",
    "Xinhua": "Xinhua",
    "Kyodo": "Kyodo",
    "Yonhap": "Yonhap",
    "AA": "Anadolu",
    "Anadolu": "Anadolu",
    "Anadolu Agency": "Anadolu",
    "Prensa Latina": "Prensa Latina",
    "PL": "Prensa Latina",
    "SPA": "SPA",
    "WAM": "WAM",
    "KUNA": "KUNA",
    "QNA": "QNA",
    "MENA": "MENA",
    "Petra": "Petra",
    "BNA": "BNA",
    "ONA": "ONA",
    "APS": "APS",
    "MAP": "MAP",
    "TAP": "TAP",
    "NNA": "NNA",
    "INA": "INA",
    "WAFA": "WAFA",
    "Saba": "Saba",
    "SABA": "Saba",
    "APA": "APA",
    "Trend": "Trend",
    "Azertac": "Azertac",
    "AZERTAC": "Azertac",
    "Armenpress": "Armenpress",
    "Ukrinform": "Ukrinform",
    "UNN": "UNN",
    "BelTA": "BelTA",
    "Kazinform": "Kazinform",
    "Bernama": "Bernama",
    "Antara": "Antara",
    "PTI": "PTI",
    "IANS": "IANS",
    "APP": "APP",
    "PNA": "PNA",
}

#: Agencies whose numeric dates are month first (`11/03/2020` is November 3).
MONTH_FIRST_AGENCIES: frozenset[str] = frozenset({"AP", "UPI"})

#: Lines that head a trailer: the line and everything after it go
#: ("Check Also" and the teaser of another story, on SANA's pages).
TRAILER_HEADINGS: Sequence[str] = (
    "Check Also",
    "Related",
    "Related Posts",
    "Related Articles",
    "Related News",
    "Related Stories",
    "Read Also",
    "Also Read",
    "Read More",
    "More Stories",
    "More News",
    "You May Also Like",
    "You Might Also Like",
    "Recommended",
    "Recommended Stories",
    "Most Read",
    "Most Popular",
    "Latest News",
    "Leave a Reply",
    "Leave a Comment",
    "Comments",
)

#: Lines that start a trailer line ("Tags: Syria, Russia"). They go with
#: the lines after them only when those are trailer-like too: short lines
#: that are not sentences, or other trailer lines.
TRAILER_LINES: Sequence[str] = (
    "Related:",
    "Read more",
    "Also read",
    "Read also",
    "See also",
    "Tags:",
    "Tags",
    "Topics:",
    "Share this",
    "Share on",
    "Share:",
    "Follow us on",
    "Follow us",
    "Subscribe",
    "Sign up",
    "\u00a9",
    "(c) ",
    "Copyright",
    "All rights reserved",
    "Please enter your comment",
    "Please enter your name",
    "Please enter your email",
    "You have entered an incorrect email address",
    "Leave a Reply",
    "Leave a comment",
    "Cancel reply",
    "Post navigation",
    "Previous article",
    "Next article",
    "You must be logged in to post a comment",
    "Save my name, email",
    "No comments",
    "Click here",
)

#: Phrases that make a line a trailer line wherever they stand in it.
TRAILER_ANYWHERE: Sequence[str] = ("All rights reserved",)

#: Lines of page chrome above the story.
CHROME_LINES: Sequence[str] = ("You are here",)

#: A breadcrumb starts with one of these, then a separator or a section
#: name in capitals ("Home GLOBAL AFFAIRS", "Home > News > World").
BREADCRUMB_ROOTS: Sequence[str] = ("Home",)

#: Words that open a paragraph in capitals with a colon but are no place
#: ("UPDATE:", "WATCH:"), so never a `RIYADH:` dateline.
NOT_PLACES: frozenset[str] = frozenset(
    "UPDATE UPDATED BREAKING NEWS WATCH VIDEO PHOTO PHOTOS EXCLUSIVE NOTE LIVE "
    "ANALYSIS OPINION COMMENT FACTBOX EXPLAINER URGENT FLASH CORRECTION REFILE "
    "EDITORIAL INTERVIEW REPORT SOURCE SOURCES WARNING ALERT READ ALSO TAGS "
    "QUOTE REVIEW FEATURE SPONSORED AD ADVERTISEMENT".split()
)

#: Words that are never part of a person's name on a byline line, so that
#: a short last line such as "Foreign Ministry" is not taken for an editor.
NOT_NAMES: frozenset[str] = frozenset(
    "The A An Of In On At For And To From With By News Agency Ministry Minister "
    "President Government Council Department Office Press Service Committee "
    "Republic United Nations Arab Syrian Syria Russia Russian Army Forces Times "
    "Post Daily Editor Editorial Staff Report Reports Photo Video Source Sources "
    "Reporter Correspondent Writer Updated Share Tags Related Comments Reply".split()
)

#: Name particles written in lowercase inside names and places.
PARTICLES: Sequence[str] = (
    "al",
    "el",
    "ad",
    "as",
    "ash",
    "at",
    "az",
    "an",
    "ar",
    "ez",
    "es",
    "ul",
    "bin",
    "ibn",
    "bint",
    "abu",
    "de",
    "del",
    "da",
    "van",
    "von",
    "der",
    "la",
    "le",
)

# --------------------------------------------------------------------------
# Layout helpers: the text is canonical, so lines end with "\n" and
# paragraphs are one blank line apart.
# --------------------------------------------------------------------------

#: How many lines at the top hold chrome, date lines and bylines at most.
TOP_LINES = 8
#: A line longer than this is prose, so the top region ends before it.
SHORT_LINE_WORDS = 25


def _lines(text: str, start: int = 0) -> Iterator[tuple[int, int]]:
    """(start, end) of each line from `start` on, without its newline."""
    pos = start
    n = len(text)
    while pos < n:
        end = text.find("\n", pos)
        if end < 0:
            end = n
        yield pos, end
        pos = end + 1


def _lines_backwards(text: str) -> Iterator[tuple[int, int]]:
    end = len(text)
    if text.endswith("\n"):
        end -= 1
    while end >= 0:
        start = text.rfind("\n", 0, end) + 1
        yield start, end
        if start == 0:
            return
        end = start - 1


def _cut(text: str, start: int, end: int, **meta: Any) -> Change:
    """Remove whole lines `text[start:end]` and keep the layout canonical."""
    n = len(text)
    para_start = start == 0 or (start >= 2 and text[start - 2 : start] == "\n\n")
    if end >= n - 1 and text[end:] in ("", "\n"):  # through the end of the text
        if start == 0:
            return Change(0, n, "", meta or None)
        return Change(start - (2 if para_start else 1), end, "", meta or None)
    if text.startswith("\n\n", end):  # the lines end a paragraph
        if para_start:
            return Change(start, end + 2, "", meta or None)
        return Change(start - 1, end, "", meta or None)
    return Change(start, end + 1, "", meta or None)


_YEAR = regex.compile(r"[12][0-9]{3}")


def _words(line: str) -> int:
    return len(line.split())


def _is_sentence(line: str) -> bool:
    return bool(regex.search(r"[.!?:;,][\"')\]]*+$", line))


def _headline_like(line: str) -> bool:
    """A short line that does not end as a sentence does."""
    return (
        0 < _words(line) <= SHORT_LINE_WORDS
        and not _is_sentence(line)
        and (regex.search(r"\p{L}", line) is not None)
    )


def _top(text: str) -> list[tuple[int, int]]:
    """The lines at the top that may hold chrome, dates and bylines."""
    out = []
    for start, end in _lines(text):
        line = text[start:end]
        if start == end:
            continue  # the blank line between paragraphs
        if _words(line) > SHORT_LINE_WORDS or len(out) >= TOP_LINES:
            break
        out.append((start, end))
    return out


def _alternation(phrases: Iterable[str]) -> str:
    return "|".join(regex.escape(p) for p in sorted(set(phrases), key=len, reverse=True))


# --------------------------------------------------------------------------
# The rules
# --------------------------------------------------------------------------

# Crawler output: " date 2022-02-24 Faisal al-Mekdad affirmed ..." (the
# leading space is gone by now: text.whitespace strips lines).
_STAMP = regex.compile(
    r"\A[ \t]*+date[ \t]++(?P<date>[12][0-9]{3}-[01][0-9]-[0-3][0-9])"
    r"(?:[T ][0-2][0-9]:[0-5][0-9](?::[0-5][0-9])?+Z?+)?+(?P<rest>[ \t]++|\n|\Z)"
)


def stamp(text: str) -> list[Change]:
    """Lift a crawler's date stamp: ` date 2022-02-24 Faisal ...` -> date 2022-02-24."""
    m = _STAMP.match(text)
    if m is None:
        return []
    day = dates.parse(m["date"])
    if day is None:
        return []
    meta = {"date": day, "_date_source": "stamp"}
    if m["rest"] in ("\n", ""):  # the stamp is a line of its own
        return [_cut(text, 0, m.start("rest"), **meta)]
    return [Change(0, m.end(), "", meta)]


def _title_case(place: str) -> str:
    """`RIYADH` -> `Riyadh`, `DEIR EZ-ZOR` -> `Deir ez-Zor`; mixed case stays."""
    if not place.isupper():
        return place
    words = []
    for w, word in enumerate(place.split(" ")):
        parts = word.split("-")
        words.append(
            "-".join(
                p.lower()
                if w > 0 and i == 0 and len(parts) > 1 and p.lower() in PARTICLES
                else p.capitalize()
                for i, p in enumerate(parts)
            )
        )
    return " ".join(words)


class Wire:
    """The wire rules, compiled from their tables.

    `Wire()` uses the module's tables; pass others to extend them, e.g.
    `Wire(agencies={**AGENCIES, "Kazinform": "Kazinform"})`.
    """

    def __init__(
        self,
        *,
        agencies: Mapping[str, str] = AGENCIES,
        trailer_headings: Sequence[str] = TRAILER_HEADINGS,
        trailer_lines: Sequence[str] = TRAILER_LINES,
    ) -> None:
        self.agencies = dict(agencies)
        self.trailer_headings = tuple(trailer_headings)
        self.trailer_lines = tuple(trailer_lines)
        names = {**self.agencies, **{k.upper(): v for k, v in self.agencies.items()}}
        self._agency_of = names
        agency = rf"(?:{_alternation(names)})(?![\p{{L}}\p{{N}}])"
        particle = _alternation(PARTICLES)
        word = r"\p{Lu}[\p{L}'.]*+(?:-\p{L}[\p{L}'.]*+)*+"
        place = rf"{word}(?:[ ](?:(?:{particle})[ -])?+{word}){{0,3}}"
        month = rf"(?i:{_alternation(dates.MONTHS)})\.?+"
        when = rf"{month}(?:[ ]*+[0-3]?[0-9])?+"
        self._dateline = regex.compile(
            rf"(?P<place>{place})"
            rf"(?:[ ]*+,[ ]*+(?P<when>{when})\.?+)?+[ ]*+"
            rf"(?:,[ ]*+(?P<agency>{agency})[ ]*+(?P<sep>-{{1,2}}+|:)"
            rf"|,?+[ ]*+\((?P<agency>{agency})\)[ ]*+(?P<sep>-{{1,2}}+|:)?+"
            rf"|/(?P<agency>{agency})/[ ]*+(?P<sep>\.)?+)"
            r"[ ]*+"
            # "RIYADH: ..." names a place but no agency.
            r"|(?P<caps>\p{Lu}{3,}+(?:[ -]\p{Lu}{2,}+){0,2})[ ]*+:[ ]++",
        )
        self._trailer_heading = regex.compile(
            rf"(?i:{_alternation(self.trailer_headings)})[ ]*+:?+"
        )
        self._trailer_line = regex.compile(
            rf"(?i:{_alternation(self.trailer_lines)})"
            rf"|(?i:[0-9]++[ ]comments?+\b)"
            rf"|.*?(?i:{_alternation(TRAILER_ANYWHERE)})"
        )
        self._breadcrumb = regex.compile(
            # "Home » Politics": text.quotes has made the » a '"' by now.
            rf"(?:{_alternation(BREADCRUMB_ROOTS)})(?:[ ]*+[>\u00bb\u203a|/\"']|[ ]\p{{Lu}}{{2,}})"
            rf"|(?i:{_alternation(CHROME_LINES)})\b"
        )

    def __reduce__(self) -> tuple[Any, ...]:
        return (
            _rebuild_wire,
            (
                {
                    "agencies": self.agencies,
                    "trailer_headings": self.trailer_headings,
                    "trailer_lines": self.trailer_lines,
                },
            ),
        )

    # -- datelines ---------------------------------------------------------

    def _body_start(self, text: str) -> int:
        """Where the first paragraph of the story starts: after a headline."""
        first_end = text.find("\n\n")
        if first_end < 0:
            return 0
        first = text[:first_end]
        if "\n" not in first and _headline_like(first):
            return first_end + 2
        return 0

    def find_dateline(self, text: str, start: int | None = None) -> regex.Match[str] | None:
        """The dateline opening the story's first paragraph (or the paragraph
        at `start`), if there is one."""
        if start is None:
            start = self._body_start(text)
        m = self._dateline.match(text, start)
        if m is None:
            return None
        if m["caps"] is not None:
            if m["caps"] in NOT_PLACES or m["caps"].split()[0] in NOT_PLACES:
                return None
        elif m["sep"] is None and m["when"] is None and not m["place"].isupper():
            # "Havana, Feb 24 (Prensa Latina) The ..." has a date; without
            # date or dash, only a place in capitals reads as a dateline.
            return None
        if m.end() == len(text) or text[m.end()] == "\n":
            return None  # a dateline opens a story; nothing follows here
        return m

    def _agency_near_top(self, text: str) -> str | None:
        """The agency of a dateline in one of the first paragraphs, which
        date lines above it may still hide from `find_dateline`."""
        start = 0
        for _ in range(4):
            m = self.find_dateline(text, start)
            if m is not None and m["agency"]:
                return self._agency_of[m["agency"]]
            start = text.find("\n\n", start) + 2
            if start < 2:
                return None
        return None

    def dateline(self, text: str, found: Mapping[str, Any]) -> list[Change]:
        """Lift a dateline: `Damascus, SANA- Foreign ...` -> Dateline("Damascus", "SANA")."""
        m = self.find_dateline(text)
        if m is None:
            return []
        place = m["caps"] if m["caps"] is not None else m["place"]
        agency = self._agency_of[m["agency"]] if m["agency"] else None
        meta: dict[str, Any] = {"dateline": Dateline(_title_case(place), agency)}
        when = dates.month_day(m["when"]) if m["when"] else None
        if when and when[1] and found.get("_date_source") != "published":
            known = found.get("date")
            day = _with_year(when[0], when[1], known) if known else None
            if day is not None:
                meta["date"] = day
                meta["_date_source"] = "dateline"
        return [Change(m.start(), m.end(), "", meta)]

    # -- date lines ----------------------------------------------------------

    def date_lines(self, text: str, found: Mapping[str, Any]) -> list[Change]:
        """Lift date lines near the top: `Published: 3 November 2020` -> date."""
        top = _top(text)
        if not any(_YEAR.search(text, s, e) for s, e in top):
            return []  # every date line holds a year: most texts stop here
        month_first = self._agency_near_top(text) in MONTH_FIRST_AGENCIES
        hits = []
        for start, end in top:
            parsed = dates.parse_line(text[start:end], month_first=month_first)
            if parsed is not None:
                hits.append((start, end, parsed))
        if not hits:
            return []
        published = [h for h in hits if h[2].kind == "published"]
        changes = [_cut(text, s, e) for s, e, _ in hits]
        changes = _merge_cuts(changes)
        if published:
            meta = {"date": published[0][2].date, "_date_source": "published"}
        elif found.get("date") is None:
            meta = {"date": hits[0][2].date, "_date_source": "updated"}
        else:
            meta = {}
        if meta:
            changes[0] = changes[0]._replace(meta=meta)
        return changes

    # -- chrome --------------------------------------------------------------

    def chrome(self, text: str) -> list[Change]:
        """Remove page chrome above the story: breadcrumbs, `You are here`,
        and the headline printed a second time."""
        changes = []
        for start, end in _top(text):
            if self._breadcrumb.match(text, start, end):
                changes.append(_cut(text, start, end))
        # "Headline\n\nHeadline\n\nStory" (a page title, then the article's).
        first_end = text.find("\n\n")
        if first_end > 0 and _headline_like(text[:first_end]) and "\n" not in text[:first_end]:
            second_end = first_end + 2 + first_end
            if text.startswith(text[:first_end] + "\n\n", first_end + 2) and (
                text[second_end + 2 :].strip()
            ):
                changes.append(_cut(text, first_end + 2, second_end))
        return _merge_cuts(sorted(changes))

    # -- trailers --------------------------------------------------------------

    def trailer(self, text: str) -> list[Change]:
        """Remove what follows the story: `Check Also` and the teaser after it,
        `Related:`, `Tags:`, share and follow links, copyright lines, comment forms."""
        body_end = text.find("\n\n")  # a trailer never starts in the first paragraph
        if body_end < 0:
            return []
        # A heading line: it and everything after it go.
        for start, end in _lines(text, body_end + 2):
            if start < end and self._trailer_heading.fullmatch(text, start, end):
                return [_cut(text, start, len(text.rstrip("\n")))]
        # Trailer lines: from the first of them that only trailer-like lines follow.
        cut = None
        for start, end in _lines_backwards(text):
            if start <= body_end:
                break
            line = text[start:end]
            if start == end:
                continue
            if self._trailer_line.match(line):
                cut = start
            elif not _trailer_like(line):
                break
        return [_cut(text, cut, len(text.rstrip("\n")))] if cut is not None else []

    # -- bylines ---------------------------------------------------------------

    def byline(self, text: str) -> list[Change]:
        """Lift bylines: `By Jane Doe`, `(Reporting by X; Editing by Y)`, and an
        editor's name alone on the last line (SANA: `Ruaa al-Jazaeri`)."""
        found: list[str] = []
        changes: list[Change] = []
        top = _top(text)
        for start, end in top:
            names = _by_line(text[start:end])
            if names:
                found += names
                changes.append(_cut(text, start, end))
        for m in _CREDIT_LINE.finditer(text):
            names = _credits(m[0])
            if names:
                found += names
                changes.append(_cut(text, m.start(), m.end()))
        # The editor's name on the last line, SANA style.
        last = text.rstrip("\n")
        start = last.rfind("\n\n") + 2 if "\n\n" in last else -1
        if start > 0 and not any(c.start <= start < c.end for c in changes):
            names = _editor_line(last[start:])
            if names:
                found += names
                changes.append(_cut(text, start, len(last)))
        if not changes:
            return []
        changes = _merge_cuts(sorted(changes))
        changes[0] = changes[0]._replace(meta={"bylines": tuple(dict.fromkeys(found))})
        return changes

    # -- title -----------------------------------------------------------------

    def title(self, text: str) -> list[Change]:
        """Report a headline as the title: a short first line that does not end
        as a sentence, then a blank line. It stays in the text."""
        end = text.find("\n\n")
        if end <= 0 or not text[end + 2 :].strip():
            return []
        first = text[:end]
        if "\n" in first or not _headline_like(first):
            return []
        return [Change(0, end, first, {"title": first})]


def _rebuild_wire(kwargs: dict[str, Any]) -> Wire:
    return Wire(**kwargs)


def _with_year(month: int, day: int, known: datetime.date) -> datetime.date | None:
    """A dateline's month and day, in the year of a date known from elsewhere
    (a crawler's stamp); a dateline of late December with a stamp of early
    January is of the year before."""
    for year in (known.year, known.year - 1, known.year + 1):
        try:
            d = datetime.date(year, month, day)
        except ValueError:
            continue
        if abs((d - known).days) <= 183:
            return d
    return None


def _merge_cuts(changes: list[Change]) -> list[Change]:
    """Cuts of neighbouring lines may overlap by a newline: join them."""
    out: list[Change] = []
    for c in changes:
        if out and c.start <= out[-1].end:
            prev = out[-1]
            out[-1] = Change(prev.start, max(prev.end, c.end), "", prev.meta or c.meta)
        else:
            out.append(c)
    return out


def _trailer_like(line: str) -> bool:
    """Link titles and truncated teasers: short, and not a finished sentence."""
    return _words(line) <= 20 and (not _is_sentence(line) or line.endswith("..."))


# -- byline grammar -------------------------------------------------------------

_PARTICLE = _alternation(PARTICLES)
_NAME_WORD = r"\p{Lu}[\p{L}'.]*+(?:-\p{Lu}[\p{L}'.]*+)?+"
_NAME_PART = rf"(?:(?i:{_PARTICLE})[- ])?+{_NAME_WORD}"
_NAME = rf"{_NAME_PART}(?:[ ]++{_NAME_PART}){{1,3}}"  # two to four words
_NAMES = rf"{_NAME}(?:[ ]*+(?:[/;,&]|\band\b)[ ]*+{_NAME})*+"
_NAMES_RE = regex.compile(_NAMES)
_SPLIT_NAMES = regex.compile(r"[ ]*+(?:[/;,&]|\band\b)[ ]*+")
_BY_LINE = regex.compile(
    rf"(?:By|BY|Written by|Written By|Words by)[ ]++(?P<names>{_NAMES})"
    r"(?:[ ]*+[,|-][ ]*+\p{Lu}[\p{L} ]{0,40}+)?+"
)
# "(Reporting by Jane Doe in Beirut; Editing by John Roe)", a line of its own.
_CREDIT_LINE = regex.compile(
    r"(?m)^\(?+(?:(?:Additional )?+(?i:reporting|writing|editing|compiled|translated)"
    r"(?: and (?i:writing|editing))?+ by [^\n]{1,300}+)$"
)
_CREDIT = regex.compile(rf"(?i:by)[ ]++(?P<names>{_NAMES})")


def _split(names: str) -> list[str]:
    return [n for n in _SPLIT_NAMES.split(names) if n]


def _person(name: str) -> bool:
    words = regex.split(r"[ -]", name)
    return not any(w in NOT_NAMES for w in words)


def _by_line(line: str) -> list[str]:
    m = _BY_LINE.fullmatch(line)
    if m is None:
        return []
    names = _split(m["names"])
    return names if all(map(_person, names)) else []


def _credits(line: str) -> list[str]:
    if line.startswith("(") != line.rstrip(".").endswith(")"):
        return []  # half a parenthesis: part of something else
    names = []
    for m in _CREDIT.finditer(line):
        names += [n for n in _split(m["names"]) if _person(n)]
    return names


def _editor_line(line: str) -> list[str]:
    """`Ruaa al-Jazaeri`, `MHD Ibrahim/ Mazen Eyon`: names alone on a line."""
    if "\n" in line or _words(line) > 8 or _is_sentence(line):
        return []
    if not _NAMES_RE.fullmatch(line.strip()):
        return []
    names = _split(line.strip())
    return names if names and all(map(_person, names)) else []
