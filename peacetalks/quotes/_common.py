"""Small module-level helpers shared by several parts of the engine (word and name tests on plain strings,
headline and post tests, confidence factors).

Pure functions and the few patterns only they use; they sit here because more than one of the mixins (or the
parser) calls them. Imports only ``_wordlists``.
"""

from __future__ import annotations

import re

from peacetalks.actors import Resolution
from peacetalks.cues import Cue
from peacetalks.quote_marks import MarkedSpan
from peacetalks.quotes._wordlists import _GENERIC_PERSONS, _PERSON_NOUNS_MORE, _PERSON_SUFFIXES, _TITLE_SMALL

_WORD = re.compile(r"\w+")
_TITLE_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
_CLAUSE_PUNCT = re.compile(r"[,;]")
# a photo credit glued to the start of a paragraph ("Photograph: Jane Doe/Reuters “…,” she said", "(AP Photo/Jane
# Doe) Talks …"): not part of the content (round 10 news-corpus audit: 43 contents in all_en began with one)
_PHOTO_CREDIT = re.compile(r"(?:\((?:AP |AFP )?Photo(?:graph)?[:/][^)\n]{0,80}\)|Photograph: [^“\"‘'\n/]{3,60}"
                           r"/(?:The Guardian|The Observer|[^\s/“\"‘']+(?: via [^\s/“\"‘']+)?(?: Images)?))\s+")


def _words(s: str) -> int:
    return len(_WORD.findall(s))


def _is_title_like(inner: str) -> bool:
    inner = inner.strip().rstrip(",.;: ")  # 'Lavrov's memoir ''The Long Road Home,'' …': the comma is the sentence's
    if _CLAUSE_PUNCT.search(inner):  # a comma or semicolon: no title, unless there is no word at all (tested
        return _TITLE_WORD.search(inner) is None  # first: it spares listing the words of most long quotes)
    words = _TITLE_WORD.findall(inner)
    if not words:
        return True
    if len(words) > 10:
        return False
    caps = sum(1 for w in words if w[0].isupper())
    if len(words) <= 8 and caps / len(words) >= 0.6:
        return True
    big = [w for w in words if w.lower() not in _TITLE_SMALL]  # 'State of the Union': Title Case
    return 2 <= len(big) and len(words) <= 10 and all(w[0].isupper() for w in big)


def _as_written(mention: str) -> Resolution:
    """A speaker kept as written with no actor: the author's own "I"/"we"/"you" in narration, or a post's bare
    handle ('@janedoe')."""
    return Resolution(name=" ".join(mention.split()), actor_id=None, side=None, type="unknown",
                      method="as-written", confidence=0.3)


_VERB_CUE = Cue(words=("",), lemma="verb", type="verb", requires_that=False, scope="direct")
_HEADLINE_CUE = Cue(words=(":",), lemma=":", type="verb", requires_that=False, scope="all")


def _flag_factor(span: MarkedSpan) -> float:
    f = 1.0
    if "unbalanced" in span.flags:
        f *= 0.75
    if "unclosed" in span.flags:
        f *= 0.7
    return f


def _person_noun(word: str) -> bool:
    """A lowercase noun for a person ('refugee', 'speaker', 'woman', 'veteran'): after a nationality it names
    someone ('a Ukrainian refugee'), so the nationality stays a mention of that person."""
    base = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
    return base in _GENERIC_PERSONS or base in _PERSON_NOUNS_MORE or base.endswith(_PERSON_SUFFIXES)
