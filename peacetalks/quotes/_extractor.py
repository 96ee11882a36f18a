"""``_Extractor``: one article through the whole pipeline. It composes the mixins by concern (marked quotes,
reported speech, subjects, clause ends, posts and turns, speaker resolution), holds the per-article state
(``__init__``), the helpers all of them share (sentence bounds, noun-phrase ends, ``_finish`` which turns a
match into a candidate) and ``run``, which calls the steps in order.

Imported by ``peacetalks.quotes.extract_quotes``; nothing else should need it.
"""

from __future__ import annotations

import bisect
import re

from peacetalks.actors import Registry
from peacetalks.cues import Cue, load_cues
from peacetalks.records import Quote
from peacetalks.quotes._wordlists import (
    _ADV_SKIP, _ASIDE_ADVERBS, _BASE_CONFIDENCE, _BOUNDARY, _CLAUSE_START, _DETS, _MASK, _MEDIUM_PARTICIPLES,
    _OCCASION_HEADS, _OCCASION_PREPS, _PP_START, _PP_WORDS, _PRONOUN_BE, _QUOTE_MARKS, _SUBORD, _TIME, _WH_CUES,
)
from peacetalks.quotes._common import _PHOTO_CREDIT, _flag_factor, _is_title_like, _words
from peacetalks.quotes._parser import _Cand, _Parser, _build_doc
from peacetalks.quotes._subjects import _Subjects
from peacetalks.quotes._clauses import _ClauseEnds
from peacetalks.quotes._reported import _ReportedSpeech
from peacetalks.quotes._marked import _MarkedQuotes
from peacetalks.quotes._posts import _PostsAndTurns
from peacetalks.quotes._speakers import _LazyMentions, _Speakers

_LEADING_CONJ = re.compile(r"(?:and|but|so|yet)\s+", re.I)


class _Extractor(_MarkedQuotes, _ReportedSpeech, _Subjects, _ClauseEnds, _PostsAndTurns, _Speakers):
    """One article through the pipeline (``run``); the steps live in the mixins."""

    def __init__(self, text: str, article_id: str, published: str | None, registry: Registry, *,
                 features: bool = False) -> None:
        self.text = text
        self.article_id = article_id
        self.published = published
        self.registry = registry
        self.lex = load_cues()
        self.doc = _build_doc(text)
        self.p = _Parser(self.doc.toks, self.lex)
        self.cands: list[_Cand] = []
        self.used_cues: set[int] = set()
        self.cue_speakers: dict[int, tuple[int, int]] = {}  # a direct quote's cue token -> its speaker's tokens
        self._direct_spans: list[tuple[int, int]] = []
        self._direct_ends: list[int] | None = None
        self.attributed: dict[int, int] = {}  # outer span index -> candidate index
        self._content_spans: list[tuple[int, int]] | None = None  # built at resolution time (in_content)
        self._content_starts: list[int] = []
        self.antecedent_spans: dict[int, tuple[int, int] | None] = {}  # pronoun start -> antecedent mention
        self._named_words: dict[str, bool] = {}  # (named_elsewhere, per sentence-opening word)
        self._subject_chain = 0  # sentence_subject_cand's depth of pronoun-opened sentences read back
        # the registry's own mentions of the article (``mentions_before``), scanned once, on first use
        self.all_mentions = _LazyMentions(registry, text, published)
        # with ``features``: per quote written, its calibration features and the rules' hand-set confidence
        self.feature_log: list[tuple[list[str], float]] | None = [] if features else None

    # --- helpers -------------------------------------------------------------------------------------------
    def sent_tok_bounds(self, pos: int) -> tuple[int, int]:
        if not self.doc.sents:
            return 0, len(self.doc.toks)
        return self.doc.sent_toks[self.doc.sent_of(pos)]

    def np_chars(self, np: tuple[int, int]) -> tuple[int, int]:
        t = self.doc.toks
        a, b = np
        if t[a].text == "(":
            # "(AP Photo/…) Authorities said": a leading parenthesis is a caption, not part of the speaker
            close = next((m for m in range(a + 1, b - 1) if t[m].text == ")"), None)
            if close is not None:
                a = close + 1
        last = t[b - 1]
        if b - a == 1 and last.low.replace("’", "'") in _PRONOUN_BE:
            return last.start, last.start + len(re.split(r"['’]", last.text)[0])  # "He's" -> "He"
        return t[a].start, t[b - 1].end

    def skip_programme(self, m: int, hi: int) -> int:
        """Past a title-like quote closing a place phrase after a possessive ('said on BBC's "Hard Talk" that',
        'on the channel's "Morning Show"'), or ``m`` unchanged."""
        t = self.doc.toks
        if not (m + 2 < hi and t[m + 1].text == _MASK and t[m].text in _QUOTE_MARKS and t[m + 2].text in _QUOTE_MARKS
                and t[m - 1].low.endswith(("'s", "’s"))):
            return m
        if not _is_title_like(self.text[t[m].end:t[m + 2].start].rstrip(" ,.;:")):
            return m
        return m + 3

    def skip_tail(self, k: int, hi: int, cue: Cue, *, lenient: bool = False) -> tuple[int, bool]:
        """Skip an addressee object, time words and short PPs after a cue; (next token, saw 'that')."""
        t, p = self.doc.toks, self.p
        if cue.lemma in ("tell", "tell2", "assure", "warn") and k < hi:
            low = t[k].low
            her_det = low == "her" and k + 1 < hi and t[k + 1].text[:1].isalnum() and t[k + 1].low != "that"
            if low in ("me", "us", "him", "her", "them", "you", "reporters", "journalists", "lawmakers",
                       "supporters", "listeners", "viewers", "senators", "voters", "students") and not her_det:
                k += 1
            else:
                np = p.np_right(k, hi)
                if np is not None and p.cls(np[1] - 1) in ("cap", "role"):
                    k = np[1]
                elif her_det or low in _DETS:
                    m = k + 1  # "told her supporters", "told a crowd in Lviv"
                    while m < hi and m - k < 6 and t[m].text[:1].isalnum() and not p.is_verb(m) \
                            and t[m].low not in ("that", "on", "in", "at", "during"):
                        m += 1
                    k = m
        guard = 0
        k0 = k
        while k < hi and guard < 14:
            guard += 1
            low = t[k].low
            if low in ("a", "an", "one", "two", "three", "several", "the") and k + 2 < hi and t[k + 1].low in _TIME \
                    and t[k + 2].low in ("earlier", "later", "ago", "before", "after"):
                k += 3
                continue
            if low in _TIME or (low.endswith("ly") and t[k].text.islower() and len(low) > 4) or low in (
                    "also", "again", "earlier", "later", ","):
                k += 1
                continue
            if low in ("last", "this", "next", "early", "late") and k + 1 < hi and t[k + 1].low in _TIME:
                k += 2
                continue
            if low == "of" and k == k0 and k + 1 < hi:
                m = k + 1  # "said of the senator," / "said of Lavrov's latest request:"
                while m < hi and m - k <= 6 and t[m].text not in _BOUNDARY and t[m].low != "that" \
                        and not p.is_verb(m):
                    m += 1
                if m < hi and (t[m].text in (",", ":") or t[m].low == "that"):
                    k = m  # 'said of the talks that …'
                    continue
            if low in _PP_START and k + 1 < hi and lenient:
                m = k + 1
                while m < hi and m - k <= 9 and t[m].text not in _BOUNDARY and t[m].low != "that" and not p.is_verb(m):
                    m += 1
                if m > k + 1:
                    k = m
                    continue
            if low in _PP_START and k + 1 < hi:
                m = k + 1
                while m < hi and m - k <= 7 and (p.cls(m) in ("det", "cap", "mod", "role", "prep") or
                                                 t[m].low in _PP_WORDS or t[m].low in _TIME or t[m].text.isdigit()):
                    m += 1
                m = self.skip_programme(m, hi)
                if m > k + 1 and (m >= hi or t[m].low == "that" or t[m].text in (",", ":", "—", "–")
                                  or low in ("on", "in", "at", "during") and t[m - 1].low in _TIME | _PP_WORDS):
                    k = m
                    continue
            break
        if k < hi and t[k].text in (":", ",", "—", "–"):
            k += 1
        if cue.lemma in _WH_CUES and k < hi and t[k].low not in _CLAUSE_START:
            # "asked former Deputy Minister Jane Doe whether …": an addressee object, then the wh-clause
            for m in range(k + 1, min(hi, k + 10)):
                if t[m].low in ("whether", "if", "why", "how", "what", "when", "where"):
                    k = m
                    break
                if t[m].text in _BOUNDARY and t[m].text != "," or p.is_verb(m) or t[m].low in _SUBORD:
                    break
        if k < hi and t[k].low != "that":
            # "told a crowd at a trade fair in Lviv last month that …": a 'that' close ahead, with
            # no verb or clause break before it, opens the reported clause
            occasion = t[k].low in _OCCASION_PREPS  # "said during a rally in Lviv, Norland, that …"
            for m in range(k, min(hi, k + 12)):
                if t[m].low == "that":
                    if m > k and t[m - 1].low not in _DETS and t[m - 1].text not in _BOUNDARY \
                            and t[m - 1].low not in _PP_START and (
                                t[k].low in _PP_START or t[m - 1].low in _TIME or t[m - 1].low in _PP_WORDS
                                or t[m - 1].low in _ADV_SKIP or t[m - 1].low.endswith("ly")
                                or p.cls(m - 1) in ("cap", "role") or t[m - 1].low in _ASIDE_ADVERBS
                                or cue.lemma in ("tell", "tell2", "assure", "warn")):
                        k = m  # not 'with that request' (a determiner), nor 'pledged her commitment to the
                        # causes that …' (a relative pronoun after an object)
                    elif m - 1 > k and t[m - 1].text == "," and (t[k - 1].text == "," and k - 1 >= k0 or occasion):
                        k = m  # "believes, for example, that …": an aside between commas before the 'that'; an
                        # occasion phrase closed by a comma ('said at a rally in Lviv, Norland, that …')
                    break
                if (t[m].text in _BOUNDARY and t[m].text not in (",", "“", "”", "\"", "#", "«", "»")) \
                        or (self.p.verb_at(m) and not self.attributive_participle(m)
                            and not self.medium_participle(m)) \
                        or (t[m].low in _SUBORD and not (m == k and occasion)):  # 'told voters after his win that'
                    break
        saw_that = k < hi and t[k].low == "that"
        if saw_that:
            k += 1
        return k, saw_that

    def medium_participle(self, m: int) -> bool:
        """Token ``m`` is a participle placing the medium noun before it ('a message posted to Telegram', 'an
        event organised by the union'): part of the occasion phrase after a cue, not the report's verb (round 18)."""
        t = self.doc.toks
        return m >= 1 and t[m].low in _MEDIUM_PARTICIPLES and t[m - 1].low in _OCCASION_HEADS

    def attributive_participle(self, m: int) -> bool:
        """Token ``m`` is an -ed word between a determiner and a lowercase noun ('in a prepared statement',
        'during a heated exchange', 'told a crowded hall'): an adjective, not a verb."""
        t = self.doc.toks
        return 1 <= m < len(t) - 1 and t[m].low.endswith("ed") and t[m - 1].low in _DETS \
            and t[m + 1].text.isalpha() and t[m + 1].text.islower()

    def quote_inside(self, a: int, b: int) -> list[int]:
        """Indices of the outermost quoted spans inside ``[a, b)`` (they are sorted and do not overlap)."""
        outer, out = self.doc.outer, []
        i = bisect.bisect_left(self.doc.outer_starts, a)
        while i < len(outer) and outer[i].start < b:
            if outer[i].end <= b:
                out.append(i)
            i += 1
        return out

    def add(self, cand: _Cand) -> int:
        self.cands.append(cand)
        return len(self.cands) - 1

    def _content(self, a: int, b: int) -> tuple[int, int] | None:
        """Trim a content char span: spaces, trailing punctuation, a leading conjunction."""
        s = self.text
        while a < b and (s[a].isspace() or s[a] in ",;:—–-"):
            a += 1
        while b > a and (s[b - 1].isspace() or s[b - 1] in ".,;:!?—–-)"):
            b -= 1
        m = _LEADING_CONJ.match(s, a, b)  # no slice copy of the clause
        if m and m.end() < b:
            a = m.end()
        if s.startswith(("Photograph: ", "(AP Photo", "(AFP Photo", "(Photo"), a):
            m = _PHOTO_CREDIT.match(s, a, min(len(s), b + 1))
            if m and m.end() >= b:
                return None  # the whole span is the credit (the lead before a quote)
            if m:
                a = m.end()
        if b <= a:
            return None
        # a closing quote mark belongs to the content if its opener does
        return a, b

    def _finish(self, a: int, b: int, np: tuple[int, int] | None, cue_text: str, method: str, para: int,
                cue: Cue, min_words: int = 2) -> _Cand | None:
        span = self._content(a, b)
        if span is None:
            return None
        a, b = span
        direct = self.covered_by_direct(a, b)
        fold = None
        if direct is not None and direct[0] > a and self.nested_direct(a, direct):
            direct = None  # 'said he trusted "with all his soul" that …': the inner report is part of ours
        elif direct is not None and direct[0] > a:
            fold = self.folded_direct(a, direct)
            if fold is not None:
                b, direct = max(b, direct[1]), None  # the clause reads on into the quote: all of it is ours
        if direct is not None:
            if direct[0] <= a:
                return None
            b2 = direct[0]
            span = self._content(a, b2)
            if span is None:
                return None
            a, b = span
        # include a closing quote mark cut off by the trim
        inside = self.quote_inside(a, b + 2)
        for i in inside:
            s = self.doc.outer[i]
            if s.end > b:
                b = s.end
        inside = self.quote_inside(a, b)
        n_words = _words(self.text[a:b])
        if n_words < min_words:
            return None
        last = self.doc.tok_at_or_after(b) - 1
        if not inside and n_words <= 4 and 1 <= last and self.doc.toks[last - 1].start >= a and \
                self.p.cue_at(last) is not None and self.p.cls(last - 1) in ("cap", "role", "pron"):
            return None  # "We will respond - Biden said": the content is another attribution, not speech
        if inside:
            kind = "mixed" if self.words_outside(a, b, inside) else "direct"
        else:
            # a quote that starts inside the content and runs past it: stop the content before it
            kind = "indirect"
            if cue.scope != "all":
                return None
        base = _BASE_CONFIDENCE["mixed" if kind == "mixed" else method]
        for i in inside:
            base *= _flag_factor(self.doc.outer[i])
        cand = _Cand(a, b, kind, method, cue_text, np, para, base)
        if fold is not None:
            cand.extra["folds"] = fold  # the quote's own candidate, dropped if this one is kept
        return cand

    def words_outside(self, a: int, b: int, inside: list[int]) -> bool:
        """Does the content ``[a, b)`` hold a word outside its quoted spans ``inside`` ('he's "here to help"',
        'in any talks, "we will …"')? Then it is a mixed quote, else a direct one (PolNeAR's convention)."""
        pos = a
        for i in inside:
            s = self.doc.outer[i]
            if any(ch.isalnum() for ch in self.text[pos:s.start]):
                return True
            pos = max(pos, s.end)
        return any(ch.isalnum() for ch in self.text[pos:b])

    def run(self) -> list[Quote]:
        self.direct_quotes()
        self.nested_quotes()
        self.reported()
        self.floating()
        self.embedded_posts()
        self.transcript_turns()
        self.trim_mixed_tails()
        return self.resolve_all()
