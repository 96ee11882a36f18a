"""The verified milestones reference (data/reference/milestones.csv): schema, dates, key events."""

from __future__ import annotations

import csv
import re
from datetime import date
from pathlib import Path

import pytest

PATH = Path(__file__).resolve().parents[1] / "data" / "reference" / "milestones.csv"
COLUMNS = ["date", "date_precision", "actor", "side", "event", "milestone_type", "source", "verified",
           "verification_note"]
SIDES = {"RU", "UA", "US", "UK", "EU", "NATO", "TR", "CN", "UN", "BY", "other"}
TYPES = {"talks_round", "summit", "agreement", "agreement_lapsed", "draft_agreement", "proposal", "peace_plan",
         "third_party_plan", "ceasefire", "precondition", "rejection", "talks_stalled", "blame", "readiness",
         "annexation", "de_escalation", "legitimacy_challenge"}


def _rows() -> list[dict[str, str]]:
    with open(PATH, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        assert reader.fieldnames == COLUMNS
        return list(reader)


ROWS = _rows()


def test_row_count_kept():
    assert len(ROWS) == 41  # every row of the starting file kept, unverifiable ones marked, none dropped


@pytest.mark.parametrize("row", ROWS, ids=lambda r: f"{r['date']}-{r['actor'][:20]}")
def test_row_schema(row):
    precision = row["date_precision"]
    assert precision in {"day", "month", "year"}
    pattern = {"day": r"\d{4}-\d{2}-\d{2}", "month": r"\d{4}-\d{2}", "year": r"\d{4}"}[precision]
    assert re.fullmatch(pattern, row["date"]), row["date"]
    parts = [int(p) for p in row["date"].split("-")] + [1, 1]
    assert date(2022, 1, 1) <= date(*parts[:3]) <= date(2025, 12, 31)
    assert row["actor"].strip() and row["event"].strip()
    assert set(row["side"].split(";")) <= SIDES
    assert row["milestone_type"] in TYPES
    assert row["source"].startswith(("https://", "http://"))
    assert row["verified"] in {"yes", "corrected", "unverified"}
    if row["verified"] != "yes":
        assert row["verification_note"].strip()


def test_sorted_by_date():
    dates = [r["date"] for r in ROWS]
    assert dates == sorted(dates)


# the milestones issue 5 names, with their dates
KEY = [
    ("2022-03-29", "Istanbul"),
    ("2022-04-15", "draft"),
    ("2022-09-30", "annexation"),
    ("2022-10-04", "Decree"),
    ("2022-11-15", "peace formula"),
    ("2025-05-11", "Istanbul"),
    ("2025-05-16", "Istanbul"),
    ("2025-08-15", "Alaska"),
]


@pytest.mark.parametrize("day,word", KEY)
def test_key_milestones_present(day, word):
    assert any(r["date"] == day and word.lower() in r["event"].lower() for r in ROWS), (day, word)


def test_zelensky_decree_row_records_both_dates():
    decree = [r for r in ROWS if r["event"].lower().startswith("decree")]
    assert len(decree) == 1
    assert decree[0]["date"] == "2022-10-04" and "30 Sep 2022" in decree[0]["verification_note"]
