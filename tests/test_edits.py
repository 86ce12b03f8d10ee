"""The edit record: composing rules' changes keeps an exact, minimal record."""

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from normcorp.edits import Change, Edit, apply, compose, unapply


def check_record(original: str, edits: list[Edit], text: str) -> None:
    pos = 0
    for e in edits:
        assert pos <= e.start <= e.end, "sorted and non-overlapping"
        assert e.before == original[e.start : e.end]
        assert e.before != e.after, "no no-op edits"
        pos = e.end
    for a, b in itertools.pairwise(edits):
        assert not (a.start == a.end == b.start == b.end), "one insertion per point"
    assert apply(original, edits) == text
    assert unapply(text, edits) == original


@st.composite
def changes_for(draw, text: str) -> list[Change]:
    """Random sorted, non-overlapping changes for `text`, insertions included."""
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=8)))
    changes, pos = [], 0
    for a, b in zip(cuts[::2], cuts[1::2], strict=False):  # an odd cut is dropped
        if a < pos or (a == b and changes and changes[-1].start == changes[-1].end == a):
            continue
        changes.append(Change(a, b, draw(st.text(alphabet="xyz-", max_size=3))))
        pos = b
    return changes


@given(st.text(alphabet="abc \n", max_size=30), st.data())
def test_composed_rules_keep_an_exact_record(original, data):
    edits: list[Edit] = []
    current = original
    for n in range(data.draw(st.integers(1, 5))):
        changes = data.draw(changes_for(current))
        expected = apply_changes(current, changes)
        edits, current = compose(original, edits, current, changes, f"r{n}")
        assert current == expected
        check_record(original, edits, current)


def apply_changes(text: str, changes: list[Change]) -> str:
    for c in reversed(changes):
        text = text[: c.start] + c.after + text[c.end :]
    return text


def test_a_rewrite_of_an_earlier_edit_carries_both_rule_names():
    original = "Dr.\u00a0Faisal"
    edits, current = compose(original, [], original, [Change(3, 4, " ")], "text.space")
    edits, current = compose(
        original, edits, current, [Change(0, 10, "Dr. Faisal Mekdad")], "names.person"
    )
    assert current == "Dr. Faisal Mekdad"
    assert edits == [Edit("text.space+names.person", 0, 10, original, current)]


def test_adjacent_edits_stay_apart():
    original = "a\u00a0\u2019b"
    edits, current = compose(original, [], original, [Change(1, 2, " ")], "text.space")
    edits, current = compose(original, edits, current, [Change(2, 3, "'")], "text.quotes")
    assert [e.rule for e in edits] == ["text.space", "text.quotes"]
    assert current == "a 'b"


def test_an_edit_undone_by_a_later_rule_leaves_no_record():
    edits, current = compose("ab", [], "ab", [Change(0, 1, "x")], "one")
    edits, current = compose("ab", edits, current, [Change(0, 1, "a")], "two")
    assert (edits, current) == ([], "ab")


def test_insertion_at_the_point_of_an_insertion_is_one_edit():
    edits, current = compose("ab", [], "ab", [Change(2, 2, "\n")], "text.whitespace")
    edits, current = compose("ab", edits, current, [Change(2, 2, ".")], "other")
    assert edits == [Edit("text.whitespace+other", 2, 2, "", ".\n")]


@pytest.mark.parametrize(
    "changes",
    [
        [Change(2, 1, "")],
        [Change(0, 2, ""), Change(1, 3, "")],
        [Change(0, 9, "")],
        [Change(1, 1, "x"), Change(1, 1, "y")],
    ],
)
def test_a_rule_returning_bad_changes_is_named(changes):
    with pytest.raises(ValueError, match="rule bad"):
        compose("abc", [], "abc", changes, "bad")


def test_unapply_refuses_edits_that_do_not_fit():
    with pytest.raises(ValueError):
        unapply("abc", [Edit("r", 0, 1, "x", "zz")])
