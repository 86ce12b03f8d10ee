"""Canonical text: the `text.*` rules, and the character tables they read.

Each rule is a small pure function `rule(text) -> list[Change]` with offsets
into the text it is given. The tables come first, so a reader can see and a
user can extend what is replaced; the rules follow in pipeline order.
"""

from __future__ import annotations

import contextlib
import html
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from html.entities import html5

import ftfy
import regex

from normcorp.edits import Change, trimmed

# --------------------------------------------------------------------------
# Tables
# --------------------------------------------------------------------------

#: Typographic quotes and their ASCII forms (`text.quotes`).
QUOTES: Mapping[str, str] = {
    "\u201c": '"',  # “
    "\u201d": '"',  # ”
    "\u201e": '"',  # „
    "\u201f": '"',  # ‟
    "\u00ab": '"',  # «
    "\u00bb": '"',  # »
    "\u2033": '"',  # ″ double prime, typed for a quote
    "\u2018": "'",  # ‘
    "\u2019": "'",  # ’
    "\u201a": "'",  # ‚
    "\u201b": "'",  # ‛
    "\u2032": "'",  # ′ prime, typed for an apostrophe
    "\u2039": "'",  # ‹
    "\u203a": "'",  # ›
}

#: Accents typed for an apostrophe; replaced only between two letters
#: (Prensa Latina: "Cuba´s").
APOSTROPHE_LOOKALIKES = "\u00b4`"

#: Dashes and minus signs (`text.dashes`).
DASHES: Mapping[str, str] = {
    **{chr(c): "-" for c in range(0x2010, 0x2016)},  # ‐ ‑ ‒ – — ―
    "\u2212": "-",  # − minus sign
    "\ufe58": "-",  # ﹘ small em dash
    "\ufe63": "-",  # ﹣ small hyphen-minus
}

#: Ellipsis characters (`text.ellipsis`).
ELLIPSES: Mapping[str, str] = {"\u2026": "..."}

#: Space characters other than " ", each becoming " " (`text.space`).
SPACES: Mapping[str, str] = {
    c: " " for c in "\u00a0\u1680\u202f\u205f\u3000" + "".join(map(chr, range(0x2000, 0x200B)))
}

#: Invisible characters, removed (`text.invisible`): zero-width space,
#: non-joiner, joiner, word joiner, byte-order mark, soft hyphen, and the
#: bidirectional marks that scraped Arabic-language pages leave in English text.
INVISIBLE: Mapping[str, str] = {
    c: ""
    for c in "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f"
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
}

#: Latin ligatures and full-width ASCII, folded to plain letters (`text.fold`).
#: Derived from Unicode's own compatibility mappings.
FOLDS: Mapping[str, str] = {
    chr(c): unicodedata.normalize("NFKC", chr(c))
    for c in [*range(0xFB00, 0xFB07), *range(0xFF01, 0xFF5F)]
}

#: Control characters, removed (`text.control`): C0 except tab and line
#: breaks, DEL, and C1 (what ftfy could not read as mojibake).
CONTROLS: Mapping[str, str] = {
    chr(c): ""
    for c in [
        *range(0x00, 0x09),
        0x0E,
        0x0F,
        *range(0x10, 0x20),
        *range(0x7F, 0x85),
        *range(0x86, 0xA0),
    ]
    if chr(c) not in "\n\r\v\f"
}

#: Dotted abbreviations and their canonical forms (`text.abbrev`). Extend it
#: with `Normalizer(abbreviations={**ABBREVIATIONS, "D.C.": "DC"})`.
ABBREVIATIONS: Mapping[str, str] = {
    "U.S.": "US",
    "U.K.": "UK",
    "U.N.": "UN",
    "U.S.A.": "USA",
    "E.U.": "EU",
    "U.A.E.": "UAE",
}

#: Words that start a sentence but never follow "U.S." as a modifier: after
#: one of these, an abbreviation's full stop also ended the sentence
#: ("in the U.S. Then" -> "in the US. Then"; but "U.S. Army" -> "US Army").
SENTENCE_STARTERS: frozenset[str] = frozenset(
    """A About According Additionally After Also Although An And Another As At
    Before Both But By Despite During Each Earlier Even For From Further
    Furthermore He Her Here His However I If In Indeed It Its Later
    Meanwhile Moreover My Nevertheless No Nor Now On Once Or Our
    Since So Some Still Such That The Their Then There Therefore These
    They This Those Though Thus To Until We What When Where Whether
    Which While Who Why With Yet You""".split()
)
# Not in the table, though they start sentences: words that also follow
# "U.S." in names ("U.S. Under Secretary", "U.S. One", "U.S. Most Wanted").

# --------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------


def _char_class(chars: str) -> str:
    return "[" + "".join(regex.escape(c, special_only=False) for c in sorted(chars)) + "]"


def occurrences(text: str, sub: str) -> Iterator[int]:
    """Every position where `sub` starts in `text`, left to right."""
    pos = text.find(sub)
    while pos >= 0:
        yield pos
        pos = text.find(sub, pos + 1)


class _Translation:
    """A rule that replaces runs of table characters by their table values.

    Each table character is looked for with `str.find`, which skips clean
    text many times faster than a regular expression can scan it; most
    texts hold none of a table's characters.
    """

    def __init__(self, table: Mapping[str, str]) -> None:
        self.chars = tuple(table)
        self.table = str.maketrans(dict(table))

    def __call__(self, text: str) -> list[Change]:
        present = [c for c in self.chars if c in text]
        if not present:
            return []
        positions = sorted(p for c in present for p in occurrences(text, c))
        changes = []
        start = end = positions[0]
        for p in positions:
            if p != end:  # a run ends: consecutive table characters are one change
                changes.append(Change(start, end, text[start:end].translate(self.table)))
                start = p
            end = p + 1
        changes.append(Change(start, end, text[start:end].translate(self.table)))
        return changes

    def __reduce__(self) -> tuple[object, ...]:
        return (_Translation, ({chr(k): v for k, v in self.table.items()},))


_ANCHOR = regex.compile(r"[A-Za-z0-9]++")


def _aligned(offset: int, before: str, after: str) -> list[Change]:
    """Changes for a rewrite that keeps ASCII letters and digits in order.

    Mojibake repair rewrites only non-ASCII stretches, so the ASCII
    alphanumeric runs of `before` and `after` anchor an exact alignment and
    each repaired stretch becomes its own change. Falls back to one change.
    """
    anchors_b = [(m.start(), m.end()) for m in _ANCHOR.finditer(before)]
    anchors_a = [(m.start(), m.end()) for m in _ANCHOR.finditer(after)]
    if [before[s:e] for s, e in anchors_b] != [after[s:e] for s, e in anchors_a]:
        return [trimmed(offset, before, after)]
    changes = []
    gb = ga = 0  # start of the current gap in before / after
    for (sb, eb), (sa, ea) in [
        *zip(anchors_b, anchors_a, strict=True),
        ((len(before), len(before)), (len(after), len(after))),
    ]:
        if before[gb:sb] != after[ga:sa]:
            changes.append(trimmed(offset + gb, before[gb:sb], after[ga:sa]))
        gb, ga = eb, ea
    return changes


# --------------------------------------------------------------------------
# Rules, in pipeline order
# --------------------------------------------------------------------------

# An entity, after any number of "&amp;" layers (double-escaped scrapes):
# "&amp;#8217;" is one entity, decoded all the way, so a second pass finds
# nothing left to decode.
_ENTITY = regex.compile(
    r"&(?:amp;|#0*+38;|#[xX]0*+26;)*"
    r"(?P<ref>#[0-9]{1,7}+;|#[xX][0-9a-fA-F]{1,6}+;|[A-Za-z][A-Za-z0-9]{1,31}+;)"
)


def entities(text: str) -> list[Change]:
    """Decode HTML character references: `&amp;`, `&#8217;`, `&quot;`, `&nbsp;`.

    Only complete references (with `;`) that name a real character are
    decoded; `AT&T`, `&bogus;` and `&#0;` stay as written.
    """
    if "&" not in text:
        return []
    changes = []
    for m in _ENTITY.finditer(text):
        # Every "&amp;" layer decodes to "&", so the chain is its last reference,
        # which stays as written when it names no character ("&amp;bogus;").
        ref = "&" + m["ref"]
        # A named reference only as HTML5 names it: html.unescape would also
        # read "&ampquot;" as "&" + "quot;", which a second pass decodes again.
        after = html.unescape(ref) if ref[1] == "#" or ref[1:] in html5 else ref
        if after == ref or not after or "\ufffd" in after:
            after = ref
        if after != m[0]:
            changes.append(Change(m.start(), m.end(), after))
    return changes


def has_entity(text: str) -> bool:
    """Whether `text` holds a reference that `entities` decodes: removing a
    control or an invisible character may join one (`&<NUL>amp;`)."""
    return bool(entities(text))


def _mojibake_sign() -> regex.Pattern[str]:
    # A UTF-8 lead byte followed by a continuation byte, both read as
    # Latin-1 or Windows-1252 ("â€™" for ’, "Ã©" for é), or read as
    # Windows-1251 ("вЂ™" for ’, "РЎ" for С). For Windows-1251 only the lead
    # bytes of Cyrillic and punctuation count: every Cyrillic letter is some
    # lead byte there, and real Russian ("всё") must not look like mojibake.
    def chars(codes: Iterable[int], encoding: str) -> set[str]:
        out = set()
        for b in codes:
            with contextlib.suppress(UnicodeDecodeError):
                out.add(bytes([b]).decode(encoding))
        return out

    cont = range(0x80, 0xC0)
    latin = chars(range(0xC2, 0xF5), "latin-1"), chars(cont, "latin-1") | chars(cont, "cp1252")
    cyrillic = chars((0xD0, 0xD1, 0xE2), "cp1251"), chars(cont, "cp1251")
    return regex.compile(
        "|".join(
            _char_class("".join(lead)) + _char_class("".join(c)) for lead, c in (latin, cyrillic)
        )
    )


_MOJIBAKE_SIGN = _mojibake_sign()

# ftfy repairs encodings only; quotes, widths, ligatures, line breaks, entities
# and normalisation are normcorp's own rules, recorded as their own edits.
_FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,
    remove_terminal_escapes=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    fix_surrogates=False,
    remove_control_chars=False,
    normalization=None,
    explain=False,
)


def _mojibake_leads() -> tuple[str, ...]:
    # Every sign starts with one of these; most texts hold none of them.
    leads = {chr(b) for b in range(0xC2, 0xF5)}
    leads.update(bytes([b]).decode("cp1251") for b in (0xD0, 0xD1, 0xE2))
    return tuple(sorted(leads))


_MOJIBAKE_LEADS = _mojibake_leads()


def _may_hold_mojibake(text: str) -> bool:
    return not text.isascii() and any(c in text for c in _MOJIBAKE_LEADS)


def has_mojibake_sign(text: str) -> bool:
    """Whether `text` holds a sign of mojibake that `mojibake` should judge."""
    return _may_hold_mojibake(text) and _MOJIBAKE_SIGN.search(text) is not None


def mojibake(text: str) -> list[Change]:
    """Repair mojibake with ftfy: `Mikdadâ€™s` -> `Mikdad’s`.

    ftfy runs only on lines where a cheap scan sees a mojibake sign, so clean
    text pays one regex search for it.
    """
    changes: list[Change] = []
    if not _may_hold_mojibake(text):
        return changes  # the search below would scan the text for nothing
    pos = 0
    while (m := _MOJIBAKE_SIGN.search(text, pos)) is not None:
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        line = text[start:end]
        fixed = ftfy.fix_text(line, _FTFY_CONFIG)
        if fixed != line:
            changes.extend(_aligned(start, line, fixed))
        pos = end
    return changes


_NON_ASCII_RUN = regex.compile(r"[\x00-\x7f]?[^\x00-\x7f]++")


def nfc(text: str) -> list[Change]:
    """Compose characters to Unicode NFC: `e` + combining acute -> `é`.

    A run of over 30 combining marks stays as written (see `_stream_safe`).
    """
    if unicodedata.is_normalized("NFC", text):
        return []
    changes = []
    for m in _NON_ASCII_RUN.finditer(text):
        span = m[0]
        if unicodedata.is_normalized("NFC", span):
            continue
        for start, piece in _stream_safe(m.start(), span):
            if not unicodedata.is_normalized("NFC", piece):
                changes.append(trimmed(start, piece, unicodedata.normalize("NFC", piece)))
    return changes


# More than 30 combining marks in a row is not "stream-safe" text (UAX #15):
# no script needs it, and CPython orders them in quadratic time.
_UNSAFE_MARKS = regex.compile(r"\P{ccc=0}{31,}+")


def _stream_safe(offset: int, span: str) -> list[tuple[int, str]]:
    """The parts of `span` to compose, at their offsets: all of it, or what
    lies between runs of over 30 combining marks, which stay as written."""
    if len(span) <= 30 or _UNSAFE_MARKS.search(span) is None:
        return [(offset, span)]
    parts, pos = [], 0
    for m in _UNSAFE_MARKS.finditer(span):
        parts.append((offset + pos, span[pos : m.start()]))
        pos = m.end()
    parts.append((offset + pos, span[pos:]))
    return [(start, part) for start, part in parts if part]


fold = _Translation(FOLDS)
fold.__doc__ = "Fold ligatures and full-width ASCII: `ﬁ` -> `fi`, `Ｓ` -> `S`."

invisible = _Translation(INVISIBLE)
invisible.__doc__ = "Remove zero-width characters, soft hyphens and bidirectional marks."

control = _Translation(CONTROLS)
control.__doc__ = "Remove control characters other than tab and line breaks (NUL, ESC, C1)."

space = _Translation(SPACES)
space.__doc__ = "Make every other space character (NBSP, thin, ideographic) a plain space."

_quote_chars = _Translation(QUOTES)
_APOSTROPHE_LOOKALIKE = regex.compile(
    r"(?<=\p{L})" + _char_class(APOSTROPHE_LOOKALIKES) + r"(?=\p{L})"
)


def has_apostrophe_lookalike(text: str) -> bool:
    """Whether an accent typed for an apostrophe stands between two letters:
    a later rule can bring it there (`U.S.`U.S.` -> `US`U.S.`)."""
    return (
        any(c in text for c in APOSTROPHE_LOOKALIKES)
        and _APOSTROPHE_LOOKALIKE.search(text) is not None
    )


def quotes(text: str) -> list[Change]:
    """Straighten quotes: `“ ” „ « »` -> `"`, `‘ ’ ‚ ‹ ›` -> `'`, `Cuba´s` -> `Cuba's`."""
    changes = _quote_chars(text)
    if not any(c in text for c in APOSTROPHE_LOOKALIKES):
        return changes
    extra = [Change(m.start(), m.end(), "'") for m in _APOSTROPHE_LOOKALIKE.finditer(text)]
    return sorted(changes + extra) if extra else changes


dashes = _Translation(DASHES)
dashes.__doc__ = "Make dashes and minus signs `-`: `–` `—` `−` -> `-`."

ellipsis = _Translation(ELLIPSES)
ellipsis.__doc__ = "Spell out the ellipsis character: `…` -> `...`."


class Abbreviations:
    """Canonical abbreviations: `U.S.` -> `US`, `U.N.` -> `UN`; a sentence that
    ends with one keeps its full stop (`in the U.S. Then` -> `in the US. Then`).

    Built from a table (default `ABBREVIATIONS`) and the words that start a
    sentence (`SENTENCE_STARTERS`); calling it runs the rule.
    """

    def __init__(
        self,
        table: Mapping[str, str] = ABBREVIATIONS,
        starters: frozenset[str] = SENTENCE_STARTERS,
    ) -> None:
        self.table = dict(table)
        self.starters = frozenset(starters)
        for dotted in self.table:
            if not dotted.endswith(".") or regex.search(r"\s", dotted):
                raise ValueError(f"abbreviation {dotted!r} must end with '.' and hold no space")
        alternatives = "|".join(regex.escape(k) for k in sorted(self.table, key=len, reverse=True))
        # Not inside a longer token: no letter, digit or dot before it and no
        # hyphen after it ("U.S.-made", "U.S.S.R." and "3.5" stay as they
        # are; "pro-U.S." and a dateline's "SANA-U.S. forces" do not), and no
        # combining mark after it, which would land on the last letter.
        self.pattern = (
            regex.compile(
                rf"(?<![\p{{L}}\p{{N}}.])(?:{alternatives})(?![\p{{L}}\p{{M}}\p{{N}}.\-])"
                # What follows decides whether the full stop also ends a sentence.
                r"(?=(?P<close>[\"')\]]*+)(?P<next>\s*+\p{L}*+))"
            )
            if self.table
            else None
        )

    def __reduce__(self) -> tuple[object, ...]:
        return (Abbreviations, (self.table, self.starters))

    def __call__(self, text: str) -> list[Change]:
        if self.pattern is None or not any(k in text for k in self.table):
            return []
        changes = []
        for m in self.pattern.finditer(text):
            canonical = self.table[m[0]]
            if self._ends_sentence(m, len(text)):
                canonical += "."
            changes.append(Change(m.start(), m.end(), canonical))
        return changes

    def _ends_sentence(self, m: regex.Match[str], size: int) -> bool:
        following = m["next"]
        word = following.lstrip()
        gap = following[: len(following) - len(word)]
        if m.end("next") == size and not word:
            return True  # the end of the text
        if len(_LINE_BREAK.findall(gap)) >= 2:
            return True  # the end of a paragraph
        if not word:
            return False  # a comma, a digit or an opening quote: it goes on
        if word in self.starters:
            # "U.S. A-10" is a name, not the word "A".
            return m.string[m.end("next") : m.end("next") + 1] not in ("-", ".")
        # A closing quote or bracket, then a capital: the quotation ended.
        return bool(m["close"]) and word[0].isupper()


abbrev = Abbreviations()


# A lowercase word broken across lines with a hyphen: "recon-\nstruction".
_HYPHEN_BREAK = regex.compile(
    r"(?<=\p{Ll})-[ \t]*+(?:\r\n|[\n\r\v\f\x85\u2028\u2029])[ \t]*+(?=\p{Ll})"
)


def has_hyphen_break(text: str) -> bool:
    """Whether a word is still hyphenated at a line break: removing a line
    between its halves (a byline) brings them together."""
    return "-" in text and _HYPHEN_BREAK.search(text) is not None


def hyphenation(text: str) -> list[Change]:
    """Join words hyphenated at a line break: `recon-\\nstruction` -> `reconstruction`."""
    if "-" not in text:
        return []
    return [Change(m.start(), m.end(), "") for m in _HYPHEN_BREAK.finditer(text)]


_LINE_BREAK = regex.compile(r"\r\n|[\n\r\v\f\x85\u2028\u2029]")
#: What `text.whitespace` lays out: spaces, tabs and line breaks.
_SPACE = " \t\n\r\v\f\x85\u2028\u2029"
#: Where a stretch of whitespace is not yet laid out: the rest is one space
#: between words, one "\n" between lines or "\n\n" between paragraphs.
_UNTIDY = ("  ", " \n", "\n ", "\n\n\n", "\t", "\r", "\v", "\f", "\x85", "\u2028", "\u2029")


def whitespace(text: str) -> list[Change]:
    """Lay out lines and paragraphs: one space between words, lines stripped,
    paragraphs separated by one blank line, one final newline, and `""` for
    text that is all space."""
    # The untidy stretches are found with `str.find`, which is many times
    # faster than scanning every character with a pattern.
    if not text:
        return []
    changes = []
    size = len(text)
    stretches = [p for sub in _UNTIDY for p in occurrences(text, sub)]
    if text[0] in _SPACE:
        stretches.append(0)
    if text[-1] in _SPACE:
        stretches.append(size - 1)
    done = -1  # end of the last stretch laid out
    for p in sorted(stretches):
        if p < done:
            continue
        start, end = p, p
        while start > 0 and text[start - 1] in _SPACE:
            start -= 1
        while end < size and text[end] in _SPACE:
            end += 1
        done = end
        stretch = text[start:end]
        if start == 0:
            after = ""
        elif end == size:
            after = "\n"
        else:
            # U+2029 separates paragraphs: it counts as two line breaks.
            breaks = len(_LINE_BREAK.findall(stretch)) + stretch.count("\u2029")
            after = " " if breaks == 0 else "\n" if breaks == 1 else "\n\n"
        if stretch != after:
            changes.append(Change(start, end, after))
    if text[-1] not in _SPACE:
        changes.append(Change(size, size, "\n"))
    return changes
