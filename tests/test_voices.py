"""Notebook 2's tables (peacetalks.voices): voice shares, counts, the unresolved-speaker review list, scoring."""

from __future__ import annotations

import pandas as pd
import pytest

from peacetalks import voices

ARTICLES = pd.DataFrame({
    "article_id": ["a1", "a2", "a3"], "outlet": ["RT", "RT", "MT"], "duplicate_of": ["", "", "a1"],
    "published": ["2023-01-17", "", "2022-05-18"], "text": ["x" * 200] * 3,
})


def q(qid, aid, words, side, *, kind="direct", speaker="S", actor_id="s", nested_in=None, method="quote+cue"):
    text = " ".join(["w"] * words)
    return {"quote_id": qid, "article_id": aid, "start": 0, "end": len(text), "text": text, "kind": kind,
            "nested_in": nested_in, "speaker": speaker, "actor_id": actor_id, "side": side, "speaker_start": None,
            "speaker_end": None, "cue": "said", "method": method, "confidence": 0.9}


QUOTES = voices.with_outlet(pd.DataFrame([
    q("a1:q0", "a1", 30, "RU"),
    q("a1:q1", "a1", 10, "UA", kind="indirect"),
    q("a1:q2", "a1", 5, "US", nested_in="a1:q0"),         # nested: its words are already in a1:q0
    q("a2:q0", "a2", 10, None, speaker=None, actor_id=None, method="unattributed"),
    q("a3:q0", "a3", 4, "RU", kind="mixed", speaker="Russian officials", actor_id=None),
]), ARTICLES)


def test_canonical_articles_drops_near_duplicates():
    assert voices.canonical_articles(ARTICLES).article_id.tolist() == ["a1", "a2"]


def test_voice_share_counts_outermost_words_once():
    share = voices.voice_share(QUOTES)
    rt = share[share.outlet == "RT"].set_index("side")
    assert rt.words.to_dict() == {"RU": 30, "UA": 10, "unknown": 10}    # the nested US quote is not counted
    assert share.groupby("outlet").share.sum().round(6).eq(1.0).all()
    assert list(rt.index) == ["RU", "UA", "unknown"]                     # side order of the figure


def test_counts_by_kind_and_outlet():
    table = voices.counts_by_kind_and_outlet(QUOTES)
    assert table.loc["RT"].to_dict() == {"direct": 2, "mixed": 0, "indirect": 1, "nested": 1, "all (outermost)": 3}
    assert table.loc["MT", "all (outermost)"] == 1


def test_unresolved_speakers_lists_every_quote_without_actor():
    table = voices.unresolved_speakers(QUOTES)
    assert table.n_quotes.sum() == QUOTES.actor_id.isna().sum() == 2
    assert set(table.speaker) == {"(unattributed)", "Russian officials"}
    assert (table.review == "pending").all()


def test_unresolved_speakers_of_nothing_is_an_empty_table():
    table = voices.unresolved_speakers(QUOTES[QUOTES.actor_id.notna()])
    assert table.empty and list(table.columns) == voices.UNRESOLVED_COLUMNS


def test_top_actors_ranks_by_quotes():
    top = voices.top_actors(QUOTES, n=5)
    assert top.quotes.is_monotonic_decreasing and (top.iloc[0].speaker, top.iloc[0].words) == ("S", 30)
    assert top.speaker.notna().all() and len(top) == 4          # (speaker, side) pairs; unattributed left out


def test_first_person_author_is_not_an_actor():
    quotes = voices.with_outlet(pd.DataFrame([
        q("a1:q0", "a1", 30, "RU"),
        q("a1:q1", "a1", 8, None, kind="indirect", speaker="I", actor_id=None, method="first-person"),
    ]), ARTICLES)
    assert set(voices.top_actors(quotes).speaker) == {"S"}
    assert set(voices.unresolved_speakers(quotes).speaker) == {"(first person, author)"}


@pytest.mark.parametrize("pred_speaker, right", [("Dmitry Peskov", 1), ("dmitry peskov", 1), ("Peskov", 0),
                                                 (None, 0)])
def test_canonical_speaker_table(pred_speaker, right):
    text = "\u201cTalks are stuck,\u201d Peskov said."
    gold = [{"article_id": "x", "start": 1, "end": 16, "kind": "direct", "speaker": "Dmitry Peskov"}]
    pred = [{"article_id": "x", "start": 0, "end": 17, "kind": "direct", "speaker": pred_speaker, "nested_in": None}]
    table = voices.canonical_speaker_table(gold, pred, {"x": text}).set_index("kind")
    assert (table.loc["direct", "numerator"], table.loc["direct", "denominator"]) == (right, 1)


def test_canonical_speaker_table_ignores_non_overlapping_predictions():
    text = "\u201cTalks are stuck,\u201d Peskov said. Other words here entirely."
    gold = [{"article_id": "x", "start": 1, "end": 16, "kind": "direct", "speaker": "Dmitry Peskov"}]
    pred = [{"article_id": "x", "start": 31, "end": 57, "kind": "direct", "speaker": "Dmitry Peskov",
             "nested_in": None}]
    table = voices.canonical_speaker_table(gold, pred, {"x": text}).set_index("kind")
    assert table.loc["all", "denominator"] == 0


def test_seed_evaluation_is_empty_without_seed_articles():
    scores, dropped, errors = voices.seed_evaluation(ARTICLES, QUOTES)
    assert scores.empty and dropped.empty and errors.empty


def test_polnear_scores_reports_where_it_looked(tmp_path):
    table, note = voices.polnear_scores(root=tmp_path, candidates=("eval/polnear_dev.csv",))
    assert table is None and "eval/polnear_dev.csv" in note
    (tmp_path / "eval").mkdir()
    pd.DataFrame({"metric": ["content_recall"], "kind": ["direct"], "value": [0.9], "numerator": [9],
                  "denominator": [10]}).to_csv(tmp_path / "eval" / "polnear_dev.csv", index=False)
    table, where = voices.polnear_scores(root=tmp_path, candidates=("eval/polnear_dev.csv",))
    assert where == "eval/polnear_dev.csv" and voices.wide_scores(table).loc["content_recall", "direct"] == \
        "90.0 % (9/10)"
    with_ci = table.assign(low=[0.8], high=[0.97])
    assert voices.wide_scores(with_ci).loc["content_recall", "direct"] == "90.0 % (9/10) [80.0–97.0]"
    assert voices.wide_scores(table.assign(low=[float("nan")], high=[float("nan")])).loc[
        "content_recall", "direct"] == "90.0 % (9/10)"


# ---------------------------------------------------------------- second reading of speakers, review context
PRESS_TEXT = ("This was announced by the press secretary of the President of the Russian Federation Dmitry Peskov. "
              "The Russian Federation wants more, Russian officials said. He added nothing.")


def _speaker_row(qid, mention, *, nth=0, speaker=None, actor_id=None, side=None, text=PRESS_TEXT):
    start = -1
    for _ in range(nth + 1):
        start = text.index(mention, start + 1)
    row = q(qid, "p1", 3, side, speaker=speaker, actor_id=actor_id)
    row.update(speaker_start=start, speaker_end=start + len(mention), speaker_mention=mention)
    return row


PRESS_ARTICLES = pd.DataFrame({"article_id": ["p1"], "outlet": ["RT"], "published": ["2022-12-26"],
                               "text": [PRESS_TEXT]})


@pytest.mark.parametrize("row, speaker, actor_id, reread", [
    # the engine read the last noun of the title: the head role is Peskov
    (_speaker_row("p1:q0", "the Russian Federation", speaker="Russia", actor_id="russia", side="RU"),
     "Dmitry Peskov", "peskov", True),
    # the state on its own stays the state
    (_speaker_row("p1:q1", "The Russian Federation", speaker="Russia", actor_id="russia", side="RU"),
     "Russia", "russia", False),
    # a group stays unresolved
    (_speaker_row("p1:q2", "Russian officials", speaker="Russian officials", side="RU"),
     "Russian officials", None, False),
    # pronouns are left to the engine
    (_speaker_row("p1:q3", "He", speaker=None), None, None, False),
])
def test_reread_speakers(row, speaker, actor_id, reread):
    out = voices.reread_speakers(pd.DataFrame([row]), PRESS_ARTICLES)
    got = out.iloc[0]
    assert (got.speaker if isinstance(got.speaker, str) else None) == speaker
    assert (got.actor_id if isinstance(got.actor_id, str) else None) == actor_id
    assert bool(got.reread) is reread


@pytest.mark.parametrize("mention, context, side", [
    ("a Russian official", "", "RU"),
    ("officials", "the Kremlin said that Kyiv", ""),            # two sides around it: no suggestion
    ("Political scientists", "the analyst argues", ""),         # nothing named
    ("the expert", "Ukrainian diplomacy adheres", "UA"),
    ("Russian and Ukrainian officials", "", ""),
])
def test_suggested_side(mention, context, side):
    assert voices.suggested_side(mention, context) == side


def test_example_context_marks_the_mention():
    text = "a" * 200 + " Peskov said " + "b" * 200
    start = text.index("Peskov")
    got = voices.example_context(text, start, start + 6, chars=10)
    assert got == "…aaaaaaaaa [Peskov] said bbbb…"
    assert voices.example_context("Peskov said", 0, 6) == "[Peskov] said"


def test_unresolved_speakers_with_articles_show_context_and_suggestion():
    row = _speaker_row("p1:q2", "Russian officials", speaker="Russian officials", side="RU")
    quotes = voices.with_outlet(pd.DataFrame([row]), PRESS_ARTICLES)
    table = voices.unresolved_speakers(quotes, PRESS_ARTICLES)
    assert list(table.columns) == voices.UNRESOLVED_COLUMNS
    got = table.iloc[0]
    assert (got.speaker, got.suggested_side, got.n_quotes) == ("Russian officials", "RU", 1)
    assert "[Russian officials] said" in got.example_context


MINISTER_TEXT = ("Belarusian Foreign Minister Vladimir Makei arrived. The Belarusian minister said talks were "
                 "possible. Later the minister added more.")
MINISTER_ARTICLES = pd.DataFrame({"article_id": ["p1"], "outlet": ["RT"], "published": ["2022-06-01"],
                                  "text": [MINISTER_TEXT]})


def test_reread_follows_the_same_unresolved_speaker_in_the_article():
    rows = [_speaker_row("p1:q0", "The Belarusian minister", speaker="Belarusian minister", text=MINISTER_TEXT),
            _speaker_row("p1:q1", "the minister", speaker="Belarusian minister", text=MINISTER_TEXT)]
    out = voices.reread_speakers(pd.DataFrame(rows), MINISTER_ARTICLES)
    assert out.actor_id.tolist() == ["makei", "makei"] and out.reread.all()


def test_reread_keeps_what_the_engine_tied_to_its_context():
    # the engine resolved "the minister" to an unregistered person it knows ("Ivan Petrov"): not overridden
    row = _speaker_row("p1:q1", "the minister", speaker="Ivan Petrov", text=MINISTER_TEXT)
    out = voices.reread_speakers(pd.DataFrame([row]), MINISTER_ARTICLES)
    assert (out.iloc[0].speaker, bool(out.iloc[0].reread)) == ("Ivan Petrov", False)


def test_polnear_review_reads_the_judgements(tmp_path):
    scores = pd.DataFrame([{"metric": "content_precision", "kind": "all", "value": 0.9, "numerator": 90,
                            "denominator": 100}])
    assert voices.polnear_review(scores, root=tmp_path)[0] is None  # no review file: a note, no table
    (tmp_path / "r.csv").write_text("judgement\nT\nF\n", encoding="utf-8")
    table, note = voices.polnear_review(scores, root=tmp_path, path="r.csv")
    assert list(table.precision) == [0.9, 0.95, 0.95] and "2 false positives" in note
    assert voices.polnear_review(None, root=tmp_path, path="r.csv")[0] is None


def test_confidence_reliability_reads_the_tables_or_says_what_is_missing(tmp_path):
    bins, summary, note = voices.confidence_reliability(root=tmp_path, bins_path="b.csv", summary_path="s.csv")
    assert bins is None and summary is None and "b.csv" in note and "fit_confidence.py" in note
    (tmp_path / "b.csv").write_text("sample,low,high,n,mean_confidence,share_right\n"
                                    "dev,0.8,0.9,30,0.85,0.8\ndev,0.9,1.0,70,0.95,0.9\n"
                                    "news,0.9,1.0,20,0.96,0.85\n", encoding="utf-8")
    assert voices.confidence_reliability(root=tmp_path, bins_path="b.csv", summary_path="s.csv")[0] is None
    (tmp_path / "s.csv").write_text("sample,n,mean_confidence,share_right,brier,ece,auc,measured\n"
                                    "dev,100,0.92,0.87,0.09,0.05,0.7,2026-12-07\n"
                                    "news,20,0.96,0.85,0.12,0.11,0.6,2026-12-07\n", encoding="utf-8")
    bins, summary, note = voices.confidence_reliability(root=tmp_path, bins_path="b.csv", summary_path="s.csv")
    assert len(bins) == 3 and list(summary["sample"]) == ["dev", "news"] and note.startswith("read ")
    fig = voices.plot_reliability(bins, summary)
    ax = fig.axes[0]
    assert "N = 120 quotes scored against gold or judged by hand" in ax.get_title()
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["perfectly calibrated", "dev (N = 100)",
                                                                   "news (N = 20)"]


def test_plot_reliability_draws_every_sample():
    """Review 15: a fourth sample was silently left out (three colours zipped with the samples)."""
    names = ["dev", "news", "train", "extra"]
    bins = pd.DataFrame([{"sample": n, "low": 0.9, "high": 1.0, "n": 20, "mean_confidence": 0.95, "share_right": 0.9}
                         for n in names])
    summary = pd.DataFrame([{"sample": n, "n": 20, "mean_confidence": 0.95, "share_right": 0.9, "brier": 0.1,
                             "ece": 0.05, "auc": 0.7, "measured": "2026-12-07"} for n in names])
    fig = voices.plot_reliability(bins, summary)
    labels = [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    assert labels == ["perfectly calibrated"] + [f"{n} (N = 20)" for n in names], labels
