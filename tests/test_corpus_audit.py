"""The round-10 hand audits of the quote engine on the negotiations corpus (``voices.CORPUS_AUDITS``): every CSV's
schema and judgments (always), their registration, and the script (needs ../shared for the offset check; the
tables run without it)."""
from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest

from peacetalks import voices

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT / "data" / "reference" / "eval"
SHARED = ROOT.parent / "shared" / "corpus" / "negotiations_en.jsonl"
SCRIPT = ROOT / "benchmarks" / "audit_corpus_quotes.py"
PRECISION_COLUMNS = ["article_id", "start", "end", "kind", "content_ok", "speaker_ok", "actor_ok", "error_type",
                     "note"]
RECALL_COLUMNS = ["article_id", "start", "end", "kind", "found", "note"]
# (content, speaker, actor): speaker and actor are judged only on attributions; both blank when it is none
JUDGMENTS = {(c, s, a) for c in "01" for s in "01" for a in "01"} | {("0", "", "")}


def _rows(rel: str) -> tuple[list[str], list[dict[str, str]]]:
    with open(ROOT / rel, newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        return list(reader.fieldnames or []), list(reader)


@pytest.mark.parametrize("rel", list(voices.CORPUS_AUDITS.values()))
def test_audit_csv_schema_and_judgments(rel: str) -> None:
    header, rows = _rows(rel)
    recall = "found" in header
    assert header == (RECALL_COLUMNS if recall else PRECISION_COLUMNS)
    assert rows
    for r in rows:
        assert len(r["article_id"]) == 16 and all(c in "0123456789abcdef" for c in r["article_id"])
        assert 0 <= int(r["start"]) < int(r["end"])
        assert r["kind"] in ("direct", "mixed", "indirect")
        assert len(r["note"]) <= 160  # short notes in our own words, never article text
        if recall:
            assert r["found"] in ("0", "1")
            continue
        flags = (r["content_ok"], r["speaker_ok"], r["actor_ok"])
        assert flags in JUDGMENTS, flags
        assert bool(r["error_type"]) == ("0" in flags)  # an error type exactly when something is wrong


def test_every_audit_csv_is_registered() -> None:
    on_disk = {f"data/reference/eval/{p.name}" for p in EVAL.glob("corpus_*audit*.csv")}
    assert on_disk == set(voices.CORPUS_AUDITS.values())
    assert set(voices.CORPUS_AUDITS) < set(voices.corpus_audit()["sample"])  # plus the pooled hold-outs


def test_corpus_audit_pools_the_hold_outs(tmp_path: Path) -> None:
    header = ",".join(PRECISION_COLUMNS) + "\n"
    (tmp_path / "a.csv").write_text(header + "0123456789abcdef,1,5,direct,1,1,1,,\n", encoding="utf-8")
    (tmp_path / "b.csv").write_text(header + "fedcba9876543210,2,9,direct,1,0,0,pronoun,\n", encoding="utf-8")
    (tmp_path / "c.csv").write_text(header + "fedcba9876543210,2,9,direct,0,0,0,span,\n", encoding="utf-8")
    t = voices.corpus_audit(root=tmp_path, samples={"x hold-out": "a.csv", "y hold-out": "b.csv", "z sample": "c.csv"})
    pooled = t[(t["sample"] == "hold-outs pooled (2 samples)") & (t["kind"] == "all")].set_index("metric")
    assert pooled.loc["speaker_accuracy", ["numerator", "denominator"]].tolist() == [1, 2]  # z is not pooled
    assert pooled["n_articles"].iloc[0] == 2
    assert voices.corpus_audit(root=tmp_path, samples={"none": "missing.csv"}).empty
    assert voices.wide_audit(voices.corpus_audit(root=tmp_path, samples={})) is None
    wide = voices.wide_audit(t)
    assert wide.loc[("hold-outs pooled (2 samples)", "speaker_accuracy"), "all"].startswith("50.0 % (1/2)")


@pytest.mark.parametrize("args", [["--no-check"]] + ([[]] if SHARED.exists() else []))
def test_audit_script_runs(args: list[str]) -> None:
    res = subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True, cwd=ROOT,
                         timeout=300)
    assert res.returncode == 0, res.stderr
    assert "content_precision" in res.stdout and "content_recall" in res.stdout
    if args == []:  # (only run where ../shared exists)
        assert "Offset check" in res.stdout


def test_offset_check_reads_the_fallback_corpus(tmp_path: Path) -> None:
    """Audit V drew from all war news: articles missing from the negotiations file are read from all_en.jsonl."""
    import importlib.util
    import json

    import pandas as pd

    from peacetalks.quotes import cli_records

    spec = importlib.util.spec_from_file_location("audit_script", SCRIPT)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    art_a = {"id": "0123456789abcdef", "text": 'Tom Okafor said: "The ferries will sail on Monday."'}
    art_b = {"id": "fedcba9876543210", "text": '"The port stays shut," Jane Doe said on Friday.'}
    (tmp_path / "neg.jsonl").write_text(json.dumps(art_a) + "\n", encoding="utf-8")
    (tmp_path / "all.jsonl").write_text(json.dumps(art_a) + "\n" + json.dumps(art_b) + "\n", encoding="utf-8")
    rows = [{"article_id": a["id"], "start": str(q["start"]), "end": str(q["end"]), "kind": q["kind"]}
            for a in (art_a, art_b) for q in cli_records(a)]
    samples = {"s": pd.DataFrame(rows)}
    assert len(rows) == 2
    assert mod.stale_rows(samples, tmp_path / "neg.jsonl", fallback=tmp_path / "all.jsonl") == []
    assert len(mod.stale_rows(samples, tmp_path / "neg.jsonl")) == 1  # no fallback: the second is not found
