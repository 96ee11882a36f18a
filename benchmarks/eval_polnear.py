"""Score the quote extractor on PolNeAR (../shared/polnear): prints the metrics table, optional CSV.

    .venv/bin/python benchmarks/eval_polnear.py --split dev --out reports/polnear_dev.csv
    .venv/bin/python benchmarks/eval_polnear.py --split train --errors /tmp/train_errors.jsonl   # error analysis
    .venv/bin/python benchmarks/eval_polnear.py --seeds      # the seed gold on the raw seed texts (no ../shared)
    .venv/bin/python benchmarks/eval_polnear.py --split dev --bootstrap 2000   # + 95 % intervals over articles

Develop on train, report on dev. Needs ../shared (developers and CI only); the project never requires it.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from peacetalks.evaluate import article_intervals, polnear_gold, score_quotes  # noqa: E402
from peacetalks.quotes import cli_records, mention_names  # noqa: E402

SHARED = ROOT.parent / "shared" / "polnear"


def run(split: str, *, limit: int | None = None, errors: Path | None = None, bootstrap: int = 0):
    path = SHARED / f"{split}.jsonl"
    if not path.exists():
        raise SystemExit(f"{path} not found (../shared is for developers and CI only)")
    texts, gold, pred = {}, [], []
    t0 = time.perf_counter()
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if limit is not None and n >= limit:
                break
            art = json.loads(line)
            aid = str(art["id"])
            texts[aid] = art["text"]
            gold.extend(polnear_gold(art, name_speakers=mention_names))
            pred.extend(cli_records({"id": aid, "text": art["text"], "published": art.get("date")}))
    return _score(gold, pred, texts, errors, bootstrap), len(texts), time.perf_counter() - t0


def _score(gold: list, pred: list, texts: dict, errors: Path | None, bootstrap: int = 0):
    """The score table; with ``errors``, every miss, false positive and wrong speaker written there as JSONL;
    with ``bootstrap`` resamples, 95 % article-bootstrap intervals as columns low/high."""
    sc = score_quotes(gold, pred, texts, keep_errors=errors is not None)
    if errors is not None:
        with open(errors, "w", encoding="utf-8") as out:
            for kind, aid, rec in sc.errors:
                out.write(json.dumps({"error": kind, "article_id": aid, "record": rec}, ensure_ascii=False) + "\n")
    table = sc.table()
    if bootstrap:
        table = table.merge(article_intervals(gold, pred, texts, resamples=bootstrap), on=["metric", "kind"],
                            how="left", validate="one_to_one")
    return table


def run_seeds(errors: Path | None = None):
    """Score the seed gold (data/reference/gold/quotes_seeds.jsonl) on the raw seed files in data/raw."""
    import csv

    from peacetalks.paths import GOLD, SEEDS

    gold = [json.loads(line) for line in open(GOLD / "quotes_seeds.jsonl", encoding="utf-8") if line.strip()]
    meta = {}
    if (SEEDS / "metadata.csv").exists():
        meta = {Path(r["file"]).stem: r for r in csv.DictReader(open(SEEDS / "metadata.csv", encoding="utf-8"))}
    texts, pred = {}, []
    t0 = time.perf_counter()
    for path in sorted(SEEDS.glob("*.txt")):
        texts[path.stem] = text = path.read_text(encoding="utf-8")
        published = (meta.get(path.stem) or {}).get("published") or None
        pred.extend(cli_records({"id": path.stem, "text": text, "published": published}))
    return _score(gold, pred, texts, errors), len(texts), time.perf_counter() - t0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="dev", choices=["train", "dev"])
    ap.add_argument("--limit", type=int, default=None, help="first N articles only")
    ap.add_argument("--out", type=Path, default=None, help="write the table as CSV here")
    ap.add_argument("--errors", type=Path, default=None, help="write misses/false positives as JSONL here")
    ap.add_argument("--seeds", action="store_true", help="score the seed gold on data/raw instead of PolNeAR")
    ap.add_argument("--bootstrap", type=int, default=0, metavar="N",
                    help="add 95 %% intervals from N article resamples (columns low/high)")
    args = ap.parse_args(argv)
    if args.seeds:
        table, n, secs = run_seeds(errors=args.errors)
        args.split = "seeds"
    else:
        table, n, secs = run(args.split, limit=args.limit, errors=args.errors, bootstrap=args.bootstrap)
    table.insert(0, "split", args.split)
    wide = table.pivot(index="metric", columns="kind", values="value")[["direct", "mixed", "indirect", "all"]]
    print(f"{'PolNeAR ' if not args.seeds else ''}{args.split}: {n} articles, extraction {secs:.1f} s ({n / secs:.0f} articles/s)")
    print((wide * 100).round(1).to_string())
    counts = table[table.metric.isin(["content_precision", "content_recall"])]
    print(counts[["metric", "kind", "numerator", "denominator"]].to_string(index=False))
    if "low" in table:
        ci = table.assign(interval=[f"{lo * 100:.1f}–{hi * 100:.1f}" for lo, hi in zip(table.low, table.high)])
        print(f"95 % intervals over articles ({args.bootstrap} resamples):")
        print(ci.pivot(index="metric", columns="kind", values="interval")[["direct", "mixed", "indirect", "all"]]
              .to_string())
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        table.to_csv(args.out, index=False, lineterminator="\n")
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
