"""Throughput of the names rules with a 100,000-entity gazetteer against the
default one, measured in one run, interleaved (a ratio, not a time).

    python bench/gazetteer.py [--entities 100000] [--rounds 5]

Synthetic entities are made from random syllables, so they look like
transliterated names and fill the same hash tables the real ones use.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from pathlib import Path

from normcorp import Gazetteer, Normalizer
from normcorp.names import Entity

SYLLABLES = "ba da fa ga ha ja ka la ma na ra sa ta wa ya za bi di mi ni ri si mu nu ru".split()


def synthetic(n: int, seed: int = 1) -> list[Entity]:
    rng = random.Random(seed)

    def word() -> str:
        return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()

    out = []
    for i in range(n):
        kind = rng.choice(["person", "person", "place", "org"])
        first, last = word(), word()
        canonical = f"{first} {last}" if kind == "person" else last
        variants = (f"{first} al-{last}", f"{first} {last.replace('a', 'e', 1)}")
        out.append(
            Entity(
                f"{canonical} {i}" if kind != "person" else canonical,
                last,
                kind,
                variants if kind == "person" else (),
            )
        )
    return out


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--entities", type=int, default=100_000)
    p.add_argument("--rounds", type=int, default=5)
    args = p.parse_args()
    seeds = [f.read_text(encoding="utf-8") for f in sorted(Path("seeds").glob("*.txt"))]
    docs = seeds * 50
    size = sum(len(d.encode()) for d in docs) / 1e6
    default = Normalizer(disable=["text", "wire", "dates"])
    t = time.perf_counter()
    big_gazetteer = Gazetteer.default() + Gazetteer(synthetic(args.entities))
    build = time.perf_counter() - t
    big = Normalizer(disable=["text", "wire", "dates"], gazetteer=big_gazetteer)
    runs: dict[str, list[float]] = {"default": [], "big": []}
    for _ in range(args.rounds):  # interleaved, so both see the same machine
        for name, n in (("default", default), ("big", big)):
            t = time.perf_counter()
            for d in docs:
                n(d)
            runs[name].append(size / (time.perf_counter() - t))
    d, b = statistics.median(runs["default"]), statistics.median(runs["big"])
    print(f"gazetteer of {len(big_gazetteer)} entities built in {build:.1f} s")
    print(f"names rules, default gazetteer: {d:6.2f} MB/s")
    print(f"names rules, {args.entities} more:  {b:6.2f} MB/s")
    print(f"ratio default/big: {d / b:.2f} (target: at most 1.5)")


if __name__ == "__main__":
    main()
