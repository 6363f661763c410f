"""Speak queue calls in the hall, one after another, offline, never blocking the GUI thread.

Engine order: a Qt text-to-speech engine with a Chinese voice (Windows SAPI / WinRT), then espeak-ng
(synthesis to a WAV in a worker thread, cached per phrase, played by a ``player``), then none. A missing
engine or sound card never stops the queue: ``sig_warning`` carries an English message, marked with
``QT_TRANSLATE_NOOP("Announcer", …)``, that the display translates and shows instead.
"""

from __future__ import annotations

import logging
from collections import deque
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from desk.audio.cache import WavCache
from desk.audio.engines import (
    EspeakSynthesizer,
    Synthesizer,
    SynthRelay,
    SynthTask,
    choose_chinese_voice,
    find_espeak,
    open_qt_voices,
)
from desk.audio.phrases import call_phrase
from desk.audio.player import NoAudioDevice, SoundEffectPlayer, as_player, has_audio_output
from desk.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

NO_DEVICE = QT_TRANSLATE_NOOP("Announcer", "No audio output device: calls are shown on screen only.")
NO_ENGINE = QT_TRANSLATE_NOOP("Announcer", "No offline voice engine is installed: calls are shown on screen only.")
ENGINE_FAILED = QT_TRANSLATE_NOOP("Announcer", "The voice engine failed: this call is shown on screen only.")
PLAY_FAILED = QT_TRANSLATE_NOOP("Announcer", "The call could not be played: it is shown on screen only.")

MAX_TIMES = 5


class Announcer(QObject):
    """Hall voice: ``announce("A012", 3, times=2)`` queues the call; calls never overlap."""

    sig_warning = Signal(str)
    """An engine or audio problem (English source text; translate in context "Announcer")."""
    sig_spoken = Signal(str)
    """This text has been spoken aloud."""

    def __init__(self, enabled: bool = True, parent: QObject | None = None, *,
                 synthesizer: Synthesizer | None = None, player: object | None = None,
                 use_qt_voice: bool = True, cache_size: int = 32, gap_ms: int = 600) -> None:
        super().__init__(parent)
        self._enabled, self._gap_ms = enabled, gap_ms
        self._queue: deque[str] = deque()
        self._busy, self._token, self._current = False, 0, ""
        self.cache = WavCache(cache_size)
        self._last_warning = ""
        self._player = as_player(player)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = SynthRelay(self)
        self._relay.finished.connect(self._on_synthesised)
        self._watchdog = QTimer(self, singleShot=True)
        self._watchdog.timeout.connect(self._on_watchdog)
        self._tts, self._speaking = None, False
        self._synth: Synthesizer | None = synthesizer
        if synthesizer is None:
            if use_qt_voice:
                self._probe_qt_voices()
            exe = find_espeak() if self._tts is None else None
            self._synth = EspeakSynthesizer(exe) if exe else None

    # ----------------------------------------------------------------- public API
    @property
    def engine_name(self) -> str:
        """"sapi" / "winrt" / … (Qt voice), "espeak-ng", the injected synthesizer's name, or "none"."""
        if self._tts is not None:
            return self._tts.engine()
        if self._synth is not None:
            return getattr(self._synth, "name", type(self._synth).__name__)
        return "none"

    @property
    def enabled(self) -> bool:
        return self._enabled

    def set_enabled(self, enabled: bool) -> None:
        """Voice on or off (a setting); turning it off drops the calls still waiting."""
        self._enabled = bool(enabled)
        if not self._enabled:
            self._queue.clear()

    @property
    def last_warning(self) -> str:
        """The standing warning (English source text), "" once a call was spoken again."""
        return self._last_warning

    def announce(self, number: str, window_number: int | str, times: int = 1) -> None:
        """Queue ``times`` readings of the call; returns at once and never raises."""
        try:
            if not self._enabled:
                return
            text = call_phrase(number, window_number)
            if self._tts is None and self._synth is None:
                self._warn(NO_ENGINE)
                return
            self._queue.extend([text] * max(0, min(int(times), MAX_TIMES)))
            self._pump()
        except Exception:
            log.exception("announce(%r, %r) failed", number, window_number)
            self._warn(ENGINE_FAILED)

    def stop(self) -> None:
        """Drop the calls still waiting (the one being spoken ends by itself)."""
        self._queue.clear()

    def close(self) -> None:
        """Stop, wait for a running synthesis, delete the cached audio files."""
        self.stop()
        self._pool.waitForDone(10_000)
        self.cache.clear()

    # ----------------------------------------------------------------- engines
    def _probe_qt_voices(self) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        for tts in open_qt_voices(self):
            if tts.state() == QTextToSpeech.State.Loading:  # decide once it has loaded
                tts.stateChanged.connect(lambda _s, t=tts: self._on_qt_voice_loaded(t))
            elif self._tts is None and choose_chinese_voice(tts):
                self._adopt(tts)
            else:
                tts.deleteLater()

    def _on_qt_voice_loaded(self, tts) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        if tts.state() == QTextToSpeech.State.Loading:
            return
        tts.stateChanged.disconnect()
        if self._tts is None and tts.state() == QTextToSpeech.State.Ready and choose_chinese_voice(tts):
            self._adopt(tts)  # takes over from espeak-ng for the next call
        else:
            tts.deleteLater()

    def _adopt(self, tts) -> None:
        self._tts, self._speaking = tts, False
        tts.stateChanged.connect(self._on_tts_state)
        log.info("hall voice: Qt text-to-speech engine %s, %s", tts.engine(), tts.voice().name())

    # ----------------------------------------------------------------- queue
    def _pump(self) -> None:
        if self._busy or not self._queue or not self._enabled:
            return
        self._current = text = self._queue.popleft()
        self._busy, self._token = True, self._token + 1
        try:
            if self._tts is not None:
                if not has_audio_output():
                    raise NoAudioDevice("no audio output device")
                self._speaking = False
                self._watchdog.start(15_000 + 400 * len(text))
                self._tts.say(text)
            elif (cached := self.cache.get(text)) is not None:
                self._play(*cached)
            else:
                self._pool.start(SynthTask(self._synth, text, self.cache.path_for(text), self._token, self._relay))
        except NoAudioDevice:
            self._fail(NO_DEVICE)
        except Exception:
            log.exception("hall voice failed for %r", text)
            self._fail(ENGINE_FAILED)

    def _on_synthesised(self, token: int, text: str, result: object) -> None:
        if isinstance(result, tuple):
            self.cache.put(text, *result)
        if token != self._token or not self._busy:
            return  # a call dropped meanwhile; the audio stays cached
        if isinstance(result, Exception):
            log.error("speech synthesis failed for %r: %s", text, result)
            self._fail(ENGINE_FAILED)
        else:
            self._play(*result)

    def _play(self, wav: Path, seconds: float) -> None:
        if self._player is None:
            self._player = SoundEffectPlayer(self)
        token = self._token
        self._watchdog.start(int(seconds * 1000) + 5_000)
        try:
            self._player.play(wav, lambda error=None: self._on_played(token, error))
        except NoAudioDevice:
            self._fail(NO_DEVICE)
        except Exception:
            log.exception("playing %s failed", wav)
            self._fail(PLAY_FAILED)

    def _on_played(self, token: int, error: Exception | None) -> None:
        if token != self._token or not self._busy:
            return
        if error is not None:
            log.error("playing the call failed: %s", error)
            self._fail(NO_DEVICE if isinstance(error, NoAudioDevice) else PLAY_FAILED)
        else:
            self._done_ok()

    def _on_tts_state(self, state) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        if not self._busy:
            return
        if state == QTextToSpeech.State.Speaking:
            self._speaking = True
        elif state == QTextToSpeech.State.Ready and self._speaking:
            self._done_ok()
        elif state == QTextToSpeech.State.Error:
            log.error("text-to-speech error: %s", self._tts.errorString())
            self._fail(ENGINE_FAILED)

    def _on_watchdog(self) -> None:
        if self._busy:
            log.error("the call %r did not finish playing in time", self._current)
            self._fail(PLAY_FAILED)

    def _done_ok(self) -> None:
        self._last_warning = ""
        self.sig_spoken.emit(self._current)
        self._finish()

    def _fail(self, message: str) -> None:
        self._warn(message)
        self._finish()

    def _warn(self, message: str) -> None:
        self._last_warning = message
        self.sig_warning.emit(message)

    def _finish(self) -> None:
        self._watchdog.stop()
        self._busy, self._token = False, self._token + 1  # late callbacks of this call are ignored
        QTimer.singleShot(self._gap_ms if self._queue else 0, self, self._pump)
