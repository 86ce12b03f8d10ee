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
import functools
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any

import regex

from normcorp import dates
from normcorp.document import Dateline
from normcorp.edits import Change
from normcorp.names import ARTICLES, CONNECTORS, TITLES

# --------------------------------------------------------------------------
# Tables
# --------------------------------------------------------------------------

#: News agencies as datelines name them, and the short name normcorp reports.
#: ALL-CAPS spellings (`REUTERS`) are recognised too. Extend with
#: `Normalizer(wire=Wire(agencies={**AGENCIES, "Kabar": "Kabar"}))`.
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
    "MNA": "Mehr",
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
    "ST": "Syria Times",
    "Syria Times": "Syria Times",
}

#: Agencies whose numeric dates are month first (`11/03/2020` is November 3).
MONTH_FIRST_AGENCIES: frozenset[str] = frozenset({"AP", "UPI"})

#: What a staff member of an agency is, after its name: "AFP Correspondent",
#: "Associated Press Writer", "Reuters Staff".
POSTS: Sequence[str] = (
    "Writer",
    "Writers",
    "Correspondent",
    "Correspondents",
    "Reporter",
    "Reporters",
    "Staff",
    "Editor",
    "Editors",
    "Contributor",
    "Contributors",
    "Bureau",
)

#: Agencies that sign a story with the editor's name alone on its last line
#: (SANA: "Ruaa al-Jazaeri"). Elsewhere a name there is the story's own: a
#: victim, a poet under the poem.
EDITOR_AGENCIES: frozenset[str] = frozenset({"SANA", "Syria Times"})

# A place in capitals before a colon: "RIYADH: ", "ABU DHABI: ".
_CAPS_PLACE = r"\p{Lu}{3,}+(?:[ -]\p{Lu}{2,}+){0,2}"

#: Cities that open a story with no agency: in capitals with a colon
#: ("RIYADH:", "DUBAI:"), or followed by a dash ("Damascus- ", in copies of
#: SANA's stories). A colon after other capitals is a speaker or a kicker
#: ("PUTIN:", "UPDATE:"), never a dateline; nor is "Update- " one. Nor is a
#: city's dash before another of these and a road ("Damascus- Homs highway").
CAPS_DATELINE_PLACES: frozenset[str] = frozenset(
    {
        "RIYADH",
        "JEDDAH",
        "MECCA",
        "MEDINA",
        "DAMMAM",
        "DUBAI",
        "ABU DHABI",
        "SHARJAH",
        "DOHA",
        "KUWAIT",
        "KUWAIT CITY",
        "MANAMA",
        "MUSCAT",
        "SANAA",
        "ADEN",
        "CAIRO",
        "ALEXANDRIA",
        "AMMAN",
        "BEIRUT",
        "DAMASCUS",
        "ALEPPO",
        # SANA's other datelines
        "HOMS",
        "HAMA",
        "LATAKIA",
        "LATTAKIA",
        "TARTOUS",
        "TARTUS",
        "IDLEB",
        "IDLIB",
        "DARAA",
        "SWEIDA",
        "QUNEITRA",
        "RAQQA",
        "HASAKA",
        "HASAKAH",
        "QAMISHLI",
        "DEIR EZZOR",
        "DEIR EZ-ZOR",
        "BAGHDAD",
        "BASRA",
        "ERBIL",
        "MOSUL",
        "TEHRAN",
        "ANKARA",
        "ISTANBUL",
        "JERUSALEM",
        "GAZA",
        "GAZA CITY",
        "RAMALLAH",
        "TEL AVIV",
        "KHARTOUM",
        "TRIPOLI",
        "BENGHAZI",
        "TUNIS",
        "ALGIERS",
        "RABAT",
        "CASABLANCA",
        "ISLAMABAD",
        "KARACHI",
        "LAHORE",
        "KABUL",
        "MOSCOW",
        "KYIV",
        "KIEV",
        "MINSK",
        "TBILISI",
        "YEREVAN",
        "BAKU",
        "ASTANA",
        "ALMATY",
        "TASHKENT",
        "BISHKEK",
        "DUSHANBE",
        "ASHGABAT",
        "ADDIS ABABA",
        "ASMARA",
        "MOGADISHU",
        "DJIBOUTI",
        "NAIROBI",
        "WASHINGTON",
        "NEW YORK",
        "LONDON",
        "PARIS",
        "BERLIN",
        "BRUSSELS",
        "GENEVA",
        "VIENNA",
        "ROME",
        "BEIJING",
        "NEW DELHI",
        "UNITED NATIONS",
    }
)

#: Lines that head the teaser of another story ("Check Also" on SANA's
#: pages): the heading and what follows go, when that is trailer-like or a
#: teaser of at most TEASER_PARAGRAPHS paragraphs and TEASER_WORDS words.
TEASER_HEADINGS: Sequence[str] = (
    "Check Also",
    "Read Also",
    "Also Read",
    "Related Posts",
    "Related Articles",
    "Related News",
    "Related Stories",
    "More Stories",
    "You May Also Like",
    "You Might Also Like",
)
TEASER_PARAGRAPHS = 2
TEASER_WORDS = 80

#: Other lines that head a trailer ("Comments", "Related"): they and what
#: follows go only when all that follows is trailer-like: short lines that
#: are not sentences, teasers cut off with "...", or trailer lines. (These
#: words also head sections in the middle of a story.)
TRAILER_HEADINGS: Sequence[str] = (
    *TEASER_HEADINGS,
    "Related",
    "Read More",
    "More on this story",
    "More News",
    "Recommended",
    "Recommended Stories",
    "Most Read",
    "Most Popular",
    "Latest News",
    "Leave a Reply",
    "Leave a Comment",
    "Comments",
    "Like this",
    "Share this",
)

#: Lines that begin with one of these and are not sentences ("Tags: Syria,
#: Russia"), or that go on with a colon ("Read more: ..."), are trailer
#: lines. They go with the lines after them, when those are trailer-like too.
TRAILER_LINES: Sequence[str] = (
    "Related",
    "Read more",
    "Also read",
    "Read also",
    "See also",
    "Tags",
    "Topics",
    "Share this",
    "Share",
    "Follow us on",
    "Subscribe",
    "Sign up for",
    "\u00a9",
    "All rights reserved",
    "Leave a Reply",
    "Leave a comment",
    "Cancel reply",
    "Post navigation",
    "Previous article",
    "Next article",
    "News Code",
    "Story Code",
    "News ID",
    "Click here",
    "Source",
    "Sources",
    "Photo",
    "Advertisement",
    "Like this",
    "Our Standards",
    "Copyright",
    "(c)",
    # agencies' end marks: Xinhua, Yonhap, KUNA ("(end) ab.gb"), AP's rule, Kyodo
    "Enditem",
    "(END)",
    "___",
    "==Kyodo",
)

#: Agencies' end marks that are shapes, not words: a whole line that matches
#: one of these patterns (`regex` syntax) is a trailer line when it starts a
#: paragraph or follows a sentence's end ("Washington,\nD.C." is the story's).
END_MARKS: Sequence[str] = (
    # the editors' initials of AFP and Prensa Latina: "gj/laf", "burs-dl/sst"
    r"(?:burs?+-)?+[a-z]{2,4}+(?:/[a-z]{2,4}+)++",
    # IRNA's: "8545**8694", "**1416"
    r"(?:[0-9]{3,4}+)?+\*\*[0-9]{3,4}+",
    # (Not WAFA's initials, "G.F": a letter's signature, "J.S.", is so too.)
)

#: Lines that start with one of `TRAILER_WORDS` and have no colon, or hold
#: `TRAILER_ANYWHERE`, are trailer lines only up to this many words: a
#: longer line is prose cut off by the scraper ("Sources close to the talks
#: said that ...").
TRAILER_LINE_WORDS = 12

#: `TRAILER_LINES` phrases that are everyday words ("Share the bread", "Photo
#: exhibition at the library"): without a colon they start a trailer line
#: only when capitalised words follow (`Tags Syria Russia`, `Related
#: Articles`), or nothing, or one of `TRAILER_CONTINUATIONS` (`Share this`).
TRAILER_WORDS: frozenset[str] = frozenset(
    {"related", "tags", "topics", "share", "subscribe", "source", "sources", "photo"}
)
#: `TRAILER_LINES` phrases that credit a source ("Source: SANA", "Photo: AFP
#: via Getty Images"): after a colon, more than `CREDIT_LOWERCASE_WORDS`
#: lowercase words make a clause of the story ("Source: a military source
#: told SANA that ..."), not a credit.
CREDIT_WORDS: frozenset[str] = frozenset({"source", "sources", "photo"})
CREDIT_LOWERCASE_WORDS = 4
TRAILER_CONTINUATIONS: Sequence[str] = (
    "this",
    "on",
    "via",
    "us",
    "now",
    "by",
    "credit",
    "credits",
    "courtesy",
    "gallery",
    "link",
    "coverage",
    "to our",
    "for our",
)

#: The lines of a comment form, whole (their own full stop or "!" aside).
COMMENT_FORM: Sequence[str] = (
    "Please enter your comment",
    "Please enter your name here",
    "Please enter your email address here",
    "You have entered an incorrect email address",
    "Leave a Reply",
    "Leave a Reply Cancel reply",
    "Leave a comment",
    "Cancel reply",
    "You must be logged in to post a comment",
    "Save my name, email, and website in this browser for the next time I comment",
    "Your email address will not be published",
    "Required fields are marked *",
    "Your email address will not be published. Required fields are marked *",
    "No comments yet",
    "No comments",
    "Be the first to comment",
    "Add Comment",
    # WordPress.com's form
    "Fill in your details below or click an icon to log in",
    "Connecting to %s",
    "Notify me of new comments via email",
    "Notify me of new posts via email",
)

#: Phrases that make a short last line a trailer line wherever they stand
#: in it ("SANA 2022. All rights reserved").
TRAILER_ANYWHERE: Sequence[str] = ("All rights reserved",)

#: Lines of page chrome above the story; a colon or the line's end follows.
CHROME_LINES: Sequence[str] = ("You are here",)

#: Labels of page chrome that are a whole line above the story; with more
#: on the line they may head a story ("Breaking News: ...").
CHROME_LABELS: Sequence[str] = (
    "Breaking News",
    "All news",
    "News Archive",
    "Latest News",
    "Top Stories",
    "Share",
    "Save",
    "Print",
    "Email",
    "Tweet",
    "Listen to this article",
)

#: Shapes of page chrome that are a whole line above the story (`regex`
#: syntax, any case): a reading time, a story's number, a syndicator's credit.
CHROME_SHAPES: Sequence[str] = (
    r"[0-9]{1,3}+[ ]min(?:ute)?+s?+[ ]read",  # "3 min read"
    r"(?:story|news|article)[ ](?:code|id)[ ]*+:?+[ ]*+[0-9]++",  # "Story Code : 567610"
    r"©[ ]*+provided[ ]by[ ]\S.{0,60}+",  # MSN's "© Provided by The Canadian Press"
)

#: Paragraphs of page chrome between the story's paragraphs, whole.
INLINE_LINES: Sequence[str] = (
    "Advertisement",
    "Story continues below advertisement",
    "Article continues below advertisement",
    "Continue reading below",
    "Scroll to continue with content",
)
#: Headings of a link to another story between the story's paragraphs,
#: with a colon and the link's title after it: "READ MORE: Talks resume"
#: ("Related:" alone may head a part of the story).
INLINE_LINKS: Sequence[str] = ("Read more", "Read also", "Also read", "See also", "Related")
#: The most words such a link's title has; a longer paragraph is the story's.
INLINE_LINK_WORDS = 20

#: A breadcrumb starts with one of these, then spaced separators ("Home >
#: News > World") or section names in capitals ("Home GLOBAL AFFAIRS").
BREADCRUMB_ROOTS: Sequence[str] = ("Home",)

#: Words never part of a person's name on a byline line (compared without
#: case), so that "By the end of the year", "By Land Or Sea", "BY THE
#: NUMBERS", "By Popular Demand" and a last line "Foreign Ministry" are no
#: bylines.
NOT_NAMES: frozenset[str] = frozenset(
    w.casefold()
    for w in """The A An Of In On At For And To From With By Or Nor But So Some All Any
    Many More Most Other Such No Not Only Own Same Than Too Very Can Will Just Now Our
    Your My His Her Their Its This That These Those What Who How Why When Where Which
    News Agency Ministry Minister President Government Council Department Office Press
    Service Committee Republic United Nations Arab Syrian Syria Russia Russian Army
    Forces Times Post Daily Editor Editorial Staff Report Reports Photo Video Source
    Sources Reporter Correspondent Writer Updated Share Tags Related Comments Reply
    Numbers Estimates Land Sea Air Way Day Year Week Month Today Mother Father
    Popular Demand Royal Decree Order Request Invitation Appointment Design Default
    Accident Force Heart Night Train Road Rail Contrast Admin Administrator Author
    Guest Contributor Content Sponsored Webmaster Team Desk Eye Gazette World Online
    Independent Wire Services Welle Television TV Radio Network Channel Herald
    Tribune Journal Chronicle""".split()
)

#: Last words of a unit's credit, no person's: "Reporting by Reuters Television".
UNIT_CREDITS: Sequence[str] = ("Television", "TV", "Staff", "Newsroom", "Bureau")

#: Name particles written in lowercase inside names and places: the
#: articles and connectors of `normcorp.names`, and European ones.
PARTICLES: Sequence[str] = (*ARTICLES, *CONNECTORS, "der", "la", "le")

# --------------------------------------------------------------------------
# Layout helpers: the text is canonical, so lines end with "\n" and
# paragraphs are one blank line apart.
# --------------------------------------------------------------------------

#: How many lines at the top hold chrome, date lines and bylines at most.
TOP_LINES = 8
#: A line longer than this is prose, so the top region ends before it.
SHORT_LINE_WORDS = 25
#: Date lines at the top beyond this many are a timeline, not a page's dates.
MAX_DATE_LINES = 2
#: Fields of an event's notice ("Date: 12 March 2021" over "Venue: Town
#: Hall"): a date line next to one of them, in one paragraph, is the event's.
EVENT_FIELDS: Sequence[str] = (
    "Venue",
    "Time",
    "Location",
    "Place",
    "Where",
    "When",
    "Tickets",
    "Price",
    "Admission",
    "Address",
    "Organiser",
    "Organizer",
)
#: Fields a page prints on one line with the date, parted by `|`: they go
#: with the date line. Xinhua: `Source: Xinhua| 2022-02-24 18:25:31|Editor: huaxia`.
DATE_LINE_FIELDS: Sequence[str] = ("Source", "Editor")


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


def _cut(text: str, start: int, end: int) -> Change:
    """Remove whole lines `text[start:end]` and keep the layout canonical."""
    n = len(text)
    para_start = start == 0 or (start >= 2 and text[start - 2 : start] == "\n\n")
    if end >= n - 1 and text[end:] in ("", "\n"):  # through the end of the text
        if start == 0:
            return Change(0, n, "")
        return Change(start - (2 if para_start else 1), end, "")
    if text.startswith("\n\n", end):  # the lines end a paragraph
        if para_start:
            return Change(start, end + 2, "")
        return Change(start - 1, end, "")
    return Change(start, end + 1, "")


def _cut_lines(text: str, spans: Iterable[tuple[int, int]], **meta: Any) -> list[Change]:
    """Remove whole lines: neighbours, and lines only blank lines apart,
    become one block first, so that no blank line is left behind."""
    blocks: list[list[int]] = []
    for start, end in sorted(spans):
        if blocks and start <= blocks[-1][1] + 2 and not text[blocks[-1][1] : start].strip("\n"):
            blocks[-1][1] = max(blocks[-1][1], end)
        else:
            blocks.append([start, end])
    changes: list[Change] = []
    for start, end in blocks:
        c = _cut(text, start, end)
        if changes and c.start <= changes[-1].end:  # blocks a paragraph apart
            c = Change(changes[-1].start, max(c.end, changes[-1].end), "")
            changes.pop()
        changes.append(c)
    if changes and meta:
        changes[0] = changes[0]._replace(meta=meta)
    return changes


_YEAR = regex.compile(r"[12][0-9]{3}")
_COPYRIGHT = regex.compile(r"(?i:copyright|\(c\))[ ]*+(?:\u00a9[ ]*+)?+(?:[12][0-9]{3}|\u00a9)")
_SENTENCE_END = regex.compile(r"[.!?:;,][\"')\]]*+$")


def _words(line: str) -> int:
    return len(line.split())


def _headline_copies(text: str) -> list[tuple[int, int]]:
    """The lines that print the headline again: "Headline\n\nHeadline\n\nStory"
    (a page title, then the article's). Every copy: a page may repeat it
    more than twice."""
    spans: list[tuple[int, int]] = []
    first_end = text.find("\n\n")
    if first_end > 0 and "\n" not in text[:first_end] and _headline_like(text[:first_end]):
        copy = text[:first_end] + "\n\n"
        start = first_end + 2
        while text.startswith(copy, start) and text[start + len(copy) :].strip():
            spans.append((start, start + first_end))
            start += len(copy)
    return spans


def _chrome_rest(rest: str) -> bool:
    """Whether what follows an everyday trailer word reads as page chrome:
    a continuation such as `this` or `to our`, or names (`Tags Marib, Adel
    al-Jubeir`), or nothing."""
    if _CONTINUATION.match(rest):
        return True
    return all(
        not w[:1].isalpha() or w[:1].isupper() or w.split("-", 1)[0] in PARTICLES
        for w in rest.split()
    )


def _prose(rest: str) -> bool:
    """Whether what follows a credit's colon reads as a clause: more than
    `CREDIT_LOWERCASE_WORDS` lowercase words, or more than `TRAILER_LINE_WORDS`
    words, or a word of `REPORTING_WORDS`, or a sentence of three lowercase
    words ("Source: A military source told SANA.")."""
    words = rest.split(None, TRAILER_LINE_WORDS)
    lower = sum(1 for w in words if w[:1].islower())
    return (
        lower > CREDIT_LOWERCASE_WORDS
        or len(words) > TRAILER_LINE_WORDS
        or _reports(rest)
        or (lower >= 3 and _is_sentence(rest))
    )


#: Words that report speech in the past tense, as a story does and a headline
#: does not ("Mekdad says ..."): a line with one is no link title.
REPORTING_WORDS: frozenset[str] = frozenset(
    {"said", "told", "added", "stated", "noted", "stressed", "affirmed", "announced", "reported"}
)


_REPORTING = regex.compile(rf"(?<![\p{{L}}])(?:{'|'.join(sorted(REPORTING_WORDS))})(?![\p{{L}}])")


def _reports(line: str) -> bool:
    """Whether `line` holds a word of `REPORTING_WORDS`."""
    return _REPORTING.search(line) is not None


def _at_most(line: str, n: int) -> bool:
    """Whether `line` has at most `n` words; a long paragraph is not split
    past its first `n` words to tell."""
    return len(line.split(None, n)) <= n


_LETTER = regex.compile(r"\p{L}")
_SENTENCE_CLOSE = regex.compile(r"[.!?][\"')]*+$")


def _line_above(text: str, start: int) -> tuple[int, int] | None:
    """The span of the line above the one at `start`, in its paragraph;
    None when the line at `start` opens a paragraph."""
    if start < 2 or text[start - 2] == "\n":
        return None
    return text.rfind("\n", 0, start - 1) + 1, start - 1


def _line_below(text: str, end: int) -> tuple[int, int] | None:
    """The span of the line below the one ending at `end`, in its paragraph."""
    if not text.startswith("\n", end) or text.startswith("\n\n", end) or end + 1 == len(text):
        return None
    below = text.find("\n", end + 1)
    return end + 1, below if below >= 0 else len(text)


def _beside_a_field(text: str, start: int, end: int) -> bool:
    """Whether the line at `start` is the date of an event ("Date: 12 March
    2021" over "Venue: Town Hall"): a line next to it in its paragraph is
    another field of the event."""
    return any(
        span is not None and _FIELD_LINE.match(text, *span) is not None
        for span in (_line_above(text, start), _line_below(text, end))
    )


def _next_rows(text: str, start: int) -> tuple[int, int]:
    """Where the lines before and after the one at `start` begin, over one
    blank line; -1 for none (a roundup's rows may be paragraphs)."""
    after = text.find("\n", start) + 1
    if after and text.startswith("\n", after):
        after += 1
    before = start - 1  # the line break before the line
    if before >= 1 and text[before - 1] == "\n":
        before -= 1
    before = text.rfind("\n", 0, before) + 1 if before > 0 else -1
    return before, after if after else -1


def _after_paragraph(text: str, start: int) -> bool:
    """Whether the line at `start` starts a paragraph or follows a line that
    ends as a sentence does: no wrapped line of the paragraph above."""
    above = _line_above(text, start)
    return above is None or _SENTENCE_CLOSE.search(text, *above) is not None


def _is_sentence(line: str) -> bool:
    return _SENTENCE_END.search(line) is not None


def _headline_like(line: str) -> bool:
    """A short line that does not end as a sentence does."""
    return (
        line.strip() != ""
        and _at_most(line, SHORT_LINE_WORDS)
        and not _is_sentence(line)
        and (_LETTER.search(line) is not None)
    )


def _only_headline_before(text: str, pos: int, first_end: int) -> bool:
    """Whether the text before `pos` is its first paragraph, ending at
    `first_end`, and that is a headline."""
    end = pos
    while end > 0 and text[end - 1] == "\n":
        end -= 1
    head = text[:first_end]
    return end == first_end and "\n" not in head and _headline_like(head)


def _short(text: str, start: int, end: int) -> bool:
    """Whether the line `text[start:end]` has at most `SHORT_LINE_WORDS`
    words; a long paragraph is told by its start, not copied whole."""
    probe = min(end, start + 40 * SHORT_LINE_WORDS)
    if not _at_most(text[start:probe], SHORT_LINE_WORDS):
        return False  # a cut word is still one word
    return probe == end or _at_most(text[start:end], SHORT_LINE_WORDS)


def _top(text: str, stacked: Callable[[str], bool]) -> list[tuple[int, int]]:
    """The lines at the top that may hold chrome, dates and bylines: short
    lines up to the first that reads as a sentence or prose, `TOP_LINES`
    of them at most. A page may stack more bylines or breadcrumbs than that:
    when the last of them is `stacked`, so are the lines that go on with it."""
    out: list[tuple[int, int]] = []
    on_stack = None  # whether the last line taken is stacked, once past TOP_LINES
    for start, end in _lines(text):
        if start == end:
            continue  # the blank line between paragraphs
        if not _short(text, start, end):
            break
        line = text[start:end]
        if len(out) >= TOP_LINES:
            if on_stack is None:
                on_stack = stacked(text[out[-1][0] : out[-1][1]])
            if not (on_stack and stacked(line)):
                break
        if line.endswith((".", "!", "?", ":", ";", ",")) and not (
            _ABBREVIATED_END.search(line)
            or (_at_most(line, 8) and line[-2:-1].isdigit())
            or dates.label_kind(line) is not None  # "Published:" over its date
        ):
            break  # a sentence; "Published: 3 Nov 2020." is a short line, not one
        out.append((start, end))
    return out


# "Nov. 3" or "10:15 a.m." end in a dot without ending a sentence.
_ABBREVIATED_END = regex.compile(
    r"(?:\b(?i:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.|[ap]\.m\.|\b\p{Lu}\.)$"
)


def _alternation(phrases: Iterable[str]) -> str:
    return "|".join(regex.escape(p) for p in sorted(set(phrases), key=len, reverse=True))


_CONTINUATION = regex.compile(rf"[ ]*+(?i:{_alternation(TRAILER_CONTINUATIONS)})(?![\p{{L}}])")


# --------------------------------------------------------------------------
# The rules
# --------------------------------------------------------------------------

# Crawler output: " date 2022-02-24 Faisal al-Mekdad affirmed ..." (the
# leading space is gone by now: text.whitespace strips lines).
_STAMP_AT = regex.compile(
    r"[ \t]*+date[ \t]++(?P<date>[12][0-9]{3}-[01][0-9]-[0-3][0-9])"
    r"(?:[T ][0-2][0-9]:[0-5][0-9](?::[0-5][0-9])?+Z?+)?+(?P<rest>[ \t]++|\n|\Z)"
)
_STAMP = regex.compile(r"\A" + _STAMP_AT.pattern)


def stamp(text: str) -> list[Change]:
    """Lift a crawler's date stamp: ` date 2022-02-24 Faisal ...` -> date 2022-02-24."""
    m = _STAMP.match(text)
    if m is None:
        return []
    day = dates.parse(m["date"])
    if day is None:
        return []
    meta = {"date": day, "_date_source": "stamp"}
    # A page may stack copies of the stamp: they all go at once.
    while (again := _STAMP_AT.match(text, m.end())) is not None and dates.parse(again["date"]):
        if again.end() == m.end():
            break
        m = again
    if m["rest"] in ("\n", ""):  # the stamp is a line of its own
        return _cut_lines(text, [(0, m.start("rest"))], **meta)
    return [Change(0, m.end(), "", meta)]


def _title_case(place: str) -> str:
    """`RIYADH` -> `Riyadh`, `DEIR EZ-ZOR` -> `Deir ez-Zor`; mixed case stays."""
    if not place.isupper():
        return place
    if "/" in place:
        return "/".join(map(_title_case, place.split("/")))
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
    `Wire(agencies={**AGENCIES, "Kabar": "Kabar"})`.
    """

    def __init__(
        self,
        *,
        agencies: Mapping[str, str] = AGENCIES,
        trailer_headings: Sequence[str] = TRAILER_HEADINGS,
        trailer_lines: Sequence[str] = TRAILER_LINES,
        teaser_headings: Sequence[str] = TEASER_HEADINGS,
        editor_agencies: Iterable[str] = EDITOR_AGENCIES,
    ) -> None:
        self.agencies = dict(agencies)
        self.editor_agencies = frozenset(editor_agencies)
        self.teaser_headings = tuple(teaser_headings)
        self.trailer_headings = tuple(trailer_headings)
        self.trailer_lines = tuple(trailer_lines)
        self._last_top: tuple[str, list[tuple[int, int]]] | None = None
        names = {**self.agencies, **{k.upper(): v for k, v in self.agencies.items()}}
        self._agency_of = names
        agency = rf"(?:{_alternation(names)})(?![\p{{L}}\p{{N}}])"
        particle = _alternation(PARTICLES)
        # Two letters at least, or initials: "S(UPI)" is no place, "N.Y." is.
        word = r"\p{Lu}(?:\p{L}|\.\p{Lu})[\p{L}'.]*+(?:-\p{L}[\p{L}'.]*+)*+"
        place = rf"{word}(?:[ ](?:(?:{particle})[ -])?+{word}){{0,3}}"
        month = rf"(?i:{_alternation(dates.MONTHS)})\.?+"
        # "Feb 24", "Nov.", and with a year: "Feb 24, 2022" (SPA), "24th
        # February, 2022" (WAM)
        day = r"[0-3]?[0-9](?:st|nd|rd|th)?+"
        when = rf"(?:{month}(?:[ ]*+{day})?+|{day}[ ]++{month})(?:,?+[ ]*+[12][0-9]{{3}})?+"
        # After "(AFP)" or "/TASS/": "-", "--", ":", ".", ".-" or nothing.
        after = r"(?P<sep>\.?+[ ]*+-{1,2}+|:|\.)?+"
        self._dateline = regex.compile(
            # "KYIV/MOSCOW", and AP's "SPRINGFIELD, Ill." before an agency.
            rf"(?P<place>{place}(?:/{place}){{0,3}}+)"
            rf"(?:,[ ]*+(?!{month}(?![\p{{L}}]))(?P<region>{place}))?"
            rf"(?:[ ]*+,[ ]*+(?P<when>{when})\.?+)?+[ ]*+"
            rf"(?:,[ ]*+(?P<agency>{agency})[ ]*+(?P<sep>-{{1,2}}+|:)"
            rf"|,?+[ ]*+\((?P<agency>{agency})\)[ ]*+{after}"
            rf"|/(?P<agency>{agency})/[ ]*+{after}"
            # after a date, Kyodo's agency stands alone: "TOKYO, Feb. 24 Kyodo -"
            rf"|(?(when)(?P<agency>{agency})[ ]*+(?P<sep>-{{1,2}}+)|(?!))"
            # after a date, a comma, the agency and no dash: "Baku, February
            # 24, AZERTAC ", "YEREVAN, FEBRUARY 24, ARMENPRESS. "
            rf"|(?(when),[ ]*+(?P<agency>{agency})\.?+(?=[ ])|(?!)))"
            r"[ ]*+"
            # "RIYADH: ..." names a place but no agency.
            rf"|(?P<caps>{_CAPS_PLACE})[ ]*+:[ ]++"
            # "Damascus- ...", as copies of SANA's stories print it.
            rf"|(?P<dashed>{word}(?:[ ]{word}){{0,2}}+)-[ ]++"
            # A copy that dropped the place keeps the agency, maybe the date:
            # "(Reuters) - ", "Feb 24 (Reuters) - ".
            rf"|(?:(?P<when>{when})[ ]++)?+\((?P<agency>{agency})\)[ ]*+(?P<sep>-{{1,2}}+|:)[ ]*+"
            # MENAFN's syndication names the source: "(MENAFN- AzerNews) ",
            # "(MENAFN- Jordan News Agency) ".
            r"|\(MENAFN[ ]*+-[ ]*+(?P<source>\p{L}[^()\n]{0,59}+)\)[ ]++",
        )
        self._agency_in = regex.compile(rf"(?<![\p{{L}}\p{{N}}]){agency}")
        # An agency's name under a by-line: "Associated Press", "AP Diplomatic
        # Writer"; a post must end it ("Sputnik Vaccine Approved" is a headline).
        self._agency_line = regex.compile(
            rf"(?:The[ ])?+{agency}"
            rf"(?:[ ](?:\p{{Lu}}\p{{Ll}}++[ ]){{0,2}}+(?:{_alternation(POSTS)}))?+"
        )
        self._trailer_heading = regex.compile(
            rf"(?i:{_alternation(self.trailer_headings)})[ ]*+:?+"
        )
        self._teaser_heading = regex.compile(rf"(?i:{_alternation(self.teaser_headings)})[ ]*+:?+")
        self._trailer_line = regex.compile(
            rf"(?P<phrase>(?i:{_alternation(self.trailer_lines)}))"
            r"(?![\p{L}\p{N}])(?P<colon>[ ]*+:)?+"
        )
        self._trailer_anywhere = regex.compile(rf"(?i:{_alternation(TRAILER_ANYWHERE)})")
        self._end_mark = regex.compile("|".join(f"(?:{p})" for p in END_MARKS))
        # From the blank line before the paragraph: the search then jumps
        # from one "\n\n" to the next, at the speed of a string search.
        self._inline = regex.compile(
            rf"\n\n(?:(?i:{_alternation(INLINE_LINES)})[ ]*+"
            rf"|(?i:{_alternation(INLINE_LINKS)})[ ]*+:[ ]*+[^\s][^\n]*+)(?=\n\n)"
        )
        self._comment_form = regex.compile(
            rf"(?i:{_alternation(COMMENT_FORM)}|[0-9]++[ ]comments?+)[ ]*+[.!:]?+"
        )
        self._breadcrumb = regex.compile(
            # "Home » Politics": text.quotes has made the » a '"' by now,
            # so a separator counts only with a space on both sides.
            rf"(?:{_alternation(BREADCRUMB_ROOTS)})"
            # "Home NEWS POLITICS Syria": capitals, then no lowercase word
            # ("Home COVID PCR tests to be scrapped" is a headline)
            rf"(?:[ ]++[>\u00bb\u203a|/\"][ ]++\S"
            rf"|(?:[ ](?:\p{{Lu}}{{2,}}+|&)){{2,}}+(?:[ ]\p{{Lu}}\S*+)*+$)"
            rf"|(?i:{_alternation(CHROME_LINES)})[ ]*+(?::|$)"
            rf"|(?i:{_alternation(CHROME_LABELS)}|{'|'.join(CHROME_SHAPES)})[ ]*+$"
        )
        # KUNA's "... Al-Sabah. --KUNA": the agency signs the last line.
        self._sign_off = regex.compile(rf"(?<=[.!?\"'])[ ]++-{{1,2}}+[ ]*+{agency}[ ]*+$")

    def __reduce__(self) -> tuple[Any, ...]:
        kwargs = {
            "agencies": self.agencies,
            "trailer_headings": self.trailer_headings,
            "trailer_lines": self.trailer_lines,
            "teaser_headings": self.teaser_headings,
            "editor_agencies": self.editor_agencies,
        }
        return (functools.partial(Wire, **kwargs), ())

    # -- datelines ---------------------------------------------------------

    def _body_start(self, text: str) -> int:
        """Where the first paragraph of the story starts: after a one-line
        headline."""
        first_end = text.find("\n\n")
        if first_end < 0:
            return 0
        first = text[:first_end]
        # Not a sentence: "The minister said." over a second dateline is the story.
        if "\n" not in first and _headline_like(first):
            return first_end + 2
        return 0

    def find_dateline(self, text: str, start: int | None = None) -> regex.Match[str] | None:
        """The dateline opening the story's first paragraph (or the paragraph
        at `start`), if there is one."""
        if start is None:
            m = self._dateline_at(text, 0, rows=True)
            if m is not None:
                return m
            body = self._body_start(text)
            m = self._dateline_at(text, body, rows=True) if body else None
            return m if m is not None else self._agency_dateline_under_top(text, body)
        return self._dateline_at(text, start, rows=True)

    def _dateline_at(self, text: str, start: int, *, rows: bool) -> regex.Match[str] | None:
        """The dateline at `start`; with `rows`, not a place of a roundup's rows."""
        m = self._dateline.match(text, start)
        if m is None:
            return None
        if m.end() == len(text) or text[m.end()] == "\n":
            return None  # a dateline opens a story; nothing follows here
        bare = m["caps"] or m["dashed"]  # a place with no agency
        if bare is not None:
            if _row_place(m) not in CAPS_DATELINE_PLACES or not _STORY_START.match(text, m.end()):
                return None  # "ANKARA: the city was calm" is a label, "Update- " no city
            if m["dashed"] is not None and _road_at(text, m.end(), _row_place(m)):
                return None  # "Damascus- Homs highway": a road between two cities
            # "KUWAIT: 1,200 new cases\nBAHRAIN: 800 new cases": a roundup's
            # rows, a line or a paragraph apart, before this one or after it.
            for row in _next_rows(text, m.start()) if rows else ():
                other = _PLACE_ROW.match(text, row) if row >= 0 else None
                if other is not None and _row_place(other) not in (None, _row_place(m)):
                    return None
        elif m["source"] is not None:
            if not _STORY_START.match(text, m.end()):
                return None
        elif m["sep"] is None:
            # "Havana, Feb 24 (Prensa Latina) The ..." has a date; without
            # date or dash, only a place in capitals reads as a dateline.
            # Either way the story starts after it: "ALCOHOLICS ANONYMOUS (AA)
            # meetings" is a sentence's subject.
            if m["when"] is None and not m["place"].isupper():
                return None
            if not _STORY_START.match(text, m.end()):
                return None
        region = m["region"]
        if region is not None and (
            not _STORY_START.match(text, m.end())
            or any(w in TITLES or w.casefold() in dates.WEEKDAYS for w in region.split())
        ):
            # "Faisal Mekdad, Foreign Minister (SANA) - talks", "BEIRUT,
            # Monday (AFP)": a region is a state or a country, and a story follows.
            return None
        return m

    def _agency_dateline_under_top(self, text: str, checked: int) -> regex.Match[str] | None:
        """An agency's dateline opening a paragraph under the top lines
        (`_top`): a page's chrome, a headline, its deck, a photo caption
        (`All news\n\nHeadline\n\nDeck\n\nMOSCOW, June 26. /TASS/. ...`).
        Only an agency's: without one, a place before a colon or dash so far
        down may be a label of the story's. The paragraph at `checked` was
        looked at already."""
        for _, end in self._top(text):
            start = end + 2
            if start != checked and text.startswith("\n\n", end):
                m = self._dateline_at(text, start, rows=True)
                if m is not None:
                    return m if m["agency"] or m["source"] else None
        return None

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
        meta: dict[str, Any] = {}
        place = m["caps"] or m["dashed"] or m["place"]
        place = None if place is None else _title_case(place)
        if m["region"]:
            place = f"{place}, {m['region']}"
        agency = self._agency_of[m["agency"]] if m["agency"] else None
        if m["source"]:
            source = m["source"].strip()
            agency = self._agency_of.get(source, source)
        dateline = Dateline(place, agency)
        # One dateline a story. Another one that opens the story once the
        # lines above it are gone ("RIYADH: By Jane Doe\nRIYADH: The ...") goes
        # too, as a second run would take it, when it is a copy of the first or
        # an agency's: the story keeps the first. Another place's without an
        # agency stays: in a roundup it says whose figures follow ("DUBAI: ...
        # KUWAIT: 1,200 new cases").
        known = found.get("dateline")
        if known is not None and dateline.place != known.place and agency is None:
            return []
        if known is None:
            meta["dateline"] = dateline
        if known is None and m["when"] and found.get("_date_source") != "published":
            day = dates.parse(m["when"])  # with its year
            if day is None:
                when = dates.month_day(m["when"])
                dated = found.get("date")
                if when and when[1] and dated:
                    day = _with_year(when[0], when[1], dated)
            if day is not None:
                meta["date"] = day
                meta["_date_source"] = "dateline"
        end = m.end()
        # "Damascus, SANA- Damascus, SANA- ...", scraped twice; "RIYADH:
        # KUWAIT: ..." on one line is no roundup's rows either.
        while (again := self._dateline_at(text, end, rows=False)) is not None:
            end = again.end()
        return [Change(m.start(), end, "", meta)]

    # -- date lines ----------------------------------------------------------

    def date_lines(self, text: str, found: Mapping[str, Any]) -> list[Change]:
        """Lift date lines near the top: `Published: 3 November 2020` -> date."""
        top = self._top(text)
        if not any(_YEAR.search(text, s, e) for s, e in top):
            return []  # every date line holds a year: most texts stop here
        month_first = self._agency_near_top(text) in MONTH_FIRST_AGENCIES
        hits = []
        for i, (start, end) in enumerate(top):
            line = text[start:end]
            if i and dates.label_kind(text[top[i - 1][0] : top[i - 1][1]]) is not None:
                # "Published" on its own line over the date (BBC): one date line
                start = top[i - 1][0]
                line = f"{text[start : top[i - 1][1]]} {line}"
            whole = dates.parse_line(line, month_first=month_first)
            # "Published: 3 November 2020 | Updated: 4 November 2020", and
            # Xinhua's "Source: Xinhua| 2022-02-24 18:25:31|Editor: huaxia"
            parsed = (
                [whole]
                if whole
                else [
                    dates.parse_line(p, month_first=month_first)
                    for p in _DATE_PARTS.split(line)
                    if not _DATE_FIELD.fullmatch(p)
                ]
            )
            if parsed and all(parsed) and not _beside_a_field(text, start, end):
                hits.append((start, end, parsed))
        if not hits or len(hits) > MAX_DATE_LINES:
            return []  # none, or a timeline: dates that are the story's own
        # Dates alone on their lines that differ are a timeline's, the story's own
        # ("Key dates\n\nFebruary 24, 2022\n...\n\nMarch 2, 2022"): a page with
        # two dates labels them (`Published:`, `Updated:`).
        labelled = [_DATE_LABEL.match(text, s, e) is not None for s, e, _ in hits]
        bare = {ps[0].date for (_, _, ps), label in zip(hits, labelled, strict=True) if not label}
        if len(bare) > 1:
            return []
        lines = [p for _, _, ps in hits for p in ps]
        # A labelled publication date wins over a date alone ("September 11,
        # 2001" over "Published: 11 September 2021" is a headline's date).
        published = [
            p
            for _, (_, _, ps) in sorted(zip(labelled, hits, strict=True), key=lambda h: not h[0])
            for p in ps
            if p.kind == "published"
        ]
        if published:
            meta = {"date": published[0].date, "_date_source": "published"}
        elif found.get("date") is None:
            meta = {"date": lines[0].date, "_date_source": "updated"}
        else:
            meta = {}
        return _cut_lines(text, [(s, e) for s, e, _ in hits], **meta)

    # -- chrome --------------------------------------------------------------

    def chrome(self, text: str) -> list[Change]:
        """Remove page chrome above the story: breadcrumbs, `You are here`,
        and the headline printed a second time."""
        spans = [
            (start, end) for start, end in self._top(text) if self._is_breadcrumb(text[start:end])
        ]
        return _cut_lines(text, spans + _headline_copies(text))

    def has_chrome(self, text: str) -> bool:
        """Whether chrome stands at the top: after the names rules respell
        one copy of a headline printed twice, the two are the same line."""
        return bool(self.chrome(text))

    def has_dateline(self, text: str) -> bool:
        """Whether a dateline opens the story: after the names rules respell
        its place (`TEHERAN:` -> `TEHRAN:`), the dateline rule may take it."""
        return self.find_dateline(text) is not None

    def has_byline(self, text: str) -> bool:
        """Whether a byline or credit line stands where `byline` takes one:
        after the names rules respell a name in it, the rule may take it."""
        return bool(self.byline(text, {}))

    def _top(self, text: str) -> list[tuple[int, int]]:
        """`_top(text, self._stacked)`: the same for the rules that read it
        from one text, so it is kept for the last text read."""
        last = self._last_top
        if last is not None and last[0] is text:
            return last[1]
        top = _top(text, self._stacked)
        self._last_top = (text, top)  # one assignment: safe across threads
        return top

    def _is_breadcrumb(self, line: str) -> bool:
        return self._breadcrumb.match(line) is not None and not _is_sentence(line)

    def _stacked(self, line: str) -> bool:
        """Lines a page stacks at the top, any number of them: breadcrumbs and bylines."""
        return (
            self._is_breadcrumb(line)
            or bool(_by_line(line))
            or _dated_by_line(line, month_first=False) is not None
        )

    # -- trailers --------------------------------------------------------------

    def _is_trailer_line(self, line: str) -> bool:
        m = self._trailer_line.match(line)
        if m is not None and (m["colon"] or not _is_sentence(line) or m["phrase"] == "\u00a9"):
            phrase = m["phrase"].casefold()
            # "Copyright law reform ..." and a list's "(c) sanctions" are prose:
            # those two words make a copyright line only with a year or a ©.
            if phrase in ("copyright", "(c)"):
                return _COPYRIGHT.match(line) is not None
            # "Share information only from official sources", a list's last
            # item, and "Sources close to the talks said that ...", a paragraph
            # the scraper cut off.
            if phrase in TRAILER_WORDS and not m["colon"]:
                return _at_most(line, TRAILER_LINE_WORDS) and _chrome_rest(line[m.end() :])
            if phrase in CREDIT_WORDS:
                # "Source: a military source told SANA that ...": the story's
                # last paragraph, not a credit ("Source: SANA").
                return not _prose(line[m.end() :])
            return True
        if self._comment_form.fullmatch(line):
            return True
        return (
            _at_most(line, TRAILER_LINE_WORDS) and self._trailer_anywhere.search(line) is not None
        )

    def _trailer_like(self, line: str) -> bool:
        """Link titles, truncated teasers and trailer lines. A line that
        reports speech in the past tense is the story's, its full stop lost:
        headlines say `says`."""
        if self._signed(line, len(line)) is not None:
            return False  # "... the Emir. --KUNA": a sentence, signed
        return (
            self._is_trailer_line(line)
            or (_at_most(line, 20) and not _is_sentence(line) and not _reports(line))
            or line.endswith("...")
        )

    def inline(self, text: str) -> list[Change]:
        """Remove page chrome between the story's paragraphs: `Advertisement`,
        `READ MORE: <another story's title>`."""
        spans = [
            (m.start() + 2, m.end())
            for m in self._inline.finditer(text)
            if _at_most(m[0], INLINE_LINK_WORDS + 2)
        ]
        return _cut_lines(text, spans)

    def trailer(self, text: str) -> list[Change]:
        """Remove what follows the story: `Check Also` and the teaser after it,
        `Related:`, `Tags:`, share and follow links, copyright lines, comment forms."""
        body_end = text.find("\n\n")  # a trailer never starts in the first paragraph
        if body_end < 0:
            return []
        # Lines from the end, as long as they are trailer-like; the first
        # heading or trailer line among them starts the trailer. Lines that
        # are not trailer-like may still be a teaser, if a teaser heading
        # comes within the teaser's bounds above them.
        cut = None
        teaser = teased = False
        words = paragraphs = 0
        for start, end in _lines_backwards(text):
            if start <= body_end:
                break
            line = text[start:end]
            if start == end:
                continue
            if self._teaser_heading.fullmatch(line):
                cut, teaser, teased, words, paragraphs = start, False, True, 0, 0
            elif not teaser and (
                self._trailer_heading.fullmatch(line)
                or self._is_trailer_line(line)
                or (self._end_mark.fullmatch(line) and _after_paragraph(text, start))
            ):
                cut, teased = start, False
            elif teaser or not self._trailer_like(line):
                teaser = True
                words += _words(line)
                paragraphs += 1
                if words > TEASER_WORDS or paragraphs > TEASER_PARAGRAPHS:
                    break
        # "The steps:" introduces what follows; it is no trailer. Another
        # story's teaser is no step: "...the following photos:" lost them.
        if cut is not None and not teased and text[:cut].rstrip("\n").endswith(":"):
            cut = None
        if cut is not None and _only_headline_before(text, cut, body_end):
            cut = None  # it would leave a headline alone: what follows is the story
        changes = self._sign_off_before(text, len(text) if cut is None else cut)
        if cut is not None:
            changes += _cut_lines(text, [(cut, len(text.rstrip("\n")))])
        return changes

    def _sign_off_before(self, text: str, end: int) -> list[Change]:
        """The agency's name that signs the story's last line, before `end`:
        `... Al-Sabah. --KUNA`."""
        while end > 0 and text[end - 1] == "\n":
            end -= 1
        m = self._signed(text, end)
        return [] if m is None else [Change(m.start(), m.end(), "")]

    def _signed(self, text: str, end: int) -> regex.Match[str] | None:
        """The agency's name after a dash that signs the line ending at `end`."""
        start = max(0, end - 60)
        start = text.rfind("\n", start, end) + 1 or start
        if text.find("-", start, end) < 0:
            return None
        return self._sign_off.search(text, start, end)

    # -- bylines ---------------------------------------------------------------

    def byline(self, text: str, found: Mapping[str, Any]) -> list[Change]:
        """Lift bylines: `By Jane Doe`, `(Reporting by X; Editing by Y)`, and an
        editor's name alone on the last line of an agency story (SANA:
        `Ruaa al-Jazaeri`)."""
        names: list[str] = []
        spans: list[tuple[int, int]] = []
        when: dates.DateLine | None = None
        for start, end, by, day in self._top_credits(text):
            names += by
            spans.append((start, end))
            when = when or day
        credit_lines: list[list[str]] = []
        lines = _lines_backwards(text)
        for start, end in lines:
            line = text[start:end]
            if start == end:
                continue
            credits = _credits(line)
            if not credits and start and line.rstrip(".").endswith(")") and "(" not in line:
                # "(Reporting by X in Beirut" over "Editing by Y)": one
                # credit that a line break took the semicolon of, or followed.
                above = _line_above(text, start)
                first = text[above[0] : above[1]] if above else ""
                if first.startswith("(") and ")" not in first:
                    joint = " " if first.endswith(";") else "; "
                    credits = _credits(f"{first}{joint}{line}")
                    if credits:
                        start = above[0]
                        next(lines)
            if not credits:
                break
            credit_lines.insert(0, credits)  # read from the end; kept in reading order
            spans.append((start, end))
        names += [n for credits in credit_lines for n in credits]
        # The editor's name alone on the last line, SANA style: only in a
        # story of an agency that signs so, after a paragraph that ends as a sentence.
        dateline = found.get("dateline")
        last = text.rstrip("\n")
        start = last.rfind("\n\n") + 2 if "\n\n" in last else -1
        signed = dateline is not None and dateline.agency in self.editor_agencies
        if start > 0 and signed and spans[-1:] != [(start, len(last))]:
            before = last[: start - 2]
            editors = _editor_line(last[start:])
            if (
                editors
                and _SENTENCE_CLOSE.search(before)
                and not _editor_line(before[before.rfind("\n") + 1 :])
            ):
                names += editors
                spans.append((start, len(last)))
        if not spans:
            return []
        meta: dict[str, Any] = {"bylines": tuple(dict.fromkeys(names))}
        # A by-line's date counts as a date line's: a published date wins over
        # all but an earlier published one, an updated date only stands in.
        if when is not None and (
            found.get("_date_source") != "published"
            if when.kind == "published"
            else found.get("date") is None
        ):
            meta.update(date=when.date, _date_source=when.kind)
        return _cut_lines(text, spans, **meta)

    def _top_credits(
        self, text: str
    ) -> Iterator[tuple[int, int, list[str], dates.DateLine | None]]:
        """The by-lines and agency credits among the top lines: each line's
        span, the names it gives (none for an agency's credit) and the date
        on it (`By Jane Doe | November 3, 2020`)."""
        top = self._top(text)
        after_by = None  # where the line after the last by-line starts
        month_first = None
        for i, (start, end) in enumerate(top):
            line = text[start:end]
            by = _by_line(line)
            if not by and _YEAR.search(line) is not None:
                if month_first is None:
                    month_first = self._agency_near_top(text) in MONTH_FIRST_AGENCIES
                dated = _dated_by_line(line, month_first)
                if dated is not None:
                    after_by = end + 1
                    by, day = dated
                    label = text[top[i - 1][0] : top[i - 1][1]] if i else ""
                    kind = dates.label_kind(label) if label else None
                    if kind is not None:
                        # "Posted" on its own line over it, as over a date line
                        start, day = top[i - 1][0], dates.DateLine((day.date, kind))
                    yield start, end, by, day
                    continue
            if not by:
                # AP's "By JOHN SMITH": names in capitals only beside their
                # agency, on the line or under it ("By SPECIAL ARRANGEMENT").
                by = _by_line(line, capitals=True)
                below = text[top[i + 1][0] : top[i + 1][1]] if i + 1 < len(top) else ""
                if by and not (self._agency_in.search(line) or self._agency_line.fullmatch(below)):
                    by = []
            if by:
                after_by = end + 1
                yield start, end, by, None
            elif (
                after_by is not None
                and start in (after_by, after_by + 1)
                and self._agency_line.fullmatch(line)
            ):
                # under a by-line: "Associated Press Writer", "AFP" a paragraph below
                yield start, end, [], None
            elif line.startswith(("By ", "BY ", "By: ")) and self._agency_line.fullmatch(
                line[line.index(" ") + 1 :]
            ):
                yield start, end, [], None  # "By Reuters Staff": a credit, no person's
            elif line in self._agency_of:
                below = end + 2 if text.startswith("\n\n", end) else end + 1
                if self.find_dateline(text, below) is not None:
                    yield start, end, [], None  # "AFP" over the dateline

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
        if " " not in first and first.isupper():
            return []  # "ANKARA", "BREAKING": a dateline or a kicker on its own line
        if first.startswith("(") and first.endswith(")"):
            return []  # "(This story has been refiled to fix a typo)": an editor's note
        return [Change(0, end, first, {"title": first})]


# A roundup's row: a place with no agency, as `Wire.find_dateline` reads one.
_PLACE_ROW = regex.compile(
    rf"(?P<caps>{_CAPS_PLACE})[ ]*+:[ ]|(?P<dashed>\p{{Lu}}[\p{{L}}.' ]{{1,40}}+)-[ ]"
)


def _row_place(m: regex.Match[str]) -> str | None:
    """The place a row names in capitals (`BAHRAIN: `), or the city of
    `CAPS_DATELINE_PLACES` it names before a dash (`Damascus- `); None
    for other words before a dash (`Update- `)."""
    if m["caps"] is not None:
        return m["caps"]
    place = m["dashed"].upper()
    return place if place in CAPS_DATELINE_PLACES else None


#: Words that make two cities a road ("Damascus- Homs highway", "Aleppo-
#: Damascus International Highway"), not a dateline over a story that opens
#: with a city ("New York- Damascus has called on ...").
ROAD_WORDS: frozenset[str] = frozenset(
    {"highway", "road", "motorway", "railway", "route", "flights", "flight", "border"}
)

_CITY_WORDS = regex.compile(r"\p{Lu}[\p{L}-]*+(?:[ ][\p{L}\p{N}-]++){0,3}+")


def _road_at(text: str, start: int, city: str | None) -> bool:
    """Whether another city of `CAPS_DATELINE_PLACES` than `city` is named
    at `start`, with a word of `ROAD_WORDS` in the two words after it."""
    m = _CITY_WORDS.match(text, start)
    if m is None:
        return False
    words = m[0].split(" ")
    if len(words) > 1 and " ".join(words[:2]).upper() in CAPS_DATELINE_PLACES:
        named, after = " ".join(words[:2]).upper(), words[2:4]
    elif words[0].upper() in CAPS_DATELINE_PLACES:
        named, after = words[0].upper(), words[1:3]
    else:
        return False
    return named != city and any(w.casefold() in ROAD_WORDS for w in after)


# How a story starts: a capital, a digit, a currency sign, a quotation mark.
_STORY_START = regex.compile(r"[\p{Lu}\p{N}\p{Sc}\"'(]")
_DATE_LABEL = regex.compile(rf"(?i:{_alternation(dates.PREFIXES)})")
_DATE_PARTS = regex.compile(r"[ ]*+\|[ ]*+|[ ]++/[ ]++")
_FIELD_LINE = regex.compile(rf"(?i:{_alternation(EVENT_FIELDS)})[ ]*+:")
_DATE_FIELD = regex.compile(
    rf"(?i:{_alternation(DATE_LINE_FIELDS)})[ ]*+:[ ]*+\p{{L}}[\p{{L}}.' -]{{0,40}}+"
)


#: How many days a dateline's day may fall after the date known from a
#: stamp: a page is saved after it is published, but stamps and datelines
#: are a few days apart at times (time zones, a stamp of the first copy).
DATELINE_DAYS_AFTER_STAMP = 7


def _with_year(month: int, day: int, known: datetime.date) -> datetime.date | None:
    """A dateline's month and day, in the year of a date known from elsewhere
    (a crawler's stamp, never much earlier than the story): the latest such
    day up to a few days after it, so a dateline of late December with a
    stamp of early January is of the year before, and one three days after
    its stamp is not a year off."""
    latest = known + datetime.timedelta(days=DATELINE_DAYS_AFTER_STAMP)
    for year in (latest.year, latest.year - 1):
        try:
            d = datetime.date(year, month, day)
        except ValueError:
            continue  # 29 February
        if d <= latest:
            return d
    return None


# -- byline grammar -------------------------------------------------------------

_PARTICLE = _alternation(PARTICLES)


_CREDIT_WORDS = "(?i:additional|reporting|writing|editing|compiled|translated)"


def _names(caps: str) -> str:
    """Names of two to four words, joined by `/ ; , & and`; `caps` is what a
    word in capitals may be (initials `MHD`, or a whole name `JOHN SMITH`)."""
    # "McDonald", "O'Neill", "Al-Jazaeri"
    word = (
        rf"(?:\p{{Lu}}\p{{Ll}}[\p{{L}}'.]*+|\p{{Lu}}'\p{{Lu}}\p{{Ll}}++|{caps}|\p{{Lu}}\.)"
        r"(?:-\p{Lu}\p{Ll}++)?+"
    )
    part = rf"(?:(?i:{_PARTICLE})[- ])?+{word}"
    # "Reporting By Jane Doe; Editing By John Roe": the next credit is no name
    name = rf"(?!{_CREDIT_WORDS}[ ]){part}(?:[ ]++{part}){{1,3}}"
    return rf"{name}(?:[ ]*+(?:[/;,&]|\band\b)[ ]*+{name})*+"


_NAMES = _names(r"\p{Lu}{2,4}+")
_NAMES_RE = regex.compile(_NAMES)
_SPLIT_NAMES = regex.compile(r"[ ]*+(?:[/;,&]|\band\b)[ ]*+")
_BY = r"(?:By|BY|Written by|Written By|Words by):?+[ ]++"
_BY_POST = r"(?:[ ]*+[,|-][ ]*+\p{Lu}[\p{L} ]{0,40}+)?+"
_BY_LINE = regex.compile(rf"{_BY}(?P<names>{_NAMES}){_BY_POST}")
# AP's names in capitals: "By JOHN SMITH", "By RYAN O'NEILL".
_CAPITAL_NAMES = _names(r"\p{Lu}'?+\p{Lu}++")
_BY_LINE_CAPITALS = regex.compile(rf"{_BY}(?P<names>{_CAPITAL_NAMES}){_BY_POST}")
# "(Reporting by Jane Doe in Beirut; Editing by John Roe)": credit clauses
# and nothing else, in parentheses or not.
_CREDIT_CLAUSE = (
    rf"(?:[Aa]dditional[ ])?+{_CREDIT_WORDS}"
    rf"(?:[ ]and[ ](?i:writing|editing))?+[ ](?:by|By)[ ](?P<names>{_NAMES})"
    rf"(?:[ ]in[ ]\p{{Lu}}[\p{{L}}-]*+(?:[ ](?:and[ ])?+\p{{Lu}}[\p{{L}}-]*+)*+)?+"
)
_CREDIT_LINE = regex.compile(
    rf"(?P<open>\()?+{_CREDIT_CLAUSE}(?:[ ]*+[;,][ ]*+{_CREDIT_CLAUSE})*+\.?+"
    r"(?(open)\))\.?+"
)

# AP's: "Associated Press writer Jane Doe in Kyiv contributed to this report."
_CONTRIBUTED = regex.compile(
    r"(?:(?:The[ ])?+(?:Associated[ ]Press|AP)[ ](?:\p{L}++[ ])??"
    r"(?i:writers?|reporters?|correspondents?|journalists?)[ ])?+"
    rf"(?P<names>{_NAMES})(?:,?+[ ]in[ ]\p{{Lu}}[\p{{L}}-]*+(?:,?+[ ]\p{{Lu}}[\p{{L}}-]*+)*+,?+)?+"
    r"[ ]contributed(?:[ ]to[ ]this[ ](?:report|story))?+\."
)


def _split(names: str) -> list[str]:
    return [_unstopped(n) for n in _SPLIT_NAMES.split(names) if n]


def _unstopped(name: str) -> str:
    """A name without the full stop of the sentence it ended: `John Roe.`
    -> `John Roe`; an initial or `Jr.` keeps its own."""
    last = name[name.rfind(" ") + 1 :]
    return name[:-1] if last.endswith(".") and len(last) > 3 and "." not in last[:-1] else name


def _person(name: str) -> bool:
    return not any(w.casefold() in NOT_NAMES for w in regex.split(r"[ -]", name))


def _by_line(line: str, *, capitals: bool = False) -> list[str]:
    """The names of a by-line; with `capitals`, names written in capitals
    (`By JOHN SMITH`), title-cased so that copies agree."""
    if capitals and line.startswith("BY"):
        return []  # "BY POPULAR DEMAND", a kicker: AP writes "By JOHN SMITH"
    m = (_BY_LINE_CAPITALS if capitals else _BY_LINE).fullmatch(line)
    if m is None:
        return []
    names = m["names"]
    # "By Jane Doe, Staff Writer": after a comma, words that name no person
    # are the post of the names before them.
    while not all(map(_person, _split(names))):
        comma = names.rfind(",")
        if comma < 0 or any(map(_person, _split(names[comma + 1 :]))):
            return []
        names = names[:comma]
    if capitals:
        return [_name_case(n) for n in _split(names)]
    return _split(names)


#: A by-line with a date is never longer than this: the parts are tried at
#: every separator, so the cost grows with the square of the line's length.
_DATED_BY_LINE_CHARS = 160
# Where a by-line and a date meet: "|", a bullet, a dash, a spaced slash, or
# " on"/" by" ahead. Never a comma: "By Christmas Eve, December 24, 2020".
_BY_DATE_SPLIT = regex.compile(
    r"[ ]*+[|\u2022\u00b7\u2013\u2014-][ ]*+|[ ]++/[ ]++|[ ]++(?=(?i:on|by)[ ])"
)
_POSTED_BY = regex.compile(r"(?:(?i:posted|written|words)[ ]++)?+(?i:by):?+[ ]++")
_ON = regex.compile(r"(?i:on)[ ]++")
# A site's account, no person's name: "Posted by admin on ...", one word.
_ACCOUNT = regex.compile(r"[\p{L}\p{N}_]{2,20}+")
# Anadolu's by-line names no "By" but dates itself in its own way:
# "Jane Doe  | 07.04.2020 - Update : 08.04.2020".
_UPDATE_STAMPED = regex.compile(
    r"(?P<names>[^|]++)\|[ ]*+(?P<published>[0-3][0-9]\.[01][0-9]\.[12][0-9]{3})"
    r"[ ]*+-[ ]*+Update[ ]*+:[ ]*+[0-3][0-9]\.[01][0-9]\.[12][0-9]{3}"
)


def _dated_by_line(line: str, month_first: bool) -> tuple[list[str], dates.DateLine] | None:
    """A by-line and a date line on one line, and what each gives: `By Jane
    Doe | November 3, 2020`, `Posted by Jane Doe on Nov 3, 2020`, `Posted on
    Nov 3, 2020 by Jane Doe`, `November 3, 2020 | By Jane Doe`, Anadolu's
    `Jane Doe | 07.04.2020 - Update : 08.04.2020` (the first date); a site's
    account gives no name (`Posted by admin on Nov 3, 2020`)."""
    if len(line) > _DATED_BY_LINE_CHARS:
        return None
    stamped = _UPDATE_STAMPED.fullmatch(line)
    if stamped is not None:
        names = _by_line(f"By {stamped['names'].strip()}")
        day = dates.parse_line(stamped["published"])
        return (names, day) if names and day is not None else None
    for m in _BY_DATE_SPLIT.finditer(line):
        head, tail = line[: m.start()], line[m.end() :]
        for by, when in ((head, tail), (tail, head)):
            posted = _POSTED_BY.match(by)
            if posted is None:
                continue
            names = _by_line(f"By {by[posted.end() :]}")
            if names or _ACCOUNT.fullmatch(by, posted.end()):
                on = _ON.match(when)
                day = dates.parse_line(when[on.end() :] if on else when, month_first=month_first)
                if day is not None:
                    return names, day
    return None


def _name_case(name: str) -> str:
    """`JOHN MCDONALD` -> `John McDonald`, `RYAN O'NEILL` -> `Ryan O'Neill`."""
    titled = _title_case(name) if name.isupper() else name
    return _CAPITAL_AFTER.sub(lambda m: m[0].upper(), titled)


_CAPITAL_AFTER = regex.compile(r"(?<=(?<![\p{L}])(?:Mc|\p{Lu}'))\p{Ll}")


def _credits(line: str) -> list[str]:
    m = _CREDIT_LINE.fullmatch(line) or _CONTRIBUTED.fullmatch(line)
    if m is None:
        return []
    names = [n for caps in m.captures("names") for n in _split(caps)]
    # "Reporting by Reuters Television; Writing by Jane Doe": a unit's credit
    # beside people's is no name, and the line is still a credit line.
    people = [n for n in names if not _UNIT_CREDIT.fullmatch(n)]
    return people if all(map(_person, people)) else []


_UNIT_CREDIT = regex.compile(rf"(?:\p{{Lu}}\p{{L}}++[ ])?+(?:{_alternation(UNIT_CREDITS)})")


def _editor_line(line: str) -> list[str]:
    """`Ruaa al-Jazaeri`, `MHD Ibrahim/ Mazen Eyon`: names alone on a line."""
    line = line.strip()
    if not line or "\n" in line or not _at_most(line, 8) or _is_sentence(line):
        return []
    if not _NAMES_RE.fullmatch(line):
        return []
    names = _split(line)
    return names if names and all(map(_person, names)) else []
