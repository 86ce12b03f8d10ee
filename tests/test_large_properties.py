"""Invariants of the whole pipeline on large documents.

The property tests of `test_properties.py` draw texts of a few dozen
pieces. These draw whole pages, up to tens of thousands of characters
(`strategies_large.py`): where the wire rules find teasers, bylines and
datelines, names recur far apart, and blocks repeat. For every such text
the edit record rebuilds the original exactly, normalising the output again
changes nothing, and no str at all makes normcorp fail.

They run the profile's number of examples (`HYPOTHESIS_PROFILE=ci`: 1000).
"""

from __future__ import annotations

from checks import check_record
from hypothesis import given
from strategies_large import large_any_text, large_scraped_text

import normcorp

_normalizer = normcorp.Normalizer()


@given(large_scraped_text)
def test_large_documents_keep_the_record_and_normalise_once(s: str) -> None:
    doc = _normalizer(s)
    check_record(s, doc)
    again = _normalizer(doc.text)
    assert again.text == doc.text, "normalising the output again changed it"
    assert again.edits == ()


@given(large_any_text)
def test_any_large_str_normalises_and_restores(s: str) -> None:
    doc = _normalizer(s)
    check_record(s, doc)
    assert _normalizer(doc.text).text == doc.text, "normalising the output again changed it"
