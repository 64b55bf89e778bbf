"""`planctl fmt`: one canonical layout for plan and registry YAML, so that diffs stay small.

- Keys in the order of the model's fields; at the top level in the document's reading order
  (kind, org, series, number, date … sections, closing, task_layout, appendix, tasks,
  recipients, signer; what an issuing document issues — a decision's `plan`, a resolution's
  `programme` — after its signer), and short settings above long lists (a section's heading
  and role above its text). Unknown keys go last, in the order they were.
- Two-space indentation, lists indented under their key ("key:\\n  - item"); a task's units
  (`lead`, `support`) one per line, never `[A, B]`, where a comma inside a name splits it.
- Quotes only where YAML needs them, and then "double quotes"; a string PyYAML would read
  as something else (`no`, `1:30`, `01`) stays quoted.
- Text in Unicode NFC; no line folding (long Vietnamese lines stay whole); one final newline.
- Comments are kept, and a comment above a key moves with the key.

The result is checked: it must load to exactly the same data as the original, or the file is
left alone. Formatting is idempotent: formatting a formatted file changes nothing.
"""

from __future__ import annotations

import io
import itertools
import unicodedata
from dataclasses import dataclass
from typing import Any

import yaml as pyyaml
from pydantic import BaseModel

from planctl.model.kinds import KINDS, kind_named
from planctl.model.plan import Section, TaskLayout
from planctl.model.registry import Registry
from planctl.model.schema_walk import models_in

# The top level reads as the document does: header, title, bases, prose, then the task table
# (its layout first, the long task list last), then recipients and signer. The model's own
# field order follows its inheritance (PlanContent before DocumentHeader), which would put
# `kind` and `number` below every task.
_DOCUMENT_ORDER = (
    "kind",
    "org",
    "series",
    "number",
    "date",
    "place",
    "issued_by",
    "title",
    "authority_line",
    "period",
    "legal_bases",
    "implements",
    "proposed_by",
    "recitals",
    "articles",
    "preamble",
    "sections",
    "closing",
    "task_layout",
    "appendix",
    "tasks",
)
_DOCUMENT_LAST = ("recipients", "signer")
# A decision prints its recipients and signer before the plan it issues.
# Short settings stay above long lists: a section's heading and role above its text, the
# task layout's numbering above its columns.
_LEADING: dict[type[BaseModel], tuple[str, ...]] = {
    Section: ("heading", "role", "numbered", "tasks"),
    TaskLayout: (
        "presentation",
        "placement",
        "numbering",
        "unit_separator",
        "units_as",
        "unit_lines",
    ),
}
INDENT = (2, 4, 2)  # ruamel: mapping, sequence, offset


class FmtError(Exception):
    def __init__(self, key: str, **args: object) -> None:
        super().__init__(key)
        self.key = key
        self.args_ = args


def key_order(model: type[BaseModel]) -> list[str]:
    """The canonical key order for a model: its field order, except for the documents
    (and sections), whose order follows the printed document; see the module docstring."""
    fields = list(model.model_fields)
    kinds = {kind.model: kind for kind in KINDS.values()}
    attached_models = {kind.attached_model for kind in KINDS.values()} - {None}
    if model in kinds or model in attached_models:
        kind = kinds.get(model)
        attached = (kind.attachment_key,) if kind and kind.attachment_key else ()
        # An issuing document's attachment comes last: it is printed after the signature.
        tail = (*_DOCUMENT_LAST, *attached)
        last = [f for f in tail if f in fields]
        first = [f for f in _DOCUMENT_ORDER if f in fields and f not in last]
        others = [f for f in fields if f not in first and f not in last]
        return [*first, *others, *last]
    leading = [f for f in _LEADING.get(model, ()) if f in fields]
    return [*leading, *(f for f in fields if f not in leading)]


def _pick(models: list[type[BaseModel]], node: Any) -> type[BaseModel] | None:
    if not models or not hasattr(node, "keys"):
        return None
    keys = set(node.keys())
    return max(models, key=lambda m: len(keys & set(m.model_fields)))


def root_model(data: Any, name: str) -> type[BaseModel] | None:
    if not hasattr(data, "get"):
        return None
    if name == "org.yaml" or "issuer" in data:
        return Registry
    model: type[BaseModel] = kind_named(data.get("kind")).model
    return model


@dataclass
class Formatted:
    text: str
    changed: bool


def format_text(text: str, name: str = "-") -> Formatted:
    """The canonical form of one YAML file; FmtError when it cannot be read or kept safe."""
    from ruamel.yaml import YAML
    from ruamel.yaml.error import YAMLError

    from planctl.newlines import plain

    source, form = plain(text)  # the result is given back in the file's own form
    rt = YAML()
    rt.Emitter = _emitter()
    rt.width = 4096
    rt.indent(mapping=INDENT[0], sequence=INDENT[1], offset=INDENT[2])
    try:
        data = rt.load(source)
    except YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        where = f"{name}:{mark.line + 1}:{mark.column + 1}" if mark is not None else name
        raise FmtError("fmt.unreadable", file=where, problem=str(exc).splitlines()[0]) from None
    if data is None:
        return Formatted(text, False)
    _normalise_scalars(data)
    model = root_model(data, name.rsplit("/", 1)[-1])
    if model is not None:
        _Reorder().node(data, model, 0)
    buffer = io.StringIO()
    rt.dump(data, buffer)
    result = buffer.getvalue().rstrip("\n") + "\n"
    if not _same_data(source, result, name):
        raise FmtError("fmt.unsafe", file=name)
    result = form.apply(result)
    return Formatted(result, result != text)


def _same_data(a: str, b: str, name: str) -> bool:
    from planctl.load import LoadError, load_yaml_text

    try:
        return bool(load_yaml_text(a, name).data == load_yaml_text(b, name).data)
    except LoadError:
        # The project's loader refuses the file (a duplicate key, an unsafe tag …): compare
        # what a plain safe load gives, which is all fmt promises to keep then.
        try:
            return bool(pyyaml.safe_load(a) == pyyaml.safe_load(b))
        except pyyaml.YAMLError:
            return False


# --- scalars ---------------------------------------------------------------------------------

_RESOLVER = pyyaml.resolver.Resolver()


def _needs_quotes(value: str) -> bool:
    """A plain scalar that PyYAML (YAML 1.1, the loader planctl uses) would not read as text."""
    resolve: Any = _RESOLVER.resolve
    tag = resolve(pyyaml.ScalarNode, value, (True, False))
    return bool(tag != "tag:yaml.org,2002:str")


def _fix(value: Any) -> Any:
    if not isinstance(value, str):
        return value
    from ruamel.yaml.scalarstring import DoubleQuotedScalarString, ScalarString

    text = unicodedata.normalize("NFC", value)
    if isinstance(value, ScalarString):
        return value if text == value else type(value)(text)
    if _needs_quotes(text):
        return DoubleQuotedScalarString(text)
    return text


def _emitter() -> Any:
    """ruamel's emitter, writing "double quotes" where it would write 'single' ones."""
    from ruamel.yaml.emitter import RoundTripEmitter

    class Emitter(RoundTripEmitter):
        def choose_scalar_style(self) -> Any:
            style = super().choose_scalar_style()
            return '"' if style == "'" else style

    return Emitter


def _normalise_scalars(node: Any) -> None:
    if hasattr(node, "items") and hasattr(node, "ca"):
        for key in list(node.keys()):
            node[key] = _fix(node[key])
            _normalise_scalars(node[key])
    elif isinstance(node, list):
        for i, item in enumerate(node):
            node[i] = _fix(item)
            _normalise_scalars(item)


# --- key order and comments ------------------------------------------------------------------


def _is_map(node: Any) -> bool:
    from ruamel.yaml.comments import CommentedMap

    return isinstance(node, CommentedMap)


def _is_seq(node: Any) -> bool:
    from ruamel.yaml.comments import CommentedSeq

    return isinstance(node, CommentedSeq)


def _flow(node: Any) -> bool:
    return bool(node.fa.flow_style())


def _tail(container: Any, key: Any) -> tuple[list[Any], int] | None:
    """The comment slot after the whole subtree at container[key]: (slot list, index)."""
    value = container[key]
    if (_is_map(value) or _is_seq(value)) and len(value) and not _flow(value):
        last = list(value.keys())[-1] if _is_map(value) else len(value) - 1
        inner = _tail(value, last)
        if inner is not None:
            return inner
    index = 2 if _is_map(container) else 0
    slots = container.ca.items.get(key)
    if slots is not None and slots[index] is not None:
        return slots, index
    return None


def _deepest(container: Any, key: Any) -> tuple[Any, Any]:
    value = container[key]
    if (_is_map(value) or _is_seq(value)) and len(value) and not _flow(value):
        last = list(value.keys())[-1] if _is_map(value) else len(value) - 1
        return _deepest(value, last)
    return container, key


def _take_lines(container: Any, key: Any) -> list[str]:
    """Remove and return the full-line comments (and blank lines) after container[key]."""
    found = _tail(container, key)
    if found is None:
        return []
    slots, index = found
    token = slots[index]
    value: str = token.value
    first, newline, rest = value.partition("\n")
    if not newline:
        return []
    lines = rest.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines:
        return []
    if first.strip().startswith("#"):
        token.value = first + "\n"
    else:
        slots[index] = None
    return lines


def _put_lines(container: Any, key: Any, lines: list[str]) -> None:
    """Add full-line comments after the subtree at container[key]."""
    if not lines:
        return
    from ruamel.yaml.error import CommentMark
    from ruamel.yaml.tokens import CommentToken

    text = "".join(line + "\n" for line in lines)
    found = _tail(container, key)
    if found is not None:
        slots, index = found
        slots[index].value += text
        return
    owner, last = _deepest(container, key)
    index = 2 if _is_map(owner) else 0
    slots = owner.ca.items.setdefault(last, [None, None, None, None])
    slots[index] = CommentToken("\n" + text, CommentMark(0), None)


def _before(owner: Any, key: Any, lines: list[str], col: int) -> None:
    """Comments printed before owner[key] (a map key, or a list item's dash)."""
    if not lines:
        return
    from ruamel.yaml.error import CommentMark
    from ruamel.yaml.tokens import CommentToken

    body = [line.strip() for line in lines]
    while body and not body[0]:
        body.pop(0)
    if not body:
        return
    text = body[0] + "\n" + "".join((" " * col + b if b else "") + "\n" for b in body[1:])
    slots = owner.ca.items.setdefault(key, [None, None, None, None])
    existing = slots[1] or []
    slots[1] = [CommentToken(text, CommentMark(col), None), *existing]


UNIT_LISTS = frozenset({"lead", "support"})
"""The lists of units, which fmt writes one unit per line."""


class _Reorder:
    def node(self, node: Any, model: type[BaseModel] | None, col: int, item_of: Any = None) -> None:
        """Put the keys of `node` (a mapping at column `col`) in canonical order, then recurse.

        `item_of` is (list, index) when the mapping is an item of a block list, so that a
        comment that must precede its first key goes above the item's dash instead.
        """
        if not _is_map(node):
            return
        if model is not None and not _flow(node):
            self._order(node, key_order(model), col, item_of)
        for key in list(node.keys()):
            value = node[key]
            if str(key) in UNIT_LISTS and _is_seq(value) and _flow(value):
                # `[Các sở, ban ngành]` is two units to YAML: one unit per line leaves no
                # comma to misread.
                value.fa.set_block_style()
            field = model.model_fields.get(str(key)) if model is not None else None
            models = models_in(field.annotation) if field is not None else []
            if _is_map(value):
                self.node(value, _pick(models, value), col + INDENT[0])
            elif _is_seq(value) and not _flow(value):
                item_col = col + INDENT[2] + 2
                for i, item in enumerate(value):
                    if _is_map(item):
                        self.node(item, _pick(models, item), item_col, (value, i, col + INDENT[2]))

    def _order(self, node: Any, order: list[str], col: int, item_of: Any) -> None:
        keys = list(node.keys())
        rank = {k: i for i, k in enumerate(order)}
        wanted = sorted(keys, key=lambda k: (rank.get(str(k), len(order)), keys.index(k)))
        if wanted == keys:
            return
        before: dict[Any, list[str]] = {}
        for previous, key in itertools.pairwise(keys):
            before[key] = _take_lines(node, previous)
        end = _take_lines(node, keys[-1])
        values = [(k, node[k]) for k in wanted]
        slots = {k: node.ca.items.pop(k) for k in keys if k in node.ca.items}
        for k in keys:
            del node[k]
        for k, v in values:
            node[k] = v
            if k in slots:
                node.ca.items[k] = slots[k]
        for previous, key in itertools.pairwise(wanted):
            _put_lines(node, previous, before.get(key, []))
        first_lines = before.get(wanted[0], [])
        if first_lines:
            if item_of is not None:
                seq, index, dash_col = item_of
                _before(seq, index, first_lines, dash_col)
            else:
                _before(node, wanted[0], first_lines, col)
        _put_lines(node, wanted[-1], end)
