"""PolNeAR dev: the measured floor of the quote extractor, so that regressions fail (needs ../shared)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from peacetalks.evaluate import polnear_gold, score_quotes
from peacetalks.quotes import cli_records, mention_names

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DEV = SHARED / "polnear" / "dev.jsonl"
pytestmark = [pytest.mark.shared,
              pytest.mark.skipif(not DEV.exists(), reason="../shared not present")]

# Measured on dev with benchmarks/eval_polnear.py (docs/quotes.md), minus about one point of slack.
FLOOR = {
    ("content_precision", "all"): 0.915,
    ("content_precision", "direct"): 0.965,
    ("content_precision", "mixed"): 0.90,
    ("content_precision", "indirect"): 0.86,
    ("content_recall", "direct"): 0.95,
    ("content_recall", "mixed"): 0.715,
    ("content_recall", "indirect"): 0.38,
    ("content_recall", "all"): 0.518,
    ("speaker_accuracy", "direct"): 0.91,
    ("speaker_accuracy", "all"): 0.938,
    ("end_to_end", "all"): 0.488,
}


@pytest.fixture(scope="module")
def dev_table():
    texts, gold, pred = {}, [], []
    with open(DEV, encoding="utf-8") as fh:
        for line in fh:
            art = json.loads(line)
            texts[art["id"]] = art["text"]
            gold.extend(polnear_gold(art, name_speakers=mention_names))
            pred.extend(cli_records({"id": art["id"], "text": art["text"], "published": art.get("date")}))
    return score_quotes(gold, pred, texts).table()


@pytest.mark.parametrize("metric,kind", sorted(FLOOR))
def test_polnear_dev_floor(dev_table, metric, kind):
    row = dev_table[(dev_table.metric == metric) & (dev_table.kind == kind)].iloc[0]
    assert row.value >= FLOOR[(metric, kind)], f"{metric}/{kind} fell to {row.value:.3f}"
