"""Statements: the unit that framing and positions are coded on.

A statement is either an attributed quote (its content span, its speaker and side from the quotes table) or a
sentence of the outlet's own narration that no quote covers (speaker = the outlet, side "narrator").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from peacetalks.records import Quote
from peacetalks.text import sentences


@dataclass(frozen=True, slots=True)
class Statement:
    statement_id: str
    article_id: str
    start: int
    end: int
    text: str
    source: str  # "quote" | "narration"
    speaker: str | None
    actor_id: str | None
    side: str | None
    quote_id: str | None
    quote_kind: str | None


def statements(text: str, quotes: Sequence[Quote], *, article_id: str, outlet: str = "") -> list[Statement]:
    """Quotes (outermost and nested) plus narration sentences that overlap no quote, in text order."""
    out: list[Statement] = []
    for q in quotes:
        out.append(Statement(q.quote_id, article_id, q.start, q.end, text[q.start:q.end], "quote", q.speaker,
                             q.actor_id, q.side, q.quote_id, q.kind))
    covered = sorted((q.start, q.end) for q in quotes)
    for i, sent in enumerate(sentences(text)):
        if any(s < sent.end and sent.start < e for s, e in covered):
            continue
        out.append(Statement(f"{article_id}:s{i}", article_id, sent.start, sent.end, sent.text, "narration",
                             outlet or None, None, "narrator", None, None))
    return sorted(out, key=lambda st: (st.start, -st.end))
