"""Invariants of the whole pipeline, for any str."""

import pickle

import pytest
import regex
from checks import check_record
from hypothesis import given
from hypothesis import strategies as st
from strategies import articles, scraped_text

import normcorp
from normcorp import Normalizer
from normcorp import text as t
from normcorp.edits import apply

REPLACED = (
    "".join([*t.QUOTES, *t.DASHES, *t.ELLIPSES, *t.SPACES, *t.INVISIBLE, *t.CONTROLS, *t.FOLDS])
    + "\r\t\v\f\x85\u2028\u2029"
)
_REPLACED_RE = regex.compile("[" + regex.escape(REPLACED, special_only=False) + "]")


@given(scraped_text)
def test_record_is_exact(s):
    check_record(s, normcorp.normalize(s))


@given(scraped_text)
def test_normalising_twice_changes_nothing(s):
    once = normcorp.normalize(s).text
    twice = normcorp.normalize(once)
    assert twice.text == once
    assert twice.edits == ()


@given(scraped_text)
def test_canonical_text_has_canonical_form(s):
    out = normcorp.normalize(s).text
    assert not _REPLACED_RE.search(out), "a character a rule replaces"
    assert out == "" or (out.endswith("\n") and not out.endswith("\n\n"))
    assert "  " not in out and "\n\n\n" not in out
    assert all(line == line.strip(" ") for line in out.split("\n"))
    assert not out.startswith(("\n", " "))


@given(scraped_text, st.sets(st.sampled_from(Normalizer().rules)))
def test_any_rule_selection_keeps_the_record(s, off):
    doc = Normalizer(disable=off)(s)
    assert doc.restore() == s
    assert apply(s, doc.edits) == doc.text
    assert not {p for e in doc.edits for p in e.rule.split("+")} & off


@given(articles())
def test_clean_text_passes_unchanged(s):
    doc = normcorp.normalize(s)
    assert doc.text == s
    assert doc.edits == ()
    assert (doc.date, doc.dateline, doc.bylines) == (None, None, ())


def test_normalizer_lists_rules_and_pickles():
    n = Normalizer(disable=["text.abbrev", "text.quotes"])
    assert "text.abbrev" not in n.rules and "text.whitespace" in n.rules
    m = pickle.loads(pickle.dumps(n))
    assert m.rules == n.rules
    s = "the U.S. \u201cnow\u201d"
    assert m(s) == n(s)


def test_family_switch():
    families = ["text", "wire", "dates", "names"]
    assert Normalizer(disable=families).rules == ()
    assert Normalizer(disable=families)("a  b").text == "a  b"
    assert not any(r.startswith("wire.") for r in Normalizer(disable=["wire"]).rules)


def test_unknown_rule_is_an_error():
    import pytest

    with pytest.raises(ValueError, match="unknown rule"):
        Normalizer(disable=["text.abbrevs"])
    with pytest.raises(TypeError):
        normcorp.normalize(b"bytes")  # type: ignore[arg-type]


def test_one_normalizer_serves_many_threads(seeds):
    from concurrent.futures import ThreadPoolExecutor

    n = Normalizer()
    texts = [s.replace("Syria", f"Syria{i}") for i in range(40) for s in seeds]
    with ThreadPoolExecutor(8) as pool:
        parallel = list(pool.map(n, texts))
    assert parallel == [n(s) for s in texts]


def shout(text: str) -> list[normcorp.Change]:
    """A user's own rule: "Syria" -> "SYRIA"."""
    return [normcorp.Change(m.start(), m.end(), "SYRIA") for m in regex.finditer("Syria", text)]


def test_a_users_own_rule_joins_the_pipeline():
    n = Normalizer(pipeline=[*normcorp.build_rules(), normcorp.Rule("my.shout", shout)])
    assert n.rules[-1] == "my.shout"
    doc = n("Syria\u2019s  talks\n")
    assert doc.text == "SYRIA's talks\n"
    assert doc.restore() == "Syria\u2019s  talks\n"
    assert pickle.loads(pickle.dumps(n)).rules == n.rules
    assert Normalizer(pipeline=n._pipeline, disable=["my"]).rules[-1] != "my.shout"


_UNRECORDED = Normalizer(record_edits=False)


@given(st.one_of(scraped_text, articles()))
def test_without_the_record_the_result_is_the_same(s):
    recorded, unrecorded = normcorp.normalize(s), _UNRECORDED(s)
    assert unrecorded.text == recorded.text
    assert unrecorded.to_dict() == recorded.to_dict()
    assert unrecorded.edits is None


def test_without_the_record_nothing_pretends_to_restore():
    doc = _UNRECORDED("The \u201cU.S.\u201d  said")
    assert doc.text == 'The "US" said\n'
    with pytest.raises(ValueError, match="no edits were recorded"):
        doc.restore()
    with pytest.raises(ValueError, match="no edits were recorded"):
        doc.to_dict(edits=True)
    assert pickle.loads(pickle.dumps(_UNRECORDED))("a\u2019b").edits is None
