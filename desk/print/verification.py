"""Content hashes and short verification codes printed on documents (pure Python, no reportlab).

A printed document carries its ``doc_id`` and a short code derived from ``doc_id`` and the hash of the
document's canonical content. Whoever holds the paper can type both (or scan the QR code) and the
system recomputes the code from the stored content: a forged or altered document does not match.
"""

from __future__ import annotations

import dataclasses
import enum
import hashlib
import json
import uuid
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

# Crockford base32: digits and letters without I, L, O, U (easy to read aloud and to type).
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
QR_PREFIX = "DESK-VERIFY"
_TYPING_FIXES = str.maketrans({"I": "1", "L": "1", "O": "0"})


def _plain(value: Any) -> Any:
    """Turn values json cannot encode into stable strings / containers."""
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"non-finite Decimal in document content: {value}")
        return str(value)
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, enum.Enum):
        return _plain(value.value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: getattr(value, f.name) for f in dataclasses.fields(value)}
    if isinstance(value, (set, frozenset)):
        return sorted(value, key=lambda v: canonical_json(v))
    if isinstance(value, (bytes, bytearray)):
        return bytes(value).hex()
    raise TypeError(f"cannot put {type(value).__name__} into document content")


def canonical_json(data: Any) -> bytes:
    """UTF-8 JSON with sorted keys and no whitespace; dates, datetimes and Decimals as ISO strings."""
    text = json.dumps(
        data,
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
        allow_nan=False,
        default=_plain,
    )
    return text.encode("utf-8")


def content_hash(data: Any) -> str:
    """SHA-256 hex digest of :func:`canonical_json` of ``data``."""
    return hashlib.sha256(canonical_json(data)).hexdigest()


def short_code(doc_id: str, content_hash: str) -> str:
    """8 Crockford base32 characters (40 bits) of sha256(doc_id + ":" + content_hash), as ``XXXX-XXXX``."""
    digest = hashlib.sha256(f"{doc_id}:{content_hash}".encode("utf-8")).digest()
    bits = int.from_bytes(digest[:5], "big")
    chars = [CROCKFORD[(bits >> shift) & 31] for shift in range(35, -1, -5)]
    return "".join(chars[:4]) + "-" + "".join(chars[4:])


def normalize_code(typed: str) -> str:
    """A code as a person typed it (any case, spaces, I/L/O for 1/0) → canonical ``XXXX-XXXX``.

    Returns the cleaned string even when it is not 8 valid characters; comparing it with the expected
    code then simply fails.
    """
    cleaned = "".join(ch for ch in typed.upper() if ch.isalnum()).translate(_TYPING_FIXES)
    if len(cleaned) != 8:
        return cleaned
    return cleaned[:4] + "-" + cleaned[4:]


def verify_code(doc_id: str, content_hash: str, typed_code: str) -> bool:
    """Whether a typed / scanned code matches the document id and content hash."""
    return normalize_code(typed_code) == short_code(doc_id, content_hash)


def qr_payload(doc_id: str, code: str) -> str:
    """Text encoded in the document's QR code."""
    return f"{QR_PREFIX}:{doc_id}:{code}"


def parse_qr_payload(payload: str) -> tuple[str, str] | None:
    """``(doc_id, code)`` from a scanned QR payload, or None when it is not a desk verification code."""
    prefix, sep, rest = payload.strip().partition(":")
    if prefix != QR_PREFIX or not sep:
        return None
    doc_id, sep, code = rest.rpartition(":")
    if not sep or not doc_id or not code:
        return None
    return doc_id, normalize_code(code)
