"""The examples of the documentation run, and print what they say they print."""

from __future__ import annotations

import doctest
import subprocess
import sys
from pathlib import Path

import pytest
import regex

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted([ROOT / "README.md", *(ROOT / "docs").glob("*.md")])
_BLOCK = regex.compile(r"^```pycon\n(.*?)^```$", flags=regex.MULTILINE | regex.DOTALL)


def _examples(page: Path) -> str:
    """The page's `pycon` blocks, in order, as one doctest: a block may use
    what an earlier block of the page defined."""
    return "\n".join(m[1] for m in _BLOCK.finditer(page.read_text(encoding="utf-8")))


def _jsonl_setup(tmp: Path) -> None:
    # jsonl.md reads the out.jsonl that its console example writes.
    record = '{"id": 8, "text": "The minister\\u2019s  visit&hellip;"}\n'
    with open(tmp / "out.jsonl", "wb") as out:
        subprocess.run(
            [sys.executable, "-m", "normcorp", "--jsonl", "--edits"],
            input=record.encode(),
            stdout=out,
            check=True,
        )


SETUP = {"jsonl.md": _jsonl_setup}


@pytest.mark.parametrize("page", [p for p in PAGES if _examples(p)], ids=lambda p: p.name)
def test_examples(page: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # what an example writes goes there
    if page.name in SETUP:
        SETUP[page.name](tmp_path)
    test = doctest.DocTestParser().get_doctest(_examples(page), {}, page.name, str(page), 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    out: list[str] = []
    runner.run(test, out=out.append)
    assert runner.tries > 0
    assert runner.failures == 0, "".join(out)
