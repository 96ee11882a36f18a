"""The round-10 reported-speech audit (indirect and mixed quotes on the negotiations corpus): CSV schema and
consistency; the sample is registered in ``voices.CORPUS_AUDITS``."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from peacetalks import voices

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT / "data" / "reference" / "eval"
COLUMNS = ["article_id", "start", "end", "kind", "content_ok", "speaker_ok", "actor_ok", "error_type", "note"]
# (content, speaker, actor): speaker and actor are judged only on attributions; blank both when not one
JUDGMENTS = {(c, s, a) for c in "01" for s in "01" for a in "01"} | {("0", "", "")}
NAMES = ["corpus_reported_audit.csv", "corpus_reported_audit_after.csv", "corpus_reported_audit_holdout.csv"]


def _rows(name: str) -> tuple[list[str], list[dict[str, str]]]:
    with open(EVAL / name, newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        return list(reader.fieldnames or []), list(reader)


@pytest.mark.parametrize("name", NAMES)
def test_reported_audit_schema(name: str) -> None:
    header, rows = _rows(name)
    assert header == COLUMNS
    assert len(rows) == 50 if name == "corpus_reported_audit.csv" else 30 <= len(rows) <= 50
    assert {r["kind"] for r in rows} == {"indirect", "mixed"}
    for r in rows:
        assert len(r["article_id"]) == 16 and all(c in "0123456789abcdef" for c in r["article_id"])
        assert 0 <= int(r["start"]) < int(r["end"]) and len(r["note"]) <= 160  # own words, never article text
        flags = (r["content_ok"], r["speaker_ok"], r["actor_ok"])
        assert flags in JUDGMENTS, flags
        assert bool(r["error_type"]) == ("0" in flags)  # an error type exactly when something is wrong


def test_reported_audit_registered() -> None:
    for name in NAMES:
        assert f"data/reference/eval/{name}" in voices.CORPUS_AUDITS.values()
    table = voices.corpus_audit()
    assert "reported-speech sample (rules then fixed on it)" in set(table["sample"])
