"""A page of the main window: a title, an optional hint, then its content."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


def page_layout(page: QWidget, title: str, hint: str = "") -> QVBoxLayout:
    lay = QVBoxLayout(page)
    lay.setContentsMargins(24, 16, 24, 16)
    lay.setSpacing(10)
    label = QLabel(title)
    label.setObjectName("pageTitle")
    lay.addWidget(label)
    if hint:
        note = QLabel(hint)
        note.setObjectName("hint")
        note.setWordWrap(True)
        lay.addWidget(note)
    return lay
