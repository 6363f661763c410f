"""Validation and masking of identity numbers, phone numbers, dates and free text.

Pure Python so services, printing and tests can use it without Qt. Every rejection is a
``ValidationError`` whose message tells the clerk what is wrong and what is expected.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from desk.errors import ValidationError
from desk.i18n import QT_TRANSLATE_NOOP

DIGITS = "0123456789"

# GB/T 2260 province-level prefixes; 83 is used on residence permits for Taiwan residents.
PROVINCE_CODES = frozenset(
    "11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 "
    "50 51 52 53 54 61 62 63 64 65 71 81 82 83".split()
)
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK_MAP = "10X98765432"
_EARLIEST_BIRTH = date(1900, 1, 1)

USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # no I, O, Z, S, V
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
# Registration authorities: 1-9 (organs, civil affairs, market regulation, ...), A, N, Y.
USCC_AUTHORITIES = frozenset("123456789ANY")


def _compact(raw: str) -> str:
    """Full-width to ASCII (NFKC) and drop every whitespace character, inner ones included."""
    return "".join(unicodedata.normalize("NFKC", raw or "").split())


# --- resident ID number --------------------------------------------------------------------


@dataclass(frozen=True)
class IdNumber:
    """A checked 18-character resident ID number and what it encodes."""

    value: str
    area_code: str
    birth_date: date
    sex: str  # "M" or "F"

    def age(self, on: date) -> int:
        """Completed years on ``on`` (a 29 February birthday counts from 1 March)."""
        before_birthday = (on.month, on.day) < (self.birth_date.month, self.birth_date.day)
        return on.year - self.birth_date.year - before_birthday

    @property
    def masked(self) -> str:
        return mask_id_number(self.value)


def id_check_char(first17: str) -> str:
    """ISO 7064 MOD 11-2 check character for the first 17 digits of an ID number."""
    if len(first17) != 17 or _foreign(first17, DIGITS):
        raise ValueError("id_check_char needs exactly 17 ASCII digits")
    total = sum(int(c) * w for c, w in zip(first17, _ID_WEIGHTS))
    return _ID_CHECK_MAP[total % 11]


def _foreign(value: str, allowed: str) -> str:
    """The distinct characters of ``value`` outside ``allowed``, in order of appearance."""
    return "".join(dict.fromkeys(c for c in value if c not in allowed))


def parse_id_number(raw: str, field: str = "id_number", today: date | None = None) -> IdNumber:
    """Check a resident ID number (GB 11643-1999) and return it normalised with its contents."""
    value = _compact(raw).upper()
    if not value:
        raise ValidationError(field, QT_TRANSLATE_NOOP(
            "Errors", "Enter the 18-character ID number."))
    if bad := _foreign(value, DIGITS + "X"):
        raise ValidationError(field, QT_TRANSLATE_NOOP(
            "Errors", "An ID number has only digits and possibly a final X; remove \"{chars}\"."
        ), chars=bad)
    if len(value) == 15 and "X" not in value:
        raise ValidationError(field, QT_TRANSLATE_NOOP(
            "Errors", "This is a 15-digit first-generation ID number; those cards are no longer "
            "valid. Enter the 18-character number from the current ID card."))
    if len(value) != 18:
        raise ValidationError(field, QT_TRANSLATE_NOOP(
            "Errors", "An ID number has 18 characters; this one has {length}."
        ), length=len(value))
    if "X" in value[:17]:
        raise ValidationError(field, QT_TRANSLATE_NOOP(
            "Errors", "Only the last character of an ID number may be X; the first 17 are digits."))
    area_code = value[:6]
    if area_code[:2] not in PROVINCE_CODES:
        raise ValidationError(field, QT_TRANSLATE_NOOP(
            "Errors", "The ID number starts with {area}, which is not a real area code; the first "
            "two digits should be a province code such as 41 for Henan."), area=area_code)
    digits = value[6:14]
    try:
        birth = date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        raise ValidationError(field, QT_TRANSLATE_NOOP(
            "Errors", "Characters 7 to 14 of an ID number are the birth date, but {digits} is not "
            "a real date."), digits=digits) from None
    if birth < _EARLIEST_BIRTH:
        raise ValidationError(field, QT_TRANSLATE_NOOP(
            "Errors", "The birth date in the ID number, {birth}, is before 1900; check the digits."
        ), birth=birth.isoformat())
    if birth > (today or date.today()):
        raise ValidationError(field, QT_TRANSLATE_NOOP(
            "Errors", "The birth date in the ID number, {birth}, is in the future; check the "
            "digits."), birth=birth.isoformat())
    expected = id_check_char(value[:17])
    if value[17] != expected:
        raise ValidationError(field, QT_TRANSLATE_NOOP(
            "Errors", "The last character of this ID number should be {expected}, not {actual}; "
            "a character was probably mistyped."), expected=expected, actual=value[17])
    sex = "M" if int(value[14:17]) % 2 else "F"
    return IdNumber(value=value, area_code=area_code, birth_date=birth, sex=sex)


# --- unified social credit code ------------------------------------------------------------


def uscc_check_char(first17: str) -> str:
    """GB 32100-2015 check character for the first 17 characters of a credit code."""
    if len(first17) != 17 or _foreign(first17, USCC_ALPHABET):
        raise ValueError("uscc_check_char needs 17 characters from the USCC alphabet")
    total = sum(USCC_ALPHABET.index(c) * w for c, w in zip(first17, _USCC_WEIGHTS))
    return USCC_ALPHABET[(31 - total % 31) % 31]


def parse_uscc(raw: str, field: str = "credit_code") -> str:
    """Check a unified social credit code and return it in upper case without spaces."""
    value = _compact(raw).upper()
    if not value:
        raise ValidationError(field, QT_TRANSLATE_NOOP(
            "Errors", "Enter the 18-character unified social credit code."))
    if len(value) != 18:
        raise ValidationError(field, QT_TRANSLATE_NOOP(
            "Errors", "A unified social credit code has 18 characters; this one has {length}."
        ), length=len(value))
    if bad := _foreign(value, USCC_ALPHABET):
        raise ValidationError(field, QT_TRANSLATE_NOOP(
            "Errors", "A unified social credit code uses digits and capital letters except I, O, "
            "Z, S and V; correct \"{chars}\"."), chars=bad)
    if value[0] not in USCC_AUTHORITIES or value[1] not in DIGITS[1:]:
        raise ValidationError(field, QT_TRANSLATE_NOOP(
            "Errors", "A unified social credit code starts with a registration authority and an "
            "organisation type, such as 91 for a company; {prefix} is not one of them."
        ), prefix=value[:2])
    if _foreign(value[2:8], DIGITS):
        raise ValidationError(field, QT_TRANSLATE_NOOP(
            "Errors", "Characters 3 to 8 of a unified social credit code are a six-digit area "
            "code, not {area}."), area=value[2:8])
    expected = uscc_check_char(value[:17])
    if value[17] != expected:
        raise ValidationError(field, QT_TRANSLATE_NOOP(
            "Errors", "The last character of this credit code should be {expected}, not {actual}; "
            "a character was probably mistyped."), expected=expected, actual=value[17])
    return value


# --- mobile numbers and dates --------------------------------------------------------------


def parse_mobile(raw: str, field: str = "phone") -> str:
    """Check a mainland mobile number and return its 11 digits."""
    value = _compact(raw).replace("-", "")
    if not value:
        raise ValidationError(field, QT_TRANSLATE_NOOP(
            "Errors", "Enter the 11-digit mobile number."))
    if value.startswith("+86"):
        value = value[3:]
    elif value.startswith("0086"):
        value = value[4:]
    elif value.startswith("86") and len(value) == 13:  # a bare 86 only before 11 more digits
        value = value[2:]
    if bad := _foreign(value, DIGITS):
        raise ValidationError(field, QT_TRANSLATE_NOOP(
            "Errors", "A mobile number has only digits; remove \"{chars}\"."), chars=bad)
    if len(value) != 11:
        raise ValidationError(field, QT_TRANSLATE_NOOP(
            "Errors", "A mobile number has 11 digits; this one has {length}."
        ), length=len(value))
    if value[0] != "1" or value[1] not in "3456789":
        raise ValidationError(field, QT_TRANSLATE_NOOP(
            "Errors", "A mobile number starts with 13 to 19, not {prefix}; enter a landline in "
            "the landline field."), prefix=value[:2])
    return value


_DATE_PATTERNS = (
    re.compile(r"([0-9]{4})([-/.])([0-9]{1,2})\2([0-9]{1,2})"),
    re.compile(r"([0-9]{4})()([0-9]{2})([0-9]{2})"),
    re.compile(r"([0-9]{4})年()([0-9]{1,2})月([0-9]{1,2})日?"),
)


def parse_date(raw: str, field: str = "date") -> date:
    """Read a date typed as 2026-11-25, 2026/11/25, 2026.11.25, 20261125 or 2026年11月25日."""
    text = _compact(raw)
    if not text:
        raise ValidationError(field, QT_TRANSLATE_NOOP(
            "Errors", "Enter a date, for example 2026-11-25."))
    match = next((m for p in _DATE_PATTERNS if (m := p.fullmatch(text))), None)
    if match is None:
        raise ValidationError(field, QT_TRANSLATE_NOOP(
            "Errors", "\"{text}\" is not a date; type year, month and day, for example 2026-11-25."
        ), text=text)
    try:
        return date(int(match.group(1)), int(match.group(3)), int(match.group(4)))
    except ValueError:
        raise ValidationError(field, QT_TRANSLATE_NOOP(
            "Errors", "\"{text}\" is not a real date; check the month and the day."
        ), text=text) from None


# --- free text -----------------------------------------------------------------------------

# Control characters (C0 with NUL, DEL, C1) break exports and printing; newline and tab are meaningful.
# A lone surrogate (half of a broken UTF-16 pair, e.g. from a damaged clipboard) cannot be stored at all.
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
# Whitespace and byte-order marks around the text: a BOM pasted from a file is invisible, makes "张三"
# differ from "\ufeff张三", and Qt drops a leading one anyway (so it could not be shown or edited back).
_EDGE = re.compile(r"[\s\ufeff]*")


def _strip_edges(text: str) -> str:
    """``text`` without whitespace and byte-order marks at either end (linear even for hostile input)."""
    start = _EDGE.match(text).end()
    end = len(text) - _EDGE.match(text[::-1]).end()
    return text[start:max(start, end)]


def drop_controls(raw: str) -> str:
    """``raw`` without control characters other than newline and tab, and without lone surrogates
    (for text that is searched with rather than stored: a NUL ends an FTS5 query string)."""
    return _CONTROL_CHARS.sub("", raw or "")


def normalize_text(raw: str, max_length: int, field: str) -> str:
    """Drop control characters other than newline and tab (and lone surrogates), strip whitespace and
    byte-order marks at both ends, and enforce ``max_length``. Everything else is kept as typed:
    emoji, right-to-left text, zero-width joiners, HTML and SQL alike."""
    text = _strip_edges(drop_controls(raw))
    if len(text) > max_length:
        raise ValidationError(field, QT_TRANSLATE_NOOP(
            "Errors", "This text may be at most {limit} characters long; it has {length}. "
            "Please shorten it."), limit=max_length, length=len(text))
    return text


# --- masking for display (PIPL) ------------------------------------------------------------


def mask_id_number(value: str) -> str:
    """``410105********1234``; other lengths keep only the first and last character."""
    if len(value) == 18:
        return value[:6] + "*" * 8 + value[-4:]
    if len(value) <= 2:
        return "*" * len(value)  # keeping first and last would show it all
    return value[0] + "*" * (len(value) - 2) + value[-1]


def mask_name(name: str) -> str:
    """``张三明`` -> ``张*明``, ``张三`` -> ``张*``, ``欧阳小明`` -> ``欧**明``."""
    if len(name) <= 1:
        return name
    if len(name) == 2:
        return name[0] + "*"
    return name[0] + "*" * (len(name) - 2) + name[-1]


def mask_phone(value: str) -> str:
    """``138****5678``; other lengths keep the first 3 and last 2 when at least one is hidden."""
    if len(value) == 11:
        return value[:3] + "****" + value[-4:]
    if len(value) >= 6:
        return value[:3] + "*" * (len(value) - 5) + value[-2:]
    return "*" * len(value)


# Digits as typed in half- or full-width (an input method in full-width mode): "４１０１０５…".
# An ID number next to letters ("ID410105…", "…1234号") is still one; next to more digits it is not.
_D = "0-9０-９"
_ID_IN_TEXT = re.compile(rf"(?<![{_D}])[{_D}]{{17}}[{_D}XxＸｘ](?![{_D}])")
# Also catches 138-1234-5678, 138 1234 5678 and +86/86 prefixes, all common in notes.
_SEP = "[-－ \u3000]?"
_MOBILE_IN_TEXT = re.compile(
    rf"(?<![{_D}])((?:[+＋]?[8８][6６]{_SEP})?[1１][3-9３-９][{_D}]{_SEP})[{_D}]{{4}}({_SEP}[{_D}]{{4}})(?![{_D}])"
)


def mask_personal_text(text: str) -> str:
    """Mask ID numbers and mobile numbers inside free text before it reaches logs or audit."""
    if not text:
        return text
    text = _ID_IN_TEXT.sub(lambda m: mask_id_number(m.group(0)), text)
    return _MOBILE_IN_TEXT.sub(lambda m: m.group(1) + "****" + m.group(2), text)
