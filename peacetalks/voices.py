"""Who gets a voice: the quotes table over a corpus, its summaries, the review list of unresolved speakers, and
the quote evaluation shown in notebook 2 (seed gold via ``peacetalks.gold``; PolNeAR from a benchmark CSV).

Pure functions over tables: articles in (``data/processed/articles``), quotes and summaries out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, fields
from pathlib import Path

import pandas as pd

from peacetalks.paths import ROOT
from peacetalks.records import FIRST_PERSON_METHOD, Quote
from peacetalks.text import n_words

QUOTE_COLUMNS = [f.name for f in fields(Quote)]
SIDE_ORDER = ("RU", "BY", "UA", "US", "UK", "EU", "NATO", "TR", "CN", "UN", "other", "unknown")
POLNEAR_CSVS = ("data/reference/eval/polnear_dev.csv", "reports/polnear_dev.csv", "benchmarks/polnear_dev.csv")
UNRESOLVED_COLUMNS = ["speaker", "side", "suggested_side", "n_quotes", "n_articles", "kinds", "methods",
                      "example_quote_id", "example_mention", "example_context", "example_text", "review"]
_CONTEXT_CHARS = 110  # characters either side of the speaker mention in ``example_context``


def canonical_articles(articles: pd.DataFrame) -> pd.DataFrame:
    """Articles that are not near-duplicates of another (``duplicate_of`` empty), so no story counts twice."""
    if "duplicate_of" not in articles:
        return articles.copy()
    return articles[articles.duplicate_of.fillna("") == ""].copy()


def extract_all(articles: pd.DataFrame, *, show_progress: bool = False) -> pd.DataFrame:
    """Run ``peacetalks.quotes.extract_quotes`` over every article; one row per quote, the Quote columns."""
    from tqdm import tqdm

    from peacetalks.quotes import extract_quotes

    rows: list[dict] = []
    for art in tqdm(articles.itertuples(index=False), total=len(articles), disable=not show_progress,
                    desc="quotes", unit=" articles"):
        published = art.published if isinstance(art.published, str) and art.published else None
        rows += [asdict(q) for q in extract_quotes(art.text, article_id=art.article_id, published=published)]
    return pd.DataFrame(rows, columns=QUOTE_COLUMNS)


def with_outlet(quotes: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Quotes with their article's outlet and number of words (``side`` stays null where unattributed)."""
    out = quotes.merge(articles[["article_id", "outlet"]], on="article_id", how="left", validate="many_to_one")
    out["n_words"] = out.text.map(n_words)
    return out


def counts_by_kind_and_outlet(quotes: pd.DataFrame) -> pd.DataFrame:
    """Quotes per outlet and kind (outermost quotes; nested ones counted in their own column)."""
    q = quotes.assign(kind=quotes.kind.where(quotes.nested_in.isna(), "nested"))
    table = q.pivot_table(index="outlet", columns="kind", values="quote_id", aggfunc="count", fill_value=0)
    table = table.reindex(columns=[c for c in ("direct", "mixed", "indirect", "nested") if c in table.columns])
    table["all (outermost)"] = table.drop(columns=["nested"], errors="ignore").sum(axis=1)
    return table.sort_values("all (outermost)", ascending=False)


def voice_share(quotes: pd.DataFrame) -> pd.DataFrame:
    """Share of quoted words by speaker side per outlet (outermost quotes only, so nested words count once):
    columns outlet, side, words, quotes, share (0..1 of the outlet's quoted words)."""
    q = quotes[quotes.nested_in.isna()]
    q = q.assign(side=q.side.fillna("unknown").replace("", "unknown"))
    g = q.groupby(["outlet", "side"], as_index=False).agg(words=("n_words", "sum"), quotes=("quote_id", "count"))
    g["share"] = g.words / g.groupby("outlet").words.transform("sum")
    g["side"] = pd.Categorical(g.side, categories=[s for s in SIDE_ORDER if s in set(g.side)] +
                               sorted(set(g.side) - set(SIDE_ORDER)), ordered=True)
    return g.sort_values(["outlet", "side"]).reset_index(drop=True).assign(side=lambda d: d.side.astype(str))


def plot_voice_share(share: pd.DataFrame, *, n_quotes: int, n_articles: int, max_outlets: int = 15):
    """Horizontal stacked bars: share of quoted words by speaker side, one bar per outlet (the ``max_outlets``
    outlets with most quoted words, most first)."""
    import matplotlib.pyplot as plt

    from peacetalks.plots import SIDE_COLOURS, short_label

    wide = share.pivot(index="outlet", columns="side", values="share").fillna(0.0)
    top = share.groupby("outlet").words.sum().sort_values(ascending=False).index[:max_outlets]
    wide = wide.loc[top]
    order = [s for s in SIDE_ORDER if s in wide.columns] + [s for s in wide.columns if s not in SIDE_ORDER]
    wide = wide[order]
    words = share.groupby("outlet").words.sum().reindex(wide.index)
    fig, ax = plt.subplots(figsize=(9, 0.6 * len(wide) + 1.8))
    left = pd.Series(0.0, index=wide.index)
    for side in order:
        ax.barh(range(len(wide)), wide[side], left=left, color=SIDE_COLOURS.get(side, "#999999"), label=side,
                edgecolor="white", linewidth=0.5)
        left += wide[side]
    ax.set_yticks(range(len(wide)), [f"{short_label(o)} ({int(w):,} words)" for o, w in words.items()])
    ax.invert_yaxis()
    ax.set_xlim(0, 1)
    ax.set_xlabel("share of quoted words")
    ax.xaxis.set_major_formatter(plt.matplotlib.ticker.PercentFormatter(1.0))
    ax.legend(title="speaker side", bbox_to_anchor=(1.01, 1), loc="upper left", frameon=False)
    shown = "" if len(top) == share.outlet.nunique() else f"; top {len(top)} outlets"
    ax.set_title(f"Who gets a voice: quoted words by speaker side (N = {n_quotes} quotes, {n_articles} articles"
                 f"{shown})")
    fig.tight_layout()
    return fig


def top_actors(quotes: pd.DataFrame, *, n: int = 15) -> pd.DataFrame:
    """The most-quoted speakers (outermost and nested quotes): quotes, words, articles, outlets."""
    q = quotes[quotes.speaker.notna() & (quotes.get("method", "") != FIRST_PERSON_METHOD)]  # the author: no actor
    g = q.groupby(["speaker", "side"], as_index=False, dropna=False).agg(
        actor_id=("actor_id", "first"), quotes=("quote_id", "count"), words=("n_words", "sum"),
        articles=("article_id", "nunique"), outlets=("outlet", lambda s: ", ".join(sorted(set(s)))))
    return g.sort_values(["quotes", "words"], ascending=False).head(n).reset_index(drop=True)


def example_context(text: str, start: int, end: int, *, chars: int = _CONTEXT_CHARS) -> str:
    """``text`` around ``[start, end)`` on one line, the span in [brackets], "…" where cut."""
    a, b = max(0, start - chars), min(len(text), end + chars)
    out = f"{text[a:start]}[{text[start:end]}]{text[end:b]}"
    return ("…" if a else "") + " ".join(out.split()) + ("…" if b < len(text) else "")


def suggested_side(mention: str, context: str, *, registry=None) -> str:
    """A side for a reviewer to check: the one side named as a qualifier in the speaker mention ("a Russian
    official"), else the one side named in the context around it; "" when none or several."""
    if registry is None:
        from peacetalks.actors import load_registry

        registry = load_registry()
    for chunk in (mention, context):
        sides = registry.sides_named(chunk) if chunk else []
        if len(sides) == 1:
            return sides[0]
        if sides:
            return ""
    return ""


def unresolved_speakers(quotes: pd.DataFrame, articles: pd.DataFrame | None = None) -> pd.DataFrame:
    """Speakers with no registry actor, grouped by the name as canonicalised from the text, for review; plus
    quotes with no speaker at all (speaker "(unattributed)") and the author's own "I"/"we"/"you" (speaker
    "(first person, author)"). With ``articles`` each row also shows the first
    quote's speaker mention in its sentence context (``example_context``, the mention in [brackets]; the quote
    itself when there is no mention) and a ``suggested_side`` read from the sides named in the mention or that
    context (see :func:`suggested_side`). ``review`` starts as "pending" (see docs/quotes_notebook.md)."""
    q = quotes[quotes.actor_id.isna()].copy()
    q["speaker"] = q.speaker.fillna("(unattributed)")
    if "method" in q:  # the author's own "I"/"we"/"you": one row, not a speaker to add to the registry
        q.loc[q.method == FIRST_PERSON_METHOD, "speaker"] = "(first person, author)"
    if q.empty:
        return pd.DataFrame(columns=UNRESOLVED_COLUMNS)
    q["mention"] = q.get("speaker_mention", pd.Series("", index=q.index)).fillna("")
    texts = dict(zip(articles.article_id, articles.text)) if articles is not None else {}
    registry = None
    if texts:
        from peacetalks.actors import load_registry

        registry = load_registry()
    rows = []
    for (speaker, side), g in q.groupby(["speaker", "side"], dropna=False, sort=True):
        first = g.sort_values(["article_id", "start"]).iloc[0]
        context, suggestion = "", ""
        text = texts.get(first.article_id)
        if text is not None:
            has_span = pd.notna(first.speaker_start) and pd.notna(first.speaker_end)
            a, b = (int(first.speaker_start), int(first.speaker_end)) if has_span else (int(first.start),
                                                                                       int(first.end))
            context = example_context(text, a, b)
            suggestion = suggested_side(first.mention, context, registry=registry)
        rows.append({"speaker": speaker, "side": side if isinstance(side, str) else "unknown",
                     "suggested_side": suggestion, "n_quotes": len(g), "n_articles": g.article_id.nunique(),
                     "kinds": ", ".join(sorted(set(g.kind))), "methods": ", ".join(sorted(set(g.method))),
                     "example_quote_id": first.quote_id, "example_mention": first.mention,
                     "example_context": context, "example_text": first.text[:160], "review": "pending"})
    out = pd.DataFrame(rows, columns=UNRESOLVED_COLUMNS)
    return out.sort_values(["n_quotes", "speaker"], ascending=[False, True]).reset_index(drop=True)


_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "who", "which", "him", "her", "them"}


def reread_speakers(quotes: pd.DataFrame, articles: pd.DataFrame, *, registry=None) -> pd.DataFrame:
    """Second reading of speaker mentions in their whole article (``Registry.resolve(..., text=, span=)``),
    for the speakers the quote engine left without a registry actor or read as a state/institution inside a
    longer person mention: the head role of "the press secretary of the President of [the Russian Federation]
    Dmitry Peskov" (Peskov, not Russia), a headline role noun resolved by the person introduced right after it
    ("Russia's deputy FM has said ... Deputy Foreign Minister Sergey Ryabkov"). Pronouns, and mentions the
    engine already tied to someone in its context, are left to the engine; other quotes of the same unresolved
    speaker in the same article follow the re-read one.
    Returns ``quotes`` with speaker, actor_id and side updated and a boolean column ``reread`` (True where
    changed). Needs ``speaker_mention`` (:func:`add_mentions`)."""
    from peacetalks.actors import load_registry

    registry = registry if registry is not None else load_registry()
    texts = dict(zip(articles.article_id, articles.text))
    dates = dict(zip(articles.article_id, articles.published)) if "published" in articles else {}
    out = quotes.copy()
    out["reread"] = False
    found: dict[tuple[str, str], tuple[str, str, str]] = {}
    for i, row in zip(out.index, out.itertuples(index=False)):
        mention = row.speaker_mention if isinstance(row.speaker_mention, str) else ""
        if not mention.strip() or mention.strip().lower() in _PRONOUNS:
            continue
        old = row.actor_id if isinstance(row.actor_id, str) else None
        if old is not None and registry.actors[old].type == "person":
            continue
        if old is None and isinstance(row.speaker, str) and row.speaker != registry.resolve(
                mention, date=None, strict=False).name:
            continue  # the engine resolved it to someone it knows from context ("the diplomat" -> "ambassador")
        day = dates.get(row.article_id)
        day = day[:10] if isinstance(day, str) and len(day) >= 10 else None
        try:
            res = registry.resolve(mention, date=day, text=texts[row.article_id], strict=False,
                                   span=(int(row.speaker_start), int(row.speaker_end)))
        except ValueError:
            continue
        if res.actor_id is None or res.actor_id == old or (old is not None and res.type != "person"):
            continue
        out.loc[i, ["speaker", "actor_id", "side", "reread"]] = [res.name, res.actor_id, res.side, True]
        if old is None and isinstance(row.speaker, str):
            found.setdefault((row.article_id, row.speaker), (res.name, res.actor_id, res.side))
    # the same unresolved speaker elsewhere in the article ("the minister" the engine chained to "Belarusian
    # minister") is the same person
    for i, row in zip(out.index, out.itertuples(index=False)):
        key = (row.article_id, row.speaker)
        if not row.reread and not isinstance(row.actor_id, str) and key in found:
            out.loc[i, ["speaker", "actor_id", "side", "reread"]] = [*found[key], True]
    return out


def add_mentions(quotes: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Add ``speaker_mention``: the speaker text as written in the article (from speaker_start/end)."""
    texts = dict(zip(articles.article_id, articles.text))

    def mention(row) -> str:
        if pd.isna(row.speaker_start) or pd.isna(row.speaker_end):
            return ""
        return texts[row.article_id][int(row.speaker_start):int(row.speaker_end)]

    return quotes.assign(speaker_mention=[mention(r) for r in quotes.itertuples(index=False)])


def seed_evaluation(articles: pd.DataFrame, quotes: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Score ``quotes`` against the seed gold mapped onto the articles' cleaned text.

    Returns (metrics table from ``peacetalks.evaluate``, gold records that did not survive cleaning, error list
    with one row per miss / false positive / wrong speaker). Empty tables when no seed article is present."""
    from peacetalks.evaluate import score_quotes
    from peacetalks.gold import gold_on_articles, load_gold

    texts = dict(zip(articles.article_id, articles.text))
    gold_all = load_gold()
    seeds = {r["article_id"] for r in gold_all} & set(texts)
    if not seeds:
        return pd.DataFrame(), pd.DataFrame(), pd.DataFrame()
    gold, dropped = gold_on_articles({a: texts[a] for a in seeds},
                                     records=[r for r in gold_all if r["article_id"] in seeds])
    pred = [{k: (None if not isinstance(v, str) and pd.isna(v) else v) for k, v in r.items()}
            for r in quotes.to_dict("records") if r["article_id"] in seeds]
    for r in pred:
        for key in ("start", "end", "speaker_start", "speaker_end"):
            if r.get(key) is not None:
                r[key] = int(r[key])
    sc = score_quotes(gold, pred, texts, keep_errors=True)
    table = pd.concat([sc.table(), canonical_speaker_table(gold, pred, texts)], ignore_index=True)
    errors = []
    for kind, aid, rec in sc.errors:
        g, p = (rec["gold"], rec["pred"]) if kind == "wrong_speaker" else (
            (rec, None) if kind == "miss" else (None, rec))
        errors.append({"error": kind, "article_id": aid, "gold_kind": g["kind"] if g else "",
                       "pred_kind": p["kind"] if p else "", "text": (g or p)["text"][:140],
                       "gold_speaker": g["speaker"] if g else "", "pred_speaker": (p or {}).get("speaker") or ""})
    return table, pd.DataFrame(dropped), pd.DataFrame(errors)


def canonical_speaker_table(gold: Sequence[dict], pred: Sequence[dict], texts: dict[str, str], *,
                            threshold: float = 0.5) -> pd.DataFrame:
    """Stricter than ``evaluate``'s speaker accuracy (which also accepts overlapping mentions): of the outermost
    gold quotes found (best-overlapping outermost prediction, overlap >= ``threshold``), the share whose predicted
    canonical speaker name equals the gold one (case-insensitive). Rows: metric, kind, value, numerator,
    denominator, like ``QuoteScores.table()``."""
    from peacetalks.evaluate import KINDS, content_units, overlap

    found = {k: 0 for k in (*KINDS, "all")}
    right = dict(found)
    by_article: dict[str, list[dict]] = {}
    for p in pred:
        if not p.get("nested_in"):
            by_article.setdefault(p["article_id"], []).append(p)
    for g in gold:
        if g.get("nested_in"):
            continue  # like the scorer: outermost quotes only
        text = texts[g["article_id"]]
        gu = content_units(text, [(g["start"], g["end"])])
        best, best_o = None, threshold
        for p in by_article.get(g["article_id"], []):
            o = overlap(content_units(text, [(p["start"], p["end"])]), gu)
            if o >= best_o:
                best, best_o = p, o
        if best is None:
            continue
        ok = (best.get("speaker") or "").casefold() == (g.get("speaker") or "").casefold()
        for key in (g["kind"], "all"):
            found[key] += 1
            right[key] += ok
    return pd.DataFrame([{"metric": "canonical_speaker_accuracy", "kind": k,
                          "value": round(right[k] / found[k], 4) if found[k] else float("nan"),
                          "numerator": right[k], "denominator": found[k]} for k in found])


def wide_scores(table: pd.DataFrame) -> pd.DataFrame:
    """metric x kind table of percentages: 'value % (num/den)', plus ' [low–high]' when the table carries
    article-bootstrap intervals (``evaluate.article_intervals``)."""
    ci = ([f" [{lo * 100:.1f}–{hi * 100:.1f}]" if lo == lo else "" for lo, hi in zip(table.low, table.high)]
          if "low" in table else [""] * len(table))
    t = table.assign(cell=[f"{v * 100:.1f} % ({n}/{d}){c}" if d else "–"
                           for v, n, d, c in zip(table.value, table.numerator, table.denominator, ci)])
    wide = t.pivot(index="metric", columns="kind", values="cell")
    cols = [c for c in ("direct", "mixed", "indirect", "all") if c in wide.columns]
    rows = [m for m in ("content_precision", "content_recall", "speaker_accuracy", "canonical_speaker_accuracy",
                        "actor_accuracy", "end_to_end", "kind_accuracy") if m in wide.index]
    return wide.loc[rows, cols]


def polnear_scores(*, root: Path = ROOT, candidates: Sequence[str] = POLNEAR_CSVS) -> tuple[pd.DataFrame | None, str]:
    """The PolNeAR dev scores written by ``benchmarks/eval_polnear.py --out``: (table, path) or (None, note)."""
    for rel in candidates:
        path = root / rel
        if path.exists():
            return pd.read_csv(path), rel
    shared = root.parent / "shared" / "polnear"
    if not shared.exists():
        return None, ("PolNeAR scores are not available: ../shared/polnear (developers and CI only) is absent and "
                      "no scores CSV was committed; run benchmarks/eval_polnear.py --split dev --out "
                      f"{candidates[0]} where ../shared exists.")
    return None, (f"../shared/polnear exists but no scores CSV was found; run benchmarks/eval_polnear.py --split "
                  f"dev --out {candidates[0]}.")


POLNEAR_REVIEW = "data/reference/eval/polnear_dev_fp_review.csv"


def polnear_review(scores: pd.DataFrame | None, *, root: Path = ROOT, path: str = POLNEAR_REVIEW
                   ) -> tuple[pd.DataFrame | None, str]:
    """Precision re-read through the hand review of sampled PolNeAR dev false positives (ids and offsets only):
    (``evaluate.review_adjusted_precision`` table, judgement counts) or (None, note) when either file is absent."""
    from peacetalks.evaluate import REVIEW_LABELS, review_adjusted_precision

    if scores is None or not (root / path).exists():
        return None, f"no review of false positives at {path} (or no PolNeAR scores)"
    review = pd.read_csv(root / path)
    counts = review["judgement"].value_counts()
    note = "; ".join(f"{j} {REVIEW_LABELS[j]}: {counts.get(j, 0)}" for j in REVIEW_LABELS)
    return review_adjusted_precision(scores, review), f"{len(review)} false positives reviewed ({note})"


CONFIDENCE_RELIABILITY = "data/reference/eval/confidence_reliability.csv"
CONFIDENCE_CALIBRATION = "data/reference/eval/confidence_calibration.csv"


def confidence_reliability(*, root: Path = ROOT, bins_path: str = CONFIDENCE_RELIABILITY,
                           summary_path: str = CONFIDENCE_CALIBRATION
                           ) -> tuple[pd.DataFrame | None, pd.DataFrame | None, str]:
    """How honest the quotes' ``confidence`` is, as measured by ``benchmarks/fit_confidence.py --write`` on PolNeAR
    dev and the news hold-outs: (reliability bins, calibration summary, note) or (None, None, note)."""
    if not ((root / bins_path).exists() and (root / summary_path).exists()):
        return None, None, (f"no confidence reliability tables at {bins_path} and {summary_path}; run "
                            "benchmarks/fit_confidence.py --split dev --news ENGINE_OUTPUT.jsonl --write where "
                            "../shared exists")
    return pd.read_csv(root / bins_path), pd.read_csv(root / summary_path), f"read {bins_path}, {summary_path}"


def plot_reliability(bins: pd.DataFrame, summary: pd.DataFrame, *, min_quotes: int = 10):
    """Reliability diagram: per confidence bin, the share of quotes right (content and speaker) against the bin's
    mean confidence, one line per sample, marker area by the bin's quotes; the diagonal is a perfect score. Bins
    with fewer than ``min_quotes`` quotes (a share of 1–9 quotes says little) are drawn as small hollow marks off
    the line."""
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6.5, 5.5))
    ax.plot([0, 1], [0, 1], color="#999999", linestyle="--", linewidth=1, label="perfectly calibrated")
    palette = ("#0b5cad", "#c0392b", "#2e8b57", "#8e44ad", "#d35400", "#555555")
    for n_sample, (name, g) in enumerate(bins.groupby("sample", sort=False)):
        colour = palette[n_sample % len(palette)]  # review 15: a zip with three colours dropped a fourth sample
        n = int(summary.loc[summary["sample"] == name, "n"].iloc[0])
        big, small = g[g.n >= min_quotes], g[g.n < min_quotes]
        ax.plot(big.mean_confidence, big.share_right, color=colour, linewidth=1.2, label=f"{name} (N = {n:,})")
        ax.scatter(big.mean_confidence, big.share_right, s=12 + 300 * big.n / g.n.max(), color=colour, alpha=0.6)
        ax.scatter(small.mean_confidence, small.share_right, s=14, facecolors="none", edgecolors=colour,
                   linewidths=0.8)
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1.02)
    ax.set_xlabel("confidence the engine gives (bin mean)")
    ax.set_ylabel("share of quotes right (content and speaker)")
    ax.xaxis.set_major_formatter(plt.matplotlib.ticker.PercentFormatter(1.0))
    ax.yaxis.set_major_formatter(plt.matplotlib.ticker.PercentFormatter(1.0))
    ax.legend(loc="upper left", frameon=False)
    total = f"N = {int(summary.n.sum()):,} quotes scored against gold or judged by hand"
    ax.set_title(f"Does a quote's confidence mean what it says? ({total})")
    ax.text(0.99, 0.01, f"hollow marks: bins of fewer than {min_quotes} quotes", transform=ax.transAxes,
            ha="right", va="bottom", fontsize=8, color="#666666")
    fig.tight_layout()
    return fig


CORPUS_AUDITS = {  # hand-judged samples of the engine on the study's news (ids, offsets, 0/1 judgments; no text)
    "sample (round-10 fixes then found on it)": "data/reference/eval/corpus_quote_audit.csv",
    "hold-out (judged after those fixes)": "data/reference/eval/corpus_quote_audit_holdout.csv",
    "direct sample, before the direct-speaker fixes": "data/reference/eval/corpus_direct_audit_before.csv",
    "direct sample, re-judged after them (found on it)": "data/reference/eval/corpus_direct_audit.csv",
    "direct hold-out (judged after them)": "data/reference/eval/corpus_direct_audit_holdout.csv",
    "recall: every attribution in 12 articles": "data/reference/eval/corpus_recall_audit.csv",
    "reported-speech sample (rules then fixed on it)": "data/reference/eval/corpus_reported_audit.csv",
    "reported-speech sample re-judged after the fixes": "data/reference/eval/corpus_reported_audit_after.csv",
    "reported-speech hold-out (judged after the fixes)": "data/reference/eval/corpus_reported_audit_holdout.csv",
    "role-noun/pronoun speaker sample, before the round-11 fixes": "data/reference/eval/corpus_role_audit.csv",
    "role-noun/pronoun sample re-judged after them (found on it)": "data/reference/eval/corpus_role_audit_after.csv",
    "direct sample on all war news, before the round-12 fixes": "data/reference/eval/corpus_direct5_audit.csv",
    "direct sample on all war news, re-judged after them (found on it)":
        "data/reference/eval/corpus_direct5_audit_after.csv",
    "direct hold-out on all war news (judged after the round-12 fixes)":
        "data/reference/eval/corpus_direct5_audit_holdout.csv",
    "recall hold-out: every attribution in 10 all-news articles (round 12)":
        "data/reference/eval/corpus_recall_audit_holdout.csv",
    "direct sample on all war news VI, before the audit-VI fixes": "data/reference/eval/corpus_direct6_audit.csv",
    "direct sample on all war news VI, re-judged after them (found on it)":
        "data/reference/eval/corpus_direct6_audit_after.csv",
    "direct hold-out on all war news VI (judged after the audit-VI fixes)":
        "data/reference/eval/corpus_direct6_audit_holdout.csv",
    "embedded social posts on all war news (round 13, the rule's own output)":
        "data/reference/eval/corpus_embed_audit.csv",
    "direct sample on all war news VII, before the audit-VII fixes": "data/reference/eval/corpus_direct7_audit.csv",
    "direct sample on all war news VII, re-judged after them (found on it)":
        "data/reference/eval/corpus_direct7_audit_after.csv",
    "direct hold-out on all war news VII (judged after the audit-VII fixes)":
        "data/reference/eval/corpus_direct7_audit_holdout.csv",
    "recall III: every attribution in 4 all-news articles (round 13, the fix found on them)":
        "data/reference/eval/corpus_recall3_audit.csv",
    "recall hold-out III: every attribution in 8 all-news articles (round 13, judged after the fix)":
        "data/reference/eval/corpus_recall3_audit_holdout.csv",
    "direct sample on all war news VIII, before the audit-VIII fixes": "data/reference/eval/corpus_direct8_audit.csv",
    "direct sample on all war news VIII, re-judged after them (found on it)":
        "data/reference/eval/corpus_direct8_audit_after.csv",
    "direct hold-out on all war news VIII (judged after the audit-VIII fixes)":
        "data/reference/eval/corpus_direct8_audit_holdout.csv",
    "interview transcript turns on all war news (round 13, the rule's own output)":
        "data/reference/eval/corpus_transcript_audit.csv",
    "direct sample on all war news IX, before the audit-IX fixes": "data/reference/eval/corpus_direct9_audit.csv",
    "direct sample on all war news IX, re-judged after them (found on it)":
        "data/reference/eval/corpus_direct9_audit_after.csv",
    "direct hold-out on all war news IX (judged after the audit-IX fixes)":
        "data/reference/eval/corpus_direct9_audit_holdout.csv",
    "direct sample on all war news X, before the audit-X fixes": "data/reference/eval/corpus_direct10_audit.csv",
    "direct sample on all war news X, re-judged after them (found on it)":
        "data/reference/eval/corpus_direct10_audit_after.csv",
    "direct hold-out on all war news X (judged after the audit-X fixes)":
        "data/reference/eval/corpus_direct10_audit_holdout.csv",
    "direct sample on all war news XX, before the round-18 fixes":
        "data/reference/eval/corpus_direct18_audit.csv",
    "direct sample on all war news XX, re-judged after them (found on it)":
        "data/reference/eval/corpus_direct18_audit_after.csv",
    "direct hold-out on all war news XX (judged after the round-18 fixes)":
        "data/reference/eval/corpus_direct18_audit_holdout.csv",
    "direct sample on all war news XXIII, before the round-19 fixes":
        "data/reference/eval/corpus_direct19_audit.csv",
    "direct sample on all war news XXIII, re-judged after them (found on it)":
        "data/reference/eval/corpus_direct19_audit_after.csv",
    "recall IV: every attribution in 4 all-news articles (round 14, the fix looked for on them)":
        "data/reference/eval/corpus_recall4_audit.csv",
    "recall hold-out IV: every attribution in 8 all-news articles (round 14, judged after the fix)":
        "data/reference/eval/corpus_recall4_audit_holdout.csv",
    "recall V: every attribution in 12 all-news articles (round 15, the fixes looked for on them)":
        "data/reference/eval/corpus_recall5_audit.csv",
    "recall hold-out V: every attribution in 12 all-news articles (round 15, listed before the engine ran, "
    "judged after the fixes)": "data/reference/eval/corpus_recall5_audit_holdout.csv",
    "random hold-out XIV on all war news, any kind (round 15, the merged engine; no fix after it)":
        "data/reference/eval/corpus_random14_audit_holdout.csv",
    "random hold-out XVI on all war news, any kind (round 16, the merged engine; no fix after it)":
        "data/reference/eval/corpus_random16_audit_holdout.csv",
    "random hold-out XIX on all war news, any kind (round 17, the merged engine; no fix after it)":
        "data/reference/eval/corpus_random19_audit_holdout.csv",
    "random hold-out XXI on all war news, any kind (round 18, the merged engine; no fix after it)":
        "data/reference/eval/corpus_random21_audit_holdout.csv",
    "random hold-out XXII on all war news, any kind (round 19, the merged engine; no fix after it)":
        "data/reference/eval/corpus_random22_audit_holdout.csv",
    "random hold-out XXIV on all war news, any kind (round 19, the final engine; no fix after it)":
        "data/reference/eval/corpus_random24_audit_holdout.csv",
    # stratified samples (drawn among quotes of one speaker-phrase type, not at random): never pooled
    "stratified role-phrase sample XI on all war news, before the round-14b fixes":
        "data/reference/eval/corpus_role11_audit.csv",
    "stratified role-phrase sample XI on all war news, re-judged after them (found on it)":
        "data/reference/eval/corpus_role11_audit_after.csv",
    "stratified role-phrase hold-out XI on all war news (judged after the round-14b fixes 1-2)":
        "data/reference/eval/corpus_role11_audit_holdout.csv",
    "stratified role-phrase hold-out XI-b on all war news (judged after the round-14b fixes 1-3)":
        "data/reference/eval/corpus_role11b_audit_holdout.csv",
    "stratified person-role/document sample XII on all war news, before the round-15 fixes":
        "data/reference/eval/corpus_role12_audit.csv",
    "stratified person-role/document sample XII on all war news, re-judged after them (found on it)":
        "data/reference/eval/corpus_role12_audit_after.csv",
    "stratified person-role/document hold-out XII on all war news (judged after the round-15 fixes)":
        "data/reference/eval/corpus_role12_audit_holdout.csv",


    "stratified pronoun-speaker sample XIII-P on all war news, before the round-15 pronoun fixes":
        "data/reference/eval/corpus_pronoun15_audit.csv",
    "stratified pronoun-speaker sample XIII-P on all war news, re-judged after them (found on it)":
        "data/reference/eval/corpus_pronoun15_audit_after.csv",
    "stratified pronoun-speaker hold-out XIII-P on all war news (judged after the round-15 pronoun fixes 1-2)":
        "data/reference/eval/corpus_pronoun15_audit_holdout.csv",
    "stratified unresolved role-phrase sample XV on all war news, before the round-16 fixes (no row changed by them)":
        "data/reference/eval/corpus_role16_audit.csv",
    "stratified unresolved role-phrase hold-out XV on all war news (judged after the round-16 fixes)":
        "data/reference/eval/corpus_role16_audit_holdout.csv",
    "stratified mixed-quote sample XVII on all war news, before any round-16 mixed-speaker fix":
        "data/reference/eval/corpus_mixed16_audit.csv",
    "stratified mixed-quote hold-out XVII on all war news (judged with no fix made: a measurement)":
        "data/reference/eval/corpus_mixed16_audit_holdout.csv",
    "stratified side-less ministry sample XVIII on all war news, before the round-17 fixes":
        "data/reference/eval/corpus_ministry17_audit.csv",
    "stratified side-less ministry sample XVIII on all war news, re-judged after the round-17 fixes (found on it)":
        "data/reference/eval/corpus_ministry17_audit_after.csv",
    "stratified side-less ministry hold-out XVIII on all war news (judged after the round-17 fixes)":
        "data/reference/eval/corpus_ministry17_audit_holdout.csv",
}
STRATIFIED = "stratified"  # in a sample's name: drawn from one stratum, left out of the pooled random hold-outs


def read_corpus_audits(*, root: Path = ROOT, samples: dict[str, str] = CORPUS_AUDITS) -> dict[str, pd.DataFrame]:
    """The judgment tables of the corpus audits by sample name (all columns as strings); absent CSVs left out."""
    return {name: pd.read_csv(root / rel, dtype=str, keep_default_na=False)
            for name, rel in samples.items() if (root / rel).exists()}


def is_recall_table(judged: pd.DataFrame) -> bool:
    """An audit table that lists attributions by hand with a ``found`` column (recall), not engine quotes."""
    return "found" in judged


def corpus_audit(*, root: Path = ROOT, samples: dict[str, str] = CORPUS_AUDITS, pool: str = "hold-out"
                 ) -> pd.DataFrame:
    """The hand audits of the quote engine on the study's own news: ``evaluate.audit_scores`` per sample, with
    ``sample``, ``n_quotes`` and ``n_articles`` columns, first the samples whose name holds ``pool`` pooled (the
    hold-outs: judged after the fixes, so unbiased by them); empty when no audit CSV is present.

    Precision tables (one row per engine quote) and recall tables (a ``found`` column: one row per attribution
    listed by hand) are pooled apart, each when two or more match: "<pool>s pooled (n samples)" holds the
    precision hold-outs only, "recall <pool>s pooled (n samples)" the recall ones, so that ``n_quotes`` and
    ``n_articles`` never mix engine quotes with hand-listed attributions. Samples named ``STRATIFIED`` (drawn
    among one kind of speaker phrase) are listed but never pooled: the pools stay random-sample estimates."""
    from peacetalks.evaluate import audit_scores

    judged = read_corpus_audits(root=root, samples=samples)
    matching = [t for name, t in judged.items() if pool in name and STRATIFIED not in name]
    precision = [t for t in matching if not is_recall_table(t)]
    recall = [t for t in matching if is_recall_table(t)]
    pooled: dict[str, pd.DataFrame] = {}
    if len(precision) > 1:
        pooled[f"{pool}s pooled ({len(precision)} samples)"] = pd.concat(precision, ignore_index=True)
    if len(recall) > 1:
        pooled[f"recall {pool}s pooled ({len(recall)} samples)"] = pd.concat(recall, ignore_index=True)
    judged = {**pooled, **judged}
    parts = [audit_scores(t).assign(sample=name, n_quotes=len(t), n_articles=t["article_id"].nunique())
             for name, t in judged.items()]
    return pd.concat(parts, ignore_index=True) if parts else pd.DataFrame()


def wide_audit(audit: pd.DataFrame) -> pd.DataFrame | None:
    """``corpus_audit`` as one table: per sample (in order), metric x kind cells of ``wide_scores``; None if empty."""
    if audit.empty:
        return None
    return pd.concat({s: wide_scores(g) for s, g in audit.groupby("sample", sort=False)})
