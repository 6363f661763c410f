"""Embedded TrueType faces for printed documents, and user text made safe for them.

The faces are registered once per process with reportlab (imported lazily inside
:func:`register_fonts`, so importing this module is cheap). :func:`markup` turns any user text into
paragraph markup that cannot break a build: it is escaped, control characters are dropped,
newlines become line breaks, a no-break space an ordinary one, and each character is drawn with the
first face that has it — Song, then Hei, then the Arabic, Hebrew and emoji faces — or, if none has
it, as "□".

Arabic and Hebrew are written right to left and Arabic letters join: reportlab 5.1 can do neither
without its ``rlbidi`` extension (not on PyPI). So paragraph lines that use the Arabic, Hebrew or
emoji face are reordered, shaped and placed by :mod:`desk.print.rtl_layout`, whose line layout
:func:`register_fonts` installs.
"""

from __future__ import annotations

import threading
import unicodedata
from typing import Any, NamedTuple

SONG = "DeskSong"  # AR PL UMing CN (Song/Ming style): body text and titles
HEI = "DeskHei"  # WenQuanYi Micro Hei (sans): headings, table headers, fallback glyphs
ARABIC = "DeskArabic"  # Noto Sans Arabic
HEBREW = "DeskHebrew"  # Noto Sans Hebrew
EMOJI = "DeskEmoji"  # Noto Emoji (monochrome outlines; colour emoji fonts are bitmaps reportlab cannot embed)

MISSING = "□"  # drawn for a character that no face has
_BREAKS = frozenset("\n\u2028\u2029\x0b\x0c\x85")
_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
_FACES = {
    SONG: "fonts/uming.ttc",
    HEI: "fonts/wqy-microhei.ttc",
    ARABIC: "fonts/NotoSansArabic-Regular.ttf",
    HEBREW: "fonts/NotoSansHebrew-Regular.ttf",
    EMOJI: "fonts/NotoEmoji-Regular.ttf",
}
_SHAPED = frozenset((ARABIC, HEBREW, EMOJI))  # faces whose lines are shaped and reordered (rtl_layout)
_RTL_FACES = (ARABIC, HEBREW)
# Kept only inside an emoji run (they select or join emoji): ZWNJ, ZWJ, variation selectors.
_EMOJI_JOINERS = frozenset([0x200C, 0x200D, *range(0xFE00, 0xFE10), *range(0xE0100, 0xE01F0)])


class FontNames(NamedTuple):
    song: str
    hei: str
    arabic: str = ARABIC
    hebrew: str = HEBREW
    emoji: str = EMOJI


_lock = threading.Lock()
_registered: FontNames | None = None


def register_fonts() -> FontNames:
    """Register the document faces with reportlab (idempotent, thread-safe) and return their names.

    No face has a bold or italic variant, so the family maps bold / italic to the regular face:
    ``<b>`` in paragraph markup then never fails to find a font. The Arabic, Hebrew and emoji faces
    are parsed only when a text first needs one of them (:func:`_face`), which keeps a cold start of
    Chinese-only documents as fast as before.
    """
    global _registered
    if _registered is not None:
        return _registered
    with _lock:
        if _registered is not None:
            return _registered
        from reportlab.pdfbase import ttfonts

        from desk.print.rtl_layout import _install_line_layout

        ttfonts.makeToUnicodeCMap = to_unicode_cmap
        for name in (SONG, HEI):
            _register(name)
        _install_line_layout()
        _registered = FontNames(song=SONG, hei=HEI)
        return _registered


def _register(name: str) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from desk.resources import resource_path

    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, str(resource_path(_FACES[name])), subfontIndex=0))
    pdfmetrics.registerFontFamily(name, normal=name, bold=name, italic=name, boldItalic=name)


_loaded: set[str] = {SONG, HEI}
_face_lock = threading.Lock()


def _face(name: str) -> dict[int, int]:
    """The glyph map of a face, registering the face first if it is one of the lazily loaded ones."""
    if name not in _loaded:
        register_fonts()
        with _face_lock:
            if name not in _loaded:
                _register(name)
                _loaded.add(name)
    return glyph_map(name)


def to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """The ToUnicode CMap of an embedded font subset, each character written in UTF-16BE as the PDF
    specification asks (9.10.3). reportlab 5.1's own writes the code point in hex, which is right only
    up to U+FFFF: rare characters of names (CJK Extension B, 𤂅) then read back from the PDF as other
    characters when the text is copied, searched or extracted, although they print correctly.
    Private codes of shaped glyphs map to the text they stand for (a lam-alef ligature to its lam,
    an emoji family to the whole ZWJ sequence)."""
    from desk.print.rtl_layout import _TEXT_OF

    def utf16(code: int) -> str:
        text = _TEXT_OF.get(code, chr(code))
        return text.encode("utf-16-be", "surrogatepass").hex().upper()

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


# --- choosing a face per character ---------------------------------------------------------------

def _pieces(text: Any, face: str | None) -> list[tuple[str, str]]:
    """``text`` as (piece, face) pairs: the characters to draw, in typed order, each with its face;
    "\n" for a line break. Everything :func:`markup` and :func:`printed` say comes from here."""
    names = register_fonts()
    face = face or names.song
    other = names.hei if face == names.song else names.song
    own, alt = glyph_map(face), glyph_map(other)
    text = "" if text is None else str(text)
    # A no-break space after a Latin word makes reportlab's CJK line breaking drop the next word and run
    # past the right margin (reportlab 5.1): it prints as an ordinary space, which may break the line.
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ").replace("\xa0", " ")
    out: list[tuple[str, str]] = []
    cur = face  # face of the last character drawn
    for ch in text:
        if ch in _BREAKS:
            out.append(("\n", cur))  # a break never switches face
            continue
        cat = unicodedata.category(ch)
        code = ord(ch)
        if cur == face and code in own and cat[0] not in "CM":
            out.append((ch, face))  # the common case: Chinese, Latin, digits after text of the own face
            continue
        if cat in ("Cc", "Cs", "Co", "Cn"):
            continue  # control, lone surrogates, private use, unassigned
        if code in _EMOJI_JOINERS:
            # ZWJ, ZWNJ and variation selectors only mean something inside an emoji run: there they go
            # to the shaper (a family or a flag is one glyph); elsewhere they are not drawn.
            if cur == EMOJI and code in _face(EMOJI):
                out.append((ch, EMOJI))
            continue
        if cat == "Cf":
            continue  # format characters (bidi marks and overrides, soft hyphen…) are not drawn
        if cat[0] == "M":
            # a combining mark stays with its base in a shaped face, else takes the first face that has it
            if cur in _SHAPED and code in _face(cur):
                out.append((ch, cur))
            elif code in own:
                out.append((ch, face))
            elif code in alt:
                out.append((ch, other))
            continue  # a combining mark without a glyph would only add boxes
        bidi = unicodedata.bidirectional(ch)
        if bidi in ("R", "AL"):
            order: tuple[str, ...] = (*_RTL_FACES, face, other, EMOJI)
        elif cur in _RTL_FACES and bidi not in ("L", "") and code in _face(cur):
            order = (cur,)  # spaces, punctuation and digits inside Arabic or Hebrew text keep its face
        else:
            order = (face, other, *_RTL_FACES, EMOJI)
        for name in order:
            if code in (own if name == face else alt if name == other else _face(name)):
                out.append((ch, name))
                cur = name
                break
        else:
            if ch.isspace():
                out.append((" ", face))
            else:
                out.append((MISSING, face))
            cur = face
    return out


def markup(text: Any, face: str | None = None) -> str:
    """Paragraph markup for plain user text in ``face`` (default Song), safe for any input."""
    face = face or register_fonts().song
    out: list[str] = []
    in_face = face
    for piece, name in _pieces(text, face):
        if piece == "\n":
            out.append("<br/>")
            continue
        if name != in_face:
            if in_face != face:
                out.append("</font>")
            if name != face:
                out.append(f'<font name="{name}">')
            in_face = name
        out.append(_ESCAPES.get(piece, piece))
    if in_face != face:
        out.append("</font>")
    return "".join(out)


def printed(text: Any, face: str | None = None) -> str:
    """What a document shows of ``text``, in typed (logical) order: the characters drawn, "□" for those
    no face has, line breaks as "\n". Text extracted from the PDF reads back as this."""
    return "".join(piece for piece, _ in _pieces(text, face))


def plain_for(text: Any, face: str) -> str:
    """Text for a single-face canvas string: controls dropped, characters the face lacks as "□"."""
    glyphs = glyph_map(face)
    return "".join(ch if ord(ch) in glyphs else MISSING for ch in str(text)
                   if unicodedata.category(ch) not in ("Cc", "Cf", "Cs"))
