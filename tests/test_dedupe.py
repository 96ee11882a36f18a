"""Near-duplicates: MinHash signatures, LSH candidates, clusters and the canonical copy."""

import numpy as np
import pytest

from peacetalks.dedupe import DuplicatePair, cluster, find_duplicates, minhash, shingles

STORY = (
    "Talks aimed at ending hostilities in Russia's nearly three-month attack on Ukraine have come to a standstill "
    "because of a lack of willingness on Kyiv's part, the Kremlin said Wednesday. Russian and Ukrainian negotiators "
    "have held several rounds of peace talks since the start of the invasion in February. But the talks have lost "
    "momentum as Kyiv, emboldened by battlefield successes and angry over apparent atrocities by Russian forces, "
    "has become less interested in making concessions to Moscow. Talks are indeed not moving forward and we note "
    "the complete lack of will of Ukrainian negotiators to continue this process, Kremlin spokesman Dmitry Peskov "
    "told reporters, according to the state-run RIA Novosti news agency. On Tuesday, Kyiv's lead negotiator "
    "Mykhaylo Podolyak said that talks with Moscow were on hold."
)
# a syndicated rewrite: new intro sentence, a few words swapped, one sentence dropped, a credit line added
REWRITE = (
    "MOSCOW (Agencies) - " + STORY.replace("the Kremlin said Wednesday", "the Kremlin said on Wednesday")
    .replace("several rounds of peace talks", "several rounds of talks")
    .replace("But the talks have lost momentum", "Yet the negotiations have lost momentum")
    + " Agencies contributed reporting."
)
OTHER = (
    "Grain shipments from Ukrainian Black Sea ports resumed on Wednesday after Russia returned to the corridor deal "
    "that Turkey and the UN had brokered, easing fears of a global food crisis. Ships loaded with corn and wheat left "
    "Odesa under the protection of a safe corridor, officials said, while insurers cut their premiums."
)


def test_signature_is_deterministic_and_sized():
    assert minhash(STORY).dtype == np.uint32
    assert len(minhash(STORY, num_perm=64)) == 64
    assert np.array_equal(minhash(STORY), minhash(STORY))


@pytest.mark.parametrize("text,expected", [("", set()), ("one two", {"one two"}), ("A b C d e", {"a b c d", "b c d e"})])
def test_shingles(text, expected):
    assert shingles(text, k=4) == expected


@pytest.mark.parametrize("exhaustive", [True, False])
def test_rewrite_found_unrelated_not(exhaustive):
    sigs = {"a": minhash(STORY), "b": minhash(REWRITE), "c": minhash(OTHER), "d": minhash("")}
    pairs = find_duplicates(sigs, threshold=0.5, exhaustive=exhaustive)
    assert [(p.a, p.b) for p in pairs] == [("a", "b")]
    assert 0.5 <= pairs[0].similarity < 1.0


def test_nothing_similar_gives_no_pairs():
    sigs = {"a": minhash(STORY), "c": minhash(OTHER)}
    assert find_duplicates(sigs) == []


@pytest.mark.parametrize("published,length,expected", [
    # c is earliest (tie with a) and longer than a; a is not similar to c itself, so it stays apart
    ({"a": "2022-05-18", "b": "2022-05-19", "c": "2022-05-18"}, {"a": 10, "b": 99, "c": 20}, [("c", "b")]),
    # a dated article beats undated ones and is similar to both
    ({"a": "", "b": "2022-05-19", "c": ""}, {"a": 99, "b": 10, "c": 99}, [("b", "a", "c")]),
    # full tie: smallest id first
    ({"a": "", "b": "", "c": ""}, {"a": 5, "b": 5, "c": 5}, [("a", "b")]),
])
def test_canonical_copy(published, length, expected):
    pairs = [DuplicatePair("a", "b", 0.9), DuplicatePair("b", "c", 0.7)]
    groups = cluster(pairs, published=published, length=length)
    assert [g.members for g in groups] == expected
    assert all(g.canonical == g.cluster_id == g.members[0] for g in groups)


def test_similarity_min_is_to_canonical():
    pairs = [DuplicatePair("a", "b", 0.9), DuplicatePair("a", "c", 0.6), DuplicatePair("b", "c", 0.95)]
    (group,) = cluster(pairs, published={}, length={"a": 10})
    assert group.members == ("a", "b", "c") and group.similarity_min == 0.6


def test_separate_clusters():
    pairs = [DuplicatePair("a", "b", 0.9), DuplicatePair("x", "y", 0.8)]
    groups = cluster(pairs, published={}, length={})
    assert [g.members for g in groups] == [("a", "b"), ("x", "y")]
