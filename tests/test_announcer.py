"""Hall voice announcer: phrase rules, real espeak-ng synthesis, queueing, warnings, cache.

Only the sound card is faked (``FakePlayer``): CI machines have none. Synthesis is real espeak-ng
whenever it is installed; without it a stdlib tone writer stands in so the queue logic is still tested.
"""

from __future__ import annotations

import math
import shutil
import struct
import subprocess
import time
import wave
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from desk.audio import engines
from desk.audio.announcer import ENGINE_FAILED, NO_DEVICE, NO_ENGINE, PLAY_FAILED, Announcer
from desk.audio.cache import WavCache
from desk.audio.engines import EspeakSynthesizer, choose_chinese_voice, find_espeak
from desk.audio.phrases import call_phrase, display_phrase, number_words
from desk.audio.player import NoAudioDevice, SoundEffectPlayer, has_audio_output

ESPEAK = find_espeak()
needs_espeak = pytest.mark.skipif(ESPEAK is None, reason="espeak-ng is not installed")
A012_3 = "请A零一二号到三号窗口办理"
B100_12 = "请B一零零号到十二号窗口办理"


# ----------------------------------------------------------------------------- helpers
def riff_duration(path: Path) -> float:
    """Seconds of PCM audio, from the RIFF chunks (independent of the ``wave`` module)."""
    data = path.read_bytes()
    assert data[:4] == b"RIFF" and data[8:12] == b"WAVE", data[:12]
    pos, byte_rate, size = 12, 0, 0
    while pos + 8 <= len(data):
        chunk, length = data[pos:pos + 4], struct.unpack("<I", data[pos + 4:pos + 8])[0]
        if chunk == b"fmt ":
            byte_rate = struct.unpack("<I", data[pos + 16:pos + 20])[0]
        elif chunk == b"data":
            size = min(length, len(data) - pos - 8)
            break
        pos += 8 + length + (length & 1)
    assert byte_rate > 0
    return size / byte_rate


def tone_synth(text: str, out: Path) -> None:
    """Stand-in synthesizer (no espeak-ng): 0.1 s of tone per character."""
    rate = 8000
    frames = b"".join(struct.pack("<h", int(8000 * math.sin(i / 8))) for i in range(int(rate * 0.1 * len(text))))
    with wave.open(str(out), "wb") as wav:
        wav.setnchannels(1), wav.setsampwidth(2), wav.setframerate(rate)
        wav.writeframes(frames)


class CountingSynth:
    """The real synthesizer (espeak-ng when installed), counting its calls."""

    name = "counting"

    def __init__(self) -> None:
        self.inner = EspeakSynthesizer(ESPEAK) if ESPEAK else tone_synth
        self.calls: list[str] = []

    def __call__(self, text: str, out: Path) -> None:
        self.calls.append(text)
        self.inner(text, out)


class FakePlayer:
    """A sound card stand-in: 'plays' for ``ms`` then reports done; refuses overlapping playback."""

    def __init__(self, ms: int = 30) -> None:
        self.ms, self.played, self.playing, self.overlaps = ms, [], False, 0
        self.raise_next: Exception | None = None
        self.fail_async_next: Exception | None = None

    def play(self, wav: Path, done) -> None:
        if self.raise_next is not None:
            exc, self.raise_next = self.raise_next, None
            raise exc
        self.overlaps += self.playing
        self.playing = True
        self.played.append((wav, riff_duration(wav)))
        error, self.fail_async_next = self.fail_async_next, None

        def finish() -> None:
            self.playing = False
            done(error)

        QTimer.singleShot(self.ms, finish)


@pytest.fixture
def make(qtbot):
    made: list[Announcer] = []

    def factory(**kwargs) -> tuple[Announcer, list[str], list[str]]:
        kwargs.setdefault("gap_ms", 0)
        kwargs.setdefault("use_qt_voice", False)
        ann = Announcer(**kwargs)
        spoken: list[str] = []
        warnings: list[str] = []
        ann.sig_spoken.connect(spoken.append)
        ann.sig_warning.connect(warnings.append)
        made.append(ann)
        return ann, spoken, warnings

    yield factory
    for ann in made:
        ann.close()
        ann.deleteLater()


# ----------------------------------------------------------------------------- phrases
def test_call_phrase_reads_ticket_digits_one_by_one_and_window_as_number():
    assert call_phrase("A012", 3) == A012_3
    assert call_phrase("B100", 12) == B100_12
    assert call_phrase("b100", "12") == B100_12
    assert call_phrase("Ａ０１２", "３") == A012_3  # full-width input from an IME
    assert call_phrase("A012", 3, repeat_index=1) == A012_3  # repeats say the same (cache reuse)
    assert display_phrase("A012", 3) == "请 A012 号到 3 号窗口办理"
    assert display_phrase("B100", "12") == "请 B100 号到 12 号窗口办理"


@pytest.mark.parametrize("value, words", [
    (0, "零"), (3, "三"), (10, "十"), (12, "十二"), (20, "二十"), (21, "二十一"),
    (100, "一百"), (101, "一百零一"), (110, "一百一十"), (1001, "一千零一"), (1010, "一千零一十"),
])
def test_number_words(value, words):
    assert number_words(value) == words


# ----------------------------------------------------------------------------- real synthesis
@needs_espeak
def test_espeak_synthesises_a_real_mandarin_wav(tmp_path):
    out = tmp_path / "call.wav"
    synth = EspeakSynthesizer(ESPEAK)
    synth(A012_3, out)
    assert out.read_bytes()[:4] == b"RIFF"
    seconds = riff_duration(out)
    assert seconds > 1.0
    assert synth.voice in engines.ESPEAK_VOICES
    if shutil.which("soxi"):
        soxi = float(subprocess.run(["soxi", "-D", str(out)], capture_output=True, text=True, check=True).stdout)
        assert abs(soxi - seconds) < 0.05


# ----------------------------------------------------------------------------- queue
def test_announce_twice_plays_in_order_sequentially_without_blocking(make, qtbot):
    synth, player = CountingSynth(), FakePlayer(ms=60)
    ann, spoken, warnings = make(synthesizer=synth, player=player)
    started = time.perf_counter()
    ann.announce("A012", 3, times=2)
    ann.announce("B100", 12)
    assert time.perf_counter() - started < 0.05  # synthesis runs in a worker
    assert player.played == []  # nothing happened on the GUI thread yet
    qtbot.waitUntil(lambda: len(spoken) == 3, timeout=20_000)
    assert spoken == [A012_3, A012_3, B100_12]
    assert player.overlaps == 0 and warnings == []
    assert synth.calls == [A012_3, B100_12]  # the repeat came from the cache
    assert player.played[0][0] == player.played[1][0]
    assert all(seconds > (1.0 if ESPEAK else 0.5) for _wav, seconds in player.played)
    assert ann.engine_name == "counting"


def test_repeat_announce_hits_the_cache(make, qtbot):
    synth, player = CountingSynth(), FakePlayer()
    ann, spoken, _warnings = make(synthesizer=synth, player=player)
    ann.announce("A012", 3)
    qtbot.waitUntil(lambda: len(spoken) == 1, timeout=20_000)
    hits = ann.cache.hits
    ann.announce("A012", 3)  # recall
    qtbot.waitUntil(lambda: len(spoken) == 2, timeout=5_000)
    assert synth.calls == [A012_3]
    assert ann.cache.hits == hits + 1 and A012_3 in ann.cache


def test_missing_sound_card_warns_and_the_next_call_still_plays(make, qtbot):
    player = FakePlayer()
    ann, spoken, warnings = make(synthesizer=CountingSynth(), player=player)
    player.raise_next = NoAudioDevice("no device")
    ann.announce("A012", 3)  # must not raise
    qtbot.waitUntil(lambda: warnings == [NO_DEVICE], timeout=20_000)
    assert ann.last_warning == NO_DEVICE and spoken == []
    ann.announce("B100", 12)
    qtbot.waitUntil(lambda: spoken == [B100_12], timeout=20_000)
    assert ann.last_warning == ""


def test_playback_errors_warn_and_do_not_stop_the_queue(make, qtbot):
    player = FakePlayer()
    ann, spoken, warnings = make(synthesizer=CountingSynth(), player=player)
    player.raise_next = OSError("device busy")
    ann.announce("A012", 3)
    ann.announce("B100", 12)
    qtbot.waitUntil(lambda: spoken == [B100_12], timeout=20_000)
    player.fail_async_next = RuntimeError("stream broke")
    ann.announce("B100", 12)
    qtbot.waitUntil(lambda: len(warnings) == 2, timeout=5_000)
    assert warnings == [PLAY_FAILED, PLAY_FAILED]


def test_synthesis_failure_warns_and_the_next_call_still_plays(make, qtbot):
    real = CountingSynth()

    def flaky(text: str, out: Path) -> None:
        if "A" in text:
            raise RuntimeError("engine crashed")
        real(text, out)

    ann, spoken, warnings = make(synthesizer=flaky, player=FakePlayer())
    ann.announce("A012", 3)
    ann.announce("B100", 12)
    qtbot.waitUntil(lambda: spoken == [B100_12], timeout=20_000)
    assert warnings == [ENGINE_FAILED]


def test_plain_callable_player(make, qtbot):
    played: list[Path] = []
    ann, spoken, _warnings = make(synthesizer=CountingSynth(), player=played.append)
    ann.announce("A012", 3, times=2)
    qtbot.waitUntil(lambda: len(spoken) == 2, timeout=20_000)
    assert len(played) == 2


def test_no_engine_at_all_warns_without_raising(make, monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.delenv(engines.ESPEAK_ENV, raising=False)
    monkeypatch.setattr(engines, "_bundled_espeak", lambda: None)
    player = FakePlayer()
    ann, spoken, warnings = make(player=player)
    assert ann.engine_name == "none"
    ann.announce("A012", 3, times=2)
    assert warnings == [NO_ENGINE] and spoken == [] and player.played == []


@needs_espeak
def test_espeak_is_found_on_path(make):
    ann, _spoken, _warnings = make(player=FakePlayer())
    assert ann.engine_name == "espeak-ng"


def test_voice_off_setting(make, qtbot):
    player = FakePlayer()
    ann, spoken, warnings = make(enabled=False, synthesizer=CountingSynth(), player=player)
    ann.announce("A012", 3)
    qtbot.wait(100)
    assert spoken == [] and warnings == [] and not ann.enabled
    ann.set_enabled(True)
    ann.announce("A012", 3)
    qtbot.waitUntil(lambda: spoken == [A012_3], timeout=20_000)


def test_announce_never_raises_on_odd_input(make, qtbot):
    ann, spoken, _warnings = make(synthesizer=CountingSynth(), player=FakePlayer())
    ann.announce(None, None)  # type: ignore[arg-type]
    ann.announce("A012", 3, times="x")  # type: ignore[arg-type]
    ann.announce("A012", 3, times=0)
    qtbot.waitUntil(lambda: len(spoken) == 1, timeout=20_000)


def test_mock_qt_engine_is_not_taken_for_a_chinese_voice(qapp):
    from PySide6.QtTextToSpeech import QTextToSpeech

    assert not choose_chinese_voice(QTextToSpeech("mock"))


@pytest.mark.qt_log_ignore(".*")
def test_real_player_without_a_sound_card_warns(make, qtbot):
    if has_audio_output():
        pytest.skip("this machine has an audio output device")
    ann, spoken, warnings = make(synthesizer=CountingSynth(), player=SoundEffectPlayer())
    ann.announce("A012", 3)
    qtbot.waitUntil(lambda: warnings == [NO_DEVICE], timeout=20_000)
    assert spoken == []


def test_wav_cache_evicts_oldest_files():
    cache = WavCache(capacity=2)
    paths = []
    for text in ("a", "b", "c"):
        path = cache.path_for(text)
        tone_synth(text, path)
        cache.put(text, path, 0.1)
        paths.append(path)
    assert "a" not in cache and not paths[0].exists() and paths[2].exists()
    assert cache.get("b") is not None and cache.get("a") is None
    cache.clear()
    assert not paths[2].exists()
