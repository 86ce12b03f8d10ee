"""The pipeline: an ordered list of named rules, and the `Normalizer` that runs it."""

from __future__ import annotations

import functools
import inspect
import itertools
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import attrs

from normcorp import text
from normcorp.document import Document
from normcorp.edits import Change, Edit, apply, compose, validated
from normcorp.names import Gazetteer, Names
from normcorp.wire import Wire, stamp

__all__ = ["Normalizer", "Rule", "build_rules", "normalize"]


@attrs.frozen
class Rule:
    """A named step: `func(text)` returns changes with offsets into `text`.

    `recheck(text)`, when given, says whether the rule may find more to do in
    the pipeline's output, because later rules changed the context it judged
    by; the pipeline then runs another round, so that normalising twice
    changes nothing.
    """

    name: str
    func: Callable[..., Sequence[Change]]
    recheck: Callable[[str], bool] | None = None
    #: Whether `func(text, found)` also reads the metadata found so far.
    uses_found: bool = False

    @property
    def stage(self) -> str:
        """The stage the rule runs in: consecutive rules of one stage run to
        a fixpoint together when one of them asks for a recheck."""
        family = self.name.split(".", 1)[0]
        return "wire" if family == "dates" else family

    @property
    def doc(self) -> str:
        """The first paragraph of the rule's docstring, on one line."""
        return " ".join((inspect.getdoc(self.func) or "").split("\n\n")[0].split())


def _always(_: str) -> bool:
    return True


def build_rules(
    *,
    abbreviations: Mapping[str, str] | None = None,
    wire: Wire | None = None,
    gazetteer: Gazetteer | None = None,
) -> list[Rule]:
    """The default pipeline, in order, configured with the given tables."""
    abbrev = text.abbrev if abbreviations is None else text.Abbreviations(abbreviations)
    w = _default_wire() if wire is None else wire
    names = Names(gazetteer)  # its own counts; the default gazetteer is read once
    return [
        # Undo the damage of scraping first: the later rules read characters.
        # Its recheck: text.control or text.invisible may join a reference.
        Rule("text.entities", text.entities, recheck=text.has_entity),
        # ftfy judges a line as a whole; when text.quotes or text.space
        # change that line, ftfy may judge it differently.
        Rule("text.mojibake", text.mojibake, recheck=text.has_mojibake_sign),
        Rule("text.control", text.control),
        Rule("text.invisible", text.invisible),
        Rule("text.fold", text.fold),
        # After every rule that can bring a letter next to a combining mark
        # ("e<ZWSP>\u0301"), before those that read characters it may make
        # (NFC turns U+1FEF into a backtick, U+2000 into U+2002).
        Rule("text.nfc", text.nfc),
        Rule("text.space", text.space),
        # text.abbrev may bring a letter next to an accent typed for an apostrophe.
        Rule("text.quotes", text.quotes, recheck=text.has_apostrophe_lookalike),
        Rule("text.dashes", text.dashes),
        Rule("text.ellipsis", text.ellipsis),
        Rule("text.abbrev", abbrev),
        # Reads "-" at a line end, so after text.dashes; before the layout.
        Rule("text.hyphenation", text.hyphenation, recheck=text.has_hyphen_break),
        Rule("text.whitespace", text.whitespace),
        # Wire rules read canonical text and remove whole lines or the
        # dateline prefix; removing one thing can uncover another (a date
        # line under a byline), so the stage runs until nothing changes.
        Rule("wire.stamp", stamp, _always),
        # Its recheck is also asked after the names rules, which may respell
        # one copy of a headline printed twice into the other.
        Rule("wire.chrome", w.chrome, w.has_chrome),
        Rule("dates.line", w.date_lines, _always, uses_found=True),
        Rule("wire.trailer", w.trailer, _always),
        Rule("wire.inline", w.inline),
        # Their rechecks are also asked after the names rules, which may
        # respell a dateline's place or a byline's name into one they take.
        Rule("wire.byline", w.byline, w.has_byline, uses_found=True),
        Rule("wire.dateline", w.dateline, w.has_dateline, uses_found=True),
        # Names read the story without its wrapping; the rules share one
        # reading of the text (Names._misspelled).
        Rule("names.person", names.person),
        Rule("names.place", names.place),
        Rule("names.org", names.org),
        # The dateline's place in the place rule's spelling: metadata only.
        Rule("names.dateline", names.dateline, uses_found=True),
        # Last, so the title is reported as the canonical text spells it.
        Rule("wire.title", w.title),
    ]


_wire: Wire | None = None


def _default_wire() -> Wire:
    global _wire
    if _wire is None:
        _wire = Wire()
    return _wire


def _selected(rules: Sequence[Rule], disable: Iterable[str]) -> tuple[Rule, ...]:
    names = [r.name for r in rules]
    off = set()
    for d in disable:
        hit = {n for n in names if n == d or n.startswith(d + ".")}
        if not hit:
            raise ValueError(f"unknown rule or family {d!r}; known rules: {', '.join(names)}")
        off |= hit
    return tuple(r for r in rules if r.name not in off)


#: Rounds of the whole pipeline at most, when a rule asks for a recheck.
_MAX_ROUNDS = 4
#: Rounds of one stage at most: removing one piece of a page can uncover
#: another (a date line under a byline); pages need two or three rounds, and
#: stacks of one kind of line go in one.
_MAX_STAGE_ROUNDS = 64

_META_FIELDS = frozenset({"title", "date", "dateline", "bylines"})


class Normalizer:
    """A configured pipeline. Build it once and call it on every text.

    `disable` switches rules off by name (`text.abbrev`) or family (`text`);
    `abbreviations` replaces the `text.abbrev` table; `wire` the wire rules'
    tables (`Wire(agencies={**AGENCIES, "Kazinform": "Kazinform"})`);
    `gazetteer` the names (`Gazetteer.default() + Gazetteer.from_tsv(path)`);
    `pipeline` replaces the whole list of rules, for instance to add one's
    own: `Normalizer(pipeline=[*build_rules(), Rule("my.rule", func)])`.
    `record_edits=False` keeps no edit record, for speed when only the text
    and metadata are wanted: the Document's `edits` is then None and it
    cannot `restore()` the original. A Normalizer keeps no
    state between calls, so one instance may serve many threads, and it
    pickles as its configuration, so it can be shipped to worker processes.
    """

    def __init__(
        self,
        *,
        disable: Iterable[str] = (),
        abbreviations: Mapping[str, str] | None = None,
        wire: Wire | None = None,
        gazetteer: Gazetteer | None = None,
        pipeline: Sequence[Rule] | None = None,
        record_edits: bool = True,
    ) -> None:
        self._disable = tuple(disable)
        self._record_edits = record_edits
        self._abbreviations = None if abbreviations is None else dict(abbreviations)
        self._wire = wire
        self._gazetteer = gazetteer
        self._pipeline = None if pipeline is None else tuple(pipeline)
        if self._pipeline is None:
            rules = build_rules(abbreviations=self._abbreviations, wire=wire, gazetteer=gazetteer)
        else:
            rules = list(self._pipeline)
            if len({r.name for r in rules}) != len(rules):
                raise ValueError("two rules of the pipeline have one name")
        self._rules = _selected(rules, self._disable)
        self._stages = [list(g) for _, g in itertools.groupby(self._rules, lambda r: r.stage)]

    def __reduce__(self) -> tuple[Any, ...]:
        kwargs = {
            "disable": self._disable,
            "abbreviations": self._abbreviations,
            "wire": self._wire,
            "gazetteer": self._gazetteer,
            "pipeline": self._pipeline,
            "record_edits": self._record_edits,
        }
        return (functools.partial(Normalizer, **kwargs), ())

    def __repr__(self) -> str:
        return f"Normalizer(rules={self.rules!r})"

    def take_stats(self) -> dict[str, Counter[str]]:
        """Counts the rules keep, since the last call (`names.ambiguous`:
        mentions left alone because two entities qualified, by spelling)."""
        stats: dict[str, Counter[str]] = {}
        seen = set()
        for rule in self._rules:
            owner = getattr(rule.func, "__self__", None)
            if owner is not None and id(owner) not in seen and hasattr(owner, "take_stats"):
                seen.add(id(owner))
                for name, counts in owner.take_stats().items():
                    stats.setdefault(name, Counter()).update(counts)
        return stats

    @property
    def rules(self) -> tuple[str, ...]:
        """The names of the rules that run, in order."""
        return tuple(r.name for r in self._rules)

    def __call__(self, original: str) -> Document:
        """Normalise one text."""
        if not isinstance(original, str):
            raise TypeError(f"Normalizer expects str, not {type(original).__name__}")
        current = original
        record = self._record_edits
        edits: list[Edit] = []
        found: dict[str, Any] = {}
        # What each rule last read: a rule is a pure function of the text
        # (and of the metadata found, for some), so it is not run again on
        # the same input in a confirming round.
        seen: dict[str, tuple[str, int]] = {}
        version = 0  # of `found`
        for _ in range(_MAX_ROUNDS):
            last_changed = 0  # the last stage that changed the text in this round
            for i, stage in enumerate(self._stages):
                at_start = current
                for _ in range(_MAX_STAGE_ROUNDS):
                    changed = False
                    for rule in stage:
                        read = (current, version if rule.uses_found else 0)
                        last = seen.get(rule.name)
                        if last is not None and last[0] is read[0] and last[1] == read[1]:
                            continue
                        seen[rule.name] = read
                        if rule.uses_found:
                            changes = rule.func(current, found)
                        else:
                            changes = rule.func(current)
                        if not changes:
                            continue
                        for c in changes:
                            if c.meta:
                                _merge_meta(found, c.meta)
                                version += 1
                        before = current
                        if record:
                            edits, current = compose(original, edits, current, changes, rule.name)
                        else:
                            current = apply(current, validated(current, changes, rule.name))
                        changed = changed or current != before
                    if not (changed and any(r.recheck and r.recheck(current) for r in stage)):
                        break
                if current != at_start:
                    last_changed = i
            # A later stage may change what an earlier one judged (a dateline
            # removed from a line that ftfy read as a whole, a place respelt
            # into a dateline): the rules of the stages before the last that
            # changed the text are asked again. Each stage ran to its fixpoint.
            earlier = [r for stage in self._stages[:last_changed] for r in stage]
            if not any(r.recheck not in (None, _always) and r.recheck(current) for r in earlier):
                break
        meta = {k: v for k, v in found.items() if not k.startswith("_")}
        unknown = meta.keys() - _META_FIELDS
        if unknown:
            raise ValueError(f"rules reported unknown metadata {sorted(unknown)}")
        recorded = tuple(edits) if record else None
        return Document(text=current, original=original, edits=recorded, **meta)


def _merge_meta(found: dict[str, Any], meta: Mapping[str, Any]) -> None:
    """Later facts replace earlier ones; lists of names (bylines) add up."""
    for k, v in meta.items():
        if isinstance(v, tuple) and isinstance(found.get(k), tuple):
            found[k] = tuple(dict.fromkeys((*found[k], *v)))
        else:
            found[k] = v


_default: Normalizer | None = None


def normalize(text: str) -> Document:
    """Normalise `text` with the default pipeline."""
    global _default
    if _default is None:
        _default = Normalizer()
    return _default(text)
