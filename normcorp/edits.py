"""The edit record: how every change to a document is kept, so nothing is lost.

A rule never rewrites text directly. It returns `Change`s against the text it
was given; `compose` folds them into the document's `Edit`s, which always
point into the ORIGINAL text. Invariants, for any sequence of rules:

* edits are sorted by `(start, end)` and do not overlap;
* `edit.before == original[edit.start:edit.end]`;
* `apply(original, edits) == text` and `unapply(text, edits) == original`.

When a rule rewrites text that an earlier rule produced, the two edits become
one that names both rules (`text.space+names.person`), so an edit always maps
a stretch of the original to a stretch of the output.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, NamedTuple

import attrs

__all__ = ["Change", "Edit", "apply", "compose", "trimmed", "unapply", "validated"]


class Change(NamedTuple):
    """What a rule wants done: replace `text[start:end]` of ITS input by `after`.

    `meta` carries facts the rule lifted from that stretch (a date, a
    dateline); a change whose `after` equals the text it covers only reports
    its facts and records no edit.
    """

    start: int
    end: int
    after: str
    meta: Mapping[str, Any] | None = None


@attrs.frozen
class Edit:
    """One recorded change: `original[start:end]` (== `before`) became `after`.

    `rule` is the dotted rule name, or several joined by `+` when rules
    rewrote the same stretch in turn.
    """

    rule: str
    start: int
    end: int
    before: str
    after: str

    def to_dict(self) -> dict[str, Any]:
        """The JSON Lines form: `{"rule", "start", "end", "before", "after"}`."""
        return {
            "rule": self.rule,
            "start": self.start,
            "end": self.end,
            "before": self.before,
            "after": self.after,
        }


def apply(original: str, edits: Iterable[Edit] | Iterable[Change]) -> str:
    """The text that `edits` (or a rule's changes) make of `original`."""
    out: list[str] = []
    pos = 0
    for e in edits:
        out.append(original[pos : e.start])
        out.append(e.after)
        pos = e.end
    out.append(original[pos:])
    return "".join(out)


def unapply(text: str, edits: Iterable[Edit]) -> str:
    """The original that `edits` were applied to, rebuilt from the output `text`.

    Raises ValueError when the edits do not fit `text` (a hand-built record).
    """
    out: list[str] = []
    pos = 0  # position in text
    delta = 0  # text position minus original position, before the next edit
    for e in edits:
        start = e.start + delta
        end = start + len(e.after)
        if start < pos or text[start:end] != e.after:
            raise ValueError(f"edit {e!r} does not fit the text at {start}")
        out.append(text[pos:start])
        out.append(e.before)
        pos = end
        delta += len(e.after) - (e.end - e.start)
    out.append(text[pos:])
    return "".join(out)


def trimmed(offset: int, before: str, after: str) -> Change:
    """One change that rewrites `before` (at `offset`) as `after`, narrowed to
    the part that differs, so an edit shows only what changed."""
    n = min(len(before), len(after))
    p = 0
    while p < n and before[p] == after[p]:
        p += 1
    q = 0
    while q < n - p and before[-1 - q] == after[-1 - q]:
        q += 1
    return Change(offset + p, offset + len(before) - q, after[p : len(after) - q])


def _join_rules(names: Iterable[str]) -> str:
    seen: dict[str, None] = {}
    for name in names:
        for part in name.split("+"):
            seen.setdefault(part, None)
    return "+".join(seen)


def validated(current: str, changes: Sequence[Change], rule: str) -> list[Change]:
    """Changes that alter text, checked to be sorted, in range and disjoint."""
    kept: list[Change] = []
    pos = 0
    size = len(current)
    for c in changes:
        if not (pos <= c.start <= c.end <= size):
            raise ValueError(
                f"rule {rule} returned an unsorted, overlapping or out-of-range "
                f"change {c[:3]!r} (text length {size})"
            )
        # Two insertions at one point would have no defined order.
        if c.start == c.end and kept and kept[-1].start == kept[-1].end == c.start:
            raise ValueError(f"rule {rule} returned two insertions at {c.start}")
        pos = c.end
        if current[c.start : c.end] != c.after:
            kept.append(c)
    return kept


def compose(
    original: str,
    edits: Sequence[Edit],
    current: str,
    changes: Sequence[Change],
    rule: str,
) -> tuple[list[Edit], str]:
    """Fold a rule's `changes` (offsets into `current`) into `edits` (offsets
    into `original`); return the new edits and the new current text.

    `current` must be `apply(original, edits)`. An edit that a change touches
    is merged with it; a merged edit that ends up a no-op is dropped.
    """
    changes = validated(current, changes, rule)
    if not changes:
        return list(edits), current

    new_current = apply(current, changes)

    out: list[Edit] = []
    i, n = 0, len(edits)
    delta = 0  # current position minus original position, before edits[i]
    k = 0
    while k < len(changes):
        s, t, r, _ = changes[k]
        # Edits wholly before this change stay as they are.
        while i < n:
            e = edits[i]
            a = e.start + delta
            b = a + len(e.after)
            # An edit ending before the change never merges with it.
            if b >= s and (b > s or _merges(e, a, b, s, t)):
                break
            out.append(e)
            delta += b - a - (e.end - e.start)
            i += 1
        # One new edit covers this change, the edits it touches, and any
        # further change that lands in what those edits produced.
        xs, xe = s, t  # the stretch of current text the new edit replaces
        start = s - delta  # ... and where it starts in the original
        names: list[str] = []
        parts: list[str] = []
        pos = s  # current text up to here is in parts
        last: tuple[Edit, int, int] | None = None
        while True:
            while i < n:
                e = edits[i]
                a = e.start + delta
                b = a + len(e.after)
                if not _merges(e, a, b, s, t):
                    break
                if a < xs:
                    xs, start = a, e.start
                    parts.insert(0, current[a:s])
                names.append(e.rule)
                xe = max(xe, b)
                last = (e, a, b)
                delta += len(e.after) - (e.end - e.start)
                i += 1
            parts.append(current[pos:s])
            parts.append(r)
            pos = t
            k += 1
            if k == len(changes):
                break
            s, t, r, _ = changes[k]
            if not (s < xe or (last is not None and _merges(*last, s, t))):
                break
            xe = max(xe, t)
        parts.append(current[pos:xe])
        names.append(rule)
        end = xe - delta
        before = original[start:end]
        after = "".join(parts)
        if before != after:
            out.append(Edit(_join_rules(names), start, end, before, after))
    out.extend(edits[i:])
    return out, new_current


def _merges(e: Edit, a: int, b: int, s: int, t: int) -> bool:
    """Whether a change at `[s, t)` of the current text must merge with the
    edit `e`, which produced `[a, b)` of it."""
    if a < b and s < t:
        return a < t and s < b  # both cover text: any overlap
    if a == b:
        return s < a < t  # a deletion strictly inside the change
    # The change is an insertion at s: inside the edit's output, or touching
    # a pure insertion at the same point (two insertions there are one edit).
    return a < s < b or (e.start == e.end and (a == s or b == s))
