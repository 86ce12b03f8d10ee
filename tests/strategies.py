"""Hypothesis strategies for scraped text: arbitrary str, biased towards the
characters and fragments the rules act on."""

from hypothesis import strategies as st

from normcorp import text as t

SPECIAL_CHARS = (
    "".join([*t.QUOTES, *t.DASHES, *t.ELLIPSES, *t.SPACES, *t.INVISIBLE, *t.CONTROLS, *t.FOLDS])
    + "\r\n\t\v\f\x85\u2028\u2029\u0301\u0308\u00b4`&;#.-'\""
    + "ÃâÂ€™œ©"
)

FRAGMENTS = [
    "U.S.",
    "U.K.",
    "U.N.",
    "U.S.A.",
    "E.U.",
    "U.A.E.",
    "U.S.-made",
    " Then",
    " Army",
    "&amp;",
    "&#8217;",
    "&quot;",
    "&nbsp;",
    "&amp;amp;",
    "&#38;lt;",
    "&bogus;",
    "AT&T",
    "Mikdadâ€™s",
    "cafÃ©",
    "â€œquotedâ€\x9d",
    "Ã ",
    "вЂ™",
    "recon-\nstruction",
    "-\n",
    " \n \n ",
    "\r\n",
    "\n\n\n",
    "  ",
    "\t",
    "Damascus, SANA-",
    " date 2022-02-24 ",
    "O'Brien",
    "3.5",
    "e\u0301",
    "ﬁ",
    "Ｓ",
]

scraped_text = st.one_of(
    st.text(),
    st.lists(
        st.one_of(
            st.sampled_from(FRAGMENTS),
            st.text(alphabet=st.sampled_from(SPECIAL_CHARS), max_size=4),
            st.text(max_size=8),
            st.from_regex(r"[A-Za-z]{1,8}", fullmatch=True),
        ),
        max_size=40,
    ).map("".join),
)


# Running text as wire stories write it: sentences of common words and
# capitalised names, ending in a full stop.
WORDS = (
    "the of and to in that is for on with as by was said minister talks "
    "government forces region security relations between countries support "
    "meeting stressed affirmed visit war peace people state council report "
    "continue will has have been are were officials agreement the the of of"
).split()
NAMES = "Syria Russia Damascus Moscow Mekdad Shoigu Putin Gaza Ankara Tehran NATO".split()


@st.composite
def sentences(draw) -> str:
    words = draw(
        st.lists(st.one_of(st.sampled_from(WORDS), st.sampled_from(NAMES)), min_size=5, max_size=25)
    )
    first = draw(st.sampled_from([*NAMES, "The", "He", "Officials"]))
    return " ".join([first, *words]) + draw(st.sampled_from([".", ".", ".", "?", "!"]))


paragraphs = st.lists(sentences(), min_size=1, max_size=4).map(" ".join)


def articles(min_paragraphs: int = 1) -> st.SearchStrategy[str]:
    """Canonical story text: paragraphs of sentences, one blank line apart."""
    return st.lists(paragraphs, min_size=min_paragraphs, max_size=6).map(
        lambda ps: "\n\n".join(ps) + "\n"
    )
