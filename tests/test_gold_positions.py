"""Gold positions for the five seeds: the file is well formed, the scorer is right, and the pipeline
(quotes -> positions, with the real registry and timex) keeps the seed dates the issue names."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from peacetalks import positions as P
from peacetalks.paths import SEEDS

GOLD = P.load_gold()
TEXTS = {p.stem: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
META = pd.read_csv(SEEDS / "metadata.csv", dtype=str, keep_default_na=False)
PUBLISHED = {Path(f).stem: d for f, d in zip(META.file, META.published)}


def test_gold_covers_every_seed_with_valid_rows():
    assert set(GOLD.article_id) == set(TEXTS)
    assert set(GOLD.code) <= set(P.CODES) and set(GOLD.issue) <= set(P.ISSUES)
    assert len(GOLD) >= 60


@pytest.mark.parametrize("row", list(GOLD.itertuples()), ids=lambda r: f"{r.article_id[:3]}-{r.Index}")
def test_gold_offsets_point_at_their_evidence(row):
    text = TEXTS[row.article_id]
    assert 0 <= row.evidence_start < row.evidence_end <= len(text)
    assert text[row.evidence_start:row.evidence_end].startswith(row.evidence_text)
    if row.date_precision == "unknown":
        assert row.event_date == ""
    else:
        width = {"day": 10, "week": 10, "month": 7, "year": 4}[row.date_precision]
        assert len(row.event_date) == width


def test_undated_seed_has_only_unknown_gold_dates():
    undated = GOLD[GOLD.article_id.str.startswith("002")]
    assert len(undated) and set(undated.date_precision) == {"unknown"}


# ---------------------------------------------------------------------------------------------- scorer

def _pred(rows):
    return pd.DataFrame(rows, columns=["article_id", "actor", "code", "event_date", "date_precision",
                                       "evidence_start", "evidence_end"])


SCORER = [
    # gold rows, predicted rows, (tp, precision, recall, date_accuracy)
    ([("a", "Dmitry Peskov", "BLAME", "2022-05-18", "day", 0, 10)],
     [("a", "Dmitry Peskov", "BLAME", "2022-05-18", "day", 0, 10)], (1, 1.0, 1.0, 1.0)),
    ([("a", "Dmitry Peskov", "BLAME", "2022-05-18", "day", 0, 10)],
     [("a", "Peskov", "BLAME", "2022-05-17", "day", 0, 10)], (1, 1.0, 1.0, 0.0)),  # surname match, wrong day
    ([("a", "Dmitry Peskov", "BLAME", "2022-05", "month", 0, 10)],
     [("a", "Dmitry Peskov", "BLAME", "2022-05", "day", 0, 10)], (1, 1.0, 1.0, 0.0)),  # precision must agree
    ([("a", "Kremlin|Russia", "BLAME", "", "unknown", 0, 10)],
     [("a", "the Kremlin", "BLAME", "", "unknown", 0, 10)], (1, 1.0, 1.0, 1.0)),  # alternatives, "the"
    ([("a", "Dmitry Peskov", "BLAME", "", "unknown", 0, 10)],
     [("a", "Dmitry Peskov", "REJECT", "", "unknown", 0, 10), ("b", "Dmitry Peskov", "BLAME", "", "unknown", 0, 10)],
     (0, 0.0, 0.0, 0.0)),  # wrong code; right code in another article
    ([("a", "Dmitry Peskov", "BLAME", "", "unknown", 0, 10)] * 2,
     [("a", "Dmitry Peskov", "BLAME", "", "unknown", 0, 10)], (1, 1.0, 0.5, 1.0)),  # one-to-one matching
    ([("a", "Vladimir Putin", "PROPOSE", "", "unknown", 0, 10)],
     [("a", "Russia", "PROPOSE", "", "unknown", 0, 10)], (0, 0.0, 0.0, 0.0)),  # a state is not its leader
]


@pytest.mark.parametrize("gold,pred,expected", SCORER)
def test_score(gold, pred, expected):
    s = P.score(_pred(pred), _pred(gold))
    assert (s["tp"], s["precision"], s["recall"], s["date_accuracy"]) == expected


def test_gold_scores_perfectly_against_itself():
    s = P.score(GOLD, GOLD)
    assert (s["precision"], s["recall"], s["date_accuracy"]) == (1.0, 1.0, 1.0)


# ------------------------------------------------------------------------------------ pipeline on seeds

@pytest.fixture(scope="module")
def predicted() -> pd.DataFrame:
    from peacetalks.quotes import extract_quotes

    registry = P._default_registry()
    found = []
    for article_id, text in sorted(TEXTS.items()):
        published = PUBLISHED.get(article_id, "")
        quotes = extract_quotes(text, article_id=article_id, published=published or None, registry=registry)
        found += P.extract_positions(text, quotes, article_id=article_id, published=published, registry=registry)
    return P.positions_frame(found)


SEED_DATES = [  # (seed, actor, code, event_date, precision): the dates issue 5 asks for
    ("000", "Sergey Naryshkin", "BLAME", "2023-01-17", "day"),  # "told Tass on Tuesday"
    ("000", "Sergey Naryshkin", "TALKS_HELD", "2022-03", "month"),  # Istanbul "in late March"
    ("001", "Dmitry Peskov", "READY_TO_TALK", "2022-12", "month"),  # "At the end of December"
    ("003", "Vladimir Putin", "PROPOSE", "2025-05-11", "day"),  # offer "on Sunday"
    ("003", "Dmitry Peskov", "TALKS_HELD", "2025-05-15", "day"),  # delegation waiting "on Thursday"
    ("004", "Mykhailo Podolyak", "TALKS_STALLED", "2022-05-17", "day"),  # "On Tuesday" … "on hold"
    ("004", "Vladimir Medinsky", "PROPOSE", "2022-04-15", "day"),  # draft "sent … on April 15"
]


@pytest.mark.slow
@pytest.mark.parametrize("seed,actor,code,date,precision", SEED_DATES)
def test_seed_dates(predicted, seed, actor, code, date, precision):
    rows = predicted[predicted.article_id.str.startswith(seed) & (predicted.actor == actor) & (predicted.code == code)]
    assert (date, precision) in set(zip(rows.event_date, rows.date_precision))


@pytest.mark.slow
def test_november_in_001_dates_a_position(predicted):
    rows = predicted[predicted.article_id.str.startswith("001")]
    assert "2022-11" in set(rows.event_date)


@pytest.mark.slow
def test_undated_seed_gives_unknown_dates(predicted):
    rows = predicted[predicted.article_id.str.startswith("002")]
    assert len(rows) and set(rows.date_precision) == {"unknown"} and set(rows.event_date) == {""}


@pytest.mark.slow
def test_seed_scores_do_not_regress(predicted):
    """Floors a little under the measured values (docs/positions.md): a drop means a real regression."""
    s = P.score(predicted, GOLD)
    assert s["precision"] >= 0.8 and s["recall"] >= 0.55 and s["date_accuracy"] >= 0.8, s
