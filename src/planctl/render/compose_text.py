"""The clerk's text with the marks the decree prescribes, whatever the clerk typed.

A list item is stripped of the "- " before it and the ";" or "." after it, so that the wording
templates can put back the right one; a heading the clerk numbered ("1.1. …") keeps their
number and takes none of planctl's; the content ends with "./.". Shared by the body and
the tasks set out in prose, with the paragraph blocks and heading roles both use.
"""

from __future__ import annotations

from planctl.facts.numbering import written_label
from planctl.model.inline import plain, trailing_marks
from planctl.model.plan import Bullets, Paragraph
from planctl.render.blocks import Block, Para, Role

HEADING_ROLE = {0: Role.PART, 1: Role.SECTION}


def bare(text: str) -> str:
    """A list item without the marks the decree puts around it: "- " before, ";" or "." after
    (inside the clerk's closing emphasis marks too: "**…;**")."""
    stripped = text.strip()
    if is_bullet(stripped):
        stripped = stripped[2:].lstrip()
    stripped, marks = trailing_marks(stripped)
    if stripped.endswith("./."):
        return stripped[:-3].rstrip() + marks
    if stripped.endswith(("...", "…")):
        return stripped + marks
    if stripped[-1:] in {";", ".", ","}:
        stripped = stripped[:-1].rstrip()
    return stripped + marks


def is_bullet(text: str) -> bool:
    """A line the clerk wrote as a "- " item of a list."""
    stripped = text.strip()
    return stripped.startswith("- ") or stripped.startswith("-\t")


def unlabel(text: str, label: str) -> str:
    """The text without the number the clerk typed when it is the one generated ("I. ")."""
    stripped = text.strip()
    if label and stripped.startswith(label) and stripped[len(label) : len(label) + 1].isspace():
        return stripped[len(label) :].lstrip()
    return stripped


def labelled(label: str, text: str) -> str:
    """`label` before the text, unless the clerk numbered it ("1.1. …", "a) …"): then the
    text as written, so that it never reads "1. 1.1. …"."""
    if not label or written_label(text):
        return text.strip()
    return f"{label} {unlabel(text, label)}"


def close(text: str, mark: str) -> str:
    """End a paragraph with `mark` ("./."), replacing a final full stop or semicolon."""
    stripped = text.rstrip()
    if plain(stripped).endswith(mark):
        return stripped
    body, marks = trailing_marks(stripped)
    return _bare_end(body) + marks + mark


def _bare_end(text: str) -> str:
    if text.endswith(("...", "…")):
        return text
    if text[-1:] in {";", ".", ","}:
        return text[:-1].rstrip()
    return text


def sentence(text: str) -> str:
    """A field value ends with a full stop, unless it already ends a sentence."""
    stripped = text.rstrip()
    body, marks = trailing_marks(stripped)
    if body[-1:] in {".", "!", "?", "…", ")"} and not body.endswith(";"):
        return stripped
    return _bare_end(body) + marks + "."


def bullet(item: str) -> str:
    stripped = item.strip()
    if stripped.startswith("- ") or stripped.startswith("-\t"):
        return stripped[2:].lstrip()
    return stripped


def paragraph_blocks(paragraph: Paragraph) -> list[Block]:
    """A paragraph of the plan as body text, or a list as one bullet paragraph per item."""
    if isinstance(paragraph, Bullets):
        return [Para.of(Role.BULLET, f"- {bullet(item)}") for item in paragraph.bullets]
    return [Para.of(Role.BODY, paragraph)]
