"""Matching tasks without ids: the indexed matcher picks exactly the pairs the all-pairs rule
picks, and a large reordered, reworded plan pairs every task with its own earlier version."""

from __future__ import annotations

import random
from pathlib import Path

from diff_support import ORG
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz

from planctl.diff.changes import TaskChangeKind, WordingDetail
from planctl.diff.compare import compare_plans
from planctl.diff.similar import Similar, pair_by_similarity
from planctl.diff.sources import read_disk_plan
from planctl.diff.words import fold


def all_pairs(
    old: list[str], new: list[str], old_pos: list[int], new_pos: list[int], threshold: float
) -> list[Similar]:
    """The rule as the diff first wrote it: score every pair, take the best pairs first."""
    candidates: list[tuple[float, int, int, int]] = []
    for a, left in enumerate(old):
        for b, right in enumerate(new):
            score = fuzz.token_sort_ratio(left, right, score_cutoff=threshold * 100)
            if score:
                candidates.append((float(score) / 100.0, -abs(old_pos[a] - new_pos[b]), a, b))
    candidates.sort(reverse=True)
    used_old: set[int] = set()
    used_new: set[int] = set()
    out: list[Similar] = []
    for score, _, a, b in candidates:
        if a in used_old or b in used_new:
            continue
        used_old.add(a)
        used_new.add(b)
        out.append(Similar(a, b, score))
    return out


# Few words, so that texts repeat, share words in another order and tie on scores.
WORDS = st.sampled_from(["rà", "soát", "thủ", "tục", "hành", "chính", "năm", "2024", ""])
TEXTS = st.lists(st.lists(WORDS, max_size=5).map(" ".join), max_size=14)


@settings(max_examples=300, deadline=None)
@given(
    old=TEXTS,
    new=TEXTS,
    threshold=st.sampled_from([0.0, 0.5, 0.6, 0.9, 1.0, 1.1]),
    seed=st.integers(0, 1000),
)
def test_same_pairs_as_scoring_every_pair(
    old: list[str], new: list[str], threshold: float, seed: int
) -> None:
    rng = random.Random(seed)
    old_keys = [fold(t) for t in old]
    new_keys = [fold(t) for t in new]
    old_pos = [rng.randrange(30) for _ in old]
    new_pos = [rng.randrange(30) for _ in new]
    expected = all_pairs(old_keys, new_keys, old_pos, new_pos, threshold)
    found = pair_by_similarity(old_keys, new_keys, old_pos, new_pos, threshold)
    assert sorted(found, key=lambda p: p.old) == sorted(expected, key=lambda p: p.old)


WORDING = (
    "triển khai rà soát đánh giá xây dựng hoàn thiện tổ chức thực hiện kiểm tra giám sát "
    "tuyên truyền phổ biến nâng cao chất lượng hiệu quả thủ tục hành chính dịch vụ công "
    "trực tuyến chuyển đổi số dữ liệu hạ tầng an toàn thông tin đào tạo bồi dưỡng cán bộ "
    "công chức viên chức doanh nghiệp người dân cơ sở vật chất nguồn lực tài chính kinh phí "
    "ngân sách quy hoạch đề án chương trình kế hoạch báo cáo tổng kết sơ kết"
)
VOCABULARY = WORDING.split(" ")


def write_plan(path: Path, contents: list[str]) -> Path:
    tasks = "".join(
        f"  - content: {text}\n    lead: [Văn phòng Bộ]\n    deadline: Năm 2024\n"
        for text in contents
    )
    path.write_text(
        "kind: plan\nseries: kh-lon\nnumber: 1\ndate: 2024-01-16\n"
        "title: Kế hoạch thử nghiệm so sánh\nperiod: 2024\nsigner: thu-truong\n"
        "sections:\n  - heading: NỘI DUNG\n    role: content\n    tasks: true\n"
        f"tasks:\n{tasks}",
        encoding="utf-8",
    )
    return path


def test_reordered_reworded_2000_task_plan_pairs_each_task_with_itself(tmp_path: Path) -> None:
    rng = random.Random(12)
    originals = [
        f"{' '.join(rng.sample(VOCABULARY, 9)).capitalize()} giai đoạn {i % 7 + 1}"
        for i in range(2000)
    ]
    reworded = set(rng.sample(range(2000), 200))
    revised = list(originals)
    for i in reworded:
        words = revised[i].split()
        words[rng.randrange(1, 9)] = "cụ thể"
        revised[i] = " ".join(words)
    order = list(range(2000))
    rng.shuffle(order)
    (tmp_path / "org.yaml").write_bytes(ORG.read_bytes())
    old = read_disk_plan(write_plan(tmp_path / "old.yaml", originals))
    new = read_disk_plan(write_plan(tmp_path / "new.yaml", [revised[i] for i in order]))

    diff = compare_plans(old, new)

    assert diff.matched == 2000
    changed = diff.of_kind(TaskChangeKind.WORDING)
    assert {originals.index(c.old.content) for c in changed if c.old} == reworded
    for change in changed:
        assert change.old is not None and change.new is not None
        index = originals.index(change.old.content)
        assert change.new.content == revised[index]
        assert change.match == "similarity" and change.confidence is not None
        assert 0.6 <= change.confidence < 1.0
        assert isinstance(change.detail, WordingDetail)
    assert {c.kind for c in diff.tasks} == {TaskChangeKind.WORDING}
