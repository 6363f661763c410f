"""What the hall hears and sees when a ticket is called (pure Python, no Qt).

Screens show 「请 A012 号到 3 号窗口办理」. A Mandarin TTS engine given the same text reads ``012`` as
"零十二" and may read the letter as an English word, so the spoken text spells the ticket's digits one
by one in Chinese (A012 → A零一二) and reads the window as a number (3 → 三, 12 → 十二):
``请A零一二号到三号窗口办理``.
"""

from __future__ import annotations

import re
import unicodedata

_DIGITS = "零一二三四五六七八九"
_UNITS = ("", "十", "百", "千")


def digits_one_by_one(text: str) -> str:
    """Each ASCII digit as its Chinese numeral: ``"012"`` → ``"零一二"``."""
    return "".join(_DIGITS[int(ch)] if "0" <= ch <= "9" else ch for ch in text)


def number_words(value: int) -> str:
    """``value`` read as a Chinese cardinal: 3 → 三, 10 → 十, 12 → 十二, 105 → 一百零五.

    Values outside 0..9999 (never a window number) are read digit by digit.
    """
    if value < 0 or value > 9999:
        return digits_one_by_one(str(value))
    if value == 0:
        return _DIGITS[0]
    digits = str(value)
    out: list[str] = []
    pending_zero = False
    for pos, ch in enumerate(digits):
        unit = _UNITS[len(digits) - pos - 1]
        if ch == "0":
            pending_zero = bool(out)
            continue
        if pending_zero:
            out.append(_DIGITS[0])
            pending_zero = False
        out.append(_DIGITS[int(ch)] + unit)
    words = "".join(out)
    # 10..19 are said 十, 十一 … not 一十, 一十一.
    return words[1:] if 10 <= value <= 19 else words


def _spoken_ticket(number: str) -> str:
    """Ticket number as spoken: Latin letters kept (upper case), digits one by one, separators dropped."""
    text = unicodedata.normalize("NFKC", str(number))  # full-width Ａ０１２ → A012
    kept = "".join(ch.upper() if ch.isascii() else ch for ch in text if ch.isalnum())
    return digits_one_by_one(kept)


def _spoken_window(window_number: int | str) -> str:
    """Window as spoken: digit runs read as numbers (3 → 三, 12 → 十二), letters kept."""
    text = unicodedata.normalize("NFKC", str(window_number))
    text = "".join(ch.upper() if ch.isascii() else ch for ch in text if ch.isalnum())
    return re.sub(r"[0-9]+", lambda m: number_words(int(m.group())), text)


def call_phrase(number: str, window_number: int | str, repeat_index: int = 0) -> str:
    """Text for a Mandarin TTS engine: ``call_phrase("A012", 3)`` → ``"请A零一二号到三号窗口办理"``.

    ``repeat_index`` counts the repeats of one call (0 = first). Every repeat reads the same words on
    purpose: residents hear the call identically and the synthesised audio is reused from the cache.
    """
    del repeat_index  # same words for every repeat (see docstring)
    return f"请{_spoken_ticket(number)}号到{_spoken_window(window_number)}号窗口办理"


def display_phrase(number: str, window_number: int | str) -> str:
    """Text for screens: ``display_phrase("A012", 3)`` → ``"请 A012 号到 3 号窗口办理"``."""
    return f"请 {str(number).strip()} 号到 {str(window_number).strip()} 号窗口办理"
