"""Read articles from a folder (.txt + optional metadata.csv sidecar, saved .html pages) or a JSONL/CSV export,
clean them, flag near-duplicates and write tidy tables plus an ingest log that accounts for every input.

Entry point: ``run_ingest(path, out_dir)``. Bad input never stops a run: it is logged with a reason.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import time
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

from peacetalks.clean import TERMINAL, clean_text
from peacetalks.dedupe import cluster, find_duplicates, minhash
from peacetalks.paths import ROOT
from peacetalks.records import Article
from peacetalks.text import n_words, paragraphs

MAX_BYTES = 5_000_000
SIDECAR = "metadata.csv"
SIDECAR_ITEM = "(sidecar)"
SIDECAR_COLUMNS = ("file", "outlet", "url", "published", "date_source", "title", "byline", "notes")
TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
EXPORT_SUFFIXES = {".jsonl", ".csv"}
ARTICLE_COLUMNS = ["article_id", "outlet", "url", "published", "date_source", "title", "byline", "text", "n_words",
                   "raw_sha256", "source_path", "duplicate_of", "cluster_id"]
LOG_COLUMNS = ["source_path", "item", "article_id", "status", "reason"]
REMOVED_COLUMNS = ["article_id", "rule", "reason", "text", "start", "end"]
PARAGRAPH_COLUMNS = ["article_id", "paragraph_no", "start", "end", "text"]
DUPLICATE_COLUMNS = ["cluster_id", "article_id", "is_canonical", "duplicate_of", "similarity", "published", "outlet",
                     "n_words", "title"]


# ---------------------------------------------------------------- dates

_MONTHS = {name: n for n, names in enumerate(
    [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
     ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
     ("dec", "december")], start=1) for name in names}
_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?"
_TIME = r"(?:(?:[ T,]+|\s+at\s+)\d{1,2}[:.]\d{2}.*)?"
_DATE_FORMATS = [
    re.compile(r"^(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})" + _TIME + "$"),
    re.compile(r"^(?P<year>\d{4})/(?P<month>\d{1,2})/(?P<day>\d{1,2})" + _TIME + "$"),
    re.compile(r"^" + _WEEKDAY + r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r",?\s+(?P<year>\d{4})"
               + _TIME + "$", re.IGNORECASE),
    re.compile(r"^" + _WEEKDAY + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})" + _TIME + "$",
               re.IGNORECASE),
]
_NUMERIC = re.compile(r"^(?P<a>\d{1,2})[./-](?P<b>\d{1,2})[./-](?P<year>\d{2,4})" + _TIME + "$")
_URL_DATE = re.compile(r"/(?P<year>(?:19|20)\d{2})/(?P<month>\d{1,2})/(?P<day>\d{1,2})(?:/|$)")


def _iso(year: int, month: int, day: int, raw: str) -> str:
    try:
        return date(year, month, day).isoformat()
    except ValueError as exc:
        raise ValueError(f"invalid date {raw!r}: {exc}") from None


def parse_date(value: str) -> str:
    """Parse an ISO or otherwise unambiguous date to ``YYYY-MM-DD``; ``""`` for an empty value.

    Raises ValueError for unparseable input, two-digit years and day/month orders that cannot be told apart
    (``05/06/2022``).
    """
    raw = (value or "").strip()
    if not raw:
        return ""
    for pattern in _DATE_FORMATS:
        match = pattern.match(raw)
        if match:
            month = match["month"]
            if not month.isdigit():
                if month.lower() not in _MONTHS:
                    raise ValueError(f"unknown month name in date {raw!r}")
                month = _MONTHS[month.lower()]
            return _iso(int(match["year"]), int(month), int(match["day"]), raw)
    match = _NUMERIC.match(raw)
    if match:
        a, b, year = int(match["a"]), int(match["b"]), match["year"]
        if len(year) != 4:
            raise ValueError(f"two-digit year in date {raw!r}")
        if a > 12 >= b:
            return _iso(int(year), b, a, raw)
        if b > 12 >= a:
            return _iso(int(year), a, b, raw)
        if a == b:
            return _iso(int(year), a, b, raw)
        raise ValueError(f"ambiguous date {raw!r}: day/month order unknown")
    raise ValueError(f"unrecognised date {raw!r}")


def date_from_url(url: str) -> str:
    """Date written in a URL path (``/2022/05/18/``) or ``""``."""
    match = _URL_DATE.search(url or "")
    if not match:
        return ""
    try:
        return date(int(match["year"]), int(match["month"]), int(match["day"])).isoformat()
    except ValueError:
        return ""


def resolve_date(value: str, *, source: str, url: str = "") -> tuple[str, str]:
    """(published, date_source) from a metadata value, falling back to the URL; never raises."""
    note = ""
    try:
        published = parse_date(value)
    except ValueError as exc:
        published, note = "", f"rejected: {exc}"
    if published:
        return published, source or "metadata"
    from_url = date_from_url(url)
    if from_url:
        return from_url, "url" + (f" ({note})" if note else "")
    return "", note or "unknown"


# ---------------------------------------------------------------- outlets

@lru_cache(maxsize=1)
def _outlet_table() -> tuple[tuple[str, tuple[str, ...], re.Pattern | None], ...]:
    from peacetalks.tables import read_reference

    rows = []
    for row in read_reference("outlets").itertuples(index=False):
        domains = tuple(d.strip().lower() for d in row.domains.split("|") if d.strip())
        hint = re.compile(row.boilerplate, re.MULTILINE) if row.boilerplate.strip() else None
        rows.append((row.outlet, domains, hint))
    return tuple(rows)


def outlet_from_url(url: str) -> str:
    """Outlet whose domain (or a parent domain) hosts ``url``, from data/reference/outlets.csv; ``""`` if none."""
    match = re.match(r"^(?:[a-z][a-z0-9+.-]*:)?//([^/:?#]+)", (url or "").strip(), re.IGNORECASE)
    if not match:
        return ""
    host = match.group(1).lower()
    for outlet, domains, _ in _outlet_table():
        if any(host == d or host.endswith("." + d) for d in domains):
            return outlet
    return ""


def outlet_from_text(text: str) -> str:
    """Outlet whose boilerplate hint occurs in the raw text; ``""`` if none or if several outlets match."""
    hits = {outlet for outlet, _, hint in _outlet_table() if hint is not None and hint.search(text)}
    return hits.pop() if len(hits) == 1 else ""


# ---------------------------------------------------------------- decoding

def _plausible(text: str, *, cyrillic: bool) -> float:
    """Share of non-ASCII characters that look right for the candidate encoding."""
    odd = [i for i, ch in enumerate(text) if ord(ch) > 127]
    if not odd:
        return 1.0
    good = 0
    for i in odd:
        ch = text[i]
        near = text[max(0, i - 1):i] + text[i + 1:i + 2]
        if cyrillic:
            good += "\u0400" <= ch <= "\u04ff" and not any(c.isascii() and c.isalpha() for c in near)
        else:
            run = text[max(0, i - 2):i + 3]
            good += (ch.isalpha() and sum(ord(c) > 127 for c in run) <= 2) or ch in "‘’“”–—…€£°§«»·"
    return good / len(odd)


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode article bytes; return (text, encoding). Raises ValueError with the reason when it cannot.

    UTF-8 (with or without BOM) and UTF-16 with BOM are read as such; otherwise cp1251 or cp1252/latin-1 are
    accepted only when exactly one of them gives plausible text.
    """
    if not data.strip():
        raise ValueError("empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise ValueError("binary or corrupt file (UTF-16 BOM but undecodable)") from None
    if b"\x00" in data[:8192]:
        raise ValueError("binary file (NUL bytes)")
    try:
        text, encoding = data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError as exc:
        candidates = {}
        for name in ("cp1251", "cp1252"):
            try:
                candidates[name] = data.decode(name)
            except UnicodeDecodeError:
                continue
        if "cp1252" not in candidates:
            candidates["latin-1"] = data.decode("latin-1")
        good = [(n, t) for n, t in candidates.items() if _plausible(t, cyrillic=n == "cp1251") >= 0.9]
        if len(good) != 1:
            why = "no known encoding fits" if not good else "encoding ambiguous (" + "/".join(n for n, _ in good) + ")"
            raise ValueError(f"not UTF-8 (byte {exc.start}) and {why}") from None
        encoding, text = good[0]
    controls = sum(1 for ch in text[:20000] if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f\v")
    if controls > 0.05 * min(len(text), 20000):
        raise ValueError("binary file (control characters)")
    return text, encoding


# ---------------------------------------------------------------- inputs

@dataclass(slots=True)
class RawItem:
    """One article candidate read from an input, before cleaning."""

    source_path: str
    item: str
    article_id: str
    text: str
    raw_sha256: str
    outlet: str = ""
    url: str = ""
    date_value: str = ""
    date_source: str = ""
    title: str = ""
    byline: str = ""
    title_from_text: bool = False
    line: int = 0  # line number in an export (0 for files)
    site_name: str = ""  # from HTML metadata, used when the URL and boilerplate do not name the outlet
    notes: list[str] = field(default_factory=list)


@dataclass(slots=True)
class LogEntry:
    source_path: str
    item: str
    article_id: str
    status: str  # accepted | rejected | duplicate
    reason: str


def _display(path: Path) -> str:
    path = path.resolve()
    try:
        return path.relative_to(ROOT).as_posix()
    except ValueError:
        return path.as_posix()


def _read_sidecar(path: Path, folder_files: set[str], log: list[LogEntry]) -> dict[str, dict[str, str]]:
    """Rows of a metadata.csv sidecar by file name; bad rows are logged and skipped."""
    shown = _display(path)
    rows: dict[str, dict[str, str]] = {}
    try:
        text, _ = decode_bytes(path.read_bytes())
    except ValueError as exc:
        log.append(LogEntry(shown, "", "", "rejected", f"sidecar unreadable: {exc}"))
        return rows
    reader = csv.reader(io.StringIO(text))
    header = [h.strip().lower() for h in next(reader, [])]
    if "file" not in header:
        log.append(LogEntry(shown, "header", "", "rejected", "sidecar has no 'file' column; ignored"))
        return rows
    n_ok = 0
    for row in reader:
        item = f"row {reader.line_num}"
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            log.append(LogEntry(shown, item, "", "rejected",
                                f"malformed sidecar row: {len(row)} fields, expected {len(header)}"))
            continue
        record = {key: value.strip() for key, value in zip(header, row)}
        name = record.get("file", "")
        if not name:
            log.append(LogEntry(shown, item, "", "rejected", "malformed sidecar row: empty 'file'"))
        elif name in rows:
            log.append(LogEntry(shown, item, Path(name).stem, "rejected",
                                f"duplicate sidecar row for {name}; the first one is used"))
        elif name not in folder_files:
            log.append(LogEntry(shown, item, Path(name).stem, "rejected", f"sidecar row refers to missing file {name}"))
        else:
            rows[name] = record
            n_ok += 1
    log.append(LogEntry(shown, SIDECAR_ITEM, "", "accepted", f"sidecar: {n_ok} rows used"))
    return rows


def _read_html(text: str) -> dict[str, str]:
    import trafilatura

    doc = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False, include_tables=False,
                                      date_extraction_params={"extensive_search": False, "original_date": True})
    if doc is None:
        return {}
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    return {key: str(data.get(key) or "") for key in ("text", "title", "author", "url", "sitename", "date")}


def iter_folder(path: Path, log: list[LogEntry], *, max_bytes: int, show_progress: bool) -> Iterator[RawItem]:
    """Articles from a folder of .txt and .html files (+ optional metadata.csv)."""
    from tqdm import tqdm

    files = sorted(p for p in path.rglob("*") if p.is_file())
    names = {p.relative_to(path).as_posix() for p in files}
    sidecar_path = path / SIDECAR
    sidecar = _read_sidecar(sidecar_path, names, log) if sidecar_path.is_file() else {}
    for file in tqdm(files, desc=path.name, unit=" files", disable=not show_progress):
        if file == sidecar_path:
            continue
        name = file.relative_to(path).as_posix()
        shown, suffix = _display(file), file.suffix.lower()
        if any(part.startswith(".") for part in file.relative_to(path).parts):
            log.append(LogEntry(shown, name, "", "rejected", "hidden file ignored"))
            continue
        if suffix not in TEXT_SUFFIXES | HTML_SUFFIXES:
            log.append(LogEntry(shown, name, "", "rejected", f"unsupported file type {suffix or '(none)'}"))
            continue
        size = file.stat().st_size
        if size > max_bytes:
            log.append(LogEntry(shown, name, file.stem, "rejected", f"file too large ({size} bytes > {max_bytes})"))
            continue
        data = file.read_bytes()
        try:
            text, encoding = decode_bytes(data)
        except ValueError as exc:
            log.append(LogEntry(shown, name, file.stem, "rejected", str(exc)))
            continue
        meta = sidecar.get(name, {})
        item = RawItem(shown, name, file.stem, text, hashlib.sha256(data).hexdigest(), outlet=meta.get("outlet", ""),
                       url=meta.get("url", ""), date_value=meta.get("published", ""),
                       date_source=meta.get("date_source", ""), title=meta.get("title", ""),
                       byline=meta.get("byline", ""))
        if encoding != "utf-8":
            item.notes.append(f"decoded as {encoding}")
        if not meta:
            item.notes.append("no sidecar row")
        if suffix in HTML_SUFFIXES:
            page = _read_html(text)
            if not page.get("text", "").strip():
                log.append(LogEntry(shown, name, file.stem, "rejected", "no article text found in HTML"))
                continue
            item.text = page["text"]
            item.url = item.url or page["url"]
            item.title = item.title or page["title"]
            item.byline = item.byline or page["author"]
            if not item.date_value and page["date"]:
                item.date_value, item.date_source = page["date"], "html metadata (trafilatura/htmldate)"
            item.site_name = page["sitename"]
        else:
            item.title_from_text = not item.title
        yield item


_ID_KEYS, _DATE_KEYS = ("id", "article_id"), ("date", "published")


def _export_item(record: dict, shown: str, item: str, sha_source: str, *, max_bytes: int) -> RawItem:
    """RawItem from one export row; raises ValueError with the rejection reason."""
    key = next((k for k in _ID_KEYS if k in record), None)
    article_id = record.get(key) if key else None
    if isinstance(article_id, (int, float)) and not isinstance(article_id, bool):
        article_id = str(article_id)
    if not isinstance(article_id, str) or not article_id.strip():
        raise ValueError("row without id")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ValueError("row without text")
    if len(text.encode("utf-8")) > max_bytes:
        raise ValueError(f"text too large (> {max_bytes} bytes)")

    def field_(*names: str) -> str:
        value = next((record[n] for n in names if record.get(n) not in (None, "")), "")
        return value if isinstance(value, str) else str(value)

    return RawItem(shown, item, article_id.strip(), text, hashlib.sha256(sha_source.encode("utf-8")).hexdigest(),
                   outlet=field_("outlet", "source"), url=field_("url"), date_value=field_(*_DATE_KEYS),
                   date_source="export date column", title=field_("title"), byline=field_("byline", "author"))


def iter_jsonl(path: Path, log: list[LogEntry], *, max_bytes: int, show_progress: bool) -> Iterator[RawItem]:
    """Articles from a JSONL export, streamed line by line (bad lines logged)."""
    from tqdm import tqdm

    shown = _display(path)
    with open(path, "rb") as fh, tqdm(total=path.stat().st_size, desc=path.name, unit="B", unit_scale=True,
                                      disable=not show_progress) as bar:
        for number, raw in enumerate(fh, start=1):
            bar.update(len(raw))
            item = f"line {number}"
            if not raw.strip():
                continue
            try:
                line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                log.append(LogEntry(shown, item, "", "rejected", f"line is not valid UTF-8 (byte {exc.start})"))
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                log.append(LogEntry(shown, item, "", "rejected", f"invalid JSON: {exc.msg} at column {exc.colno}"))
                continue
            if not isinstance(record, dict):
                log.append(LogEntry(shown, item, "", "rejected", "line is not a JSON object"))
                continue
            try:
                raw_item = _export_item(record, shown, item, record.get("text") or "", max_bytes=max_bytes)
            except ValueError as exc:
                rid = record.get("id")
                log.append(LogEntry(shown, item, str(rid) if rid not in (None, "") else "", "rejected", str(exc)))
                continue
            raw_item.line = number
            yield raw_item


def iter_csv(path: Path, log: list[LogEntry], *, max_bytes: int, show_progress: bool) -> Iterator[RawItem]:
    """Articles from a CSV export with id/outlet/date/url/title/text columns, streamed row by row."""
    from tqdm import tqdm

    shown = _display(path)
    csv.field_size_limit(max(max_bytes * 2, 1 << 20))
    with open(path, encoding="utf-8-sig", errors="replace", newline="") as fh:
        reader = csv.DictReader(fh)
        header = [h.strip().lower() for h in reader.fieldnames or []]
        if "text" not in header or not any(k in header for k in _ID_KEYS):
            log.append(LogEntry(shown, "header", "", "rejected", "CSV export needs 'id' and 'text' columns"))
            return
        reader.fieldnames = header
        for row in tqdm(reader, desc=path.name, unit=" rows", disable=not show_progress):
            item = f"line {reader.line_num}"
            if None in row:
                log.append(LogEntry(shown, item, row.get("id") or "", "rejected", "malformed CSV row: too many fields"))
                continue
            if any("\ufffd" in (v or "") for v in row.values()):
                log.append(LogEntry(shown, item, row.get("id") or "", "rejected", "row is not valid UTF-8"))
                continue
            try:
                raw_item = _export_item(row, shown, item, row.get("text") or "", max_bytes=max_bytes)
            except ValueError as exc:
                log.append(LogEntry(shown, item, row.get("id") or "", "rejected", str(exc)))
                continue
            raw_item.line = reader.line_num
            yield raw_item


def iter_inputs(path: Path, log: list[LogEntry], *, max_bytes: int = MAX_BYTES,
                show_progress: bool = False) -> Iterator[RawItem]:
    """Dispatch on the input kind: folder, .jsonl or .csv export, or a single .txt/.html file."""
    path = Path(path)
    if not path.exists():
        raise ValueError(f"input {path} does not exist")
    if path.is_dir():
        yield from iter_folder(path, log, max_bytes=max_bytes, show_progress=show_progress)
    elif path.suffix.lower() == ".jsonl":
        yield from iter_jsonl(path, log, max_bytes=max_bytes, show_progress=show_progress)
    elif path.suffix.lower() == ".csv":
        yield from iter_csv(path, log, max_bytes=max_bytes, show_progress=show_progress)
    else:
        raise ValueError(f"unsupported input {path.name}: give a folder of .txt/.html files or a .jsonl/.csv export")


# ---------------------------------------------------------------- the run

@dataclass(slots=True)
class IngestResult:
    """What one ingest run wrote and how many inputs went where."""

    out_dir: Path
    n_inputs: int
    n_accepted: int
    n_rejected: int
    n_duplicates: int
    n_clusters: int
    n_removed: int
    seconds: float
    tables: dict[str, Path] = field(default_factory=dict)

    def summary(self, *, timing: bool = True) -> str:
        """One line for humans; ``timing=False`` leaves out the run time (for committed notebooks)."""
        took = f"{self.seconds:.1f} s; " if timing else ""
        return (f"ingest: {self.n_inputs} inputs -> {self.n_accepted} articles accepted "
                f"({self.n_duplicates} near-duplicates in {self.n_clusters} clusters), {self.n_rejected} rejected; "
                f"{self.n_removed} boilerplate spans removed; {took}tables in {_display(self.out_dir)}")


def _guess_title(raw: str, cleaned: str) -> str:
    """First cleaned paragraph when it reads like a headline (short, no final punctuation, blank line after)."""
    if "\n\n" not in raw.replace("\r\n", "\n"):
        return ""
    first, _, rest = cleaned.partition("\n\n")
    if rest and len(first) <= 150 and not first.endswith(TERMINAL) and len(first.split()) >= 3:
        return first
    return ""


def build_article(item: RawItem) -> tuple[Article | None, list[dict], list[dict], str]:
    """Clean one item; return (article or None, paragraph rows, removal rows, log reason)."""
    cleaned = clean_text(item.text)
    removed = [{"article_id": item.article_id, "rule": r.rule, "reason": r.reason, "text": r.text,
                "start": r.start, "end": r.end} for r in cleaned.removals]
    if not cleaned.text.strip():
        rules = sorted({r.rule for r in cleaned.removals})
        return None, [], removed, "nothing left after cleaning (removed by: " + ", ".join(rules) + ")"
    notes = list(item.notes)
    outlet = item.outlet
    if not outlet:
        outlet = outlet_from_url(item.url)
        if outlet:
            notes.append("outlet from URL domain")
        else:
            outlet = outlet_from_text(item.text)
            if outlet:
                notes.append("outlet from boilerplate")
            elif item.site_name:
                outlet = item.site_name
                notes.append("outlet from HTML site name")
            else:
                notes.append("outlet unknown")
    published, date_source = resolve_date(item.date_value, source=item.date_source, url=item.url)
    if date_source.startswith("rejected") or "(rejected" in date_source:
        notes.append("date " + date_source)
    title = item.title or (_guess_title(item.text, cleaned.text) if item.title_from_text else "")
    article = Article(
        article_id=item.article_id, outlet=outlet, url=item.url, published=published, date_source=date_source,
        title=title, byline=item.byline or cleaned.byline, text=cleaned.text, n_words=n_words(cleaned.text),
        raw_sha256=item.raw_sha256, source_path=f"{item.source_path}:{item.line}" if item.line else item.source_path,
    )
    paras = [{"article_id": item.article_id, "paragraph_no": n, "start": p.start, "end": p.end, "text": p.text}
             for n, p in enumerate(paragraphs(cleaned.text), start=1)]
    return article, paras, removed, "; ".join(notes)


class StreamTable:
    """Write a table in batches as ``<stem>.parquet`` (zstd) + ``<stem>.csv``, the formats of ``write_table``.

    Memory stays bounded by ``batch`` rows; the output is byte-identical for identical input.
    """

    def __init__(self, stem: Path, schema, *, csv_too: bool = True, batch: int = 2000,
                 dictionary: tuple[str, ...] = ()) -> None:
        import pyarrow.parquet as pq

        self.schema, self.batch, self.rows, self.n = schema, batch, [], 0
        self.parquet = stem.with_suffix(".parquet")
        # small row groups and no dictionary pages for free-text columns keep the writer's memory bounded
        self.writer = pq.ParquetWriter(self.parquet, schema, compression="zstd", use_dictionary=list(dictionary))
        self.csv = stem.with_suffix(".csv") if csv_too else None
        self.csv_fh = open(self.csv, "w", encoding="utf-8", newline="") if csv_too else None
        if self.csv_fh:
            self.csv_fh.write(",".join(schema.names) + "\n")

    def add(self, row: dict) -> None:
        self.rows.append(row)
        if len(self.rows) >= self.batch:
            self.flush()

    def flush(self) -> None:
        import pandas as pd
        import pyarrow as pa

        if not self.rows:
            return
        self.writer.write_table(pa.Table.from_pylist(self.rows, schema=self.schema))
        if self.csv_fh:
            pd.DataFrame(self.rows, columns=self.schema.names).to_csv(self.csv_fh, header=False, index=False,
                                                                      lineterminator="\n")
        self.n += len(self.rows)
        self.rows = []

    def close(self) -> Path:
        self.flush()
        self.writer.close()
        if self.csv_fh:
            self.csv_fh.close()
        return self.parquet


def _schemas() -> dict:
    import pyarrow as pa

    def schema(columns: list[str], ints: set[str] = frozenset(), bools: set[str] = frozenset()):
        return pa.schema([(c, pa.int64() if c in ints else pa.bool_() if c in bools else pa.string()) for c in columns])

    return {
        "articles": schema(ARTICLE_COLUMNS, {"n_words"}),
        "paragraphs": schema(PARAGRAPH_COLUMNS, {"paragraph_no", "start", "end"}),
        "removed": schema(REMOVED_COLUMNS, {"start", "end"}),
    }


@dataclass(slots=True)
class _Meta:
    """What deduplication needs of an accepted article (its text is already on disk)."""

    published: str
    n_words: int
    outlet: str
    title: str
    log_row: int


def run_ingest(path: Path, out_dir: Path, *, show_progress: bool = False, max_bytes: int = MAX_BYTES,
               dedupe_threshold: float = 0.6) -> IngestResult:
    """Ingest ``path`` (folder, .jsonl or .csv) into ``out_dir``: articles, paragraphs, removed, duplicates, log.

    Streams: articles, paragraphs and removals go to disk in batches as they are read; only ids, dates, lengths
    and MinHash signatures stay in memory until deduplication, which then fills ``duplicate_of``/``cluster_id``
    in a second pass over the spooled articles.
    """
    import pyarrow.parquet as pq

    from peacetalks.tables import to_frame, write_table

    started = time.perf_counter()
    path, out_dir = Path(path), Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    schemas = _schemas()
    spool = StreamTable(out_dir / "_articles_spool", schemas["articles"], csv_too=False, batch=250)
    paragraph_table = StreamTable(out_dir / "paragraphs", schemas["paragraphs"], batch=5000)
    removed_table = StreamTable(out_dir / "removed", schemas["removed"], dictionary=("rule", "reason"))
    log: list[LogEntry] = []
    meta: dict[str, _Meta] = {}
    signatures = {}
    seen: dict[str, str] = {}
    try:
        for item in iter_inputs(path, log, max_bytes=max_bytes, show_progress=show_progress):
            if item.article_id in seen:
                log.append(LogEntry(item.source_path, item.item, item.article_id, "rejected",
                                    f"duplicate id {item.article_id!r} (first seen at {seen[item.article_id]})"))
                continue
            article, paras, removed, reason = build_article(item)
            for row in removed:
                removed_table.add(row)
            if article is None:
                log.append(LogEntry(item.source_path, item.item, item.article_id, "rejected", reason))
                continue
            seen[item.article_id] = f"{item.source_path} {item.item}".strip()
            spool.add({name: getattr(article, name) for name in ARTICLE_COLUMNS})
            for row in paras:
                paragraph_table.add(row)
            signatures[article.article_id] = minhash(article.text)
            meta[article.article_id] = _Meta(article.published, article.n_words, article.outlet, article.title,
                                             len(log))
            log.append(LogEntry(item.source_path, item.item, item.article_id, "accepted", reason))
    except ValueError as exc:  # the input itself is unusable (missing, unsupported)
        log.append(LogEntry(_display(path), "", "", "rejected", str(exc)))
    spool_path = spool.close()
    tables = {"paragraphs": paragraph_table.close(), "removed": removed_table.close()}

    pairs = find_duplicates(signatures, threshold=dedupe_threshold)
    clusters = cluster(pairs, published={k: m.published for k, m in meta.items()},
                       length={k: m.n_words for k, m in meta.items()})
    duplicate_rows, canonical_of = [], {}
    for group in clusters:
        for member in group.members:
            info = meta[member]
            canonical_of[member] = group.canonical
            sim = 1.0 if member == group.canonical else round(
                float((signatures[member] == signatures[group.canonical]).mean()), 4)
            if member != group.canonical:
                entry = log[info.log_row]
                entry.status = "duplicate"
                entry.reason = "; ".join(x for x in (f"near-duplicate of {group.canonical} (estimated Jaccard "
                                                     f"{sim:.2f}); kept with duplicate_of set", entry.reason) if x)
            duplicate_rows.append({"cluster_id": group.canonical, "article_id": member,
                                   "is_canonical": member == group.canonical,
                                   "duplicate_of": "" if member == group.canonical else group.canonical,
                                   "similarity": sim, "published": info.published, "outlet": info.outlet,
                                   "n_words": info.n_words, "title": info.title})

    articles_table = StreamTable(out_dir / "articles", schemas["articles"], batch=250,
                                 dictionary=("outlet", "date_source"))
    for batch in pq.ParquetFile(spool_path).iter_batches(batch_size=250):
        for row in batch.to_pylist():
            canonical = canonical_of.get(row["article_id"], row["article_id"])
            row["cluster_id"] = canonical
            row["duplicate_of"] = "" if canonical == row["article_id"] else canonical
            articles_table.add(row)
    tables["articles"] = articles_table.close()
    spool_path.unlink()
    tables["duplicates"] = write_table(to_frame(duplicate_rows, columns=DUPLICATE_COLUMNS), out_dir / "duplicates")[0]
    tables["ingest_log"] = write_table(to_frame(log, columns=LOG_COLUMNS), out_dir / "ingest_log",
                                       formats=("csv",))[0]
    statuses = [entry.status for entry in log if entry.item != SIDECAR_ITEM]
    return IngestResult(
        out_dir=out_dir, n_inputs=len(statuses), n_accepted=len(meta),
        n_rejected=sum(s == "rejected" for s in statuses),
        n_duplicates=sum(1 for k, c in canonical_of.items() if k != c), n_clusters=len(clusters),
        n_removed=removed_table.n, seconds=time.perf_counter() - started, tables=tables,
    )


# ---------------------------------------------------------------- summaries for the notebook

def removed_by_rule(removed, articles=None):
    """Cleaning removals per rule: spans, articles touched, characters, share of all raw characters, an example."""
    import pandas as pd

    if removed.empty:
        return pd.DataFrame(columns=["rule", "spans", "articles", "chars", "example", "reason"])
    table = (removed.assign(chars=removed.text.str.len())
             .groupby("rule", as_index=False)
             .agg(spans=("rule", "size"), articles=("article_id", "nunique"), chars=("chars", "sum"),
                  example=("text", "first"), reason=("reason", "first"))
             .sort_values(["spans", "rule"], ascending=[False, True], ignore_index=True))
    table["example"] = table.example.str.replace(r"\s+", " ", regex=True).str.slice(0, 90)
    return table


def articles_by_month(articles, *, top: int = 8):
    """Canonical (non-duplicate) dated articles per month and outlet; smaller outlets grouped as 'other'."""
    import pandas as pd

    canon = articles[(articles.duplicate_of == "") & (articles.published != "")]
    keep = canon.outlet.replace("", "unknown").value_counts().index[:top]
    outlet = canon.outlet.replace("", "unknown").where(lambda s: s.isin(keep), "other")
    table = (pd.DataFrame({"month": canon.published.str.slice(0, 7), "outlet": outlet})
             .value_counts().rename("articles").reset_index().sort_values(["month", "outlet"], ignore_index=True))
    return table


def plot_articles_by_month(table, *, n_undated: int = 0):
    """Stacked bars: canonical dated articles per month, coloured by outlet."""
    import matplotlib.pyplot as plt

    from peacetalks.plots import short_label

    wide = table.pivot_table(index="month", columns="outlet", values="articles", aggfunc="sum", fill_value=0)
    wide = wide[wide.sum().sort_values(ascending=False).index]
    if not wide.empty:  # every month between the first and the last, so gaps in time show as gaps
        import pandas as pd
        from matplotlib.ticker import MaxNLocator

        months = pd.period_range(wide.index.min(), wide.index.max(), freq="M").strftime("%Y-%m")
        wide = wide.reindex(months, fill_value=0)
    fig, ax = plt.subplots(figsize=(10, 4.2))
    ax.yaxis.set_major_locator(MaxNLocator(integer=True)) if not wide.empty else None
    if not wide.empty:
        wide.plot.bar(stacked=True, ax=ax, width=0.85, colormap="tab10")
        handles, labels = ax.get_legend_handles_labels()
        labels = [short_label(label) for label in labels]
        ax.legend(handles, labels, title="outlet", fontsize=8, title_fontsize=8, loc="upper left",
                  bbox_to_anchor=(1.0, 1.0))
        ax.set_ylim(0, wide.sum(axis=1).max() * 1.08)
    ax.set_xlabel("month published")
    ax.set_ylabel("articles")
    step = max(1, len(wide) // 24)
    ax.set_xticks(range(0, len(wide), step), [m for i, m in enumerate(wide.index) if i % step == 0], rotation=90)
    ax.set_title(f"Articles by month and outlet (N = {int(wide.values.sum())} dated, canonical copies; "
                 f"{n_undated} undated shown apart)", fontsize=10)
    fig.tight_layout()
    return fig


def word_counts(articles):
    """Word counts per outlet (canonical copies): articles, median, min, max, total words."""
    canon = articles[articles.duplicate_of == ""].assign(outlet=lambda d: d.outlet.replace("", "unknown"))
    return (canon.groupby("outlet", as_index=False)
            .agg(articles=("n_words", "size"), median_words=("n_words", "median"), min_words=("n_words", "min"),
                 max_words=("n_words", "max"), total_words=("n_words", "sum"))
            .sort_values(["articles", "outlet"], ascending=[False, True], ignore_index=True))
