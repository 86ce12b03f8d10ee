"""normcorp's throughput and memory against floors and peers, measured in one run.

Usage:

    pip install '.[bench]'    # the peers: ftfy (a dependency anyway) and clean-text
    python bench/run.py [--mb 20] [--rounds 5] [--seed 1] [--cli-mb 200]
                        [--cli-big-mb 1000] [--skip-cli] [--skip-gazetteer]
                        [--skip-flat] [--skip-rss] [--json results.json]

    python bench/run.py --mb 2 --rounds 3 --cli-mb 10 --cli-big-mb 0   # a quick check

What one run measures, every number a median or a ratio taken in this run:

- in process, over `--mb` megabytes of the corpus of `bench/corpus.py`
  (JSON decoded before any clock starts): each subject once per round,
  `--rounds` rounds, the order rotated each round, timed with
  `time.perf_counter` (MB/s, docs/s) and `time.process_time` (CPU MB/s).
  MB are 10**6 bytes of the input texts' UTF-8. The subjects: the default
  pipeline; each rule family alone (`wire` alone keeps `dates`, which runs
  in the wire stage); the default without the edit record; the default with
  a 100,000-entity gazetteer added; two floors (a loop calling `len` on each
  text; one precompiled `regex` whitespace pass); the peers `ftfy.fix_text`
  and `cleantext.clean`, both with their default arguments ("not installed"
  when missing);
- peak RSS of each subject: a fresh process per subject (this script again,
  with the hidden `--child` flag) that loads the corpus, imports every
  library, runs the subject once over the corpus and reports its peak RSS
  (VmHWM); a baseline process that only loads and imports shows what is
  the subject's own;
- flatness: the default pipeline over a `--cli-mb` stream read record by
  record from a file in a child process (memory bounded by the record),
  only the normalising timed, MB/s of the first `--mb` MB against the whole;
- the CLI end to end: `python -m normcorp --jsonl --jobs N < FILE > /dev/null`
  on the `--cli-mb` file with `--jobs 1` and `--jobs 2` (wall time, MB/s of
  text, speedup; peak RSS: exact for the largest process of the tree, from
  `wait4` in a small wrapper process, and sampled from /proc for each
  process and for the tree), then `--jobs 1` on the `--cli-big-mb` file for
  its peak RSS (0 skips it; at 1.5 MB/s, 1000 MB take 11 minutes);
- the gazetteer: the default against the default with 100,000 synthetic
  entities (`bench/gazetteer.py`'s `synthetic`), from the rounds above, and
  the one-time cost of building the big one.

Corpus files are written once under `--cache-dir` (default bench/.cache/),
named by seed, size and a hash of bench/corpus.py, and reused while those
match; a smaller file is cut from a larger one (a smaller `--mb` gives a
prefix of a larger one), and a new one is generated on all cores.

The report is Markdown on standard output (progress on standard error);
`--json` also writes every number, every round included.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import functools
import gc
import hashlib
import importlib
import itertools
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))

import corpus  # noqa: E402  (bench/corpus.py, beside this file)

# The targets, as ratios measured in one run.
TARGET_X_FTFY = 3.0  # default pipeline MB/s at least this many times ftfy.fix_text's
TARGET_FLAT = 0.9  # whole --cli-mb stream MB/s at least this share of its first --mb MB
TARGET_CLI_RSS_MB = 150.0  # CLI --jobs 1 peak RSS on the --cli-big-mb (1 GB) file
TARGET_JOBS = 1.7  # --jobs 2 at least this many times as fast as --jobs 1
TARGET_GAZETTEER = 1.5  # 100,000-entity gazetteer at most this many times the default's time

BIG_GAZETTEER = 100_000
GENERATE_BLOCK = 64  # documents per task when generating a corpus file

Func = Callable[[str], object]


_START = time.perf_counter()


def _log(message: str) -> None:
    print(f"[{time.perf_counter() - _START:7.1f}s] {message}", file=sys.stderr, flush=True)


# --------------------------------------------------------------------------
# Subjects
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Subject:
    key: str
    label: str
    make: Callable[[], Func]  # raises ImportError when a peer is not installed


def _normalizer(**kwargs: Any) -> Callable[[], Func]:
    def make() -> Func:
        import normcorp

        return normcorp.Normalizer(**kwargs)

    return make


def _big_gazetteer(timings: dict[str, float] | None = None) -> Func:
    """The default pipeline with 100,000 synthetic entities added to the
    default gazetteer; `timings` gets the seconds each step of the build took."""
    from gazetteer import synthetic  # bench/gazetteer.py

    import normcorp

    t0 = time.perf_counter()
    entities = synthetic(BIG_GAZETTEER)
    t1 = time.perf_counter()
    gazetteer = normcorp.Gazetteer.default() + normcorp.Gazetteer(entities)
    t2 = time.perf_counter()
    normalizer = normcorp.Normalizer(gazetteer=gazetteer)
    t3 = time.perf_counter()
    if timings is not None:
        timings.update(
            entities=len(gazetteer), synthetic_s=t1 - t0, gazetteer_s=t2 - t1, normalizer_s=t3 - t2
        )
    return normalizer


def _floor_loop() -> Func:
    return len


def _floor_regex() -> Func:
    import regex

    return functools.partial(regex.compile(r"\s+").sub, " ")


def _ftfy() -> Func:
    import ftfy

    return ftfy.fix_text


def _cleantext() -> Func:
    from cleantext import clean

    return clean


def subjects(*, gazetteer: bool) -> list[Subject]:
    """Every subject of the in-process rounds, in the report's order."""
    out = [
        Subject("default", "normcorp default", _normalizer()),
        Subject("text", "normcorp `text` alone", _normalizer(disable=["wire", "dates", "names"])),
        Subject(
            "wire", "normcorp `wire` alone (with `dates`)", _normalizer(disable=["text", "names"])
        ),
        Subject("names", "normcorp `names` alone", _normalizer(disable=["text", "wire", "dates"])),
        Subject("norec", "normcorp default, `record_edits=False`", _normalizer(record_edits=False)),
        # The pipeline less its costliest stage: what the rest costs with it.
        Subject("nonames", "normcorp default without `names`", _normalizer(disable=["names"])),
    ]
    if gazetteer:
        out.append(Subject("gazetteer", "normcorp default, +100,000 entities", _big_gazetteer))
    out += [
        Subject("floor_loop", "floor: `len(t)` for each text", _floor_loop),
        Subject("floor_regex", 'floor: `regex.compile(r"\\s+").sub(" ", t)`', _floor_regex),
        Subject("ftfy", "`ftfy.fix_text` (defaults)", _ftfy),
        Subject("cleantext", "`cleantext.clean` (defaults)", _cleantext),
    ]
    return out


def _import_all() -> None:
    """Import every library a subject may use, so that each child's RSS
    starts from the same baseline."""
    for name in ("normcorp", "regex", "ftfy", "cleantext", "gazetteer"):
        with contextlib.suppress(ImportError):
            importlib.import_module(name)


# --------------------------------------------------------------------------
# Corpus files, cached
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class CorpusFile:
    path: Path
    mb: float
    seed: int
    docs: int
    text_bytes: int  # UTF-8 bytes of the "text" fields
    file_bytes: int
    max_record_bytes: int | None = None  # the longest line

    @property
    def text_mb(self) -> float:
        return self.text_bytes / 1e6


def _corpus_tag() -> str:
    """A hash of the generator: a cached file is stale once corpus.py changes."""
    return hashlib.sha256((BENCH / "corpus.py").read_bytes()).hexdigest()[:10]


def _stem(mb: float, seed: int, tag: str) -> str:
    return f"corpus-seed{seed}-{mb:g}mb-{tag}"


def _cached(cache: Path, mb: float, seed: int, tag: str) -> CorpusFile | None:
    path = cache / f"{_stem(mb, seed, tag)}.jsonl"
    try:
        meta = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        size = path.stat().st_size
    except (OSError, ValueError):
        return None
    if size != meta.get("file_bytes"):
        return None
    return CorpusFile(
        path, mb, seed, meta["docs"], meta["text_bytes"], size, meta.get("max_record_bytes")
    )


def _save_meta(path: Path, docs: int, text_bytes: int, longest: int) -> CorpusFile:
    meta = path.with_suffix(".json")
    mb, seed = _parse_stem(path.stem)
    size = path.stat().st_size
    tmp = meta.with_suffix(".json.tmp")
    tmp.write_text(
        json.dumps(
            {
                "mb": mb,
                "seed": seed,
                "docs": docs,
                "text_bytes": text_bytes,
                "file_bytes": size,
                "max_record_bytes": longest,
            }
        )
        + "\n",
        encoding="utf-8",
    )
    os.replace(tmp, meta)
    return CorpusFile(path, mb, seed, docs, text_bytes, size, longest)


def _parse_stem(stem: str) -> tuple[float, int]:
    _, seed, mb, _ = stem.split("-")
    return float(mb.removesuffix("mb")), int(seed.removeprefix("seed"))


def _block(seed: int, start: int) -> list[tuple[str, int]]:
    """Documents start.. of the corpus, as JSON lines with their text's size."""
    out = []
    for i in range(start, start + GENERATE_BLOCK):
        record = corpus.document(seed, i)
        out.append((json.dumps(record, ensure_ascii=False), len(record["text"].encode("utf-8"))))
    return out


def _generate(path: Path, mb: float, seed: int, jobs: int) -> CorpusFile:
    """What `python bench/corpus.py --mb MB --seed SEED -o PATH` writes, on `jobs` cores."""
    budget = int(mb * 1_000_000)
    total = docs = longest = 0
    tmp = path.with_suffix(".jsonl.tmp")
    starts = itertools.count(0, GENERATE_BLOCK)
    with (
        ProcessPoolExecutor(jobs) as pool,
        open(tmp, "w", encoding="utf-8", newline="\n") as out,
    ):
        pending = collections.deque(
            pool.submit(_block, seed, next(starts)) for _ in range(4 * jobs)
        )
        while total < budget:
            for line, size in pending.popleft().result():
                out.write(line + "\n")
                longest = max(longest, len(line.encode("utf-8")) + 1)
                total += size
                docs += 1
                if total >= budget:
                    break
            pending.append(pool.submit(_block, seed, next(starts)))
        for future in pending:
            future.cancel()
    os.replace(tmp, path)
    return _save_meta(path, docs, total, longest)


def _cut(source: CorpusFile, path: Path, mb: float) -> CorpusFile:
    """The first `mb` MB of a larger file of the same seed: the file `_generate` would write."""
    budget = int(mb * 1_000_000)
    total = docs = longest = 0
    tmp = path.with_suffix(".jsonl.tmp")
    with (
        open(source.path, encoding="utf-8") as src,
        open(tmp, "w", encoding="utf-8", newline="\n") as out,
    ):
        for line in src:
            out.write(line)
            longest = max(longest, len(line.encode("utf-8")))
            total += len(json.loads(line)["text"].encode("utf-8"))
            docs += 1
            if total >= budget:
                break
    if total < budget:
        raise RuntimeError(f"{source.path} holds less than {mb:g} MB of text")
    os.replace(tmp, path)
    return _save_meta(path, docs, total, longest)


def corpus_files(cache: Path, sizes: Sequence[float], seed: int) -> dict[float, CorpusFile]:
    """A cached corpus file of each size, generating or cutting what is missing."""
    cache.mkdir(parents=True, exist_ok=True)
    tag = _corpus_tag()
    for stale in cache.glob("corpus-*"):
        if tag not in stale.name:
            _log(f"removing {stale} (made by another version of corpus.py)")
            stale.unlink()
    have = {}
    for path in cache.glob(f"corpus-seed{seed}-*-{tag}.jsonl"):
        mb, _ = _parse_stem(path.stem)
        hit = _cached(cache, mb, seed, tag)
        if hit is not None:
            have[mb] = hit
    out = {}
    jobs = len(os.sched_getaffinity(0))
    for mb in sorted(set(sizes), reverse=True):
        if mb in have:
            out[mb] = have[mb]
            continue
        path = cache / f"{_stem(mb, seed, tag)}.jsonl"
        larger = [f for m, f in have.items() if m > mb]
        t = time.perf_counter()
        if larger:
            source = min(larger, key=lambda f: f.mb)
            _log(f"cutting {mb:g} MB (seed {seed}) from {source.path.name}")
            made = _cut(source, path, mb)
        else:
            _log(f"generating {mb:g} MB (seed {seed}) on {jobs} cores into {path}")
            made = _generate(path, mb, seed, jobs)
        _log(
            f"  {made.docs} documents, {made.file_bytes / 1e6:.1f} MB file, "
            f"{time.perf_counter() - t:.1f} s"
        )
        have[mb] = out[mb] = made
    return out


def load_texts(path: Path) -> list[str]:
    """The "text" of each record, decoded (no clock runs here)."""
    with open(path, encoding="utf-8") as f:
        return [json.loads(line)["text"] for line in f]


# --------------------------------------------------------------------------
# In-process rounds
# --------------------------------------------------------------------------


def timed_pass(func: Func, texts: Sequence[str]) -> tuple[float, float]:
    """Wall and CPU seconds of `func` over every text."""
    gc.collect()
    wall, cpu = time.perf_counter(), time.process_time()
    for t in texts:
        func(t)
    return time.perf_counter() - wall, time.process_time() - cpu


@dataclass
class Measured:
    key: str
    label: str
    missing: str | None = None  # why the subject could not run
    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    rss_kb: int | None = None
    rss_note: str | None = None
    solo_wall: float | None = None  # the pass of the RSS process, alone in its process

    def mbps(self, mb: float) -> float | None:
        return mb / statistics.median(self.wall) if self.wall else None

    def cpu_mbps(self, mb: float) -> float | None:
        return mb / statistics.median(self.cpu) if self.cpu else None


def run_rounds(
    subs: Sequence[Subject], texts: Sequence[str], rounds: int, gazetteer_build: dict[str, float]
) -> dict[str, Measured]:
    """Each subject once a round, the order rotated each round."""
    measured = {s.key: Measured(s.key, s.label) for s in subs}
    funcs: dict[str, Func] = {}
    for s in subs:
        try:
            t = time.perf_counter()
            funcs[s.key] = _big_gazetteer(gazetteer_build) if s.key == "gazetteer" else s.make()
            if s.key == "gazetteer":
                gazetteer_build["first_call_s"] = _first_call(funcs[s.key], texts)
                gazetteer_build["total_s"] = time.perf_counter() - t
        except ImportError as exc:
            measured[s.key].missing = f"not installed ({exc.name or exc})"
            _log(f"{s.key}: {measured[s.key].missing}")
    ready = [s for s in subs if s.key in funcs]
    for s in ready:  # compiled patterns, caches filled once: not what a pass measures
        for t in texts[:20]:
            funcs[s.key](t)
    # What is built now lives through the run: the collector need not walk it
    # (the 100,000-entity gazetteer's tables would slow every subject's pass).
    gc.collect()
    gc.freeze()
    for r in range(rounds):
        shift = r % len(ready)
        took = []
        for s in ready[shift:] + ready[:shift]:
            wall, cpu = timed_pass(funcs[s.key], texts)
            measured[s.key].wall.append(wall)
            measured[s.key].cpu.append(cpu)
            took.append(f"{s.key} {wall:.1f}")
        _log(f"round {r + 1}/{rounds}: " + ", ".join(took) + " s")
    return measured


def _first_call(func: Func, texts: Sequence[str]) -> float:
    t = time.perf_counter()
    func(texts[0])
    return time.perf_counter() - t


# --------------------------------------------------------------------------
# Child processes: peak RSS of one subject, and the long stream
# --------------------------------------------------------------------------


def _maxrss_kb() -> int:
    """This process's peak RSS in KiB: VmHWM, which starts afresh at exec,
    where ru_maxrss would include the high-water mark of the process that
    started this one."""
    got = _status_kb(os.getpid())
    if got is not None:
        return got[1]
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux


def child(args: argparse.Namespace) -> int:
    """Run in a fresh process; print one JSON line of results on stdout."""
    _import_all()
    path = Path(args.child_corpus)
    result: dict[str, Any]
    if args.child == "stream":
        result = _stream(path, args.child_segment_mb)
    else:
        texts = load_texts(path)
        result = {"docs": len(texts)}
        if args.child != "baseline":
            by_key = {s.key: s for s in subjects(gazetteer=True)}
            func = by_key[args.child].make()
            result["wall_s"], result["cpu_s"] = timed_pass(func, texts)
    result["maxrss_kb"] = _maxrss_kb()
    print(json.dumps(result))
    return 0


def _stream(path: Path, segment_mb: float) -> dict[str, Any]:
    """The default pipeline over every record of `path`, one record in memory
    at a time; only the normalising is timed, and the clocks are read at
    every `segment_mb` MB of text."""
    import normcorp

    normalizer = normcorp.Normalizer()
    with open(path, encoding="utf-8") as f:
        normalizer(json.loads(next(f))["text"])  # warm up, as the rounds do
    step = int(segment_mb * 1_000_000)
    mark = step
    wall = cpu = 0.0
    total = docs = 0
    marks: list[tuple[int, int, float, float]] = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            text = json.loads(line)["text"]
            size = len(text.encode("utf-8"))
            w, c = time.perf_counter(), time.process_time()
            normalizer(text)
            wall += time.perf_counter() - w
            cpu += time.process_time() - c
            total += size
            docs += 1
            if total >= mark:
                marks.append((total, docs, wall, cpu))
                mark = (total // step + 1) * step
    if not marks or marks[-1][0] != total:
        marks.append((total, docs, wall, cpu))
    return {"marks": marks}


def run_child(name: str, corpus_path: Path, *extra: str) -> dict[str, Any]:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", name]
    cmd += ["--child-corpus", str(corpus_path), *extra]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        tail = done.stderr.strip().splitlines()[-3:]
        return {"error": f"exit {done.returncode}: " + " | ".join(tail)}
    return json.loads(done.stdout.strip().splitlines()[-1])


def measure_rss(measured: dict[str, Measured], corpus_path: Path) -> int | None:
    """Peak RSS of each subject in its own process; returns the baseline's."""
    base = run_child("baseline", corpus_path)
    _log(f"RSS baseline: {base.get('maxrss_kb', 0) / 1024:.0f} MiB {base.get('error', '')}")
    for m in measured.values():
        if m.missing:
            continue
        got = run_child(m.key, corpus_path)
        m.rss_kb = got.get("maxrss_kb")
        m.rss_note = got.get("error")
        m.solo_wall = got.get("wall_s")
        _log(f"RSS {m.key}: " + (m.rss_note or f"{(m.rss_kb or 0) / 1024:.0f} MiB"))
    return base.get("maxrss_kb")


def measure_flat(big: CorpusFile, segment_mb: float) -> dict[str, Any]:
    got = run_child("stream", big.path, "--child-segment-mb", f"{segment_mb:g}")
    if "error" in got:
        return got
    marks = got["marks"]
    segments = []
    prev = (0, 0, 0.0, 0.0)
    for m in marks:
        segments.append(
            {"mb": (m[0] - prev[0]) / 1e6, "mbps": (m[0] - prev[0]) / 1e6 / (m[2] - prev[2])}
        )
        prev = m
    total, docs, wall, cpu = marks[-1]
    first = segments[0]["mbps"]
    whole = total / 1e6 / wall
    return {
        "file": str(big.path),
        "first_mb": segments[0]["mb"],
        "first_mbps": first,
        "whole_mb": total / 1e6,
        "whole_mbps": whole,
        "whole_cpu_mbps": total / 1e6 / cpu,
        "last_mbps": segments[-1]["mbps"],
        "min_mbps": min(s["mbps"] for s in segments),
        "max_mbps": max(s["mbps"] for s in segments),
        "ratio": whole / first,
        "segments": segments,
        "docs": docs,
        "maxrss_kb": got["maxrss_kb"],
    }


# --------------------------------------------------------------------------
# The command line, end to end
# --------------------------------------------------------------------------


def _kids() -> dict[int, list[int]]:
    """Children of each process, from /proc."""
    kids: dict[int, list[int]] = collections.defaultdict(list)
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", encoding="utf-8", errors="replace") as f:
                ppid = int(f.read().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        kids[ppid].append(int(entry.name))
    return kids


def _status_kb(pid: int) -> tuple[int, int] | None:
    """VmRSS and VmHWM (peak RSS) of a process, in KiB."""
    rss = hwm = None
    try:
        with open(f"/proc/{pid}/status", encoding="utf-8") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    rss = int(line.split()[1])
                elif line.startswith("VmHWM:"):
                    hwm = int(line.split()[1])
    except (OSError, ValueError):
        return None
    return None if rss is None or hwm is None else (rss, hwm)


class TreeSampler(threading.Thread):
    """Samples the descendants of a process until stopped: each one's peak
    RSS (VmHWM), and the largest sum of their RSS at one moment."""

    def __init__(self, root: int, every: float = 0.2) -> None:
        super().__init__(daemon=True)
        self.root = root
        self.every = every
        self.peaks: dict[int, int] = {}
        self.children: set[int] = set()  # the root's own children
        self.tree_peak = 0
        self._done = threading.Event()

    def run(self) -> None:
        while not self._done.is_set():
            kids = _kids()
            self.children.update(kids.get(self.root, []))
            todo, now = list(kids.get(self.root, [])), 0
            while todo:
                pid = todo.pop()
                todo += kids.get(pid, [])
                got = _status_kb(pid)
                if got is not None:
                    now += got[0]
                    self.peaks[pid] = max(self.peaks.get(pid, 0), got[1])
            self.tree_peak = max(self.tree_peak, now)
            self._done.wait(self.every)

    def stop(self) -> None:
        self._done.set()
        self.join()


# Runs a command and writes its wall time and rusage to the file argv[1]. The
# command is started from this small process rather than from the benchmark,
# because Linux carries the RSS high-water mark of the process that forks into
# the ru_maxrss of the child it execs: started from the benchmark, the CLI
# would report the benchmark's peak. ru_maxrss of wait4 is the largest of the
# command and the children it waited for, not their sum.
_WRAPPER = """\
import json, os, subprocess, sys, time
start = time.perf_counter()
proc = subprocess.Popen(sys.argv[2:])
_, status, usage = os.wait4(proc.pid, 0)
wall = time.perf_counter() - start
with open(sys.argv[1], "w") as f:
    json.dump({"wall_s": wall, "exit": os.waitstatus_to_exitcode(status),
               "maxrss_kb": usage.ru_maxrss, "cpu_s": usage.ru_utime + usage.ru_stime}, f)
"""


def run_cli(data: CorpusFile, jobs: int) -> dict[str, Any]:
    """`python -m normcorp --jsonl --jobs N < FILE > /dev/null`: time and memory."""
    cmd = [sys.executable, "-m", "normcorp", "--jsonl", "--jobs", str(jobs)]
    _log(f"CLI --jobs {jobs} on {data.text_mb:.0f} MB: {' '.join(cmd[1:])} < {data.path.name}")
    with (
        open(data.path, "rb") as stdin,
        tempfile.TemporaryFile() as err,
        tempfile.TemporaryDirectory() as tmp,
    ):
        usage_file = Path(tmp) / "usage.json"
        wrapper = [sys.executable, "-c", _WRAPPER, str(usage_file), *cmd]
        proc = subprocess.Popen(wrapper, stdin=stdin, stdout=subprocess.DEVNULL, stderr=err)
        sampler = TreeSampler(proc.pid)
        sampler.start()
        proc.wait()
        sampler.stop()
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace").strip()
        try:
            usage = json.loads(usage_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            usage = {"wall_s": float("nan"), "exit": proc.returncode, "maxrss_kb": None}
            usage["cpu_s"] = float("nan")
    parent = next(iter(sampler.children), None)
    workers = sorted((kb for pid, kb in sampler.peaks.items() if pid != parent), reverse=True)
    wall = usage["wall_s"]
    result = {
        "jobs": jobs,
        "command": " ".join(["python", *cmd[1:], "<", data.path.name, "> /dev/null"]),
        "file": str(data.path),
        "text_mb": data.text_mb,
        "file_mb": data.file_bytes / 1e6,
        "docs": data.docs,
        "max_record_bytes": data.max_record_bytes,
        "exit": usage["exit"],
        "wall_s": wall,
        "cpu_s": usage["cpu_s"],  # the CLI and the workers it waited for
        "mbps": data.text_mb / wall,
        "docs_per_s": data.docs / wall,
        "maxrss_kb": usage["maxrss_kb"],  # the largest process of the tree, exact
        "parent_hwm_kb": sampler.peaks.get(parent) if parent else None,  # sampled
        "workers_hwm_kb": workers,  # sampled
        "tree_peak_kb": sampler.tree_peak,  # sampled every 0.2 s
    }
    if usage["exit"] != 0:
        result["stderr"] = stderr[-2000:]
    _log(
        f"  {wall:.1f} s, {result['mbps']:.2f} MB/s, peak RSS {_mb(usage['maxrss_kb'])} MB"
        + (f", exit {usage['exit']}: {stderr[-300:]}" if usage["exit"] else "")
    )
    return result


# --------------------------------------------------------------------------
# The machine and the versions
# --------------------------------------------------------------------------


def _first(path: str, prefix: str) -> str | None:
    with contextlib.suppress(OSError), open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith(prefix):
                return line.split(":", 1)[1].strip()
    return None


def _git(*args: str) -> str | None:
    try:
        done = subprocess.run(
            ["git", "-C", str(ROOT), *args], capture_output=True, text=True, check=True
        )
    except (OSError, subprocess.CalledProcessError):
        return None
    return done.stdout


def _version(dist: str) -> str:
    try:
        return version(dist)
    except PackageNotFoundError:
        return "not installed"


def machine() -> dict[str, Any]:
    import normcorp

    modified = _git("status", "--porcelain", "--untracked-files=no", "--", "normcorp")
    mem = _first("/proc/meminfo", "MemTotal")
    return {
        "cpu": _first("/proc/cpuinfo", "model name") or platform.processor() or "unknown",
        "cores": os.cpu_count(),
        "usable_cores": len(os.sched_getaffinity(0)),
        "memory_gb": round(int(mem.split()[0]) / 1024**2, 1) if mem else None,
        "platform": platform.platform(),
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "normcorp": normcorp.__version__,
        "git_commit": (_git("rev-parse", "--short=12", "HEAD") or "").strip() or None,
        "git_modified": [line[3:] for line in modified.splitlines()] if modified else [],
        "packages": {d: _version(d) for d in ("regex", "ftfy", "clean-text", "emoji", "Unidecode")},
        "loadavg_start": os.getloadavg(),
    }


# --------------------------------------------------------------------------
# The report
# --------------------------------------------------------------------------


def _num(x: float | None) -> str:
    if x is None:
        return "–"
    if x >= 100:
        return f"{x:,.0f}"
    if x >= 10:
        return f"{x:.1f}"
    return f"{x:.2f}"


def _mb(kb: int | None) -> str:
    return "–" if kb is None else f"{kb * 1024 / 1e6:,.0f}"


def _verdict(ok: bool | None) -> str:
    return "not measured" if ok is None else ("PASS" if ok else "FAIL")


def report(results: dict[str, Any], measured: dict[str, Measured]) -> str:
    lines: list[str] = []
    add = lines.append
    c = results["corpus"]
    mb = c["text_mb"]
    m = results["machine"]
    commit = m["git_commit"] or "unknown"
    if m["git_modified"]:
        commit += f", with uncommitted changes to {', '.join(m['git_modified'])}"
    add(
        f"normcorp {m['normcorp']} (git {commit}); {mb:.1f} MB of text, {c['docs']:,} "
        f"documents (bench/corpus.py, seed {c['seed']}); {results['rounds']} "
        f"round{'s' if results['rounds'] != 1 else ''}, "
        "interleaved; medians. MB = 10**6 bytes of input text (UTF-8), JSON decoding excluded."
    )
    add("")
    add("| subject | MB/s | CPU MB/s | docs/s | x ftfy | peak RSS MB (+ over baseline) |")
    add("|---|--:|--:|--:|--:|--:|")
    ftfy = measured.get("ftfy")
    ftfy_mbps = ftfy.mbps(mb) if ftfy else None
    base = results.get("rss_baseline_kb")
    for s in measured.values():
        if s.missing:
            add(f"| {s.label} | {s.missing} | | | | |")
            continue
        rate = s.mbps(mb)
        assert rate is not None
        x = _num(rate / ftfy_mbps) if ftfy_mbps else "–"
        rss = _mb(s.rss_kb)
        if s.rss_kb is not None and base is not None:
            rss += f" ({round((s.rss_kb - base) * 1024 / 1e6) or 0:+,})"
        elif s.rss_note:
            rss = "failed"
        add(
            f"| {s.label} | {_num(rate)} | {_num(s.cpu_mbps(mb))} | "
            f"{_num(rate * c['docs'] / mb)} | {x} | {rss} |"
        )
    if base is not None:
        add(f"| baseline: corpus loaded, libraries imported | | | | | {_mb(base)} |")
    add("")

    flat = results.get("flat")
    if flat and "error" not in flat:
        add(
            f"Input size: the default pipeline over one {flat['whole_mb']:.0f} MB stream "
            f"({flat['docs']:,} records, read one at a time, only normalising timed): "
            f"first {flat['first_mb']:.0f} MB {_num(flat['first_mbps'])} MB/s, whole "
            f"{_num(flat['whole_mbps'])} MB/s, last segment {_num(flat['last_mbps'])} MB/s, "
            f"segments {_num(flat['min_mbps'])}–{_num(flat['max_mbps'])} MB/s; "
            f"peak RSS {_mb(flat['maxrss_kb'])} MB."
        )
        add("")
    elif flat:
        add(f"Input size: failed: {flat['error']}")
        add("")

    cli = results.get("cli") or []
    if cli:
        add("Command line, end to end (`python -m normcorp --jsonl --jobs N < FILE > /dev/null`):")
        add("")
        add(
            "| run | wall s | MB/s | docs/s | CPU s | peak RSS MB (largest process) | "
            "per process MB (sampled) | tree MB (sampled) |"
        )
        add("|---|--:|--:|--:|--:|--:|--:|--:|")
        for r in cli:
            per = _mb(r["parent_hwm_kb"])
            if r["workers_hwm_kb"]:
                per += " + " + " + ".join(_mb(k) for k in r["workers_hwm_kb"])
            status = "" if r["exit"] == 0 else f" (exit {r['exit']})"
            add(
                f"| {r['text_mb']:.0f} MB, `--jobs {r['jobs']}`{status} | {r['wall_s']:.1f} | "
                f"{_num(r['mbps'])} | {_num(r['docs_per_s'])} | {r['cpu_s']:.1f} | "
                f"{_mb(r['maxrss_kb'])} | {per} | {_mb(r['tree_peak_kb'])} |"
            )
        add("")

    g = results.get("gazetteer")
    if g:
        add(
            f"Gazetteer: {g['entities']:,} entities built once in {g['total_s']:.1f} s "
            f"(synthetic entities {g['synthetic_s']:.1f} s, gazetteer "
            f"{g['gazetteer_s']:.1f} s, Normalizer with the gazetteer's indexes "
            f"{g['normalizer_s']:.1f} s, first call "
            f"{g['first_call_s']:.2f} s)."
        )
        add("")

    add("| target | measured | result |")
    add("|---|---|---|")
    for t in results["targets"]:
        add(f"| {t['target']} | {t['measured']} | {_verdict(t['ok'])} |")
    add("")

    add(
        f"Machine: {m['cpu']}, {m['cores']} cores ({m['usable_cores']} usable), "
        f"{m['memory_gb']} GB; {m['platform']}; {m['python']}; "
        + ", ".join(f"{k} {v}" for k, v in m["packages"].items())
        + f". Load average {m['loadavg_start'][0]:.2f} at the start, "
        f"{results['loadavg_end'][0]:.2f} at the end; the run took "
        f"{results['elapsed_s'] / 60:.1f} min."
    )
    return "\n".join(lines)


def targets(results: dict[str, Any], measured: dict[str, Measured]) -> list[dict[str, Any]]:
    mb = results["corpus"]["text_mb"]
    out = []

    def target(what: str, measured_text: str, ok: bool | None, ratio: float | None) -> None:
        out.append({"target": what, "measured": measured_text, "ok": ok, "ratio": ratio})

    default = measured["default"].mbps(mb)
    ftfy = measured["ftfy"].mbps(mb)
    if default and ftfy:
        ratio = default / ftfy
        target(
            f"default pipeline ≥ {TARGET_X_FTFY:g}x the MB/s of `ftfy.fix_text`",
            f"{ratio:.2f}x",
            ratio >= TARGET_X_FTFY,
            ratio,
        )
    else:
        target(
            f"default pipeline ≥ {TARGET_X_FTFY:g}x `ftfy.fix_text`",
            "ftfy not installed",
            None,
            None,
        )

    flat = results.get("flat")
    if flat and "error" not in flat:
        ratio = flat["ratio"]
        target(
            f"throughput flat from {flat['first_mb']:.0f} MB to {flat['whole_mb']:.0f} MB "
            f"(whole ≥ {TARGET_FLAT:g}x first)",
            f"{ratio:.2f}x",
            ratio >= TARGET_FLAT,
            ratio,
        )
    else:
        a = results["args"]
        target(f"throughput flat from {a['mb']:g} MB to {a['cli_mb']:g} MB", "skipped", None, None)

    cli = results.get("cli") or []
    big = [r for r in cli if r.get("big")]
    if big:
        r = big[0]
        rss = r["maxrss_kb"] * 1024 / 1e6
        note = "" if r["text_mb"] >= 1000 else " (the target is for 1 GB)"
        if r.get("max_record_bytes"):
            note += f"; its longest record {r['max_record_bytes'] / 1e3:,.0f} kB"
        target(
            f"CLI peak RSS < {TARGET_CLI_RSS_MB:g} MB on a {r['file_mb']:,.0f} MB JSON Lines "
            f"file{note}",
            f"{rss:.0f} MB",
            r["exit"] == 0 and rss < TARGET_CLI_RSS_MB,
            rss,
        )
    else:
        target(
            f"CLI peak RSS < {TARGET_CLI_RSS_MB:g} MB on a 1 GB JSON Lines file",
            "skipped",
            None,
            None,
        )

    one = next((r for r in cli if r["jobs"] == 1 and not r.get("big")), None)
    two = next((r for r in cli if r["jobs"] == 2 and not r.get("big")), None)
    if one and two:
        ratio = one["wall_s"] / two["wall_s"]
        cores = results["machine"]["usable_cores"]
        note = "" if cores >= 2 else f" (only {cores} core usable)"
        ok = one["exit"] == 0 and two["exit"] == 0 and ratio >= TARGET_JOBS
        target(
            f"`--jobs 2` ≥ {TARGET_JOBS:g}x `--jobs 1` on 2 cores{note}", f"{ratio:.2f}x", ok, ratio
        )
    else:
        target(f"`--jobs 2` ≥ {TARGET_JOBS:g}x `--jobs 1`", "skipped", None, None)

    gaz = measured.get("gazetteer")
    if gaz and gaz.wall:
        ratio = statistics.median(gaz.wall) / statistics.median(measured["default"].wall)
        target(
            f"100,000-entity gazetteer within {TARGET_GAZETTEER:g}x the default's time",
            f"{ratio:.2f}x",
            ratio <= TARGET_GAZETTEER,
            ratio,
        )
    else:
        target(
            f"100,000-entity gazetteer within {TARGET_GAZETTEER:g}x the default",
            "skipped",
            None,
            None,
        )
    return out


# --------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    p.add_argument("--mb", type=float, default=20.0, help="MB of text in process (default 20)")
    p.add_argument("--rounds", type=int, default=5, help="interleaved rounds (default 5)")
    p.add_argument("--seed", type=int, default=1, help="corpus seed (default 1)")
    p.add_argument(
        "--cli-mb",
        type=float,
        default=200.0,
        help="MB of text for the CLI runs and the flatness stream (default 200)",
    )
    p.add_argument(
        "--cli-big-mb",
        type=float,
        default=1000.0,
        help="MB of text for the CLI peak RSS run; 0 skips it (default 1000)",
    )
    p.add_argument("--skip-cli", action="store_true", help="no CLI runs")
    p.add_argument("--skip-gazetteer", action="store_true", help="no 100,000-entity gazetteer")
    p.add_argument(
        "--skip-flat",
        action="store_true",
        help="no flatness stream (the default pipeline over --cli-mb MB)",
    )
    p.add_argument("--skip-rss", action="store_true", help="no peak RSS per subject")
    p.add_argument(
        "--cache-dir",
        default=str(BENCH / ".cache"),
        help="where corpus files are kept (default bench/.cache)",
    )
    p.add_argument("--json", metavar="FILE", help="also write every number as JSON")
    p.add_argument("--child", help=argparse.SUPPRESS)
    p.add_argument("--child-corpus", help=argparse.SUPPRESS)
    p.add_argument("--child-segment-mb", type=float, default=20.0, help=argparse.SUPPRESS)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.child:
        return child(args)
    if args.rounds < 1 or args.mb <= 0:
        _parser().error("--rounds and --mb must be positive")
    results: dict[str, Any] = {"machine": machine(), "args": vars(args), "rounds": args.rounds}
    sizes = [args.mb]
    if args.cli_mb > 0 and not (args.skip_cli and args.skip_flat):
        sizes.append(args.cli_mb)
    if args.cli_big_mb > 0 and not args.skip_cli:
        sizes.append(args.cli_big_mb)
    files = corpus_files(Path(args.cache_dir), sizes, args.seed)
    small = files[args.mb]
    texts = load_texts(small.path)
    results["corpus"] = {
        "seed": args.seed,
        "docs": small.docs,
        "text_mb": small.text_mb,
        "file": str(small.path),
    }
    _log(f"in process: {small.text_mb:.1f} MB, {small.docs} documents, rounds: {args.rounds}")

    build: dict[str, float] = {}
    measured = run_rounds(subjects(gazetteer=not args.skip_gazetteer), texts, args.rounds, build)
    if build:
        results["gazetteer"] = build
    del texts
    gc.collect()

    if not args.skip_rss:
        results["rss_baseline_kb"] = measure_rss(measured, small.path)
    if not args.skip_flat and args.cli_mb > args.mb:
        _log(f"flatness: default pipeline over {args.cli_mb:g} MB, streamed")
        results["flat"] = measure_flat(files[args.cli_mb], args.mb)
    if not args.skip_cli and args.cli_mb > 0:
        cli = [run_cli(files[args.cli_mb], 1), run_cli(files[args.cli_mb], 2)]
        if args.cli_big_mb > 0:
            cli.append({**run_cli(files[args.cli_big_mb], 1), "big": True})
        results["cli"] = cli

    results["subjects"] = {
        k: {**asdict(m), "mbps": m.mbps(small.text_mb), "cpu_mbps": m.cpu_mbps(small.text_mb)}
        for k, m in measured.items()
    }
    results["loadavg_end"] = os.getloadavg()
    results["elapsed_s"] = time.perf_counter() - _START
    results["targets"] = targets(results, measured)
    print(report(results, measured))
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2, default=str) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
