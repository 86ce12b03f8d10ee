"""Hostile input shapes, and a helper that measures how work grows with size.

Why: normcorp reads scraped text it does not control, so no input may make a
rule super-linear: a crawler's 10 MB page, a line of a million dashes or
100,000 capitalised words must cost in proportion to their size. Timing a
test against a wall clock says little on a shared machine; the ratio of the
work on one input and on the same shape four times larger does not depend on
how fast the machine is.

What: `SHAPES` maps a name to a builder `f(n) -> str` that makes about `n`
characters of that shape, deterministically (a builder's output depends on
`n` alone). The test module `test_adversarial.py` checks each shape, and a
benchmark can use them too:

    import adversarial
    text = adversarial.SHAPES["capitalised_words"](1_000_000)
    adversarial.work_ratio(normcorp.Normalizer, adversarial.SHAPES["spaces"], 100_000)

`work_ratio` times a function on a shape at `n` and at `4 * n` characters
(`time.process_time`, the median of a few runs) and returns the ratio.
Linear work gives about 4, quadratic work about 16.

This module must import no test framework and not normcorp itself, so that
a benchmark or a fuzz harness can import it on its own.
"""

from __future__ import annotations

import gc
import math
import random
import signal
import statistics
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import NamedTuple

Builder = Callable[[int], str]

# --------------------------------------------------------------------------
# Building blocks
# --------------------------------------------------------------------------


def repeat(unit: str, n: int) -> str:
    """`unit` repeated to `n` characters (the last copy may be cut short)."""
    return (unit * (n // len(unit) + 1))[:n]


def fill(n: int, unit: Callable[[int], str]) -> str:
    """`unit(0) + unit(1) + ...`, whole units, until at least `n` characters."""
    parts: list[str] = []
    size = 0
    i = 0
    while size < n:
        part = unit(i)
        parts.append(part)
        size += len(part)
        i += 1
    return "".join(parts)


def distinct_word(i: int, letters: str = "bdfgklmnprstvz") -> str:
    """A lowercase word that is different for every `i` (a numeral in letters).

    Shapes take their words from ranges of `i` of their own (`WORDS_APART`
    apart), so that no shape finds its words in caches that another left."""
    out = []
    while True:
        i, r = divmod(i, len(letters))
        out.append(letters[r])
        if i == 0:
            return "".join(out)


#: How far apart the ranges of `distinct_word` that two shapes use start.
WORDS_APART = 14**5


def vowel_run(i: int) -> str:
    """A run of vowels different for every `i`, with no letter doubled and no
    `o` or `y`, so that no transliteration fold makes two of them equal."""
    out = ["a"]
    i += 1
    while i:
        i, r = divmod(i, 2)
        out.append({"a": "ei", "e": "ai", "i": "ae"}[out[-1]][r])
    return "".join(out)


# Running text as wire stories write it, with what scraping leaves in it:
# names in several spellings, titles, curly quotes, abbreviations, dashes,
# entities, non-breaking spaces, numbers.
_WORDS = (
    "the of and to in that is for on with as by was said minister talks government "
    "forces region security relations between countries support meeting stressed "
    "affirmed visit war peace people state council report continue will has have been "
    "are were officials agreement sanctions aggression terrorism cooperation economic "
    "strategic stability development reconstruction humanitarian aid delegation "
    "during interview channels last night remarks position"
).split()
_NAMES = (
    "Fayssal Mikdad|Faisal al-Mekdad|Mekdad|Mikdad|Bashar al-Assad|Assad|Sergei Shoigu|"
    "Shoygu|Vladimir Putin|Sergei Lavrov|Lavrov|Hassan Nasrallah|Nabih Berri|Lugansk|"
    "Deir Ezzor|Damascus|Moscow|Aleppo|Hizbollah|Gaza Strip|Ankara|Tehran|Syria|Russia|"
    "the U.S.|the U.N.|NATO|SANA|Security Council|Foreign Minister Sergei Lavrov"
).split("|")
_PUNCT = [".", ".", ".", ",", ",", "\u2026", "?"]
_DECOR = [
    "\u201c{}\u201d",
    "\u2018{}\u2019",
    "{}\u2019s",
    "{} \u2013",
    "\u00a0{}",
    "{}&amp;",
    "&quot;{}&quot;",
    "{}-based",
    "({})",
]


def _sentence(rng: random.Random) -> str:
    words = []
    for k in range(rng.randint(6, 28)):
        pick = rng.random()
        if pick < 0.16:
            w = rng.choice(_NAMES)
        elif pick < 0.2:
            w = str(rng.randint(1, 2024))
        else:
            w = rng.choice(_WORDS)
        if rng.random() < 0.05:
            w = rng.choice(_DECOR).format(w)
        words.append(w.capitalize() if k == 0 else w)
    return " ".join(words) + rng.choice(_PUNCT)


def prose(n: int, *, seed: int = 1, paragraph: int = 0) -> str:
    """About `n` characters of news sentences; a blank line after every
    `paragraph` sentences, or one line without a newline when 0."""
    rng = random.Random(f"prose-{seed}")
    parts: list[str] = []
    size = 0
    k = 0
    while size < n:
        s = _sentence(rng)
        k += 1
        sep = "\n\n" if paragraph and k % paragraph == 0 else " "
        parts += [s, sep]
        size += len(s) + len(sep)
    return "".join(parts).rstrip(" ") if parts else ""


def news_document(n: int) -> str:
    """One long scraped story of about `n` characters: a headline, a dateline,
    a crawler's date stamp, paragraphs of prose, and a teaser of another story."""
    head = (
        " date 2022-02-24 Syrian-Russian coordination strategic, Mikdad affirms\n\n"
        "Damascus, SANA- Foreign and Expatriates Minister, Dr. Fayssal Mikdad, affirmed "
        "the relations.\n\n"
    )
    tail = (
        "\n\nRuaa al-Jazaeri\n\nCheck Also\n\n13 Palestinians martyred on the 286th day\n\n"
        "Occupied Jerusalem, SANA-13 Palestinians were martyred on Thursday \u2026"
    )
    return head + prose(max(0, n - len(head) - len(tail)), seed=2, paragraph=4) + tail


# --------------------------------------------------------------------------
# The shapes
# --------------------------------------------------------------------------

_STORY = "Damascus, SANA- The minister said the talks went well.\n\n"

# A C0 control character of every kind, with text between them.
_C0 = "".join(chr(c) + "ab" for c in range(0x20)) + "\x7f"


def _title_case_line(i: int) -> str:
    return (
        f"Syria Russia Talks Continue In Damascus {distinct_word(i + WORDS_APART).capitalize()}\n"
    )


def _other_name(i: int) -> str:
    # A full name whose last word keys like "Mikdad" but is another spelling
    # every time: the text names many other people with that last name.
    return f"Omar M{vowel_run(i)}kd{vowel_run(i + 1)}d met him. Mikdad said. "


SHAPES: dict[str, Builder] = {
    # -- named in the issue ------------------------------------------------------
    "long_line": lambda n: prose(n, seed=3),  # a story without one newline
    "spaces": lambda n: repeat(" ", n),
    "us_repeated": lambda n: repeat("U.S.", n),
    "check_also_lines": lambda n: _STORY + repeat("Check Also\n", n),
    "capitalised_words": lambda n: fill(
        n, lambda i: f"{distinct_word(i + 2 * WORDS_APART).capitalize()} Mekdad Assad Lavrov "
    ),  # one run of capitalised words, some of them names
    "dashes": lambda n: repeat("-", n),
    "em_dashes": lambda n: repeat("\u2014", n),
    "dots": lambda n: repeat(".", n),
    "ellipses": lambda n: repeat("\u2026", n),
    "straight_quotes": lambda n: repeat('"', n),
    "curly_quotes": lambda n: repeat("\u201c\u201d", n),
    "apostrophes": lambda n: repeat("'", n),
    "al_prefixes": lambda n: repeat("al-", n),
    "al_words": lambda n: fill(
        n, lambda i: f"al-{distinct_word(i + 3 * WORDS_APART).capitalize()} "
    ),
    "news_document": news_document,
    "combining_marks": lambda n: repeat("\u0301", n),
    "nul": lambda n: repeat("\x00", n),
    "c0_controls": lambda n: repeat(_C0, n),
    # -- lines and paragraphs ------------------------------------------------------
    "dash_lines": lambda n: repeat(repeat("-", 10_000) + "\n", n),
    "short_lines": lambda n: repeat("a\n", n),
    "blank_lines": lambda n: repeat("\n", n),
    "ragged_whitespace": lambda n: repeat("a \t\r\n\u00a0 \x0b\x0c \u2028\u2029\x85  ", n),
    "many_paragraphs": lambda n: prose(n, seed=4, paragraph=1),
    "hyphen_breaks": lambda n: repeat("recon-\nstruction ", n),
    # -- wire: teasers, trailers, bylines, dates, datelines ---------------------------
    "check_also_teasers": lambda n: (
        _STORY + repeat("Check Also\n\nMikdad receives the credentials of the new envoy\n\n", n)
    ),
    "check_also_short_lines": lambda n: _STORY + "Check Also\n" + repeat("Syria news\n", n),
    "trailer_lines": lambda n: _STORY + repeat("Tags: Syria, Russia\n", n),
    "credit_lines": lambda n: _STORY + repeat("(Reporting by Jane Doe; Editing by John Roe)\n", n),
    "by_lines": lambda n: repeat("By Jane Doe\n", n),
    "breadcrumb_and_by_lines": lambda n: (
        "Headline here\n\n" + repeat("Home > News > Syria\nBy Jane Doe\n", n) + _STORY
    ),
    "inline_chrome": lambda n: (
        _STORY + repeat("READ MORE: Talks resume\n\nAdvertisement\n\n", n) + _STORY
    ),
    "date_lines": lambda n: repeat("Published: 3 November 2020\n", n),
    "datelines_one_line": lambda n: repeat("Damascus, SANA- ", n) + "The minister said.",
    "datelines_paragraphs": lambda n: repeat(_STORY, n),
    "title_case_lines": lambda n: fill(n, _title_case_line),
    # -- names ---------------------------------------------------------------------
    "names_one_paragraph": lambda n: fill(
        n,
        lambda i: (
            f"Mekdad met {distinct_word(i + 4 * WORDS_APART).capitalize()} Lavrov in Damascus, and "
        ),
    ),  # many runs of capitals on one line
    "title_words_run": lambda n: repeat("Minister Mekdad ", n),  # titles between names
    "lone_surnames": lambda n: "Fayssal Mikdad spoke.\n\n" + repeat("Mikdad said. ", n),
    "other_names_lone_surnames": lambda n: fill(n, _other_name),
    "distinct_names": lambda n: fill(
        n,
        lambda i: (
            f"{distinct_word(i + 5 * WORDS_APART).capitalize()} "
            f"{distinct_word(i + 5 * WORDS_APART + 7).capitalize()} said. "
        ),
    ),
    # "Gaza" starts a listed spelling that goes on in lowercase ("Gaza Strip"):
    # each mention looks at the words after it, here one word to the end.
    "phrase_names_no_spaces": lambda n: repeat("Gaza,", n),
    "names_no_spaces": lambda n: fill(n, lambda i: f"Abd{distinct_word(i + 6 * WORDS_APART)},"),
    "one_caps_word": lambda n: repeat("A", n),
    # -- characters the text rules replace -------------------------------------------
    "entity_chain": lambda n: "&" + repeat("amp;", n) + "quot;",
    "entities": lambda n: repeat("&amp;amp;#8217;", n),
    "unterminated_entities": lambda n: repeat("&#821", n),
    "mojibake_lines": lambda n: repeat("Mikdad\u00e2\u20ac\u2122s remarks\n", n),
    "mojibake_long_line": lambda n: repeat("Mikdad\u00e2\u20ac\u2122s remarks ", n),
    "nbsp_zero_width": lambda n: repeat("\u00a0\u200b", n),
    "apostrophe_lookalikes": lambda n: repeat("a\u00b4", n),
    "abbrev_sentence_end": lambda n: repeat("in the U.S. Then ", n),
    # Combining marks of two classes out of canonical order: NFC sorts them.
    "combining_marks_mixed": lambda n: repeat("\u0301\u0316", n),
    "letters_and_marks": lambda n: repeat("e\u0301\u0316", n),
    "controls_in_prose": lambda n: prose(n, seed=5, paragraph=3).replace(". ", ".\x00\x1b "),
    "arabic": lambda n: repeat("\u0627\u0644\u0645\u0642\u062f\u0627\u062f ", n),
}


# --------------------------------------------------------------------------
# Measuring the growth of work
# --------------------------------------------------------------------------


class Ratio(NamedTuple):
    """How the work grew: `large / small`, each the median of its runs (seconds)."""

    ratio: float
    small: float
    large: float
    small_runs: tuple[float, ...]
    large_runs: tuple[float, ...]

    def __str__(self) -> str:
        if math.isinf(self.ratio):
            return f"inf (a large run was stopped; small: {self.small:.4f} s)"
        return f"{self.ratio:.2f} ({self.small:.4f} s -> {self.large:.4f} s)"


class OverBudget(Exception):
    """A run took so much longer than the small input did that the shape
    fails whatever the other runs would say; raised to stop it early."""


@contextmanager
def _cpu_budget(seconds: float) -> Iterator[None]:
    """Raise OverBudget in the code below after `seconds` of CPU time.

    A quadratic shape would take 16 times the small input's time on each of
    the large runs; stopping at the budget keeps a failing test short. Only
    Python code is interrupted (a signal is handled between bytecodes), and
    only where profiling timers exist, in the main thread.
    """
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable or not math.isfinite(seconds):
        yield
        return

    def stop(signum: int, frame: object) -> None:
        raise OverBudget

    old = signal.signal(signal.SIGPROF, stop)
    signal.setitimer(signal.ITIMER_PROF, max(seconds, 0.001))
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, old)


def _timed(
    func: Callable[[str], object],
    text: str,
    clock: Callable[[], float],
    budget: float = math.inf,
) -> float:
    # A full collection, untimed (some milliseconds with the shipped
    # gazetteer loaded, unless frozen): every run then starts from the same
    # collector state. With young generations only, whether the collector's full pass
    # over the whole heap fell inside a run depended on the runs before, and
    # the same input took either time or twice it (seen in CI on
    # c0_controls, whose every character makes an edit).
    gc.collect()
    with _cpu_budget(budget):
        start = clock()
        result = func(text)
        elapsed = clock() - start
    del result
    return elapsed


#: CPU seconds a large run may always take, however fast the small one was.
MIN_BUDGET = 1.0
#: CPU seconds the small run must take at least; doublings of its size to get there, at most.
MIN_SMALL = 0.02
MAX_GROWTH = 6


def work_ratio(
    make: Callable[[], Callable[[str], object]],
    shape: Builder,
    n: int,
    *,
    factor: int = 4,
    runs: int = 3,
    limit: float = 6.0,
    warm_small: bool = True,
    warm_large: bool = True,
    clock: Callable[[], float] = time.process_time,
) -> Ratio:
    """The ratio of the work on `shape(factor * n)` to the work on `shape(n)`.

    `make()` is called before every run, untimed, and returns the function
    to time. Pass `normcorp.Normalizer` to give every run a Normalizer of
    its own, so that each run reads the text afresh as a document with new
    names would (a Normalizer keeps what it read of the runs of capitalised
    words it met, and a run it met before costs nothing); pass `lambda: f`
    to time one function throughout.

    A small input that takes under `MIN_SMALL` is doubled until it does
    (`MAX_GROWTH` times at most), so that a fast machine still measures work
    and not the clock. The small input runs once first, and the large one too, uncounted, so
    that lazily built tables and caches serve both sizes alike; with
    `warm_small` or `warm_large` false, that first run counts or is left
    out, to save the time of a very large input. Then the two sizes
    alternate `runs` times, so that a change in the machine's load touches
    both; each size's time is the median of its runs. The clock is CPU time
    by default: steadier than wall time when other processes share the
    machine.

    A large run that takes over twice `limit` times the first small run
    (usually the slowest small run, as caches are cold), and over
    `MIN_BUDGET`, is stopped where the platform allows: the shape fails
    whatever the other runs would say, and a quadratic shape would take 16
    times as long on every run. The ratio is then `inf`. (On a busy machine
    two runs of one input can differ by half or more, so the budget leaves
    room for a fast small run and a slow large one.)
    """
    small_text = shape(n)
    first = _timed(make(), small_text, clock)
    # A small run of a millisecond or two measures the clock, not the work
    # (CI once read 0.0 s for two of three such runs): the input grows
    # until the small run takes `MIN_SMALL`.
    grown = 0
    while first < MIN_SMALL and grown < MAX_GROWTH:
        n, grown = 2 * n, grown + 1
        small_text = shape(n)
        first = _timed(make(), small_text, clock)
    large_text = shape(factor * n)
    budget = max(2 * limit * first, MIN_BUDGET)
    small_runs: list[float] = [] if warm_small else [first]
    large_runs: list[float] = []
    try:
        if warm_large:
            _timed(make(), large_text, clock, budget)
        for i in range(runs):
            if i or warm_small:
                small_runs.append(_timed(make(), small_text, clock))
            large_runs.append(_timed(make(), large_text, clock, budget))
    except OverBudget:
        small = statistics.median(small_runs or [first])
        return Ratio(math.inf, small, math.inf, tuple(small_runs or [first]), (math.inf,))
    small, large = statistics.median(small_runs), statistics.median(large_runs)
    return Ratio(large / max(small, 1e-9), small, large, tuple(small_runs), tuple(large_runs))
