"""The round-10 hand audits of the quote engine on the negotiations corpus (``voices.CORPUS_AUDITS``): every CSV's
schema and judgments (always), their registration, and the script (needs ../shared for the offset check; the
tables run without it)."""
from __future__ import annotations

import csv
import json
import importlib.util
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


def _load(path: Path, name: str):
    """A benchmark script imported as a module (benchmarks/ is no package)."""
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


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
    with_stratified = voices.corpus_audit(root=tmp_path, samples={"x hold-out": "a.csv", "y hold-out": "b.csv",
                                                                  "stratified w hold-out": "c.csv"})
    pooled = with_stratified[with_stratified["sample"] == "hold-outs pooled (2 samples)"]
    assert pooled["n_quotes"].iloc[0] == 2  # a stratified hold-out is listed, never pooled
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
    import json

    import pandas as pd

    from peacetalks.quotes import cli_records

    mod = _load(SCRIPT, "audit_script")
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


HOLDOUT = "data/reference/eval/corpus_recall_audit_holdout.csv"
DRAW = ROOT / "benchmarks" / "draw_recall_holdout.py"
ALL_NEWS = SHARED.parent / "all_en.jsonl"


def test_recall_hold_out_csv() -> None:
    """Recall audit II (round 12): every attribution in 10 all-news articles, outside every other audit sample."""
    header, rows = _rows(HOLDOUT)
    assert header == RECALL_COLUMNS
    assert HOLDOUT in voices.CORPUS_AUDITS.values()
    name = next(n for n, rel in voices.CORPUS_AUDITS.items() if rel == HOLDOUT)
    assert "recall" in name and "hold-out" in name
    assert len(rows) == 134 and len({r["article_id"] for r in rows}) == 10
    assert sum(r["found"] == "1" for r in rows) == 92
    assert all(r["note"] for r in rows if r["found"] == "0")  # every miss says which construction was missed
    spans = [(r["article_id"], int(r["start"]), int(r["end"])) for r in rows]
    assert len(set(spans)) == len(spans)
    others = {r["article_id"] for rel in voices.CORPUS_AUDITS.values() if rel != HOLDOUT for r in _rows(rel)[1]}
    assert not others & {r["article_id"] for r in rows}  # a hold-out: no article judged in another audit
    recall = voices.corpus_audit()
    recall = recall[recall["sample"] == name].set_index(["metric", "kind"])
    assert recall.loc[("content_recall", "all"), ["numerator", "denominator"]].tolist() == [92, 134]


@pytest.mark.skipif(not ALL_NEWS.exists(), reason="needs ../shared/corpus/all_en.jsonl")
def test_recall_hold_out_draw_is_reproducible() -> None:
    mod = _load(DRAW, "draw_recall_holdout")
    drawn = mod.draw()
    assert {a["id"] for a in drawn} == {r["article_id"] for r in _rows(HOLDOUT)[1]}
    by_id = {a["id"]: a["text"] for a in drawn}
    for r in _rows(HOLDOUT)[1]:  # offsets inside the article (the text itself is never stored)
        assert int(r["end"]) <= len(by_id[r["article_id"]])


def test_recall_tables_are_pooled_apart_from_precision_tables(tmp_path: Path) -> None:
    precision = ",".join(PRECISION_COLUMNS) + "\n"
    recall = ",".join(RECALL_COLUMNS) + "\n"
    (tmp_path / "p.csv").write_text(precision + "0123456789abcdef,1,5,direct,1,1,1,,\n", encoding="utf-8")
    (tmp_path / "q.csv").write_text(precision + "fedcba9876543210,2,9,direct,1,0,0,pronoun,\n", encoding="utf-8")
    (tmp_path / "r1.csv").write_text(recall + "1111111111111111,1,5,direct,1,\n1111111111111111,8,20,indirect,0,x\n",
                                     encoding="utf-8")
    (tmp_path / "r2.csv").write_text(recall + "2222222222222222,3,7,mixed,1,\n", encoding="utf-8")
    one = voices.corpus_audit(root=tmp_path, samples={"p hold-out": "p.csv", "q hold-out": "q.csv",
                                                      "recall hold-out": "r1.csv"})
    pooled = one[one["sample"] == "hold-outs pooled (2 samples)"]
    assert pooled["n_quotes"].iloc[0] == 2 and pooled["n_articles"].iloc[0] == 2  # the recall rows stay out
    assert "content_recall" not in set(pooled["metric"])
    assert not one["sample"].str.startswith("recall hold-outs pooled").any()  # one recall table: nothing to pool
    two = voices.corpus_audit(root=tmp_path, samples={"p hold-out": "p.csv", "recall hold-out 1": "r1.csv",
                                                      "recall hold-out 2": "r2.csv"})
    rec = two[two["sample"] == "recall hold-outs pooled (2 samples)"].set_index(["metric", "kind"])
    assert rec.loc[("content_recall", "all"), ["numerator", "denominator"]].tolist() == [2, 3]
    assert set(rec.index.get_level_values("metric")) == {"content_recall"}
    assert not two["sample"].str.startswith("hold-outs pooled").any()  # one precision table: nothing to pool


def test_offset_check_keeps_recall_rows_found_by_overlap(tmp_path: Path) -> None:
    """Recall rows keep the hand-listed span: still found when an engine quote overlaps it by half the longer span."""
    import json

    import pandas as pd

    from peacetalks.quotes import cli_records

    mod = _load(SCRIPT, "audit_script")
    art = {"id": "0123456789abcdef", "text": 'Tom Okafor said on Monday that the ferries will sail again next week.'}
    (tmp_path / "all.jsonl").write_text(json.dumps(art) + "\n", encoding="utf-8")
    (q,) = cli_records(art)
    rows = [{"article_id": art["id"], "start": str(q["start"] + 4), "end": str(q["end"]), "kind": "indirect",
             "found": "1"},  # shorter than the engine span, overlap well above half
            {"article_id": art["id"], "start": "0", "end": "10", "kind": "indirect", "found": "1"},  # the name
            {"article_id": art["id"], "start": "0", "end": "10", "kind": "indirect", "found": "0"}]  # not checked
    stale = mod.stale_rows({"s": pd.DataFrame(rows)}, tmp_path / "none.jsonl", fallback=tmp_path / "all.jsonl")
    assert stale == [f"s: {art['id']} 0-10 indirect no longer output"]


RECALL3 = "data/reference/eval/corpus_recall3_audit.csv"
RECALL3_HOLDOUT = "data/reference/eval/corpus_recall3_audit_holdout.csv"
RECALL4 = "data/reference/eval/corpus_recall4_audit.csv"
RECALL4_HOLDOUT = "data/reference/eval/corpus_recall4_audit_holdout.csv"
RECALL5 = "data/reference/eval/corpus_recall5_audit.csv"
RECALL5_HOLDOUT = "data/reference/eval/corpus_recall5_audit_holdout.csv"
RECALL5_LISTED = "data/reference/eval/recall5_holdout_listed.csv"


@pytest.mark.parametrize("rel,n_rows,n_articles,n_found", [(RECALL3, 54, 4, 44), (RECALL3_HOLDOUT, 127, 8, 91),
                                                           (RECALL4, 61, 4, 47), (RECALL4_HOLDOUT, 145, 8, 111),
                                                           (RECALL5, 206, 12, 172), (RECALL5_HOLDOUT, 219, 12, 160)])
def test_recall3_and_4_csvs(rel, n_rows, n_articles, n_found) -> None:
    """Recall audits III (round 13), IV (round 14) and V (round 15): every attribution in the development and
    hold-out all-news articles."""
    header, rows = _rows(rel)
    assert header == RECALL_COLUMNS
    assert rel in voices.CORPUS_AUDITS.values()
    name = next(n for n, r in voices.CORPUS_AUDITS.items() if r == rel)
    assert "recall" in name and (("hold-out" in name) == (rel in (RECALL3_HOLDOUT, RECALL4_HOLDOUT, RECALL5_HOLDOUT)))
    assert len(rows) == n_rows and len({r["article_id"] for r in rows}) == n_articles
    assert sum(r["found"] == "1" for r in rows) == n_found
    assert all(r["note"] for r in rows if r["found"] == "0")  # every miss says which construction was missed
    spans = [(r["article_id"], int(r["start"]), int(r["end"])) for r in rows]
    assert len(set(spans)) == len(spans)
    others = {r["article_id"] for rel2 in voices.CORPUS_AUDITS.values() if rel2 != rel for r in _rows(rel2)[1]}
    assert not others & {r["article_id"] for r in rows}  # no article judged in another audit
    scores = voices.corpus_audit()
    scores = scores[scores["sample"] == name].set_index(["metric", "kind"])
    assert scores.loc[("content_recall", "all"), ["numerator", "denominator"]].tolist() == [n_found, n_rows]


def test_recall_hold_outs_pool_audits_two_to_five() -> None:
    scores = voices.corpus_audit()
    pooled = scores[scores["sample"].str.startswith("recall hold-outs pooled")].set_index(["metric", "kind"])
    assert pooled.loc[("content_recall", "all"), ["numerator", "denominator"]].tolist() == [
        92 + 91 + 111 + 160, 134 + 127 + 145 + 219]


def test_recall5_hold_out_list_was_fixed_before_the_judgments() -> None:
    """Recall audit V: the hold-out attributions committed before the engine ran (offsets, kind, speaker
    mention) are exactly the judged rows."""
    header, listed = _rows(RECALL5_LISTED)
    assert header == ["article_id", "start", "end", "kind", "speaker_start", "speaker_end"]
    judged = _rows(RECALL5_HOLDOUT)[1]
    assert [(r["article_id"], r["start"], r["end"], r["kind"]) for r in listed] == [
        (r["article_id"], r["start"], r["end"], r["kind"]) for r in judged]


@pytest.mark.skipif(not ALL_NEWS.exists(), reason="needs ../shared/corpus/all_en.jsonl")
@pytest.mark.parametrize("draw,frozen_name,dev_rel,holdout_rel", [
    ("draw_round13", "AUDITED_AT_DRAW_13", RECALL3, RECALL3_HOLDOUT),
    ("draw_round14", "AUDITED_AT_DRAW_14", RECALL4, RECALL4_HOLDOUT),
    ("draw_round15", "AUDITED_AT_DRAW_15", RECALL5, RECALL5_HOLDOUT)])
def test_recall_draws_are_reproducible(draw, frozen_name, dev_rel, holdout_rel) -> None:
    """Recall audits III, IV and V: the draw gives the audited ids (4 + 8, or 12 + 12 in round 15)."""
    mod = _load(DRAW, "draw_recall_holdout")
    dev, holdout = getattr(mod, draw)()
    for drawn, rel in ((dev, dev_rel), (holdout, holdout_rel)):
        assert {a["id"] for a in drawn} == {r["article_id"] for r in _rows(rel)[1]}
        by_id = {a["id"]: a["text"] for a in drawn}
        assert all(int(r["end"]) <= len(by_id[r["article_id"]]) for r in _rows(rel)[1])
    # the frozen exclusion list names registered audit CSVs only (audits drawn later are registered after it)
    frozen = set(getattr(mod, frozen_name))
    registered = {Path(rel).name for rel in voices.CORPUS_AUDITS.values()}
    assert frozen <= registered - {Path(dev_rel).name, Path(holdout_rel).name}


RANDOM_HOLDOUTS = [  # audit name in the script's RANDOM_DRAWS, judged table, committed draw
    ("XIV", "data/reference/eval/corpus_random14_audit_holdout.csv", "data/reference/eval/random14_holdout_drawn.csv"),
    ("XVI", "data/reference/eval/corpus_random16_audit_holdout.csv", "data/reference/eval/random16_holdout_drawn.csv"),
    ("XIX", "data/reference/eval/corpus_random19_audit_holdout.csv", "data/reference/eval/random19_holdout_drawn.csv"),
    ("XXI", "data/reference/eval/corpus_random21_audit_holdout.csv", "data/reference/eval/random21_holdout_drawn.csv"),
    ("XXII", "data/reference/eval/corpus_random22_audit_holdout.csv", "data/reference/eval/random22_holdout_drawn.csv"),
    ("XXIV", "data/reference/eval/corpus_random24_audit_holdout.csv", "data/reference/eval/random24_holdout_drawn.csv"),
    ("XX-holdout", "data/reference/eval/corpus_direct18_audit_holdout.csv",
     "data/reference/eval/direct18_holdout_drawn.csv"),
]


@pytest.mark.parametrize("audit, judged_rel, drawn_rel", RANDOM_HOLDOUTS)
def test_random_hold_out_matches_its_committed_draw(audit: str, judged_rel: str, drawn_rel: str) -> None:
    """Audits XIV (round 15), XVI (round 16), XIX (round 17), XX's hold-out, XXI (round 18), XXII and XXIV (round
    19): the judged rows are the drawn ids and offsets, in order, one per article, pooled as a random hold-out, and no
    drawn article was in a table or id list that existed at the draw."""
    mod = _load(SCRIPT, f"audit_script_{audit.lower()}")
    excluded, _seed, n, _kind = mod.RANDOM_DRAWS[audit]
    drawn, judged = _rows(drawn_rel)[1], _rows(judged_rel)[1]
    assert len(drawn) == n == len({r["article_id"] for r in drawn})
    assert [(r["article_id"], r["start"], r["end"], r["kind"]) for r in judged] == \
        [(r["article_id"], r["start"], r["end"], r["kind"]) for r in drawn]
    assert not {r["article_id"] for r in drawn} & mod.listed_ids(excluded)
    name = next(n for n, rel in voices.CORPUS_AUDITS.items() if rel == judged_rel)
    assert "hold-out" in name and voices.STRATIFIED not in name


def test_random_draw_exclusion_lists_grow() -> None:
    """Each later random audit leaves out everything the earlier one did, plus the earlier hold-out itself; every
    file it names exists."""
    mod = _load(SCRIPT, "audit_script_lists")
    xiv, xvi = mod.RANDOM_DRAWS["XIV"][0], mod.RANDOM_DRAWS["XVI"][0]
    assert set(xiv) < set(xvi) and "corpus_random14_audit_holdout.csv" in xvi
    assert all((ROOT / "data" / "reference" / "eval" / name).exists() for name in xvi)
    assert mod.RANDOM_DRAWS["XIV"][1:] == (20271515, 60, None) and mod.RANDOM_DRAWS["XVI"][1:] == (20271616, 60, None)
    xvii = mod.RANDOM_DRAWS["XVII"]
    assert set(xvi) < set(xvii[0]) and "corpus_random16_audit_holdout.csv" in xvii[0]
    assert all((ROOT / "data" / "reference" / "eval" / name).exists() for name in xvii[0])
    assert xvii[1:] == (20271617, 60, "mixed")
    xviii, xix = mod.RANDOM_DRAWS["XVIII"], mod.RANDOM_DRAWS["XIX"]
    assert set(xviii[0]) < set(xix[0]) and "corpus_ministry17_audit_holdout.csv" in xix[0]
    assert all((ROOT / "data" / "reference" / "eval" / name).exists() for name in xix[0])
    assert xix[1:] == (20271719, 60, None)
    xx, xx_hold = mod.RANDOM_DRAWS["XX"], mod.RANDOM_DRAWS["XX-holdout"]
    assert set(xix[0]) < set(xx[0]) < set(xx_hold[0]) and "corpus_random19_audit_holdout.csv" in xx[0]
    assert all((ROOT / "data" / "reference" / "eval" / name).exists() for name in xx_hold[0])
    assert xx[1:] == (20271820, 80, "direct") and xx_hold[1:] == (20271821, 60, "direct")
    xxi = mod.RANDOM_DRAWS["XXI"]
    assert set(xx_hold[0]) < set(xxi[0]) and "corpus_direct18_audit_holdout.csv" in xxi[0]
    assert all((ROOT / "data" / "reference" / "eval" / name).exists() for name in xxi[0])
    assert xxi[1:] == (20271921, 60, None)
    xxii = mod.RANDOM_DRAWS["XXII"]
    assert set(xxi[0]) < set(xxii[0]) and "corpus_random21_audit_holdout.csv" in xxii[0]
    assert all((ROOT / "data" / "reference" / "eval" / name).exists() for name in xxii[0])
    assert xxii[1:] == (20272022, 60, None)
    xxiii = mod.RANDOM_DRAWS["XXIII"]
    assert set(xxii[0]) < set(xxiii[0]) and "corpus_random22_audit_holdout.csv" in xxiii[0]
    assert all((ROOT / "data" / "reference" / "eval" / name).exists() for name in xxiii[0])
    assert xxiii[1:] == (20272023, 80, "direct")
    xxiv = mod.RANDOM_DRAWS["XXIV"]
    assert set(xxiii[0]) < set(xxiv[0]) and "corpus_direct19_audit_after.csv" in xxiv[0]
    assert all((ROOT / "data" / "reference" / "eval" / name).exists() for name in xxiv[0])
    assert xxiv[1:] == (20272024, 60, None)


def test_mixed_draw_xvii_matches_its_committed_ids() -> None:
    """Audit XVII (round 16, mixed-quote speakers): 60 mixed quotes in 60 articles, drawn before any fix, none in a
    table or id list that existed at the draw; the first 30 the development sample, the last 30 the hold-out."""
    mod = _load(SCRIPT, "audit_script_xvii")
    excluded, _seed, n, kind = mod.RANDOM_DRAWS["XVII"]
    drawn = _rows("data/reference/eval/mixed16_drawn.csv")[1]
    assert len(drawn) == n == len({r["article_id"] for r in drawn}) and {r["kind"] for r in drawn} == {kind}
    assert not {r["article_id"] for r in drawn} & mod.listed_ids(excluded)


def test_draw_random_cli_prints_the_draw(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``--draw-random OUTPUT --seed N --n K`` prints a CSV header and one row per drawn article."""
    mod = _load(SCRIPT, "audit_script_cli")
    records = [{"article_id": f"z{i}", "start": i, "end": i + 5, "kind": "direct", "nested_in": None}
               for i in range(4)]
    path = tmp_path / "out.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    assert mod.main(["--draw-random", str(path), "--seed", "3", "--n", "2"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "article_id,start,end,kind" and len(lines) == 3
    expect = mod.draw_random_quotes(path, skip=mod.listed_ids(mod.AUDITED_AT_DRAW_XVI), seed=3, n=2)
    assert lines[1:] == [f"{q['article_id']},{q['start']},{q['end']},direct" for q in expect]


@pytest.mark.parametrize("skip, expect_articles", [
    (set(), {"a1", "a2", "a3"}),
    ({"a2"}, {"a1", "a3"}),
    ({"a1", "a2", "a3"}, set()),  # everything audited: nothing drawn
])
def test_draw_random_quotes(tmp_path: Path, skip: set[str], expect_articles: set[str]) -> None:
    """One outermost quote per article outside ``skip``; nested quotes never drawn; the same seed, the same draw."""
    mod = _load(SCRIPT, "audit_script_draw")
    records = [{"article_id": "a1", "start": 0, "end": 9, "kind": "direct", "nested_in": None},
               {"article_id": "a1", "start": 2, "end": 5, "kind": "direct", "nested_in": 0},
               {"article_id": "a2", "start": 4, "end": 8, "kind": "indirect", "nested_in": None},
               {"article_id": "a2", "start": 20, "end": 30, "kind": "mixed", "nested_in": None},
               {"article_id": "a3", "start": 1, "end": 3, "kind": "mixed", "nested_in": None},
               {"article_id": "a4", "start": 1, "end": 3, "kind": "direct", "nested_in": 7}]  # nested only
    path = tmp_path / "out.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    got = mod.draw_random_quotes(path, skip=skip, seed=7, n=10)
    assert {q["article_id"] for q in got} == expect_articles
    assert all(q["nested_in"] is None for q in got)
    assert got == mod.draw_random_quotes(path, skip=skip, seed=7, n=10)
    assert len(mod.draw_random_quotes(path, skip=skip, seed=7, n=1)) == min(1, len(expect_articles))
    mixed = mod.draw_random_quotes(path, skip=skip, seed=7, n=10, kind="mixed")
    assert {q["article_id"] for q in mixed} == expect_articles & {"a2", "a3"} and {q["kind"] for q in mixed} <= {"mixed"}


def test_ministry_draw_xviii_matches_its_committed_ids() -> None:
    """Audit XVIII (round 17, side-less ministry speakers): 40 quotes in 40 articles whose speaker is a ministry
    with no country and no side, drawn before any fix, none in a table or id list that existed at the draw; the
    first 20 the development sample, the last 20 the hold-out (ids and offsets of both in the judged tables)."""
    mod = _load(SCRIPT, "audit_script_xviii")
    excluded, seed, n, kind = mod.RANDOM_DRAWS["XVIII"]
    assert (seed, n, kind) == (20271718, 40, None) and set(mod.AUDITED_AT_DRAW_XVII) < set(excluded)
    assert all((ROOT / "data" / "reference" / "eval" / name).exists() for name in excluded)
    drawn = _rows("data/reference/eval/ministry17_drawn.csv")[1]
    assert len(drawn) == n == len({r["article_id"] for r in drawn})
    assert not {r["article_id"] for r in drawn} & mod.listed_ids(excluded)
    dev = _rows("data/reference/eval/corpus_ministry17_audit.csv")[1]
    hold = _rows("data/reference/eval/corpus_ministry17_audit_holdout.csv")[1]
    key = ("article_id", "start", "end", "kind")
    assert [tuple(r[k] for k in key) for r in dev + hold] == [tuple(r[k] for k in key) for r in drawn]


@pytest.mark.parametrize("speaker, side, drawn", [
    ("Defense Ministry", None, True),
    ("ministry", None, True),
    ("MoD", None, True),
    ("Ministry of Defence", None, True),
    ("Russian Defence Ministry", "RU", False),  # a side: not in the stratum
    ("his ministry", None, False),  # a pronoun's ministry
    ("Jane Doe", None, False),
])
def test_draw_random_quotes_speaker_stratum(tmp_path: Path, speaker: str, side: str | None, drawn: bool) -> None:
    """``speaker``: only side-less quotes whose speaker matches the stratum in full are drawn."""
    mod = _load(SCRIPT, "audit_script_stratum")
    path = tmp_path / "out.jsonl"
    path.write_text(json.dumps({"article_id": "a1", "start": 0, "end": 9, "kind": "indirect", "nested_in": None,
                                "speaker": speaker, "side": side}) + "\n", encoding="utf-8")
    got = mod.draw_random_quotes(path, skip=set(), seed=1, n=5, speaker=mod.STRATA["XVIII"])
    assert bool(got) == drawn


def _direct_draw_rows(audit: str, drawn_csv: str, tables: tuple[str, ...]) -> list[dict]:
    """A direct-quote draw (audits XX, XXIII): as many direct quotes as articles, as the draw's size says, none in an
    earlier table or id list; each judged table holds exactly the drawn rows. Returns the drawn rows."""
    mod = _load(SCRIPT, f"audit_script_{audit.lower()}")
    excluded, _seed, n, kind = mod.RANDOM_DRAWS[audit]
    drawn = _rows(f"data/reference/eval/{drawn_csv}")[1]
    assert len(drawn) == n == len({r["article_id"] for r in drawn}) and {r["kind"] for r in drawn} == {kind}
    assert not {r["article_id"] for r in drawn} & mod.listed_ids(excluded)
    key = ("article_id", "start", "end", "kind")
    for rel in tables:
        assert [tuple(r[k] for k in key) for r in _rows(rel)[1]] == [tuple(r[k] for k in key) for r in drawn]
    return drawn


def test_direct_draw_xxiii_matches_its_committed_ids() -> None:
    """Audit XXIII (round 19, direct-quote speakers): 80 direct quotes in 80 articles drawn from the base output before
    any fix, none in an earlier table or id list; its judged tables are the drawn rows, registered as development
    samples (never pooled with the hold-outs)."""
    _direct_draw_rows("XXIII", "direct19_drawn.csv", DIRECT19_TABLES)
    for rel in DIRECT19_TABLES:
        name = next(n for n, r in voices.CORPUS_AUDITS.items() if r == rel)
        assert "hold-out" not in name and voices.STRATIFIED not in name


DIRECT19_TABLES = ("data/reference/eval/corpus_direct19_audit.csv",
                   "data/reference/eval/corpus_direct19_audit_after.csv")


def test_direct_draw_xx_matches_its_committed_ids() -> None:
    """Audit XX (round 18, direct-quote speakers): 80 direct quotes in 80 articles drawn from the base output before
    any fix (the development sample, judged before and after the fixes), then 60 hold-out articles whose ids were
    committed before any fix and whose quotes were drawn from the final output; none in an earlier table or id list."""
    drawn = _direct_draw_rows("XX", "direct18_drawn.csv", ("data/reference/eval/corpus_direct18_audit.csv",
                                                           "data/reference/eval/corpus_direct18_audit_after.csv"))
    ids = (ROOT / "data" / "reference" / "eval" / "direct18_holdout_ids.txt").read_text(encoding="utf-8").split()
    assert ids == [r["article_id"] for r in _rows("data/reference/eval/direct18_holdout_drawn.csv")[1]]
    assert not set(ids) & {r["article_id"] for r in drawn}


# round 19: the news judgments the confidence fit may use (benchmarks/fit_confidence.py): never a hold-out row, never
# another row of a hold-out's article, the latest judgment of a quote judged twice, no recall table, no blank judgment
FIT = ROOT / "benchmarks" / "fit_confidence.py"


def _judged(rows: list[tuple]) -> "pd.DataFrame":
    import pandas as pd

    return pd.DataFrame([dict(zip(PRECISION_COLUMNS, (*r, "", ""))) for r in rows], dtype=str)


@pytest.mark.parametrize("tables,expected", [
    ({"sample, before the fixes": [("a1", "0", "9", "direct", "1", "1", "1")]}, {("a1", 0, 9, "direct"): True}),
    ({"sample, before the fixes": [("a1", "0", "9", "direct", "1", "0", "0")]}, {("a1", 0, 9, "direct"): False}),
    ({"sample, before the fixes": [("a1", "0", "9", "direct", "0", "1", "1")]}, {("a1", 0, 9, "direct"): False}),
    ({"hold-out (judged after)": [("a1", "0", "9", "direct", "1", "1", "1")]}, {}),  # a hold-out row: never
    ({"sample, before the fixes": [("a1", "0", "9", "direct", "1", "1", "1")],  # its article is in a hold-out
      "hold-out (judged after)": [("a1", "20", "29", "indirect", "1", "1", "1")]}, {}),
    ({"sample, before the fixes": [("a1", "0", "9", "direct", "1", "0", "0")],  # the latest judgment wins
      "sample, re-judged after them": [("a1", "0", "9", "direct", "1", "1", "1")]}, {("a1", 0, 9, "direct"): True}),
    ({"sample, before the fixes": [("a1", "0", "9", "direct", "", "", "")]}, {}),  # not judged
])
def test_confidence_fit_uses_development_judgments_only(tables, expected) -> None:
    mod = _load(FIT, "fit_confidence")
    assert mod.development_judgments({n: _judged(rows) for n, rows in tables.items()}) == expected


def test_confidence_fit_skips_recall_tables() -> None:
    import pandas as pd

    mod = _load(FIT, "fit_confidence")
    recall = pd.DataFrame([{"article_id": "a1", "start": "0", "end": "9", "kind": "direct", "found": "1",
                            "note": ""}], dtype=str)
    assert mod.development_judgments({"recall: every attribution": recall}) == {}
