"""Launching the queue's own windows: the kiosk, the hall display and the rating screen."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from desk.services.container import Services


def make_announcer(services: Services):
    """The offline voice for the hall, or None when voice is turned off in the settings."""
    if not services.settings.get("queue.voice"):
        return None
    from desk.audio.announcer import Announcer

    return Announcer()


def open_queue_window(kind: str, services: Services, window_id: int | None = None,
                      full_screen: bool = True) -> QWidget:
    if kind == "kiosk":
        from desk.views.kiosk_window import KioskWindow

        widget = KioskWindow(services)
    elif kind == "hall":
        from desk.views.hall_display import HallDisplay

        widget = HallDisplay(services, make_announcer(services))
    elif kind == "rating":
        from desk.views.rating_window import RatingWindow

        if window_id is None:
            window_id = services.queue_config.windows()[0].id
        widget = RatingWindow(services, window_id)
    else:
        raise ValueError(kind)
    screens = QGuiApplication.screens()
    if len(screens) > 1:  # a TV or customer-facing monitor is usually the last screen
        widget.setGeometry(screens[-1].geometry())
    if full_screen:
        widget.showFullScreen()
    else:
        widget.resize(1280, 800)
        widget.show()
    return widget
