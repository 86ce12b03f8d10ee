"""Hypothesis strategies for large scraped documents: thousands of pieces.

Why: the strategies of `strategies.py` make texts of a few dozen pieces,
enough for the character rules but not for what only a whole page holds:
a teaser after twenty paragraphs, a byline under a date line, a dateline in
the third paragraph, the same name spelled three ways far apart, a block
pasted a hundred times. These build texts of up to tens of thousands of
characters from the same realistic pieces, plus the lines that wire pages
put around a story, so that the pipeline's invariants are checked where the
wire and names rules have something to find.

Hypothesis can draw only so many choices for one example, so size comes
from pieces that are whole lines or sentences, and from repeating a block,
rather than from drawing every character.
"""

from __future__ import annotations

from hypothesis import strategies as st
from strategies import FRAGMENTS, NAMES, SPECIAL_CHARS, WORDS, sentences

#: Lines and prefixes that wire pages put around a story, and names in the
#: spellings the gazetteer maps (each ends where the next piece may start).
WIRE_PIECES = [
    "Damascus, SANA- ",
    "BEIRUT, Feb 24 (Reuters) - ",
    "Beijing, Feb. 24 (Xinhua) -- ",
    "RIYADH: ",
    "Moscow /TASS/. ",
    " date 2022-02-24 ",
    "Published: 3 November 2020\n",
    "Updated 21 July 2020 | 10:15 GMT\n",
    "Tuesday, 3 November 2020\n",
    "By Jane Doe\n",
    "By Ruaa al-Jazaeri and Mazen Eyon\n",
    "(Reporting by Jane Doe in Beirut; Editing by John Roe)\n",
    "Ruaa al-Jazaeri\n",
    "Check Also\n",
    "Read Also:\n",
    "Related Posts\n",
    "Tags: Syria, Russia\n",
    "Share this:\n",
    "Leave a Reply Cancel reply\n",
    "Your email address will not be published. Required fields are marked *\n",
    "\u00a9 SANA 2022. All rights reserved\n",
    "Home > News > World\n",
    "You are here: Home\n",
    "13 Palestinians martyred on the 286th day of the aggression on Gaza Strip\n",
    "Occupied Jerusalem, SANA-13 Palestinians were martyred \u2026\n",
    "Syrian-Russian Coordination Strategic And Continuous, Mikdad Affirms\n",
    "Fayssal Mikdad",
    "Dr. Faisal al-Mekdad",
    "Mikdad said",
    "Mekdad\u2019s",
    "Bashar al-Assad",
    "Sergei Shoigu",
    "Shoygu",
    "Lugansk",
    "Deir Ezzor",
    "Hizbollah",
    "the Gaza Strip",
    "Strait of Hormuz",
    "Abdel Fattah el-Sisi",
    "al-Suriya and al-Ikhbariya",
]

_SEPARATORS = [" ", " ", " ", "\n", "\n\n", "\n\n", ". ", ", ", "\r\n", "\n\n\n"]

#: One piece of a large document: a fragment, a wire line, a word, a
#: separator, a few special characters or a sentence.
piece = st.one_of(
    st.sampled_from(FRAGMENTS + WIRE_PIECES),
    st.sampled_from(_SEPARATORS),
    st.sampled_from(WORDS + NAMES).map(lambda w: w + " "),
    st.text(alphabet=st.sampled_from(SPECIAL_CHARS), max_size=4),
    sentences(),
)

#: A block pasted several times, as scrapers and templates repeat them.
_repeated = st.tuples(
    st.lists(piece, min_size=1, max_size=12).map("".join), st.integers(1, 200)
).map(lambda block_times: block_times[0] * block_times[1])

#: Large scraped documents: up to two hundred pieces and repeated blocks,
#: often tens of thousands of characters.
large_scraped_text = st.lists(st.one_of(piece, piece, _repeated), min_size=5, max_size=200).map(
    "".join
)

# Any code point, and lone surrogates often enough to matter: a JSON Lines
# record may hold one ("\ud800"), and the text must survive it.
_any_char = st.one_of(st.characters(), st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF))

#: Any str at all, made large by long draws and by repeating stretches.
large_any_text = st.lists(
    st.one_of(
        st.text(_any_char, max_size=2000),
        st.tuples(st.text(_any_char, max_size=40), st.integers(1, 300)).map(
            lambda text_times: text_times[0] * text_times[1]
        ),
    ),
    min_size=1,
    max_size=40,
).map("".join)
