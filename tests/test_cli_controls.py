"""NUL and other control characters through the command line.

Scraped text carries NUL, ESC and other C0 and C1 controls. The rule
`text.control` removes them (tab and line breaks are whitespace, for
`text.whitespace`); whatever reaches JSON output is escaped, so every
output line is valid JSON, even with the rule switched off; and no input
makes the command line print a traceback.
"""

from __future__ import annotations

import json

import pytest
from test_cli import jsonl, run

import normcorp
from normcorp import text as t

# Every C0 control but the line breaks, DEL, and some of C1, between words.
CONTROLS = [
    chr(c) for c in [*range(0x00, 0x0A), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F, 0x80, 0x85, 0x9F]
]
TEXT = "Nul\x00 at\x00\x00 start. " + " ".join(f"w{i}{c}x" for i, c in enumerate(CONTROLS)) + "\n"
# Line breaks for str.splitlines and JavaScript, which JSON need not escape.
SEPARATORS = "\x85\u2028\u2029"
REMOVED = set(t.CONTROLS)  # what text.control removes


def _no_raw_controls(out: bytes) -> bool:
    """No byte below 0x20 in the output but the newline after each record,
    and no DEL, C1 control or line separator: each record reads as one
    line whoever splits the lines."""
    text = out.decode()
    return all(b >= 0x20 for line in out.split(b"\n") for b in line) and not any(
        "\x7f" <= c <= "\x9f" or c in SEPARATORS for c in text
    )


def test_plain_text_controls_are_removed_by_their_rule():
    r = run(stdin=TEXT.encode())
    assert (r.returncode, r.stderr) == (0, b"")
    out = r.stdout.decode()
    assert out == normcorp.normalize(TEXT).text
    assert not REMOVED & set(out)
    assert "w0x w1x" in out and "\t" not in out  # a tab is whitespace: one space
    explained = run("--explain", stdin=TEXT.encode()).stdout.decode()
    assert "text.control\t'\\x00' -> ''" in explained
    assert "text.control\t'\\x1b' -> ''" in explained


def test_plain_text_passes_them_through_with_the_rule_off():
    r = run("--disable", "text.control", stdin=TEXT.encode())
    assert (r.returncode, r.stderr) == (0, b"")
    out = r.stdout.decode()
    assert out == normcorp.Normalizer(disable=["text.control"])(TEXT).text
    assert {"\x00", "\x01", "\x1b", "\x7f", "\x9f"} <= set(out)


@pytest.mark.parametrize("disable", [[], ["--disable", "text.control"]])
def test_json_lines_escape_every_control(disable):
    records = [
        {"id": 1, "text": TEXT},
        {"id": 2, "text": "\x00" * 1000},
        {"id": 3, "text": "\x00\x1b"},
        {"id": 4, "text": "ok", "note": "\x00 in another field"},
        {"id": 5, "text": f"a{SEPARATORS}b"},
    ]
    data = jsonl(*records)
    assert b"\\u0000" in data and b"\x00" not in data  # json.dumps escapes them
    r = run("--jsonl", "--edits", *disable, stdin=data)
    assert (r.returncode, r.stderr) == (0, b"")
    assert _no_raw_controls(r.stdout)
    out = [json.loads(line) for line in r.stdout.decode().splitlines()]
    n = normcorp.Normalizer(disable=["text.control"] if disable else [])
    for rec, got in zip(records, out, strict=True):
        assert got["text"] == n(rec["text"]).text
        assert {k: v for k, v in got.items() if k not in ("text", "normcorp")} == {
            k: v for k, v in rec.items() if k != "text"
        }
        edits = tuple(normcorp.Edit(**e) for e in got["normcorp"]["edits"])
        doc = normcorp.Document(text=got["text"], original=rec["text"], edits=edits)
        assert doc.restore() == rec["text"]
    texts = [o["text"] for o in out]
    if disable:
        assert "\x00" in texts[0] and texts[1] == "\x00" * 1000 + "\n"
    else:
        assert not REMOVED & set("".join(texts))
        assert texts[1:3] == ["", ""]  # nothing but controls: nothing left
        rules = {e["rule"] for e in out[0]["normcorp"]["edits"]}
        assert "text.control" in rules


def test_plain_text_to_json_lines_escapes_controls():
    r = run("--to-jsonl", "--disable", "text.control", stdin=TEXT.encode())
    assert (r.returncode, r.stderr) == (0, b"")
    assert _no_raw_controls(r.stdout)
    (rec,) = [json.loads(line) for line in r.stdout.decode().splitlines()]
    assert rec["text"] == normcorp.Normalizer(disable=["text.control"])(TEXT).text
    assert "\x00" in rec["text"]


def test_a_raw_nul_in_a_json_line_is_reported_not_a_traceback():
    data = b'{"text": "ok"}\n{"text": "a\x00b"}\n{"text": "\\u0000"}\n'
    r = run("--jsonl", stdin=data)
    assert r.returncode == 2 and b"Traceback" not in r.stderr
    assert b"-:2: not JSON: Invalid control character" in r.stderr
    r = run("--jsonl", "--errors", "skip", stdin=data)
    assert r.returncode == 1 and b"Traceback" not in r.stderr
    assert [json.loads(x)["text"] for x in r.stdout.splitlines()] == ["ok\n", ""]
