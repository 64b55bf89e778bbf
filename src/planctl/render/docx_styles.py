"""Styles in a python-docx document: write the reference styles, read a style's values back."""

from __future__ import annotations

from typing import Any

from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.styles import BabelFish

from planctl.render.ooxml import PPR, RPR, child
from planctl.render.styles import FONT, LANGUAGE, StyleSpec

FONT_SLOTS = ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia")
_THEME_SLOTS = ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme")
ALIGN = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
    "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
}


def set_fonts(rpr: Any, font: str = FONT) -> None:
    """Name the font in all four slots and drop theme fonts, which would win over them."""
    fonts = child(rpr, "w:rFonts", RPR)
    for slot in _THEME_SLOTS:
        if fonts.get(qn(slot)) is not None:
            del fonts.attrib[qn(slot)]
    for slot in FONT_SLOTS:
        fonts.set(qn(slot), font)


def _set_toggle(rpr: Any, tag: str, on: bool) -> None:
    for name in (tag, tag + "Cs"):
        child(rpr, name, RPR).set(qn("w:val"), "1" if on else "0")


def _set_size(rpr: Any, size: float) -> None:
    for name in ("w:sz", "w:szCs"):
        child(rpr, name, RPR).set(qn("w:val"), str(round(size * 2)))


def configure_defaults(document: Any) -> None:
    """Document defaults and Normal: Times New Roman 14 pt, black, Vietnamese, no spacing."""
    styles_element = document.styles.element
    defaults = styles_element.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles_element.insert(0, defaults)
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = OxmlElement("w:rPrDefault")
        defaults.insert(0, rpr_default)
    rpr = child(rpr_default, "w:rPr", ("w:rPr",))
    set_fonts(rpr)
    _set_size(rpr, 14)
    lang = child(rpr, "w:lang", RPR)
    for attribute in ("w:val", "w:eastAsia", "w:bidi"):
        lang.set(qn(attribute), LANGUAGE)
    ppr_default = child(defaults, "w:pPrDefault", ("w:rPrDefault", "w:pPrDefault"))
    ppr = child(ppr_default, "w:pPr", ("w:pPr",))
    spacing = child(ppr, "w:spacing", PPR)
    for name, value in (("after", "0"), ("line", "240"), ("lineRule", "auto")):
        spacing.set(qn(f"w:{name}"), value)
    normal = document.styles["Normal"]
    set_fonts(normal.element.get_or_add_rPr())
    normal.font.size = Pt(14)
    normal.font.color.rgb = RGBColor(0, 0, 0)
    fmt = normal.paragraph_format
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(0)
    fmt.line_spacing = 1.0
    fmt.widow_control = True


def add_style(document: Any, spec: StyleSpec) -> None:
    """Add one style with the values of `spec` (Normal is its base)."""
    kind = WD_STYLE_TYPE.CHARACTER if spec.kind == "character" else WD_STYLE_TYPE.PARAGRAPH
    style = document.styles.add_style(spec.name, kind)
    style.hidden = False
    style.quick_style = True
    if spec.kind == "character":
        rpr = style.element.get_or_add_rPr()
        set_fonts(rpr)
        if spec.bold:
            _set_toggle(rpr, "w:b", True)
        if spec.italic:
            _set_toggle(rpr, "w:i", True)
        return
    style.base_style = document.styles["Normal"]
    style.next_paragraph_style = style
    rpr = style.element.get_or_add_rPr()
    set_fonts(rpr)
    _set_size(rpr, spec.size)
    _set_toggle(rpr, "w:b", spec.bold)
    _set_toggle(rpr, "w:i", spec.italic)
    fmt = style.paragraph_format
    fmt.alignment = ALIGN[spec.align]
    fmt.first_line_indent = Cm(spec.first_indent_cm) if spec.first_indent_cm else None
    fmt.space_before = Pt(spec.before)
    fmt.space_after = Pt(spec.after)
    if spec.line is not None:
        fmt.line_spacing = spec.line
    fmt.keep_with_next = spec.keep_next or None
    if spec.contextual:
        child(style.element.get_or_add_pPr(), "w:contextualSpacing", PPR)
    if spec.outline is not None:
        level = child(style.element.get_or_add_pPr(), "w:outlineLvl", PPR)
        level.set(qn("w:val"), str(spec.outline))


class StyleIndex:
    """A document's styles by name and by id, read in one pass.

    python-docx finds a style by searching every style of the document (an XPath over the
    reference document's few hundred) on each look-up; this finds them as it does, the first
    of a name or, failing that, of an id, and follows `w:basedOn` the same way.
    """

    def __init__(self, document: Any) -> None:
        self._names: dict[str, Any] = {}
        self._ids: dict[str, Any] = {}
        for style in document.styles.element.iterchildren(qn("w:style")):
            name = style.find(qn("w:name"))
            if name is not None and name.get(qn("w:val")) is not None:
                self._names.setdefault(name.get(qn("w:val")), style)
            style_id = style.get(qn("w:styleId"))
            if style_id is not None:
                self._ids.setdefault(style_id, style)
        defaults = document.styles.element.find(
            qn("w:docDefaults") + "/" + qn("w:rPrDefault") + "/" + qn("w:rPr") + "/" + qn("w:sz")
        )
        self._default_size = int(defaults.get(qn("w:val"))) / 2 if defaults is not None else 10.0

    def find(self, name: str) -> Any:
        """The `w:style` element `document.styles[name]` finds, or None."""
        found = self._names.get(BabelFish.ui2internal(name))
        return found if found is not None else self._ids.get(name)

    def style_id(self, name: str) -> str:
        found = self.find(name)
        if found is None:
            raise KeyError(f"no style with name '{name}'")
        return str(found.get(qn("w:styleId")))

    def chain(self, name: str) -> list[Any]:
        """The style and its bases, nearest first."""
        out: list[Any] = []
        style = self.find(name)
        while style is not None and len(out) < 20:
            out.append(style)
            based = style.find(qn("w:basedOn"))
            style = self._ids.get(based.get(qn("w:val"))) if based is not None else None
        return out

    def size(self, name: str) -> float:
        """The font size a style resolves to, in points (its own, a base's, or the default)."""
        for style in self.chain(name):
            size = style.find(qn("w:rPr") + "/" + qn("w:sz"))
            if size is not None:
                return int(size.get(qn("w:val"))) / 2
        return self._default_size

    def toggle(self, name: str, tag: str) -> bool:
        """Whether bold (`w:b`) or italic (`w:i`) is on in a style, through its bases."""
        for style in self.chain(name):
            element = style.find(qn("w:rPr") + "/" + qn(tag))
            if element is not None:
                return element.get(qn("w:val")) not in {"0", "false", "off"}
        return False


def has_style(document: Any, name: str) -> bool:
    return StyleIndex(document).find(name) is not None


def style_size(document: Any, name: str) -> float:
    """The font size a style resolves to, in points (its own, a base's, or the default)."""
    return StyleIndex(document).size(name)


def style_toggle(document: Any, name: str, tag: str) -> bool:
    """Whether bold (`w:b`) or italic (`w:i`) is on in a style, through its bases."""
    return StyleIndex(document).toggle(name, tag)
