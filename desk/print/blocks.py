"""Flowable helpers of the official layout: safe user text, titles, tables, signature blocks.

All helpers take *user text* and pass it through :func:`desk.print.fonts.markup` (escaped, control
characters dropped, missing glyphs taken from the other face or drawn as "□"). Nothing can crash a
build: not markup-like text, emoji, control characters, nor a 10,000-character cell. reportlab is
imported inside the functions, so importing this module stays cheap.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from desk.print.fonts import MISSING, markup, plain_for, register_fonts  # noqa: F401  (re-exported)

MM = 72.0 / 25.4
PAGE_W, PAGE_H = 210 * MM, 297 * MM
# GB/T 9704 margins (type area 156 x 225 mm); header and footer live inside them.
TOP, BOTTOM, LEFT, RIGHT = 37 * MM, 35 * MM, 28 * MM, 26 * MM
TEXT_WIDTH = PAGE_W - LEFT - RIGHT  # 156 mm
FRAME_H = PAGE_H - TOP - BOTTOM  # 225 mm
RULE = "#555555"  # table rules
_BREAK_RE = re.compile("\r\n|[\n\r\u2028\u2029\x0b\x0c\x85]")


@functools.lru_cache(maxsize=1)
def styles() -> dict[str, Any]:
    """The paragraph styles of the official layout (built once, after the fonts are registered)."""
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    from reportlab.lib.styles import ParagraphStyle

    f = register_fonts()
    _kinsoku()
    base = ParagraphStyle("desk-body", fontName=f.song, fontSize=12, leading=21, wordWrap="CJK",
                          alignment=TA_JUSTIFY, firstLineIndent=24, spaceAfter=4)
    return {
        "body": base,
        "title": ParagraphStyle("desk-title", base, fontSize=22, leading=32, alignment=TA_CENTER,
                                firstLineIndent=0, spaceBefore=4, spaceAfter=18),
        "heading": ParagraphStyle("desk-heading", base, fontName=f.hei, fontSize=13, leading=20,
                                  alignment=TA_LEFT, firstLineIndent=0, spaceBefore=12, spaceAfter=6),
        "key": ParagraphStyle("desk-key", base, fontName=f.hei, fontSize=10.5, leading=15,
                              firstLineIndent=0, spaceAfter=0, alignment=TA_LEFT),
        "value": ParagraphStyle("desk-value", base, fontSize=10.5, leading=15, firstLineIndent=0,
                                spaceAfter=0, alignment=TA_LEFT),
        "th": ParagraphStyle("desk-th", base, fontName=f.hei, fontSize=9, leading=12, firstLineIndent=0,
                             spaceAfter=0, alignment=TA_CENTER),
        "td": ParagraphStyle("desk-td", base, fontSize=9, leading=12.5, firstLineIndent=0, spaceAfter=0,
                             alignment=TA_LEFT),
        "sign": ParagraphStyle("desk-sign", base, fontSize=12, leading=18, firstLineIndent=0, spaceAfter=0,
                               alignment=TA_LEFT),
        "center": ParagraphStyle("desk-center", base, fontSize=12, leading=18, firstLineIndent=0,
                                 spaceAfter=0, alignment=TA_CENTER),
    }


def _kinsoku() -> None:
    """reportlab's CJK wrapping lets a full-width comma, colon or closing bracket start a line (its
    list of characters that cannot start one is Japanese-centred); add the Chinese ones, which then
    hang in the margin at the end of the line instead."""
    from reportlab.lib import textsplit
    from reportlab.platypus import paragraph

    for module in (textsplit, paragraph):  # single-run paragraphs wrap in textsplit, mixed runs in paragraph
        module.ALL_CANNOT_START += "".join(c for c in "，。、；：！？）》」』】〕〉”’％" if c not in module.ALL_CANNOT_START)


def _para(text: Any, style: str):
    from reportlab.platypus import Paragraph

    st = styles()[style]
    return Paragraph(markup(text, st.fontName), st)


def title(text: str):
    """The document title: centred, large, Song face, slightly emboldened (like 小标宋)."""
    st = styles()["title"]
    return _title_class()(markup(text, st.fontName), st)


@functools.lru_cache(maxsize=1)
def _title_class():
    from reportlab.platypus import Paragraph

    class Title(Paragraph):
        def drawOn(self, canvas, x, y, _sW=0):
            # There is no bold face: fill and stroke the glyph outlines (text render mode 2).
            # The mode is graphics state, so restoreState() ends it.
            canvas.saveState()
            canvas.setLineWidth(0.5)
            canvas._code.append("2 Tr")
            super().drawOn(canvas, x, y, _sW)
            canvas.restoreState()

    return Title


def heading(text: str):
    """A section heading (Hei face, like the first-level headings of official documents).

    It never ends a page: with less than 25 mm left below it, it moves to the next page. (reportlab's
    keepWithNext would glue it to a long table and push the whole table to a new page.)
    """
    st = styles()["heading"]
    return _heading_class()(markup(text, st.fontName), st)


@functools.lru_cache(maxsize=1)
def _heading_class():
    from reportlab.platypus import Paragraph

    class Heading(Paragraph):
        follow = 25 * MM

        def wrap(self, aw, ah):
            w, h = super().wrap(aw, ah)
            return (w, ah + 1) if ah < h + self.follow else (w, h)

        def split(self, aw, ah):
            return []  # never split a heading; an empty split moves it to the next page

    return Heading


def paragraph(text: str):
    """Body text: Song, justified, two-character first-line indent; splits across pages.

    Each line of ``text`` is a paragraph of its own (so every one gets its indent); blank lines are
    dropped, as paragraphs are already spaced.
    """
    lines = [ln for ln in _BREAK_RE.split("" if text is None else str(text)) if ln.strip()]
    if len(lines) <= 1:
        return _para(lines[0] if lines else "", "body")
    return _group_class()([_para(ln, "body") for ln in lines], keep=False)


def keep_together(flowables: list):
    """The flowables as one block that moves to the next page whole when it does not fit (unless it
    is taller than a page; then it splits)."""
    return _group_class()(flowables, keep=True)


@functools.lru_cache(maxsize=1)
def _group_class():
    from reportlab.platypus.flowables import Flowable, _Container, _listWrapOn

    class Group(_Container, Flowable):
        """Flowables measured and drawn as one. Unlike reportlab's KeepTogether it reports its real
        height, so groups nest (a KeepTogether inside a KeepTogether always breaks the page)."""

        def __init__(self, content: list, keep: bool) -> None:
            super().__init__()
            self._content = list(content)
            self.keep = keep

        def wrap(self, aw, ah):
            _, self.height = _listWrapOn(self._content, aw, getattr(self, "canv", None))
            self.width = aw  # full width, so right-aligned content stays at the right margin
            return self.width, self.height

        def split(self, aw, ah):
            if self.keep and self.height <= FRAME_H:
                return []  # move to the next page whole
            return list(self._content)

    return Group


def _chunks(text: Any, width: float, style: Any) -> list[str]:
    """Cut a cell's text into pieces a tenth of a page high at most (estimated for full-width
    characters, so never too high). Rows are never split by reportlab: its in-row splitting
    repeats the header in mid-page. A huge cell continues in rows without a rule between them."""
    text = "" if text is None else str(text).replace("\r\n", "\n").replace("\r", "\n")
    if len(text) <= 200 and text.count("\n") < 10:
        return [text]
    per_line = max(1, int((width - 8) // style.fontSize))
    budget = max(1, int(FRAME_H / 10 // style.leading))
    chunks: list[str] = []
    current: list[str] = []
    used = 0
    for line in text.split("\n"):
        while True:
            room = budget - used
            cost = max(1, -(-len(line) // per_line))
            if cost <= room:
                current.append(line)
                used += cost
                break
            if room > 0 and len(line) > per_line:  # fill this chunk with part of a long line
                current.append(line[: room * per_line])
                line = line[room * per_line:]
            chunks.append("\n".join(current))
            current, used = [], 0
    chunks.append("\n".join(current))
    return [c for c in chunks if c] or [""]


def _grid(texts: list[list[Any]], widths: list[float], cell_styles: list[str], head: list[Any]):
    """A ruled table of wrapping paragraphs; ``head`` (already flowables) repeats on every page."""
    st = styles()
    data = [head] if head else []
    rule_below: list[int] = []
    for row in texts:
        pieces = [_chunks(t, w, st[s]) for t, w, s in zip(row, widths, cell_styles)]
        for k in range(max(len(p) for p in pieces)):
            data.append([_para(p[k] if k < len(p) else "", s) for p, s in zip(pieces, cell_styles)])
        rule_below.append(len(data) - 1)
    pad = [("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
           ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
    style = pad + [("FONT", (0, 0), (-1, -1), register_fonts().song, 9),  # plain-string cells too
                   ("BOX", (0, 0), (-1, -1), 0.5, RULE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                   ("LINEAFTER", (0, 0), (-2, -1), 0.5, RULE)]
    if head:
        style += [("BACKGROUND", (0, 0), (-1, 0), "#eeeeee"), ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
                  ("LINEBELOW", (0, 0), (-1, 0), 0.5, RULE)]
    previous = 0 if head else -1
    for last in rule_below:
        style.append(("LINEBELOW", (0, last), (-1, last), 0.5, RULE))
        for r in range(previous + 2, last + 1):  # continuation rows: text flows on without a gap
            style += [("TOPPADDING", (0, r), (-1, r), 0), ("BOTTOMPADDING", (0, r - 1), (-1, r - 1), 0)]
        previous = last
    if not data:
        data = [[""] * len(widths)]
    return _ruled_table_class()(data, colWidths=widths, style=style, repeatRows=1 if head else 0,
                                spaceBefore=2, spaceAfter=8)


@functools.lru_cache(maxsize=1)
def _ruled_table_class():
    from reportlab.platypus import Table

    class RuledTable(Table):
        """A table whose every page piece is closed by a rule (reportlab's "splitlast" style works
        for the first split only)."""

        def split(self, aw, ah):
            parts = super().split(aw, ah)
            if parts:
                parts[0].setStyle([("LINEBELOW", (0, -1), (-1, -1), 0.5, RULE)])
            return parts

    return RuledTable


def key_value_table(rows: list[tuple[str, str]]):
    """A two-column table of labels (shaded, Hei) and values (Song, wrapping)."""
    key_w = 30 * MM
    table = _grid([list(r) for r in rows], [key_w, TEXT_WIDTH - key_w], ["key", "value"], [])
    table.setStyle([("BACKGROUND", (0, 0), (0, -1), "#f3f3f3")])
    return table


def data_table(headers: list[str], rows: list[list[str]], col_widths: list[float] | None = None):
    """A ruled table whose header row repeats on every page; cells wrap, huge cells continue.

    ``col_widths`` are relative weights (points, millimetres or fractions alike), scaled to fill the
    text width; None means equal columns. Rows shorter or longer than ``headers`` are padded / cut.
    """
    n = max(1, len(headers))
    weights = list(col_widths or [1.0] * n)[:n]
    weights += [sum(weights) / len(weights) if weights else 1.0] * (n - len(weights))
    if any(w <= 0 for w in weights):
        raise ValueError("column widths must be positive")
    widths = [TEXT_WIDTH * w / sum(weights) for w in weights]
    head = [_para(h, "th") for h in list(headers)[:n] + [""] * (n - len(headers))]
    texts = [list(row)[:n] + [""] * (n - len(row)) for row in rows]
    if texts:
        return _grid(texts, widths, ["td"] * n, head)
    table = _grid([["（无记录）"] + [""] * (n - 1)], widths, ["th"] * n, head)
    table.setStyle([("SPAN", (0, 1), (-1, 1))])
    return table


def signature_block(signers: list[str], seal_label: str | None, date_label: bool = True, *,
                    mark: str = "签名、盖章或按指印"):
    """Signature lines, an optional seal line and a date line, kept together on one page.

    Each signer is a role label such as "当事人" and prints as "当事人（签名、盖章或按指印）：____";
    pass ``mark`` to change the parenthesis (e.g. "签名") or "" to leave it out.
    """
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import Spacer, Table

    st = styles()["sign"]
    labels = [f"{s}（{mark}）：" if mark else f"{s}：" for s in signers]
    line_w = 50 * MM
    widest = max([stringWidth(lb, st.fontName, st.fontSize) for lb in labels] or [0]) + 6
    label_w = min(widest, TEXT_WIDTH - line_w)
    parts: list[Any] = [Spacer(1, 10 * MM)]
    if labels:
        data = [[_para(lb, "sign"), ""] for lb in labels]
        parts.append(Table(data, colWidths=[label_w, line_w], hAlign="LEFT", style=[
            ("FONT", (0, 0), (-1, -1), st.fontName, 12),
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 14),
            ("LINEBELOW", (1, 0), (1, -1), 0.6, "#000000"),
        ]))
    if seal_label or date_label:
        parts.append(Spacer(1, 12 * MM))
        parts.append(_seal_and_date(seal_label, date_label))
    return keep_together(parts)


def _seal_and_date(seal_label: str | None, date_label: bool):
    """Seal label centred over a blank "年　月　日" date, right-aligned, four characters from the edge."""
    from reportlab.platypus import Table

    cell = [("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("ALIGN", (0, 0), (-1, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("FONT", (0, 0), (-1, -1), register_fonts().song, 12)]
    blank, char = 30, 12
    date = Table([["", "年", "", "月", "", "日"]], colWidths=[blank, char, blank, char, blank, char],
                 style=cell)
    rows = ([[_para(seal_label, "center"), ""]] if seal_label else []) + ([[date, ""]] if date_label else [])
    spacing = [("TOPPADDING", (0, 1), (-1, -1), 6 * MM)] if len(rows) == 2 else []
    return Table(rows, colWidths=[66 * MM, 4 * char], hAlign="RIGHT", style=cell + spacing)
