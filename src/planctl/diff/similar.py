"""Pair two lists of texts by similarity, best pairs first, in time close to linear.

The rule is the one the diff has always had: every pair whose rapidfuzz token sort ratio
reaches the cutoff is a candidate; candidates are taken best score first, ties to the pair
that sits closest in the document (then to the later old and new positions), and each text is
paired at most once. What changed is how candidates are found, not which pairs win:

1. Texts whose sorted words are equal score exactly 100, above every other candidate, and an
   old text can only score 100 against the new texts of its own bucket. So those pairs are
   found through a dict of sorted-word keys and settled bucket by bucket, before any scoring.
   In a plan's next edition most tasks are unchanged, and this settles them all.
2. Only what is left is scored, by `rapidfuzz.process.cdist` (C++, both cores), a block of
   rows at a time so memory stays bounded; never a Python loop over all pairs.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

# Cells of one cdist block (float64): about 16 MB whatever the plan's size.
_BLOCK_CELLS = 2_000_000


@dataclass(frozen=True)
class Similar:
    """One chosen pair: indices into the old and new lists, and the score 0–1."""

    old: int
    new: int
    score: float


def pair_by_similarity(
    old_keys: Sequence[str],
    new_keys: Sequence[str],
    old_positions: Sequence[int],
    new_positions: Sequence[int],
    threshold: float,
) -> list[Similar]:
    """Greedy best-first pairing of folded texts; positions break ties by closeness."""
    cutoff = max(0.0, threshold * 100)
    if not old_keys or not new_keys or cutoff > 100:
        return []  # no score exceeds 100: a threshold above 1.0 admits no pair
    from rapidfuzz import fuzz

    chosen: list[Similar] = []
    used_old: set[int] = set()
    used_new: set[int] = set()

    def distance(a: int, b: int) -> int:
        return abs(old_positions[a] - new_positions[b])

    for olds, news in _equal_word_buckets(old_keys, new_keys):
        score = fuzz.token_sort_ratio(old_keys[olds[0]], new_keys[news[0]], score_cutoff=cutoff)
        if not score:
            continue
        if len(olds) == 1 and len(news) == 1:
            pairs = [(olds[0], news[0])]
        else:
            pairs = sorted(
                ((a, b) for a in olds for b in news),
                key=lambda p: (distance(*p), -p[0], -p[1]),
            )
        for a, b in pairs:
            if a in used_old or b in used_new:
                continue
            used_old.add(a)
            used_new.add(b)
            chosen.append(Similar(a, b, float(score) / 100.0))

    rest_old = [a for a in range(len(old_keys)) if a not in used_old]
    rest_new = [b for b in range(len(new_keys)) if b not in used_new]
    chosen.extend(
        _by_scores(old_keys, new_keys, old_positions, new_positions, rest_old, rest_new, cutoff)
    )
    return chosen


def _equal_word_buckets(
    old_keys: Sequence[str], new_keys: Sequence[str]
) -> list[tuple[list[int], list[int]]]:
    """Old and new indices sharing the same sorted words, in order of first old index."""
    olds: dict[str, list[int]] = defaultdict(list)
    news: dict[str, list[int]] = defaultdict(list)
    for a, key in enumerate(old_keys):
        olds[_sorted_words(key)].append(a)
    for b, key in enumerate(new_keys):
        news[_sorted_words(key)].append(b)
    return [(indices, news[key]) for key, indices in olds.items() if key in news]


def _sorted_words(key: str) -> str:
    # token_sort_ratio compares the words sorted; equal sorted words are a score of 100.
    return " ".join(sorted(key.split()))


def _by_scores(
    old_keys: Sequence[str],
    new_keys: Sequence[str],
    old_positions: Sequence[int],
    new_positions: Sequence[int],
    rest_old: list[int],
    rest_new: list[int],
    cutoff: float,
) -> list[Similar]:
    if not rest_old or not rest_new:
        return []
    import numpy as np
    from rapidfuzz import fuzz, process

    choices = [new_keys[b] for b in rest_new]
    rows = max(1, _BLOCK_CELLS // len(rest_new))
    scores: list[np.ndarray] = []
    olds: list[np.ndarray] = []
    news: list[np.ndarray] = []
    for start in range(0, len(rest_old), rows):
        block = rest_old[start : start + rows]
        matrix = process.cdist(
            [old_keys[a] for a in block],
            choices,
            scorer=fuzz.token_sort_ratio,
            score_cutoff=cutoff,
            dtype=np.float64,
            workers=-1,
        )
        r, c = np.nonzero(matrix)
        scores.append(matrix[r, c])
        olds.append(np.asarray(block, dtype=np.int64)[r])
        news.append(np.asarray(rest_new, dtype=np.int64)[c])
    score = np.concatenate(scores)
    if not score.size:
        return []
    a_all = np.concatenate(olds)
    b_all = np.concatenate(news)
    old_pos = np.asarray(old_positions, dtype=np.int64)[a_all]
    distance = np.abs(old_pos - np.asarray(new_positions, dtype=np.int64)[b_all])
    # Best score first, then closest, then the later old and new index (the old tuple sort).
    order = np.lexsort((-b_all, -a_all, distance, -score))
    chosen: list[Similar] = []
    used_old: set[int] = set()
    used_new: set[int] = set()
    limit = min(len(rest_old), len(rest_new))
    for a, b, s in zip(
        a_all[order].tolist(), b_all[order].tolist(), score[order].tolist(), strict=True
    ):
        if a in used_old or b in used_new:
            continue
        used_old.add(a)
        used_new.add(b)
        chosen.append(Similar(a, b, s / 100.0))
        if len(chosen) == limit:
            break
    return chosen
