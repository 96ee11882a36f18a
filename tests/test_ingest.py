"""Ingestion: readers, dates, outlets, the bad-input suite, seeds and determinism."""

import json
from itertools import islice
from pathlib import Path

import pandas as pd
import pytest

from peacetalks.ingest import (
    date_from_url, decode_bytes, outlet_from_text, outlet_from_url, parse_date, run_ingest,
)
from peacetalks.paths import SEEDS

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
BODY = ("Kremlin aide Peskov told reporters on Wednesday that the talks with Kyiv were going nowhere. "
        "Ukraine's lead negotiator said the talks were on hold.")


def _log(out: Path) -> pd.DataFrame:
    return pd.read_csv(out / "ingest_log.csv", dtype=str, keep_default_na=False)


def _articles(out: Path) -> pd.DataFrame:
    return pd.read_parquet(out / "articles.parquet")


# ---------------------------------------------------------------- dates

@pytest.mark.parametrize("value,expected", [
    ("2022-05-18", "2022-05-18"),
    ("2022-05-18T10:31:00+03:00", "2022-05-18"),
    ("2022/5/8", "2022-05-08"),
    ("18 May 2022", "2022-05-18"),
    ("Wednesday, 18 May 2022", "2022-05-18"),
    ("May 18, 2022", "2022-05-18"),
    ("Sept. 3, 2022", "2022-09-03"),
    ("18/05/2022", "2022-05-18"),  # day > 12: only one reading
    ("05/18/2022", "2022-05-18"),
    ("06/06/2022", "2022-06-06"),
    ("", ""),
])
def test_parse_date(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize("value,message", [
    ("05/06/2022", "ambiguous"),
    ("5.6.2022", "ambiguous"),
    ("05/06/22", "two-digit year"),
    ("2022-02-30", "invalid date"),
    ("18 Mai 2022", "unknown month"),
    ("last Tuesday", "unrecognised"),
    ("2022", "unrecognised"),
])
def test_parse_date_rejects(value, message):
    with pytest.raises(ValueError, match=message):
        parse_date(value)


@pytest.mark.parametrize("url,expected", [
    ("https://www.themoscowtimes.com/2022/05/18/kremlin-accuses-kyiv-a77719", "2022-05-18"),
    ("https://www.rt.com/russia/570012-ukraine-us-uk-naryshkin/", ""),
    ("https://example.com/2022/13/45/x", ""),
    ("", ""),
])
def test_date_from_url(url, expected):
    assert date_from_url(url) == expected


# ---------------------------------------------------------------- outlets and decoding

@pytest.mark.parametrize("url,outlet", [
    ("https://www.rt.com/russia/570012-ukraine/", "RT"),
    ("https://www.themoscowtimes.com/2022/05/18/x", "The Moscow Times"),
    ("http://edition.cnn.com/2022/x", "CNN"),
    ("https://notrt.com/x", ""),
    ("https://example.org/rt.com", ""),
    ("not a url", ""),
])
def test_outlet_from_url(url, outlet):
    assert outlet_from_url(url) == outlet


@pytest.mark.parametrize("text,outlet", [
    ("Lede here Read Full Article at RT.com\nLede here", "RT"),
    ("Support The Moscow Times!\n\nBody.", "The Moscow Times"),
    ("RT reported that talks stalled.", ""),  # a mention is not boilerplate
    (BODY, ""),
])
def test_outlet_from_text(text, outlet):
    assert outlet_from_text(text) == outlet


@pytest.mark.parametrize("data,text,encoding", [
    ("Talks — “on hold”".encode("utf-8"), "Talks — “on hold”", "utf-8"),
    ("\ufeffTalks".encode("utf-8"), "Talks", "utf-8"),
    ("Переговоры зашли в тупик, заявил Песков.".encode("cp1251"), "Переговоры зашли в тупик, заявил Песков.", "cp1251"),
    ("The café in Zürich – déjà vu.".encode("cp1252"), "The café in Zürich – déjà vu.", "cp1252"),
    ("Talks".encode("utf-16"), "Talks", "utf-16"),
])
def test_decode_known_encodings(data, text, encoding):
    assert decode_bytes(data) == (text, encoding)


@pytest.mark.parametrize("data,message", [
    (b"", "empty file"),
    (b"  \n\t ", "empty file"),
    (b"PK\x03\x04\x00\x00binary", "binary file"),
    (b"abc\xe0\xe1\xe2\xe3def ghi\xe4\xe5\xe6jkl", "not UTF-8"),
    (bytes(range(1, 32)) * 20, "binary file"),
])
def test_decode_rejects(data, message):
    with pytest.raises(ValueError, match=message):
        decode_bytes(data)


# ---------------------------------------------------------------- bad input suite

@pytest.fixture
def messy_folder(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(f"A headline about the talks\n\n{BODY}\n\nRead more", encoding="utf-8")
    (folder / "ambiguous_date.txt").write_text(BODY.replace("Wednesday", "Monday"), encoding="utf-8")
    (folder / "from_url.txt").write_text(BODY.replace("Kremlin", "The Kremlin's"), encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (folder / "cyrillic.txt").write_bytes(("Песков заявил, что переговоры с Киевом не продвигаются. " * 3).encode("cp1251"))
    (folder / "undecodable.txt").write_bytes(b"abc\xe0\xe1\xe2\xe3def ghi\xe4\xe5\xe6jkl")
    (folder / "huge.txt").write_text(BODY * 40, encoding="utf-8")
    (folder / "only_boilerplate.txt").write_text("Advertisement\n\nRead more\n\nSupport The Moscow Times!", encoding="utf-8")
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4")
    (folder / "good.html").write_text("<html><body><p>duplicate stem</p></body></html>", encoding="utf-8")
    (folder / "metadata.csv").write_text(
        "file,outlet,url,published,date_source,title,byline,notes\n"
        "good.txt,,https://www.rt.com/russia/1-x/,18 May 2022,publisher page,,,\n"
        "ambiguous_date.txt,Test Outlet,,05/06/2022,sidecar,,,\n"
        "from_url.txt,,https://www.themoscowtimes.com/2022/05/18/x-a1,,,,,\n"
        "good.txt,Other,,2020-01-01,,,,duplicate row\n"
        "missing.txt,RT,,2022-01-01,,,,\n"
        "broken.txt,RT,,2022-01-01,,,,,extra,fields\n",
        encoding="utf-8")
    return folder


def test_bad_inputs_logged_and_run_continues(messy_folder, tmp_path):
    result = run_ingest(messy_folder, tmp_path / "out", max_bytes=2000)
    log = _log(tmp_path / "out")
    reasons = {row.item: (row.status, row.reason) for row in log.itertuples()}
    expected = {
        "empty.txt": "empty file",
        "binary.txt": "binary file",
        "undecodable.txt": "not UTF-8",
        "huge.txt": "file too large",
        "only_boilerplate.txt": "nothing left after cleaning",
        "notes.pdf": "unsupported file type .pdf",
        "good.txt": "duplicate id 'good'",  # good.html comes first in sorted order
    }
    for item, fragment in expected.items():
        status, reason = reasons[item]
        assert status == "rejected" and fragment in reason, (item, reason)
    sidecar = log[log.source_path.str.endswith("metadata.csv")]
    assert sidecar.reason.str.contains("duplicate sidecar row").any()
    assert sidecar.reason.str.contains("missing file missing.txt").any()
    assert sidecar.reason.str.contains("malformed sidecar row").any()
    arts = _articles(tmp_path / "out").set_index("article_id")
    assert set(arts.index) == {"ambiguous_date", "from_url", "cyrillic", "good"}
    assert arts.loc["ambiguous_date", "published"] == ""
    assert "ambiguous" in arts.loc["ambiguous_date", "date_source"]
    assert (arts.loc["from_url", "published"], arts.loc["from_url", "date_source"]) == ("2022-05-18", "url")
    assert arts.loc["from_url", "outlet"] == "The Moscow Times"
    assert "Песков" in arts.loc["cyrillic", "text"]
    assert "accepted" in set(log.status) and result.n_accepted == 4
    assert result.n_rejected == (log.status == "rejected").sum()
    assert "4 articles accepted" in result.summary()
    # every file in the folder is accounted for
    assert {p.name for p in messy_folder.iterdir()} - {"metadata.csv"} <= set(log.item)


def test_export_rows(tmp_path):
    rows = [
        json.dumps({"id": "a1", "outlet": "", "date": "2022-05-18", "url": "https://www.rt.com/x/", "title": "T",
                    "text": BODY}),
        json.dumps({"id": "a2", "outlet": "BBC", "date": "", "url": "", "title": "", "text": ""}),
        json.dumps({"id": "a3", "outlet": "BBC", "date": "2022-05-18"}),
        "{not json",
        json.dumps(["a", "list"]),
        json.dumps({"id": "a1", "text": "another text with the same id"}),
        json.dumps({"outlet": "BBC", "text": BODY}),
        "",
        json.dumps({"id": 7, "outlet": "BBC", "date": "05/06/2022", "text": BODY.replace("talks", "meetings")}),
    ]
    path = tmp_path / "export.jsonl"
    path.write_bytes(("\n".join(rows) + "\n").encode("utf-8") + b'{"id": "bad", "text": "\xff\xfe"}\n')
    run_ingest(path, tmp_path / "out")
    log = _log(tmp_path / "out").set_index("item")
    assert log.loc["line 1", "status"] == "accepted"
    for line, fragment in [(2, "row without text"), (3, "row without text"), (4, "invalid JSON"),
                           (5, "not a JSON object"), (6, "duplicate id 'a1'"), (7, "row without id"),
                           (10, "not valid UTF-8")]:
        assert log.loc[f"line {line}", "status"] == "rejected" and fragment in log.loc[f"line {line}", "reason"]
    assert "line 8" not in log.index  # blank lines are not inputs
    arts = _articles(tmp_path / "out").set_index("article_id")
    assert arts.loc["a1", "outlet"] == "RT"  # inferred from the URL
    assert arts.loc["a1", "source_path"].endswith("export.jsonl:1")
    assert arts.loc["7", "published"] == "" and "ambiguous" in arts.loc["7", "date_source"]


def test_csv_export(tmp_path):
    path = tmp_path / "export.csv"
    pd.DataFrame([
        {"id": "c1", "outlet": "RT", "date": "2022-05-18", "url": "", "title": "t", "text": BODY},
        {"id": "c2", "outlet": "RT", "date": "2022-05-18", "url": "", "title": "t", "text": ""},
        {"id": "c1", "outlet": "RT", "date": "2022-05-18", "url": "", "title": "t", "text": "x y z"},
    ]).to_csv(path, index=False)
    result = run_ingest(path, tmp_path / "out")
    log = _log(tmp_path / "out")
    assert list(log.status) == ["accepted", "rejected", "rejected"]
    assert "row without text" in log.reason[1] and "duplicate id" in log.reason[2]
    assert result.n_accepted == 1


def test_html_folder(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    paragraph = "<p>" + BODY + " " + BODY.replace("Peskov", "the spokesman") + "</p>"
    (folder / "page.html").write_text(
        "<html><head><title>Kremlin says talks stalled</title>"
        '<link rel="canonical" href="https://www.themoscowtimes.com/2022/05/18/kremlin-talks-a1">'
        '<meta property="article:published_time" content="2022-05-18T10:00:00Z"></head>'
        f"<body><article><h1>Kremlin says talks stalled</h1>{paragraph}{paragraph.replace('Wednesday', 'Tuesday')}"
        "</article></body></html>", encoding="utf-8")
    (folder / "empty_page.html").write_text("<html><body></body></html>", encoding="utf-8")
    (folder / "undated.html").write_text(f"<html><head><title>No date</title></head><body><article>{paragraph}"
                                         f"{paragraph}</article></body></html>", encoding="utf-8")
    run_ingest(folder, tmp_path / "out")
    arts = _articles(tmp_path / "out").set_index("article_id")
    assert arts.loc["page", "outlet"] == "The Moscow Times"
    assert arts.loc["page", "published"] == "2022-05-18"
    assert arts.loc["page", "title"] == "Kremlin says talks stalled"
    assert "Peskov" in arts.loc["page", "text"]
    assert (arts.loc["undated", "published"], arts.loc["undated", "date_source"]) == ("", "unknown")  # not guessed
    log = _log(tmp_path / "out").set_index("item")
    assert log.loc["empty_page.html", "status"] == "rejected"


def test_missing_input_is_logged(tmp_path):
    result = run_ingest(tmp_path / "nope.jsonl", tmp_path / "out")
    assert result.n_accepted == 0
    assert "does not exist" in _log(tmp_path / "out").reason[0]


def test_near_duplicates_flagged(tmp_path):
    story = " ".join([BODY] * 3)
    rows = [{"id": "late", "date": "2022-05-19", "text": story + " Agencies contributed reporting."},
            {"id": "early", "date": "2022-05-18", "text": story.replace("on Wednesday", "on Wednesday morning")},
            {"id": "other", "date": "2022-05-18", "text": "Grain ships left Odesa under a UN-brokered deal, "
                                                          "officials said, easing fears of a food crisis."}]
    path = tmp_path / "d.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    result = run_ingest(path, tmp_path / "out")
    arts = _articles(tmp_path / "out").set_index("article_id")
    assert arts.loc["late", "duplicate_of"] == "early" and arts.loc["early", "duplicate_of"] == ""
    assert arts.loc["late", "cluster_id"] == arts.loc["early", "cluster_id"] == "early"
    assert arts.loc["other", "cluster_id"] == "other"
    assert result.n_duplicates == 1
    assert _log(tmp_path / "out").set_index("article_id").loc["late", "status"] == "duplicate"


# ---------------------------------------------------------------- seeds and determinism

def test_seeds(tmp_path):
    result = run_ingest(SEEDS, tmp_path / "out")
    assert result.n_accepted == 5 and result.n_rejected == 0
    arts = _articles(tmp_path / "out").set_index("article_id")
    assert list(arts.index) == [p.stem for p in sorted(SEEDS.glob("*.txt"))]
    assert arts.loc["002_49bc5ceda81e1ee2", "published"] == ""  # stays undated
    assert arts.loc["003_4bbb6c6f8e298a3a", "published"] == "2025-05-13"
    assert (arts.outlet != "").all()
    assert arts.loc["001_f7fd658a330aa63f", "byline"] == "Alexander Karpov, Alena Medvedeva, RT"
    text = "\n".join(arts.text)
    for gone in ("© AFP", "Gettyimages", "READ MORE", "Read Full Article", "Support The Moscow Times",
                 "stay tuned to our Telegram", "AFP contributed reporting", "Maxim Guchek / BELTA"):
        assert gone not in text
    lede = "Ukraine’s inability to negotiate, however, makes it hard to predict"
    assert arts.loc["003_4bbb6c6f8e298a3a", "text"].count(lede) == 1
    paras = pd.read_parquet(tmp_path / "out" / "paragraphs.parquet")
    for row in paras.itertuples():
        assert arts.loc[row.article_id, "text"][row.start:row.end] == row.text
    removed = pd.read_parquet(tmp_path / "out" / "removed.parquet")
    for row in removed.itertuples():  # removal offsets point into the raw file
        raw = (SEEDS / f"{row.article_id}.txt").read_text(encoding="utf-8")
        assert raw[row.start:row.end] == row.text
    assert (SEEDS / "000_d7ee3c1017732ecb.txt").read_bytes().count("© AFP".encode()) == 1  # raw untouched


def test_two_runs_are_byte_identical(tmp_path):
    outputs = []
    for name in ("one", "two"):
        run_ingest(SEEDS, tmp_path / name)
        outputs.append({p.name: p.read_bytes() for p in sorted((tmp_path / name).iterdir())})
    assert outputs[0] == outputs[1]
    assert {"articles.parquet", "articles.csv", "paragraphs.parquet", "removed.csv", "duplicates.csv",
            "ingest_log.csv"} <= set(outputs[0])


@pytest.mark.shared
@pytest.mark.skipif(not (SHARED / "corpus" / "all_en.jsonl").exists(), reason="../shared not present")
def test_corpus_sample(tmp_path):
    sample = tmp_path / "sample.jsonl"
    with open(SHARED / "corpus" / "all_en.jsonl", encoding="utf-8") as fh:
        sample.write_text("".join(islice(fh, 300)), encoding="utf-8")
    result = run_ingest(sample, tmp_path / "out")
    log = _log(tmp_path / "out")
    assert len(log) == 300 and result.n_accepted >= 290
    assert (_articles(tmp_path / "out").n_words > 0).all()


def test_progress_bar_only_when_asked(tmp_path, capsys):
    path = tmp_path / "e.jsonl"
    path.write_text(json.dumps({"id": "a", "text": BODY}) + "\n", encoding="utf-8")
    run_ingest(path, tmp_path / "quiet")
    assert "e.jsonl" not in capsys.readouterr().err
    run_ingest(path, tmp_path / "loud", show_progress=True)
    assert "e.jsonl" in capsys.readouterr().err
