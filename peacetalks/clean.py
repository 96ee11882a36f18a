"""Remove non-article text (photo credits, teasers, banners, plugs, stubs, bylines) and record what went and why.

The rules are data: ``data/reference/boilerplate_rules.csv`` (one row per pattern, with the reason shown to
readers). Three scopes:

- ``line``: a whole line (paragraph) is dropped when the pattern matches it and it is at most ``max_chars`` long;
- ``inline``: only the matched span is cut (for one-line scraped texts and suffixes such as a syndication stub);
- ``structural``: rules implemented here because they compare lines (duplicated lede or headline, syndication
  stub whose lede is repeated, byline at the start or end, paragraph break inside a sentence).

``clean_text`` is pure: the same input gives the same output. Removal offsets refer to the text as given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from peacetalks.text import paragraphs

TERMINAL = tuple('.!?:;"”’)]…*»')


@dataclass(frozen=True, slots=True)
class Rule:
    """One cleaning rule read from the rules table."""

    rule: str
    scope: str  # line | inline | structural
    pattern: re.Pattern | None
    max_chars: int
    reason: str


@dataclass(frozen=True, slots=True)
class Removal:
    """A span removed from the input text (offsets into the text given to ``clean_text``)."""

    rule: str
    reason: str
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Cleaned:
    """Result of cleaning one article."""

    text: str
    removals: list[Removal] = field(default_factory=list)
    byline: str = ""


def _flags(letters: str) -> int:
    value = 0
    for letter in letters:
        value |= {"i": re.IGNORECASE, "m": re.MULTILINE, "s": re.DOTALL}[letter]
    return value


def load_rules(path: str | Path | None = None) -> tuple[Rule, ...]:
    """Read and compile the cleaning rules (default ``data/reference/boilerplate_rules.csv``)."""
    import csv

    from peacetalks.paths import REFERENCE

    with open(path or REFERENCE / "boilerplate_rules.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    rules = []
    for number, row in enumerate(rows, start=2):
        scope = row["scope"].strip()
        if scope not in {"line", "inline", "structural"}:
            raise ValueError(f"boilerplate_rules.csv line {number}: unknown scope {scope!r}")
        pattern = re.compile(row["pattern"], _flags(row["flags"].strip())) if row["pattern"] else None
        if scope != "structural" and pattern is None:
            raise ValueError(f"boilerplate_rules.csv line {number}: {scope} rule needs a pattern")
        rules.append(Rule(row["rule"].strip(), scope, pattern, int(row["max_chars"] or 0), row["reason"].strip()))
    return tuple(rules)


@lru_cache(maxsize=1)
def default_rules() -> tuple[Rule, ...]:
    return load_rules()


def _reason(rules: tuple[Rule, ...], name: str) -> str:
    return next((r.reason for r in rules if r.rule == name and r.scope == "structural"), name)


_BYLINE_NAME = r"[A-Z][a-zà-ÿ'’-]+(?: (?:[A-Z]\.|[A-Z][a-zà-ÿ'’-]+)){1,3}"
_BYLINE = re.compile(
    rf"^(?:By |Written by )?(?P<names>{_BYLINE_NAME}(?:(?:, | and | & ){_BYLINE_NAME})*)"
    r"(?:, (?P<org>[A-Z][A-Z.&]{1,8}))?$"
)
_LEADING_BY = re.compile(rf"^By (?P<names>{_BYLINE_NAME}(?:(?:, | and | & ){_BYLINE_NAME})*)(?:, [A-Z][\w.& ]{{1,40}})?$")
_SPACES = re.compile(r"[ \t\u00a0]{2,}")
_WORD = re.compile(r"\w+")


def _norm(text: str) -> str:
    return " ".join(text.casefold().split()).strip(" .,;:!?\"'“”‘’")


def _residual(line_start: int, line_text: str, cuts: list[tuple[int, int]]) -> str:
    """Line text with inline cuts removed, whitespace at the seams collapsed."""
    if not cuts:
        return line_text
    pieces, pos = [], line_start
    for start, end in cuts:
        pieces.append(line_text[pos - line_start:start - line_start])
        pos = end
    pieces.append(line_text[pos - line_start:])
    joined = " ".join(p.strip(" \t\u00a0") for p in pieces if p.strip(" \t\u00a0"))
    return _SPACES.sub(" ", joined).strip()


def clean_text(text: str, *, rules: tuple[Rule, ...] | None = None) -> Cleaned:
    """Clean one article's text; return the cleaned text, the removals (with reasons) and any byline found.

    Paragraphs of the result are separated by one blank line.
    """
    rules = rules or default_rules()
    lines = paragraphs(text)
    removals: list[Removal] = []

    # inline spans (non-overlapping, leftmost first, rules in table order win ties)
    found: list[tuple[int, int, Rule]] = []
    for rule in rules:
        if rule.scope == "inline":
            found += [(m.start(), m.end(), rule) for m in rule.pattern.finditer(text) if m.end() > m.start()]
    found.sort(key=lambda item: (item[0], -item[1]))
    inline: list[tuple[int, int, Rule]] = []
    for item in found:
        if not inline or item[0] >= inline[-1][1]:
            inline.append(item)

    line_rules = [r for r in rules if r.scope == "line"]
    status: list[str | None] = []  # rule name that removed the line, or None while it is kept
    whole: set[int] = set()  # lines removed whole (their record covers any inline cut inside)
    residuals: list[str] = []
    line_cuts: list[list[tuple[int, int, Rule]]] = []
    for i, line in enumerate(lines):
        cuts = [(max(s, line.start), min(e, line.end), r) for s, e, r in inline if s < line.end and e > line.start]
        line_cuts.append(cuts)
        residual = _residual(line.start, line.text, [(s, e) for s, e, _ in cuts])
        residuals.append(residual)
        # a line rule fires on a match that is not inside an inline cut (a footer cut inline does not condemn
        # the caption it follows); the length limit applies to what is left after the cuts
        inside = [(s - line.start, e - line.start) for s, e, _ in cuts]
        hit = next((r for r in line_rules if len(residual) <= r.max_chars and any(
            not any(a <= m.start() and m.end() <= b for a, b in inside) for m in r.pattern.finditer(line.text))),
            None)
        if hit is not None:
            status.append(hit.rule)
            whole.add(i)
            removals.append(Removal(hit.rule, hit.reason, line.start, line.end, line.text))
        elif not _WORD.search(residual):  # nothing but inline boilerplate (and punctuation) on this line
            status.append(cuts[0][2].rule if cuts else "empty")
        else:
            status.append(None)

    # duplicated lines: keep the cleanest copy (no inline cut), else the first; drop the others whole
    groups: dict[str, list[int]] = {}
    for i, residual in enumerate(residuals):
        if status[i] is None and residual.count(" ") >= 3:
            groups.setdefault(_norm(residual), []).append(i)
    for members in groups.values():
        if len(members) < 2:
            continue
        keep = min(members, key=lambda i: (bool(line_cuts[i]), i))
        for i in members:
            if i == keep:
                continue
            stub = any(r.rule == "syndication_stub" for _, _, r in line_cuts[i])
            name = "syndication_stub" if stub else "duplicate_line"
            status[i] = name
            whole.add(i)
            line = lines[i]
            reason = _reason(rules, name) + f" (kept copy: paragraph {keep + 1})"
            removals.append(Removal(name, reason, line.start, line.end, line.text))

    # inline removals of kept lines (lines dropped whole already carry their record)
    for i, cuts in enumerate(line_cuts):
        if i in whole:
            continue
        for start, end, rule in cuts:
            removals.append(Removal(rule.rule, rule.reason, start, end, text[start:end]))

    # byline: last kept line (or a leading "By ..." line), only when something else remains
    kept = [i for i, s in enumerate(status) if s is None]
    byline = ""
    if len(kept) >= 2:
        last = kept[-1]
        match = _BYLINE.match(residuals[last]) if len(residuals[last]) <= 100 else None
        if match:
            byline = residuals[last]
            status[last] = "byline"
            removals.append(Removal("byline", _reason(rules, "byline"), lines[last].start, lines[last].end,
                                    lines[last].text))
            kept.pop()
        first = kept[0]
        match = _LEADING_BY.match(residuals[first]) if len(kept) >= 2 and len(residuals[first]) <= 100 else None
        if match:
            byline = byline or residuals[first][3:]
            status[first] = "byline"
            removals.append(Removal("byline", _reason(rules, "byline"), lines[first].start, lines[first].end,
                                    lines[first].text))
            kept.pop(0)

    # assemble; re-join a sentence split across paragraphs
    out: list[str] = []
    previous: int | None = None
    for i in kept:
        residual = residuals[i]
        if out and previous is not None and not out[-1].endswith(TERMINAL) and (
                residual[:1].islower() or residual[:1] == "("):
            start = lines[previous].end
            end = start + len(text[start:lines[i].start]) - len(text[start:lines[i].start].lstrip())
            removals.append(Removal("rejoin_split_sentence", _reason(rules, "rejoin_split_sentence"), start, end,
                                    text[start:end]))
            out[-1] = out[-1] + " " + residual
        else:
            out.append(residual)
        previous = i
    removals.sort(key=lambda r: (r.start, r.end, r.rule))
    return Cleaned(text="\n\n".join(out), removals=removals, byline=byline)
