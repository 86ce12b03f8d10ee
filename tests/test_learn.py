"""Learning name variants from a corpus."""

import json
import subprocess
import sys

from normcorp import Gazetteer, Normalizer
from normcorp.learn import Learner, learn

CORPUS = [
    "Foreign Minister Fayssal Mikdad met the envoy. Foreign Minister Faisal Mekdad said so.",
    "Foreign Minister Faisal Mekdad met Vladimir Putin. Dr. Ali Mokdad, a doctor, spoke.",
    "Foreign Minister Fayssal Mikdad met Vladimir Putin in Lugansk. Foreign Minister "
    "Fayssal Mikdad left.",
    "The fighting in Luhansk went on. Shelling in Lugansk was reported.",
]


def test_groups_spellings_whose_keys_and_contexts_agree():
    learner = Learner()
    for text in CORPUS:
        learner.add(text)
    groups = [{s.text for s in g} for g in learner.groups(min_count=2)]
    assert {"Fayssal Mikdad", "Faisal Mekdad"} in groups
    # Ali Mokdad shares no title and no neighbour with the minister: apart.
    assert not any("Ali Mokdad" in g for g in groups)


def test_tsv_is_accepted_by_the_gazetteer(tmp_path):
    out = tmp_path / "learned.tsv"
    out.write_text(learn(CORPUS), encoding="utf-8")
    g = Gazetteer.from_tsv(out)
    (e,) = [e for e in g if "Mikdad" in e.canonical or "Mekdad" in e.canonical]
    assert e.canonical == "Fayssal Mikdad" and e.kind == "person" and e.short == "Mikdad"
    assert Normalizer(gazetteer=g)("Faisal Mekdad spoke.\n").text == "Fayssal Mikdad spoke.\n"
    assert "# Fayssal Mikdad 3, Faisal Mekdad 2" in out.read_text(encoding="utf-8")


def test_known_names_report_only_what_the_gazetteer_lacks():
    known = Gazetteer.default()
    tsv = learn(CORPUS, known=known)
    rows = [r for r in tsv.splitlines() if r and not r.startswith(("#", "canonical"))]
    assert all("Fayssal Mikdad" not in r for r in rows)  # listed already


def test_min_count():
    assert "Mikdad" not in learn(CORPUS, min_count=10)


def test_cli_learns_from_text_and_jsonl(tmp_path):
    text = tmp_path / "a.txt"
    text.write_text(CORPUS[0] + "\n\n" + CORPUS[1], encoding="utf-8")
    records = tmp_path / "b.jsonl"
    records.write_text("".join(json.dumps({"text": t}) + "\n" for t in CORPUS[2:]) + "{bad\n")
    r = subprocess.run(
        [sys.executable, "-m", "normcorp", "names", "learn", str(text), str(records)],
        capture_output=True,
        timeout=120,
    )
    assert r.returncode == 1  # the bad record was reported and skipped
    assert f"{records}:3: not JSON" in r.stderr.decode()
    assert "Fayssal Mikdad\tMikdad\tperson\tFaisal Mekdad" in r.stdout.decode()
    learned = tmp_path / "learned.tsv"
    learned.write_bytes(r.stdout)
    again = subprocess.run(
        [sys.executable, "-m", "normcorp", "--no-default-names", "--names", str(learned)],
        input=b"Faisal Mekdad spoke.",
        capture_output=True,
        timeout=120,
    )
    assert again.stdout == b"Fayssal Mikdad spoke.\n"


def test_memory_is_bounded(monkeypatch):
    import normcorp.learn as learn_module

    monkeypatch.setattr(learn_module, "MAX_SPELLINGS", 100)
    learner = Learner()
    for i in range(300):
        learner.add(f"Minister Name{chr(65 + i % 26)}{i} Person{i} spoke.")
    assert len(learner.spellings) <= 101
