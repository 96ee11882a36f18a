"""The speech-cue lexicon (data/reference/speech_cues.csv): reporting verbs, 'according to' markers, addressee
objects, speaker-phrase heads and premodifiers, pronouns. Knowledge lives in the CSV; this module only loads it.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from peacetalks.paths import REFERENCE

CUES_CSV = REFERENCE / "speech_cues.csv"
OUTLETS_CSV = REFERENCE / "outlets.csv"
_TYPES = {"verb", "according", "nominal", "addressee", "role_noun", "modifier", "pronoun", "evidence", "label"}


@dataclass(frozen=True, slots=True)
class Cue:
    """One surface form of a cue ("said", "pointed out", "according to")."""

    words: tuple[str, ...]  # lowercase tokens
    lemma: str
    type: str  # verb | according | nominal ('criticism from X that …': the speaker after the cue)
    requires_that: bool  # indirect speech only with an explicit 'that' clause
    scope: str  # all | quoted (direct + mixed only) | direct (direct quotes only)
    bare_clause: bool = False  # requires_that, but a bare finite clause also counts ('believe this is …')
    complement: str = "clause"  # clause | object: the verb's object or infinitive is the content ('urged X to …')


@dataclass(frozen=True, slots=True)
class Lexicon:
    cues: dict[str, tuple[Cue, ...]]  # first word -> cues starting with it (longest first)
    addressees: frozenset[str]
    role_nouns: frozenset[str]
    modifiers: frozenset[str]
    pronouns: frozenset[str]
    lemmas: frozenset[str] = field(default_factory=frozenset)
    evidence: frozenset[str] = field(default_factory=frozenset)  # source heads that 'show' an object
    labels: frozenset[str] = field(default_factory=frozenset)  # "Update:", "Photo:": not speakers before a colon
    outlets: frozenset[str] = field(default_factory=frozenset)  # outlet and app names: no person ("Fox News")
    # next19: whole names of outlets the news cites ("NYT", "der spiegel"), no head words: "the outlet said" after one
    cited_outlets: frozenset[str] = field(default_factory=frozenset)


def _split(forms: str) -> list[str]:
    return [f.strip().lower() for f in forms.split("|") if f.strip()]


@lru_cache(maxsize=4)
def load_cues(path: str | None = None) -> Lexicon:
    """Load the cue lexicon; raise ValueError on an unknown row type or a bad flag."""
    p = Path(path) if path else CUES_CSV
    by_first: dict[str, list[Cue]] = {}
    sets: dict[str, set[str]] = {t: set() for t in ("addressee", "role_noun", "modifier", "pronoun", "evidence",
                                                     "label")}
    lemmas = set()
    outlets = set(outlet_words())
    cited: set[str] = set()
    with open(p, encoding="utf-8", newline="") as fh:
        for n, row in enumerate(csv.DictReader(fh), start=2):
            kind = (row.get("type") or "").strip()
            if kind not in _TYPES:
                raise ValueError(f"{p}:{n}: unknown cue type {kind!r}")
            if (row.get("requires_that") or "no") not in ("yes", "no", "clause"):
                raise ValueError(f"{p}:{n}: requires_that must be yes, no or clause")
            forms = _split(row.get("forms") or row.get("pattern") or "")
            if kind in ("verb", "according", "nominal"):
                scope = (row.get("scope") or "all").strip()
                if scope not in ("all", "quoted", "direct"):
                    raise ValueError(f"{p}:{n}: scope must be all, quoted or direct")
                complement = (row.get("complement") or "clause").strip()
                if complement not in ("clause", "object"):
                    raise ValueError(f"{p}:{n}: complement must be clause or object")
                lemma = row["pattern"].strip().lower()
                lemmas.add(lemma)
                for form in forms:
                    words = tuple(form.split())
                    by_first.setdefault(words[0], []).append(
                        Cue(words, lemma, kind, row["requires_that"] in ("yes", "clause"), scope,
                            row["requires_that"] == "clause", complement))
            else:
                sets[kind].update(forms)
                if kind == "label" and row["pattern"].strip() == "outlet":
                    outlets.update(forms)
                if kind == "label" and row["pattern"].strip() == "cited outlet":
                    cited.update(forms)
    cues = {k: tuple(sorted(v, key=lambda c: -len(c.words))) for k, v in by_first.items()}
    return Lexicon(cues, frozenset(sets["addressee"]), frozenset(sets["role_noun"]), frozenset(sets["modifier"]),
                   frozenset(sets["pronoun"]), frozenset(lemmas), frozenset(sets["evidence"]),
                   frozenset(sets["label"]), frozenset(outlets), frozenset(cited))


def outlet_words(path: Path = OUTLETS_CSV) -> frozenset[str]:
    """Lowercase outlet names of one word in data/reference/outlets.csv ('Reuters', 'BelTA') and the acronyms of
    longer ones ('CBS News' -> cbs); generic heads ('News', 'Times') are no names, official channels ('Kremlin
    (official)') and domains none."""
    words: set[str] = set()
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            parts = row["outlet"].split()
            if not any(ch in row["outlet"] for ch in "(."):
                words.update(w.lower() for w in parts if len(parts) == 1 or sum(ch.isupper() for ch in w) > 1)
    return frozenset(words)
