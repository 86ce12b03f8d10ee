"""The seeds: one SANA story as SANA published it (000) and as a crawler
republished it (001)."""

import regex

import normcorp

# Where the crawler's copy was reworded, it is put back into SANA's words
# (and SANA's spelling of the minister), keeping the crawler's typography:
# what remains is what the text rules must make equal.
EDITORIAL = [
    ("Mekdad", "Mikdad"),
    ("He added, \u201c", "He added \u201c"),
    ("threaten Russian", "threaten the Russian"),
    ("offending it, in a fashion similar", "offending it similar"),
    ("and international law", "and the international law"),
    ("in the al-Tanf", "in al-Tanf"),
    ("villages, and towns", "villages and towns"),
]


def paragraphs(text: str) -> list[str]:
    return text.strip("\n").split("\n\n")


def test_copies_differing_only_in_typography_become_identical(seeds):
    sana, crawled = seeds
    for old, new in EDITORIAL:
        assert old in crawled
        crawled = crawled.replace(old, new)
    raw_sana = paragraphs(sana)
    raw_crawled = paragraphs(crawled)
    canon_sana = paragraphs(normcorp.normalize(sana).text)
    canon_crawled = paragraphs(normcorp.normalize(crawled).text)
    # From the third paragraph on, the crawler's copy follows SANA's.
    shared = range(2, len(raw_crawled))
    assert len(shared) == 8
    differing = 0
    for i in shared:
        differing += raw_sana[i] != raw_crawled[i]
        assert canon_sana[i] == canon_crawled[i]
    # U.S./US, "in\u00a0 al-Tanf", and the trailing blank lines really differ.
    assert differing >= 2


def test_seed_typography(seeds):
    sana, crawled = (normcorp.normalize(s) for s in seeds)
    assert "Mikdad's remarks" in sana.text
    assert '"ISIS"' in sana.text
    assert "in al-Tanf" in sana.text
    assert "U.S." not in crawled.text and "the US presence" in crawled.text
    assert not regex.search(r"[\u2018\u2019\u201c\u201d\u00a0\u2026]", sana.text + crawled.text)
    for doc in (sana, crawled):
        assert doc.restore() == doc.original
        assert {p for e in doc.edits for p in e.rule.split("+")} <= set(normcorp.Normalizer().rules)
