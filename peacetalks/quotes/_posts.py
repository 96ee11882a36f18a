"""Quotes without quote marks that news pages carry anyway: embedded social-media posts (a post text followed by
its signature line) and interview transcripts (``NAME: ...`` turns).

Run by ``_Extractor.run`` after the marked and reported quotes; a mixin of ``_Extractor``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cached_property

from peacetalks.text import TITLE_ABBREVIATIONS
from peacetalks.quotes._wordlists import (
    _BASE_CONFIDENCE, _CAPITALISED_RUN, _INTERVIEWER_LABELS, _MARKUP, _NAME_PARTICLES, _NOT_SPEAKER_TYPES,
    _ORDINALS, _OWN_NAME, _POST_CREDIT, _POST_LINK, _POST_LINKS_END, _POST_LINKS_SPAN, _POST_MAX, _POST_SIGNATURE,
    _PREPS, _QUANTITY, _RUN_ON_PARA, _SPACES, _TURN_ENDS, _TURN_LABEL, _TURN_NOT_NAMES, _TURN_NOT_WORDS,
    _TURN_WINDOW,
)
from peacetalks.quotes._common import _HEADLINE_CUE, _PHOTO_CREDIT, _as_written, _words
from peacetalks.quotes._parser import _Cand


def _post_words(s: str) -> int:
    """Words of a post's text, its links not counted."""
    return _words(_POST_LINK.sub(" ", s)) if "/" in s else _words(s)


def _display_name(name: str) -> bool:
    """An account's display name as a post's signature shows it: no sentence end inside (a title's or initials' point
    is none), and a capital first letter unless it is one word ('Jane Doe', 'Gen. Tom Lee', 'U.S. Embassy Varna',
    'spook'; not 'stopped. Jane Doe', 'says Jane Doe')."""
    letter = next((c for c in name if c.isalpha()), "")
    return not any(_sentence_end(name, m.start()) for m in re.finditer(r"[.!?]\s", name)) and (
        letter.isupper() or len(name.split()) == 1)


def _sentence_end(s: str, i: int) -> bool:
    """Does the mark at ``s[i]`` end a sentence: not the point of a title or of initials ('Gen. Ben Doe', 'U.S.
    Embassy', review 13b)?"""
    before = s[:i].split()
    word = before[-1] if before else ""
    return not (s[i] == "." and (word in TITLE_ABBREVIATIONS or word in ("Sec", "Gov", "Amb")
                                 or re.fullmatch(r"(?:[A-Z]\.)*[A-Z]", word)))


def _name_span(text: str, i: int, j: int) -> tuple[int, int] | None:
    """``text[i:j]`` without emoji, flags and punctuation around the name ('Jane Doe 🇺🇦' -> 'Jane Doe'); None when
    nothing of a name is left."""
    while i < j and not text[i].isalnum():
        i += 1
    while j > i and not (text[j - 1].isalnum() or text[j - 1] in ".)"):
        j -= 1
    return (i, j) if i < j else None


class _PostsAndTurns:
    """Mixin of ``_Extractor``: embedded social-media posts and interview transcript turns."""

    def embedded_posts(self) -> None:
        """Social posts pasted into the text without quote marks, each closed by its embed signature ('… pic.twitter
        .com/x — Jane Doe (@janedoe) May 8, 2022'): the post's words are a direct quote of the name (or, with no name,
        of the handle as written). Quotes found already keep their text: the post starts after them."""
        if "@" not in self.text:
            return
        floor = 0
        for m in _POST_SIGNATURE.finditer(self.text):
            if m.group("name") and not _display_name(m.group("name")):
                continue  # 'Ferries — all of them — stopped. Jane Doe (@janedoe) …': a sentence, no signature
            span = self.post_span(m.start(), floor)
            floor = m.end()
            if span is None:
                continue
            a, b, cut = span
            conf = _BASE_CONFIDENCE["post-signature"] * (0.75 if cut else 1.0)
            name = _name_span(self.text, *m.span("name")) if m.group("name") else None
            dash = self.text[m.start()]  # the cue as written: the signature's dash, as ':' for a headline
            cand = _Cand(a, b, "direct", "post-signature", dash, name, self.doc.para_of(a), conf)
            if cut:
                cand.extra["guessed_start"] = True  # calibration: scored like a quote in defective marks
            if name is None:
                hs, he = m.span("handle") if m.group("handle") else m.span("bare")
                cand.resolution, cand.speaker_span = _as_written(self.text[hs:he]), (hs, he)
            self.add(cand)

    def post_span(self, dash: int, floor: int) -> tuple[int, int, bool] | None:
        """The words of a post whose signature dash is at ``dash``: back to its paragraph start or the previous
        signature (``floor``), links at its end left out; whole sentences within ``_POST_MAX`` characters when that
        is longer, or the last words within them when one sentence is (both cut short); after any quote found
        already in that stretch. A signature on a line of its own closes the paragraph before; a last paragraph
        that only credits a picture or holds under two words takes the paragraph before in too (cut short).
        (start, end, cut short), or None; never longer than ``_POST_MAX`` characters."""
        d, text = self.doc, self.text
        pi = d.para_of(dash)
        a, end = max(d.paras[pi].start, floor), dash
        if a > floor and pi > 0 and not text[a:dash].strip() and d.paras[pi - 1].end > floor:
            pi -= 1  # '…\n— Jane Doe (@janedoe) May 8, 2022': the post is the paragraph before
            a, end = max(d.paras[pi].start, floor), d.paras[pi].end
        if "<" in text[a:end] and _MARKUP.search(text, a, end):
            return None  # a marked-up embed ('<tweet author="…">…'): its tags, not its signature, delimit it
        links = _POST_LINKS_END.search(text, max(a, end - _POST_LINKS_SPAN), end)
        b = len(text[a:links.start() if links else end].rstrip()) + a
        lo = a
        if a > floor and pi > 0 and d.paras[pi - 1].end > floor and (_POST_CREDIT.match(text, a)
                                                                      or _post_words(text[a:b]) < 2):
            lo = max(floor, d.paras[pi - 1].start)  # '…\n\n📷 Jane Doe — …': the words are in the paragraph before
        cut = lo < a
        si = d.sent_of(b - 1) if b > 0 else 0
        if (b - a > _POST_MAX or lo < a) and d.sents:
            while si > 0 and d.sents[si - 1].start >= lo and b - d.sents[si - 1].start <= _POST_MAX:
                si -= 1
            cut = cut or d.sents[si].start > lo
            a = max(lo, d.sents[si].start)
        if b - a > _POST_MAX:  # one sentence longer than a post (no sentence end found): its last words only
            gap = _SPACES.search(text, b - _POST_MAX, b)
            a, cut = (gap.end() if gap else b), True
        credits = list(_PHOTO_CREDIT.finditer(text, a, b))
        if credits:
            a = credits[-1].end()  # '… Photograph: Jane Doe/Reuters Talks resume …': a page's caption, not the post
        busy = [(c.start, c.end) for c in self.cands if c.start < b and a < c.end]
        busy += [(s.start, s.end) for s in d.outer if s.start < a < s.end or s.start < b < s.end]
        if busy:
            last = max(e for _s, e in busy)
            a = next((s.start for s in d.sents[d.sent_of(last):] if s.start >= last), b)
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a >= b or _post_words(text[a:b]) < 2:
            return None
        return a, b, cut

    def transcript_turns(self) -> None:
        """Interview turns opened by a speaker label and a colon ('PSAKI: Well, …', 'Jane Doe (translation): …',
        'Q: …'), at a paragraph start or after a sentence end, in an article with at least two distinct labels: each
        turn of a named person is that person's direct quote, up to the next label or the paragraph end. A label in
        capitals or a bare surname takes the full name given elsewhere in the article ('DOE' -> 'Jane Doe').
        Unnamed interviewers ('Q:', 'Reporter:') only end turns. Text already read as a quote is left alone."""
        labels = [m for m in self.turn_labels() if self.turn_start(m.start())]
        if len({m.group("label").lower() for m in labels}) < 2:
            return
        first: dict[str, re.Match] = {}
        for m in labels:
            first.setdefault(m.group("label").lower(), m)
        upper = {low for low, m in first.items() if m.group("label").isupper() and len(low) > 1}
        people = {low: self.turn_speaker(low, m.start(), capitals=low in upper) for low, m in first.items()}
        # a transcript in capitals: two labels in capitals that name someone ('KYIV:', 'ALSO READ:' do not)
        capitals = len({low for low in upper if people[low] is not None})
        if capitals < 2:
            people.update({low: self.turn_speaker(low, first[low].start(), capitals=False) for low in upper})
        if sum(v is not None for v in people.values()) == 0:
            return
        d = self.doc
        opening = {d.para_of(m.start()) for m in labels  # paragraphs opened by a speaker's or an asker's label
                   if d.paras[d.para_of(m.start())].start == m.start() and (  # ('Photo:' is neither)
                       people[m.group("label").lower()] is not None or m.group("label").lower() in _INTERVIEWER_LABELS)}
        dialogue = self.dialogue_paras(labels)
        for n, m in enumerate(labels):
            full = people[m.group("label").lower()]
            pi = d.para_of(m.start())
            if full is None or d.paras[pi].start == m.start() and not {pi - 1, pi + 1} & opening and not (
                    capitals >= 2 and m.group("label").isupper()):
                continue  # 'Doe: Win in a walk.' then narration: a section heading, no turn of a dialogue (but a
                # transcript in capitals may put a clip or a line of narration between its turns)
            if d.paras[pi].start != m.start() and pi not in dialogue:
                continue  # 'Doe: … Brown: …' in one paragraph: a roundup's second entry (it still ends the first)
            a = m.end()
            b = d.paras[pi].end
            if n + 1 < len(labels) and labels[n + 1].start() < b:
                b = labels[n + 1].start()
                while b > a and self.text[b - 1] in " ―—–":
                    b -= 1  # '… accurate information ― DOE: Yes': the interrupting dash is no word of the turn
            b = self.turn_end(a, b, (m.group("label"), self.text[full[0]:full[1]] if full != _OWN_NAME else ""))
            busy, inside = [], []
            for c in self.cands:
                if c.start < b and a < c.end and not c.extra.get("drop"):
                    if c.kind == "indirect" and a <= c.start and c.end <= b + 1:
                        inside.append(c)  # 'DOE: I think …': an unmarked report inside the turn is part of it
                    else:
                        busy.append(c.start)
            if busy:
                b = min(busy)  # what the other rules read already stays theirs
            body = self.text[a:b].split()
            head = self.text[a:min(b, a + 80)]
            if sum(ch.isupper() for ch in head) * 3 > sum(ch.isalpha() for ch in head):
                continue  # 'PENTAGON: RUSSIA BUILDUP IS LARGEST …': a headline in capitals, not an answer
            if self.text.count(",", a, b) >= 3 and 2 * sum(w[:1].isupper() for w in body) > len(body):
                continue  # 'Ohio: Jane Doe, Tom Brown, …': a list of names
            cand = self._finish(a, b, m.span("label"), ":", "transcript-turn", pi, _HEADLINE_CUE, 3)
            if cand is None:
                continue
            cand.kind = "direct"
            if full != _OWN_NAME:
                cand.extra["full"] = full
            self.add(cand)
            for c in inside:
                c.extra["drop"] = True  # only once the turn is read (review 13b A5)

    def dialogue_paras(self, labels: Sequence[re.Match]) -> set[int]:
        """The paragraphs whose labels form an exchange, where a label inside the paragraph starts a turn: a label
        recurs ('DOE: … LEE: … DOE: …'), an interviewer's label is there ('Q:', 'REPORTER:'), or a turn asks a
        question that the next label answers ('LEE: Will it open? DOE: …'); a lone label, or labels in a paragraph
        longer than ``_RUN_ON_PARA`` (a page that lost its breaks), count as before. Labels in a short paragraph that
        do none of these ('Doe: the port is shut. Brown: ferries wait.') are a roundup's entries (round 14)."""
        by_para: dict[int, list[re.Match]] = {}
        for m in labels:
            by_para.setdefault(self.doc.para_of(m.start()), []).append(m)
        out = set()
        for pi, ms in by_para.items():
            lows = [m.group("label").lower() for m in ms]
            para = self.doc.paras[pi]
            if len(lows) == 1 or para.end - para.start > _RUN_ON_PARA or len(set(lows)) < len(lows) or \
                    not _INTERVIEWER_LABELS.isdisjoint(lows) or any(
                        self.text[m.end():nxt.start()].rstrip(" ―—–").endswith("?") for m, nxt in zip(ms, ms[1:])):
                out.add(pi)
        return out

    def turn_end(self, a: int, b: int, names: Sequence[str]) -> int:
        """A turn from ``a`` to ``b`` ends before a later sentence that names its speaker (a word of ``names``, not
        a title): '… I was there. Doe, 70, fled in May.' is the reporter's narration after the answer. A given name
        addressed (', Jane') or before another surname inside a sentence ('by Jane Lee') is someone else (review
        13b)."""
        words = {w for w in re.findall(r"[^\W\d_][\w'’-]+", " ".join(names))
                 if w.lower() not in self.lex.role_nouns and w.lower() not in self.lex.modifiers}
        words |= {w[:1] + w[1:].lower() for w in words}  # 'DOE:' is named 'Doe' in the narration
        if not words:
            return b
        surnames = {name.split()[-1] for name in names if name.split()}
        surnames |= {w[:1] + w[1:].lower() for w in surnames}
        pattern = re.compile("|".join(r"\b" + re.escape(w) + r"\b" for w in sorted(words)))
        d, text = self.doc, self.text
        for si in range(d.sent_of(a) + 1, len(d.sents)):
            sent = d.sents[si]
            if sent.start >= b:
                break
            for m in pattern.finditer(text, sent.start, min(sent.end, b)):
                i, j = m.span()
                before = text[max(sent.start, i - 30):i].split()  # 'by Jane Lee', not 'Minister Jane Lee'
                if m.group() in surnames or not (text[i - 2:i] == ", " or before and before[-1][:1].islower() and
                                                 re.match(r" [A-Z]", text[j:j + 2])):
                    return sent.start
        return b

    @cached_property
    def lower_words(self) -> frozenset[str]:
        """The words of the text (maximal runs of word characters), for ``turn_speaker``'s 'written in lower case
        elsewhere' test: built once, so many labels cost linear time (review 13b)."""
        return frozenset(re.findall(r"\w+", self.text))

    @cached_property
    def full_names(self) -> dict[str, list[tuple[int, int]]]:
        """Each capitalised word after one or two other capitalised words -> the char spans of the two or three words
        ending in it, in text order ('Doe' -> 'Correspondent Jane Doe' in 'Port Correspondent Jane Doe'; 'Doe' also
        from "Jane Doe's"): ``turn_speaker``'s full names, found in one scan of the text (review 13b)."""
        out: dict[str, list[tuple[int, int]]] = {}
        text = self.text
        for m in _CAPITALISED_RUN.finditer(text):
            starts = [m.start()] + [k + 1 for k in range(m.start(), m.end()) if text[k] == " "]
            for n in range(1, len(starts)):
                end = text.find(" ", starts[n], m.end())
                end = m.end() if end < 0 else end
                out.setdefault(text[starts[n]:end], []).append((starts[max(0, n - 2)], end))
                stem = re.match(r"[^\W\d_]+", text[starts[n]:end]).end() + starts[n]  # "Doe's", 'Doe-Smith'
                if stem < end:
                    out.setdefault(text[starts[n]:stem], []).append((starts[max(0, n - 2)], stem))
        return out

    def turn_labels(self) -> list[re.Match]:
        """The ``_TURN_LABEL`` matches of the text, found from its colons (a scan of the whole text for capitalised
        words costs more than the rest of the rule)."""
        text, out, floor = self.text, [], 0
        c = text.find(":")
        while c >= 0:
            if text[c + 1:c + 2] in (" ", "\t"):
                m = _TURN_LABEL.search(text, max(floor, c - _TURN_WINDOW), c + 8)
                while m is not None and m.start("colon") < c:
                    m = _TURN_LABEL.search(text, m.end(), c + 8)
                if m is not None and m.start("colon") == c:
                    out.append(m)
                    floor = m.end()
            c = text.find(":", c + 1)
        return out

    def turn_start(self, pos: int) -> bool:
        """May a transcript label start at ``pos``: the text or a paragraph start, or after a sentence end (or the
        dash of an interrupted turn: '… the port ― DOE: Yes') and a space?"""
        return pos == 0 or self.text[pos - 1] == "\n" or (
            pos > 1 and self.text[pos - 1] == " " and self.text[pos - 2] in _TURN_ENDS)

    def turn_speaker(self, low: str, first: int, *, capitals: bool) -> tuple[int, int] | None:
        """The name a transcript label stands for: the char span of the fuller name ending in a one-word label
        elsewhere in the text (the last one before the label's first turn at ``first``, else the first after it:
        'FUHRMANN' -> 'Jane Fuhrmann'), or ``_OWN_NAME`` for the label itself: a person in the registry, a name of
        two or three words, or (``capitals``: the article has two labels in capitals) a surname in capitals. None
        for an unnamed interviewer or a non-name (a label word, a state or institution, a number or ordinal word:
        'Step Two'; a word also written in lower case, leading role nouns and name particles aside: 'Fact Check',
        'Black', round 14; a lone premodifier or role noun: 'PRIME', 'Minister'; also in capitals: 'KYIV' is a
        dateline)."""
        words = low.split()
        lead = next((k for k, w in enumerate(words[:-1]) if w not in self.lex.role_nouns), len(words) - 1)
        title = " ".join(w[:1].upper() + w[1:] for w in words)
        res = self.safe_resolve(title, ())
        known_person = res.type == "person" and res.actor_id is not None  # 'Grant Shapps' though 'grant' is a verb
        if low in _INTERVIEWER_LABELS or words[0] in _TURN_NOT_NAMES or any(
                w.strip(".") in self.lex.labels or w in _INTERVIEWER_LABELS | _TURN_NOT_WORDS | _QUANTITY | _ORDINALS
                for w in words) or \
                not known_person and any(w in self.lower_words and w not in _NAME_PARTICLES for w in words[lead:-1]) or \
                (words[-1] in self.lower_words if words[-1].isalnum()
                 else re.search(r"\b" + re.escape(words[-1]) + r"\b", self.text)) or \
                len(words) == 1 and (low in self.lex.modifiers or low in self.lex.role_nouns):
            return None  # (one word of the lexicon is no surname: 'PRIME:' is a show's name, 'Minister:' a role)
        if len(words) == 1:
            text = self.text
            names = [(i, j) for i, j in self.full_names.get(title, ())
                     if not re.match(r" ?\(|:", text[j:j + 2]) and text[i:j].split()[0].lower() not in _TURN_NOT_NAMES | _PREPS]
            before = [n for n in names if n[0] < first]
            full = before[-1] if before else names[0] if names else None
            if full is not None and self.safe_resolve(text[full[0]:full[1]], ()).type not in _NOT_SPEAKER_TYPES:
                lead = re.match(r"(?:(\S+) )?", text[full[0]:full[1]])  # 'Correspondent Jane Doe': no role word
                skip = lead.end() if lead.group(1) and lead.group(1).lower() in self.lex.role_nouns else 0
                return full[0] + skip, full[1]
        if res.type == "person" and (res.actor_id is not None or len(words) > 1) or (
                capitals and len(words) == 1 and res.type not in _NOT_SPEAKER_TYPES):
            return _OWN_NAME
        return None
