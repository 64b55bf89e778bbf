"""K: kết quả thực hiện — status files of an issued plan, checked against the plan.

These rules read a status file (planctl.model.status) beside its plan; `planctl status`
runs them before it tallies, and `planctl status import` reports K009 for each cell of a
tracking sheet it cannot read.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from planctl.checks.rule import ERROR, WARNING, Rule, Text, declare, example
from planctl.facts import PlanFacts
from planctl.findings import Finding
from planctl.load import SourceMap
from planctl.model.status import Progress, StatusFile
from planctl.tally import compute, effective_deadline, leaves

K001 = Rule(
    "K001",
    "status-unknown-task",
    ERROR,
    message=Text("kế hoạch không có nhiệm vụ mã “{id}”", "the plan has no task with id “{id}”"),
    hint=Text(
        "sửa mã theo `planctl ids` của kế hoạch{suggestion_vi}",
        "use the id the plan gives the task{suggestion_en}",
    ),
    what=Text(
        "Mỗi mục trong `tasks:` của tệp tình hình thực hiện phải mang mã (`id`) của một nhiệm vụ trong kế hoạch.",
        "Every entry under a status file's `tasks:` must be keyed by the `id` of a task of the plan.",
    ),
    why=Text(
        "Kết quả ghi cho một mã không có trong kế hoạch sẽ không được tính vào báo cáo, nên số liệu báo cáo sai lệch.",
        "A result recorded under an id the plan does not have is left out of the tally, so the report's figures are wrong.",
    ),
    example=example(
        "tasks:\n  niem-yet-tthc:\n    status: đã hoàn thành",
        "kế hoạch viết niem-yet-cong-khai-tthc",
        "the plan says niem-yet-cong-khai-tthc",
    ),
    fix=Text(
        "Dùng đúng mã nhiệm vụ của kế hoạch (cột “Mã nhiệm vụ” của tệp .xlsx).",
        "Use the task's id from the plan (the “Mã nhiệm vụ” column of the .xlsx).",
    ),
)
K002 = Rule(
    "K002",
    "completed-without-evidence",
    ERROR,
    message=Text(
        "nhiệm vụ “{id}” đã hoàn thành nhưng thiếu {missing_vi}",
        "task “{id}” is completed but has no {missing_en}",
    ),
    hint=Text(
        "ghi `completed:` (ngày hoàn thành) và `product:` (số, ký hiệu, ngày, trích yếu của văn bản)",
        "add `completed:` (the day) and `product:` (number, date and summary of the văn bản)",
    ),
    what=Text(
        "Một nhiệm vụ “đã hoàn thành” phải có ngày hoàn thành và sản phẩm (văn bản hoặc kết quả chứng minh).",
        "A task marked completed must say when (`completed`) and by what product (`product`).",
    ),
    why=Text(
        "Cơ quan cấp trên và đoàn kiểm tra đối chiếu kết quả với văn bản; thiếu ngày thì không biết đúng hạn hay quá hạn.",
        "Inspectors check results against the văn bản; without a date nobody can tell on time from late.",
    ),
    example=example(
        "tasks:\n  tap-huan-mot-cua:\n    status: đã hoàn thành",
        "thiếu ngày và sản phẩm",
        "no date, no product",
    ),
    fix=Text(
        "Thêm `completed: 2024-06-20` và `product: {number: 125/BC-VP, date: 2024-06-20, summary: …}`.",
        "Add `completed: 2024-06-20` and `product: {number: 125/BC-VP, date: 2024-06-20, summary: …}`.",
    ),
)
K003 = Rule(
    "K003",
    "completed-late",
    WARNING,
    message=Text(
        "nhiệm vụ “{id}” hoàn thành ngày {completed}, sau thời hạn {due}",
        "task “{id}” was completed on {completed}, after its deadline {due}",
    ),
    hint=Text(
        "đúng là quá hạn thì giữ nguyên (báo cáo tính là hoàn thành quá hạn); nếu đã được gia hạn, ghi `extension:`",
        "if it really was late, keep it (the report counts it late); if an extension was granted, record `extension:`",
    ),
    what=Text(
        "Ngày hoàn thành sau thời hạn của nhiệm vụ (hoặc thời hạn đã gia hạn).",
        "The completion date is after the task's deadline (or its extended deadline).",
    ),
    why=Text(
        "Đây là một sự thật cần báo cáo, không phải lỗi nhập: planctl nhắc để người lập báo cáo kiểm tra lại ngày hoặc việc gia hạn.",
        "It is a fact to report, not a typing slip: planctl points it out so the clerk checks the date or the extension.",
    ),
    example=example(
        "tasks:\n  niem-yet-cong-khai-tthc:   # Trước ngày 29/3/2024\n    status: đã hoàn thành\n    completed: 2024-04-05",
        "sau thời hạn",
        "after the deadline",
    ),
    fix=Text(
        "Kiểm tra ngày hoàn thành; nếu có văn bản cho gia hạn, thêm `extension: {deadline: …, granted_by: …}`.",
        "Check the completion date; if a văn bản granted more time, add `extension: {deadline: …, granted_by: …}`.",
    ),
)
K004 = Rule(
    "K004",
    "completed-after-as-of",
    ERROR,
    message=Text(
        "ngày hoàn thành {completed} sau ngày số liệu {as_of}",
        "completion date {completed} is after the status date {as_of}",
    ),
    hint=Text(
        "sửa ngày hoàn thành, hoặc `as_of:` của tệp",
        "correct the completion date, or the file's `as_of:`",
    ),
    what=Text(
        "Ngày hoàn thành không được sau ngày chốt số liệu (`as_of`) của tệp.",
        "A completion date may not be after the file's status date (`as_of`).",
    ),
    why=Text(
        "Không thể báo cáo một việc hoàn thành trong tương lai; thường là gõ nhầm năm hoặc tháng.",
        "Nothing can be reported done in the future; this is usually a wrong month or year.",
    ),
    example=example(
        "as_of: 2024-06-15\ntasks:\n  huong-dan-vneid-dvc:\n    completed: 2024-06-25",
        "sau ngày số liệu",
        "after as_of",
    ),
    fix=Text(
        "Sửa ngày hoàn thành cho đúng, hoặc dời `as_of` nếu số liệu chốt muộn hơn.",
        "Fix the completion date, or move `as_of` if the figures were taken later.",
    ),
)
K005 = Rule(
    "K005",
    "overdue-without-status",
    WARNING,
    message=Text(
        "nhiệm vụ “{id}” ({number}) đã quá hạn {due} mà chưa có báo cáo tình hình",
        "task “{id}” ({number}) was due on {due} and has no status",
    ),
    hint=Text(
        "đôn đốc đơn vị chủ trì ({lead}) báo cáo, rồi ghi `status:`",
        "ask the lead unit ({lead}) for its report, then record `status:`",
    ),
    what=Text(
        "Một nhiệm vụ có thời hạn trước ngày số liệu nhưng tệp không ghi gì về nó.",
        "A task due before the status date has nothing recorded.",
    ),
    why=Text(
        "Nhiệm vụ quá hạn không có thông tin là việc cần đôn đốc trước khi gửi báo cáo.",
        "An overdue task with no news is the first thing to chase before the report goes out.",
    ),
    example=example(
        "as_of: 2024-06-15\ntasks: {}   # niem-yet-cong-khai-tthc: Trước ngày 29/3/2024",
        "không có báo cáo",
        "no status",
    ),
    fix=Text(
        "Ghi tình hình của nhiệm vụ (`status:`), kể cả “chưa thực hiện”.",
        "Record the task's status (`status:`), “chưa thực hiện” included.",
    ),
)
K006 = Rule(
    "K006",
    "extension-without-document",
    ERROR,
    message=Text(
        "nhiệm vụ “{id}” được gia hạn nhưng không có văn bản cho gia hạn",
        "task “{id}” has an extension but no văn bản granting it",
    ),
    hint=Text(
        "ghi `granted_by:` (số, ký hiệu, ngày của văn bản)",
        "add `granted_by:` (number, symbol and date of the văn bản)",
    ),
    what=Text(
        "Việc gia hạn (`extension`) phải ghi văn bản của cấp có thẩm quyền cho phép (`granted_by`).",
        "An extension must name the văn bản of the authority that granted it (`granted_by`).",
    ),
    why=Text(
        "Không có văn bản thì gia hạn không có giá trị, và nhiệm vụ vẫn bị tính là quá hạn khi kiểm tra.",
        "Without its văn bản an extension has no force, and inspectors still count the task overdue.",
    ),
    example=example("extension:\n  deadline: Quý III/2024", "thiếu granted_by", "no granted_by"),
    fix=Text(
        "Thêm `granted_by: Công văn số 1234/UBND-KSTT ngày 20/6/2024`.",
        "Add `granted_by: Công văn số 1234/UBND-KSTT ngày 20/6/2024`.",
    ),
)
K007 = Rule(
    "K007",
    "plan-changed-since-status",
    WARNING,
    message=Text(
        "kế hoạch đã thay đổi nhiệm vụ kể từ khi lập tệp này ({old} → {new})",
        "the plan's tasks changed since this file was made ({old} → {new})",
    ),
    hint=Text(
        "xem `planctl diff`, cập nhật tệp, rồi chạy `planctl status init --update` để ghi lại dấu",
        "review with `planctl diff`, update the file, then run `planctl status init --update` to record the new fingerprint",
    ),
    what=Text(
        "Dấu (`plan_fingerprint`) của tệp không khớp với mã, thời hạn, đơn vị chủ trì của các nhiệm vụ trong kế hoạch hiện nay.",
        "The file's `plan_fingerprint` does not match the ids, deadlines and lead units of the plan's tasks now.",
    ),
    why=Text(
        "Kế hoạch được sửa (thêm, bớt nhiệm vụ, đổi thời hạn) sau khi các đơn vị báo cáo thì số liệu có thể không còn đúng.",
        "A plan edited after the units reported (tasks added or dropped, deadlines moved) may make the figures wrong.",
    ),
    example=example("plan_fingerprint: 3f1a0c9e2b7d", "kế hoạch đã đổi", "the plan changed"),
    fix=Text(
        "Đối chiếu thay đổi, sửa tệp cho đúng, rồi cập nhật dấu bằng `planctl status init --update`.",
        "Check the changes, correct the file, then refresh the fingerprint with `planctl status init --update`.",
    ),
)
K008 = Rule(
    "K008",
    "status-plan-missing",
    ERROR,
    message=Text(
        "không đọc được kế hoạch “{plan}” của tệp tình hình thực hiện",
        "cannot read the plan “{plan}” of this status file",
    ),
    hint=Text(
        "sửa `plan:` (đường dẫn tính từ tệp này) và sửa lỗi của kế hoạch",
        "correct `plan:` (a path from this file) and the plan's own errors",
    ),
    what=Text(
        "Khóa `plan:` phải trỏ đến một kế hoạch đọc được; kỳ báo cáo (`period`) phải là 2024, 2024-h1, 2024-h2 hoặc 2024-q1 … 2024-q4.",
        "`plan:` must name a readable plan; `period` must be 2024, 2024-h1, 2024-h2 or 2024-q1 … 2024-q4.",
    ),
    why=Text(
        "Không có kế hoạch thì không tính được thời hạn và số liệu.",
        "Without its plan nothing can be tallied.",
    ),
    example=example("plan: ../../2024-kh.yaml", "không có tệp này", "no such file"),
    fix=Text(
        "Ghi đúng đường dẫn đến tệp kế hoạch, tính từ thư mục của tệp tình hình thực hiện.",
        "Write the path to the plan file, from the status file's folder.",
    ),
)
K009 = Rule(
    "K009",
    "unreadable-sheet-cell",
    ERROR,
    message=Text(
        "không đọc được ô {cell}: “{value}” ({problem_vi})",
        "cannot read cell {cell}: “{value}” ({problem_en})",
    ),
    hint=Text("{fix_vi}", "{fix_en}"),
    what=Text(
        "Ô của bảng theo dõi (.xlsx) do đơn vị điền phải đúng dạng: tình trạng chọn trong danh sách, ngày dạng dd/mm/yyyy, mã nhiệm vụ không sửa.",
        "A tracking-sheet cell a unit filled must be readable: a status from the list, a date as dd/mm/yyyy, the task id untouched.",
    ),
    why=Text(
        "Ô đọc sai mà bỏ qua lặng lẽ thì báo cáo mất kết quả của đơn vị.",
        "A cell dropped silently loses the unit's result from the report.",
    ),
    example=example("# Nhiệm vụ!H12: “xong rồi”", "không có trong danh sách", "not in the list"),
    fix=Text(
        "Sửa ô trong bảng tính (chọn từ danh sách, gõ ngày dd/mm/yyyy) rồi nhập lại.",
        "Fix the cell (pick from the list, type the date as dd/mm/yyyy) and import again.",
    ),
)
declare(K001, K002, K003, K004, K005, K006, K007, K008, K009)


def _fmt(day: dt.date) -> str:
    return day.strftime("%d/%m/%Y")


def check_status(
    record: StatusFile, positions: SourceMap, facts: PlanFacts, fingerprint: str
) -> Iterator[Finding]:
    """The K findings of one status file against its plan."""
    from rapidfuzz import process

    known = {t.task.id: t for t in leaves(facts) if t.task.id}
    for task_id, status in record.tasks.items():
        where = positions.lookup(("tasks", task_id), key=True)
        task = known.get(task_id)
        if task is None:
            best = process.extractOne(task_id, list(known), score_cutoff=60)
            vi = f"; có phải “{best[0]}”?" if best else ""
            en = f"; did you mean “{best[0]}”?" if best else ""
            yield Finding.of("K001", where, id=task_id, suggestion_vi=vi, suggestion_en=en)
            continue
        at = positions.lookup(("tasks", task_id, "status"))
        if status.status is Progress.DONE and (status.completed is None or not status.product):
            missing = [
                w
                for w, v in (("ngày hoàn thành", status.completed), ("sản phẩm", status.product))
                if not v
            ]
            missing_en = [
                w
                for w, v in (("completion date", status.completed), ("product", status.product))
                if not v
            ]
            yield Finding.of(
                "K002",
                at,
                id=task_id,
                missing_vi=" và ".join(missing),
                missing_en=" and ".join(missing_en),
            )
        if status.completed is not None:
            done_at = positions.lookup(("tasks", task_id, "completed"))
            if status.completed > record.as_of:
                yield Finding.of(
                    "K004", done_at, completed=_fmt(status.completed), as_of=_fmt(record.as_of)
                )
            deadline = effective_deadline(task, status, facts.year)
            if deadline and deadline.end and status.completed > deadline.end:
                yield Finding.of(
                    "K003",
                    done_at,
                    id=task_id,
                    completed=_fmt(status.completed),
                    due=_fmt(deadline.end),
                )
        if status.extension is not None and not (status.extension.granted_by or "").strip():
            yield Finding.of("K006", positions.lookup(("tasks", task_id, "extension")), id=task_id)
    tally = compute(facts, record)
    for state in tally.states:
        if state.status is None and state.due is not None and state.due < record.as_of:
            lead = "; ".join(ref.canonical for ref in state.facts.lead) or "?"
            yield Finding.of(
                "K005",
                positions.lookup(("tasks",), key=True),
                id=state.id,
                number=state.facts.qualified_number,
                due=_fmt(state.due),
                lead=lead,
            )
    if record.plan_fingerprint and record.plan_fingerprint != fingerprint:
        yield Finding.of(
            "K007",
            positions.lookup(("plan_fingerprint",)),
            old=record.plan_fingerprint,
            new=fingerprint,
        )
