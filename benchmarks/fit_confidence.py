"""Fit the quote-confidence weights (data/reference/confidence_weights.csv) on PolNeAR train, and measure them.

    .venv/bin/python benchmarks/fit_confidence.py --fit            # fit on train + the news development
                                                                   # judgments, write the CSV, report train
    .venv/bin/python benchmarks/fit_confidence.py --split dev      # reliability of the CSV's weights on dev
    .venv/bin/python benchmarks/fit_confidence.py --news /tmp/all.jsonl [--before /tmp/base_all.jsonl]
                                                                   # against the news hand audits
    .venv/bin/python benchmarks/fit_confidence.py --split dev --news /tmp/all.jsonl --write
                                                                   # write the reliability tables notebook 2 reads

Each prediction's outcome is ``evaluate.prediction_outcomes`` (content matched and speaker right); its features
are the engine's own (``cli_records(…, features=True)``, the features its confidence is scored from). The model is
an L2-regularised logistic regression fitted by Newton's method (numpy only), on PolNeAR train and (round 19) the
news development judgments (``news_development``: the audit tables that are no hold-out, each quote weighted
``NEWS_WEIGHT``), so that one model means the same on both; the news hold-outs are never fitted on. Develop and fit
on train only; dev once at the end.
Needs ../shared (developers and CI only).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from peacetalks.evaluate import (calibration_summary, polnear_gold, prediction_outcomes,  # noqa: E402
                                 reliability_table, threshold_scores)
from peacetalks.quotes import cli_records  # noqa: E402
from peacetalks.quotes._confidence import FEATURES, WEIGHTS_CSV  # noqa: E402

SHARED = ROOT.parent / "shared" / "polnear"
EVAL = ROOT / "data" / "reference" / "eval"
L2 = 1.0  # ridge penalty on every weight but the intercept (pulls rare features towards 0)
NEWS_WEIGHT = 3.0  # weight of one judged news development quote against one PolNeAR train prediction (round 19)
CORPORA = tuple(ROOT.parent / "shared" / "corpus" / f for f in ("negotiations_en.jsonl", "all_en.jsonl"))


def extract_with_features(split: str) -> tuple[list[dict], list[dict], dict[str, str]]:
    """Gold records, predictions (each with ``features`` and the old hand-set ``legacy_confidence``) and texts."""
    texts, gold, pred = {}, [], []
    with open(SHARED / f"{split}.jsonl", encoding="utf-8") as fh:
        for line in fh:
            art = json.loads(line)
            aid = str(art["id"])
            texts[aid] = art["text"]
            gold.extend(polnear_gold(art))
            for rec in cli_records({"id": aid, "text": art["text"], "published": art.get("date")}, features=True):
                pred.append({**rec, "legacy_confidence": rec.pop("rule_confidence")})
    return gold, pred, texts


def design(records: list[dict]) -> np.ndarray:
    index = {f: n for n, f in enumerate(FEATURES)}
    x = np.zeros((len(records), len(FEATURES)))
    for r, rec in enumerate(records):
        for f in rec["features"]:
            x[r, index[f]] = 1.0
    return x


def fit_logistic(x: np.ndarray, y: np.ndarray, *, l2: float = L2, steps: int = 50,
                 sample_weight: np.ndarray | None = None) -> np.ndarray:
    """Weights minimising the (row-weighted) logistic loss + l2/2 |w|² (intercept, column 0, not penalised),
    Newton's method."""
    w = np.zeros(x.shape[1])
    sw = np.ones(len(y)) if sample_weight is None else sample_weight
    pen = np.full(x.shape[1], l2)
    pen[0] = 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-x @ w))
        grad = x.T @ (sw * (p - y)) + pen * w
        hess = (x * (sw * p * (1 - p))[:, None]).T @ x + np.diag(pen) + 1e-9 * np.eye(x.shape[1])
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.max(np.abs(step)) < 1e-8:
            break
    return w


def development_judgments(tables: dict[str, pd.DataFrame]) -> dict[tuple[str, int, int, str], bool]:
    """{(article, start, end, kind): right} of the judged news quotes a fit may use: the precision tables (no
    ``found`` column) whose name holds no "hold-out", minus every article of a hold-out table; a quote judged twice
    keeps its latest judgment (a "re-judged after" table follows its "before" table); rows judged neither 0 nor 1
    are left out. right = content and speaker judged right."""
    from peacetalks.voices import is_recall_table

    tables = {n: t for n, t in tables.items() if not is_recall_table(t)}
    held = {a for n, t in tables.items() if "hold-out" in n for a in t["article_id"]}
    judged: dict[tuple[str, int, int, str], bool] = {}
    for name, table in tables.items():
        if "hold-out" in name:
            continue
        for r in table.to_dict("records"):
            if r["article_id"] not in held and r["content_ok"].strip() in ("0", "1"):
                judged[(r["article_id"], int(r["start"]), int(r["end"]), r["kind"])] = (
                    r["content_ok"].strip() == "1" and r["speaker_ok"].strip() == "1")
    return judged


def news_development(*, corpora: tuple[Path, ...] = CORPORA) -> list[dict]:
    """The current engine's outermost quotes (features on) that ``development_judgments`` judged, matched by
    article, offsets and kind, each with ``right``; judged quotes the engine no longer outputs are skipped (and
    counted)."""
    from peacetalks.voices import read_corpus_audits

    judged = development_judgments(read_corpus_audits())
    ids, rows, done = {k[0] for k in judged}, [], set()
    for path in corpora:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                art = json.loads(line)
                if art["id"] not in ids or art["id"] in done:
                    continue
                done.add(art["id"])
                for rec in cli_records(art, features=True):
                    key = (rec["article_id"], rec["start"], rec["end"], rec["kind"])
                    if not rec["nested_in"] and key in judged:
                        rows.append({**rec, "right": judged[key]})
    print(f"news development judgments: {len(judged)} judged quotes, {len(rows)} found in the engine's output, "
          f"{len(judged) - len(rows)} not (skipped)")
    return rows


def write_weights(w: np.ndarray, counts: np.ndarray, n: int, articles: int, news: int) -> None:
    today = dt.date.today().isoformat()
    with open(WEIGHTS_CSV, "w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh, lineterminator="\n")
        out.writerow(["feature", "weight", "source"])
        for f, wi, c in zip(FEATURES, w, counts):
            source = (f"logistic regression, L2 {L2:g} (intercept free), Newton; PolNeAR train ({articles} articles, "
                      f"{n} outermost predictions; outcome content matched and speaker right) and {news} judged news "
                      f"development quotes (each weighted {NEWS_WEIGHT:g}; outcome content and speaker judged right; "
                      f"no hold-out); benchmarks/fit_confidence.py, {today}; on in {int(c)} predictions")
            if c == 0:
                source += " (never on in the fit: weight 0, the model's reference)"
            out.writerow([f, f"{wi:.4f}", source])


def report(title: str, outcomes: list[dict], key: str) -> None:
    s = calibration_summary(outcomes, confidence=key)
    print(f"{title}: n {s['n']}, mean confidence {s['mean_confidence']:.3f}, share right {s['share_right']:.3f}, "
          f"Brier {s['brier']:.4f}, ECE {s['ece']:.4f}, AUC {s['auc']:.3f}")
    for row in reliability_table(outcomes, confidence=key):
        print(f"  [{row['low']:.1f}, {row['high']:.1f}) n {row['n']:5d}  mean confidence {row['mean_confidence']:.3f}"
              f"  share right {row['share_right']:.3f}")


def report_cutoffs(gold: list[dict], pred: list[dict], texts: dict, key: str) -> None:
    scored = [{**p, "confidence": p[key]} for p in pred]
    for row in threshold_scores(gold, scored, texts):
        print(f"  confidence >= {row['cutoff']}: kept {row['kept']}, right {row['share_right']:.3f}, content precision "
              f"{row['content_precision']:.3f}, content recall {row['content_recall']:.3f}, "
              f"end-to-end recall {row['end_to_end']:.3f}")


def news_outcomes(quotes: Path, *, holdouts_only: bool) -> list[dict]:
    """The news hand audits (``voices.CORPUS_AUDITS`` precision tables: content_ok and speaker_ok per engine quote)
    joined to an engine output by article and offsets; right = content and speaker judged right. With
    ``holdouts_only`` the random precision hold-outs only (the pool of ``voices.corpus_audit``), else every
    judged quote once. Audited quotes the output lacks are skipped (and counted)."""
    from peacetalks.voices import STRATIFIED, is_recall_table, read_corpus_audits

    conf = {}
    with open(quotes, encoding="utf-8") as fh:
        for line in fh:
            q = json.loads(line)
            if not q.get("nested_in"):
                conf[(q["article_id"], int(q["start"]), int(q["end"]))] = q["confidence"]
    rows, missing, seen = [], 0, set()
    for name, table in read_corpus_audits().items():
        if is_recall_table(table) or (holdouts_only and ("hold-out" not in name or STRATIFIED in name)):
            continue
        for r in table.to_dict("records"):
            key = (r["article_id"], int(r["start"]), int(r["end"]))
            if key in seen or r["content_ok"].strip() not in ("0", "1"):
                continue
            seen.add(key)
            if key not in conf:
                missing += 1
                continue
            ok = r["content_ok"].strip() == "1" and r["speaker_ok"].strip() == "1"
            rows.append({"confidence": conf[key], "right": ok, "kind": r["kind"], "sample": name})
    print(f"news audits ({'random precision hold-outs' if holdouts_only else 'every judged quote'}): {len(rows)} "
          f"judged quotes found in {quotes.name}, {missing} not in it (skipped)")
    return rows


RELIABILITY_CSV = EVAL / "confidence_reliability.csv"
CALIBRATION_CSV = EVAL / "confidence_calibration.csv"


def write_tables(samples: dict[str, list[dict]]) -> None:
    """The reliability bins and the calibration summary of each sample, as the CSVs notebook 2 reads."""
    with open(RELIABILITY_CSV, "w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh, lineterminator="\n")
        out.writerow(["sample", "low", "high", "n", "mean_confidence", "share_right"])
        for name, outcomes in samples.items():
            for row in reliability_table(outcomes):
                out.writerow([name, f"{row['low']:.1f}", f"{row['high']:.1f}", row["n"],
                              f"{row['mean_confidence']:.4f}", f"{row['share_right']:.4f}"])
    with open(CALIBRATION_CSV, "w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh, lineterminator="\n")
        out.writerow(["sample", "n", "mean_confidence", "share_right", "brier", "ece", "auc", "measured"])
        for name, outcomes in samples.items():
            s = calibration_summary(outcomes)
            out.writerow([name, s["n"], *(f"{s[k]:.4f}" for k in ("mean_confidence", "share_right", "brier", "ece",
                                                                   "auc")), dt.date.today().isoformat()])
    print(f"wrote {RELIABILITY_CSV} and {CALIBRATION_CSV}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="train", choices=["train", "dev"])
    ap.add_argument("--fit", action="store_true", help="fit on train and write the weights CSV")
    ap.add_argument("--news", type=Path, default=None, help="engine output (JSONL) to check on the news audits")
    ap.add_argument("--before", type=Path, default=None, help="an older engine output for the same check")
    ap.add_argument("--write", action="store_true",
                    help=f"with --split dev and --news: write {RELIABILITY_CSV.name} and {CALIBRATION_CSV.name}")
    args = ap.parse_args(argv)
    if args.write:
        if args.split != "dev" or args.news is None:
            raise SystemExit("--write needs --split dev and --news ENGINE_OUTPUT.jsonl")
        gold, pred, texts = extract_with_features("dev")
        write_tables({"PolNeAR dev": prediction_outcomes(gold, pred, texts),
                      "news hold-outs": news_outcomes(args.news, holdouts_only=True)})
        return 0
    if args.news:
        for holdouts in (True, False):
            for label, path in (("before", args.before), ("after", args.news)):
                if path is not None:
                    report(f"news audits, {label}", news_outcomes(path, holdouts_only=holdouts), "confidence")
        return 0
    if args.fit and args.split != "train":
        raise SystemExit("fit on train only")
    gold, pred, texts = extract_with_features(args.split)
    outcomes = prediction_outcomes(gold, pred, texts)
    if args.fit:
        x, y = design(outcomes), np.array([o["right"] for o in outcomes], dtype=float)
        news = news_development()
        xn, yn = design(news), np.array([o["right"] for o in news], dtype=float)
        w = fit_logistic(np.vstack([x, xn]), np.concatenate([y, yn]),
                         sample_weight=np.concatenate([np.ones(len(y)), np.full(len(yn), NEWS_WEIGHT)]))
        write_weights(w, x.sum(axis=0) + xn.sum(axis=0), len(outcomes), len(texts), len(news))
        print(f"wrote {WEIGHTS_CSV}")
        for f, wi, c in sorted(zip(FEATURES, w, x.sum(axis=0) + xn.sum(axis=0)), key=lambda t: -abs(t[1])):
            print(f"  {f:28s} {wi:+.3f}  (on in {int(c)} of train and news development)")
        p = 1.0 / (1.0 + np.exp(-x @ w))
        for o, pi in zip(outcomes, p):
            o["confidence"] = round(float(pi), 3)
        fitted = {(o["article_id"], o["start"], o["end"], o["kind"]): o["confidence"] for o in outcomes}
        for p in pred:
            p["confidence"] = fitted.get((p["article_id"], p["start"], p["end"], p["kind"]), p["confidence"])
    report(f"{args.split}, before (hand-set confidence)", outcomes, "legacy_confidence")
    report_cutoffs(gold, pred, texts, "legacy_confidence")
    report(f"{args.split}, after (calibrated confidence)", outcomes, "confidence")
    report_cutoffs(gold, pred, texts, "confidence")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
