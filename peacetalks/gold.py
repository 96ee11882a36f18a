"""Seed gold quotes (``data/reference/gold/quotes_seeds.jsonl``): loading, validation and offset mapping.

The gold is annotated on the raw seed files (``data/raw/<article_id>.txt``) so it does not depend on how
ingestion cleans them; the pipeline's quotes have offsets into the cleaned article text. :func:`map_to_text`
moves each gold record onto another text (the cleaned one) by searching its exact strings, nearest to where they
were, and says which records did not survive cleaning (e.g. a quote inside a removed teaser). The annotation
rules are in ``docs/gold_quotes_guide.md``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from peacetalks.paths import GOLD, SEEDS

KINDS = ("direct", "mixed", "indirect")
FIELDS = ("quote_id", "article_id", "start", "end", "text", "kind", "speaker", "actor_id", "side",
          "speaker_mention", "speaker_start", "speaker_end", "cue", "cue_start", "cue_end", "nested_in")
GOLD_QUOTES = GOLD / "quotes_seeds.jsonl"


def load_gold(path: str | Path | None = None) -> list[dict]:
    """The gold quote records, in file order (ValueError on a line that is not a JSON object)."""
    records = []
    with open(path or GOLD_QUOTES, encoding="utf-8") as fh:
        for number, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            rec = json.loads(line)
            if not isinstance(rec, dict):
                raise ValueError(f"gold line {number} is not a JSON object")
            records.append(rec)
    return records


def raw_texts(article_ids: Iterable[str], *, folder: str | Path = SEEDS) -> dict[str, str]:
    """The raw seed text of each article id (``<folder>/<id>.txt``, read exactly as stored)."""
    out = {}
    for aid in sorted(set(article_ids)):
        with open(Path(folder) / f"{aid}.txt", encoding="utf-8", newline="") as fh:
            out[aid] = fh.read()
    return out


def validate_gold(records: Sequence[Mapping], texts: Mapping[str, str], *,
                  actor_ids: Iterable[str] = ()) -> list[str]:
    """Problems in the gold (empty when it is sound): missing fields, offsets that do not reproduce the stored
    strings, unknown kinds, unknown actor ids, dangling or non-enclosing ``nested_in`` links, duplicate ids."""
    problems: list[str] = []
    known_actors = set(actor_ids)
    by_id = {}
    for r in records:
        qid = r.get("quote_id")
        if qid in by_id:
            problems.append(f"{qid}: duplicate quote_id")
        by_id[qid] = r
    for r in records:
        qid = r.get("quote_id")
        missing = [f for f in FIELDS if f not in r]
        if missing:
            problems.append(f"{qid}: missing fields {missing}")
            continue
        text = texts.get(r["article_id"])
        if text is None:
            problems.append(f"{qid}: no text for article {r['article_id']}")
            continue
        if not (0 <= r["start"] < r["end"] <= len(text)) or text[r["start"]:r["end"]] != r["text"]:
            problems.append(f"{qid}: text does not equal raw[start:end]")
        if r["text"] != r["text"].strip() or r["text"][:1] in "\"“”«»‘’'":
            problems.append(f"{qid}: span starts/ends with space or an opening quote mark")
        if r["kind"] not in KINDS:
            problems.append(f"{qid}: unknown kind {r['kind']!r}")
        if r["kind"] == "mixed" and not r.get("quoted_segments"):
            problems.append(f"{qid}: a mixed quote needs its quoted_segments")
        for a, b in r.get("quoted_segments") or []:
            if not (r["start"] <= a < b <= r["end"]):
                problems.append(f"{qid}: quoted segment outside the quote")
        for what in ("speaker", "cue"):
            a, b = r[f"{what}_start"], r[f"{what}_end"]
            written = r["speaker_mention"] if what == "speaker" else r["cue"]
            if a is None:
                continue
            if text[a:b] != written:
                problems.append(f"{qid}: {what} offsets do not give {written!r}")
            elif r["start"] <= a < r["end"] and not r["nested_in"]:
                problems.append(f"{qid}: {what} inside the quote")
        if r["actor_id"] is not None and known_actors and r["actor_id"] not in known_actors:
            problems.append(f"{qid}: actor_id {r['actor_id']!r} not in the registry")
        if r["nested_in"] is not None:
            outer = by_id.get(r["nested_in"])
            if outer is None:
                problems.append(f"{qid}: nested_in {r['nested_in']!r} does not exist")
            elif not (outer["start"] <= r["start"] and r["end"] <= outer["end"]):
                problems.append(f"{qid}: not inside its outer quote {r['nested_in']}")
    return problems


@dataclass(frozen=True, slots=True)
class Mapped:
    """A gold record moved onto another text, or why it could not be."""

    record: dict  # offsets into the target text (unchanged when ``ok`` is False)
    ok: bool
    reason: str  # "" when ok; e.g. "quote text not in target"


def _find_near(target: str, needle: str, near: int, *, lo: int = 0, hi: int | None = None) -> int | None:
    """Start of the occurrence of ``needle`` in ``target[lo:hi]`` nearest to ``near``; whitespace-insensitive
    fallback (cleaning may re-join lines)."""
    hi = len(target) if hi is None else hi
    starts = [m.start() for m in re.finditer(re.escape(needle), target[lo:hi])]
    if not starts:
        pattern = r"\s+".join(re.escape(w) for w in needle.split())
        starts = [m.start() for m in re.finditer(pattern, target[lo:hi])] if pattern else []
        if not starts:
            return None
    return lo + min(starts, key=lambda s: abs(lo + s - near))


def _match_len(target: str, start: int, needle: str) -> int:
    if target.startswith(needle, start):
        return len(needle)
    m = re.compile(r"\s+".join(re.escape(w) for w in needle.split())).match(target, start)
    return m.end() - start if m else len(needle)


def map_to_text(records: Sequence[Mapping], source: str, target: str) -> list[Mapped]:
    """Move gold records of one article from ``source`` (raw) offsets onto ``target`` (e.g. cleaned) offsets.

    Each quote is searched as its exact text (whitespace-insensitive as a fallback), at the occurrence nearest
    to its relative position; the speaker mention and the cue are searched near the mapped quote (within 600
    characters), nested quotes inside their mapped outer quote. A quote whose text is absent from ``target``
    (removed by cleaning) comes back with ``ok=False``. Duplicate copies in ``source`` that land on the same
    target span are reported as ``"duplicate of <quote_id>"``."""
    scale = len(target) / max(len(source), 1)
    out: list[Mapped] = []
    placed: dict[tuple[int, int], str] = {}
    new_pos: dict[str, tuple[int, int]] = {}
    for rec in records:
        rec = dict(rec)
        lo, hi = 0, len(target)
        if rec.get("nested_in") in new_pos:
            lo, hi = new_pos[rec["nested_in"]]
        start = _find_near(target, rec["text"], int(rec["start"] * scale), lo=lo, hi=hi)
        if start is None:
            out.append(Mapped(rec, False, "quote text not in target"))
            continue
        end = start + _match_len(target, start, rec["text"])
        if (start, end) in placed and not rec.get("nested_in"):
            out.append(Mapped(rec, False, f"duplicate of {placed[(start, end)]}"))
            continue
        shift = start - rec["start"]
        placed[(start, end)] = rec["quote_id"]
        new_pos[rec["quote_id"]] = (start, end)
        new = {**rec, "start": start, "end": end, "text": target[start:end]}
        if rec.get("quoted_segments") and end - start == rec["end"] - rec["start"]:
            new["quoted_segments"] = [[a + shift, b + shift] for a, b in rec["quoted_segments"]]
        for what, written in (("speaker", rec.get("speaker_mention")), ("cue", rec.get("cue"))):
            if rec.get(f"{what}_start") is None or not written:
                continue
            near = rec[f"{what}_start"] + shift
            window_lo, window_hi = max(0, start - 600), min(len(target), end + 600)
            if rec.get("nested_in") in new_pos:
                window_lo, window_hi = new_pos[rec["nested_in"]]
            pos = _find_near(target, written, near, lo=window_lo, hi=window_hi)
            if pos is None:
                new[f"{what}_start"] = new[f"{what}_end"] = None
            else:
                new[f"{what}_start"], new[f"{what}_end"] = pos, pos + _match_len(target, pos, written)
        out.append(Mapped(new, True, ""))
    return out


def gold_on_articles(articles: Mapping[str, str], *, records: Sequence[Mapping] | None = None,
                     raw_folder: str | Path = SEEDS) -> tuple[list[dict], list[dict]]:
    """Gold records mapped onto the cleaned ``articles`` ({article_id: text}); returns (mapped records, dropped
    rows with quote_id, article_id, kind, reason). Gold of articles absent from ``articles`` is dropped with
    reason "article not ingested"."""
    records = load_gold() if records is None else list(records)
    kept: list[dict] = []
    dropped: list[dict] = []
    by_article: dict[str, list[Mapping]] = {}
    for r in records:
        by_article.setdefault(r["article_id"], []).append(r)
    for aid, recs in sorted(by_article.items()):
        if aid not in articles:
            dropped += [{"quote_id": r["quote_id"], "article_id": aid, "kind": r["kind"],
                         "reason": "article not ingested"} for r in recs]
            continue
        raw = raw_texts([aid], folder=raw_folder)[aid]
        for m in map_to_text(recs, raw, articles[aid]):
            if m.ok:
                kept.append(m.record)
            else:
                dropped.append({"quote_id": m.record["quote_id"], "article_id": aid, "kind": m.record["kind"],
                                "reason": m.reason})
    return kept, dropped
