"""Scoring extracted quotes against gold quotes (PolNeAR, the seed gold): generic over record dicts.

A record is a dict with ``article_id``, ``start``, ``end`` and optionally ``content_segments`` (discontinuous
content as ``[[start, end], ...]``), ``kind`` (or PolNeAR's ``quote_type``: direct | mixed | indirect),
``speaker``, ``speaker_start``/``speaker_end`` and optionally ``speaker_segments``, ``nested_in``.

Matching: content is compared as the set of word characters it covers, so quote marks, punctuation, spaces and
a leading "that" are ignored. A predicted and a gold quote match when, for some pair of units (the whole quote
or one of its segments, on either side), the shared characters are at least ``threshold`` (0.5) of the larger
unit. This counts an interrupted quote predicted as two quotes against one gold quote with two segments; a
prediction without segments whose content holds its own speaker mention set off by commas or dashes ('The deal,
the envoy said, would …' as one record) is scored as its two segments around the attribution
(``interrupted_segments``, round 18).

Metrics (``score_quotes``): content precision by predicted kind, content recall by gold kind, speaker
accuracy on found gold quotes (the best-matching prediction's speaker mention overlaps the gold mention, or the
two canonical names are equal; a gold quote without a speaker needs a prediction without one), end-to-end
(gold quotes found with the right speaker, over all gold quotes) and kind accuracy on found quotes.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

KINDS = ("direct", "mixed", "indirect")
_WORD = re.compile(r"\w")
_LEADING_THAT = re.compile(r"\W*that\b", re.I)
_NAME_DROP = re.compile(r"^(?:the|a|an)\s+", re.I)


def _segments(rec: Mapping, key: str = "content", *, text: str | None = None) -> list[tuple[int, int]]:
    segs = rec.get(f"{key}_segments")
    if segs:
        return [(int(a), int(b)) for a, b in segs if a is not None and b is not None and b > a]
    a, b = (rec.get("start"), rec.get("end")) if key == "content" else (rec.get("speaker_start"),
                                                                       rec.get("speaker_end"))
    if a is None or b is None or b <= a:
        return []
    if key == "content" and text is not None:
        return interrupted_segments(text, int(a), int(b), rec.get("speaker_start"), rec.get("speaker_end"))
    return [(int(a), int(b))]


_ATTRIBUTION_BREAK = re.compile(r"[,—–]")


def interrupted_segments(text: str, start: int, end: int, speaker_start: int | None,
                         speaker_end: int | None) -> list[tuple[int, int]]:
    """A content span that holds its own speaker mention set off by commas or dashes ('The deal, the envoy said,
    would …', 'Talks, according to the envoy, will …') as its two segments around the attribution (from the break
    before the mention to the break after it), as PolNeAR marks an interrupted content; else the span itself."""
    if speaker_start is None or speaker_end is None or not start < speaker_start < speaker_end < end:
        return [(start, end)]
    before = [m.start() for m in _ATTRIBUTION_BREAK.finditer(text, start, speaker_start)]
    after = _ATTRIBUTION_BREAK.search(text, speaker_end, end)
    if not before or after is None or before[-1] <= start or after.end() >= end:
        return [(start, end)]
    return [(start, before[-1]), (after.end(), end)]


def kind_of(rec: Mapping) -> str:
    """The record's kind (``kind`` or PolNeAR ``quote_type``); ValueError when neither is a known kind."""
    kind = rec.get("kind") or rec.get("quote_type")
    if kind not in KINDS:
        raise ValueError(f"unknown quote kind {kind!r} in {dict(rec)!r:.200}")
    return kind


def content_units(text: str, segments: list[tuple[int, int]]) -> list[frozenset[int]]:
    """Word-character positions of the whole content and of each segment (leading 'that' dropped)."""
    units = []
    allpos: set[int] = set()
    for n, (a, b) in enumerate(sorted(segments)):
        if n == 0:
            m = _LEADING_THAT.match(text, a, b)
            if m and m.end() < b:
                a = m.end()
        pos = frozenset(i for i in range(a, min(b, len(text))) if _WORD.match(text[i]))
        units.append(pos)
        allpos |= pos
    whole = frozenset(allpos)
    return [whole] + (units if len(units) > 1 else [])


def overlap(pu: list[frozenset[int]], gu: list[frozenset[int]]) -> float:
    """Best shared share of the larger unit over all unit pairs (0..1)."""
    best = 0.0
    for u in pu:
        if not u:
            continue
        for v in gu:
            if not v:
                continue
            inter = len(u & v)
            if inter:
                best = max(best, inter / max(len(u), len(v)))
    return best


def _norm_name(name: str | None) -> str:
    if not name:
        return ""
    return _NAME_DROP.sub("", " ".join(name.casefold().split()))


def speaker_right(pred: Mapping, gold: Mapping) -> bool:
    """Same speaker: mention spans overlap, or the canonical names are equal; both absent counts as right."""
    gsegs = _segments(gold, "speaker")
    psegs = _segments(pred, "speaker")
    gname, pname = _norm_name(gold.get("speaker")), _norm_name(pred.get("speaker"))
    if not gsegs and not gname:
        return not psegs and not pname
    if any(a < d and c < b for a, b in psegs for c, d in gsegs):
        return True
    # the gold mention as written ("Doe") or, when given, its canonical name ("Jane Doe", ``speaker_name``)
    return bool(pname) and pname in (gname, _norm_name(gold.get("speaker_name")))


_METRICS = (  # metric, numerator field, denominator field of QuoteScores
    ("content_precision", "pred_ok", "pred"), ("content_recall", "found", "gold"),
    ("speaker_accuracy", "speaker_ok", "found"), ("end_to_end", "speaker_ok", "gold"),
    ("kind_accuracy", "kind_ok", "found"))


@dataclass
class QuoteScores:
    """Counts behind the metrics, by kind ('all' included)."""

    pred: dict = field(default_factory=lambda: defaultdict(int))
    pred_ok: dict = field(default_factory=lambda: defaultdict(int))
    gold: dict = field(default_factory=lambda: defaultdict(int))
    found: dict = field(default_factory=lambda: defaultdict(int))
    speaker_ok: dict = field(default_factory=lambda: defaultdict(int))
    kind_ok: dict = field(default_factory=lambda: defaultdict(int))
    errors: list = field(default_factory=list)  # (type, article_id, record) for error analysis

    def table(self) -> pd.DataFrame:
        """Tidy table: metric, kind, value (0..1), numerator, denominator."""
        rows = []
        for kind in (*KINDS, "all"):
            for metric, num_field, den_field in _METRICS:
                num, den = getattr(self, num_field)[kind], getattr(self, den_field)[kind]
                rows.append({"metric": metric, "kind": kind, "value": round(num / den, 4) if den else float("nan"),
                             "numerator": num, "denominator": den})
        return pd.DataFrame(rows)


def matched_pairs(gold: list[Mapping], pred: list[Mapping], text: str, *,
                  threshold: float = 0.5) -> list[tuple[int, int, float]]:
    """(prediction index, gold index, overlap) for every pair of one article's records whose contents match
    (overlap >= ``threshold``), predictions in order, then gold in order."""
    gu = [content_units(text, _segments(g)) for g in gold]
    out = []
    for i, p in enumerate(pred):
        u = content_units(text, _segments(p, text=text))
        for j, v in enumerate(gu):
            o = overlap(u, v)
            if o >= threshold:
                out.append((i, j, o))
    return out


def score_quotes(gold: Iterable[Mapping], pred: Iterable[Mapping], texts: Mapping[str, str], *,
                 threshold: float = 0.5, outermost_only: bool = True, keep_errors: bool = False) -> QuoteScores:
    """Score predicted against gold quote records of the articles in ``texts`` (see the module docstring).

    With ``outermost_only`` quotes nested in another quote are ignored on both sides (PolNeAR marks only the
    outermost attribution). Raises ValueError on a record whose article is not in ``texts`` or whose kind is unknown.
    """
    by_art_g: dict[str, list[Mapping]] = defaultdict(list)
    by_art_p: dict[str, list[Mapping]] = defaultdict(list)
    for g in gold:
        if outermost_only and g.get("nested_in"):
            continue
        by_art_g[str(g["article_id"])].append(g)
    for p in pred:
        if outermost_only and p.get("nested_in"):
            continue
        by_art_p[str(p["article_id"])].append(p)
    for aid in set(by_art_g) | set(by_art_p):
        if aid not in texts:
            raise ValueError(f"no text for article {aid!r}")
    sc = QuoteScores()
    for aid in sorted(set(by_art_g) | set(by_art_p)):
        gs, ps = by_art_g.get(aid, []), by_art_p.get(aid, [])
        gk = [kind_of(g) for g in gs]
        pk = [kind_of(p) for p in ps]
        pairs = matched_pairs(gs, ps, texts[aid], threshold=threshold)
        best: dict[int, tuple[float, int]] = {}
        p_ok = [False] * len(ps)
        for i, j, o in pairs:
            p_ok[i] = True
            if o > best.get(j, (0.0, -1))[0]:
                best[j] = (o, i)
        for i, k in enumerate(pk):
            for key in (k, "all"):
                sc.pred[key] += 1
                sc.pred_ok[key] += p_ok[i]
            if keep_errors and not p_ok[i]:
                sc.errors.append(("false_positive", aid, ps[i]))
        for j, k in enumerate(gk):
            hit = j in best
            spk = hit and speaker_right(ps[best[j][1]], gs[j])
            kok = hit and pk[best[j][1]] == k
            for key in (k, "all"):
                sc.gold[key] += 1
                sc.found[key] += hit
                sc.speaker_ok[key] += spk
                sc.kind_ok[key] += kok
            if keep_errors and not hit:
                sc.errors.append(("miss", aid, gs[j]))
            elif keep_errors and not spk:
                sc.errors.append(("wrong_speaker", aid, {"gold": gs[j], "pred": ps[best[j][1]]}))
    return sc


def prediction_outcomes(gold: Iterable[Mapping], pred: Iterable[Mapping], texts: Mapping[str, str], *,
                        threshold: float = 0.5, outermost_only: bool = True) -> list[dict]:
    """Per prediction: is it right? One dict per scored prediction (nested ones skipped with ``outermost_only``,
    as in :func:`score_quotes`), its own fields plus ``content_ok`` (it matches a gold quote), ``speaker_ok`` (it
    matches a gold quote whose speaker it gets right, :func:`speaker_right`) and ``right`` (= speaker_ok: content
    and speaker right, the end-to-end outcome of that prediction). Raises ValueError on an article not in ``texts``."""
    by_art_g: dict[str, list[Mapping]] = defaultdict(list)
    by_art_p: dict[str, list[Mapping]] = defaultdict(list)
    for g in gold:
        if not (outermost_only and g.get("nested_in")):
            by_art_g[str(g["article_id"])].append(g)
    for p in pred:
        if not (outermost_only and p.get("nested_in")):
            by_art_p[str(p["article_id"])].append(p)
    out = []
    for aid in sorted(by_art_p):
        if aid not in texts:
            raise ValueError(f"no text for article {aid!r}")
        gs, ps = by_art_g.get(aid, []), by_art_p[aid]
        content, speaker = [False] * len(ps), [False] * len(ps)
        for i, j, _ in matched_pairs(gs, ps, texts[aid], threshold=threshold):
            content[i] = True
            speaker[i] = speaker[i] or speaker_right(ps[i], gs[j])
        out.extend({**p, "content_ok": content[i], "speaker_ok": speaker[i], "right": speaker[i]}
                   for i, p in enumerate(ps))
    return out


def reliability_table(records: Iterable[Mapping], *, bins: int = 10, confidence: str = "confidence",
                      outcome: str = "right") -> list[dict]:
    """Reliability diagram data: ``records`` (e.g. :func:`prediction_outcomes`) binned by ``confidence`` into
    ``bins`` equal-width bins of [0, 1] (1.0 in the last); one dict per non-empty bin: bin, low, high, n,
    mean_confidence, share_right (share of ``outcome`` true). Raises ValueError on a confidence outside [0, 1]."""
    sums: dict[int, list[float]] = defaultdict(lambda: [0, 0.0, 0])
    for r in records:
        c = float(r[confidence])
        if not 0.0 <= c <= 1.0:
            raise ValueError(f"confidence {c!r} outside [0, 1]")
        b = min(int(c * bins), bins - 1)
        acc = sums[b]
        acc[0] += 1
        acc[1] += c
        acc[2] += bool(r[outcome])
    return [{"bin": b, "low": round(b / bins, 4), "high": round((b + 1) / bins, 4), "n": n,
             "mean_confidence": total / n, "share_right": right / n}
            for b, (n, total, right) in sorted(sums.items())]


def calibration_summary(records: Iterable[Mapping], *, bins: int = 10, confidence: str = "confidence",
                        outcome: str = "right") -> dict:
    """n, mean confidence, share right, Brier score (mean squared gap between confidence and the 0/1 outcome),
    expected calibration error (ECE: the bin-size-weighted mean gap between a bin's mean confidence and its share
    right, bins of :func:`reliability_table`) and AUC (the chance that a right record has a higher confidence than
    a wrong one, ties half: does the ranking separate them). NaNs for no records (AUC: without both outcomes)."""
    records = list(records)
    n = len(records)
    if not n:
        return {"n": 0, "mean_confidence": float("nan"), "share_right": float("nan"), "brier": float("nan"),
                "ece": float("nan"), "auc": float("nan")}
    conf = np.array([float(r[confidence]) for r in records])
    right = np.array([bool(r[outcome]) for r in records], dtype=float)
    table = reliability_table(records, bins=bins, confidence=confidence, outcome=outcome)
    ece = sum(row["n"] / n * abs(row["mean_confidence"] - row["share_right"]) for row in table)
    pos, neg = conf[right == 1], conf[right == 0]
    auc = float("nan")
    if len(pos) and len(neg):
        neg = np.sort(neg)
        below = np.searchsorted(neg, pos, side="left")  # wrong records under each right one
        ties = np.searchsorted(neg, pos, side="right") - below
        auc = float((below.sum() + ties.sum() / 2) / (len(pos) * len(neg)))
    return {"n": n, "mean_confidence": float(conf.mean()), "share_right": float(right.mean()),
            "brier": float(np.mean((conf - right) ** 2)), "ece": float(ece), "auc": auc}


def threshold_scores(gold: Iterable[Mapping], pred: Iterable[Mapping], texts: Mapping[str, str], *,
                     cutoffs: Iterable[float] = (0.5, 0.7, 0.9), threshold: float = 0.5,
                     outermost_only: bool = True) -> list[dict]:
    """What a user filtering on confidence keeps: per cutoff, the predictions kept (confidence >= it), the
    share of them right (content and speaker, :func:`prediction_outcomes`), content precision, content recall
    and end-to-end recall of :func:`score_quotes` on the kept predictions (all kinds)."""
    gold, pred = list(gold), list(pred)
    rows = []
    options = {"threshold": threshold, "outermost_only": outermost_only}
    for cut in cutoffs:
        kept = [p for p in pred if float(p["confidence"]) >= cut]
        sc = score_quotes(gold, kept, texts, **options)
        outcomes = prediction_outcomes(gold, kept, texts, **options)
        n = len(outcomes)
        rows.append({"cutoff": cut, "kept": n,
                     "share_right": sum(o["right"] for o in outcomes) / n if n else float("nan"),
                     "content_precision": sc.pred_ok["all"] / sc.pred["all"] if sc.pred["all"] else float("nan"),
                     "content_recall": sc.found["all"] / sc.gold["all"] if sc.gold["all"] else float("nan"),
                     "end_to_end": sc.speaker_ok["all"] / sc.gold["all"] if sc.gold["all"] else float("nan")})
    return rows


def article_intervals(gold: Iterable[Mapping], pred: Iterable[Mapping], texts: Mapping[str, str], *,
                      resamples: int = 2000, level: float = 0.95, seed: int = 0, **score_options) -> pd.DataFrame:
    """Percentile bootstrap intervals over articles for every metric of :func:`score_quotes`.

    Quotes of one article are not independent (one writer, one annotator), so the unit resampled is the
    article: each resample draws ``len(texts)`` articles with replacement and recomputes every ratio from the
    summed counts. Returns metric, kind, low, high (0..1; NaN where a resample has no denominator too often).
    Raises ValueError when ``resamples`` < 1 or ``level`` is not inside (0, 1).
    """
    if resamples < 1 or not 0 < level < 1:
        raise ValueError(f"need resamples >= 1 and 0 < level < 1 (got {resamples}, {level})")
    gold, pred = list(gold), list(pred)
    ids = sorted(texts)
    g_by, p_by = defaultdict(list), defaultdict(list)
    for g in gold:
        g_by[str(g["article_id"])].append(g)
    for p in pred:
        p_by[str(p["article_id"])].append(p)
    fields = ("pred", "pred_ok", "gold", "found", "speaker_ok", "kind_ok")
    keys = (*KINDS, "all")
    counts = np.zeros((len(ids), len(fields), len(keys)))
    for a, aid in enumerate(ids):
        sc = score_quotes(g_by.get(aid, []), p_by.get(aid, []), {aid: texts[aid]}, **score_options)
        for f, name in enumerate(fields):
            for k, key in enumerate(keys):
                counts[a, f, k] = getattr(sc, name)[key]
    rng = np.random.default_rng(seed)
    draws = rng.integers(0, len(ids), size=(resamples, len(ids)))
    sums = counts[draws].sum(axis=1)  # resamples x fields x kinds
    rows, tail = [], (1 - level) / 2 * 100
    for metric, num, den in _METRICS:
        n, d = sums[:, fields.index(num)], sums[:, fields.index(den)]
        with np.errstate(invalid="ignore", divide="ignore"):
            ratio = np.where(d > 0, n / np.where(d > 0, d, 1), np.nan)
        for k, key in enumerate(keys):
            r = ratio[:, k][~np.isnan(ratio[:, k])]
            low, high = (np.percentile(r, [tail, 100 - tail]) if len(r) >= 0.9 * resamples else (np.nan, np.nan))
            rows.append({"metric": metric, "kind": key, "low": round(float(low), 4), "high": round(float(high), 4)})
    return pd.DataFrame(rows)


def polnear_gold(article: Mapping, *, name_speakers: Callable[..., list] | None = None) -> list[dict]:
    """PolNeAR article -> gold records (``kind`` from ``quote_type``; segments kept).

    PolNeAR gives a speaker as the mention written ("Doe"); ``name_speakers`` (``quotes.mention_names``: text,
    spans, article_id=, published= -> canonical names or None) adds ``speaker_name``, the canonical name of a
    one-segment mention that is only a name, so that :func:`speaker_right`'s same-name test compares canonical
    names on both sides (round 16)."""
    out = []
    for q in article.get("quotes", []):
        out.append({"article_id": str(article["id"]), "start": q["content_start"], "end": q["content_end"],
                    "content_segments": q.get("content_segments"), "kind": q["quote_type"],
                    "speaker": q.get("speaker"), "speaker_start": q.get("speaker_start"),
                    "speaker_end": q.get("speaker_end"), "speaker_segments": q.get("speaker_segments")})
    if name_speakers is not None:
        named = [g for g in out if len(_segments(g, "speaker")) == 1]
        names = name_speakers(article["text"], [_segments(g, "speaker")[0] for g in named],
                              article_id=str(article["id"]), published=article.get("date"))
        for g, name in zip(named, names):
            if name:
                g["speaker_name"] = name
    return out


REVIEW_LABELS = {"T": "a real attribution the gold does not mark", "B": "a real attribution, boundaries wrong",
                 "F": "not an attribution"}


def review_adjusted_precision(scores: pd.DataFrame, review: pd.DataFrame, *, kind: str = "all") -> pd.DataFrame:
    """Content precision re-estimated from a hand review of randomly drawn false positives.

    ``scores`` is a :meth:`QuoteScores.table`; ``review`` has one row per reviewed false positive with a
    ``judgement`` of T, B or F (``REVIEW_LABELS``). The share of T (and of T + B) in the sample is carried over to
    every false positive of ``kind``. Returns one row per reading: measured, counting T as right, counting T and
    B as right. Raises ValueError on an empty review or an unknown judgement.
    """
    bad = set(review["judgement"]) - set(REVIEW_LABELS)
    if len(review) == 0 or bad:
        raise ValueError(f"review needs T/B/F judgements (got {len(review)} rows, unknown {sorted(bad)})")
    row = scores[(scores.metric == "content_precision") & (scores.kind == kind)].iloc[0]
    pred, ok = int(row.denominator), int(row.numerator)
    fp = pred - ok
    share = review["judgement"].value_counts() / len(review)
    rows = []
    for reading, right in (("measured against the gold", ()), ("+ real attributions the gold misses (T)", ("T",)),
                           ("+ real attributions with wrong boundaries (T, B)", ("T", "B"))):
        extra = fp * sum(share.get(j, 0.0) for j in right)
        rows.append({"reading": reading, "precision": round((ok + extra) / pred, 4) if pred else float("nan"),
                     "predicted": pred, "reviewed_false_positives": len(review), "false_positives": fp})
    return pd.DataFrame(rows)


def wilson(k: int, n: int, *, z: float = 1.96) -> tuple[float, float]:
    """Wilson score interval (0..1) of ``k`` successes in ``n`` trials; (nan, nan) when ``n`` is 0."""
    if n == 0:
        return float("nan"), float("nan")
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * np.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return max(0.0, float(centre - half)), min(1.0, float(centre + half))


AUDIT_METRICS = {"content_ok": "content_precision", "speaker_ok": "speaker_accuracy",
                 "actor_ok": "actor_accuracy", "found": "content_recall"}


def audit_scores(judgments: pd.DataFrame) -> pd.DataFrame:
    """Hand judgments of a sample (one row per quote, ``kind`` and 0/1 columns of ``AUDIT_METRICS``; blank = not
    judged) as a long table like :meth:`QuoteScores.table`: metric, kind, value, numerator, denominator and the
    Wilson 95 % interval ``low``/``high``. Raises ValueError on a judgment other than 0, 1 or blank."""
    rows = []
    for column, metric in AUDIT_METRICS.items():
        if column not in judgments:
            continue
        marks = judgments[column].astype("string").fillna("").str.strip()
        if not marks.isin(["0", "1", ""]).all():
            raise ValueError(f"{column}: judgments must be 0, 1 or blank, got {sorted(set(marks) - {'0', '1', ''})}")
        for kind in (*KINDS, "all"):
            sel = marks if kind == "all" else marks[judgments["kind"] == kind]
            k, n = int((sel == "1").sum()), int(sel.isin(["0", "1"]).sum())
            low, high = wilson(k, n)
            rows.append({"metric": metric, "kind": kind, "value": round(k / n, 4) if n else float("nan"),
                         "numerator": k, "denominator": n, "low": low, "high": high})
    return pd.DataFrame(rows)
