"""The seeds: one SANA story as SANA published it (000) and as a crawler
republished it (001)."""

import regex

import normcorp

# Where the crawler's copy was reworded, it is put back into SANA's words,
# keeping the crawler's typography and spelling of names: what remains is
# what normcorp must make equal.
EDITORIAL = [
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
    # SANA's copy: headline, then the story; the crawler's: its own lede,
    # then the story. From the story's first paragraph on they match, but
    # for SANA's dateline, its editor and the teaser, which normcorp drops.
    assert canon_sana[0] == "Syrian-Russian coordination strategic and continuous, Mekdad affirms"
    story_sana, story_crawled = canon_sana[1:], canon_crawled[1:]
    assert len(story_crawled) == 9
    assert story_sana[: len(story_crawled)] == story_crawled
    # As scraped, all but one of them differed (names, U.S./US, "in\u00a0
    # al-Tanf", the dateline); the one was only reworded ("He added, ").
    differing = sum(a != b for a, b in zip(raw_sana[1:10], raw_crawled[1:10], strict=True))
    assert differing == 8


def test_seed_typography(seeds):
    sana, crawled = (normcorp.normalize(s) for s in seeds)
    assert "Mekdad's remarks" in sana.text and "Mikdad" not in sana.text
    assert '"ISIS"' in sana.text
    assert "in Al-Tanf region" in sana.text
    assert "U.S." not in crawled.text and "the US presence" in crawled.text
    assert not regex.search(r"[\u2018\u2019\u201c\u201d\u00a0\u2026]", sana.text + crawled.text)
    for doc in (sana, crawled):
        assert doc.restore() == doc.original
        assert {p for e in doc.edits for p in e.rule.split("+")} <= set(normcorp.Normalizer().rules)
