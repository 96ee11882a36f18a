"""The study's records: small typed dataclasses with character offsets into the article text.

Tables are made from them in one place (``peacetalks.tables.to_frame``).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class Article:
    """One accepted article (cleaned text; offsets of every later record refer to ``text``)."""

    article_id: str
    outlet: str
    url: str
    published: str  # ISO date YYYY-MM-DD or "" when unknown
    date_source: str  # how the date is known ("metadata", "url", "html meta", "unknown", ...)
    title: str
    byline: str
    text: str
    n_words: int
    raw_sha256: str
    source_path: str
    duplicate_of: str = ""  # article_id of the canonical copy when this is a near-duplicate, else ""
    cluster_id: str = ""


FIRST_PERSON_METHOD = "first-person"  # Quote.method of the author's own "I"/"we"/"you": no actor, no side


def actor_speaker(quote: "Quote") -> str | None:
    """The quote's speaker as a news actor: None when unattributed or when the speaker is the author's own
    "I"/"we"/"you" kept as written (method ``first-person``), which the study never counts as an actor."""
    if quote.method == FIRST_PERSON_METHOD:
        return None
    return quote.speaker or None


@dataclass(slots=True)
class Quote:
    """One attributed statement: a direct, mixed (partial) or indirect quote."""

    quote_id: str
    article_id: str
    start: int
    end: int
    text: str
    kind: str  # direct | mixed | indirect
    nested_in: str | None = None  # quote_id of the enclosing quote for nested quotes
    speaker: str | None = None  # canonical name, or the mention as written when no registry entry matches
    actor_id: str | None = None
    side: str | None = None  # RU/UA/US/UK/EU/NATO/TR/CN/UN/BY/other, None when unattributed
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None
    method: str = ""  # which rule attributed it (e.g. "quote+cue", "pronoun", "floating", "according_to")
    confidence: float = 0.0
