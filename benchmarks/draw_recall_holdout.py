"""Draw the articles of the round-12 recall hold-out (docs/quotes.md, "Recall audit II").

    .venv/bin/python benchmarks/draw_recall_holdout.py   # prints the 10 article ids (needs ../shared)

From ../shared/corpus/all_en.jsonl: articles not in any data/reference/eval/corpus_*audit*.csv other than this
sample's own ``corpus_recall_audit_holdout.csv`` (so the round-12 direct-quote samples ``corpus_direct5_audit*.csv``,
drawn at the same time, are excluded too; audit VI's ``corpus_direct6_audit*.csv``, drawn later and outside this
sample, are not) nor exact copies of their texts, whose text
matches the keyword filter ``KEYWORDS`` (negotiations, talks, ceasefire, peace; case-insensitive, whole words),
300-1,200 words (whitespace tokens); the ids sorted, shuffled with ``random.Random(SEED)`` and taken in that
order, at most ``PER_OUTLET`` per outlet, until ``N`` articles. Prints ids only (never article text).
"""
from __future__ import annotations

import csv
import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "all_en.jsonl"
SEED, N, PER_OUTLET, MIN_WORDS, MAX_WORDS = 20261217, 10, 2, 300, 1200
OWN = "corpus_recall_audit_holdout.csv"
LATER = ("corpus_direct6_",)  # samples drawn after this one (audit VI), which left its articles out: not skipped here
KEYWORDS = re.compile(r"\b(?:negotiat\w*|talks|cease-?fire\w*|peace)\b", re.I)


def audited_ids() -> set[str]:
    files = [p for p in (ROOT / "data" / "reference" / "eval").glob("corpus_*audit*.csv") if p.name != OWN
             and not p.name.startswith(LATER)]
    ids = set()
    for p in files:
        with open(p, newline="", encoding="utf-8") as f:
            ids |= {r["article_id"] for r in csv.DictReader(f)}
    return ids


def draw() -> list[dict]:
    skip = audited_ids()
    arts = [json.loads(line) for line in open(CORPUS, encoding="utf-8")]
    skip_texts = {a["text"] for a in arts if a["id"] in skip}  # exact copies of audited articles too
    eligible = sorted((a for a in arts if a["id"] not in skip and a["text"] not in skip_texts
                       and MIN_WORDS <= len(a["text"].split()) <= MAX_WORDS and KEYWORDS.search(a["text"])),
                      key=lambda a: a["id"])
    random.Random(SEED).shuffle(eligible)
    taken, per, texts = [], {}, set()
    for a in eligible:
        if per.get(a["outlet"], 0) >= PER_OUTLET or a["text"] in texts:
            continue
        per[a["outlet"]] = per.get(a["outlet"], 0) + 1
        texts.add(a["text"])
        taken.append(a)
        if len(taken) == N:
            break
    return taken


if __name__ == "__main__":
    for a in draw():
        print(a["id"], a["outlet"], len(a["text"].split()), sep="\t")
