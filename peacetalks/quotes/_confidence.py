"""Calibrated confidence: ``confidence = sigmoid(w · x)`` over a handful of binary features of a quote that the
engine already knows (kind, rule, cue class, how the speaker was resolved, how far the speaker mention stands,
defective quote marks, length). The weights are a reviewed table, ``data/reference/confidence_weights.csv``
(feature, weight, source), fitted by ``benchmarks/fit_confidence.py`` on PolNeAR train (round 15) and, since
round 19, the judged news development quotes (weighted; never a news hold-out), so that one model means about the
same on both.

The table must list exactly the features of ``FEATURES`` (plus ``intercept``): a missing or unknown feature, a
duplicate or a weight that is not a number raises ValueError when the table is loaded (once per process, like the
cue lexicon). Imports nothing from the other engine modules.
"""

from __future__ import annotations

import csv
import math
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from peacetalks.paths import REFERENCE

WEIGHTS_CSV = REFERENCE / "confidence_weights.csv"

KIND_FEATURES = ("kind=mixed", "kind=indirect")  # direct is the reference
# every rule (``Quote.method``) of the engine; one the table does not know gives no method feature
METHODS = ("quote+cue", "cue+quote", "quote+verb", "colon", "colon-paragraph", "nested", "interrupted", "floating",
           "subject", "stance", "dash-paragraph", "chant", "unattributed", "first-person", "indirect", "postposed",
           "according_to", "participle", "object", "asked", "source_opening", "headline", "post-signature",
           "transcript-turn")
CUE_CLASSES = ("say", "tell", "add", "according to", "object", "other")  # lexicon lemma, or object complement
# round 19: a phrase kept as written is a document ('the statement'), a definite singular ('the senator') or other
SPEAKER_CLASSES = ("registry", "registry-role", "pronoun", "name", "phrase", "document", "definite", "none")
OTHER_FEATURES = ("inherited", "distance=1", "distance=2+", "marks=flagged", "length<40", "length>300")
FEATURES = ("intercept", *KIND_FEATURES, *(f"method={m}" for m in METHODS), *(f"cue={c}" for c in CUE_CLASSES),
            *(f"speaker={s}" for s in SPEAKER_CLASSES), *OTHER_FEATURES)
_KNOWN = frozenset(FEATURES)
_COLUMNS = ("feature", "weight", "source")


@lru_cache(maxsize=4)
def load_weights(path: str | None = None) -> dict[str, float]:
    """The weight table as {feature: weight}; ValueError on a missing column, an unknown, duplicate or missing
    feature, or a weight that is not a finite number."""
    p = Path(path) if path else WEIGHTS_CSV
    weights: dict[str, float] = {}
    with open(p, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        missing_cols = [c for c in _COLUMNS if c not in (reader.fieldnames or ())]
        if missing_cols:
            raise ValueError(f"{p}: missing column(s) {', '.join(missing_cols)}")
        for n, row in enumerate(reader, start=2):
            name = (row["feature"] or "").strip()
            if name not in _KNOWN:
                raise ValueError(f"{p}:{n}: unknown confidence feature {name!r}")
            if name in weights:
                raise ValueError(f"{p}:{n}: duplicate confidence feature {name!r}")
            try:
                w = float(row["weight"])
            except (TypeError, ValueError):
                raise ValueError(f"{p}:{n}: weight of {name!r} is not a number: {row['weight']!r}") from None
            if not math.isfinite(w):
                raise ValueError(f"{p}:{n}: weight of {name!r} is not finite")
            weights[name] = w
    absent = [f for f in FEATURES if f not in weights]
    if absent:
        raise ValueError(f"{p}: missing confidence feature(s) {', '.join(absent)}")
    return weights


def features(*, kind: str, method: str, cue_class: str | None, speaker_class: str, inherited: bool,
             distance: int | None, flagged: bool, chars: int) -> list[str]:
    """The binary features that are on for one quote (names as in ``FEATURES``, ``intercept`` first).

    ``distance`` is the number of sentences between the speaker mention and the quote (None without a mention)."""
    on = ["intercept"]
    if kind != "direct":
        on.append(f"kind={kind}")
    if method in METHODS:
        on.append(f"method={method}")
    if cue_class is not None:
        on.append(f"cue={cue_class}")
    on.append(f"speaker={speaker_class}")
    if inherited:
        on.append("inherited")
    if distance is not None and distance >= 1:
        on.append("distance=1" if distance == 1 else "distance=2+")
    if flagged:
        on.append("marks=flagged")
    if chars < 40:
        on.append("length<40")
    elif chars > 300:
        on.append("length>300")
    return on


def score(on: Iterable[str], weights: dict[str, float]) -> float:
    """sigmoid of the summed weights of the features that are on, rounded to 3 decimals (0..1)."""
    z = sum(weights[f] for f in on)
    return round(1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z)), 3)
