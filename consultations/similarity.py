"""Near-identical texts found among many: campaign or template comments with
small edits. Pure Python over strings (no models), so the answering screen,
the report and the bench share one algorithm.

Texts are normalised (case, spacing, punctuation) and cut into overlapping
word pairs; texts with the same normalised wording are one group at once.
MinHash signatures and locality-sensitive hashing (``datasketch``) then find
candidate pairs among the distinct wordings without comparing every pair, and
each candidate is confirmed by the exact Jaccard similarity of the word pairs
before the two join one group (union-find, so a chain of small edits stays
one group)."""

import re
import unicodedata

from datasketch import MinHash, MinHashLSH

# Two texts whose word pairs overlap at least this much (intersection over
# union) are near-identical. Measured on bench/grouping.py: campaign variants
# with a few swapped words, typos or an added sentence stay above it; distinct
# comments on the same subject share far fewer pairs.
THRESHOLD = 0.5
SHINGLE_WORDS = 2
PERMUTATIONS = 64
# A fixed seed makes the signatures, and so the groups, the same on every run.
SEED = 1

WORD = re.compile(r"\w+")


def normalise(text):
    """``text`` as the words it says: lower case, accents and punctuation
    aside, one space between words ("Article 5, para. 2!" -> "article 5 para 2")."""
    folded = unicodedata.normalize("NFKC", text or "").casefold()
    return " ".join(WORD.findall(folded))


def shingles(wording):
    """The overlapping word pairs of a normalised ``wording``; a wording too
    short for a pair is its own single shingle."""
    words = wording.split()
    if len(words) <= SHINGLE_WORDS:
        return {wording}
    return {
        " ".join(words[start : start + SHINGLE_WORDS])
        for start in range(len(words) - SHINGLE_WORDS + 1)
    }


def jaccard(first, second):
    """How much two sets overlap: 1 for the same, 0 for nothing in common."""
    if not first and not second:
        return 1.0
    return len(first & second) / len(first | second)


class _UnionFind:
    def __init__(self, size):
        self.parents = list(range(size))

    def find(self, item):
        while self.parents[item] != item:
            self.parents[item] = self.parents[self.parents[item]]
            item = self.parents[item]
        return item

    def union(self, first, second):
        first, second = self.find(first), self.find(second)
        if first != second:
            self.parents[max(first, second)] = min(first, second)


def group_texts(texts, threshold=THRESHOLD):
    """The indexes of ``texts`` in groups of near-identical ones: every text
    in exactly one group (alone if nothing is like it), each group in the
    order of ``texts``, the groups in the order of their first text."""
    texts = list(texts)
    wordings = {}
    # Each distinct wording once: an exact duplicate costs nothing more.
    members = [wordings.setdefault(normalise(text), len(wordings)) for text in texts]
    distinct = list(wordings)
    sets = [shingles(wording) for wording in distinct]
    union = _UnionFind(len(distinct))
    if len(distinct) > 1:
        signatures = MinHash.bulk(
            [[shingle.encode() for shingle in shingle_set] for shingle_set in sets],
            num_perm=PERMUTATIONS,
            seed=SEED,
        )
        lsh = MinHashLSH(threshold=threshold, num_perm=PERMUTATIONS)
        for index, signature in enumerate(signatures):
            for other in lsh.query(signature):
                if union.find(index) != union.find(other) and (
                    jaccard(sets[index], sets[other]) >= threshold
                ):
                    union.union(index, other)
            lsh.insert(index, signature)
    groups = {}
    for index, wording in enumerate(members):
        groups.setdefault(union.find(wording), []).append(index)
    return list(groups.values())
