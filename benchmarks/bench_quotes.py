"""Throughput of quote extraction over ../shared/corpus/all_en.jsonl (streamed), against a plain regex floor.

    .venv/bin/python benchmarks/bench_quotes.py [--input PATH] [--limit N]

Prints articles/s, MB/s and peak RSS for (1) a plain regex scan of the same bytes (quote marks + 'said'-type
cues: the floor any extractor pays to read the text) and (2) ``peacetalks.quotes.cli_records`` with the project
registry, plus RSS at 10 % and 100 % of the stream so flat memory can be checked. One process, one core.
Rates are given per wall-clock second and per CPU second of this process (the latter does not depend on what
else the machine runs).
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DEFAULT = ROOT.parent / "shared" / "corpus" / "all_en.jsonl"
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")
_FLOOR = re.compile(r"[\"“”«»]|\b(?:said|says|told|according to|added)\b")


def rss_mb() -> float:
    """Current resident set size in MB (Linux /proc), falling back to peak RSS."""
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[1]) * resource.getpagesize() / 2**20
    except OSError:
        return peak_mb()


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def stream(path: Path, limit: int | None):
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if limit is not None and n >= limit:
                return
            yield line


def bench(path: Path, limit: int | None, fn, label: str) -> dict:
    total = sum(1 for _ in stream(path, limit))
    n = nbytes = found = 0
    rss_early = None
    t0, c0 = time.perf_counter(), time.process_time()
    for line in stream(path, limit):
        art = json.loads(line)
        text = art.get("text") or ""
        nbytes += len(line.encode("utf-8"))
        found += fn(art, text)
        n += 1
        if rss_early is None and n >= max(1, total // 10):
            rss_early = rss_mb()
    secs, cpu = time.perf_counter() - t0, time.process_time() - c0
    return {"step": label, "articles": n, "seconds": round(secs, 2), "articles_per_s": round(n / secs, 1),
            "mb_per_s": round(nbytes / 2**20 / secs, 2), "cpu_seconds": round(cpu, 2),
            "articles_per_cpu_s": round(n / cpu, 1), "mb_per_cpu_s": round(nbytes / 2**20 / cpu, 2), "records": found, "rss_mb_at_10pct": round(rss_early or 0, 1),
            "rss_mb_end": round(rss_mb(), 1), "peak_rss_mb": round(peak_mb(), 1)}


def floor(art: dict, text: str) -> int:
    return sum(1 for _ in _FLOOR.finditer(text))


def extract(art: dict, text: str) -> int:
    from peacetalks.quotes import cli_records

    if not text.strip():
        return 0
    date = art.get("published") or art.get("date") or None
    date = date[:10] if date and _ISO.match(date) else None
    return len(cli_records({"id": art.get("id", ""), "text": text, "published": date}))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--input", type=Path, default=DEFAULT)
    ap.add_argument("--limit", type=int, default=None)
    args = ap.parse_args(argv)
    if not args.input.exists():
        raise SystemExit(f"{args.input} not found (../shared is for developers and CI only)")
    from peacetalks.quotes import batch_mode

    with batch_mode():  # as the batch command line runs: loaded once, the long-lived objects frozen out of the GC
        for row in (bench(args.input, args.limit, floor, "regex floor"),
                    bench(args.input, args.limit, extract, "quotes.cli_records")):
            print(json.dumps(row))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
