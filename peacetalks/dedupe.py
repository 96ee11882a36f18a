"""Near-duplicate detection: MinHash over word shingles, LSH banding, canonical copy per cluster.

Deterministic by construction: shingles are hashed with BLAKE2b, the permutation parameters come from SHA-256 of
their index, and clusters/canonical copies are chosen with total orders (date, length, id).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

_MASK32 = np.uint64(0xFFFFFFFF)
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class DuplicatePair:
    """Two articles whose estimated Jaccard similarity of word shingles is at least the threshold."""

    a: str
    b: str
    similarity: float


@dataclass(frozen=True, slots=True)
class Cluster:
    """A group of near-duplicate articles with the copy later steps should count."""

    cluster_id: str  # the canonical copy's id
    canonical: str
    members: tuple[str, ...]
    similarity_min: float  # lowest pairwise similarity that linked a member in (estimated Jaccard)


def shingles(text: str, *, k: int = 4) -> set[str]:
    """Word k-shingles of the case-folded text (a text shorter than k words gives one shingle, or none)."""
    words = _WORD.findall(text.casefold())
    if len(words) < k:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + k]) for i in range(len(words) - k + 1)}


@lru_cache(maxsize=8)
def _permutations(num_perm: int) -> tuple[np.ndarray, np.ndarray]:
    """Multiply-shift hash parameters (odd 64-bit multipliers, 64-bit offsets) derived from SHA-256."""
    a, b = [], []
    for i in range(num_perm):
        digest = hashlib.sha256(f"peacetalks-minhash-{i}".encode()).digest()
        a.append(int.from_bytes(digest[:8], "big") | 1)
        b.append(int.from_bytes(digest[8:16], "big"))
    return np.array(a, dtype=np.uint64), np.array(b, dtype=np.uint64)


def _word_hashes(words: list[str]) -> np.ndarray:
    table = {w: int.from_bytes(hashlib.blake2b(w.encode("utf-8"), digest_size=4).digest(), "little")
             for w in set(words)}
    return np.array([table[w] for w in words], dtype=np.uint64)


def shingle_hashes(text: str, *, k: int = 4) -> np.ndarray:
    """Distinct 32-bit hashes of the text's word k-shingles (the words' BLAKE2b hashes combined positionally)."""
    words = _WORD.findall(text.casefold())
    if not words:
        return np.zeros(0, dtype=np.uint64)
    h = _word_hashes(words)
    if len(h) < k:
        k = len(h)
    mixed = np.zeros(len(h) - k + 1, dtype=np.uint64)
    for i in range(k):  # polynomial combination mod 2^32 (wraps in uint64, masked)
        mixed = (mixed * np.uint64(1_000_003) + h[i:len(h) - k + 1 + i]) & _MASK32
    return np.unique(mixed)


def minhash(text: str, *, k: int = 4, num_perm: int = 128) -> np.ndarray:
    """MinHash signature (``num_perm`` uint32 values) of the text's word shingles."""
    hashes = shingle_hashes(text, k=k)
    if not len(hashes):
        return np.full(num_perm, 0xFFFFFFFF, dtype=np.uint32)
    a, b = _permutations(num_perm)
    # multiply-shift hashing: (a*x + b) mod 2^64 (numpy wraps), top 32 bits; in blocks to bound memory
    out = np.full(num_perm, np.iinfo(np.uint64).max, dtype=np.uint64)
    for start in range(0, len(hashes), 2048):
        block = hashes[start:start + 2048, None] * a[None, :] + b[None, :]
        np.minimum(out, (block >> np.uint64(32)).min(axis=0), out=out)
    return out.astype(np.uint32)


def similarity(sig_a: np.ndarray, sig_b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.mean(sig_a == sig_b))


def candidate_pairs(signatures: dict[str, np.ndarray], *, bands: int = 32) -> set[tuple[str, str]]:
    """Pairs of ids sharing at least one LSH band (ids sorted within a pair); empty texts never pair."""
    keys = sorted(k for k, sig in signatures.items() if not (sig == 0xFFFFFFFF).all())
    pairs: set[tuple[str, str]] = set()
    if len(keys) < 2:
        return pairs
    matrix = np.stack([signatures[k] for k in keys])
    rows = matrix.shape[1] // bands
    for band in range(bands):
        block = np.ascontiguousarray(matrix[:, band * rows:(band + 1) * rows])
        _, inverse, counts = np.unique(block.view(np.dtype((np.void, block.dtype.itemsize * rows))).ravel(),
                                       return_inverse=True, return_counts=True)
        for bucket in np.flatnonzero(counts > 1):
            members = [keys[i] for i in np.flatnonzero(inverse == bucket)]
            pairs.update((x, y) for i, x in enumerate(members) for y in members[i + 1:])
    return pairs


def find_duplicates(signatures: dict[str, np.ndarray], *, threshold: float = 0.5, bands: int = 32,
                    exhaustive: bool | None = None) -> list[DuplicatePair]:
    """Near-duplicate pairs: all pairs for small sets (``exhaustive``, default when ≤ 500 items), else LSH candidates.

    Candidates are confirmed with the signature similarity ≥ ``threshold``.
    """
    keys = sorted(signatures)
    if exhaustive is None:
        exhaustive = len(keys) <= 500
    if exhaustive:
        candidates = ((x, y) for i, x in enumerate(keys) for y in keys[i + 1:])
    else:
        candidates = iter(sorted(candidate_pairs(signatures, bands=bands)))
    out = []
    for x, y in candidates:
        if (signatures[x] == 0xFFFFFFFF).all() or (signatures[y] == 0xFFFFFFFF).all():
            continue
        sim = similarity(signatures[x], signatures[y])
        if sim >= threshold:
            out.append(DuplicatePair(x, y, round(sim, 4)))
    return out


def cluster(pairs: list[DuplicatePair], *, published: dict[str, str], length: dict[str, int]) -> list[Cluster]:
    """Greedy star clustering: the best-ranked article not yet placed takes every unplaced article directly
    similar to it. Rank = earliest dated, then longest, then smallest id (undated sort after dated).

    Every member is thus similar to its canonical copy itself, not only through a chain of rewrites.
    """
    neighbours: dict[str, dict[str, float]] = {}
    for pair in pairs:
        neighbours.setdefault(pair.a, {})[pair.b] = pair.similarity
        neighbours.setdefault(pair.b, {})[pair.a] = pair.similarity

    def rank(key: str) -> tuple:
        date = published.get(key, "")
        return (date == "", date, -length.get(key, 0), key)

    placed: set[str] = set()
    clusters = []
    for node in sorted(neighbours, key=rank):
        if node in placed:
            continue
        members = [node] + sorted((n for n in neighbours[node] if n not in placed), key=rank)
        if len(members) < 2:
            continue
        placed.update(members)
        clusters.append(Cluster(node, node, tuple(members), min(neighbours[node][m] for m in members[1:])))
    return clusters
