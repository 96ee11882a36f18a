"""The batch interfaces named in the issues: subcommands, output fields, bad lines reported not fatal."""

import json
import subprocess
import sys

import pytest

from peacetalks.paths import SEEDS

FIELDS = {
    "quotes": ["article_id", "start", "end", "text", "kind", "speaker", "speaker_start", "speaker_end", "cue",
               "side", "nested_in", "confidence"],
    "frames": ["article_id", "frame", "start", "end", "speaker", "side", "target", "confidence"],
    "positions": ["article_id", "actor", "side", "code", "target", "issue", "event_date", "date_precision",
                  "evidence_start", "evidence_end"],
}
PUBLISHED = {"000": "2023-01-17", "001": "2022-12-26", "002": None, "003": "2025-05-13", "004": "2022-05-18"}


def _run(*args):
    return subprocess.run([sys.executable, "-m", "peacetalks", *map(str, args)], capture_output=True, text=True,
                          timeout=300)


@pytest.fixture(scope="module")
def seeds_jsonl(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "seeds.jsonl"
    lines = [json.dumps({"id": p.stem, "text": p.read_text(encoding="utf-8"), "published": PUBLISHED[p.stem[:3]],
                         "outlet": "seed"}) for p in sorted(SEEDS.glob("*.txt"))]
    lines += ["{not json", json.dumps({"id": "no-text"}), json.dumps({"id": "blank", "text": "  "})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.slow
@pytest.mark.parametrize("step", list(FIELDS))
def test_batch_step_fields_and_bad_lines(step, seeds_jsonl, tmp_path):
    out = tmp_path / f"{step}.jsonl"
    result = _run(step, "--input", seeds_jsonl, "--output", out)
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert rows, f"{step} found nothing in the five seeds"
    texts = {json.loads(line)["id"]: json.loads(line)["text"] for line in seeds_jsonl.read_text().splitlines()[:5]}
    for row in rows:
        assert list(row) == FIELDS[step]
        assert row["article_id"] in texts
    for bad in (":6: rejected: invalid JSON", ":7: rejected: missing 'text'", ":8: rejected: empty 'text'"):
        assert bad in result.stderr
    assert "5 articles in, 3 rejected" in result.stderr


def test_missing_input_is_a_clear_error(tmp_path):
    result = _run("quotes", "--input", tmp_path / "nope.jsonl", "--output", tmp_path / "o.jsonl")
    assert result.returncode == 2 and "is not a file" in result.stderr


FREEZE_PROBES = [
    # (what the child process runs, whether its first check finds objects frozen out of the cyclic collector)
    ("from peacetalks.quotes import extract_quotes; extract_quotes('Tom Brown said the port was calm.', article_id='a')", False),
    ("from peacetalks.quotes import batch_mode\nwith batch_mode(): print(gc.get_freeze_count() > 1000)", True),
    ("from peacetalks.quotes import batch_mode\nwith batch_mode(): pass", False),  # undone on leaving
]


@pytest.mark.parametrize("code,frozen", FREEZE_PROBES)
def test_only_batch_mode_freezes_the_collector(code, frozen):
    """gc.freeze is process-wide: the library functions never call it, the batch mode does while it lasts."""
    probe = f"import gc\n{code}\nprint(gc.get_freeze_count() > 1000)"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=300)
    assert out.stdout.split()[0] == str(frozen), out.stdout


GC_THRESHOLD_PROBES = [
    # (what the child process runs, the collector's first-generation threshold it prints last)
    ("from peacetalks.quotes import batch_mode\nwith batch_mode(): print(gc.get_threshold()[0])", 10_000),
    ("from peacetalks.quotes import batch_mode\nwith batch_mode(): pass", 700),  # Python's default comes back
    ("from peacetalks.quotes import extract_quotes; extract_quotes('Tom Brown said it.', article_id='a')", 700),
]


@pytest.mark.parametrize("code,threshold", GC_THRESHOLD_PROBES)
def test_only_batch_mode_raises_the_young_collection_threshold(code, threshold):
    """The batch mode lets the collector's first generation grow to 10,000 objects while it lasts (round 19)."""
    probe = f"import gc\n{code}\nprint(gc.get_threshold()[0])"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=300)
    assert int(out.stdout.split()[0]) == threshold, out.stdout
