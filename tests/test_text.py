"""The text.* rules, each on real examples and on what it must not touch.

Each case runs through the whole pipeline with every other text rule but
text.whitespace switched off, so the case shows what that one rule does.
"""

import pytest
from checks import check_once

from normcorp import Normalizer, normalize
from normcorp.pipeline import build_rules

ALL_RULES = [r.name for r in build_rules()]
RULES = [r for r in ALL_RULES if r.startswith("text.")]


def only(rule: str) -> Normalizer:
    return Normalizer(disable=[r for r in ALL_RULES if r not in (rule, "text.whitespace")])


CASES = {
    "text.entities": [
        ("AT&amp;T", "AT&T"),
        ("the country&#8217;s", "the country\u2019s"),
        ("&quot;Moscow&quot;", '"Moscow"'),
        ("in&nbsp;Damascus", "in\u00a0Damascus"),
        ("&#x201C;Hi&#x201d;", "\u201cHi\u201d"),
        # Double-escaped by a scraper: decoded all the way, in one edit.
        ("Q&amp;amp;A", "Q&A"),
        ("&amp;#8217;", "\u2019"),
        ("&amp;bogus; &amp;amp;#0;", "&bogus; &#0;"),
        # Not entities, or not characters: left alone.
        ("AT&T", "AT&T"),
        ("R&D; costs", "R&D; costs"),
        ("&bogus; &#0; &#xD800; &amp", "&bogus; &#0; &#xD800; &amp"),
        ("&nbsp without semicolon", "&nbsp without semicolon"),
    ],
    "text.mojibake": [
        ("Mikdad\u00e2\u20ac\u2122s remarks", "Mikdad\u2019s remarks"),
        ("caf\u00c3\u00a9 in Beirut", "caf\u00e9 in Beirut"),
        ("\u00e2\u20ac\u0153ISIS\u00e2\u20ac\x9d", "\u201cISIS\u201d"),
        ("Syria\u00e2\u20ac\u2122s and Putin\u00e2\u20ac\u2122s", "Syria\u2019s and Putin\u2019s"),
        # Real accented, Arabic and Cyrillic text is not mojibake.
        ("na\u00efve caf\u00e9 \u00c0 la carte", "na\u00efve caf\u00e9 \u00c0 la carte"),
        (
            "\u0633\u0627\u0646\u0627 \u0432\u0441\u0451 \u0445\u043e\u0440\u043e\u0448\u043e",
            "\u0633\u0627\u0646\u0627 \u0432\u0441\u0451 \u0445\u043e\u0440\u043e\u0448\u043e",
        ),
        ("Citro\u00ebn \u00a9 2022", "Citro\u00ebn \u00a9 2022"),
    ],
    "text.control": [
        ("a\x00b\x1bc\x7fd", "abcd"),
        ("tab\tkept", "tab kept"),  # whitespace, not control, handles tabs
    ],
    "text.invisible": [
        ("Mek\u200bdad", "Mekdad"),
        ("\ufeffDamascus", "Damascus"),
        ("recon\u00adstruction", "reconstruction"),
        ("Gaza\u200e Strip\u200f", "Gaza Strip"),
    ],
    "text.fold": [
        ("\ufb01eld of \ufb02ight", "field of flight"),
        ("\uff33\uff21\uff2e\uff21\uff01", "SANA!"),
        ("\u0627\u0644\u0623\u0633\u062f", "\u0627\u0644\u0623\u0633\u062f"),
    ],
    "text.nfc": [
        ("Mahmoud Abbas in Ramalla\u0301h", "Mahmoud Abbas in Ramall\u00e1h"),
        ("Citroe\u0308n", "Citro\u00ebn"),
        ("Citro\u00ebn", "Citro\u00ebn"),
    ],
    "text.space": [
        ("in\u00a0 al-Tanf", "in al-Tanf"),  # seed 000: NBSP and a space
        ("10\u202f000 people", "10 000 people"),
        ("a\u2009b\u3000c", "a b c"),
    ],
    "text.quotes": [
        ("\u201cMy last visit\u201d", '"My last visit"'),
        ("Mikdad\u2019s", "Mikdad's"),
        ("\u00abSANA\u00bb \u201eTASS\u201c \u2018Xinhua\u2019", '"SANA" "TASS" \'Xinhua\''),
        ("a 5\u2032 wall", "a 5' wall"),
        ("Cuba\u00b4s and Havana`s", "Cuba's and Havana's"),
        # Already plain, or not an apostrophe: untouched.
        ('O\'Brien said "no"', 'O\'Brien said "no"'),
        ("\u00b4tis and `code` here", "\u00b4tis and `code` here"),
    ],
    "text.dashes": [
        ("Damascus ,SANA \u2013 the", "Damascus ,SANA - the"),
        ("WASHINGTON (AP) \u2014 The", "WASHINGTON (AP) - The"),
        ("\u22125 degrees", "-5 degrees"),
        ("co\u2010operation", "co-operation"),
    ],
    "text.ellipsis": [
        ("in the \u2026", "in the ..."),
        ("wait...", "wait..."),
    ],
    "text.abbrev": [
        ("the U.S. presence", "the US presence"),
        ("the U.K. and the U.N. Charter", "the UK and the UN Charter"),
        ("U.S.A. and U.A.E. and E.U.", "USA and UAE and EU."),
        ("U.S. Army", "US Army"),
        ("in the U.S. Then he left", "in the US. Then he left"),
        ("in the U.S. The talks", "in the US. The talks"),
        ("to the U.S.\n\nThe talks", "to the US.\n\nThe talks"),
        ("ties with the U.S.", "ties with the US."),
        ('"We trust the U.S." He said', '"We trust the US." He said'),
        ("the U.S., Russia", "the US, Russia"),
        ("the U.S. 5th Fleet", "the US 5th Fleet"),
        ("U.S.'s role", "US's role"),
        ("the U.S. Under Secretary", "the US Under Secretary"),
        ("a U.S. A-10 jet", "a US A-10 jet"),
        ("ties with the U.S.\n\nRussia said", "ties with the US.\n\nRussia said"),
        ("ties with the U.S.\nRussia said", "ties with the US\nRussia said"),
        # Inside longer tokens: untouched.
        ("U.S.-made weapons", "U.S.-made weapons"),
        ("the U.S.S.R. fell", "the U.S.S.R. fell"),
        ("grew 3.5 percent", "grew 3.5 percent"),
        ("AU.S. and SU.N.", "AU.S. and SU.N."),
        ("T.V. channels", "T.V. channels"),
    ],
    "text.hyphenation": [
        ("recon-\nstruction", "reconstruction"),
        ("recon- \n  struction", "reconstruction"),
        ("recon-\r\nstruction", "reconstruction"),
        # Not both lowercase letters, or not a single line break.
        ("Syrian-\nRussian", "Syrian-\nRussian"),
        ("talks -\nwhich", "talks -\nwhich"),
        ("end-\n\nstart", "end-\n\nstart"),
        ("well-known", "well-known"),
    ],
    "text.whitespace": [
        ("a  b\t\tc", "a b c\n"),
        ("  lead\ntrail  \n", "lead\ntrail\n"),
        ("one\r\ntwo\rthree", "one\ntwo\nthree\n"),
        ("para one\n\n\n\npara two", "para one\n\npara two\n"),
        ("para one\n \t \npara two\n\n\n", "para one\n\npara two\n"),
        ("line one\nline two", "line one\nline two\n"),
        ("a\u2029b\u2028c", "a\n\nb\nc\n"),
        ("", ""),
        ("   \n\t\n  ", ""),
        ("done\n", "done\n"),
    ],
}


@pytest.mark.parametrize(
    ("rule", "before", "after"),
    [(rule, b, a) for rule, cases in CASES.items() for b, a in cases],
)
def test_rule(rule, before, after):
    doc = only(rule)(before)
    expected = after if after == "" or after.endswith("\n") else after + "\n"
    assert doc.text == expected
    assert doc.restore() == before
    changed = {part for e in doc.edits for part in e.rule.split("+")} - {"text.whitespace"}
    assert changed <= {rule}


def test_every_rule_has_cases():
    assert set(CASES) == set(RULES)


def test_mojibake_and_quotes_make_one_edit():
    doc = Normalizer(disable=["names"])("Mikdad\u00e2\u20ac\u2122s remarks\n")
    assert doc.text == "Mikdad's remarks\n"
    assert [(e.rule, e.before, e.after) for e in doc.edits] == [
        ("text.mojibake+text.quotes", "\u00e2\u20ac\u2122", "'")
    ]


def test_entity_and_space_make_one_edit():
    doc = Normalizer()("in&nbsp;Damascus\n")
    assert [(e.rule, e.after) for e in doc.edits] == [("text.entities+text.space", " ")]


@pytest.mark.parametrize(
    ("text", "once"), [("&\x00amp;", "&\n"), ("&am\u200bp;", "&\n"), ("x &\x1bquot;", 'x "\n')]
)
def test_a_reference_joined_by_a_later_rule_is_decoded_in_the_same_run(text, once):
    check_once(text, once)


def test_abbreviation_table_is_extensible():
    from normcorp.text import ABBREVIATIONS

    n = Normalizer(abbreviations={**ABBREVIATIONS, "D.C.": "DC"})
    assert n("Washington, D.C. and the U.S.").text == "Washington, DC and the US.\n"


def test_abbreviation_table_rejects_what_it_cannot_match():
    with pytest.raises(ValueError, match="must end with"):
        Normalizer(abbreviations={"U S": "US"})


def test_an_accent_that_abbrev_brings_between_letters_becomes_an_apostrophe_at_once():
    once = normalize("U.S.`U.S.").text
    assert normalize(once).text == once
