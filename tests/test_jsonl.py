"""Record parsing and splicing."""

import contextlib
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from normcorp import jsonl

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
    max_leaves=10,
)


@given(
    st.dictionaries(st.text().filter(lambda k: k not in ("text", "normcorp")), json_values),
    st.text(),
    st.text(),
    st.sampled_from([None, ",", ", ", " , "]),
)
def test_splice_equals_rebuilt_record(others, text, new, sep):
    record = {**others, "text": text}
    line = json.dumps(record, ensure_ascii=False, separators=((sep or ", "), ": ") if sep else None)
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:
        line = json.dumps(record)
    parsed = jsonl.parse(line)
    assert parsed.text == text
    out = json.loads(parsed.replaced(new, {"title": None}))
    assert out == {**others, "text": new, "normcorp": {"title": None}}
    assert list(out) == [*record, "normcorp"]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("", "not JSON: Expecting value at column 1"),
        ("{", "not JSON: Expecting property name enclosed in double quotes at column 2"),
        ('{"text": "a" "b"}', "not JSON: Expecting ',' delimiter at column 14"),
        ('{"text" "a"}', "not JSON: Expecting ':' delimiter at column 9"),
        ('{"text": "a"} x', "not JSON: Extra data at column 15"),
        ('{"text": "a\x00"}', "not JSON: Invalid control character at column 12"),
        ('{"text": "a",}', "not JSON: Expecting property name enclosed in double quotes"),
        ("[1]", "not a JSON object but an array"),
        ("3", "not a JSON object but a number"),
        ("{}", "no field 'text'"),
        ('{"text": null}', "field 'text' is null, not a string"),
        ('{"text": "a", "text": "b"}', "duplicate key 'text'"),
        ("[" * 100000, "not JSON"),
    ],
)
def test_errors(line, message):
    with pytest.raises(jsonl.RecordError, match="^" + message.replace("(", r"\(")):
        jsonl.parse(line)


@given(st.text())
def test_never_crashes(s):
    with contextlib.suppress(jsonl.RecordError):
        jsonl.parse(s)
