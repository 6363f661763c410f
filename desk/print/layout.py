"""The A4 official layout shared by every printed document: pages, header, footer, verification.

Margins follow GB/T 9704 (type area 156 x 225 mm: top 37, bottom 35, left 28, right 26 mm); the header
and the footer live inside those margins, so they never touch the body. The flowable helpers
(``title``, ``heading``, ``paragraph``, ``key_value_table``, ``data_table``, ``signature_block``) live in
:mod:`desk.print.blocks` and are re-exported here. reportlab is imported inside the functions, so
importing this module stays cheap.
"""

from __future__ import annotations

import functools
import io
from dataclasses import dataclass
from datetime import datetime

from desk.print.blocks import (  # noqa: F401  (re-exported: documents use layout.* only)
    BOTTOM,
    FRAME_H,
    LEFT,
    MM,
    PAGE_H,
    PAGE_W,
    RIGHT,
    TEXT_WIDTH,
    TOP,
    data_table,
    heading,
    keep_together,
    key_value_table,
    markup,
    paragraph,
    plain_for,
    signature_block,
    title,
)
from desk.print.fonts import register_fonts

QR_SIZE = 24 * MM  # in the flow, under the last flowable
FOOT_QR = 19 * MM  # in the bottom margin when the last page has no room left


@dataclass(frozen=True)
class DocumentMeta:
    doc_id: str
    kind: str
    title: str
    center_name: str
    issuer_name: str
    verification_code: str
    qr_payload: str
    generated_at: datetime
    doc_number: str | None = None


def _draw_qr(canvas, payload: str, x: float, y: float, size: float) -> None:
    """Draw the QR modules as one filled path (renderPDF would pull in an unembedded Helvetica)."""
    import itertools

    from reportlab.graphics.barcode.qr import QrCodeWidget

    qr = QrCodeWidget(payload, barLevel="M").qr
    qr.make()
    n = qr.getModuleCount()
    box = size / n
    path = canvas.beginPath()
    for r, row in enumerate(qr.modules):
        col = 0
        for dark, run in itertools.groupby(bool(m) for m in row):
            count = len(list(run))
            if dark:
                path.rect(x + col * box, y + size - (r + 1) * box, count * box, box)
            col += count
    canvas.saveState()
    canvas.setFillColor("#000000")
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()


@functools.lru_cache(maxsize=1)
def _verification_block_class():
    from reportlab.platypus import Flowable

    class VerificationBlock(Flowable):
        """QR code, verification code and document id in the bottom-right corner of the last page.

        With room left under the last flowable it takes QR_SIZE of the flow and draws at the bottom of
        the frame (everything below it is blank: it is the last flowable). Without room it takes no
        space and asks the footer of this page to draw a compact QR code in the bottom margin, so the
        block never moves to a page of its own and never pushes the signatures away.
        """

        def __init__(self, meta: DocumentMeta) -> None:
            super().__init__()
            self.meta = meta
            self._y = BOTTOM
            self.compact = False

        def wrap(self, aw, ah):
            self.compact = ah < QR_SIZE + 6 * MM
            self.width, self.height = aw, (0 if self.compact else QR_SIZE + 6 * MM)
            return self.width, self.height

        def drawOn(self, canvas, x, y, _sW=0):
            self._y = y
            super().drawOn(canvas, x, y, _sW)

        def draw(self):
            c, m = self.canv, self.meta
            if self.compact:
                c._desk_footer_qr_page = c.getPageNumber()  # read by NumberedCanvas.save
                return
            f = register_fonts()
            c.translate(0, BOTTOM - self._y)
            x = self.width - QR_SIZE
            _draw_qr(c, m.qr_payload, x, 0, QR_SIZE)
            right = x - 4 * MM  # leave the QR its quiet zone
            lines = [(f.hei, 10.5, f"验证码：{m.verification_code}"),
                     (f.song, 8, f"文书编号：{m.doc_id}"),
                     (f.song, 8, "扫描二维码或凭文书编号、验证码核验")]
            y = QR_SIZE - 16
            for face, size, text in lines:
                c.setFont(face, size)
                c.drawRightString(right, y, _fit(text, face, size, right))
                y -= size + 6

    return VerificationBlock


def _fit(text: str, face: str, size: float, width: float) -> str:
    """``text`` (made safe for ``face``) cut with "…" so that it is at most ``width`` wide."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    text = plain_for(text, face)
    if stringWidth(text, face, size) <= width:
        return text
    while text and stringWidth(text + "…", face, size) > width:
        text = text[:-1]
    return text + "…"


def _decorate(c, meta: DocumentMeta, page: int, total: int, footer_qr: bool) -> None:
    """Header (center, issuer, number) and footer (page x of y, document id and code) of one page."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    f = register_fonts()
    c.saveState()
    c.setFillColor("#333333")
    c.setStrokeColor("#777777")
    c.setLineWidth(0.5)
    head_y = PAGE_H - 25 * MM
    c.setFont(f.song, 9)
    number = _fit(meta.doc_number or "", f.song, 9, TEXT_WIDTH / 2)
    left = meta.center_name
    if meta.issuer_name and meta.issuer_name != meta.center_name:
        left = f"{left}　{meta.issuer_name}"
    left = _fit(left, f.song, 9, TEXT_WIDTH - stringWidth(number, f.song, 9) - 8 * MM)
    c.drawString(LEFT, head_y + 2.5 * MM, left)
    c.drawRightString(PAGE_W - RIGHT, head_y + 2.5 * MM, number)
    c.line(LEFT, head_y, PAGE_W - RIGHT, head_y)
    c.setFillColor("#000000")
    c.setFont(f.song, 10.5)
    c.drawCentredString(PAGE_W / 2, 22 * MM, f"第 {page} 页 共 {total} 页")
    c.setFillColor("#555555")
    c.setFont(f.song, 7.5)
    ids = f"文书编号：{meta.doc_id}　验证码：{meta.verification_code}"
    c.drawCentredString(PAGE_W / 2, 16 * MM, _fit(ids, f.song, 7.5, TEXT_WIDTH - 2 * FOOT_QR - 8 * MM))
    if footer_qr:
        _draw_qr(c, meta.qr_payload, PAGE_W - RIGHT - FOOT_QR, 8 * MM, FOOT_QR)
    c.restoreState()


@functools.lru_cache(maxsize=1)
def _numbered_canvas_class():
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):
        """Keeps every page until save(), then decorates each one knowing the total page count."""

        def __init__(self, *args, desk_meta: DocumentMeta, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._desk_meta = desk_meta
            self._desk_pages: list[dict] = []

        def showPage(self):
            self._desk_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._desk_pages)
            qr_page = getattr(self, "_desk_footer_qr_page", None)
            for number, state in enumerate(self._desk_pages, start=1):
                self.__dict__.update(state)
                _decorate(self, self._desk_meta, number, total, footer_qr=number == qr_page)
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


def build_pdf(meta: DocumentMeta, story: list) -> bytes:
    """Lay ``story`` out on A4 official pages and return the PDF bytes.

    Every page gets the header and the "第 x 页 共 y 页" footer; the verification block (QR code,
    code, document id) closes the last page at its bottom right, or compactly in its bottom margin.
    """
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    register_fonts()
    buf = io.BytesIO()
    doc = BaseDocTemplate(
        buf, pagesize=(PAGE_W, PAGE_H), leftMargin=LEFT, rightMargin=RIGHT, topMargin=TOP,
        bottomMargin=BOTTOM, title=meta.title, author=meta.center_name, subject=meta.kind,
        creator="desk", keywords=[meta.kind, meta.doc_id], lang="zh-CN",
        initialFontName=register_fonts().song,
    )
    frame = Frame(LEFT, BOTTOM, TEXT_WIDTH, FRAME_H, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="official", frames=[frame])])
    flowables = list(story) + [_verification_block_class()(meta)]
    doc.build(flowables, canvasmaker=functools.partial(_numbered_canvas_class(), desk_meta=meta))
    return buf.getvalue()
