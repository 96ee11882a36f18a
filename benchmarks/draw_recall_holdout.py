"""Draw the articles of the recall audits II (round 12), III (round 13) and IV (round 14) (docs/quotes_history.md).

    .venv/bin/python benchmarks/draw_recall_holdout.py              # audit II: the 10 article ids (needs ../shared)
    .venv/bin/python benchmarks/draw_recall_holdout.py --round 13   # audit III: 4 development, then 8 hold-out ids
    .venv/bin/python benchmarks/draw_recall_holdout.py --round 14   # audit IV: 4 development, then 8 hold-out ids
    .venv/bin/python benchmarks/draw_recall_holdout.py --round 15   # audit V: 12 development, then 12 hold-out ids

From ../shared/corpus/all_en.jsonl: articles not in the audit CSVs that existed when it was drawn
(``AUDITED_AT_DRAW``: every data/reference/eval/corpus_*audit*.csv but this sample's own, the round-12 direct-quote
samples ``corpus_direct5_audit*.csv`` drawn at the same time included) nor exact copies of their texts, whose text
matches the keyword filter ``KEYWORDS`` (negotiations, talks, ceasefire, peace; case-insensitive, whole words),
300-1,200 words (whitespace tokens); the ids sorted, shuffled with ``random.Random(SEED)`` and taken in that
order, at most ``PER_OUTLET`` per outlet, until ``N`` articles. Prints ids only (never article text).

Audit III (``draw_round13``): no keyword filter; articles outside ``AUDITED_AT_DRAW_13`` (every audit CSV that
existed at its draw) and not exact copies of their texts, of 1,500-6,000 characters; ids sorted, shuffled with
``random.Random(SEED_13)``, taken in order with at most ``PER_OUTLET`` per outlet until 12: the first 4 are the
development articles (fixes were looked for on them), the last 8 the hold-out (judged after the fixes).

Audit IV (``draw_round14``): every one of the 192 negotiations articles (negotiations_en.jsonl) is already in an
audit CSV, so the same as audit III over all_en with audit II's keyword filter ``KEYWORDS`` added, outside
``AUDITED_AT_DRAW_14``, shuffled with ``random.Random(SEED_14)``.

Audit V (``draw_round15``): as audit IV over all_en with ``KEYWORDS``, outside ``AUDITED_AT_DRAW_15`` (every audit
CSV at the draw), 400-1,500 words, shuffled with ``random.Random(SEED_15)``, at most ``PER_OUTLET`` per outlet: the
first 12 are the development articles, the next 12 the hold-out.
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
KEYWORDS = re.compile(r"\b(?:negotiat\w*|talks|cease-?fire\w*|peace)\b", re.I)


# the audit CSVs that existed when this sample was drawn (frozen: a later audit must not change the draw)
AUDITED_AT_DRAW = (
    "corpus_direct5_audit.csv",
    "corpus_direct5_audit_after.csv",
    "corpus_direct5_audit_holdout.csv",
    "corpus_direct_audit.csv",
    "corpus_direct_audit_before.csv",
    "corpus_direct_audit_holdout.csv",
    "corpus_quote_audit.csv",
    "corpus_quote_audit_holdout.csv",
    "corpus_recall_audit.csv",
    "corpus_reported_audit.csv",
    "corpus_reported_audit_after.csv",
    "corpus_reported_audit_holdout.csv",
    "corpus_role_audit.csv",
    "corpus_role_audit_after.csv",
)


# audit III (round 13): every audit CSV at its draw (frozen the same way)
AUDITED_AT_DRAW_13 = AUDITED_AT_DRAW + (
    "corpus_direct6_audit.csv",
    "corpus_direct6_audit_after.csv",
    "corpus_direct6_audit_holdout.csv",
    "corpus_direct7_audit.csv",
    "corpus_direct7_audit_after.csv",
    "corpus_direct7_audit_holdout.csv",
    "corpus_embed_audit.csv",
    "corpus_recall_audit_holdout.csv",
)
SEED_13, N_DEV_13, N_HOLDOUT_13, MIN_CHARS_13, MAX_CHARS_13 = 20270301, 4, 8, 1500, 6000

# audit IV (round 14): every audit CSV at its draw (frozen the same way)
AUDITED_AT_DRAW_14 = AUDITED_AT_DRAW_13 + (
    "corpus_direct8_audit.csv",
    "corpus_direct8_audit_after.csv",
    "corpus_direct8_audit_holdout.csv",
    "corpus_direct9_audit.csv",
    "corpus_direct9_audit_after.csv",
    "corpus_direct9_audit_holdout.csv",
    "corpus_recall3_audit.csv",
    "corpus_recall3_audit_holdout.csv",
    "corpus_transcript_audit.csv",
)
SEED_14 = 20270415

# audit V (round 15): every audit CSV at its draw (frozen the same way)
AUDITED_AT_DRAW_15 = AUDITED_AT_DRAW_14 + (
    "corpus_direct10_audit.csv",
    "corpus_direct10_audit_after.csv",
    "corpus_direct10_audit_holdout.csv",
    "corpus_recall4_audit.csv",
    "corpus_recall4_audit_holdout.csv",
    "corpus_role11_audit.csv",
    "corpus_role11_audit_after.csv",
    "corpus_role11_audit_holdout.csv",
    "corpus_role11b_audit_holdout.csv",
)
SEED_15, N_DEV_15, N_HOLDOUT_15, MIN_WORDS_15, MAX_WORDS_15 = 20271207, 12, 12, 400, 1500


def audited_ids(names: tuple[str, ...] = AUDITED_AT_DRAW) -> set[str]:
    ids: set[str] = set()
    for p in (ROOT / "data" / "reference" / "eval" / name for name in names):
        with open(p, newline="", encoding="utf-8") as f:
            ids |= {r["article_id"] for r in csv.DictReader(f)}
    return ids


def _take(arts: list[dict], *, skip: set[str], keep, seed: int, n: int) -> list[dict]:
    """Articles outside ``skip`` (and exact copies of their texts) that ``keep`` accepts, shuffled by ``seed``."""
    skip_texts = {a["text"] for a in arts if a["id"] in skip}  # exact copies of audited articles too
    eligible = sorted((a for a in arts if a["id"] not in skip and a["text"] not in skip_texts and keep(a)),
                      key=lambda a: a["id"])
    random.Random(seed).shuffle(eligible)
    taken, per, texts = [], {}, set()
    for a in eligible:
        if per.get(a["outlet"], 0) >= PER_OUTLET or a["text"] in texts:
            continue
        per[a["outlet"]] = per.get(a["outlet"], 0) + 1
        texts.add(a["text"])
        taken.append(a)
        if len(taken) == n:
            break
    return taken


def _articles() -> list[dict]:
    with open(CORPUS, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def draw() -> list[dict]:
    """Recall audit II: the 10 hold-out articles."""
    return _take(_articles(), skip=audited_ids(), seed=SEED, n=N,
                 keep=lambda a: MIN_WORDS <= len(a["text"].split()) <= MAX_WORDS and KEYWORDS.search(a["text"]))


def draw_round13() -> tuple[list[dict], list[dict]]:
    """Recall audit III: (4 development articles, 8 hold-out articles)."""
    taken = _take(_articles(), skip=audited_ids(AUDITED_AT_DRAW_13), seed=SEED_13, n=N_DEV_13 + N_HOLDOUT_13,
                  keep=lambda a: MIN_CHARS_13 <= len(a["text"]) <= MAX_CHARS_13)
    return taken[:N_DEV_13], taken[N_DEV_13:]


def draw_round14() -> tuple[list[dict], list[dict]]:
    """Recall audit IV: (4 development articles, 8 hold-out articles) that mention negotiations."""
    taken = _take(_articles(), skip=audited_ids(AUDITED_AT_DRAW_14), seed=SEED_14, n=N_DEV_13 + N_HOLDOUT_13,
                  keep=lambda a: MIN_CHARS_13 <= len(a["text"]) <= MAX_CHARS_13 and KEYWORDS.search(a["text"]))
    return taken[:N_DEV_13], taken[N_DEV_13:]


def draw_round15() -> tuple[list[dict], list[dict]]:
    """Recall audit V: (12 development articles, 12 hold-out articles) of 400-1,500 words that mention negotiations."""
    taken = _take(_articles(), skip=audited_ids(AUDITED_AT_DRAW_15), seed=SEED_15, n=N_DEV_15 + N_HOLDOUT_15,
                  keep=lambda a: MIN_WORDS_15 <= len(a["text"].split()) <= MAX_WORDS_15 and KEYWORDS.search(a["text"]))
    return taken[:N_DEV_15], taken[N_DEV_15:]


if __name__ == "__main__":
    import sys
    if sys.argv[1:] == ["--round", "15"]:
        dev, holdout = draw_round15()
        drawn = [("development", a) for a in dev] + [("hold-out", a) for a in holdout]
    elif sys.argv[1:] == ["--round", "14"]:
        dev, holdout = draw_round14()
        drawn = [("development", a) for a in dev] + [("hold-out", a) for a in holdout]
    elif sys.argv[1:] == ["--round", "13"]:
        dev, holdout = draw_round13()
        drawn = [("development", a) for a in dev] + [("hold-out", a) for a in holdout]
    else:
        drawn = [("hold-out", a) for a in draw()]
    for part, a in drawn:
        print(a["id"], a["outlet"], len(a["text"]), part, sep="\t")
