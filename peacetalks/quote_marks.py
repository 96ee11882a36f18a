"""Quote-mark spans: pair opening and closing marks per paragraph, in any style, without ever raising.

Handles straight and typographic double quotes ("…", “…”, „…“), guillemets («…», ‹…›), single quotes used as
quotes (‘…’, '…'), doubled apostrophes (''…'', ``…''), multi-paragraph quotes (a paragraph that ends inside an
open quote and a next paragraph that re-opens it) and nesting. Unbalanced marks are recovered per paragraph:
an unclosed opener yields a span to the end of its paragraph flagged ``unclosed``; stray closers are skipped;
every span of a paragraph with a defect is flagged ``unbalanced``. Paragraphs merged in scraping ('‘A. ‘B.’ Narration
‘C.’') are read as such: a same-mark opener right after a sentence end re-opens the open quote instead of nesting
in it, and an opener whose closer is lost (a new quote after a cue colon, a long span around a quote of its own
family, a long paragraph left open) ends at its first sentence end, flagged ``unclosed``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from peacetalks.text import Span, paragraphs

# a run of three closing a nested quote ("?'''" in doubled-apostrophe style) is the inner single closer, then
# the outer double one (not the double closer and a stray single); the literal comes first so the scan stays fast
_MARK = re.compile(r"'(?<=\S')(?='')|’(?<=\S’)(?=’’)|''|``|’’|‘‘|´´|[\"“”„‟«»‹›‘’‚'\u201b\u2033]")
# zero-width and bidirectional format characters count as spaces (social-media embeds: '\u202a”Sorry …!!” posted X')
# a paired quote while scanning: (start, end, opening mark length, closing mark length, depth, family, flags)
_Pair = tuple[int, int, int, int, int, str, set[str]]
_Open = tuple[str, int, int, set[str]]  # an open quote on the stack: (family, start, mark length, flags)
_INVISIBLE = frozenset("\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2066\u2067\u2068\u2069\ufeff")
_OPENERS_AFTER = set("([{<—–-/*_ \t\u00a0") | set("“„‟«‹‘‚\"'`") | _INVISIBLE
_CLOSE_BEFORE = set(".,;:!?)]}>—–-*_…") | set("”»›’\"'") | _INVISIBLE

# longest run of text (characters) between a quote's opener and a same-family re-opener read as its next paragraph
_REOPEN_GAP = 1500

# longest quote (characters) kept around a nested quote of its own family ('‘A ‘b’ c’' is a writer's slip)
_STALE_SPAN = 1000

# a sentence end inside a quote that lost its closer: '.', '!', '?' or '…' before a space and a capital or a mark
_SENTENCE_END = re.compile(r"[.!?…](?=\s+[A-Z\"“‘'«(\[])")

# two digits after a single mark that elide a century ('90s, ’22.) rather than open a quote
_DECADE = re.compile(r"\d\d(?:s\b|[.,;:!?)…](?!\d))")

DOUBLE, GUILLEMET, SINGLE = "double", "guillemet", "single"


@dataclass(frozen=True, slots=True)
class MarkedSpan:
    """A quoted span ``text[start:end]`` including its marks; ``inner_*`` exclude them."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    depth: int  # 0 = outermost
    family: str  # double | guillemet | single
    flags: frozenset[str]  # subset of {"unclosed", "unbalanced", "continued"}


def _role(mark: str, prev: str | None, nxt: str | None) -> tuple[str, str] | None:
    """(role, family) of one mark from its neighbours; role is open | close | either; None = not a quote."""
    prev_open = prev is None or prev.isspace() or prev in _OPENERS_AFTER
    next_close = nxt is None or nxt.isspace() or nxt in _CLOSE_BEFORE
    if mark in ("’’", "´´"):  # '´´' closes in some wire copy ('… affordable,´´ she said')
        return ("close", DOUBLE) if not (prev_open and not next_close) else ("open", DOUBLE)
    if mark == "‘‘":
        return ("open", DOUBLE)
    if mark in ("“", "„", "‟", "``"):
        if mark == "“" and not prev_open and next_close:
            return ("close", DOUBLE)  # German „…“ or a mistyped closer
        return ("open", DOUBLE)
    if mark in ("”", "\u2033"):
        if prev_open and not next_close:
            return ("open", DOUBLE)
        return ("close", DOUBLE)
    if mark in ('"', "''"):
        if prev_open and not next_close:
            return ("open", DOUBLE)
        if next_close and not prev_open:
            return ("close", DOUBLE)
        return ("either", DOUBLE)
    if mark in ("«", "‹"):
        return ("open", GUILLEMET)
    if mark in ("»", "›"):
        return ("close", GUILLEMET)
    if mark in ("‘", "‚", "\u201b"):
        return ("open", SINGLE) if prev_open else None
    # ’ and ' : apostrophe unless at a word edge
    prev_word = prev is not None and prev.isalnum()
    # "'[We] hope …'": an editorial bracket at the start of a quote (round 10, news-corpus audit)
    next_word = nxt is not None and (nxt.isalnum() or nxt == "[")
    if prev_word and next_word:
        return None  # don't, Russia's
    if prev_open and next_word:
        return ("open", SINGLE)
    if next_close and not prev_open:
        return ("close", SINGLE)
    return None


def _scan_paragraph(text: str, para: Span, carry: list | None, next_para: Span | None) -> tuple[list, list | None]:
    """Spans closed in ``para`` and the open outer entry carried into the next paragraph (or None)."""
    spans: list[_Pair] = []
    stack: list[_Open] = []
    defect = False
    skip_first_opener = False
    last_open: int | None = None  # the last opener (or re-opener) with no closer after it
    reopened_at: dict[int, int] = {}  # opener position -> its last re-opener in this paragraph
    has_double = _has_double(text, para)  # read at every single-quote opener: the paragraph scanned once
    if carry is not None:
        stack.append(carry)
        skip_first_opener = True
    for m in _MARK.finditer(text, para.start, para.end):
        mark, pos = m.group(), m.start()
        prev = text[pos - 1] if pos > para.start else None
        nxt = text[m.end()] if m.end() < para.end else None
        role = _role(mark, prev, nxt)
        if role is None:
            continue
        if mark == '"' and nxt == "“" and (prev is None or prev.isspace()):
            continue  # '"“You don’t win …,” Rubio responded': a doubled opener, the typographic one counts
        kind, family = role
        if skip_first_opener:
            skip_first_opener = False
            if kind in ("open", "either") and not text[para.start:pos].strip():
                continue  # the re-opening mark of a continued quote
        if family == SINGLE and kind == "open" and _DECADE.match(text, m.end(), para.end):
            continue  # 'the '90s', 'in ‘23,': an elided century, not a quote
        if family == SINGLE and kind == "open" and not stack and has_double and not _single_closes(
                text, m.end(), para.end):
            continue  # a lone ‘ outside double quotes in a paragraph that uses doubles: not a quote
        if family == SINGLE and kind == "open" and nxt == "[" and any(f == SINGLE for f, *_ in stack):
            continue  # "'… in Ukraine. '[The minister] refuted …'": a bracket inside an open single quote
        if kind == "either":
            kind = "close" if any(f == family for f, *_ in stack) else "open"
        if kind == "open" and stack and stack[-1][0] == family and "continued" not in stack[-1][3]:
            top = stack[-1]
            if last_open is not None and pos - last_open <= _REOPEN_GAP and _same_opener(text, top[1], mark) \
                    and _after_sentence_end(text, pos, top[1]):
                last_open = reopened_at[top[1]] = pos
                continue  # '‘A. ‘B.’': a quote re-opened after a paragraph break lost in scraping, not a nested one
            if _after_colon(text, pos, top[1]) and _lost_closer_end(text, top, pos, reopened_at) is not None:
                # 'Ann said: ‘A. Tom said: ‘B’': a new quote after a cue colon, so the open one lost its closer
                defect = True
                stack.pop()
                spans = _cut_lost_closer(text, spans, top, pos, len(stack), reopened_at)
        if kind == "open":
            if family == DOUBLE and stack and stack[-1][0] == DOUBLE and mark == '"':
                kind = "close"
            else:
                stack.append((family, pos, len(mark), set()))
                last_open = pos
                continue
        last_open = None
        # close
        idx = next((i for i in range(len(stack) - 1, -1, -1) if stack[i][0] == family), None)
        if idx is None:
            if family != SINGLE:
                defect = True  # a stray closer: skip it
            continue
        if idx != len(stack) - 1:
            defect = True  # inner quotes left open: dropped
        stack_entry = stack[idx]
        fam, start, mlen, flags = stack_entry
        del stack[idx:]
        first_inner = None if "continued" in flags else _stale_opener(spans, start, m.end(), idx, fam)
        if first_inner is not None:
            defect = True  # the opener lost its closer long ago: cut before the first quote it swallowed
            spans = _cut_lost_closer(text, spans, stack_entry, first_inner, idx, reopened_at)
            continue
        spans.append((start, m.end(), mlen, len(mark), len(stack), fam, flags))
    carry_out = None
    if stack:
        outer = stack[0]
        reopened = False
        if next_para is not None and outer[0] != SINGLE:
            first = next_para.text[:2]
            m = _MARK.match(first)
            if m:
                role = _role(m.group(), None, next_para.text[len(m.group()):len(m.group()) + 1] or None)
                reopened = role is not None and role[0] in ("open", "either") and role[1] == outer[0]
        if reopened and len(text[outer[1] + outer[2]:para.end].split()) < 8:
            reopened = False  # a few words left open mid-paragraph: a stray mark, not a quote running on
        if reopened:
            outer[3].add("continued")
            carry_out = outer
        else:
            defect = True
            fam, start, mlen, flags = outer
            inner_same = [sp for sp in spans if sp[0] > start and sp[4] == 1 and sp[5] == fam]
            nested_same = [sp for sp in spans if sp[0] > start and sp[4] >= 1 and sp[5] == fam]
            if nested_same and "continued" not in flags and not (
                    len(stack) == 1 and inner_same and inner_same[-1][1] - start <= _STALE_SPAN) \
                    and _lost_closer_end(text, outer, nested_same[0][0], reopened_at) is not None:
                # 'Ann said: ‘A … Tom added: ‘B.’': the open quote lost its closer before the quotes after it
                spans = _cut_lost_closer(text, spans, outer, nested_same[0][0], 0, reopened_at)
                stack.clear()
            elif len(stack) == 1 and inner_same and "continued" not in flags:
                # '“No, … the situation “on the ground,” the diplomat said': the writer opened a second mark
                # where none was needed, so the last inner closer closes the outer quote
                last = inner_same[-1]
                spans = [sp for sp in spans if not (sp[0] >= last[0] and sp[1] <= last[1])]
                spans.append((start, last[1], mlen, last[3], 0, fam, flags))
                stack.clear()
                out = []
                for s0, e0, lo, lc, depth, fam0, flags0 in spans:
                    fl = set(flags0) | {"unbalanced"}
                    out.append(MarkedSpan(s0, e0, s0 + lo, e0 - lc, depth, fam0, frozenset(fl)))
                return out, None
            end = para.end
            if end - start > _STALE_SPAN:  # a long paragraph (merged in scraping) left open: the quote's sentence
                end = _lost_closer_end(text, outer, end, reopened_at) or end
            inner = text[start + mlen:end]
            if stack and len(inner.split()) >= 3:
                flags.add("unclosed")
                spans.append((start, end, mlen, 0, 0, fam, flags))
    if defect:
        spans = _redepth(spans)
    out = []
    for start, end, lo, lc, depth, fam, flags in spans:
        fl = set(flags)
        if defect:
            fl.add("unbalanced")
        out.append(MarkedSpan(start, end, start + lo, end - lc, depth, fam, frozenset(fl)))
    return out, carry_out


def _redepth(spans: list[_Pair]) -> list[_Pair]:
    """``spans`` with each depth recomputed as the number of spans that contain it (after marks were dropped)."""
    out = []
    ends: list[int] = []
    for sp in sorted(spans, key=lambda sp: (sp[0], -sp[1])):
        while ends and (ends[-1] <= sp[0] or ends[-1] < sp[1]):
            ends.pop()
        out.append((*sp[:4], len(ends), *sp[5:]))
        ends.append(sp[1])
    return out


def _stale_opener(spans: list[_Pair], start: int, end: int, depth: int, family: str) -> int | None:
    """Start of the first complete quote of its own family inside a long span (over ``_STALE_SPAN`` characters)
    from ``start`` to ``end``, or None: such an opener lost its closer ("the 'red lines. He said: 'No.' ... the
    troops' lines"), and pairing it with a far closer would swallow the narration and every quote in between."""
    if end - start <= _STALE_SPAN:
        return None
    return next((sp[0] for sp in spans if sp[0] > start and sp[4] == depth + 1 and sp[5] == family), None)


def _cut_lost_closer(text: str, spans: list[_Pair], entry: _Open, upto: int, depth: int,
                     reopened_at: dict[int, int]) -> list[_Pair]:
    """``spans`` with the quote of ``entry`` (an opener at ``depth`` whose closer is lost before ``upto``) ending
    at the first sentence end after its last re-opener (or after the opener), flagged ``unclosed``; the quotes
    after the cut move up one level. The narration that follows a lost closer is never taken as quoted."""
    fam, start, mlen, flags = entry
    cut = _lost_closer_end(text, entry, upto, reopened_at) or start
    out = [sp if not (sp[0] >= cut and sp[4] > depth) else (*sp[:4], sp[4] - 1, *sp[5:]) for sp in spans]
    if len(text[start + mlen:cut].split()) >= 3:
        out.append((start, cut, mlen, 0, depth, fam, set(flags) | {"unclosed"}))
    return out


def _lost_closer_end(text: str, entry: _Open, upto: int, reopened_at: dict[int, int]) -> int | None:
    """Where the quote of ``entry`` ends when its closer is lost before ``upto``: after the first sentence end
    following its last re-opener (or its opener); None when no sentence ends in between."""
    m = _SENTENCE_END.search(text, reopened_at.get(entry[1], entry[1]) + entry[2], upto)
    return m.start() + 1 if m else None


def _prev_visible(text: str, pos: int, lo: int) -> int:
    """Index of the last character before ``pos`` (after ``lo``) that is no space or invisible character; ``lo``
    when there is none."""
    k = pos - 1
    while k > lo and (text[k] == " " or text[k] in _INVISIBLE):
        k -= 1
    return k


def _after_colon(text: str, pos: int, lo: int) -> bool:
    """``text[pos]`` follows a colon (after ``lo``): the opener of a quote introduced by a cue ('He said: ‘…')."""
    k = _prev_visible(text, pos, lo)
    return k > lo and text[k] == ":"


def _same_opener(text: str, start: int, mark: str) -> bool:
    """``mark`` repeats the opener at ``start``, or is the typographic form of a straight one ('"A. “B,” he said')."""
    return text.startswith(mark, start) or (mark == "“" and text[start] == '"')


def _after_sentence_end(text: str, pos: int, lo: int) -> bool:
    """``text[pos]`` follows a sentence end ('. ', '?', '!', '…', also before a closing bracket) after ``lo``."""
    k = _prev_visible(text, pos, lo)
    if k > lo and text[k] in ")]" and text[k - 1] in ".!?…":
        k -= 1
    return k > lo and text[k] in ".!?…"


def _single_closes(text: str, pos: int, end: int, *, window: int = 600) -> bool:
    """A single-quote closer follows within ``window`` characters, before any double quote or guillemet
    (Daily Mail style 'quotes' in a long paragraph that also has "double" ones)."""
    for m in _MARK.finditer(text, pos, min(end, pos + window)):
        p = m.start()
        role = _role(m.group(), text[p - 1] if p > 0 else None, text[m.end()] if m.end() < len(text) else None)
        if role is None:
            continue
        if role[1] != SINGLE:
            return False
        if role[0] == "close":
            return True
        if role[0] == "open" and text[m.end():m.end() + 1] != "[":  # "'[The minister] …" may sit inside
            return False
    return False


def _has_double(text: str, para: Span) -> bool:
    chunk = text[para.start:para.end]
    return '"' in chunk or "“" in chunk or "”" in chunk or "«" in chunk or "''" in chunk


def quote_spans(text: str, *, paras: Sequence[Span] | None = None) -> list[MarkedSpan]:
    """All quoted spans of ``text`` in order of start (outer before inner), never raising on bad marks."""
    paras = list(paragraphs(text)) if paras is None else list(paras)
    out: list[MarkedSpan] = []
    carry = None
    for i, para in enumerate(paras):
        nxt = paras[i + 1] if i + 1 < len(paras) else None
        spans, carry = _scan_paragraph(text, para, carry, nxt)
        out.extend(spans)
    out = [s for s in out if 0 <= s.start < s.end <= len(text) and s.inner_start <= s.inner_end]
    out.sort(key=lambda s: (s.start, -s.end))
    return out
