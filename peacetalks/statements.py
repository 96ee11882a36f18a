"""Statements: the unit that framing and positions are coded on.

A statement is either an attributed quote (its content span, its speaker and side from the quotes table) or a
stretch of the outlet's own narration (speaker = the outlet, side "narrator"): a whole sentence no quote touches,
or the remainder of a sentence that a quote covers only in part ("Officials said Moscow is ready, *but on its own
terms*"). A quote covers its content and, when the speaker is in the same sentence, the attribution too
("Kremlin spokesman Dmitry Peskov told reporters"), so the attribution is never coded as the outlet's own words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from peacetalks.records import Quote, actor_speaker
from peacetalks.text import Span, n_words, sentences


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


_EDGE = " \t\r\n\u00a0,;:\u2014\u2013-\"'\u201c\u201d\u2018\u2019\u00ab\u00bb*"  # trimmed off narration pieces


def quote_cover(text: str, quote: Quote, *, max_gap: int = 160) -> tuple[int, int]:
    """The span a quote takes out of narration: its content, widened to its speaker mention when the speaker
    stands in the same sentence within ``max_gap`` characters."""
    start, end = quote.start, quote.end
    s, e = quote.speaker_start, quote.speaker_end
    if s is None or e is None:
        return start, end
    if e <= start and start - s <= max_gap and not re.search(r"[.!?]\s|\n", text[s:start]):
        start = s
    elif s >= end and e - end <= max_gap and not re.search(r"[.!?]\s|\n", text[end:s]):
        end = e
    return start, end


STANCE_METHODS = ("object", "stance", "participle")  # the verb carries the stance: "accused Kyiv of", "blaming …"


def stance_start(text: str, quote: Quote, *, max_gap: int = 40) -> int:
    """Where the statement of a quote starts: its content, or for a stance verb with an object
    (``STANCE_METHODS``) the verb just before the content ("accused" in "Russia accused Kyiv of …"), so that
    framing and positions read the stance, not only its object."""
    if quote.method not in STANCE_METHODS or not quote.cue:
        return quote.start
    at = text.rfind(quote.cue, max(0, quote.start - max_gap), quote.start)
    return at if at >= 0 and not re.search(r"[.!?]\s|\n", text[at:quote.start]) else quote.start


def statements(text: str, quotes: Sequence[Quote], *, article_id: str, outlet: str = "",
               min_residual_words: int = 3, sents: Sequence[Span] | None = None) -> list[Statement]:
    """Quotes (outermost and nested) plus narration, in text order.

    Narration is every sentence no quote covers, and the pieces of partly covered sentences that have at least
    ``min_residual_words`` words.
    """
    out = []
    for q in quotes:
        start = stance_start(text, q)
        out.append(Statement(q.quote_id, article_id, start, q.end, text[start:q.end], "quote", actor_speaker(q),
                             q.actor_id, q.side, q.quote_id, q.kind))
    covers = sorted(quote_cover(text, q) for q in quotes if not q.nested_in)
    narrator = outlet or None
    for i, sent in enumerate(sentences(text) if sents is None else sents):
        inside = [(max(a, sent.start), min(b, sent.end)) for a, b in covers if a < sent.end and sent.start < b]
        if not inside:
            out.append(Statement(f"{article_id}:s{i}", article_id, sent.start, sent.end, sent.text, "narration",
                                 narrator, None, "narrator", None, None))
            continue
        pos = sent.start
        for j, (a, b) in enumerate([*inside, (sent.end, sent.end)]):
            piece = text[pos:a]
            if a > pos and n_words(piece) >= min_residual_words:
                lo = pos + len(piece) - len(piece.lstrip(_EDGE))
                hi = a - (len(piece) - len(piece.rstrip(_EDGE)))
                out.append(Statement(f"{article_id}:s{i}.{j}", article_id, lo, hi, text[lo:hi], "narration",
                                     narrator, None, "narrator", None, None))
            pos = max(pos, b)
    return sorted(out, key=lambda st: (st.start, -st.end))
