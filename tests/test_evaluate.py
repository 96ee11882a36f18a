"""The quote scorer: overlap rules, speaker rules and the metric table, on small hand-made records."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from peacetalks.evaluate import (article_intervals, audit_scores, calibration_summary, content_units,
                                 interrupted_segments, overlap, polnear_gold, prediction_outcomes, reliability_table,
                                 score_quotes, speaker_right, threshold_scores, wilson)

TEXT = 'Peskov said that "talks are frozen for now." Later, "We will see," he added, "what happens next."'
T = {"a": TEXT}


def span(sub, after=0):
    i = TEXT.index(sub, after)
    return i, i + len(sub)


def rec(sub, kind="direct", speaker=None, sub_speaker=None, **kw):
    s, e = span(sub)
    r = {"article_id": "a", "start": s, "end": e, "kind": kind, "speaker": speaker}
    if sub_speaker:
        r["speaker_start"], r["speaker_end"] = span(sub_speaker)
    r.update(kw)
    return r


def val(table, metric, kind="all"):
    row = table[(table.metric == metric) & (table.kind == kind)]
    return float(row.value.iloc[0])


@pytest.mark.parametrize("gold_sub,pred_sub,match", [
    ('that "talks are frozen for now."', '"talks are frozen for now."', True),  # 'that' and marks ignored
    ('"talks are frozen for now."', "talks are frozen", True),  # 3 of 4 words' characters
    ('"talks are frozen for now."', "talks", False),  # too small a share of the gold
    ('Peskov said that "talks are frozen for now."', '"talks are frozen for now."', True),
    ('"talks are frozen for now."', '"We will see,"', False),  # disjoint
])
def test_content_overlap_threshold(gold_sub, pred_sub, match):
    g = content_units(TEXT, [span(gold_sub)])
    p = content_units(TEXT, [span(pred_sub)])
    assert (overlap(p, g) >= 0.5) is match


def test_segments_let_two_predictions_match_one_discontinuous_gold():
    gold = [{"article_id": "a", "start": span('"We will see,"')[0], "end": span('"what happens next."')[1],
             "content_segments": [span('"We will see,"'), span('"what happens next."')], "kind": "direct",
             "speaker": "he", "speaker_start": span("he added")[0], "speaker_end": span("he added")[0] + 2}]
    preds = [rec('"We will see,"', speaker="Peskov", sub_speaker="he"),
             rec('"what happens next."', speaker="Peskov", sub_speaker="he")]
    table = score_quotes(gold, preds, T).table()
    assert val(table, "content_precision") == 1.0
    assert val(table, "content_recall") == 1.0
    assert val(table, "speaker_accuracy") == 1.0


# round 18: a predicted content that holds its own speaker between commas ('A, she said, B', one record) is scored
# as its two segments around the attribution, as PolNeAR marks it
FERRY = "The ferry deal, the chief envoy of the northern island council said, would be signed by June."


@pytest.mark.parametrize("text,content,speaker,segments", [
    (FERRY, FERRY[:-1], "the chief envoy", ["The ferry deal", " would be signed by June"]),
    ("Fares, according to the envoy, will rise.", "Fares, according to the envoy, will rise", "the envoy",
     ["Fares", " will rise"]),
    # must not change: no break around the mention, the mention outside the content or at its start
    ("the plan which the envoy believes will fail", "the plan which the envoy believes will fail", "the envoy",
     ["the plan which the envoy believes will fail"]),
    ("The deal will be signed, the envoy said.", "The deal will be signed", "the envoy", ["The deal will be signed"]),
    ("The envoy, she said, was late.", "The envoy, she said, was late", "The envoy", ["The envoy, she said, was late"]),
    # (review18) a break at the content's start or end leaves no segment on that side (fails without the guard)
    ("Fares, the envoy said, will rise.", ", the envoy said, will rise", "the envoy", [", the envoy said, will rise"]),
    ("Fares, the envoy said, will rise.", "Fares, the envoy said,", "the envoy", ["Fares, the envoy said,"]),
])
def test_interrupted_segments(text, content, speaker, segments):
    start = text.index(content)
    s0 = text.index(speaker)
    got = interrupted_segments(text, start, start + len(content), s0, s0 + len(speaker))
    assert [text[a:b] for a, b in got] == segments


def test_one_interrupted_prediction_matches_a_gold_segment():
    # the gold marks only the first half; the whole record is under half of it, its first segment matches
    # (without the segments: a false positive and a miss)
    t = {"f": FERRY}
    s0 = FERRY.index("the chief envoy")
    pred = {"article_id": "f", "start": 0, "end": len(FERRY) - 1, "kind": "indirect", "speaker": "envoy",
            "speaker_start": s0, "speaker_end": s0 + len("the chief envoy")}
    gold = {"article_id": "f", "start": 0, "end": len("The ferry deal"), "kind": "indirect", "speaker": "envoy",
            "speaker_start": s0, "speaker_end": s0 + len("the chief envoy")}
    table = score_quotes([gold], [pred], t).table()
    assert val(table, "content_recall") == 1.0
    assert val(table, "content_precision") == 1.0
    unsegmented = {**pred, "speaker_start": None, "speaker_end": None}
    assert val(score_quotes([gold], [unsegmented], t).table(), "content_recall") == 0.0


@pytest.mark.parametrize("gold,pred,right", [
    ({"speaker": "he", "speaker_start": 0, "speaker_end": 6}, {"speaker": "X", "speaker_start": 2,
                                                               "speaker_end": 4}, True),  # spans overlap
    ({"speaker": "Dmitry Peskov"}, {"speaker": "dmitry  peskov"}, True),  # same canonical name
    ({"speaker": "the Kremlin"}, {"speaker": "Kremlin"}, True),  # leading article ignored
    ({"speaker": "Peskov", "speaker_start": 0, "speaker_end": 6}, {"speaker": "Lavrov", "speaker_start": 50,
                                                                   "speaker_end": 56}, False),
    ({"speaker": None}, {"speaker": None}, True),  # both unattributed
    ({"speaker": None}, {"speaker": "Peskov", "speaker_start": 0, "speaker_end": 6}, False),
    ({"speaker": "Peskov", "speaker_start": 0, "speaker_end": 6}, {"speaker": None}, False),
    # round 16: the gold mention's canonical name ("Doe" -> "Jane Doe") counts like the mention as written
    ({"speaker": "Doe", "speaker_name": "Jane Doe", "speaker_start": 0, "speaker_end": 3},
     {"speaker": "Jane Doe", "speaker_start": 40, "speaker_end": 42}, True),
    ({"speaker": "Doe", "speaker_start": 0, "speaker_end": 3},
     {"speaker": "Jane Doe", "speaker_start": 40, "speaker_end": 42}, False),  # without it: fails (guard row)
    ({"speaker": "Doe", "speaker_name": "Jane Doe", "speaker_start": 0, "speaker_end": 3},
     {"speaker": "Tom Doe", "speaker_start": 40, "speaker_end": 42}, False),  # another person: must not change
    ({"speaker": "Doe", "speaker_name": None, "speaker_start": 0, "speaker_end": 3},
     {"speaker": None}, False),  # no name on either side is no match
])
def test_speaker_right(gold, pred, right):
    assert speaker_right(pred, gold) is right


def test_scores_by_kind_and_end_to_end():
    gold = [rec('that "talks are frozen for now."', "mixed", "Peskov", "Peskov"),
            rec('"We will see,"', "direct", "he", "he added")]
    preds = [rec('"talks are frozen for now."', "direct", "Lavrov", "Later"),  # found, wrong speaker
             rec("Later", "indirect", None)]  # false positive
    table = score_quotes(gold, preds, T).table()
    assert val(table, "content_recall", "mixed") == 1.0
    assert val(table, "content_recall", "direct") == 0.0
    assert val(table, "content_precision", "direct") == 1.0
    assert val(table, "content_precision", "indirect") == 0.0
    assert val(table, "content_precision") == 0.5
    assert val(table, "speaker_accuracy") == 0.0
    assert val(table, "end_to_end") == 0.0
    assert val(table, "kind_accuracy", "mixed") == 0.0
    assert math.isnan(val(table, "content_recall", "indirect"))


def test_nested_predictions_ignored_for_outermost_gold():
    gold = [rec('"talks are frozen for now."', speaker="Peskov", sub_speaker="Peskov")]
    preds = [rec('"talks are frozen for now."', speaker="Peskov", sub_speaker="Peskov"),
             rec('"We will see,"', nested_in="a:q0")]
    assert val(score_quotes(gold, preds, T).table(), "content_precision") == 1.0
    assert val(score_quotes(gold, preds, T, outermost_only=False).table(), "content_precision") == 0.5


def test_errors_are_kept_for_analysis():
    sc = score_quotes([rec('"We will see,"')], [rec("Later", "indirect")], T, keep_errors=True)
    assert sorted(e[0] for e in sc.errors) == ["false_positive", "miss"]


@pytest.mark.parametrize("bad", [
    {"article_id": "zzz", "start": 0, "end": 3, "kind": "direct"},  # unknown article
    {"article_id": "a", "start": 0, "end": 3, "kind": "quoted"},  # unknown kind
])
def test_bad_records_raise(bad):
    with pytest.raises(ValueError):
        score_quotes([bad], [], T)


def test_polnear_gold_adapter():
    art = {"id": "p1", "quotes": [{"content_start": 1, "content_end": 5, "content_segments": [[1, 5]],
                                   "quote_type": "indirect", "speaker": "he", "speaker_start": 0,
                                   "speaker_end": 1, "speaker_segments": [[0, 1]]}]}
    (g,) = polnear_gold(art)
    assert g["kind"] == "indirect" and g["article_id"] == "p1" and g["start"] == 1
    assert "speaker_name" not in g


def test_polnear_gold_names_speakers():
    art = {"id": "p2", "text": "Jane Doe spoke. Doe said it. He said so.", "date": "2016-05-01", "quotes": [
        {"content_start": 25, "content_end": 27, "quote_type": "indirect", "speaker": "Doe",
         "speaker_start": 16, "speaker_end": 19},
        {"content_start": 36, "content_end": 38, "quote_type": "indirect", "speaker": "He",
         "speaker_start": 29, "speaker_end": 31}]}
    seen = []

    def namer(text, spans, *, article_id, published):
        seen.append((article_id, published, spans))
        return [text[a:b].upper() if text[a:b] != "He" else None for a, b in spans]

    doe, he = polnear_gold(art, name_speakers=namer)
    assert doe["speaker_name"] == "DOE" and "speaker_name" not in he
    assert seen == [("p2", "2016-05-01", [(16, 19), (29, 31)])]


# --- precision re-estimated from a review of false positives ------------------------------------------------------
def _scores(pred: int, ok: int) -> pd.DataFrame:
    return pd.DataFrame([{"metric": "content_precision", "kind": "all", "value": ok / pred, "numerator": ok,
                          "denominator": pred}])


@pytest.mark.parametrize("judgements,expected", [
    ("FFFF", (0.9, 0.9, 0.9)),          # every false positive really false: nothing changes
    ("TTFF", (0.9, 0.95, 0.95)),        # half of them are attributions the gold misses
    ("TBFF", (0.9, 0.925, 0.95)),       # B counts only in the lenient reading
    ("TTTT", (0.9, 1.0, 1.0)),
])
def test_review_adjusted_precision(judgements, expected):
    from peacetalks.evaluate import review_adjusted_precision

    review = pd.DataFrame({"judgement": list(judgements)})
    got = review_adjusted_precision(_scores(100, 90), review)
    assert tuple(got.precision) == pytest.approx(expected)


@pytest.mark.parametrize("judgements", ["", "TX"])
def test_review_adjusted_precision_rejects_bad_reviews(judgements):
    from peacetalks.evaluate import review_adjusted_precision

    with pytest.raises(ValueError):
        review_adjusted_precision(_scores(100, 90), pd.DataFrame({"judgement": list(judgements)}))


def _interval(table, metric, kind="all"):
    row = table[(table.metric == metric) & (table.kind == kind)].iloc[0]
    return row.low, row.high


def test_article_intervals_resample_whole_articles():
    texts = {"a": TEXT, "b": TEXT}
    good = rec('"talks are frozen for now."', sub_speaker="Peskov")
    gold = [good, {**good, "article_id": "b"}]
    pred = [good, {**rec('"We will see,"'), "article_id": "b"}]  # b: a false positive and a miss
    table = article_intervals(gold, pred, texts, resamples=400, seed=1)
    assert _interval(table, "content_precision") == (0.0, 1.0)  # resamples of only-a and only-b both occur
    assert _interval(table, "content_recall", "direct") == (0.0, 1.0)
    same = article_intervals([good], [good], {"a": TEXT}, resamples=50)
    assert _interval(same, "content_precision") == (1.0, 1.0)  # one article: no spread
    assert _interval(same, "end_to_end") == (1.0, 1.0)
    assert math.isnan(_interval(same, "content_recall", "indirect")[0])  # no indirect gold: no interval


@pytest.mark.parametrize("options", [{"resamples": 0}, {"level": 1.0}, {"level": 0.0}])
def test_article_intervals_reject_bad_options(options):
    with pytest.raises(ValueError):
        article_intervals([], [], {"a": TEXT}, **options)


@pytest.mark.parametrize("k, n, low, high", [
    (0, 0, math.nan, math.nan),   # nothing judged: no interval
    (10, 10, 0.7225, 1.0),        # all right: the interval still opens below 100 %
    (0, 10, 0.0, 0.2775),         # all wrong
    (35, 41, 0.7156, 0.9312),     # by hand: centre 0.8234, half-width 0.1078
])
def test_wilson(k: int, n: int, low: float, high: float) -> None:
    got = wilson(k, n)
    if n == 0:
        assert all(math.isnan(x) for x in got)
    else:
        assert got == pytest.approx((low, high), abs=5e-4)


def test_audit_scores_counts_judged_rows_only() -> None:
    judged = pd.DataFrame({"kind": ["direct", "direct", "indirect", "indirect"],
                           "content_ok": ["1", "1", "0", "1"], "speaker_ok": ["1", "0", "", "1"]})
    t = audit_scores(judged).set_index(["metric", "kind"])
    assert (t.loc[("content_precision", "all"), ["numerator", "denominator"]] == [3, 4]).all()
    assert (t.loc[("speaker_accuracy", "indirect"), ["numerator", "denominator"]] == [1, 1]).all()  # blank skipped
    assert (t.loc[("speaker_accuracy", "mixed"), ["numerator", "denominator"]] == [0, 0]).all()  # no mixed row
    assert "actor_accuracy" not in t.index.get_level_values(0)  # absent column: no metric


def test_audit_scores_rejects_other_marks() -> None:
    with pytest.raises(ValueError, match="content_ok"):
        audit_scores(pd.DataFrame({"kind": ["direct"], "content_ok": ["yes"]}))


# --- round 15: per-prediction outcomes and calibration --------------------------------------------------------


def test_prediction_outcomes_mark_content_and_speaker_per_prediction():
    gold = [rec('"talks are frozen for now."', speaker="Peskov", sub_speaker="Peskov"),
            rec('"We will see,"', speaker="he", sub_speaker="he added")]
    preds = [rec('"talks are frozen for now."', speaker="Peskov", sub_speaker="Peskov", confidence=0.9),  # right
             rec('"We will see,"', speaker="Lavrov", sub_speaker="Later", confidence=0.8),  # wrong speaker
             rec("Later", "indirect", confidence=0.2),  # no gold
             rec('"what happens next."', nested_in="a:q0", confidence=0.5)]  # nested: not scored
    got = [(o["start"], o["content_ok"], o["speaker_ok"], o["right"]) for o in prediction_outcomes(gold, preds, T)]
    assert got == [(preds[0]["start"], True, True, True), (preds[1]["start"], True, False, False),
                   (preds[2]["start"], False, False, False)]


def test_prediction_outcomes_reject_an_article_without_text():
    with pytest.raises(ValueError, match="no text"):
        prediction_outcomes([], [{"article_id": "zzz", "start": 0, "end": 3, "kind": "direct"}], T)


# (confidence, right) rows -> bins (n, mean confidence, share right) and ECE by hand:
# bin 0.2: 0.2, 0.2 with 0/2 right -> gap 0.2; bin 0.8: 0.8, 0.8, 0.8 with 3/3 right -> gap 0.2; bin 0.9 (1.0 in the
# last bin): 1.0 with 0/1 right -> gap 1.0. ECE = 2/6 * 0.2 + 3/6 * 0.2 + 1/6 * 1.0 = 1/3
TINY = [(0.2, False), (0.2, False), (0.8, True), (0.8, True), (0.8, True), (1.0, False)]


def test_reliability_table_and_ece_on_a_tiny_table():
    rows = [{"confidence": c, "right": r} for c, r in TINY]
    table = reliability_table(rows)
    assert [(t["bin"], t["n"], round(t["mean_confidence"], 6), t["share_right"]) for t in table] == [
        (2, 2, 0.2, 0.0), (8, 3, 0.8, 1.0), (9, 1, 1.0, 0.0)]
    summary = calibration_summary(rows)
    assert summary["n"] == 6 and summary["ece"] == pytest.approx(1 / 3)
    assert summary["brier"] == pytest.approx((2 * 0.04 + 3 * 0.04 + 1.0) / 6)
    assert summary["share_right"] == pytest.approx(0.5)
    assert summary["auc"] == pytest.approx(6 / 9)  # each 0.8 beats both 0.2s and loses to the 1.0


def test_calibration_summary_of_nothing_and_bad_confidence():
    assert calibration_summary([])["n"] == 0 and math.isnan(calibration_summary([])["ece"])
    with pytest.raises(ValueError, match="outside"):
        reliability_table([{"confidence": 1.2, "right": True}])


def test_threshold_scores_keep_only_confident_predictions():
    gold = [rec('"talks are frozen for now."', speaker="Peskov", sub_speaker="Peskov")]
    preds = [rec('"talks are frozen for now."', speaker="Peskov", sub_speaker="Peskov", confidence=0.9),
             rec("Later", "indirect", confidence=0.3)]
    low, high = threshold_scores(gold, preds, T, cutoffs=(0.0, 0.5))
    assert (low["kept"], low["share_right"], low["content_precision"], low["end_to_end"]) == (2, 0.5, 0.5, 1.0)
    assert (high["kept"], high["share_right"], high["content_precision"], high["end_to_end"]) == (1, 1.0, 1.0, 1.0)
