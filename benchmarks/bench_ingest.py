"""Benchmark ingestion on ../shared/corpus/all_en.jsonl: articles/s, MB/s, peak RSS, removals by rule.

Usage: .venv/bin/python benchmarks/bench_ingest.py [PATH.jsonl]   (skips with a message when the file is absent)
"""

from __future__ import annotations

import resource
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

from peacetalks.ingest import removed_by_rule, run_ingest

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "all_en.jsonl"


def main(argv: list[str]) -> int:
    path = Path(argv[0]) if argv else DEFAULT
    if not path.is_file():
        print(f"skipped: {path} not found (the benchmark needs ../shared/corpus)")
        return 0
    size_mb = path.stat().st_size / 1e6
    with tempfile.TemporaryDirectory() as out:
        started = time.perf_counter()
        result = run_ingest(path, Path(out))
        seconds = time.perf_counter() - started
        removed = pd.read_parquet(Path(out) / "removed.parquet")
        by_rule = removed_by_rule(removed)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: kilobytes
    print(result.summary())
    print(f"input: {path.name}, {size_mb:.1f} MB, {result.n_inputs} inputs")
    print(f"time: {seconds:.1f} s  ->  {result.n_accepted / seconds:.0f} articles/s, {size_mb / seconds:.2f} MB/s")
    print(f"peak RSS: {peak_mb:.0f} MB")
    print("removed spans by rule:")
    print(by_rule[["rule", "spans", "articles", "chars"]].to_string(index=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
