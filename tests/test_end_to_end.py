"""The whole study on the seed sample, into a temporary run folder: notebooks execute, report renders."""

import hashlib
import shutil

import pytest

from peacetalks.paths import SEEDS
from peacetalks.report import build_report, notebook_sources
from peacetalks.tables import read_table


def _digest(folder):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.mark.slow
def test_seed_study_runs_end_to_end(tmp_path):
    before = _digest(SEEDS)
    corpus = tmp_path / "seeds"
    shutil.copytree(SEEDS, corpus)
    report = build_report(corpus=corpus, run_dir=tmp_path / "run", log=lambda *a: None)
    assert _digest(SEEDS) == before, "raw inputs must never be edited"

    page = report.read_text(encoding="utf-8")
    sources = notebook_sources()
    assert [p.name[:2] for p in sources] == ["01", "02", "03", "04"]
    for source in sources:
        assert f'id="{source.stem}"' in page
    assert page.count("data:image/png;base64,") >= 6
    assert "Traceback" not in page and "Error" not in page.split("<nav")[0]

    processed = tmp_path / "run" / "data" / "processed"
    articles = read_table(processed / "articles")
    assert sorted(articles.article_id) == sorted(p.stem for p in SEEDS.glob("*.txt"))
    for table in ("quotes", "frames", "positions"):
        assert len(read_table(processed / table)) > 0, table
    assert list((tmp_path / "run" / "figures").glob("*.png"))
