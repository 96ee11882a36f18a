"""README's data dictionary against what the study really writes: data/processed tables, CLI fields, figures.

The dictionary is the "## Data dictionary" section of README.md: one ``### `name` `` heading per table (``### CLI
`step` `` for the batch CLI outputs, ``### Figures`` for figures/), each followed by a markdown table whose first
column names the columns (in backticks; several per cell allowed, e.g. `` `start`, `end` ``).
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from peacetalks.paths import ROOT

README = ROOT / "README.md"
PROCESSED = ROOT / "data" / "processed"
FIGURES = ROOT / "figures"
TYPES = {"str", "int", "float", "bool"}

_HEADING = re.compile(r"^###\s+(?:(?P<cli>CLI)\s+)?`(?P<name>[^`]+)`\s*$")


def dictionary_section(readme: str) -> str:
    """The text of README's ``## Data dictionary`` section (up to the next level-2 heading)."""
    match = re.search(r"^## Data dictionary[ \t]*$(?P<body>.*?)(?=^## |\Z)", readme, re.M | re.S)
    if match is None:
        raise ValueError("README has no '## Data dictionary' section")
    return match["body"]


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


def _names(cell: str) -> list[str]:
    return re.findall(r"`([^`]+)`", cell) or [n.strip() for n in cell.split(",") if n.strip()]


def parse_dictionary(readme: str) -> dict[tuple[str, str], dict]:
    """``{(kind, name): {"columns": {column: (type, meaning)}, "order": [...], "intro": str, "rows": [...]}}``.

    kind is ``table`` (a ``### `name` `` heading), ``cli`` (``### CLI `name` ``) or ``figures`` (``### Figures``;
    its rows are the figure rows, cells as written). Raises ValueError on a heading without a table, a table
    without the ``column | type | meaning`` header, a column documented twice, or a repeated heading.
    """
    out: dict[tuple[str, str], dict] = {}
    blocks = re.split(r"^(?=### )", dictionary_section(readme), flags=re.M)
    for block in blocks:
        lines = block.splitlines()
        if not lines or not lines[0].startswith("### "):
            continue
        heading = lines[0].strip()
        match = _HEADING.match(heading)
        if match:
            key = ("cli" if match["cli"] else "table", match["name"])
        elif heading == "### Figures":
            key = ("figures", "figures")
        else:
            raise ValueError(f"unexpected heading in the data dictionary: {heading!r}")
        if key in out:
            raise ValueError(f"{heading!r} appears twice")
        table = [ln for ln in lines[1:] if ln.lstrip().startswith("|")]
        if len(table) < 3:
            raise ValueError(f"{heading!r} has no table")
        header = [c.lower() for c in _cells(table[0])]
        intro = "\n".join(ln for ln in lines[1:] if ln.strip() and not ln.lstrip().startswith("|"))
        rows = [_cells(ln) for ln in table[2:]]
        entry = {"intro": intro, "rows": rows, "columns": {}, "order": []}
        if key[0] != "figures":
            if header != ["column", "type", "meaning"]:
                raise ValueError(f"{heading!r}: table header must be 'column | type | meaning', got {header}")
            for cells in rows:
                if len(cells) != 3:
                    raise ValueError(f"{heading!r}: row {cells} does not have 3 cells")
                for name in _names(cells[0]):
                    if name in entry["columns"]:
                        raise ValueError(f"{heading!r}: column {name!r} documented twice")
                    entry["columns"][name] = (cells[1], cells[2])
                    entry["order"].append(name)
        out[key] = entry
    return out


def csv_columns(path: Path) -> list[str]:
    """Header of a CSV file (works for header-only files)."""
    with open(path, encoding="utf-8", newline="") as fh:
        return next(csv.reader(fh), [])


def compare(documented: list[str], actual: list[str]) -> tuple[list[str], list[str]]:
    """(undocumented columns, stale documented columns)."""
    return [c for c in actual if c not in documented], [c for c in documented if c not in actual]


# ------------------------------------------------------------------------------------------ the parser itself

FAKE = """# Title

## Data dictionary

### `things`

One row per thing. Notebook 1.

| column | type | meaning |
|---|---|---|
| `thing_id` | str | id |
| `start`, `end` | int | span |

### CLI `things`

| column | type | meaning |
|---|---|---|
| `thing_id` | str | id |

### Figures

| figure | notebook | CSV columns | shows |
|---|---|---|---|
| `01_things` | 1 | `a`, `b` | things |

## Next section

### `not_in_dictionary`

| column | type | meaning |
|---|---|---|
| `x` | str | outside the section, ignored |
"""


def test_parser_reads_tables_cli_and_figures():
    parsed = parse_dictionary(FAKE)
    assert set(parsed) == {("table", "things"), ("cli", "things"), ("figures", "figures")}
    assert parsed[("table", "things")]["order"] == ["thing_id", "start", "end"]
    assert parsed[("table", "things")]["columns"]["end"] == ("int", "span")
    assert parsed[("cli", "things")]["order"] == ["thing_id"]
    assert parsed[("figures", "figures")]["rows"] == [["`01_things`", "1", "`a`, `b`", "things"]]


@pytest.mark.parametrize("actual, undocumented, stale", [
    (["thing_id", "start", "end"], [], []),
    (["thing_id", "start", "end", "fake_new_column"], ["fake_new_column"], []),  # undocumented column caught
    (["thing_id", "start"], [], ["end"]),  # stale entry caught
    ([], [], ["thing_id", "start", "end"]),
])
def test_compare_detects_undocumented_and_stale_columns(actual, undocumented, stale):
    documented = parse_dictionary(FAKE)[("table", "things")]["order"]
    assert compare(documented, actual) == (undocumented, stale)


@pytest.mark.parametrize("broken, message", [
    (FAKE.replace("## Data dictionary", "## Something else"), "no '## Data dictionary'"),
    (FAKE.replace("| column | type | meaning |", "| name | meaning |", 1), "header"),
    (FAKE.replace("| `start`, `end` | int | span |", "| `start`, `thing_id` | int | span |"), "twice"),
    (FAKE.replace("### CLI `things`", "### `things`"), "appears twice"),
    (FAKE.replace("### Figures", "### Some figures"), "unexpected heading"),
    (FAKE.replace("| `thing_id` | str | id |\n\n### Figures", "\n### Figures"), "no table"),
])
def test_parser_rejects_malformed_dictionaries(broken, message):
    with pytest.raises(ValueError, match=message):
        parse_dictionary(broken)


def test_csv_columns_reads_header_only_file(tmp_path):
    path = tmp_path / "empty.csv"
    path.write_text("a,b,c\n", encoding="utf-8")
    assert csv_columns(path) == ["a", "b", "c"]


# ------------------------------------------------------------------------------------------ the README

@pytest.fixture(scope="module")
def dictionary() -> dict:
    return parse_dictionary(README.read_text(encoding="utf-8"))


def _documented_tables() -> list[str]:
    try:
        parsed = parse_dictionary(README.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return sorted(name for kind, name in parsed if kind == "table")


TABLES = sorted(set(_documented_tables()) | {p.stem for p in PROCESSED.glob("*.csv")})


def test_readme_has_a_dictionary(dictionary):
    assert [n for k, n in dictionary if k == "table"], "no table documented"
    assert {n for k, n in dictionary if k == "cli"} == {"quotes", "frames", "positions"}


@pytest.mark.parametrize("name", TABLES)
def test_processed_table_matches_dictionary(name, dictionary):
    path = PROCESSED / f"{name}.csv"
    if ("table", name) not in dictionary:
        pytest.fail(f"data/processed/{name}.csv is not documented in README's data dictionary")
    if not path.exists():
        pytest.skip(f"data/processed/{name}.csv is absent (run the notebooks); cannot check '{name}'")
    documented = dictionary[("table", name)]["order"]
    undocumented, stale = compare(documented, csv_columns(path))
    assert not undocumented, f"{name}: columns missing from README's data dictionary: {undocumented}"
    assert not stale, f"{name}: README documents columns the table does not have: {stale}"
    parquet = path.with_suffix(".parquet")
    if parquet.exists():
        import pyarrow.parquet as pq

        assert pq.read_schema(parquet).names == csv_columns(path), f"{name}: Parquet and CSV columns differ"


@pytest.mark.parametrize("name", _documented_tables())
def test_table_entry_is_complete(name, dictionary):
    entry = dictionary[("table", name)]
    assert re.search(r"\bNotebook [1-4]\b", entry["intro"]), f"{name}: say which notebook writes it"
    assert re.search(r"\bone row per\b", entry["intro"], re.I), f"{name}: say what a row is"
    for column, (type_, meaning) in entry["columns"].items():
        assert set(re.split(r"\s+or\s+", type_)) <= TYPES | {"null"}, f"{name}.{column}: odd type {type_!r}"
        assert meaning, f"{name}.{column}: no meaning"


def test_cli_fields_match_test_cli(dictionary):
    from test_cli import FIELDS

    documented = {name: entry["order"] for (kind, name), entry in dictionary.items() if kind == "cli"}
    assert documented == FIELDS


@pytest.mark.parametrize("step", ["quotes", "frames", "positions"])
def test_cli_fields_match_the_code(step, dictionary):
    import importlib

    module = importlib.import_module(f"peacetalks.{step}")
    assert dictionary[("cli", step)]["order"] == list(module.CLI_KEYS)


def test_figures_match_dictionary(dictionary):
    rows = dictionary[("figures", "figures")]["rows"]
    documented = {_names(r[0])[0]: _names(r[2]) for r in rows}
    if not FIGURES.exists() or not any(FIGURES.glob("*.png")):
        pytest.skip("figures/ is absent (run the notebooks); cannot check figures")
    stems = {p.stem for p in FIGURES.glob("*.png")}
    assert sorted(stems - set(documented)) == [], "figures missing from README's data dictionary"
    assert sorted(set(documented) - stems) == [], "README documents figures that figures/ does not have"
    for stem, columns in documented.items():
        for suffix in (".csv", ".txt"):
            assert (FIGURES / f"{stem}{suffix}").exists(), f"figures/{stem}{suffix} missing"
        assert (FIGURES / f"{stem}.txt").read_text(encoding="utf-8").strip(), f"figures/{stem}.txt is empty"
        undocumented, stale = compare(columns, csv_columns(FIGURES / f"{stem}.csv"))
        assert not undocumented and not stale, f"{stem}.csv: undocumented {undocumented}, stale {stale}"
