"""The round-10 hand audit of the quote engine on the negotiations corpus: CSV schema (always) and the script
(needs ../shared for the offset check; the tables run without it)."""
from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT / "data" / "reference" / "eval"
SHARED = ROOT.parent / "shared" / "corpus" / "negotiations_en.jsonl"
SCRIPT = ROOT / "benchmarks" / "audit_corpus_quotes.py"
# audit II (direct speakers): before and after the fixes, and a hold-out
DIRECT = ("corpus_direct_audit_before.csv", "corpus_direct_audit.csv", "corpus_direct_audit_holdout.csv")


def _rows(name: str) -> tuple[list[str], list[dict[str, str]]]:
    with open(EVAL / name, newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        return list(reader.fieldnames or []), list(reader)


@pytest.mark.parametrize("name, columns, flags", [
    ("corpus_quote_audit.csv",
     ["article_id", "start", "end", "kind", "content_ok", "speaker_ok", "actor_ok", "error_type", "note"],
     ("content_ok", "speaker_ok", "actor_ok")),
    ("corpus_quote_audit_holdout.csv",
     ["article_id", "start", "end", "kind", "content_ok", "speaker_ok", "actor_ok", "error_type", "note"],
     ("content_ok", "speaker_ok", "actor_ok")),
    *[(name, ["article_id", "start", "end", "kind", "content_ok", "speaker_ok", "actor_ok", "error_type", "note"],
       ("content_ok", "speaker_ok", "actor_ok")) for name in DIRECT],
    ("corpus_recall_audit.csv", ["article_id", "start", "end", "kind", "found", "note"], ("found",)),
])
def test_audit_csv_schema(name: str, columns: list[str], flags: tuple[str, ...]) -> None:
    header, rows = _rows(name)
    assert header == columns
    assert rows
    for r in rows:
        assert len(r["article_id"]) == 16 and all(c in "0123456789abcdef" for c in r["article_id"])
        assert 0 <= int(r["start"]) < int(r["end"])
        assert r["kind"] in ("direct", "mixed", "indirect")
        assert r[flags[0]] in ("0", "1")
        for flag in flags[1:]:
            assert r[flag] in ("0", "1", "")
        assert len(r["note"]) <= 160  # short notes in our own words, never article text


@pytest.mark.parametrize("name", ["corpus_quote_audit.csv", "corpus_quote_audit_holdout.csv", *DIRECT])
def test_audit_precision_rows_consistent(name: str) -> None:
    _, rows = _rows(name)
    for r in rows:
        if r["content_ok"] == "1" and r["speaker_ok"] == "1" and r["actor_ok"] == "1":
            assert not r["error_type"]
        if "0" in (r["content_ok"], r["speaker_ok"], r["actor_ok"]):
            assert r["error_type"]
        if r["speaker_ok"] == "":  # not an attribution: speaker and actor are not judged
            assert r["content_ok"] == "0" and r["actor_ok"] == ""


@pytest.mark.parametrize("args", [["--no-check"]] + ([[]] if SHARED.exists() else []))
def test_audit_script_runs(args: list[str]) -> None:
    res = subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True, cwd=ROOT,
                         timeout=300)
    assert res.returncode == 0, res.stderr
    assert "content_precision" in res.stdout and "content_recall" in res.stdout
    if args == [] and SHARED.exists():
        assert "Offset check" in res.stdout
