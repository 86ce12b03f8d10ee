"""JSON Lines records, edited in place.

A record's `text` field is replaced and a `normcorp` object added by
splicing them into the line as it was read, so every other field passes
through byte for byte: key order, spacing, `1.10`, `1e5`, escapes, and
nested duplicate keys all stay as they were.
"""

from __future__ import annotations

import json
from typing import Any

import attrs
import regex

__all__ = ["Record", "RecordError", "dumps", "parse"]

_DECODER = json.JSONDecoder()
_WS = regex.compile(r"[ \t\n\r]*+")
_TYPES = {
    dict: "an object",
    list: "an array",
    str: "a string",
    int: "a number",
    float: "a number",
    bool: "a boolean",
    type(None): "null",
}


class RecordError(ValueError):
    """A line that is not a record normcorp can edit; the message says why."""


@attrs.frozen
class Record:
    """A parsed line: the text to normalise and where to splice the results."""

    line: str
    text: str
    text_span: tuple[int, int]  # the field's value in line
    meta_span: tuple[int, int] | None  # an existing "normcorp" value in line
    last_end: int  # where the last value ends, to append after
    meta: Any = None  # the existing "normcorp" value

    def replaced(self, text: str, meta: dict[str, Any]) -> str:
        """The line with the new text and the `normcorp` object.

        A record that normcorp wrote before keeps the metadata of that run
        where this run finds none: its dateline or date stamp is gone from
        the text by now, so running twice loses nothing.
        """
        meta = merged(meta, self.meta)
        splices = [(*self.text_span, dumps(text))]
        if self.meta_span is not None:
            splices.append((*self.meta_span, dumps(meta)))
        else:
            sep = ", " if self.last_end else ""
            at = self.last_end or self.line.index("{") + 1
            splices.append((at, at, f'{sep}"normcorp": {dumps(meta)}'))
        out, pos = [], 0
        for start, end, new in sorted(splices):
            out += [self.line[pos:start], new]
            pos = end
        out.append(self.line[pos:])
        return "".join(out)


def merged(meta: dict[str, Any], earlier: Any) -> dict[str, Any]:
    """This run's `normcorp` object, keeping an earlier run's values where
    this run found none: by then the dateline or date stamp an earlier run
    lifted is gone from the text, so running twice loses nothing."""
    if not isinstance(earlier, dict):
        return meta
    meta = {**meta}
    for key, value in earlier.items():
        if key in meta and key != "edits" and meta[key] in (None, []):
            meta[key] = value
    return meta


def dumps(value: Any) -> str:
    """JSON for `value`, in UTF-8 where it can be; a lone surrogate (from a
    `\\ud800` escape in the input) is written as an escape again, and so
    are DEL, the C1 controls and the line and paragraph separators, which
    tools that split lines (Python's `str.splitlines`, JavaScript) break on."""
    out = json.dumps(value, ensure_ascii=False)
    try:
        out.encode("utf-8")
    except UnicodeEncodeError:
        out = json.dumps(value)
    if _UNSAFE.search(out) is not None:
        out = _UNSAFE.sub(lambda m: f"\\u{ord(m[0]):04x}", out)
    return out


# Outside strings JSON has none of these, so the whole text may be searched.
_UNSAFE = regex.compile("[\x7f-\x9f\u2028\u2029]")


def _skip(line: str, pos: int) -> int:
    m = _WS.match(line, pos)
    return m.end() if m else pos


def _fail(why: str, pos: int) -> RecordError:
    # json's own messages may end in "at" ("Invalid control character at").
    why = why[:-3] if why.endswith(" at") else why
    return RecordError(f"not JSON: {why} at column {pos + 1}")


def parse(line: str, field: str = "text") -> Record:
    """Read one line as a record whose `field` is a string.

    Raises RecordError: not JSON, not an object, the field missing or not a
    string, or the field (or `normcorp`) given twice.
    """
    pos = _skip(line, 0)
    if not line.startswith("{", pos):
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            raise _fail(exc.msg, exc.pos) from None
        except RecursionError:
            raise RecordError("not JSON: nested too deeply") from None
        raise RecordError(f"not a JSON object but {_TYPES.get(type(value), 'a value')}")
    spans: dict[str, tuple[int, int]] = {}
    text: Any = None
    meta: Any = None
    last_end = 0
    pos = _skip(line, pos + 1)
    if line.startswith("}", pos):
        pos += 1
    else:
        while True:
            if not line.startswith('"', pos):
                raise _fail("Expecting property name enclosed in double quotes", pos)
            try:
                key, pos = json.decoder.scanstring(line, pos + 1)
                pos = _skip(line, pos)
                if not line.startswith(":", pos):
                    raise _fail("Expecting ':' delimiter", pos)
                start = _skip(line, pos + 1)
                value, end = _DECODER.raw_decode(line, start)
            except json.JSONDecodeError as exc:
                raise _fail(exc.msg, exc.pos) from None
            except RecursionError:
                raise RecordError("not JSON: nested too deeply") from None
            if key in (field, "normcorp") and key in spans:
                raise RecordError(f"duplicate key {key!r}")
            spans[key] = (start, end)
            if key == field:
                text = value
            elif key == "normcorp":
                meta = value
            last_end = end
            pos = _skip(line, end)
            if line.startswith(",", pos):
                pos = _skip(line, pos + 1)
                continue
            if line.startswith("}", pos):
                pos += 1
                break
            raise _fail("Expecting ',' delimiter", pos)
    pos = _skip(line, pos)
    if pos != len(line):
        raise _fail("Extra data", pos)
    if field not in spans:
        raise RecordError(f"no field {field!r}")
    if not isinstance(text, str):
        raise RecordError(f"field {field!r} is {_TYPES.get(type(text), 'a value')}, not a string")
    return Record(line, text, spans[field], spans.get("normcorp"), last_end, meta)
