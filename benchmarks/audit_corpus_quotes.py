"""Recompute the hand audit of the quote engine on the study's own corpus (negotiations news, round 10).

    .venv/bin/python benchmarks/audit_corpus_quotes.py            # tables + offset check (needs ../shared)
    .venv/bin/python benchmarks/audit_corpus_quotes.py --no-check  # tables only (no corpus needed)

Reads the judgments in data/reference/eval/corpus_quote_audit.csv (a seeded sample of engine quotes: content,
speaker and actor judged by hand) and corpus_recall_audit.csv (every attribution listed by hand in 12 random
articles, with whether the engine found it). Prints precision by kind with Wilson 95 % intervals and recall by
kind. corpus_quote_audit_holdout.csv (same columns) is a second sample from articles outside the first,
judged after the round-10 fixes (unbiased by them); corpus_direct_audit_before.csv / corpus_direct_audit.csv (same
columns) are a third sample, of direct quotes only, from articles outside both, judged before and after the audit-II
speaker fixes, and corpus_direct_audit_holdout.csv a fourth from further articles, judged after them. The CSVs hold ids and offsets only; the corpus (../shared/corpus/negotiations_en.jsonl) is read only to
check that the audited quotes still exist in the current engine output (rows that no longer match are listed:
re-judge them after an engine change). Without ../shared the check is skipped with a message.
"""
from __future__ import annotations

import argparse
import csv
import json
import math
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
EVAL = ROOT / "data" / "reference" / "eval"
PRECISION_CSV = EVAL / "corpus_quote_audit.csv"
HOLDOUT_CSV = EVAL / "corpus_quote_audit_holdout.csv"  # a second sample judged after the round-10 fixes
# audit II (direct speakers): a sample from articles outside the two above, judged before the audit-II fixes and
# re-judged after them (the fixes were found on it), and a hold-out from further articles judged after them
DIRECT_CSVS = (("Direct-quote sample, before the audit-II fixes", EVAL / "corpus_direct_audit_before.csv"),
               ("Direct-quote sample, re-judged after the audit-II fixes", EVAL / "corpus_direct_audit.csv"),
               ("Direct-quote hold-out, after the audit-II fixes", EVAL / "corpus_direct_audit_holdout.csv"))
RECALL_CSV = EVAL / "corpus_recall_audit.csv"
CORPUS = ROOT.parent / "shared" / "corpus" / "negotiations_en.jsonl"
KINDS = ("direct", "mixed", "indirect")
PRECISION_COLUMNS = ["article_id", "start", "end", "kind", "content_ok", "speaker_ok", "actor_ok", "error_type", "note"]
RECALL_COLUMNS = ["article_id", "start", "end", "kind", "found", "note"]


def wilson(k: int, n: int, *, z: float = 1.96) -> tuple[float, float]:
    """Wilson score interval of k successes in n trials (0..1); (nan, nan) when n is 0."""
    if n == 0:
        return math.nan, math.nan
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return max(0.0, centre - half), min(1.0, centre + half)


def read_rows(path: Path) -> list[dict[str, str]]:
    """The CSV rows as dicts."""
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def rate(rows: list[dict[str, str]], column: str) -> tuple[int, int]:
    """(successes, judged) over the rows whose ``column`` is '0' or '1' (blank = not applicable)."""
    judged = [r[column] for r in rows if r[column] in ("0", "1")]
    return judged.count("1"), len(judged)


def fmt(k: int, n: int) -> str:
    """'p % [lo–hi] (k/n)'."""
    if n == 0:
        return "–"
    lo, hi = wilson(k, n)
    return f"{100 * k / n:5.1f} % [{100 * lo:4.1f}–{100 * hi:5.1f}] ({k}/{n})"


def precision_table(rows: list[dict[str, str]]) -> list[str]:
    """Lines of the precision table: content, speaker, actor by kind and overall."""
    out = [f"{'kind':9} {'content':32} {'speaker':32} {'actor':32}"]
    for kind in (*KINDS, "all"):
        sub = [r for r in rows if kind == "all" or r["kind"] == kind]
        out.append(f"{kind:9} " + " ".join(f"{fmt(*rate(sub, c)):32}" for c in ("content_ok", "speaker_ok", "actor_ok")))
    return out


def recall_table(rows: list[dict[str, str]]) -> list[str]:
    """Lines of the recall table by (true) kind."""
    out = []
    for kind in (*KINDS, "all"):
        sub = [r for r in rows if kind == "all" or r["kind"] == kind]
        out.append(f"{kind:9} recall {fmt(*rate(sub, 'found'))}")
    return out


def error_counts(rows: list[dict[str, str]]) -> list[tuple[str, int]]:
    """Error types with their counts, most frequent first."""
    counts: dict[str, int] = defaultdict(int)
    for r in rows:
        if r["error_type"]:
            counts[r["error_type"]] += 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def stale_rows(precision: list[dict[str, str]], recall: list[dict[str, str]], corpus: Path) -> list[str]:
    """Audited quotes that the current engine no longer outputs with the same offsets and kind."""
    from peacetalks.quotes import cli_records

    ids = {r["article_id"] for r in precision} | {r["article_id"] for r in recall if r["found"] == "1"}
    current: dict[str, set[tuple[int, int, str]]] = {}
    spans: dict[str, set[tuple[int, int]]] = {}
    with open(corpus, encoding="utf-8") as f:
        for line in f:
            art = json.loads(line)
            if art["id"] in ids:
                recs = cli_records(art)
                current[art["id"]] = {(q["start"], q["end"], q["kind"]) for q in recs}
                spans[art["id"]] = {(q["start"], q["end"]) for q in recs}
    out = []
    for r in precision:
        if (int(r["start"]), int(r["end"]), r["kind"]) not in current.get(r["article_id"], set()):
            out.append(f"precision row {r['article_id']} {r['start']}-{r['end']} {r['kind']}: no longer output")
    for r in recall:
        if r["found"] == "1" and (int(r["start"]), int(r["end"])) not in spans.get(r["article_id"], set()):
            out.append(f"recall row {r['article_id']} {r['start']}-{r['end']} (found=1): no longer output")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-check", action="store_true", help="skip the offset check against the corpus")
    args = ap.parse_args(argv)
    precision, recall = read_rows(PRECISION_CSV), read_rows(RECALL_CSV)
    print(f"Precision sample: n={len(precision)} quotes from {len({r['article_id'] for r in precision})} articles "
          f"(speaker/actor judged on the rows that are attributions)")
    print("\n".join(precision_table(precision)))
    holdout = read_rows(HOLDOUT_CSV) if HOLDOUT_CSV.exists() else []
    if holdout:
        print(f"\nHold-out sample (after the round-10 fixes): n={len(holdout)} quotes from "
              f"{len({r['article_id'] for r in holdout})} other articles")
        print("\n".join(precision_table(holdout)))
    direct: list[dict[str, str]] = []
    for label, path in DIRECT_CSVS:
        rows = read_rows(path) if path.exists() else []
        if rows:
            print(f"\n{label}: n={len(rows)} quotes from {len({r['article_id'] for r in rows})} articles")
            print("\n".join(precision_table(rows)))
            print("Error types: " + ", ".join(f"{name} {n}" for name, n in error_counts(rows)))
            direct += rows
    print(f"\nRecall: {len(recall)} attributions listed by hand in {len({r['article_id'] for r in recall})} articles")
    print("\n".join(recall_table(recall)))
    print("\nError types (precision sample):")
    for name, n in error_counts(precision):
        print(f"  {name:22} {n}")
    if args.no_check:
        return 0
    if not CORPUS.exists():
        print(f"\n{CORPUS} not found: offset check skipped (../shared is for developers and CI only)")
        return 0
    stale = stale_rows(precision + holdout + direct, recall, CORPUS)
    print(f"\nOffset check against the current engine: {len(stale)} audited rows no longer output")
    for line in stale:
        print("  " + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
