"""Recompute the hand audits of the quote engine on the study's own corpus (negotiations news, round 10).

    .venv/bin/python benchmarks/audit_corpus_quotes.py            # tables + offset check (needs ../shared)
    .venv/bin/python benchmarks/audit_corpus_quotes.py --no-check  # tables only (no corpus needed)

The samples are listed in ``peacetalks.voices.CORPUS_AUDITS`` (data/reference/eval/corpus_*audit*.csv: article
ids, offsets, 0/1 judgments of content, speaker and actor, or ``found`` for the recall sample, and short notes;
never article text); docs/quotes_history.md ("Corpus audit") says how each was drawn and judged. Prints, per sample,
precision or recall by kind with Wilson 95 % intervals (the table notebook 2 shows) and the error types. The
corpus (../shared/corpus/negotiations_en.jsonl, and all_en.jsonl beside it for the articles of audit V, drawn from
all war news) is read only to check that every audited quote is still in the current engine output (rows that no
longer match are listed: re-judge them after an engine change); without ../shared that check is skipped with a
message.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from peacetalks import voices  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "negotiations_en.jsonl"
ALL_NEWS = CORPUS.parent / "all_en.jsonl"  # audit V and recall audit II (round 12) drew from all war news


def stale_rows(samples: dict[str, pd.DataFrame], corpus: Path, *, fallback: Path | None = None) -> list[str]:
    """Audited quotes the current engine no longer outputs: precision rows by offsets and kind; recall rows
    marked found when no engine quote has their offsets or overlaps their content by at least half of the longer
    span (``evaluate.overlap``, the rule they were judged by: the recall hold-out keeps the hand-listed span).
    Articles not in ``corpus`` are looked up in ``fallback`` (when it exists)."""
    from peacetalks.evaluate import content_units, overlap
    from peacetalks.quotes import cli_records

    ids = {a for judged in samples.values() for a in judged["article_id"]}
    current: dict[str, set[tuple[int, int, str]]] = {}
    texts: dict[str, str] = {}
    for path in (corpus, fallback):
        if path is None or not path.exists() or not ids - set(current):
            continue
        with open(path, encoding="utf-8") as f:
            for line in f:
                art = json.loads(line)
                if art["id"] in ids and art["id"] not in current:
                    current[art["id"]] = {(q["start"], q["end"], q["kind"]) for q in cli_records(art)}
                    texts[art["id"]] = art["text"]

    def still_found(article_id: str, span: tuple[int, int]) -> bool:
        got = current.get(article_id, set())
        if any(q[:2] == span for q in got):
            return True
        text = texts.get(article_id, "")
        gold = content_units(text, [span])
        return any(overlap(content_units(text, [q[:2]]), gold) >= 0.5 for q in got)

    out = []
    for name, judged in samples.items():
        recall = voices.is_recall_table(judged)
        for r in judged.itertuples():
            if recall and r.found != "1":
                continue
            span = (int(r.start), int(r.end))
            if not (still_found(r.article_id, span) if recall else (*span, r.kind) in current.get(r.article_id, ())):
                out.append(f"{name}: {r.article_id} {r.start}-{r.end} {r.kind} no longer output")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-check", action="store_true", help="skip the offset check against the corpus")
    args = ap.parse_args(argv)
    samples = voices.read_corpus_audits()
    scores = voices.corpus_audit()  # the samples and, first, the hold-outs pooled
    with pd.option_context("display.width", 200, "display.max_columns", 10):
        for name, part in scores.groupby("sample", sort=False):
            unit = "attributions listed by hand" if "content_recall" in set(part["metric"]) else "quotes"
            print(f"\n{name}: n={part['n_quotes'].iloc[0]} {unit} from {part['n_articles'].iloc[0]} articles")
            print(voices.wide_scores(part).to_string())
            judged = samples.get(name)
            if judged is not None and "error_type" in judged:
                errors = judged.loc[judged["error_type"] != "", "error_type"].value_counts()
                print("error types: " + (", ".join(f"{e} {n}" for e, n in errors.items()) or "none"))
    if args.no_check:
        return 0
    if not CORPUS.exists():
        print(f"\n{CORPUS} not found: offset check skipped (../shared is for developers and CI only)")
        return 0
    stale = stale_rows(samples, CORPUS, fallback=ALL_NEWS)
    print(f"\nOffset check against the current engine: {len(stale)} audited rows no longer output")
    for line in stale:
        print("  " + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
