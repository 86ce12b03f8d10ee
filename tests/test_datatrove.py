"""The datatrove step, run by datatrove's own executor, against the command line."""

import copy
import importlib.util
import json
import pickle
import random
import subprocess
import sys

import pytest
from conftest import ROOT, SEEDS

import normcorp

pytest.importorskip("datatrove")
pytest.importorskip("orjson")  # datatrove's JSON Lines reader and writer need it

from datatrove.data import Document
from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.readers import JsonlReader
from datatrove.pipeline.writers import JsonlWriter

from normcorp.datatrove import NormcorpFormatter

GAZETTEER = ROOT / "tests" / "data" / "small_gazetteer.tsv"


def cli(*args: str) -> tuple[list[dict], str]:
    """The records `normcorp` writes, run as a subprocess from the project root,
    and what it says on standard error."""
    r = subprocess.run(
        [sys.executable, "-m", "normcorp", *args], capture_output=True, timeout=120, cwd=ROOT
    )
    assert r.returncode == 0, r.stderr.decode()
    return [json.loads(line) for line in r.stdout.decode().splitlines()], r.stderr.decode()


def run_pipeline(steps: list, tmp_path, tasks: int = 1) -> list[dict]:
    """Run `steps` + a JsonlWriter in a LocalPipelineExecutor; the records written."""
    out = tmp_path / "out"
    LocalPipelineExecutor(
        [*steps, JsonlWriter(str(out), compression=None)],
        tasks=tasks,
        workers=1,
        logging_dir=str(tmp_path / "logs"),
    ).run()
    return [json.loads(line) for f in sorted(out.glob("*.jsonl")) for line in f.open()]


# --------------------------------------------------------------------------
# A synthetic shard: bench/corpus.py's documents, seed paragraphs with the
# wrapping and damage of scrapes, and edge cases
# --------------------------------------------------------------------------

PLACES = ["Damascus", "Moscow", "Aleppo", "RIYADH", "Tehran"]
AGENCIES = ["SANA", "TASS", "IRNA"]
NOISE = [
    ("\u2019", "'"),
    ("'", "\u2019"),
    (" ", "\u00a0 "),
    ("U.S.", "U.S."),
    ("Mekdad", "Fayssal Mikdad"),
    ("Luhansk", "Lugansk"),
    ("and", "&amp;"),
    ("'", "â€™"),
    ("the", "t\u200bhe"),
    ("\n", "\r\n"),
    ("...", "\u2026"),
    ("strategic", "stra-\ntegic"),
]


def _paragraphs() -> list[str]:
    paras = []
    for p in SEEDS:
        paras += [q for q in p.read_text(encoding="utf-8").split("\n\n") if len(q) > 80]
    return paras


def _bench_corpus(n: int) -> list[dict]:
    """The first `n` documents of bench/corpus.py (seed 1), if it is there."""
    path = ROOT / "bench" / "corpus.py"
    if not path.exists():
        return []
    spec = importlib.util.spec_from_file_location("normcorp_bench_corpus", path)
    assert spec is not None and spec.loader is not None
    corpus = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(corpus)
    return [corpus.document(1, i) for i in range(n)]


def shard(n: int, seed: int = 0) -> list[dict]:
    """`n` records built from the seeds (headlines, datelines, date lines,
    bylines and trailers around seed paragraphs, with typographic damage),
    80 from bench/corpus.py, and the edge cases."""
    rng = random.Random(seed)
    paras = _paragraphs()
    records = []
    for i in range(n):
        body = "\n\n".join(rng.sample(paras, rng.randint(1, 4)))
        for old, new in rng.sample(NOISE, rng.randint(0, 4)):
            body = body.replace(old, new, rng.randint(1, 3))
        if rng.random() < 0.5:
            place, agency = rng.choice(PLACES), rng.choice(AGENCIES)
            body = rng.choice([f"{place}, {agency}- ", f"{place.upper()}: "]) + body
        if rng.random() < 0.3:
            body = f" date 2022-0{rng.randint(1, 9)}-1{rng.randint(0, 9)} " + body
        if rng.random() < 0.5:
            body = rng.choice(["Mekdad: relations strategic", "Talks to resume"]) + "\n\n" + body
        if rng.random() < 0.3:
            body += rng.choice(["\n\nRuaa al-Jazaeri", "\n\n(Reporting by Jane Doe)", ""])
        if rng.random() < 0.2:
            body += "\n\nTags: Syria, Russia\n\nShare this:"
        rec: dict = {"id": f"r{i:04d}", "text": body}
        if rng.random() < 0.5:
            rec["url"] = f"https://example.org/{i}"
            rec["score"] = rng.random()
        records.append(rec)
    # Edge cases: only whitespace, no metadata at all, a record from an earlier
    # run (its wrapping is gone but its normcorp object is kept), nested fields.
    records.append({"id": "blank", "text": " \n\u00a0\n"})
    records.append({"id": "plain", "text": "the U.S.\u00a0 presence \U0001f600"})
    first = normcorp.Normalizer()(
        f"Talks to resume\n\nDamascus, SANA- {paras[0]}\n\nRuaa al-Jazaeri"
    )
    records.append({"id": "again", "text": first.text, "normcorp": first.to_dict(), "n": [1]})
    records.append({"id": "nested", "text": paras[1], "meta": {"k": {"deep": [None, 1.5]}}})
    return records + _bench_corpus(80)


def write_shard(path, records: list[dict], files: int = 2) -> list:
    path.mkdir()
    paths = [path / f"shard-{k:02d}.jsonl" for k in range(files)]
    for k, p in enumerate(paths):
        p.write_text("".join(json.dumps(r) + "\n" for r in records[k::files]), encoding="utf-8")
    return paths


# --------------------------------------------------------------------------
# The same output as the command line
# --------------------------------------------------------------------------

OPTIONS = {
    "default": ([], {}),
    "edits": (["--edits"], {"edits": True}),
    "tables": (
        ["--disable", "text.abbrev", "--no-default-names", "--names", str(GAZETTEER)],
        {"disable": ["text.abbrev"], "gazetteer": normcorp.Gazetteer(), "names": [GAZETTEER]},
    ),
}


@pytest.mark.parametrize("option", OPTIONS)
def test_shard_as_the_cli_writes_it(tmp_path, option):
    args, kwargs = OPTIONS[option]
    records = shard(60)
    paths = write_shard(tmp_path / "in", records)
    reader = JsonlReader(str(tmp_path / "in"), glob_pattern="*.jsonl", compression=None)
    out = run_pipeline([reader, NormcorpFormatter(**kwargs)], tmp_path, tasks=2)

    lines, said = cli("--jsonl", "--stats", *args, *map(str, paths))
    want = {r["id"]: r for r in lines}
    assert len(want) == len(records)
    got = {r["id"]: r for r in out}
    # Only the record with no text left is dropped (see NormcorpFormatter).
    assert {i for i, r in want.items() if not r["text"]} == {"blank"}
    assert got.keys() == want.keys() - {"blank"}
    for i, r in got.items():
        assert r["text"] == want[i]["text"], i
        assert r["metadata"]["normcorp"] == want[i]["normcorp"], i
    # The other fields of a record are in the metadata, unchanged.
    assert got["nested"]["metadata"]["meta"] == {"k": {"deep": [None, 1.5]}}
    assert got["again"]["metadata"]["normcorp"]["dateline"] == {
        "place": "Damascus",
        "agency": "SANA",
    }
    if option == "edits":
        assert all("edits" in r["metadata"]["normcorp"] for r in got.values())

    stats = json.loads((tmp_path / "logs" / "stats.json").read_text())
    step = next(s for s in stats if "normcorp" in s["name"])["stats"]
    assert step["total"] == len(records)
    assert step["dropped_empty"] == 1
    assert step["forwarded"] == len(records) - 1
    assert step["changed"] == sum(r["text"] != want[r["id"]]["text"] for r in records)
    assert ("edits" in step) == (option == "edits")
    ambiguous = step.get("names_ambiguous", {"total": 0})["total"]
    assert f"names.ambiguous: {ambiguous}" in said  # the command line's --stats


def test_seeds_as_the_cli_writes_them(tmp_path):
    names = [str(p.relative_to(ROOT)) for p in SEEDS]
    docs = [Document(text=(ROOT / n).read_text(encoding="utf-8"), id=n) for n in names]
    out = run_pipeline([docs, NormcorpFormatter()], tmp_path)
    want, _ = cli("--to-jsonl", *names)
    assert [(r["id"], r["text"], r["metadata"]["normcorp"]) for r in out] == [
        (r["id"], r["text"], r["normcorp"]) for r in want
    ]
    assert out[0]["metadata"]["normcorp"]["dateline"] == {"place": "Damascus", "agency": "SANA"}
    assert out[1]["metadata"]["normcorp"]["date"] == "2022-02-24"


# --------------------------------------------------------------------------
# The step itself
# --------------------------------------------------------------------------


def test_empty_text_dropped_or_kept():
    docs = [Document(text=" \n\n ", id="1"), Document(text="", id="2"), Document(text="x", id="3")]
    assert [d.id for d in NormcorpFormatter().run(iter(copy.deepcopy(docs)))] == ["3"]
    kept = list(NormcorpFormatter(keep_empty=True).run(iter(docs)))
    assert [(d.id, d.text) for d in kept] == [("1", ""), ("2", ""), ("3", "x\n")]
    assert kept[0].metadata["normcorp"] == normcorp.normalize("").to_dict()


def test_step_ships_its_configuration_and_builds_once_per_process():
    step = NormcorpFormatter(disable=["text.abbrev"], names=[GAZETTEER])
    assert "_normalizer" in vars(step)  # built to check the options
    assert len(pickle.dumps(step)) < 20_000  # no Normalizer, no default gazetteer
    copies = [copy.deepcopy(step), pickle.loads(pickle.dumps(step))]
    assert all(c.normalizer is step.normalizer for c in copies)
    assert NormcorpFormatter().normalizer is not step.normalizer
    assert step.normalizer.rules == normcorp.Normalizer(disable=["text.abbrev"]).rules


def test_bad_options_fail_when_the_step_is_built(tmp_path):
    with pytest.raises(ValueError, match="unknown rule"):
        NormcorpFormatter(disable=["text.nope"])
    with pytest.raises(normcorp.GazetteerError, match="cannot read"):
        NormcorpFormatter(names=[tmp_path / "missing.tsv"])


def _python(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60, cwd=ROOT)


def test_import_normcorp_never_imports_datatrove():
    r = _python("import sys, normcorp, normcorp.cli; assert 'datatrove' not in sys.modules")
    assert r.returncode == 0, r.stderr.decode()


def test_missing_datatrove_says_what_to_install():
    r = _python("import sys; sys.modules['datatrove'] = None; import normcorp.datatrove")
    assert r.returncode != 0
    assert "pip install 'normcorp[datatrove]'" in r.stderr.decode()
