"""Keeping a form's unsaved content as a draft while people type, so a crash or a power cut loses
nothing: the next time the form opens, the content is back with a slim banner to discard it.

A form hands ``DraftKeeper`` two functions: ``collect`` (the fields as a JSON-able dict) and
``restore`` (put such a dict back). Edits are saved after a short pause in typing (one small write
on the GUI thread) and once more when the form is hidden or closed. A form that is back to what it
was when opened keeps no draft.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTextEdit,
    QWidget,
)

from desk.services.container import Services
from desk.services.permissions import Actor
from desk.timeutil import to_local

log = logging.getLogger(__name__)

DELAY_MS = 1500


class DraftBanner(QFrame):
    """「已恢复上次未保存的内容」 with a button to throw the restored content away."""

    discard_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftBanner")
        self.setStyleSheet(
            "QFrame#draftBanner { background: #fff4ce; border: 1px solid #f0d98c; border-radius: 4px; }"
            "QFrame#draftBanner QLabel { background: transparent; border: none; }"
            "QFrame#draftBanner QPushButton { background: transparent; border: none; color: #1f5f99;"
            " text-decoration: underline; padding: 2px 6px; min-height: 0; }"
            "QFrame#draftBanner QPushButton:hover { color: #174a78; }")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(10, 3, 6, 3)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.button = QPushButton(self.tr("Discard it"))
        self.button.setToolTip(self.tr("Throw away the restored content and start again"))
        self.button.setAutoDefault(False)  # Enter in a dialog's field must never throw the content away
        self.button.setCursor(Qt.PointingHandCursor)
        self.button.clicked.connect(self.discard_clicked)
        lay.addWidget(self.label, 1)
        lay.addWidget(self.button)
        self.hide()

    def show_restored(self, saved_at: str) -> None:
        self.label.setText(self.tr("Restored what was not saved last time (kept at {time}).").format(time=saved_at)
                           if saved_at else self.tr("Restored what was not saved last time."))
        self.show()


class DraftKeeper(QObject):
    """Saves ``collect()`` under ``key`` for ``actor`` as the form is edited.

    Build it once the form shows its starting content (empty, or the record being edited): that
    content is the baseline, and a form back at its baseline keeps no draft. Then call
    ``restore_if_any()``, place ``banner`` in the form, and call ``discard()`` after a successful save.
    Editors under ``parent`` are watched; call ``watch()`` for editors added later, or ``touch()``.
    """

    saved = Signal(str)
    """A draft was written; the local time (HH:mm) it was kept."""

    def __init__(self, services: Services, actor: Actor, key: str, collect: Callable[[], dict[str, Any]],
                 restore: Callable[[dict[str, Any]], None], title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.key, self.title = services, actor, key, title
        self._collect = lambda: json.loads(json.dumps(collect(), ensure_ascii=False, default=str))
        self._restore = restore
        self._dirty = False
        self._paused = 0
        self._watched: set[int] = set()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.timer.timeout.connect(self.flush)
        self.banner = DraftBanner(parent)
        self.banner.discard_clicked.connect(self.discard_restored)
        self._baseline = self._collect()
        if parent is not None:
            self.watch(parent)
            parent.installEventFilter(self)

    # --- watching edits ----------------------------------------------------------------------------
    def watch(self, root: QWidget) -> None:
        """Treat any change in the editors under ``root`` as an edit."""
        for widget in [root, *root.findChildren(QWidget)]:
            if id(widget) in self._watched or widget is self.banner or self.banner.isAncestorOf(widget):
                continue
            signal = _change_signal(widget)
            if signal is not None:
                signal.connect(self.touch)
                self._watched.add(id(widget))

    def touch(self, *_args) -> None:
        """Something was edited: save after a pause."""
        if self._paused:
            return
        self._dirty = True
        self.timer.start()

    @contextmanager
    def paused(self):
        """Changes made inside (restoring, resetting) are not edits."""
        self._paused += 1
        try:
            yield
        finally:
            self._paused -= 1

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Hide, QEvent.Close) and watched is self.parent():
            self.flush()
        return False

    # --- saving -------------------------------------------------------------------------------------
    def flush(self) -> None:
        """Write the draft now if anything changed since the last write."""
        self.timer.stop()
        if not self._dirty:
            return
        self._dirty = False
        try:
            payload = self._collect()
            if payload == self._baseline:
                self.services.drafts.discard(self.actor, self.key)
                self.banner.hide()
            else:
                self.services.drafts.save(self.actor, self.key, payload, self.title)
                self.saved.emit(QTime.currentTime().toString("HH:mm"))
        except Exception:  # a draft must never get in the way of typing; the next pause tries again
            log.warning("could not keep the draft %s", self.key, exc_info=True)
            self._dirty = True

    def restore_if_any(self) -> bool:
        """Put a kept draft back into the form and show the banner; False when there is none."""
        try:
            draft = self.services.drafts.load(self.actor, self.key)
            info = next((d for d in self.services.drafts.pending(self.actor) if d.key == self.key), None)
        except Exception:
            log.warning("could not read the draft %s", self.key, exc_info=True)
            return False
        if draft is None or draft == self._baseline:
            return False
        with self.paused():
            self._restore(draft)
        saved_at = ""
        if info is not None:
            saved_at = to_local(info.saved_at).strftime("%Y-%m-%d %H:%M")
        self.banner.show_restored(saved_at)
        return True

    def discard(self) -> None:
        """The form was saved (or emptied for good): drop the draft; what it shows now is the baseline."""
        self.timer.stop()
        self._dirty = False
        self.banner.hide()
        self._baseline = self._collect()
        try:
            self.services.drafts.discard(self.actor, self.key)
        except Exception:
            log.warning("could not discard the draft %s", self.key, exc_info=True)

    def discard_restored(self) -> None:
        """The banner's button: back to the form's starting content, and no draft."""
        with self.paused():
            self._restore(self._baseline)
        self.discard()


def _change_signal(widget: QWidget):
    """The signal that says ``widget``'s value changed, or None for widgets that hold no value."""
    if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(), (QAbstractSpinBox, QComboBox)):
            return None  # the inner line edit of a spin box or combo; the outer widget is watched
        return widget.textChanged
    if isinstance(widget, QComboBox):
        return widget.editTextChanged if widget.isEditable() else widget.currentIndexChanged
    if isinstance(widget, QDateTimeEdit):
        return widget.dateTimeChanged
    if isinstance(widget, (QSpinBox, QDoubleSpinBox)):
        return widget.valueChanged
    if isinstance(widget, QAbstractButton) and widget.isCheckable():
        return widget.toggled
    return None


__all__ = ["DELAY_MS", "DraftBanner", "DraftKeeper"]
