"""Registry coverage and speed: ``Registry.find_mentions`` over a corpus JSONL (default ../shared/corpus/
negotiations_en.jsonl). Prints articles/s, mentions, the share of person mentions resolved to a registry actor,
resolution methods and peak RSS; ``--top N`` lists the N most frequent person mentions that do NOT resolve to a
registry actor (the review list for ``data/reference/actors.csv``), with their share of articles.

``--quotes`` measures what notebook 2 sees instead: it runs the quote engine (``peacetalks.quotes``) on every
article and reports the share of attributed quotes whose speaker is a registry actor, as the engine returns them
and after ``voices.reread_speakers`` (the whole-article second reading), the resolution of role-noun speakers
("the diplomat"), and with ``--top`` the most frequent unresolved speakers (mention canonicalised, side).

    .venv/bin/python benchmarks/bench_actors.py [--input PATH] [--limit N] [--top N] [--quotes]
"""

from __future__ import annotations

import argparse
import collections
import json
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from peacetalks.actors import load_registry  # noqa: E402
from peacetalks.records import FIRST_PERSON_METHOD  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "corpus" / "negotiations_en.jsonl"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--input", type=Path, default=DEFAULT)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--top", type=int, default=0, help="list the N most frequent unresolved person mentions")
    ap.add_argument("--quotes", action="store_true", help="measure quote speakers (runs the quote engine)")
    args = ap.parse_args(argv)
    if not args.input.exists():
        raise SystemExit(f"{args.input} not found (../shared is for developers and CI only)")
    if args.quotes:
        return quote_speakers(args.input, limit=args.limit, top=args.top)
    reg = load_registry()
    n = 0
    kinds: collections.Counter = collections.Counter()
    methods: collections.Counter = collections.Counter()
    unresolved: collections.Counter = collections.Counter()
    unresolved_docs: dict[str, set] = collections.defaultdict(set)
    t0 = time.perf_counter()
    with open(args.input, encoding="utf-8") as fh:
        for line in fh:
            if args.limit is not None and n >= args.limit:
                break
            art = json.loads(line)
            n += 1
            day = (art.get("date") or "")[:10] or None
            for m in reg.find_mentions(art.get("text") or "", date=day):
                kinds[(m.resolution.type, m.resolution.actor_id is not None)] += 1
                methods[m.resolution.method] += 1
                if args.top and m.resolution.type == "person" and m.resolution.actor_id is None:
                    unresolved[m.resolution.name] += 1
                    unresolved_docs[m.resolution.name].add(n)
    secs = time.perf_counter() - t0
    persons = kinds[("person", True)] + kinds[("person", False)]
    print(f"{n} articles in {secs:.2f} s = {n / secs:.0f} articles/s; {sum(kinds.values())} mentions")
    print(f"person mentions {persons}: {kinds[('person', True)] / max(persons, 1):.1%} resolved to a registry actor")
    print("methods", dict(methods.most_common()))
    if args.top:
        print(f"top {args.top} unresolved person mentions (count, articles, name):")
        for name, count in unresolved.most_common(args.top):
            print(f"  {count:5d} {len(unresolved_docs[name]):4d}  {name}")
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    return 0


def quote_speakers(path: Path, *, limit: int | None, top: int) -> int:
    """Registry coverage of the quote engine's speakers, before and after the whole-article second reading."""
    import pandas as pd

    from peacetalks import voices
    from peacetalks.quotes import extract_quotes

    arts = []
    with open(path, encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if limit is not None and i >= limit:
                break
            a = json.loads(line)
            arts.append({"article_id": str(a.get("id", i)), "text": a.get("text") or "", "outlet": a.get("outlet", ""),
                         "published": (a.get("date") or a.get("published") or "")[:10]})
    articles = pd.DataFrame(arts)
    t0 = time.perf_counter()
    rows = []
    for a in arts:
        rows += [q.__dict__ if hasattr(q, "__dict__") else {f: getattr(q, f) for f in voices.QUOTE_COLUMNS}
                 for q in extract_quotes(a["text"], article_id=a["article_id"], published=a["published"] or None)]
    t1 = time.perf_counter()
    quotes = voices.add_mentions(pd.DataFrame(rows, columns=voices.QUOTE_COLUMNS), articles)
    after = voices.reread_speakers(quotes, articles)
    t2 = time.perf_counter()
    attributed = quotes.speaker.notna() & (quotes.method != FIRST_PERSON_METHOD)  # the author is no actor
    print(f"{len(arts)} articles, {len(quotes)} quotes, {int(attributed.sum())} attributed "
          f"(engine {t1 - t0:.1f} s, second reading {t2 - t1:.1f} s)")
    for label, q in (("engine", quotes), ("after reread_speakers", after)):
        known = q.actor_id.notna() & attributed
        print(f"  {label}: {int(known.sum())} / {int(attributed.sum())} = {known.sum() / max(attributed.sum(), 1):.1%}"
              " of attributed quotes have a registry speaker")
        sided = q.side.notna() & attributed
        print(f"  {label}: {int(sided.sum())} / {int(attributed.sum())} = {sided.sum() / max(attributed.sum(), 1):.1%}"
              " of attributed quotes have a side")
    role = after.speaker_mention.fillna("").str.match(r"(?i)^the\s+(?:[\w-]+\s+){0,3}?"
                                                     r"(?:diplomat|analyst|expert|scientist|minister|spokes\w+|"
                                                     r"secretary|president|leader|negotiator|official|FM|PM)$")
    for label, q in (("engine", quotes), ("after reread_speakers", after)):
        print(f"  role-noun speakers ('the diplomat', 'the minister' ...): {int(role.sum())}, {label} resolved "
              f"{int((q.actor_id.notna() & role).sum())}")
    if top:
        un = after[attributed & after.actor_id.isna()].assign(side=lambda d: d.side.fillna("unknown"))
        counts = un.groupby(["speaker", "side"]).agg(quotes=("quote_id", "count"),
                                                      articles=("article_id", "nunique"))
        print(f"top {top} unresolved quote speakers (quotes, articles, speaker, side):")
        for (name, side), r in counts.sort_values("quotes", ascending=False).head(top).iterrows():
            print(f"  {r.quotes:5d} {r.articles:4d}  {name}  [{side}]")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
