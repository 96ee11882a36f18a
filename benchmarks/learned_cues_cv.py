"""Round 16 analysis (docs/quotes_history.md, "Round 16 — learned cues"): can a learned, contextual cue model
find attribution cues among the verb tokens the lexicon does not read?

    .venv/bin/python benchmarks/eval_polnear.py --split train --errors /tmp/base_train_errors.jsonl
    .venv/bin/python benchmarks/learned_cues_cv.py --base-errors /tmp/base_train_errors.jsonl          # label cue
    .venv/bin/python benchmarks/learned_cues_cv.py --base-errors /tmp/base_train_errors.jsonl --label right

Candidates: after the lexicon pass, every token ``_Parser.verb_at(k, s_forms=True)`` reads as a verb that is no
cue the engine used, no form of 'be' or auxiliary, not inside quoted words and not a lexicon cue form. Features
come from the engine's own tokens and classes: crude lemma, complement after the verb (that, wh, bare clause,
to-infinitive, noun phrase, about/for/of/on/against/with/over + noun phrase, other preposition, punctuation),
subject before it (pronoun, name, role noun, plural noun, relative word, none …), negation/modal/auxiliary,
position in the sentence, and the crosses lemma × complement, lemma × subject, subject × complement. ``--label
cue``: y = a PolNeAR gold cue span covers the token; ``--label right``: one row per prediction the reader gives
for the candidate, with the shape of that content as extra features, y = content and speaker right. The model is
an L2 logistic regression (numpy only), 5-fold cross-validation over train ARTICLES: each fold's candidates are
scored by weights fitted on the other four. A candidate over the threshold is read by the engine's own
reported-speech reader (``one_reported``) with a cue built from the verb and its complement (clause cue for
that/wh/bare clause, object cue for a noun phrase or infinitive, verb + preposition as an object cue), and the
whole pipeline is scored against the unchanged engine for each threshold.

Develop on train only; needs ../shared (developers and CI only). The engine is not changed: the candidate pass is
patched in for the run only.
"""

from __future__ import annotations

import argparse
import bisect
import json
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from peacetalks.cues import Cue  # noqa: E402
from peacetalks.evaluate import content_units, overlap, polnear_gold, score_quotes  # noqa: E402
from peacetalks.quotes import batch_mode, cli_records  # noqa: E402
from peacetalks.quotes._reported import _ReportedSpeech  # noqa: E402
from peacetalks.quotes._wordlists import (  # noqa: E402
    _BE, _BOUNDARY, _DETS, _FINITE, _MODALS, _NEGATION, _OBJECT_PARTICLES, _QUOTE_MARKS, _SUBJ_PRON,
)

SHARED = ROOT.parent / "shared" / "polnear"
L2 = 1.0
_WH = frozenset("whether if why how what when where who which".split())
_OBJ_PREPS = frozenset("about for of on against with over to".split())
_ADVS = frozenset("also again repeatedly publicly privately recently previously later earlier already still "
                  "even never often".split())


def crude_lemma(low: str) -> str:
    """One stem for a verb's -s, -ed and base forms ('urges', 'urged', 'urge' -> 'urg')."""
    if low.endswith("ied"):
        return low[:-3] + "y"
    if low.endswith("ies"):
        return low[:-3] + "y"
    for suf in ("ed", "es", "s"):
        if low.endswith(suf) and len(low) - len(suf) >= 3:
            low = low[:-len(suf)]
            break
    if low.endswith("e"):
        low = low[:-1]
    if len(low) > 3 and low[-1] == low[-2] and low[-1] not in "ls":
        low = low[:-1]
    return low


def complement(t, k: int, le: int, p) -> tuple[str, int]:
    """What follows the verb at ``k``: (type, index of the first token after adverbs and particles)."""
    j = k + 1
    while j < le and (t[j].low in _ADVS or t[j].low.endswith("ly") and t[j].text.islower() and len(t[j].low) > 4
                      or t[j].low in _OBJECT_PARTICLES and j == k + 1):
        j += 1
    if j >= le:
        return "none", j
    low, txt = t[j].low, t[j].text
    if txt in _QUOTE_MARKS:
        return "quote", j
    if txt in _BOUNDARY:
        return "punct", j
    if low == "that":
        return "that", j
    if low in _WH:
        return "wh", j
    if low == "to":
        nxt = t[j + 1] if j + 1 < le else None
        return ("to_inf" if nxt is not None and nxt.text.islower() and nxt.low not in _DETS
                and p.cls(j + 1) not in ("pron", "det") else "pp_to"), j
    if low in _OBJ_PREPS:
        return "pp_" + low, j
    if low == "by":
        return "by", j
    if p.cls(j) == "prep" or low in ("in", "at", "from", "into", "after", "before", "during", "since", "as"):
        return "prep", j
    if low in _SUBJ_PRON and low != "it" or low in ("i", "we"):
        return "clause", j
    if low in _FINITE or low in _BE:
        return "aux", j
    return "np", j


def subject(t, k: int, ls: int, p) -> tuple[str, str]:
    """The subject type before the verb (skipping adverbs, then one auxiliary) and a negation/modal flag."""
    j = p.skip_adverbs_left(k - 1, ls)
    flag = "plain"
    m = j
    while m >= ls and m >= k - 4 and (t[m].low in _FINITE or t[m].low in _BE or t[m].low in _NEGATION
                                      or t[m].low.endswith(("n't", "n’t")) or t[m].low in ("have", "has", "had")):
        if t[m].low in _NEGATION or t[m].low.endswith(("n't", "n’t")):
            flag = "neg"
        elif t[m].low in _MODALS and flag != "neg":
            flag = "modal"
        elif flag == "plain":
            flag = "aux"
        m -= 1
    j = p.skip_adverbs_left(m, ls) if m != j else j
    if j < ls:
        return "start", flag
    low, txt = t[j].low, t[j].text
    if low in ("who", "which", "that"):
        return "rel", flag
    if txt in _BOUNDARY:
        return ("comma" if txt == "," else "boundary"), flag
    if low in ("and", "but", "or"):
        return "conj", flag
    c = p.cls(j)
    if c == "pron":
        return "pron", flag
    if c in ("cap", "role", "det"):
        return c, flag
    if c == "prep":
        return "prep", flag
    if txt.isalpha() and txt.islower() and low.endswith("s") and not low.endswith("ss"):
        return "plural", flag
    if low == "to":
        return "to", flag
    return "other", flag


def features(ex, k: int, ls: int, le: int) -> tuple[list[str], str, int]:
    """The candidate's features, its complement type and the complement's first token."""
    t, p = ex.doc.toks, ex.p
    low = t[k].low
    lem = crude_lemma(low)
    comp, j = complement(t, k, le, p)
    subj, flag = subject(t, k, ls, p)
    form = "ed" if low.endswith("ed") else "s" if low.endswith("s") else "other"
    pos = k - ls
    pos_b = "0" if pos == 0 else "1-2" if pos <= 2 else "3-5" if pos <= 5 else "6-10" if pos <= 10 else "11+"
    prev_det = k > ls and t[k - 1].low in _DETS
    f = ["bias", "lemma=" + lem, "comp=" + comp, "subj=" + subj, "flag=" + flag, "form=" + form, "pos=" + pos_b,
         "lemma*comp=%s|%s" % (lem, comp), "subj*comp=%s|%s" % (subj, comp), "lemma*subj=%s|%s" % (lem, subj)]
    if prev_det:
        f.append("prev_det")
    return f, comp, j


_ADJUNCT = frozenset("in during at after before over with by on amid since as while".split())


def content_features(ex, cand, k: int) -> list[str]:
    """The shape of the content the reader gives for the candidate: length, adjunct PPs and commas inside it,
    quoted words, where the speaker is."""
    d, t = ex.doc, ex.doc.toks
    a, b = d.tok_at_or_after(cand.start), d.tok_at_or_after(cand.end)
    n = b - a
    nb = "1-2" if n <= 2 else "3-5" if n <= 5 else "6-10" if n <= 10 else "11-20" if n <= 20 else "21+"
    adj = any(t[m].low in _ADJUNCT for m in range(a + 1, b))
    comma = any(t[m].text == "," for m in range(a, b))
    f = ["clen=" + nb, "cadj=%d" % adj, "ccomma=%d" % comma, "ckind=" + cand.kind, "cmethod=" + cand.method,
         "clen*adj=%s|%d" % (nb, adj)]
    if cand.np is not None:
        j = d.tok_at_or_after(cand.np[0])
        c = ex.p.cls(j) or "other"
        f.append("spk=" + c)
        gap = k - d.tok_at_or_after(cand.np[1])
        f.append("spkgap=" + ("0" if gap <= 0 else "1" if gap == 1 else "2-3" if gap <= 3 else "4+"))
    else:
        f.append("spk=none")
    return f


def right_cand(ex, cand, golds) -> tuple[int, int]:
    """(content matches a gold quote: overlap >= 0.5; and that gold quote's speaker mention overlaps the
    candidate's) — the scorer's criteria, speaker by mention span only."""
    pu = content_units(ex.text, [(cand.start, cand.end)])
    content = 0
    for segs, spk in golds:
        if overlap(pu, content_units(ex.text, segs)) >= 0.5:
            content = 1
            if cand.np is not None and any(a < cand.np[1] and cand.np[0] < b for a, b in spk):
                return 1, 1
    return content, 0


@dataclass
class Run:
    """State of one analysis run, read by the patched reported-speech pass."""

    label: str = "cue"  # cue: the token is a gold cue; right: the prediction it gives is right (content + speaker)
    gold_cues: dict = field(default_factory=dict)  # article -> sorted (cue start, cue end, attribution missed)
    gold_quotes: dict = field(default_factory=dict)  # article -> [(content segments, speaker segments)]
    fold: dict = field(default_factory=dict)  # article -> fold 0..4
    weights: dict | None = None  # fold -> weights fitted without it; None = collect training rows
    thr: float = 0.0
    rows: list = field(default_factory=list)  # (article, form, features, y, gold cue, complement)
    lexicon_refused: Counter = field(default_factory=Counter)  # (gold cue?) over lexicon cue tokens left unread
    added: list = field(default_factory=list)  # (article, form, complement, content right, content+speaker right)
    over: Counter = field(default_factory=Counter)  # (gold cue?) over candidates scoring over the threshold


RUN = Run()


def synthetic_cue(low: str, comp: str, t, j: int, k: int) -> tuple[Cue, int] | None:
    """A cue for the candidate verb at ``k`` in the reading its complement allows (clause: a that/wh/bare
    clause; object: a noun phrase, to-infinitive or the object of a directly following preposition, which joins
    the cue as in 'call for'), and its length in tokens; None for the other complements."""
    lem = crude_lemma(low)
    if comp in ("that", "clause", "wh"):
        return Cue((low,), lem, "verb", True, "all", True, "clause"), 1
    if comp in ("np", "to_inf"):
        return Cue((low,), lem, "verb", False, "all", False, "object"), 1
    if comp.startswith("pp_") and comp != "pp_to" and j == k + 1:
        return Cue((low, t[j].low), lem, "verb", False, "all", False, "object"), 2
    return None


def candidate_pass(self) -> None:
    """After the lexicon pass: every verb token (``verb_at`` with -s forms) outside the cues read and outside
    quoted words is a candidate; collect its row, or (with weights) read it as a cue when it scores."""
    d, p, t = self.doc, self.p, self.doc.toks
    gold = RUN.gold_cues.get(self.article_id)
    if gold is None:
        return
    starts = [a for a, _b, _m in gold]
    w = RUN.weights.get(RUN.fold.get(self.article_id)) if RUN.weights else None
    cue_toks = set()
    for k in self.used_cues:
        c = p.cue_at(k)
        cue_toks.update(range(k, k + (len(c.words) if c else 1)))
    outer = d.outer
    for sent in d.sents:
        ls, le = d.tok_at_or_after(sent.start), d.tok_at_or_after(sent.end)
        for k in range(ls, le):
            tok = t[k]
            if not tok.text[:1].islower() or k in cue_toks or tok.low in _BE or tok.low in _FINITE:
                continue
            if not p.verb_at(k, s_forms=True):
                continue
            i = bisect.bisect_right(d.outer_starts, tok.start) - 1
            if i >= 0 and outer[i].end > tok.start:
                continue  # inside quoted words
            gi = bisect.bisect_right(starts, tok.start) - 1
            is_cue = int(any(a <= tok.start < b for a, b, _m in gold[max(0, gi - 6):gi + 1]))
            if p.cue_at(k) is not None:
                if w is None:
                    RUN.lexicon_refused[is_cue] += 1
                continue
            f, comp, j = features(self, k, ls, le)
            got = synthetic_cue(tok.low, comp, t, j, k)
            if RUN.label == "cue" and w is None:
                RUN.rows.append((self.article_id, tok.low, f, is_cue, is_cue, comp))
                continue
            if got is None:
                continue
            score = sum(w.get(x, 0.0) for x in f) if w is not None else 0.0
            if RUN.label == "cue" and score < RUN.thr:
                continue
            if w is not None and RUN.label == "cue":
                RUN.over[is_cue] += 1
            res = self.one_reported(k, k + got[1], got[0], ls, le, sent, None)
            if not res:
                continue
            if w is None:  # label 'right': one row per prediction the reader gives
                for cand in res:
                    RUN.rows.append((self.article_id, tok.low, f + content_features(self, cand, k),
                                     right_cand(self, cand, RUN.gold_quotes[self.article_id])[1], is_cue, comp))
                continue
            if RUN.label == "right":
                res = [c for c in res if score + sum(w.get(x, 0.0) for x in content_features(self, c, k)) >= RUN.thr]
            for cand in res:
                self.add(cand)
                RUN.added.append((self.article_id, tok.low, comp) + right_cand(
                    self, cand, RUN.gold_quotes[self.article_id]))
            if res:
                self.used_cues.add(k)


_ORIG = _ReportedSpeech.reported


def patched(self) -> None:
    _ORIG(self)
    candidate_pass(self)


def load(limit: int | None) -> list[dict]:
    arts = []
    with open(SHARED / "train.jsonl", encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if limit is not None and n >= limit:
                break
            arts.append(json.loads(line))
    return arts


def missed_gold(path: Path) -> set[tuple[str, int, int]]:
    """(article, content start, content end) of every gold attribution the unchanged engine misses."""
    out = set()
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            if r["error"] == "miss":
                g = r["record"]
                out.add((r["article_id"], g["start"], g["end"]))
    return out


def run_all(arts: list[dict]) -> tuple[list, list, dict]:
    """Gold records, the engine's records and texts of the articles."""
    texts, gold, pred = {}, [], []
    for art in arts:
        aid = str(art["id"])
        texts[aid] = art["text"]
        gold.extend(polnear_gold(art))
        pred.extend(cli_records({"id": aid, "text": art["text"], "published": art.get("date")}))
    return gold, pred, texts


def design(rows: list, index: dict[str, int]) -> tuple[np.ndarray, np.ndarray]:
    """Sparse design matrix: column indices of each row's known features and row pointers."""
    cols, ptr = [], [0]
    for r in rows:
        cols.extend(index[x] for x in r[2] if x in index)
        ptr.append(len(cols))
    return np.array(cols, dtype=np.int64), np.array(ptr, dtype=np.int64)


def fit(rows, *, min_count: int = 3, steps: int = 400, l2: float = L2) -> dict[str, float]:
    """Sparse L2 logistic regression by full-batch Adagrad (numpy only); features seen fewer than ``min_count``
    times are dropped."""
    cnt = Counter(x for r in rows for x in r[2])
    feats = sorted(x for x, c in cnt.items() if c >= min_count)
    index = {x: i for i, x in enumerate(feats)}
    cols, ptr = design(rows, index)
    y = np.array([r[3] for r in rows], dtype=float)
    lens = np.diff(ptr)
    rid = np.repeat(np.arange(len(rows)), lens)
    w = np.zeros(len(feats))
    g2 = np.full(len(feats), 1e-8)
    pen = np.full(len(feats), l2)
    pen[index["bias"]] = 0.0
    for _ in range(steps):
        z = np.bincount(rid, weights=w[cols], minlength=len(rows))
        pr = 1 / (1 + np.exp(-z))
        g = np.bincount(cols, weights=(pr - y)[rid], minlength=len(feats)) + pen * w
        g2 += g * g
        w -= 0.5 * g / np.sqrt(g2)
    return dict(zip(feats, w))


def compare(base, sc) -> str:  # noqa: ANN001 (two score tables)
    """Metrics (all kinds) after, with the change of numerator and denominator against the base run."""
    m = sc.merge(base, on=["metric", "kind"], suffixes=("", "_base"))
    m["d_num"] = m.numerator - m.numerator_base
    m["d_den"] = m.denominator - m.denominator_base
    return m[["metric", "kind", "value", "value_base", "numerator", "denominator", "d_num", "d_den"]].to_string()


def outcome_table(added: list) -> list[dict]:
    """New predictions by complement type: count, content right, content and speaker right."""
    by: dict = defaultdict(lambda: [0, 0, 0])
    for _aid, _low, comp, content, both in added:
        by[comp][0] += 1
        by[comp][1] += content
        by[comp][2] += both
    return [{"complement": c, "new": n, "content_right": a, "right": b}
            for c, (n, a, b) in sorted(by.items(), key=lambda x: -x[1][0])]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int)
    ap.add_argument("--label", choices=("cue", "right"), default="cue")
    ap.add_argument("--base-errors", default="/tmp/learn16_base_train_errors.jsonl",
                    help="the unchanged engine's --errors file (which gold attributions it misses)")
    ap.add_argument("--thresholds", default="-1,0,1,1.5,2,3")
    ap.add_argument("--out", default="/tmp/learned_cues.json")
    args = ap.parse_args()
    arts = load(args.limit)
    missed = missed_gold(Path(args.base_errors))
    RUN.label = args.label
    for art in arts:
        aid = str(art["id"])
        RUN.gold_cues[aid] = sorted((q["cue_start"], q["cue_end"],
                                     int((aid, q["content_start"], q["content_end"]) in missed))
                                    for q in art["quotes"] if q.get("cue_start") is not None)
        RUN.gold_quotes[aid] = [(q["content_segments"], q.get("speaker_segments") or []) for q in art["quotes"]]
    ids = sorted(RUN.gold_cues)
    perm = np.random.default_rng(16).permutation(len(ids))
    RUN.fold = {ids[i]: int(n % 5) for n, i in enumerate(perm)}
    report: dict = {"label": args.label}
    with batch_mode():
        gold, base_pred, texts = run_all(arts)
        base = score_quotes(gold, base_pred, texts).table()
        _ReportedSpeech.reported = patched
        t0 = time.time()
        run_all(arts)
        rows = RUN.rows
        pos = sum(r[3] for r in rows)
        print(f"rows {len(rows)} ({time.time() - t0:.0f} s), y=1 {pos}; gold-cue tokens {sum(r[4] for r in rows)}; "
              f"lexicon cue tokens left unread: {RUN.lexicon_refused[1]} gold cues of "
              f"{sum(RUN.lexicon_refused.values())}", flush=True)
        report["rows"], report["positives"] = len(rows), pos
        report["lexicon_refused"] = dict(RUN.lexicon_refused)
        by_comp: dict = defaultdict(lambda: [0, 0])
        for r in rows:
            by_comp[r[5]][0] += 1
            by_comp[r[5]][1] += r[3]
        report["rows_by_complement"] = {c: {"rows": n, "y1": k} for c, (n, k) in by_comp.items()}
        report["top_positive_lemmas"] = Counter(crude_lemma(r[1]) for r in rows if r[3]).most_common(40)
        RUN.weights = {f: fit([r for r in rows if RUN.fold[r[0]] != f]) for f in range(5)}
        report["thresholds"] = []
        for thr in [float(x) for x in args.thresholds.split(",")]:
            RUN.thr, RUN.added, RUN.over = thr, [], Counter()
            _g, pred, _t = run_all(arts)
            sc = score_quotes(gold, pred, texts).table()
            tab = outcome_table(RUN.added)
            lem = defaultdict(lambda: [0, 0])
            for _aid, low, _comp, content, _both in RUN.added:
                lem[crude_lemma(low)][0] += 1
                lem[crude_lemma(low)][1] += content
            top = sorted(lem.items(), key=lambda x: -x[1][0])[:15]
            report["thresholds"].append({"thr": thr, "over": dict(RUN.over), "by_complement": tab, "top_lemmas": top,
                                         "table": sc.to_dict("records")})
            print(f"--- threshold {thr}: candidates over it (with a reading) {sum(RUN.over.values())}, gold cues "
                  f"{RUN.over[1]}; new predictions {len(RUN.added)}", flush=True)
            print(compare(base, sc), flush=True)
            print("  by complement (new, content right, content+speaker right):",
                  [(x["complement"], x["new"], x["content_right"], x["right"]) for x in tab], flush=True)
            print("  top lemmas (new, content right):", [(k, *v) for k, v in top], flush=True)
    Path(args.out).write_text(json.dumps(report, indent=1, default=str), encoding="utf-8")


if __name__ == "__main__":
    main()
