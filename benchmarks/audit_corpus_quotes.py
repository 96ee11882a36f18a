"""Recompute the hand audits of the quote engine on the study's own corpus (negotiations news, round 10).

    .venv/bin/python benchmarks/audit_corpus_quotes.py            # tables + offset check (needs ../shared)
    .venv/bin/python benchmarks/audit_corpus_quotes.py --no-check  # tables only (no corpus needed)
    .venv/bin/python benchmarks/audit_corpus_quotes.py --draw-random /tmp/out.jsonl --audit XVI  # a random draw
        # (--audit XVII: mixed quotes only; XVIII: side-less ministry speakers; XIX: any kind, as XVI;
        #  XX / XX-holdout: direct quotes only; XXI, XXII and XXIV: any kind, as XIX;
        #  XXIII: direct quotes only)
        # (ids, offsets, kind) with that audit's frozen exclusion list, seed and size; --seed/--n override them

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
import random
import re
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from peacetalks import voices  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from draw_recall_holdout import AUDITED_AT_DRAW_15  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "negotiations_en.jsonl"
ALL_NEWS = CORPUS.parent / "all_en.jsonl"  # audit V and recall audit II (round 12) drew from all war news

# corpus audit XIV (round 15, a random hold-out of the merged engine, any kind): the audit tables and id lists that
# existed at its draw (frozen, so that later audits do not move it), its seed and size
EVAL = ROOT / "data" / "reference" / "eval"
AUDITED_AT_DRAW_XIV = AUDITED_AT_DRAW_15 + (  # recall audit V's list, and what rounds 14b-15 added before the draw
    "corpus_recall5_audit.csv",
    "corpus_recall5_audit_holdout.csv",
    "corpus_role12_audit.csv",
    "corpus_role12_audit_after.csv",
    "corpus_role12_audit_holdout.csv",
    "direct10_holdout_ids.txt", "role11_holdout_ids.txt", "role11b_holdout_ids.txt", "role12_holdout_ids.txt",
    "recall5_holdout_listed.csv",
)
SEED_XIV, N_XIV = 20271515, 60
# corpus audit XVI (round 16, the same measurement of the merged round-16 engine): every table registered in
# voices.CORPUS_AUDITS and every id list of data/reference/eval/ at its draw (1,368 ids)
AUDITED_AT_DRAW_XVI = AUDITED_AT_DRAW_XIV + (
    "corpus_random14_audit_holdout.csv",
    "corpus_pronoun15_audit.csv",
    "corpus_pronoun15_audit_after.csv",
    "corpus_pronoun15_audit_holdout.csv",
    "corpus_role16_audit.csv",
    "corpus_role16_audit_holdout.csv",
    "pronoun15_holdout_ids.txt", "role16_holdout_ids.txt",
    "random14_holdout_drawn.csv",
)
SEED_XVI, N_XVI = 20271616, 60
# corpus audit XVII (round 16, mixed-quote speakers, stratified): XVI's list plus its two files; 60 articles drawn
# among the mixed quotes only, the first 30 the development sample and the last 30 the hold-out
AUDITED_AT_DRAW_XVII = AUDITED_AT_DRAW_XVI + ("corpus_random16_audit_holdout.csv", "random16_holdout_drawn.csv")
SEED_XVII, N_XVII = 20271617, 60
# corpus audit XVIII (round 17, ministries named without their country, stratified): XVII's list plus its three files;
# 40 articles drawn among the quotes whose speaker is a ministry with no country and no side ("the Defense Ministry",
# "the ministry", "MoD"), the first 20 the development sample and the last 20 the hold-out
AUDITED_AT_DRAW_XVIII = AUDITED_AT_DRAW_XVII + (
    "corpus_mixed16_audit.csv", "corpus_mixed16_audit_holdout.csv", "mixed16_drawn.csv")
SEED_XVIII, N_XVIII = 20271718, 40
# corpus audit XIX (round 17, the same measurement as XIV and XVI of the merged round-17 engine): XVIII's list plus its
# four files, i.e. every table registered in voices.CORPUS_AUDITS and every id list of data/reference/eval/ at its draw
AUDITED_AT_DRAW_XIX = AUDITED_AT_DRAW_XVIII + (
    "corpus_ministry17_audit.csv", "corpus_ministry17_audit_after.csv", "corpus_ministry17_audit_holdout.csv",
    "ministry17_drawn.csv")
SEED_XIX, N_XIX = 20271719, 60
# corpus audit XX (round 18, direct-quote speakers): XIX's list plus its two files; 80 articles drawn among the direct
# quotes only (the development sample, judged on the base engine), then, leaving those out too, 60 more with their own
# seed (the hold-out, drawn from the final engine's output and judged on it only)
AUDITED_AT_DRAW_XX = AUDITED_AT_DRAW_XIX + ("corpus_random19_audit_holdout.csv", "random19_holdout_drawn.csv")
SEED_XX, N_XX = 20271820, 80
AUDITED_AT_DRAW_XX_HOLDOUT = AUDITED_AT_DRAW_XX + ("direct18_drawn.csv",)
SEED_XX_HOLDOUT, N_XX_HOLDOUT = 20271821, 60
# corpus audit XXI (round 18, the same measurement as XIV, XVI and XIX of the merged round-18 engine): XX's list plus
# all of XX's files (its three tables and its three id lists), i.e. every table registered in voices.CORPUS_AUDITS and
# every id list of data/reference/eval/ at its draw
AUDITED_AT_DRAW_XXI = AUDITED_AT_DRAW_XX_HOLDOUT + (
    "corpus_direct18_audit.csv", "corpus_direct18_audit_after.csv", "corpus_direct18_audit_holdout.csv",
    "direct18_holdout_drawn.csv", "direct18_holdout_ids.txt")
SEED_XXI, N_XXI = 20271921, 60
# corpus audit XXII (round 19, the same measurement as XIV, XVI, XIX and XXI of the merged round-19 engine): XXI's list
# plus XXI's two files, i.e. every table registered in voices.CORPUS_AUDITS and every id list of data/reference/eval/
# at its draw
AUDITED_AT_DRAW_XXII = AUDITED_AT_DRAW_XXI + ("corpus_random21_audit_holdout.csv", "random21_holdout_drawn.csv")
SEED_XXII, N_XXII = 20272022, 60
# corpus audit XXIII (round 19, direct-quote speakers, a development sample): XXII's list plus XXII's two files; 80
# articles drawn among the direct quotes only, judged on the base engine before any fix and re-judged after them
AUDITED_AT_DRAW_XXIII = AUDITED_AT_DRAW_XXII + ("corpus_random22_audit_holdout.csv", "random22_holdout_drawn.csv")
SEED_XXIII, N_XXIII = 20272023, 80
# corpus audit XXIV (round 19, the same measurement as XXII of the final round-19 engine): XXIII's list plus XXIII's
# three files (its two tables and its id list), i.e. every table registered in voices.CORPUS_AUDITS and every id list
# of data/reference/eval/ at its draw
AUDITED_AT_DRAW_XXIV = AUDITED_AT_DRAW_XXIII + (
    "corpus_direct19_audit.csv", "corpus_direct19_audit_after.csv", "direct19_drawn.csv")
SEED_XXIV, N_XXIV = 20272024, 60
RANDOM_DRAWS = {  # audit name -> (frozen exclusion list, seed, size, kind or None) of the random draws
    "XIV": (AUDITED_AT_DRAW_XIV, SEED_XIV, N_XIV, None),
    "XVI": (AUDITED_AT_DRAW_XVI, SEED_XVI, N_XVI, None),
    "XVII": (AUDITED_AT_DRAW_XVII, SEED_XVII, N_XVII, "mixed"),
    "XVIII": (AUDITED_AT_DRAW_XVIII, SEED_XVIII, N_XVIII, None),
    "XIX": (AUDITED_AT_DRAW_XIX, SEED_XIX, N_XIX, None),
    "XX": (AUDITED_AT_DRAW_XX, SEED_XX, N_XX, "direct"),
    "XX-holdout": (AUDITED_AT_DRAW_XX_HOLDOUT, SEED_XX_HOLDOUT, N_XX_HOLDOUT, "direct"),
    "XXI": (AUDITED_AT_DRAW_XXI, SEED_XXI, N_XXI, None),
    "XXII": (AUDITED_AT_DRAW_XXII, SEED_XXII, N_XXII, None),
    "XXIII": (AUDITED_AT_DRAW_XXIII, SEED_XXIII, N_XXIII, "direct"),
    "XXIV": (AUDITED_AT_DRAW_XXIV, SEED_XXIV, N_XXIV, None),
}
# audit name -> the speaker stratum of a stratified draw: the speaker as output matches it in full and has no side
STRATA = {
    "XVIII": re.compile(r"(?i)(?!(?:his|her|its|their|our|the|country's)\b)(?:[\w-]+ )?ministry"
                        r"(?: of(?: [\w-]+){1,3})?|MoD"),
}


def listed_ids(names: tuple[str, ...], *, folder: Path = EVAL) -> set[str]:
    """Article ids in the named files of ``folder``: the ``article_id`` column of a CSV, one id a line otherwise."""
    ids: set[str] = set()
    for name in names:
        path = folder / name
        if path.suffix == ".csv":
            ids |= set(pd.read_csv(path, dtype=str, keep_default_na=False)["article_id"])
        else:
            ids |= {line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}
    return ids


def draw_random_quotes(output: Path, *, skip: set[str], seed: int, n: int, kind: str | None = None,
                       speaker: re.Pattern[str] | None = None) -> list[dict]:
    """One outermost engine quote (any kind, or only ``kind``; with ``speaker``, only a side-less one whose speaker
    matches it in full) in each of ``n`` articles of ``output`` (``python -m peacetalks quotes`` records): articles
    outside ``skip`` with such a quote, ids sorted and shuffled with ``random.Random(seed)``; in each of the first
    ``n``, those quotes sorted by offsets and one picked by ``.choice`` of the same generator. Returns the picked
    records in draw order."""
    by_article: dict[str, list[dict]] = {}
    with open(output, encoding="utf-8") as f:
        for line in f:
            q = json.loads(line)
            if q.get("nested_in") is None and q["article_id"] not in skip and kind in (None, q["kind"]) and (
                    speaker is None or q["side"] is None and speaker.fullmatch(q["speaker"] or "")):
                by_article.setdefault(q["article_id"], []).append(q)
    rng = random.Random(seed)
    ids = sorted(by_article)
    rng.shuffle(ids)
    return [rng.choice(sorted(by_article[a], key=lambda q: (q["start"], q["end"]))) for a in ids[:n]]


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
    ap.add_argument("--draw-random", type=Path, metavar="OUTPUT",
                    help="print a random hold-out's draw (ids, offsets, kind) from this engine output and stop")
    ap.add_argument("--audit", choices=sorted(RANDOM_DRAWS), default="XVI",
                    help="the random audit whose frozen exclusion list, seed, size and kind the draw uses")
    ap.add_argument("--seed", type=int, help="override the audit's seed")
    ap.add_argument("--n", type=int, help="override the audit's number of articles")
    args = ap.parse_args(argv)
    if args.draw_random:
        excluded, seed, n, kind = RANDOM_DRAWS[args.audit]
        print("article_id,start,end,kind")
        for q in draw_random_quotes(args.draw_random, skip=listed_ids(excluded),
                                    seed=seed if args.seed is None else args.seed, n=n if args.n is None else args.n,
                                    kind=kind, speaker=STRATA.get(args.audit)):
            print(q["article_id"], q["start"], q["end"], q["kind"], sep=",")
        return 0
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
