"""Quote extraction and attribution: direct, mixed (partial) and indirect quotes with canonical speakers.

Rules over one tokenisation of the article (no statistical models, but for the confidence: a logistic regression
over the rules' features, fitted on PolNeAR train); docs/quotes.md has the method, the measured accuracy on
PolNeAR and the seed gold, the confidence's calibration, and the known limitations.

1. ``quote_marks.quote_spans`` pairs quote marks per paragraph (any style, multi-paragraph, nested, never
   raising on unbalanced marks).
2. Each outermost quoted span is attributed from the words right after it (``"…," Peskov said`` /
   ``"…," said Peskov`` / ``"…," federal prosecutors wrote``), right before it (``Peskov told Tass on
   Tuesday: "…"``), from a lead-in ending in a colon (its subject), or from a paragraph that ends in a cue and a
   colon; quoted spans inside an attributed quote are attributed the same way inside it (nested quotes). Words
   before or after the quote in the same clause make it a mixed quote.
3. Each sentence is scanned for reporting cues from ``data/reference/speech_cues.csv`` outside quotes:
   ``X said (that) …``, ``…, X said``, ``according to X, …``, ``…, adding that …`` give indirect quotes (the
   reported clause); a reported clause that contains an unattributed quoted span is a mixed quote.
4. Quoted spans left over that read like speech take the subject of the sentence just before them or inherit
   the previous speaker (interrupted and floating quotes); short ones (scare quotes, titles, nicknames) give
   nothing.
5. Speaker mentions go through ``Registry.resolve`` (date + actors mentioned so far); pronouns resolve to the
   most recent compatible speaker or person mention, keeping the pronoun's own span.

Layout of the package (each module's docstring says more; split from one file by a script,
so the code is the single-file engine's, in its order):

* ``_wordlists``: word lists and regular expressions (constants only)
* ``_common``: small pure helpers shared by several modules
* ``_parser``: tokens, ``_Parser`` (token-level tests) and ``_Doc`` (one article's sentences, quotes, masks)
* ``_subjects`` (``_Subjects``): subject finders (the speaker phrase left of a cue)
* ``_clauses`` (``_ClauseEnds``): where a reported clause starts and ends (``clip_end`` and its tests)
* ``_reported`` (``_ReportedSpeech``): reported speech: indirect quotes and the mixed quotes inside them (step 3)
* ``_marked`` (``_MarkedQuotes``): quotes in marks: direct, mixed, nested and floating quotes (steps 1, 2, 4)
* ``_posts`` (``_PostsAndTurns``): embedded social-media posts and interview transcript turns
* ``_speakers`` (``_Speakers``): speaker resolution: actors, pronouns, unnamed speakers (step 5)
* ``_confidence``: the calibrated confidence, sigmoid of weights (data/reference/confidence_weights.csv) over
  each quote's features
* ``_extractor``: ``_Extractor`` = the mixins + per-article state, shared helpers and ``run``
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

from peacetalks.actors import Registry
from peacetalks.records import Quote
from peacetalks.quotes._wordlists import _ISO_DATE
from peacetalks.quotes._speakers import _PlainResolver
from peacetalks.quotes._extractor import _Extractor

CLI_KEYS = ("article_id", "start", "end", "text", "kind", "speaker", "speaker_start", "speaker_end", "cue", "side",
            "nested_in", "confidence")

_REGISTRY: Registry | None = None
# the cyclic collector's first-generation threshold in a batch run (Python's default: 700 new container objects).
# An article allocates tens of thousands of short-lived tuples and lists, freed by reference counting, and the
# default ran ~560 young collections per 1,000 articles (~1 % of the instructions); at 10,000 about 5 (round 19)
_BATCH_GC_THRESHOLD = 10_000


def default_registry() -> Registry:
    """The project registry, loaded once per process (module-level cache)."""
    global _REGISTRY
    if _REGISTRY is None:
        from peacetalks.actors import load_registry

        try:
            _REGISTRY = load_registry()
        except (OSError, ValueError):
            _REGISTRY = _PlainResolver()  # type: ignore[assignment]
    return _REGISTRY


@contextmanager
def batch_mode() -> Iterator[None]:
    """For a batch run (the command line, the speed benchmark): load the registry and cue lexicon, then keep every
    object alive now out of the cyclic collector's reach (``gc.freeze``) until the block ends.

    They live as long as the run (with NLTK and NumPy about 45,000 objects), and the collector's full passes
    during a corpus run (~50 ms each) would otherwise re-read them: ~8 % of the run (round 14). Garbage is
    collected first, never frozen, and the freeze is undone on leaving, so a caller's process (a notebook, a test
    run) is left as it was. The library functions never freeze. Inside the block the collector's first generation
    waits for ``_BATCH_GC_THRESHOLD`` new objects instead of 700 (the old thresholds come back on leaving)."""
    extract_quotes("Warm-up: the registry and the cue lexicon load once, Jane Doe said.", article_id="warm-up")
    gc.collect()
    gc.freeze()
    thresholds = gc.get_threshold()
    gc.set_threshold(_BATCH_GC_THRESHOLD, *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()


def _iso_day(value: str) -> str | None:
    """The calendar day 'YYYY-MM-DD' of an ISO date or timestamp, None when it is none or impossible (2023-02-30)."""
    m = _ISO_DATE.fullmatch(value)
    try:
        return date.fromisoformat(m.group(1)).isoformat() if m is not None else None
    except ValueError:
        return None


def extract_quotes(text: str, *, article_id: str, published: str | None = None,
                   registry: Registry | None = None) -> list[Quote]:
    """All direct, mixed and indirect quotes of ``text`` in text order, with speakers resolved by ``registry``.

    Offsets index ``text`` exactly as given. Raises ValueError when ``text`` is not a string.
    """
    ex = _extractor(text, article_id=article_id, published=published, registry=registry)
    return ex.run() if ex is not None else []


def extract_with_features(text: str, *, article_id: str, published: str | None = None,
                          registry: Registry | None = None) -> list[tuple[Quote, list[str], float]]:
    """``extract_quotes``, each quote with the calibration features its ``confidence`` is scored from
    (``_confidence.features``) and the rules' hand-set confidence before calibration: what
    ``benchmarks/fit_confidence.py`` fits the weights on. The quotes are the same as ``extract_quotes``'s."""
    ex = _extractor(text, article_id=article_id, published=published, registry=registry, features=True)
    if ex is None:
        return []
    quotes = ex.run()
    return [(q, on, rule) for q, (on, rule) in zip(quotes, ex.feature_log or (), strict=True)]


def _extractor(text: str, *, article_id: str, published: str | None, registry: Registry | None,
               features: bool = False) -> _Extractor | None:
    """The checked inputs' extractor (None for a blank text). Raises ValueError when ``text`` is not a string or
    ``published`` no ISO date."""
    if not isinstance(text, str):
        raise ValueError(f"text must be a string, not {type(text).__name__}")
    if published:
        day = _iso_day(str(published))
        if day is None:
            raise ValueError(f"published must be an ISO date YYYY-MM-DD (or an ISO timestamp) or empty, "
                             f"got {published!r}")
        published = day
    if not text.strip():
        return None
    return _Extractor(text, str(article_id), published or None,
                      registry if registry is not None else default_registry(), features=features)


def mention_names(text: str, spans: list[tuple[int, int]], *, article_id: str, published: str | None = None,
                  registry: Registry | None = None) -> list[str | None]:
    """The canonical name of each speaker mention ``(start, end)`` of ``text`` that is only a name ('Doe', 'Mr.
    Doe'), named as the engine names its own speakers (registry, then the article's one full name for a surname);
    None for pronouns and other phrases (and for every span of a blank text). For scoring gold speakers by name
    (``evaluate.speaker_right``). Raises ValueError as :func:`extract_quotes` does."""
    ex = _extractor(text, article_id=article_id, published=published, registry=registry) if spans else None
    return [ex.mention_name(span) for span in spans] if ex is not None else [None] * len(spans)


def cli_records(article: dict, *, features: bool = False) -> list[dict]:
    """Batch interface: one article ``{"id", "text", "published"?, "outlet"?}`` -> quote records (CLI_KEYS).

    Without "published", an ISO "date" field (the shared corpus files name it so) dates the article, so that
    role nouns ("the Ukrainian president") resolve by date as in the study pipeline. With ``features`` each record
    also carries "features" and "rule_confidence" (``extract_with_features``)."""
    text = article.get("text")
    if not isinstance(text, str):
        raise ValueError("missing 'text' (must be a string)")
    published = article.get("published") or None
    if published is None and isinstance(article.get("date"), str):
        published = _iso_day(article["date"])  # an impossible date in this optional field: undated, not rejected
    if features:
        return [{**_record(q), "features": on, "rule_confidence": rule}
                for q, on, rule in extract_with_features(text, article_id=str(article["id"]), published=published)]
    return [_record(q) for q in extract_quotes(text, article_id=str(article["id"]), published=published)]


def _record(q: Quote) -> dict:
    """A quote as a batch record (the CLI_KEYS)."""
    return {"article_id": q.article_id, "start": q.start, "end": q.end, "text": q.text, "kind": q.kind,
            "speaker": q.speaker, "speaker_start": q.speaker_start, "speaker_end": q.speaker_end, "cue": q.cue,
            "side": q.side, "nested_in": q.nested_in, "confidence": q.confidence}


__all__ = ["CLI_KEYS", "batch_mode", "cli_records", "default_registry", "extract_quotes", "extract_with_features",
           "mention_names"]
