"""Hall voice announcements for the reception queue (offline).

``desk.audio.phrases`` is pure Python (what is said and shown); ``desk.audio.announcer`` holds the
Qt ``Announcer`` that speaks calls in order without blocking the GUI thread; ``engines`` finds and
runs the offline voice engines; ``player`` plays synthesised WAV files on the sound card.
"""

from __future__ import annotations

from desk.audio.phrases import call_phrase, display_phrase

__all__ = ["call_phrase", "display_phrase"]
