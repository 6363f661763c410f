"""Offline voice engines: espeak-ng (any OS, bundled or on PATH) and Qt's text-to-speech voices.

No Qt widgets here. A synthesizer is any ``synth(text, out_path)`` that writes a WAV file (blocking); it
runs on a worker thread only (``SynthTask``).
"""

from __future__ import annotations

import ctypes.util
import logging
import os
import shutil
import subprocess
import sys
import wave
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal

log = logging.getLogger(__name__)

# espeak-ng 1.51 (Debian 12) reads characters through pinyin with tone digits; the plain ``cmn`` voice
# then says the digits in English ("hao two"). ``cmn-latn-pinyin`` reads the same text correctly and
# says capital letters as Chinese speakers do (A → ei, B → bi). Newer releases fixed ``cmn``.
ESPEAK_VOICES = ("cmn-latn-pinyin", "cmn")
Synthesizer = Callable[[str, Path], None]
ESPEAK_ENV = "DESK_ESPEAK_NG"  # explicit path to an espeak-ng executable (deployment override)


def _bundled_espeak() -> Path | None:
    """``resources/espeak-ng/espeak-ng[.exe]`` when a build ships one."""
    from desk.resources import resources_root

    exe = resources_root() / "espeak-ng" / ("espeak-ng.exe" if sys.platform == "win32" else "espeak-ng")
    return exe if exe.is_file() else None


def find_espeak() -> str | None:
    """Path of espeak-ng: $DESK_ESPEAK_NG, then the bundled copy, then PATH; None when absent."""
    override = os.environ.get(ESPEAK_ENV)
    if override:
        return override if Path(override).is_file() else None
    bundled = _bundled_espeak()
    if bundled is not None:
        return str(bundled)
    return shutil.which("espeak-ng")


def wav_duration(path: Path) -> float:
    """Seconds of audio in a PCM WAV file, read from its header."""
    with wave.open(str(path), "rb") as wav:
        rate = wav.getframerate()
        return wav.getnframes() / rate if rate else 0.0


class EspeakSynthesizer:
    """``synth(text, out_path)`` writes ``text`` spoken in Mandarin to a WAV file (blocking)."""

    name = "espeak-ng"

    def __init__(self, executable: str, speed: int = 150, voice: str | None = None,
                 timeout: float = 30.0) -> None:
        self.executable, self.speed, self.timeout = executable, speed, timeout
        self._voice = voice
        data = Path(executable).parent / "espeak-ng-data"
        self._data_args = ["--path", str(data.parent)] if data.is_dir() else []

    def _run(self, args: list[str]) -> subprocess.CompletedProcess:
        flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)  # no console flash on Windows
        return subprocess.run([self.executable, *self._data_args, *args], capture_output=True,
                              timeout=self.timeout, check=True, creationflags=flags)

    @property
    def voice(self) -> str:
        """The best Mandarin voice this espeak-ng offers (asked once; call from a worker)."""
        if self._voice is None:
            listing = self._run(["--voices=cmn"]).stdout.decode("utf-8", "replace").lower().split()
            self._voice = next((v for v in ESPEAK_VOICES if v in listing), "cmn")
        return self._voice

    def __call__(self, text: str, out_path: Path) -> None:
        self._run(["-v", self.voice, "-s", str(self.speed), "-w", str(out_path), "--", text])
        if not out_path.is_file() or out_path.stat().st_size <= 44:
            raise RuntimeError(f"espeak-ng wrote no audio for {text!r}")


def _is_chinese(locale) -> bool:
    from PySide6.QtCore import QLocale

    return locale.language() == QLocale.Language.Chinese


def choose_chinese_voice(tts) -> bool:
    """Switch a ready ``QTextToSpeech`` to a Chinese locale and voice; False when it has none."""
    from PySide6.QtCore import QLocale

    locales = [loc for loc in tts.availableLocales() if _is_chinese(loc)]
    locales.sort(key=lambda loc: loc.territory() != QLocale.Territory.China)  # zh_CN first
    for loc in locales:
        tts.setLocale(loc)
        voices = [v for v in tts.availableVoices() if _is_chinese(v.locale())]
        if voices:
            tts.setVoice(voices[0])
            return True
    return False


def open_qt_voices(parent) -> list:
    """``QTextToSpeech`` objects for every real engine (not ``mock``) that loaded or is loading.

    The caller keeps those that are Ready with a Chinese voice (``choose_chinese_voice``) and waits
    for ``stateChanged`` on those still Loading. Linux wheels ship ``speechd`` only, which needs
    libspeechd; it is skipped without it so Qt logs no plug-in error.
    """
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError:  # PySide6-Addons missing
        return []
    found = []
    for engine in QTextToSpeech.availableEngines():
        if engine == "mock" or (engine == "speechd" and not ctypes.util.find_library("speechd")):
            continue
        try:
            tts = QTextToSpeech(engine, parent)
        except Exception:  # pragma: no cover - plug-in specific
            log.exception("text-to-speech engine %s failed to load", engine)
            continue
        if tts.state() == QTextToSpeech.State.Error:
            log.info("text-to-speech engine %s: %s", engine, tts.errorString())
            tts.deleteLater()
            continue
        found.append(tts)
    return found


class SynthRelay(QObject):
    """Carries a synthesis result from the worker thread back to the GUI thread."""

    finished = Signal(int, str, object)
    """Synthesis job ``token`` for ``text`` ended: (path, seconds) or the exception."""


class SynthTask(QRunnable):
    """Synthesise ``text`` to ``out`` on a pool thread and report through ``relay``."""

    def __init__(self, synth: Synthesizer, text: str, out: Path, token: int, relay: SynthRelay) -> None:
        super().__init__()
        self.synth, self.text, self.out, self.token, self.relay = synth, text, out, token, relay

    def run(self) -> None:
        try:
            self.synth(self.text, self.out)
            result: object = (self.out, wav_duration(self.out))
        except Exception as exc:  # reported on the GUI thread
            result = exc
        try:
            self.relay.finished.emit(self.token, self.text, result)
        except RuntimeError:  # the announcer was deleted meanwhile
            pass
