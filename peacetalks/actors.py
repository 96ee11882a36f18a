"""Canonical actors: a reviewed registry (data/reference/actors.csv) and mention -> actor resolution.

STUB INTERFACE (to be implemented): quotes.py codes against these signatures.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Resolution:
    """What a speaker mention refers to."""

    name: str  # canonical name (registry) or the mention canonicalised from the text when unknown
    actor_id: str | None  # registry id, None when the actor is not in the registry
    side: str | None  # RU/UA/US/UK/EU/NATO/TR/CN/UN/BY/other or None when unknown
    type: str  # person | institution | state | group | unknown
    method: str  # alias | surname | role-by-date | role-in-context | unknown
    confidence: float


@dataclass(frozen=True, slots=True)
class Mention:
    """An actor mention found in text, with offsets."""

    start: int
    end: int
    text: str
    resolution: Resolution


class Registry:
    """The actor registry. Load with ``load_registry()``."""

    def resolve(self, mention: str, *, date: str | None = None, context: Sequence[Resolution] = ()) -> Resolution:
        """Resolve a speaker mention as written ("Kremlin spokesman Dmitry Peskov", "the deputy minister",
        "Peskov", "the Kremlin") to a canonical actor. ``date`` (ISO) picks dated roles; ``context`` holds actors
        mentioned earlier in the same article (most recent last) for role nouns and bare surnames."""
        return Resolution(name=mention.strip(), actor_id=None, side=None, type="unknown", method="unknown",
                          confidence=0.3)

    def find_mentions(self, text: str, *, date: str | None = None) -> list[Mention]:
        """All registry actor mentions in ``text`` (names, aliases, institutions) with offsets, in text order."""
        return []


def load_registry(path: str | None = None) -> Registry:
    """Load the registry from ``data/reference/actors.csv`` (or ``path``)."""
    return Registry()
