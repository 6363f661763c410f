"""Form helpers: an error line under each field, filled from a service's ValidationError.

Nothing typed is ever cleared on an error: the message appears next to the field and the
field gets the focus, so the clerk corrects it and tries again.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QVBoxLayout, QWidget

from desk.errors import ConflictError, ValidationError
from desk.views.messages import error_text, show_error


def fit_height(dialog: QWidget) -> None:
    """Grow ``dialog`` so a wrapped error line doesn't overlap the rows below (a top-level
    layout's minimum size ignores word-wrapped labels' height-for-width)."""
    layout = dialog.layout()
    if layout is None:  # QWizard manages its own pages
        return
    layout.activate()
    needed = dialog.heightForWidth(dialog.width())
    if needed > dialog.height():
        dialog.resize(dialog.width(), needed)


class FieldErrors:
    def __init__(self) -> None:
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}

    def add_row(self, form: QFormLayout, label: str | QWidget, name: str, editor: QWidget) -> QWidget:
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(editor)
        error = QLabel()
        error.setObjectName("fieldError")
        error.setWordWrap(True)
        error.hide()
        lay.addWidget(error)
        form.addRow(label, box)
        self._fields[name] = (editor, error)
        return editor

    def error_label(self, name: str) -> QLabel:
        return self._fields[name][1]

    def clear(self) -> None:
        for editor, label in self._fields.values():
            label.clear()
            label.hide()
            self._mark(editor, False)

    def set(self, name: str, text: str) -> None:
        """Show a message the view itself worked out (e.g. two passwords differ)."""
        editor, label = self._fields[name]
        label.setText(text)
        label.show()
        self._mark(editor, True)
        editor.setFocus()
        window = editor.window()
        if isinstance(window, QDialog):
            fit_height(window)

    def show(self, exc: BaseException) -> bool:
        """Show ``exc`` under its field; False when it belongs to no field here."""
        if not isinstance(exc, ValidationError) or exc.field not in self._fields:
            return False
        self.set(exc.field, error_text(exc))
        return True

    def handle(self, parent: QWidget, exc: BaseException, conflict_field: str | None = None) -> None:
        """Show ``exc`` under its field; a clash with an existing record (duplicate code, taken
        number) under ``conflict_field`` when given; anything else in a message box."""
        self.clear()
        if conflict_field is not None and isinstance(exc, ConflictError):
            self.set(conflict_field, error_text(exc))
        elif not self.show(exc):
            show_error(parent, exc)

    @staticmethod
    def _mark(editor: QWidget, invalid: bool) -> None:
        editor.setProperty("invalid", invalid)
        editor.style().unpolish(editor)
        editor.style().polish(editor)
