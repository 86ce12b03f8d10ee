"""Coverage-guided fuzz target for normcorp, run with atheris (libFuzzer).

Why: the property tests draw from strategies someone wrote down; a fuzzer
mutates bytes towards code that no test reached, and finds inputs nobody
thought of. It runs locally, for minutes or hours, not in CI: see
docs/fuzzing.md.

What it checks, for every input:

- text (decoded from the input bytes, or put together from wire and name
  pieces the input chooses): `Normalizer()(text)` does not raise, its edit
  record rebuilds the original exactly, and normalising the output again
  changes nothing;
- JSON Lines: the input's bytes as one line, read as the command line
  reads a record (UTF-8, or U+FFFD for what is not; then `jsonl.parse`).
  A line it refuses must be refused with `RecordError`; a record it
  accepts must become valid JSON on one line, with the canonical text in
  its field and the other fields as they were.

    python fuzz/fuzz_normalize.py -dict=fuzz/normcorp.dict -max_total_time=600 corpus/
    python fuzz/fuzz_normalize.py --show crash-...   # what an input decodes to

`NORMCORP_FUZZ_SKIP=idempotence` (comma-separated: `idempotence`,
`record`, `jsonl`) leaves a check out, to look past a known failure.
"""

from __future__ import annotations

import json
import os
import sys
from typing import Any

import atheris

with atheris.instrument_imports(include=["normcorp"]):
    import normcorp
    from normcorp import jsonl
    from normcorp.edits import apply

SKIP = frozenset(filter(None, os.environ.get("NORMCORP_FUZZ_SKIP", "").split(",")))

NORMALIZER = normcorp.Normalizer()

#: Pieces of wire copy the fuzzer may put together: a byte picks one.
PIECES = [
    "Damascus, SANA- ",
    "BEIRUT, Feb 24 (Reuters) - ",
    "RIYADH: ",
    " date 2022-02-24 ",
    "Published: 3 November 2020\n",
    "By Jane Doe\n",
    "(Reporting by Jane Doe; Editing by John Roe)\n",
    "Ruaa al-Jazaeri",
    "Check Also\n",
    "Tags: Syria, Russia\n",
    "Home > News > World\n",
    "\u00a9 SANA 2022. All rights reserved",
    "Fayssal Mikdad",
    "Mikdad said.",
    "Faisal al-Mekdad",
    "Gaza Strip",
    "Strait of Hormuz",
    "Abdel Fattah el-Sisi",
    "Minister ",
    "U.S.",
    "U.N. ",
    "&amp;",
    "&#8217;",
    "Mikdad\u00e2\u20ac\u2122s",
    "\u201c",
    "\u2019",
    "\u2014",
    "\u2026",
    "\u00a0",
    "\u200b",
    "e\u0301",
    "recon-\nstruction",
    "\x00",
    "\x1b",
    " ",
    "\n",
    "\n\n",
    ". ",
    ", ",
]


class Failure(AssertionError):
    """An invariant broken; the message says which."""


def _expect(ok: bool, what: str) -> None:
    if not ok:
        raise Failure(what)


def check_text(text: str) -> None:
    """The pipeline's invariants for one text."""
    doc = NORMALIZER(text)
    if "record" not in SKIP:
        _expect(doc.restore() == text, "restore() is not the original")
        _expect(apply(text, doc.edits) == doc.text, "the edits do not make the text")
    if "idempotence" not in SKIP:
        _expect(NORMALIZER(doc.text).text == doc.text, "normalising the output changed it")


def check_line(raw: bytes) -> None:
    """A JSON Lines record as the command line handles it: the first line of
    `raw`, without its line end, as UTF-8 or with U+FFFD for what is not."""
    line = raw.split(b"\n", 1)[0].rstrip(b"\r").decode("utf-8", "replace")
    try:
        record = jsonl.parse(line)
    except jsonl.RecordError:
        return
    doc = NORMALIZER(record.text)
    out = record.replaced(doc.text, doc.to_dict(edits=True))
    _expect("\n" not in out, "the output record spans lines")
    try:
        value: Any = json.loads(out)
    except json.JSONDecodeError as exc:
        raise Failure(f"the output record is not JSON: {exc}") from None
    _expect(isinstance(value, dict), "the output record is not an object")
    _expect(value.get("text") == doc.text, "the output record lost the canonical text")
    before = json.loads(line)
    before.pop("text", None)
    before.pop("normcorp", None)
    after = {k: v for k, v in value.items() if k not in ("text", "normcorp")}
    # Equal as parsed values; NaN is never equal to itself, so compare text.
    _expect(json.dumps(after, sort_keys=True) == json.dumps(before, sort_keys=True), "fields")


def decode(data: bytes) -> tuple[str, str | bytes]:
    """What one input is: ("text", str) or ("line", bytes)."""
    fdp = atheris.FuzzedDataProvider(data)
    mode = fdp.ConsumeIntInRange(0, 3)
    if mode == 0:
        return "text", fdp.ConsumeUnicodeNoSurrogates(fdp.remaining_bytes())
    if mode == 1:
        # Wire pieces in an order the fuzzer chooses, with its own text between.
        parts = []
        while fdp.remaining_bytes() > 0:
            if fdp.ConsumeBool():
                parts.append(PIECES[fdp.ConsumeIntInRange(0, len(PIECES) - 1)])
            else:
                parts.append(fdp.ConsumeUnicodeNoSurrogates(fdp.ConsumeIntInRange(0, 16)))
        return "text", "".join(parts)
    if mode == 2:
        return "line", fdp.ConsumeBytes(fdp.remaining_bytes())
    # A record around fuzzed text: exercises the splice more than raw bytes do.
    text = fdp.ConsumeUnicode(fdp.remaining_bytes())
    return "line", json.dumps({"id": 1, "text": text, "n": 1.10}).encode()


def test_one_input(data: bytes) -> None:
    kind, value = decode(data)
    if kind == "text":
        assert isinstance(value, str)
        check_text(value)
    elif "jsonl" not in SKIP:
        assert isinstance(value, bytes)
        check_line(value)


def show(paths: list[str]) -> None:
    """Print what each input file (a crash, a corpus entry) decodes to."""
    for path in paths:
        with open(path, "rb") as f:
            kind, value = decode(f.read())
        print(f"{path}: {kind} {value!r}")


def main() -> None:
    if sys.argv[1:2] == ["--show"]:
        show(sys.argv[2:])
        return
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
