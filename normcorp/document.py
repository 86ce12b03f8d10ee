"""The result of normalising one text: canonical text, metadata, and the edits."""

from __future__ import annotations

import datetime
from typing import Any

import attrs

from normcorp.edits import Edit, unapply

__all__ = ["Dateline", "Document"]


@attrs.frozen
class Dateline:
    """Where and by whom a story was filed: `Damascus, SANA-` ->
    `Dateline("Damascus", "SANA")`; `agency` is None for `RIYADH:`, and
    `place` is None for `(Reuters) - `, a copy that dropped the place."""

    place: str | None
    agency: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"place": self.place, "agency": self.agency}


@attrs.frozen
class Document:
    """A normalised text.

    `text` is the canonical text; `edits` turn `original` into it, and
    `restore()` turns it back (`edits` is None when the Normalizer was told
    not to record them). `title`, `date`, `dateline` and `bylines` are what
    the rules lifted out of the text.
    """

    text: str
    original: str
    title: str | None = None
    date: datetime.date | None = None
    dateline: Dateline | None = None
    bylines: tuple[str, ...] = ()
    edits: tuple[Edit, ...] | None = ()

    def restore(self) -> str:
        """The original text, rebuilt from `text` and `edits` alone."""
        if self.edits is None:
            raise ValueError("no edits were recorded (Normalizer(record_edits=False))")
        return unapply(self.text, self.edits)

    def to_dict(self, *, edits: bool = False) -> dict[str, Any]:
        """The `normcorp` object of a JSON Lines record (see docs/jsonl.md)."""
        out: dict[str, Any] = {
            "title": self.title,
            "date": self.date.isoformat() if self.date else None,
            "dateline": self.dateline.to_dict() if self.dateline else None,
            "bylines": list(self.bylines),
        }
        if edits:
            if self.edits is None:
                raise ValueError("no edits were recorded (Normalizer(record_edits=False))")
            out["edits"] = [e.to_dict() for e in self.edits]
        return out
