"""No rule is super-linear: hostile input costs in proportion to its size.

Each shape of `adversarial.SHAPES` is normalised by the full default
pipeline at `n` and at `4 * n` characters; the large input must cost under
6 times the small one (CPU time, median of 3 runs each, every run with a
Normalizer of its own). Linear work gives about 4, `n log n` a little more,
quadratic work 16. The 10 MB document of the issue is compared with a
2.5 MB one, one run each. Each shape, small, must also keep the edit record
and normalise to a fixed point.

Sizes: `n` is chosen per shape so that the small input takes some tens of
milliseconds, far above the fixed cost of a call (about 0.1 ms), and the
module runs in about a minute on two shared cores, 15 s of it for the
10 MB document. Shapes whose every character costs a lot (mojibake, an
edit or a name every few characters) run smaller; degenerate shapes that
the first rules empty out run larger. `NORMCORP_ADVERSARIAL_SCALE=4` (or
any factor) multiplies every size, to look for a quadratic term with a
small constant, such as a scan back to the start of the line from every
mention, which shows only past a megabyte or so.

A ratio over the limit but under twice it is measured again with 5 more
runs, and the runs of both measurements pooled, before the test fails: a
machine shared with other work slows some runs down. Super-linear work
fails both times; a large run over twice the limit is stopped early
(`adversarial.work_ratio`), so a failing shape costs seconds, not minutes.
"""

from __future__ import annotations

import gc
import math
import os
import statistics
from collections.abc import Callable, Iterator

import pytest
from adversarial import SHAPES, Ratio, work_ratio

import normcorp
from normcorp.edits import apply

LIMIT = 6.0
FACTOR = 4
SCALE = float(os.environ.get("NORMCORP_ADVERSARIAL_SCALE", "1"))

DEFAULT_SIZE = 50_000
#: Characters of the small input, where the default does not fit the shape.
SIZES: dict[str, int] = {
    # The issue names a 1 MB line, 100,000 "U.S.", 50,000 "Check Also"
    # lines, 100,000 spaces and 100,000 capitalised words. The large inputs
    # here hold the 50,000 lines and 200,000 spaces; NORMCORP_ADVERSARIAL_SCALE
    # reaches the others: 4 for "U.S.", 5 for the line, 7 for the words.
    "long_line": 50_000,
    "us_repeated": 25_000,
    "check_also_lines": 137_500,
    "spaces": 50_000,
    "capitalised_words": 25_000,
    "many_paragraphs": 25_000,
    # Cheap per character: larger, so that the small run takes some 20 ms.
    "straight_quotes": 500_000,
    "apostrophes": 500_000,
    "short_lines": 500_000,
    "entity_chain": 500_000,
    "date_lines": 250_000,
    "dashes": 250_000,
    "dots": 250_000,
    "al_prefixes": 250_000,
    "combining_marks": 250_000,
    "arabic": 250_000,
    "dash_lines": 200_000,
    "check_also_teasers": 200_000,
    "by_lines": 200_000,
    "breadcrumb_and_by_lines": 50_000,
    "unterminated_entities": 200_000,
    "one_caps_word": 100_000,
    "distinct_names": 100_000,
    "al_words": 50_000,
    "entities": 100_000,
    "datelines_paragraphs": 100_000,
    "trailer_lines": 100_000,
    # Dear per character: an edit, a name or a repaired line every few
    # characters. The small run still takes tens of milliseconds.
    "c0_controls": 12_500,
    "ragged_whitespace": 12_500,
    "title_case_lines": 12_500,
    "names_one_paragraph": 12_500,
    "lone_surnames": 12_500,
    "nbsp_zero_width": 12_500,
    "apostrophe_lookalikes": 12_500,
    "letters_and_marks": 12_500,
    "mojibake_long_line": 25_000,  # at 12,500 its runs (35 ms) measured unsteadily
    "mojibake_lines": 8_000,
    "title_words_run": 10_000,
    "other_names_lone_surnames": 10_000,
    "combining_marks_mixed": 250_000,
    "phrase_names_no_spaces": 4_000,
    "names_no_spaces": 5_000,
}

#: The 10 MB single document of the issue: 2.5 MB against 10 MB, one run
#: each (some 12 s at 1 MB/s).
DOCUMENT_SIZE = 2_500_000


def measure(
    make: Callable[[], Callable[[str], object]],
    shape: Callable[[int], str],
    n: int,
    retry: int = 5,
    **kwargs: object,
) -> Ratio:
    """`work_ratio`, measured again with `retry` more runs when it is over the
    limit, the runs of both measurements pooled: on a machine shared with
    other work, one run in a few can take half as long again as its twin.
    At twice the limit or more (or a large run stopped for its time) it is
    not measured again: noise does not explain that, and a quadratic shape
    would take long for the same answer."""
    r = work_ratio(make, shape, n, factor=FACTOR, limit=LIMIT, **kwargs)
    if retry and LIMIT <= r.ratio < 2 * LIMIT:
        again = work_ratio(make, shape, n, factor=FACTOR, limit=LIMIT, **{**kwargs, "runs": retry})
        if again.ratio == math.inf:
            return again
        small = statistics.median(r.small_runs + again.small_runs)
        large = statistics.median(r.large_runs + again.large_runs)
        r = Ratio(
            large / small,
            small,
            large,
            r.small_runs + again.small_runs,
            r.large_runs + again.large_runs,
        )
    return r


def _size(name: str) -> int:
    return max(1, int(SIZES.get(name, DEFAULT_SIZE) * SCALE))


@pytest.fixture(scope="module", autouse=True)
def _tables_loaded() -> Iterator[None]:
    """Build the shipped gazetteer and the wire patterns before any timing,
    and keep them out of the garbage collector's passes, as `bench/run.py`
    does: a pass over the whole heap then costs what the run allocated, not
    the size of the tables, and no run pays for the gazetteer by chance."""
    normcorp.Normalizer()("Fayssal Mikdad met the U.S. envoy in Damascus.")
    gc.collect()
    gc.freeze()
    yield
    gc.unfreeze()


@pytest.mark.parametrize("name", [s for s in SHAPES if s != "news_document"])
def test_work_grows_linearly(name: str) -> None:
    n = _size(name)
    r = measure(normcorp.Normalizer, SHAPES[name], n, warm_large=False)
    assert r.ratio < LIMIT, f"{name}: {FACTOR}x the input ({n} -> {FACTOR * n} chars) costs {r}"


def test_ten_megabyte_document() -> None:
    """One 10 MB story, as a crawler may deliver a page: 4x costs under 6x."""
    n = int(DOCUMENT_SIZE * SCALE)
    r = measure(
        normcorp.Normalizer,
        SHAPES["news_document"],
        n,
        retry=1,
        runs=1,
        warm_small=False,
        warm_large=False,
    )
    assert r.ratio < LIMIT, f"{FACTOR}x the document ({n} chars) costs {r}"


@pytest.mark.parametrize("name", list(SHAPES))
def test_shape_keeps_the_record_and_normalises_once(name: str) -> None:
    """Hostile shapes, small: no crash, the original restored exactly, and
    normalising the output again changes nothing."""
    n = normcorp.Normalizer()
    for size in (1, 10, 2_000):
        s = SHAPES[name](size)
        doc = n(s)
        assert doc.restore() == s
        assert apply(s, doc.edits) == doc.text
        assert n(doc.text).text == doc.text, f"{name} at {size} chars: not idempotent"


# -- the harness itself ---------------------------------------------------------------


def _rfind_from_every_position(text: str) -> int:
    """Quadratic, as a rule that looks for the start of the line from every
    match would be: each `rfind` scans back to the start of a text that
    holds no newline."""
    return sum(text.rfind("\n", 0, i) for i in range(0, len(text), 32))


def _count_words(text: str) -> int:
    """Linear: one pass over the text."""
    return sum(1 for c in text if c == " ")


def test_the_harness_fails_quadratic_work() -> None:
    # Large enough that the scans, not the loop around them, take the time.
    r = measure(lambda: _rfind_from_every_position, lambda n: "ab" * (n // 2), 200_000)
    assert r.ratio >= LIMIT, r


def test_the_harness_passes_linear_work() -> None:
    r = measure(lambda: _count_words, lambda n: "ab " * (n // 3), 300_000)
    assert r.ratio < LIMIT, r
