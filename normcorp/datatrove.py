"""A datatrove pipeline step that normalises each document (`normcorp[datatrove]`).

`NormcorpFormatter` replaces `doc.text` with the canonical text and stores
what the command line writes in a JSON Lines record's `normcorp` field in
`doc.metadata["normcorp"]`, so a datatrove pipeline (local, Slurm or Ray)
gives the same texts and metadata as `normcorp --jsonl` (see docs/scale.md):

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    from normcorp.datatrove import NormcorpFormatter

    LocalPipelineExecutor(
        [JsonlReader("in/"), NormcorpFormatter(), JsonlWriter("out/")], tasks=8
    ).run()

This module is the only one that imports datatrove; `import normcorp`
never does.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import Any

try:
    from datatrove.data import DocumentsPipeline
    from datatrove.pipeline.formatters.base import BaseFormatter
    from datatrove.utils.typeshelper import StatHints
except ModuleNotFoundError as exc:  # only a missing datatrove gets the hint
    if exc.name is None or exc.name.split(".")[0] != "datatrove":
        raise
    raise ModuleNotFoundError(
        "normcorp.datatrove needs datatrove: pip install 'normcorp[datatrove]'", name=exc.name
    ) from exc

from normcorp.jsonl import merged
from normcorp.names import Gazetteer
from normcorp.pipeline import Normalizer

__all__ = ["NormcorpFormatter"]

#: The metadata fields lifted from the text.
_META_FIELDS = ("title", "date", "dateline", "bylines")

#: One Normalizer per configuration and process: the step is copied for
#: every task (deepcopy, pickle, dill), its tables are built once.
_normalizers: dict[Any, Normalizer] = {}


def _key(gazetteer: Gazetteer | None) -> Any:
    return None if gazetteer is None else gazetteer.entities


class NormcorpFormatter(BaseFormatter):
    """Normalise each document's text with normcorp and lift its metadata.

    `doc.text` becomes the canonical text and `doc.metadata["normcorp"]`
    the object `normcorp --jsonl` writes in a record's `normcorp` field:
    `{"title", "date" (ISO string), "dateline", "bylines"}`, plus `"edits"`
    with `edits=True`. A document that already has a `normcorp` object (from
    an earlier run) keeps its values where this run finds none, as the
    command line does, so running twice loses nothing.

    Options are the command line's: `disable` switches rules or families
    off (`--disable`); `gazetteer` replaces the shipped gazetteer
    (`Gazetteer()` for none, as `--no-default-names`); `names` are gazetteer
    TSV files added on top in order (`--names`). The files are read here,
    when the step is built, and travel with it, so workers on other
    machines do not need them.

    A document whose canonical text is empty (only whitespace, or only
    boilerplate) is dropped and counted as `dropped_empty`, because datatrove
    treats a document without text as no document: its readers skip one, and
    its writers leave the empty field out. `keep_empty=True` forwards it
    with `text == ""`, one output per input as on the command line.

    The step pickles as its configuration; the `Normalizer` is built the
    first time a process runs it and shared by every task of that process.
    Edits are recorded only with `edits=True`, as on the command line,
    because recording them costs time.
    """

    name = "📰 normcorp"

    def __init__(
        self,
        *,
        disable: Iterable[str] = (),
        gazetteer: Gazetteer | None = None,
        names: Iterable[str | os.PathLike[str]] = (),
        edits: bool = False,
        keep_empty: bool = False,
    ) -> None:
        super().__init__()
        self.disable = tuple(disable)
        self.gazetteer = gazetteer
        self.names = tuple(os.fspath(p) for p in names)
        # Read now: a bad file fails here, not in every worker.
        self._extra = tuple(Gazetteer.from_tsv(p) for p in self.names)
        self.edits = edits
        self.keep_empty = keep_empty
        _ = self.normalizer  # an unknown rule in `disable` fails here, too

    def __getstate__(self) -> dict[str, Any]:
        """The configuration, without this process's Normalizer (for pickle,
        dill and deepcopy, which datatrove's executors use on every task)."""
        state = self.__dict__.copy()
        state.pop("_normalizer", None)
        return state

    @property
    def normalizer(self) -> Normalizer:
        """This process's Normalizer for the step's options, built on first use."""
        normalizer = self.__dict__.get("_normalizer")
        if normalizer is not None:
            return normalizer
        key = (
            self.disable,
            self.edits,
            _key(self.gazetteer),
            tuple(_key(g) for g in self._extra),
        )
        normalizer = _normalizers.get(key)
        if normalizer is None:
            gazetteer = self.gazetteer
            if self._extra:  # as the command line's --names
                if gazetteer is None:
                    gazetteer = Gazetteer.default()
                for extra in self._extra:
                    gazetteer = gazetteer + extra
            normalizer = Normalizer(
                disable=self.disable, gazetteer=gazetteer, record_edits=self.edits
            )
            _normalizers[key] = normalizer
        self._normalizer = normalizer
        return normalizer

    def format(self, text: str) -> str:
        """The canonical text alone (BaseFormatter's interface)."""
        return self.normalizer(text).text

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        """Normalise every document of `data`, yielding those with text left."""
        normalizer = self.normalizer
        normalizer.take_stats()  # counts from before this run are not ours
        for doc in data:
            self.stat_update(StatHints.total)
            with self.track_time():
                result = normalizer(doc.text)
                meta = merged(result.to_dict(edits=self.edits), doc.metadata.get("normcorp"))
            ambiguous = sum(normalizer.take_stats().get("names.ambiguous", {}).values())
            if ambiguous:
                self.stat_update("names_ambiguous", value=ambiguous)
            if result.text != doc.text:
                self.stat_update("changed")
            if result.edits is not None:
                self.stat_update("edits", value=len(result.edits))
            for field in _META_FIELDS:
                if getattr(result, field):
                    self.stat_update(f"lifted_{field}")
            if not result.text and not self.keep_empty:
                self.stat_update(StatHints.dropped, "dropped_empty")
                continue
            doc.text = result.text
            doc.metadata["normcorp"] = meta
            self.stat_update(StatHints.forwarded)
            yield doc
