"""Render a PDF's pages to images with QtPdf (for preview, and for printing on any printer).

Runs in a worker: it creates its own QPdfDocument and touches no widget.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfDocument


def render_pages(pdf: bytes, dpi: float) -> list[QImage]:
    data = QByteArray(pdf)
    buffer = QBuffer(data)
    buffer.open(QIODevice.ReadOnly)
    doc = QPdfDocument()
    doc.load(buffer)
    if doc.status() != QPdfDocument.Status.Ready:
        raise ValueError(f"the PDF could not be read ({doc.error()})")
    images = []
    for page in range(doc.pageCount()):
        size_pt = doc.pagePointSize(page)
        size = QSize(round(size_pt.width() * dpi / 72), round(size_pt.height() * dpi / 72))
        images.append(doc.render(page, size))
    doc.close()
    buffer.close()
    return images
