"""Assertions that several test modules share."""

from collections.abc import Callable

from normcorp import Document, normalize
from normcorp.edits import apply


def check_record(s: str, doc: Document) -> None:
    """The edit record of `doc` is exact for the input `s`: sorted, disjoint,
    each edit a real change of the original, and it rebuilds both ways."""
    assert doc.original == s
    assert doc.restore() == s
    assert apply(s, doc.edits) == doc.text
    pos = 0
    for e in doc.edits:
        assert pos <= e.start <= e.end <= len(s)
        assert e.before == s[e.start : e.end] != e.after
        pos = e.end


def check_once(text: str, expected: str, norm: Callable[[str], Document] = normalize) -> Document:
    """One run of `norm` makes `expected` of `text`, a second changes nothing,
    and the record rebuilds `text`."""
    doc = norm(text)
    assert doc.text == expected
    assert norm(doc.text).text == doc.text
    assert doc.restore() == text
    return doc
