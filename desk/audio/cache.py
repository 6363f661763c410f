"""Synthesised call audio kept per phrase, so a recall plays at once (small LRU of WAV files)."""

from __future__ import annotations

import hashlib
import tempfile
from collections import OrderedDict
from pathlib import Path


class WavCache:
    """``text`` → (WAV path, seconds); the oldest files are deleted beyond ``capacity``."""

    def __init__(self, capacity: int = 32) -> None:
        self.capacity = max(1, capacity)
        self._items: OrderedDict[str, tuple[Path, float]] = OrderedDict()
        self._tmp: tempfile.TemporaryDirectory | None = None
        self.hits = self.misses = 0

    def __len__(self) -> int:
        return len(self._items)

    def __contains__(self, text: str) -> bool:
        return text in self._items

    def get(self, text: str) -> tuple[Path, float] | None:
        """The cached audio for ``text`` (marked recently used), or None."""
        item = self._items.get(text)
        if item is None or not item[0].is_file():
            self._items.pop(text, None)
            self.misses += 1
            return None
        self._items.move_to_end(text)
        self.hits += 1
        return item

    def path_for(self, text: str) -> Path:
        """Where the WAV for ``text`` is to be written (inside a private temporary folder)."""
        if self._tmp is None:
            self._tmp = tempfile.TemporaryDirectory(prefix="desk-voice-")
        return Path(self._tmp.name) / (hashlib.sha1(text.encode("utf-8")).hexdigest()[:20] + ".wav")

    def put(self, text: str, path: Path, seconds: float) -> None:
        self._items[text] = (path, seconds)
        self._items.move_to_end(text)
        while len(self._items) > self.capacity:
            _text, (old, _seconds) = self._items.popitem(last=False)
            old.unlink(missing_ok=True)

    def clear(self) -> None:
        """Forget every phrase and delete the folder."""
        self._items.clear()
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None
