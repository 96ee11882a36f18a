"""Test doubles: a tiny actor registry and quote/timex builders for the positions tests, and a resolver that
keeps every speaker as written for the quote-mark and property tests.

They stand in for peacetalks.actors / quotes / timex so these tests exercise one module's own logic.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from peacetalks.actors import Mention, Resolution
from peacetalks.records import Quote

ACTORS = [  # alias regex, canonical name, actor_id, side, type
    (r"(?:Russian\s+President\s+)?Vladimir\s+Putin|Putin", "Vladimir Putin", "putin", "RU", "person"),
    (r"(?:Ukrainian\s+President\s+)?(?:Volodymyr|Vladimir)\s+Zelensky|Zelensky", "Volodymyr Zelensky", "zelensky", "UA", "person"),
    (r"(?:Kremlin\s+spokesman\s+)?Dmitry\s+Peskov|Peskov", "Dmitry Peskov", "peskov", "RU", "person"),
    (r"(?:Kyiv's\s+lead\s+negotiator\s+)?Mykhaylo\s+Podolyak|Podolyak", "Mykhailo Podolyak", "podolyak", "UA", "person"),
    (r"Sergey\s+Naryshkin|Naryshkin", "Sergey Naryshkin", "naryshkin", "RU", "person"),
    (r"Dmytro\s+Kuleba|Kuleba", "Dmytro Kuleba", "kuleba", "UA", "person"),
    (r"(?:US\s+President\s+)?Donald\s+Trump|Trump", "Donald Trump", "trump", "US", "person"),
    (r"the\s+Kremlin|Kremlin", "Kremlin", "kremlin", "RU", "institution"),
    (r"Moscow|Russia(?!n)|the\s+Russian\s+Federation", "Russia", "russia", "RU", "state"),
    (r"Kyiv|Kiev|Ukraine(?!an)|the\s+Ukrainian\s+side", "Ukraine", "ukraine", "UA", "state"),
    (r"Washington|the\s+US(?!\w)|the\s+United\s+States", "United States", "usa", "US", "state"),
    (r"London", "United Kingdom", "uk", "UK", "state"),
    (r"Israel", "Israel", "israel", "other", "state"),
    (r"Hamas", "Hamas", "hamas", "other", "group"),
]
_COMPILED = [(re.compile(rf"\b(?:{a})\b"), n, i, s, t) for a, n, i, s, t in ACTORS]



class PlainRegistry:
    """Resolves every mention to itself, unknown (quote tests independent of data/reference/actors.csv)."""

    def resolve(self, mention, *, date=None, context=()):
        return Resolution(mention, None, None, "unknown", "unknown", 0.3)

    def find_mentions(self, text, *, date=None):
        return []

@dataclass(frozen=True)
class FakeActor:
    actor_id: str
    name: str
    type: str
    side: str


@dataclass(frozen=True)
class FakeRole:
    role: str
    org: str
    actor_id: str


_ADJECTIVES = {"Russian": "RU", "Ukrainian": "UA", "American": "US", "British": "UK"}


class FakeRegistry:
    actors = {i: FakeActor(i, n, t, s) for _, n, i, s, t in ACTORS}
    roles = [FakeRole("spokesperson", "kremlin", "peskov"), FakeRole("spokesperson", "russia", "peskov")]

    def sides_named(self, text: str) -> list[str]:
        return [side for adj, side in _ADJECTIVES.items() if adj in text]

    def roles_of(self, actor_id: str, *, date: str | None = None) -> list[FakeRole]:
        return [r for r in self.roles if r.actor_id == actor_id]

    def find_mentions(self, text: str, *, date: str | None = None) -> list[Mention]:
        found: list[Mention] = []
        for pattern, name, actor_id, side, kind in _COMPILED:
            for m in pattern.finditer(text):
                if any(f.start < m.end() and m.start() < f.end for f in found):
                    continue
                found.append(Mention(m.start(), m.end(), m.group(0),
                                     Resolution(name, actor_id, side, kind, "alias", 1.0)))
        return sorted(found, key=lambda m: m.start)

    def resolve(self, mention: str, *, date=None, context=()):
        for m in self.find_mentions(mention):
            return m.resolution
        return Resolution(mention, None, None, "unknown", "unknown", 0.3)


def quote(text: str, content: str, speaker: str, *, kind: str = "direct", qid: str = "q1",
          speaker_text: str | None = None, nested_in: str | None = None, occurrence: int = 0) -> Quote:
    """A Quote over the ``occurrence``-th ``content`` in ``text``, spoken by registry actor ``speaker``."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(content, start + 1)
    res = FakeRegistry().resolve(speaker)
    s_start = text.index(speaker_text) if speaker_text else None
    return Quote(quote_id=qid, article_id="t", start=start, end=start + len(content), text=content, kind=kind,
                 nested_in=nested_in, speaker=res.name, actor_id=res.actor_id, side=res.side,
                 speaker_start=s_start, speaker_end=s_start + len(speaker_text) if speaker_text else None,
                 cue="said", method="test", confidence=1.0)


@dataclass(frozen=True)
class Tx:
    start: int
    end: int
    text: str
    value: str
    precision: str
    earliest: str
    latest: str
    rule: str = "test"


def timex(text: str, expr: str, value: str, precision: str = "day", *, occurrence: int = 0) -> Tx:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(expr, start + 1)
    return Tx(start, start + len(expr), expr, value, precision, value, value)
