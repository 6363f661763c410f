"""Embedded TrueType faces for printed documents, and user text made safe for them.

The faces are registered once per process with reportlab (imported lazily inside
:func:`register_fonts`, so importing this module is cheap). :func:`markup` turns any user text into
paragraph markup that cannot break a build: it is escaped, control characters are dropped,
newlines become line breaks, a no-break space an ordinary one, and characters the Song face lacks
are drawn with the Hei face or, if neither has them, as "□".
"""

from __future__ import annotations

import threading
import unicodedata
from typing import Any, NamedTuple

SONG = "DeskSong"  # AR PL UMing CN (Song/Ming style): body text and titles
HEI = "DeskHei"  # WenQuanYi Micro Hei (sans): headings, table headers, fallback glyphs

MISSING = "□"  # drawn for a character that neither face has
_BREAKS = frozenset("\n\u2028\u2029\x0b\x0c\x85")
_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
_FACES = {
    SONG: "fonts/uming.ttc",
    HEI: "fonts/wqy-microhei.ttc",
}


class FontNames(NamedTuple):
    song: str
    hei: str


_lock = threading.Lock()
_registered: FontNames | None = None


def register_fonts() -> FontNames:
    """Register the document faces with reportlab (idempotent, thread-safe) and return their names.

    Neither face has a bold or italic variant, so the family maps bold / italic to the regular face:
    ``<b>`` in paragraph markup then never fails to find a font.
    """
    global _registered
    if _registered is not None:
        return _registered
    with _lock:
        if _registered is not None:
            return _registered
        from reportlab.pdfbase import pdfmetrics, ttfonts
        from reportlab.pdfbase.ttfonts import TTFont

        from desk.resources import resource_path

        ttfonts.makeToUnicodeCMap = to_unicode_cmap

        registered = set(pdfmetrics.getRegisteredFontNames())
        for name, relative in _FACES.items():
            if name not in registered:
                pdfmetrics.registerFont(TTFont(name, str(resource_path(relative)), subfontIndex=0))
            pdfmetrics.registerFontFamily(name, normal=name, bold=name, italic=name, boldItalic=name)
        _registered = FontNames(song=SONG, hei=HEI)
        return _registered


def to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """The ToUnicode CMap of an embedded font subset, each character written in UTF-16BE as the PDF
    specification asks (9.10.3). reportlab 5.1's own writes the code point in hex, which is right only
    up to U+FFFF: rare characters of names (CJK Extension B, 𤂅) then read back from the PDF as other
    characters when the text is copied, searched or extracted, although they print correctly."""
    def utf16(code: int) -> str:
        return chr(code).encode("utf-16-be", "surrogatepass").hex().upper()

    return "\n".join([
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap", "/CIDSystemInfo",
        f"<< /Registry ({fontname})", f"/Ordering ({fontname})", "/Supplement 0", ">> def",
        f"/CMapName /{fontname} def", "/CMapType 2 def", "1 begincodespacerange", f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange", f"{len(subset)} beginbfchar",
        *(f"<{i:02X}> <{utf16(code)}>" for i, code in enumerate(subset)),
        "endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"])


def glyph_map(name: str) -> dict[int, int]:
    """Code point → glyph index of a registered face (used to avoid characters the face lacks)."""
    from reportlab.pdfbase import pdfmetrics

    return pdfmetrics.getFont(name).face.charToGlyph


def markup(text: Any, face: str | None = None) -> str:
    """Paragraph markup for plain user text in ``face`` (default Song), safe for any input."""
    names = register_fonts()
    face = face or names.song
    other = names.hei if face == names.song else names.song
    own, alt = glyph_map(face), glyph_map(other)
    text = "" if text is None else str(text)
    # A no-break space after a Latin word makes reportlab's CJK line breaking drop the next word and run
    # past the right margin (reportlab 5.1): it prints as an ordinary space, which may break the line.
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ").replace("\xa0", " ")
    out: list[str] = []
    in_alt = False
    for ch in text:
        if ch in _BREAKS:
            piece, use_alt = "<br/>", in_alt  # a break never switches face
        elif unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn"):
            continue  # control, format (bidi marks, ZWJ), lone surrogates, private use, unassigned
        else:
            code = ord(ch)
            if code in own:
                piece, use_alt = _ESCAPES.get(ch, ch), False
            elif code in alt:
                piece, use_alt = _ESCAPES.get(ch, ch), True
            elif unicodedata.category(ch).startswith("M"):
                continue  # a combining mark without a glyph would only add boxes
            elif ch.isspace():
                piece, use_alt = " ", False
            else:
                piece, use_alt = MISSING, False
        if use_alt != in_alt:
            out.append(f'<font name="{other}">' if use_alt else "</font>")
            in_alt = use_alt
        out.append(piece)
    if in_alt:
        out.append("</font>")
    return "".join(out)


def plain_for(text: Any, face: str) -> str:
    """Text for a single-face canvas string: controls dropped, characters the face lacks as "□"."""
    glyphs = glyph_map(face)
    return "".join(ch if ord(ch) in glyphs else MISSING for ch in str(text)
                   if unicodedata.category(ch) not in ("Cc", "Cf", "Cs"))
