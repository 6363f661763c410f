"""PySide6 6.12.0 drops a reference to None on every void Qt call and aborts after a few thousand
(DESIGN.md). This guard keeps an upgrade from bringing it back."""

import PySide6
from PySide6.QtWidgets import QLabel


def test_pinned_version():
    assert PySide6.__version__ == "6.11.3"


def test_many_void_calls_do_not_crash(qapp):
    label = QLabel()
    for i in range(50_000):
        label.setText(str(i))
    assert label.text() == "49999"
