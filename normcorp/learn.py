"""Learning name variants from a corpus: `normcorp names learn`.

Reads texts, finds the names written in them (runs of capitalised words, as
the `names.*` rules find them), and groups the spellings that are one name:
their transliteration keys match, or differ only by confusable vowels, AND
their contexts agree (they follow the same title words, `Foreign Minister`,
or stand near the same other names). It keeps counts, not documents, so
memory stays bounded however large the corpus. The result is a gazetteer
TSV for a person to review; `--names` accepts it as it is.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator

import attrs

from normcorp.names import (
    _RUN,
    _WORD_RE,
    HEADER,
    Gazetteer,
    _close,
    _is_acronym,
    _is_title,
    _skeleton,
    _words,
    name_key,
)

__all__ = ["Learner", "Spelling"]

#: Titles that mark a person ("Foreign Minister Faisal Mekdad").
PERSON_TITLES = frozenset(
    """Dr Dr. Mr Mrs Ms President Minister Sheikh King Prince Emir Ayatollah General
    Gen Spokesman Ambassador Envoy Premier Commander Leader Chairman Speaker""".split()
)
#: Words before a place ("in Lugansk").
PLACE_WORDS = frozenset("in at from near to into across outside".split())
#: How many distinct contexts and neighbours a spelling keeps: the most common.
KEEP = 32
#: Spellings kept at most; past this, those seen once are forgotten.
MAX_SPELLINGS = 200_000


@attrs.define
class Spelling:
    """What the learner keeps of one spelling of a name."""

    text: str
    count: int = 0
    titles: Counter[str] = attrs.field(factory=Counter)
    neighbours: Counter[tuple[str, ...]] = attrs.field(factory=Counter)
    before: Counter[str] = attrs.field(factory=Counter)
    example: str = ""

    def prune(self) -> None:
        """Keep the most common contexts only, so memory stays bounded."""
        for counter in (self.titles, self.neighbours, self.before):
            if len(counter) > 2 * KEEP:
                kept = counter.most_common(KEEP)
                counter.clear()
                counter.update(dict(kept))


class Learner:
    """Collects name spellings from texts; `groups()` gives the variants."""

    def __init__(self, known: Gazetteer | None = None) -> None:
        self.known = known
        self.spellings: dict[str, Spelling] = {}

    def add(self, text: str) -> None:
        """Read one text."""
        mentions = list(_mentions(text))
        keys = {name_key(_words(m[0])) for m in mentions}
        for name, title, before, context in mentions:
            s = self.spellings.get(name)
            if s is None:
                s = self.spellings[name] = Spelling(name, example=context)
            s.count += 1
            if title:
                s.titles[title] += 1
            if before:
                s.before[before] += 1
            own = name_key(_words(name))
            for k in list(keys)[:KEEP]:
                if k != own:
                    s.neighbours[k] += 1
            if s.count % 64 == 0:
                s.prune()
        if len(self.spellings) > MAX_SPELLINGS:
            self.spellings = {k: v for k, v in self.spellings.items() if v.count > 1}

    def groups(self, *, min_count: int = 2) -> Iterator[list[Spelling]]:
        """Spellings that are one name, most frequent first."""
        # Spellings can be one name only when their keys are equal or close,
        # that is when their skeletons are equal: compare within those only.
        buckets: dict[tuple[str, ...], list[Spelling]] = defaultdict(list)
        for s in self.spellings.values():
            buckets[tuple(map(_skeleton, name_key(_words(s.text))))].append(s)
        for bucket in buckets.values():
            if len(bucket) < 2:
                continue
            for group in _cluster(bucket):
                if len(group) >= 2 and sum(s.count for s in group) >= min_count:
                    yield sorted(group, key=lambda s: (-s.count, s.text))

    def tsv(self, *, min_count: int = 2) -> str:
        """The groups as a gazetteer TSV, counts and an example in a comment."""
        rows = [
            "# Learned by `normcorp names learn`: review each row before use.",
            "# canonical = the most frequent spelling; the comment gives counts and an example.",
            HEADER,
        ]
        groups = sorted(self.groups(min_count=min_count), key=lambda g: -sum(s.count for s in g))
        for group in groups:
            row = self._row(group)
            if row is not None:
                rows.append(row)
        return "\n".join(rows) + "\n"

    def _row(self, group: list[Spelling]) -> str | None:
        canonical, kind, short = group[0].text, _kind(group), group[0].text
        new = [s.text for s in group[1:]]
        if self.known is not None:
            listed = [e for s in group for e in self.known.listed(s.text)]
            if listed:  # a known entity: only its spellings the gazetteer lacks
                e = listed[0]
                canonical, kind, short = e.canonical, e.kind, e.short
                new = [s.text for s in group if not self.known.listed(s.text)]
                if not new:
                    return None
        if kind == "person" and short == canonical:
            short = _words(canonical)[-1].split("-")[-1]
        counts = ", ".join(f"{s.text} {s.count}" for s in group)
        example = group[0].example.replace("\t", " ")
        return f'{canonical}\t{short}\t{kind}\t{"|".join(new)}\t# {counts}; e.g. "{example}"'


def _cluster(bucket: list[Spelling]) -> list[list[Spelling]]:
    """Union of spellings whose keys are close and whose contexts agree."""
    parent = list(range(len(bucket)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    keys = [name_key(_words(s.text)) for s in bucket]
    for i in range(len(bucket)):
        for j in range(i + 1, len(bucket)):
            if (keys[i] == keys[j] or _close(keys[i], keys[j])) and _agree(bucket[i], bucket[j]):
                parent[find(i)] = find(j)
    groups: dict[int, list[Spelling]] = defaultdict(list)
    for i, s in enumerate(bucket):
        groups[find(i)].append(s)
    return list(groups.values())


def _agree(a: Spelling, b: Spelling) -> bool:
    """Same title words, or the same names nearby."""
    return bool(a.titles.keys() & b.titles.keys() or a.neighbours.keys() & b.neighbours.keys())


def _kind(group: list[Spelling]) -> str:
    """A guess: person after titles such as Minister, place after "in" or
    "from" most of the time, else person."""
    titles = Counter()
    before = Counter()
    for s in group:
        titles.update(s.titles)
        before.update(s.before)
    if any(w in PERSON_TITLES for t in titles for w in t.split()):
        return "person"
    if sum(before.values()) and sum(n for w, n in before.items() if w in PLACE_WORDS) * 2 >= sum(
        before.values()
    ):
        return "place"
    return "person"  # most transliterated names in news are people's; a reviewer checks


def _mentions(text: str) -> Iterator[tuple[str, str, str, str]]:
    """(name, title words before it, the lowercase word before, context) for
    each name of one or more words in the text."""
    for run in _RUN.finditer(text):
        words = [w for w in _WORD_RE.finditer(text, run.start(), run.end())]
        title: list[str] = []
        i = 0
        while i < len(words):
            w = words[i][0]
            if _is_title(w) or _is_acronym(w):
                title.append(w.rstrip("."))
                i += 1
                continue
            j = i
            while j < len(words) and not (_is_title(words[j][0]) or _is_acronym(words[j][0])):
                j += 1
            start, end = words[i].start(), words[j - 1].end()
            name = text[start:end]
            before = text[max(0, start - 12) : start].split()
            lower = before[-1] if before and before[-1].islower() else ""
            context = " ".join(text[max(0, start - 40) : end + 40].split())
            yield name, " ".join(title), lower, context
            title = []
            i = j


def learn(texts: Iterable[str], *, known: Gazetteer | None = None, min_count: int = 2) -> str:
    """A reviewable gazetteer TSV of the name variants in `texts`."""
    learner = Learner(known)
    for t in texts:
        learner.add(t)
    return learner.tsv(min_count=min_count)
