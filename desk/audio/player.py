"""Play a synthesised WAV on the default sound card (GUI thread; asynchronous).

A player is any object with ``play(wav: Path, done: Callable[[Exception | None], None])``: it starts
playback and calls ``done()`` once the sound ended (``done(exc)`` when it failed), or raises at once.
Tests replace it with a fake: CI machines have no sound card.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QUrl

log = logging.getLogger(__name__)


class NoAudioDevice(RuntimeError):
    """The computer has no audio output device."""


def has_audio_output() -> bool:
    """True when the system reports at least one audio output device."""
    from PySide6.QtMultimedia import QMediaDevices

    return not QMediaDevices.defaultAudioOutput().isNull() or bool(QMediaDevices.audioOutputs())


class _CallablePlayer:
    """Adapts ``fn(wav)`` (returns once played) to the player protocol."""

    def __init__(self, fn: Callable[[Path], object]) -> None:
        self.fn = fn

    def play(self, wav: Path, done: Callable[[Exception | None], None]) -> None:
        self.fn(wav)
        done(None)


def as_player(player: object | None) -> object | None:
    """A player object as given, a plain callable wrapped into one, or None (use the sound card)."""
    return player if player is None or hasattr(player, "play") else _CallablePlayer(player)


class SoundEffectPlayer(QObject):
    """Plays short uncompressed WAV files with ``QSoundEffect``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._effect = None
        self._done: Callable[[Exception | None], None] | None = None

    def play(self, wav: Path, done: Callable[[Exception | None], None]) -> None:
        from PySide6.QtMultimedia import QMediaDevices, QSoundEffect

        if not has_audio_output():
            raise NoAudioDevice("no audio output device")
        self._release()
        effect = QSoundEffect(QMediaDevices.defaultAudioOutput(), self)
        self._effect, self._done = effect, done
        effect.playingChanged.connect(self._on_playing_changed)
        effect.statusChanged.connect(self._on_status_changed)
        effect.setSource(QUrl.fromLocalFile(str(wav)))
        effect.play()  # starts as soon as the sample has loaded

    def _on_playing_changed(self) -> None:
        if self._effect is not None and not self._effect.isPlaying() and self._effect.status() not in (
            self._effect.Status.Loading, self._effect.Status.Null,
        ):
            self._finish(None)

    def _on_status_changed(self) -> None:
        if self._effect is not None and self._effect.status() == self._effect.Status.Error:
            self._finish(RuntimeError("the sound could not be loaded or played"))

    def _finish(self, error: Exception | None) -> None:
        done, self._done = self._done, None
        self._release()
        if done is not None:
            done(error)

    def _release(self) -> None:
        effect, self._effect = self._effect, None
        if effect is not None:
            effect.playingChanged.disconnect(self._on_playing_changed)
            effect.statusChanged.disconnect(self._on_status_changed)
            effect.stop()
            effect.deleteLater()
