"""Registry coverage and speed: ``Registry.find_mentions`` over a corpus JSONL (default ../shared/corpus/
negotiations_en.jsonl). Prints articles/s, mentions, the share of person mentions resolved to a registry actor,
resolution methods and peak RSS.

    .venv/bin/python benchmarks/bench_actors.py [--input PATH] [--limit N]
"""

from __future__ import annotations

import argparse
import collections
import json
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from peacetalks.actors import load_registry  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "corpus" / "negotiations_en.jsonl"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--input", type=Path, default=DEFAULT)
    ap.add_argument("--limit", type=int, default=None)
    args = ap.parse_args(argv)
    if not args.input.exists():
        raise SystemExit(f"{args.input} not found (../shared is for developers and CI only)")
    reg = load_registry()
    n = 0
    kinds: collections.Counter = collections.Counter()
    methods: collections.Counter = collections.Counter()
    t0 = time.perf_counter()
    with open(args.input, encoding="utf-8") as fh:
        for line in fh:
            if args.limit is not None and n >= args.limit:
                break
            art = json.loads(line)
            n += 1
            day = (art.get("date") or "")[:10] or None
            for m in reg.find_mentions(art.get("text") or "", date=day):
                kinds[(m.resolution.type, m.resolution.actor_id is not None)] += 1
                methods[m.resolution.method] += 1
    secs = time.perf_counter() - t0
    persons = kinds[("person", True)] + kinds[("person", False)]
    print(f"{n} articles in {secs:.2f} s = {n / secs:.0f} articles/s; {sum(kinds.values())} mentions")
    print(f"person mentions {persons}: {kinds[('person', True)] / max(persons, 1):.1%} resolved to a registry actor")
    print("methods", dict(methods.most_common()))
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
