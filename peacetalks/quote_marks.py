"""Quote-mark spans: pair opening and closing marks per paragraph, in any style, without ever raising.

Handles straight and typographic double quotes ("…", “…”, „…“), guillemets («…», ‹…›), single quotes used as
quotes (‘…’, '…'), doubled apostrophes (''…'', ``…''), multi-paragraph quotes (a paragraph that ends inside an
open quote and a next paragraph that re-opens it) and nesting. Unbalanced marks are recovered per paragraph:
an unclosed opener yields a span to the end of its paragraph flagged ``unclosed``; stray closers are skipped;
every span of a paragraph with a defect is flagged ``unbalanced``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from peacetalks.text import Span, paragraphs

# a run of three closing a nested quote ("?'''" in doubled-apostrophe style) is the inner single closer, then
# the outer double one (not the double closer and a stray single); the literal comes first so the scan stays fast
_MARK = re.compile(r"'(?<=\S')(?='')|’(?<=\S’)(?=’’)|''|``|’’|‘‘|[\"“”„‟«»‹›‘’‚'\u201b\u2033]")
# zero-width and bidirectional format characters count as spaces (social-media embeds: '\u202a”Sorry …!!” posted X')
_INVISIBLE = frozenset("\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2066\u2067\u2068\u2069\ufeff")
_OPENERS_AFTER = set("([{<—–-/*_ \t\u00a0") | set("“„‟«‹‘‚\"'`") | _INVISIBLE
_CLOSE_BEFORE = set(".,;:!?)]}>—–-*_…") | set("”»›’\"'") | _INVISIBLE

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
    if mark == "’’":
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
    spans: list[tuple[int, int, int, str, set[str]]] = []
    stack: list[tuple[str, int, int, set[str]]] = []  # (family, start, mark length, flags)
    defect = False
    skip_first_opener = False
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
        if family == SINGLE and kind == "open" and not stack and _has_double(text, para) and not _single_closes(
                text, m.end(), para.end):
            continue  # a lone ‘ outside double quotes in a paragraph that uses doubles: not a quote
        if family == SINGLE and kind == "open" and nxt == "[" and any(f == SINGLE for f, *_ in stack):
            continue  # "'… in Ukraine. '[The minister] refuted …'": a bracket inside an open single quote
        if kind == "either":
            kind = "close" if any(f == family for f, *_ in stack) else "open"
        if kind == "open":
            if family == DOUBLE and stack and stack[-1][0] == DOUBLE and mark == '"':
                kind = "close"
            else:
                stack.append((family, pos, len(mark), set()))
                continue
        # close
        idx = next((i for i in range(len(stack) - 1, -1, -1) if stack[i][0] == family), None)
        if idx is None:
            if family != SINGLE:
                defect = True  # a stray closer: skip it
            continue
        if idx != len(stack) - 1:
            defect = True  # inner quotes left open: dropped
        fam, start, mlen, flags = stack[idx]
        del stack[idx:]
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
            if len(stack) == 1 and inner_same and "continued" not in flags:
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
            inner = text[start + mlen:para.end]
            if len(inner.split()) >= 3:
                flags.add("unclosed")
                spans.append((start, para.end, mlen, 0, 0, fam, flags))
    out = []
    for start, end, lo, lc, depth, fam, flags in spans:
        fl = set(flags)
        if defect:
            fl.add("unbalanced")
        out.append(MarkedSpan(start, end, start + lo, end - lc, depth, fam, frozenset(fl)))
    return out, carry_out


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
