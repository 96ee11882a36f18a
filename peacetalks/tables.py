"""Reading and writing the study's tables: deterministic Parquet + CSV pairs, JSONL streams, reference CSVs."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import asdict, is_dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from peacetalks.paths import REFERENCE


def to_frame(records: Iterable[Any], *, columns: list[str] | None = None) -> pd.DataFrame:
    """Make a table from dataclass records or dicts (the one place records become tables)."""
    rows = [asdict(r) if is_dataclass(r) else dict(r) for r in records]
    return pd.DataFrame(rows, columns=columns) if columns else pd.DataFrame(rows)


def write_table(df: pd.DataFrame, path_stem: str | Path, *, formats: tuple[str, ...] = ("parquet", "csv")) -> list[Path]:
    """Write ``df`` as ``<stem>.parquet`` and ``<stem>.csv``; byte-identical for identical input."""
    stem = Path(path_stem)
    stem.parent.mkdir(parents=True, exist_ok=True)
    written = []
    df = df.reset_index(drop=True)
    if "parquet" in formats:
        path = stem.with_suffix(".parquet")
        df.to_parquet(path, index=False, compression="zstd")
        written.append(path)
    if "csv" in formats:
        path = stem.with_suffix(".csv")
        df.to_csv(path, index=False, lineterminator="\n")
        written.append(path)
    return written


def read_table(path_stem: str | Path) -> pd.DataFrame:
    """Read ``<stem>.parquet`` (preferred) or ``<stem>.csv``."""
    stem = Path(path_stem)
    parquet = stem.with_suffix(".parquet")
    return pd.read_parquet(parquet) if parquet.exists() else pd.read_csv(stem.with_suffix(".csv"))


def read_reference(name: str) -> pd.DataFrame:
    """Read a reviewed lookup table ``data/reference/<name>.csv`` (all columns as strings, blanks as '')."""
    return pd.read_csv(REFERENCE / f"{name}.csv", dtype=str, keep_default_na=False, comment=None)


def iter_jsonl(path: str | Path) -> Iterator[tuple[int, dict | None, str | None]]:
    """Yield ``(line_number, record, error)`` for each non-blank line; a bad line gives an error, not an exception."""
    with open(path, encoding="utf-8", errors="replace") as fh:
        for number, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                yield number, None, f"invalid JSON: {exc.msg} at column {exc.colno}"
                continue
            if not isinstance(record, dict):
                yield number, None, "line is not a JSON object"
                continue
            yield number, record, None


def write_jsonl(records: Iterable[dict], path: str | Path) -> int:
    """Write dicts one a line (UTF-8, keys in given order); return the count."""
    count = 0
    with open(path, "w", encoding="utf-8") as fh:
        for record in records:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count


def is_missing(value: Any) -> bool:
    """True for None and pandas/NumPy missing values (NaN, NA, NaT)."""
    if value is None:
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):  # lists/arrays are not "missing"
        return False


def quotes_by_article(quotes: pd.DataFrame | None) -> dict[str, list]:
    """``Quote`` records per article from the quotes table written by notebook 2 (missing values -> None)."""
    from dataclasses import fields

    from peacetalks.records import Quote

    names = [f.name for f in fields(Quote)]
    out: dict[str, list[Quote]] = {}
    if quotes is None or not len(quotes):
        return out
    for row in quotes.to_dict("records"):
        vals = {k: (None if k not in row or is_missing(row[k]) else row[k]) for k in names}
        for k in ("start", "end"):
            vals[k] = int(vals[k])
        for k in ("speaker_start", "speaker_end"):
            vals[k] = None if vals[k] is None else int(vals[k])
        vals["kind"] = vals["kind"] or "direct"
        vals["method"] = vals["method"] or ""
        vals["confidence"] = float(vals["confidence"] or 0.0)
        out.setdefault(str(row["article_id"]), []).append(Quote(**vals))
    return out
