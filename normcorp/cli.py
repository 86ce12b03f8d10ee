"""`normcorp`: the command-line filter for plain text and JSON Lines.

Input is read as bytes; each document (a plain-text FILE, or one JSON Lines
record) becomes a job, normalised in this process or in worker processes,
and written out in input order. Problems with the input are reported as
`FILE:LINE: reason` and handled by `--errors`; nothing is dropped silently.
"""

from __future__ import annotations

import argparse
import bisect
import collections
import json
import multiprocessing
import os
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from typing import BinaryIO, NamedTuple, TextIO

import regex

import normcorp
from normcorp import jsonl
from normcorp.document import Document
from normcorp.names import Gazetteer, GazetteerError
from normcorp.pipeline import Normalizer, build_rules

EXAMPLES = """\
examples:
  normcorp seeds/*.txt                      canonical text of each file
  normcorp --explain seeds/000_*.txt        every edit, with rule and position
  normcorp --to-jsonl seeds/*.txt           JSON Lines with metadata
  normcorp scraped.jsonl > clean.jsonl      replace each record's "text"
  zcat big.jsonl.gz | normcorp --jsonl --jobs 0 --errors skip | head
  normcorp --disable text.abbrev --disable text.quotes story.txt
  normcorp names learn corpus.jsonl > learned.tsv   variants to review

exit status: 0 done; 1 done, but records were skipped (--errors skip) or a
file could not be read; 2 stopped at bad input (--errors fail) or bad usage.
"""


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="normcorp",
        description="Strip boilerplate from news-wire text and make it canonical.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "files", nargs="*", metavar="FILE", help="input files; none or '-' reads standard input"
    )
    p.add_argument(
        "--jsonl",
        action="store_true",
        help="input is JSON Lines (automatic for FILEs ending in .jsonl)",
    )
    p.add_argument(
        "--field",
        default="text",
        metavar="NAME",
        help="the JSON Lines field holding the text (default: text)",
    )
    p.add_argument(
        "--to-jsonl",
        action="store_true",
        help="write JSON Lines records from plain-text input (id = path)",
    )
    p.add_argument(
        "--edits",
        action="store_true",
        help="add the edit record to each JSON Lines record's normcorp object",
    )
    p.add_argument(
        "--explain",
        action="store_true",
        help="list every edit (rule, line:column, before -> after) and the metadata",
    )
    p.add_argument(
        "--disable",
        action="append",
        default=[],
        metavar="RULE",
        help="switch a rule or family off (repeatable): text.abbrev, text",
    )
    p.add_argument(
        "--names",
        action="append",
        default=[],
        metavar="FILE",
        help="a gazetteer TSV of names to add to the default one (repeatable; later wins)",
    )
    p.add_argument(
        "--no-default-names",
        action="store_true",
        help="do not use the shipped gazetteer; only the --names files",
    )
    p.add_argument("--list-rules", action="store_true", help="list the rules in order and exit")
    p.add_argument(
        "--errors",
        choices=("fail", "skip", "pass"),
        default="fail",
        help="a malformed JSON Lines record or an unreadable FILE: report it and stop "
        "with status 2 (fail, the default), or drop it and exit 1 (skip), or write the "
        "line unchanged (pass). Invalid UTF-8 is an error under fail; under skip and "
        "pass it is reported and decoded with U+FFFD",
    )
    p.add_argument(
        "--jobs",
        type=int,
        default=1,
        metavar="N",
        help="worker processes (0 = all cores); output order is kept",
    )
    p.add_argument(
        "--stats",
        action="store_true",
        help="at the end, report on standard error what the rules counted: names left "
        "alone because two entities qualified, most frequent first",
    )
    p.add_argument(
        "--progress",
        action="store_true",
        help="show records and MB/s on standard error when it is a terminal",
    )
    p.add_argument("--version", action="version", version=f"normcorp {normcorp.__version__}")
    return p


# --------------------------------------------------------------------------
# Jobs: one document each, processed where a worker has the Normalizer
# --------------------------------------------------------------------------


class Job(NamedTuple):
    source: str  # the file name as given, or "-"
    line: int  # 1-based line of a JSON Lines record; 0 for a whole text file
    data: bytes
    offset: int = 0  # where data starts in the file, in bytes
    error: str | None = None  # the file could not be read


class Result(NamedTuple):
    out: bytes  # what to write; empty when the job failed
    warnings: tuple[str, ...]
    error: str | None  # a malformed record or a text --errors fail refuses
    size: int  # input bytes, for --progress
    passable: bool = True  # whether --errors pass can write the input as it was


class Options(NamedTuple):
    field: str
    to_jsonl: bool
    edits: bool
    explain: bool
    strict_utf8: bool


_worker: tuple[Normalizer, Options] | None = None


def _init_worker(normalizer: Normalizer, opts: Options) -> None:
    global _worker
    _worker = (normalizer, opts)


def _run_batch(jobs: list[Job]) -> tuple[list[Result], dict[str, Counter[str]]]:
    assert _worker is not None
    normalizer, opts = _worker
    return [_run(job, normalizer, opts) for job in jobs], normalizer.take_stats()


def _where(job: Job) -> str:
    return f"{job.source}:{job.line}" if job.line else job.source


def _decode(job: Job, opts: Options) -> tuple[str | None, list[str], str | None]:
    """The job's text, warnings, and an error when --errors fail refuses it."""
    try:
        return job.data.decode("utf-8"), [], None
    except UnicodeDecodeError as exc:
        # Each invalid sequence decodes to one U+FFFD.
        bad = job.data.decode("utf-8", "replace").count("\ufffd") - job.data.count(
            "\ufffd".encode()
        )
        what = f"{_where(job)}: invalid UTF-8 at byte offset {job.offset + exc.start}"
        if job.line:
            what += f" (offset {exc.start} in the line)"
        if bad > 1:
            what += f", {bad} invalid sequences"
        if opts.strict_utf8:
            return None, [], what
        return job.data.decode("utf-8", "replace"), [what + ", decoded with U+FFFD"], None


def _run(job: Job, normalizer: Normalizer, opts: Options) -> Result:
    if job.error is not None:
        return Result(b"", (), job.error, 0, passable=False)
    text, warnings, error = _decode(job, opts)
    if text is None:
        return Result(b"", tuple(warnings), error, len(job.data))
    if job.line:  # a JSON Lines record
        try:
            record = jsonl.parse(text, opts.field)
        except jsonl.RecordError as exc:
            return Result(b"", tuple(warnings), f"{_where(job)}: {exc}", len(job.data))
        doc = normalizer(record.text)
        if opts.explain:
            out = explain(doc, _where(job))
        else:
            out = record.replaced(doc.text, doc.to_dict(edits=opts.edits)) + "\n"
    else:
        doc = normalizer(text)
        if opts.explain:
            out = explain(doc, job.source)
        elif opts.to_jsonl:
            meta = doc.to_dict(edits=opts.edits)
            out = jsonl.dumps({"id": job.source, opts.field: doc.text, "normcorp": meta}) + "\n"
        else:
            out = doc.text
    return Result(_encode(out), tuple(warnings), None, len(job.data))


def _encode(out: str) -> bytes:
    try:
        return out.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates, from JSON escapes
        return out.encode("utf-8", "backslashreplace")


_LINE_BREAK = regex.compile(r"\r\n?+|\n")


def explain(doc: Document, where: str) -> str:
    """A readable listing of a document's metadata and every edit."""
    lines = [f"== {where}"]
    meta = doc.to_dict()
    lines += [f"{k}: {json.dumps(v, ensure_ascii=False)}" for k, v in meta.items()]
    starts = [0]  # offsets where the original's lines start
    starts += [m.end() for m in _LINE_BREAK.finditer(doc.original)]
    for e in doc.edits:
        row = bisect.bisect_right(starts, e.start) - 1
        col = e.start - starts[row] + 1
        lines.append(f"{row + 1}:{col}\t{e.rule}\t{e.before!r} -> {e.after!r}")
    lines.append(f"{len(doc.edits)} edit{'' if len(doc.edits) == 1 else 's'}")
    return "\n".join(lines) + "\n\n"


# --------------------------------------------------------------------------
# Reading and writing
# --------------------------------------------------------------------------


class _Failure(Exception):
    """Input that --errors fail stops at; the message is already printed."""


_BOM = b"\xef\xbb\xbf"


def _jobs(args: argparse.Namespace) -> Iterator[Job]:
    for name in args.files or ["-"]:
        try:
            stream: BinaryIO = sys.stdin.buffer if name == "-" else open(name, "rb")  # noqa: SIM115
        except OSError as exc:
            yield Job(name, 0, b"", error=f"{name}: cannot read: {exc.strerror}")
            continue
        try:
            if args.jsonl or name.endswith(".jsonl"):
                offset = 0
                for lineno, raw in enumerate(stream, 1):
                    data = raw.rstrip(b"\r\n")
                    start = offset
                    if lineno == 1 and data.startswith(_BOM):  # an encoding mark, not data
                        data = data[len(_BOM) :]
                        start += len(_BOM)
                    if data.strip():  # blank lines carry no record
                        yield Job(name, lineno, data, start)
                    offset += len(raw)
            else:
                yield Job(name, 0, stream.read())
        except OSError as exc:
            yield Job(name, 0, b"", error=f"{name}: cannot read: {exc.strerror}")
        finally:
            if stream is not sys.stdin.buffer:
                stream.close()


class _Reporter:
    """Messages and counts on standard error, and the --progress line."""

    def __init__(self, errors: str, stderr: TextIO, progress: bool) -> None:
        self.errors = errors
        self.stderr = stderr
        self.progress = progress and stderr.isatty()
        self.skipped = 0
        self.records = 0
        self.bytes = 0
        self.started = time.monotonic()
        self.shown = 0.0

    def say(self, message: str) -> None:
        if self.progress and self.shown:
            self.stderr.write("\r\x1b[K")
        self.stderr.write(f"normcorp: {message}\n")
        self.stderr.flush()

    def tick(self, size: int) -> None:
        self.records += 1
        self.bytes += size
        now = time.monotonic()
        if self.progress and now - self.shown > 0.2:
            self._show(now)

    def _show(self, now: float) -> None:
        self.shown = now
        mb = self.bytes / 1e6
        rate = mb / max(now - self.started, 1e-9)
        self.stderr.write(f"\rnormcorp: {self.records} records, {mb:.1f} MB, {rate:.1f} MB/s")
        self.stderr.flush()

    def close(self) -> None:
        if self.progress and self.shown:
            self._show(time.monotonic())
            self.stderr.write("\n")
        if self.skipped:
            self.say(f"{self.skipped} skipped (malformed records or unreadable files)")


def _results(
    jobs: Iterator[Job],
    normalizer: Normalizer,
    opts: Options,
    workers: int,
    stats: dict[str, Counter[str]],
) -> Iterator[tuple[Job, Result]]:
    """Results in input order; the rules' counts are added to `stats`."""
    if workers <= 1:
        for job in jobs:
            yield job, _run(job, normalizer, opts)
        _add_stats(stats, normalizer.take_stats())
        return
    # Batches keep the cost of shipping small records low; a window of
    # batches in flight keeps memory bounded however long the input is.
    window = 4 * workers
    pending: collections.deque[
        tuple[list[Job], Future[tuple[list[Result], dict[str, Counter[str]]]]]
    ] = collections.deque()
    # Forked workers start with the normalizer as built here, tables and
    # all; spawned ones would build their gazetteer again from its pickle.
    fork = "fork" in multiprocessing.get_all_start_methods()
    with ProcessPoolExecutor(
        workers,
        mp_context=multiprocessing.get_context("fork") if fork else None,
        initializer=_init_worker,
        initargs=(normalizer, opts),
    ) as pool:
        for batch in _batches(jobs, records=256, size=1 << 20):
            pending.append((batch, pool.submit(_run_batch, batch)))
            if len(pending) >= window:
                done, future = pending.popleft()
                results, counts = future.result()
                _add_stats(stats, counts)
                yield from zip(done, results, strict=True)
        while pending:
            done, future = pending.popleft()
            results, counts = future.result()
            _add_stats(stats, counts)
            yield from zip(done, results, strict=True)


def _add_stats(stats: dict[str, Counter[str]], more: dict[str, Counter[str]]) -> None:
    for name, counts in more.items():
        stats.setdefault(name, Counter()).update(counts)


def _batches(jobs: Iterator[Job], *, records: int, size: int) -> Iterator[list[Job]]:
    batch: list[Job] = []
    total = 0
    for job in jobs:
        batch.append(job)
        total += len(job.data)
        if len(batch) >= records or total >= size:
            yield batch
            batch, total = [], 0
    if batch:
        yield batch


def _gazetteer(paths: Sequence[str], *, default: bool) -> Gazetteer | None:
    """The default gazetteer plus the given files; None means the default alone."""
    if default and not paths:
        return None
    gazetteer = Gazetteer.default() if default else Gazetteer()
    for path in paths:
        gazetteer = gazetteer + Gazetteer.from_tsv(path)
    return gazetteer


def _learn_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="normcorp names learn",
        description="Find spellings of one name in a corpus and write a gazetteer TSV "
        "for review: the most frequent spelling as canonical, the others as variants, "
        "counts and an example in a trailing comment. --names accepts the file as it is.",
    )
    p.add_argument("files", nargs="*", metavar="FILE", help="text or JSON Lines; '-' is stdin")
    p.add_argument("--jsonl", action="store_true", help="input is JSON Lines (auto for .jsonl)")
    p.add_argument("--field", default="text", metavar="NAME", help="the JSON Lines text field")
    p.add_argument(
        "--min-count",
        type=int,
        default=2,
        metavar="N",
        help="report groups seen at least N times (default 2)",
    )
    p.add_argument(
        "--names",
        metavar="FILE",
        action="append",
        default=[],
        help="report only what this gazetteer lacks (repeatable; with the default)",
    )
    p.add_argument(
        "--no-default-names",
        action="store_true",
        help="with --names: compare with the given files only",
    )
    return p


def _learn(argv: Sequence[str]) -> int:
    from normcorp.learn import Learner

    args = _learn_parser().parse_args(argv)
    try:
        known = (
            _gazetteer(args.names, default=not args.no_default_names) or Gazetteer.default()
            if args.names
            else None
        )
    except GazetteerError as exc:
        print(f"normcorp: {exc}", file=sys.stderr)
        return 2
    # Typography and wrapping out, names as written: what the spellings are.
    normalizer = Normalizer(disable=["names"], record_edits=False)
    learner = Learner(known)
    skipped = 0
    for job in _jobs(args):
        if job.error is not None:
            print(f"normcorp: {job.error}", file=sys.stderr)
            skipped += 1
            continue
        text = job.data.decode("utf-8", "replace")
        if job.line:
            try:
                text = jsonl.parse(text, args.field).text
            except jsonl.RecordError as exc:
                print(f"normcorp: {_where(job)}: {exc}", file=sys.stderr)
                skipped += 1
                continue
        learner.add(normalizer(text).text)
    try:
        sys.stdout.write(learner.tsv(min_count=args.min_count))
        sys.stdout.flush()
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 1 if skipped else 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the filter; returns the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:2] == ["names", "learn"]:
        return _learn(argv[2:])
    parser = _parser()
    args = parser.parse_args(argv)
    if args.field == "normcorp" or (args.to_jsonl and args.field == "id"):
        parser.error(f"--field {args.field} names a field normcorp writes itself")
    try:
        gazetteer = _gazetteer(args.names, default=not args.no_default_names)
    except GazetteerError as exc:
        print(f"normcorp: {exc}", file=sys.stderr)
        return 2
    try:
        normalizer = Normalizer(
            disable=args.disable,
            gazetteer=gazetteer,
            # An edit record only for those who read it: recording costs time.
            record_edits=args.edits or args.explain,
        )
    except ValueError as exc:
        parser.error(str(exc))
    if args.list_rules:
        docs = {r.name: r.doc for r in build_rules()}
        for name in normalizer.rules:
            print(f"{name:<18} {docs[name]}")
        return 0
    if args.edits and not (
        args.jsonl or args.to_jsonl or any(f.endswith(".jsonl") for f in args.files)
    ):
        parser.error("--edits goes with JSON Lines output (--jsonl or --to-jsonl)")
    workers = args.jobs if args.jobs > 0 else (os.cpu_count() or 1)
    opts = Options(
        args.field, args.to_jsonl, args.edits, args.explain, strict_utf8=args.errors == "fail"
    )
    report = _Reporter(args.errors, sys.stderr, args.progress)
    out = sys.stdout.buffer
    try:
        wrote_text = False
        stats: dict[str, Counter[str]] = {}
        for job, result in _results(_jobs(args), normalizer, opts, workers, stats):
            for w in result.warnings:
                report.say(w)
            if result.error is not None:
                report.say(result.error)
                if args.errors == "fail":
                    raise _Failure
                if args.errors == "skip" or not result.passable:
                    report.skipped += 1
                    continue
                out.write(job.data + b"\n")  # pass: unchanged
                continue
            if not job.line and not (args.to_jsonl or args.explain):
                # Plain text documents, one blank line apart.
                if wrote_text and result.out:
                    out.write(b"\n")
                wrote_text = wrote_text or bool(result.out)
            out.write(result.out)
            report.tick(result.size)
        out.flush()
        if args.stats:
            for name, counts in sorted(stats.items()):
                common = ", ".join(f"{k} {n}" for k, n in counts.most_common(10))
                report.say(f"{name}: {sum(counts.values())}{'; ' + common if common else ''}")
    except _Failure:
        out.flush()
        return 2
    except BrokenPipeError:
        # The reader went away (`normcorp big.jsonl | head`): end quietly.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        return 130
    finally:
        report.close()
    return 1 if report.skipped else 0


def run() -> None:
    """The console-script entry point."""
    sys.exit(main())
