"""The command-line filter, run as a real subprocess."""

import json
import os
import subprocess
import sys

import pytest
from conftest import SEEDS

import normcorp


def run(*args: str, stdin: bytes = b"", env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "normcorp", *args],
        input=stdin,
        capture_output=True,
        timeout=120,
        env=env,
    )


def jsonl(*records: object) -> bytes:
    return b"".join(json.dumps(r).encode() + b"\n" for r in records)


def test_plain_text_from_stdin():
    r = run(stdin="the \u201cU.S.\u201d  said\u2026\r\n".encode())
    assert r.returncode == 0, r.stderr
    assert r.stdout.decode() == 'the "US" said...\n'
    assert r.stderr == b""


def test_files_in_order_one_blank_line_apart(seeds):
    r = run(*map(str, SEEDS))
    assert r.returncode == 0, r.stderr
    texts = [normcorp.normalize(s).text for s in seeds]
    assert r.stdout.decode() == "\n".join(texts)


def test_jsonl_round_trip_keeps_other_fields_in_order(tmp_path):
    src = tmp_path / "in.jsonl"
    records = [
        {
            "id": 1,
            "text": "the U.S.\u00a0 presence",
            "url": "https://sana.sy/en/?p=1",
            "tags": ["a", {"b": None}],
            "score": 1.5,
        },
        {"text": "", "lang": "en"},
    ]
    src.write_bytes(jsonl(*records))
    r = run(str(src))  # .jsonl: JSON Lines automatically
    assert r.returncode == 0, r.stderr
    out = [json.loads(line) for line in r.stdout.decode().splitlines()]
    assert list(out[0]) == ["id", "text", "url", "tags", "score", "normcorp"]
    assert out[0]["text"] == "the US presence\n"
    assert {k: v for k, v in out[0].items() if k not in ("text", "normcorp")} == {
        k: v for k, v in records[0].items() if k != "text"
    }
    assert out[0]["normcorp"] == {"title": None, "date": None, "dateline": None, "bylines": []}
    assert out[1]["text"] == "" and out[1]["lang"] == "en"


def test_jsonl_edits_restore_the_original():
    text = "Mikdad\u00e2\u20ac\u2122s  \u201cvisit\u201d\n\n\nto the U.S."
    r = run("--jsonl", "--edits", "--field", "body", stdin=jsonl({"body": text}))
    assert r.returncode == 0, r.stderr
    rec = json.loads(r.stdout)
    edits = [normcorp.Edit(**e) for e in rec["normcorp"]["edits"]]
    doc = normcorp.Document(text=rec["body"], original=text, edits=tuple(edits))
    assert doc.restore() == text
    assert rec["body"] == 'Mekdad\'s "visit"\n\nto the US.\n'


def test_to_jsonl_from_plain_files(seeds):
    r = run("--to-jsonl", *map(str, SEEDS))
    assert r.returncode == 0, r.stderr
    out = [json.loads(line) for line in r.stdout.decode().splitlines()]
    assert [o["id"] for o in out] == list(map(str, SEEDS))
    assert [o["text"] for o in out] == [normcorp.normalize(s).text for s in seeds]


def test_explain_lists_edits_with_positions():
    r = run("--explain", stdin="one\ntwo \u201cthree\u201d\n".encode())
    assert r.returncode == 0, r.stderr
    out = r.stdout.decode()
    assert "2:5\ttext.quotes\t'\u201c' -> '\"'" in out
    assert "2:11\ttext.quotes" in out
    assert "date: null" in out and "2 edits" in out


def test_disable_and_list_rules():
    r = run("--list-rules")
    assert r.returncode == 0
    names = [line.split()[0] for line in r.stdout.decode().splitlines()]
    assert names == list(normcorp.Normalizer().rules)
    r = run(
        "--disable", "text.abbrev", "--disable", "text.quotes", stdin="\u201cU.S.\u201d".encode()
    )
    assert r.stdout.decode() == "\u201cU.S.\u201d\n"
    r = run("--disable", "text.nope", stdin=b"x")
    assert r.returncode == 2 and b"unknown rule" in r.stderr


BAD = [
    (b'{"text": "ok"}', None),
    (b"{not json", "not JSON"),
    (b'["text"]', "not a JSON object but an array"),
    (b'{"id": 3}', "no field 'text'"),
    (b'{"text": 5}', "field 'text' is a number, not a string"),
    (b'{"text": "a", "text": "b"}', "duplicate key 'text'"),
]


def test_errors_fail_stops_before_the_bad_record():
    data = BAD[0][0] + b"\n" + BAD[1][0] + b"\n" + BAD[0][0] + b"\n"
    r = run("--jsonl", stdin=data)
    assert r.returncode == 2
    assert r.stdout.decode().count("\n") == 1  # the first record only
    assert (
        r.stderr.decode().strip() == "normcorp: -:2: not JSON: Expecting property name "
        "enclosed in double quotes at column 2"
    )


@pytest.mark.parametrize(("line", "reason"), BAD[1:])
def test_errors_skip_reports_file_and_line(line, reason, tmp_path):
    src = tmp_path / "x.jsonl"
    src.write_bytes(BAD[0][0] + b"\n\n" + line + b"\n" + BAD[0][0] + b"\n")
    r = run("--errors", "skip", str(src))
    assert r.returncode == 1
    assert f"{src}:3: " in r.stderr.decode() and reason in r.stderr.decode()
    assert "1 skipped (malformed records or unreadable files)" in r.stderr.decode()
    assert [json.loads(x)["text"] for x in r.stdout.decode().splitlines()] == ["ok\n", "ok\n"]


def test_errors_pass_writes_the_line_unchanged():
    data = b'{"text": "a"}\n{broken\n'
    r = run("--jsonl", "--errors", "pass", stdin=data)
    assert r.returncode == 0
    assert r.stdout.splitlines()[1] == b"{broken"
    assert b"-:2: not JSON" in r.stderr


def test_invalid_utf8_is_reported_with_its_byte_offset(tmp_path):
    src = tmp_path / "bad.txt"
    src.write_bytes(b"caf\xe9 ok \xff")
    r = run(str(src))
    assert r.returncode == 2 and r.stdout == b""
    assert f"{src}: invalid UTF-8 at byte offset 3, 2 invalid sequences" in r.stderr.decode()
    r = run("--errors", "skip", str(src))
    assert r.returncode == 0
    assert r.stdout.decode() == "caf\ufffd ok \ufffd\n"
    assert "decoded with U+FFFD" in r.stderr.decode()


def test_invalid_utf8_in_a_record_names_its_line():
    r = run("--jsonl", "--errors", "pass", stdin=b'{"text": "a"}\n{"text": "\xc3("}\n')
    assert r.returncode == 0
    assert b"-:2: invalid UTF-8 at byte offset 24 (offset 10 in the line)" in r.stderr
    assert json.loads(r.stdout.splitlines()[1])["text"] == "\ufffd(\n"


def test_missing_file():
    r = run("no/such/file.txt")
    assert r.returncode == 2 and b"no/such/file.txt: cannot read" in r.stderr
    assert b"Traceback" not in r.stderr


def test_empty_input():
    assert run().stdout == b""
    r = run("--jsonl")
    assert (r.returncode, r.stdout, r.stderr) == (0, b"", b"")


def test_jobs_give_identical_output(tmp_path):
    src = tmp_path / "many.jsonl"
    texts = [
        f"Record {i}: the U.S. \u201csaid\u201d\u2026  \n\n\nmore" * (i % 7 + 1)
        for i in range(2000)
    ]
    src.write_bytes(jsonl(*({"i": i, "text": t} for i, t in enumerate(texts))))
    one = run("--jobs", "1", "--edits", str(src))
    two = run("--jobs", "2", "--edits", str(src))
    assert one.returncode == two.returncode == 0
    assert one.stdout == two.stdout
    assert len(one.stdout.splitlines()) == 2000


def test_closed_pipe_ends_quietly(tmp_path):
    src = tmp_path / "big.jsonl"
    src.write_bytes(jsonl(*({"text": "word " * 200} for _ in range(20000))))
    p = subprocess.run(
        f'"{sys.executable}" -m normcorp "{src}" | head -n 2',
        shell=True,
        capture_output=True,
        timeout=120,
    )
    assert p.stdout.count(b"\n") == 2
    assert p.stderr == b""


def test_progress_is_silent_when_stderr_is_not_a_terminal():
    r = run("--progress", "--jsonl", stdin=jsonl({"text": "x"}))
    assert r.returncode == 0 and r.stderr == b""


def test_help_and_version():
    r = run("--help")
    assert r.returncode == 0 and b"examples:" in r.stdout
    r = run("--version")
    assert r.stdout.decode().startswith("normcorp ")


def test_console_script_is_installed():
    from shutil import which

    exe = which(
        "normcorp", path=os.path.dirname(sys.executable) + os.pathsep + os.environ.get("PATH", "")
    )
    assert exe, "pip install puts a normcorp command on PATH"
    r = subprocess.run([exe, "--version"], capture_output=True, timeout=60)
    assert r.returncode == 0


def test_other_fields_pass_through_byte_for_byte():
    line = (
        b'{"id":7, "score": 1.10, "big": 1e5, "nan": NaN, "esc": "\\u00e9\\ud800",'
        b' "nested": {"a": 1, "a": 2},  "text": "the U.S.", "tail": [ ]}'
    )
    r = run("--jsonl", stdin=line + b"\n")
    assert r.returncode == 0, r.stderr
    out = r.stdout.decode()
    assert out.startswith(line.decode().replace('"the U.S."', '"the US.\\n"')[:-1])
    assert out.endswith(
        ', "normcorp": {"title": null, "date": null, "dateline": null, "bylines": []}}\n'
    )


def test_existing_normcorp_object_is_replaced_in_place():
    r = run("--jsonl", stdin=b'{"normcorp": {"old": 1}, "text": "x"}\n')
    assert json.loads(r.stdout) == {
        "normcorp": {"title": None, "date": None, "dateline": None, "bylines": []},
        "text": "x\n",
    }


def test_byte_order_mark_on_the_first_line():
    r = run("--jsonl", stdin=b'\xef\xbb\xbf{"text": "x"}\n{"text": "y"}\n')
    assert r.returncode == 0, r.stderr
    assert [json.loads(x)["text"] for x in r.stdout.splitlines()] == ["x\n", "y\n"]


def test_lone_surrogate_stays_an_escape():
    r = run("--jsonl", stdin=b'{"text": "a\\ud800b"}\n')
    assert r.returncode == 0, r.stderr
    assert b'"a\\ud800b\\n"' in r.stdout
    # in a name: read without a warning on standard error
    r = run("--jsonl", stdin=b'{"text": "Mikdad\\ud800 said"}\n')
    assert (r.returncode, r.stderr) == (0, b"")


def test_unreadable_file_after_good_ones_with_jobs(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_bytes(jsonl(*({"text": f"r{i}"} for i in range(50))))
    r = run("--jobs", "2", str(src), "no/such.txt")
    assert r.returncode == 2
    assert len(r.stdout.splitlines()) == 50
    r = run("--jobs", "2", "--errors", "skip", "no/such.txt", str(src))
    assert r.returncode == 1 and len(r.stdout.splitlines()) == 50


def test_field_names_that_collide_are_refused():
    assert run("--field", "normcorp", stdin=b"").returncode == 2
    assert run("--to-jsonl", "--field", "id", stdin=b"").returncode == 2


def test_progress_line_counts_exactly():
    import io

    from normcorp.cli import _Reporter

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    err = Tty()
    report = _Reporter("fail", err, progress=True)
    for _ in range(3):
        report.tick(1000)
    report.close()
    assert err.getvalue().rstrip("\n").split("\r")[-1].startswith("normcorp: 3 records, 0.0 MB")


def test_list_rules_follows_disable():
    r = run("--list-rules", "--disable", "wire")
    names = [line.split()[0] for line in r.stdout.decode().splitlines()]
    assert names and not any(n.startswith("wire.") for n in names)


def test_running_twice_keeps_the_metadata(seeds):
    once = run("--to-jsonl", str(SEEDS[0]))
    twice = run("--jsonl", stdin=once.stdout)
    assert once.returncode == twice.returncode == 0
    first, second = json.loads(once.stdout), json.loads(twice.stdout)
    assert second == first
    assert first["normcorp"]["dateline"] == {"place": "Damascus", "agency": "SANA"}


def test_names_files(tmp_path):
    extra = tmp_path / "extra.tsv"
    extra.write_text(
        "canonical\tshort\tkind\tvariants\nDayr Hafir\tDayr Hafir\tplace\tDeir Hafer|Deir Hafir\n",
        encoding="utf-8",
    )
    text = b"In Deir Hafer, Fayssal Mikdad said.\n"
    r = run("--names", str(extra), stdin=text)
    assert r.stdout.decode() == "In Dayr Hafir, Faisal Mekdad said.\n"
    r = run("--names", str(extra), "--no-default-names", stdin=text)
    assert r.stdout.decode() == "In Dayr Hafir, Fayssal Mikdad said.\n"
    r = run("--no-default-names", stdin=text)
    assert r.stdout == text


def test_broken_gazetteer_row_names_file_and_line(tmp_path):
    bad = tmp_path / "bad.tsv"
    bad.write_text("canonical\tshort\tkind\tvariants\nA\tA\tcity\t\n", encoding="utf-8")
    r = run("--names", str(bad), stdin=b"x")
    assert r.returncode == 2
    assert f"{bad}:2: kind 'city'" in r.stderr.decode()
    assert b"Traceback" not in r.stderr
