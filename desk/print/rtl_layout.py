"""Right-to-left lines and shaping for paragraphs that use the Arabic, Hebrew or emoji face.

Arabic and Hebrew are written right to left and Arabic letters join: reportlab 5.1 can do neither
without its ``rlbidi`` extension, which is not on PyPI. So such lines are laid out here: reordered
with the Unicode bidirectional algorithm (implicit levels, paragraph level left to right), each run
shaped with HarfBuzz (``uharfbuzz``: joining forms, lam-alef, emoji ZWJ sequences and flags) and
each glyph placed where it belongs on the line. The glyphs are written in typed order at their
visual positions, so that text extraction (pdftotext, copy and paste) reads the typed (logical)
text back, see :func:`_emit_order`.

Imported by :mod:`desk.print.fonts` only when the faces are registered; reportlab and uharfbuzz are
imported inside the functions.
"""

from __future__ import annotations

import unicodedata
from typing import Any, NamedTuple

from desk.print.fonts import _SHAPED, _face_lock

# reportlab lays a paragraph out in lines of fragments (runs of one font) in typed order and writes
# them left to right. For a line that uses the Arabic, Hebrew or emoji face, the line-drawing functions
# of reportlab.platypus.paragraph are wrapped (:func:`_install_line_layout`): the line's text gets its
# bidi levels, every run of one face and level is shaped, the runs are put in visual order, and each
# fragment is handed to reportlab as a ``ShapedStr`` whose glyphs carry explicit offsets — reportlab
# writes those as one TJ array per fragment, so every glyph lands at its visual place.

_NEUTRAL_LEVEL_TYPES = frozenset(("B", "S", "WS", "ON"))
_MIRROR = dict(zip("()[]{}<>«»（）【】《》〈〉「」『』〔〕", ")(][}{><»«）（】【》《〉〈」「』『〕〔"))


def _levels(text: str, line_end: bool = True) -> list[int]:
    """Embedding levels of a paragraph (or one line of it) by the Unicode bidirectional algorithm (UAX #9) at paragraph level
    0 (documents are Chinese, left to right): rules W1–W7, N1–N2, I1, and L1 when ``line_end``.
    Explicit embeddings and isolates are not drawn (markup drops them), so there are none to resolve."""
    n = len(text)
    original = [unicodedata.bidirectional(ch) or "L" for ch in text]
    types: list[str] = []
    prev = "L"  # sos
    for t in original:
        if t in ("NSM", "BN"):  # W1; BN (a ZWJ) is removed by X9, i.e. it goes with its neighbour
            t = prev
        elif t in ("LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI"):
            t = "ON"
        types.append(t)
        prev = t
    strong = "L"
    for i, t in enumerate(types):  # W2, W3
        if t in ("R", "L", "AL"):
            strong = t
        elif t == "EN" and strong == "AL":
            types[i] = "AN"
    types = ["R" if t == "AL" else t for t in types]
    for i in range(1, n - 1):  # W4
        if types[i] == "ES" and types[i - 1] == types[i + 1] == "EN":
            types[i] = "EN"
        elif types[i] == "CS" and types[i - 1] == types[i + 1] and types[i - 1] in ("EN", "AN"):
            types[i] = types[i - 1]
    i = 0
    while i < n:  # W5: European terminators next to European digits are digits
        if types[i] != "ET":
            i += 1
            continue
        j = i
        while j < n and types[j] == "ET":
            j += 1
        if (i and types[i - 1] == "EN") or (j < n and types[j] == "EN"):
            types[i:j] = ["EN"] * (j - i)
        i = j
    types = ["ON" if t in ("ES", "ET", "CS") else t for t in types]  # W6
    strong = "L"
    for i, t in enumerate(types):  # W7
        if t in ("L", "R"):
            strong = t
        elif t == "EN" and strong == "L":
            types[i] = "L"
    i = 0
    while i < n:  # N1, N2: neutrals take the direction around them, else the paragraph's (L)
        if types[i] not in _NEUTRAL_LEVEL_TYPES:
            i += 1
            continue
        j = i
        while j < n and types[j] in _NEUTRAL_LEVEL_TYPES:
            j += 1
        before = "R" if i and types[i - 1] in ("R", "EN", "AN") else "L"
        after = "R" if j < n and types[j] in ("R", "EN", "AN") else "L"
        types[i:j] = [before if before == after else "L"] * (j - i)
        i = j
    levels = [1 if t == "R" else 2 if t in ("EN", "AN") else 0 for t in types]  # I1
    return _line_end(text, levels) if line_end else levels


def _line_end(text: str, levels: list[int]) -> list[int]:
    """Rule L1: white space at the end of a line goes back to the paragraph level."""
    levels = list(levels)
    original = [unicodedata.bidirectional(ch) for ch in text]
    i = len(text) - 1
    while i >= 0 and original[i] in ("WS", "S", "B", "BN"):  # L1: trailing white space
        levels[i] = 0
        i -= 1
    return levels


def _visual_order(levels: list[int]) -> list[int]:
    """Indices of runs (or characters) with ``levels`` in visual order (UAX #9 rule L2)."""
    order = list(range(len(levels)))
    seq = list(levels)
    for level in range(max(levels, default=0), 0, -1):
        i = 0
        while i < len(seq):
            if seq[i] < level:
                i += 1
                continue
            j = i
            while j < len(seq) and seq[j] >= level:
                j += 1
            order[i:j], seq[i:j] = order[i:j][::-1], seq[i:j][::-1]
            i = j
    return order


class _Glyph(NamedTuple):
    code: str  # the character written to the PDF for this glyph (maybe a private code, see _code)
    key: tuple[int, int]  # typed position of its text on the line, for the order of the content stream
    advance: float  # points
    dx: float  # points, HarfBuzz's offset
    dy: float
    carriers: tuple[str, ...] = ()  # codes of blank glyphs standing for the rest of a right-to-left cluster


_hb_fonts: dict[str, Any] = {}


def _hb_font(name: str):
    font = _hb_fonts.get(name)
    if font is None:
        import uharfbuzz as hb
        from reportlab.pdfbase import pdfmetrics

        font = _hb_fonts[name] = hb.Font(hb.Face(hb.Blob(pdfmetrics.getFont(name).face._ttf_data)))
    return font


# Codes drawn for shaped glyphs that have no character of their own (joining forms, ligatures) or
# that stand for other text than their character: a private code point of plane 15 (user text never
# reaches a document with private-use characters, markup drops them) → the text it stands for.
_TEXT_OF: dict[int, str] = {}
_CODE_OF: dict[tuple[str, int, str], int] = {}
_next_private = [0xF0000]


def _code(name: str, gid: int, text: str) -> str:
    """A character whose glyph in face ``name`` is ``gid`` and whose ToUnicode entry is ``text``: the
    character itself when the face maps it to that glyph, else a private code made for the pair."""
    from reportlab.pdfbase import pdfmetrics

    face = pdfmetrics.getFont(name).face
    if len(text) == 1 and face.charToGlyph.get(ord(text)) == gid:
        return text
    key = (name, gid, text)
    code = _CODE_OF.get(key)
    if code is None:
        with _face_lock:
            code = _CODE_OF.get(key)
            if code is None:
                code = _next_private[0]
                _next_private[0] += 1
                face.charToGlyph[code] = gid
                scale = 1000 / _hb_font(name).face.upem
                face.charWidths[code] = round(_hb_font(name).get_glyph_h_advance(gid) * scale)
                _TEXT_OF[code] = text
                _CODE_OF[key] = code
    return chr(code)


def _shape_run(name: str, size: float, text: str, start: int, rtl: bool) -> list[_Glyph]:
    """Glyphs of one run of one face and direction, in visual order (left to right)."""
    from reportlab.pdfbase import pdfmetrics

    if name not in _SHAPED:  # Song / Hei: one glyph per character, mirrored brackets when right to left
        glyphs = []
        face = pdfmetrics.getFont(name).face
        for i, ch in enumerate(text):
            shown = _MIRROR.get(ch, ch) if rtl else ch
            gid = face.charToGlyph.get(ord(shown))
            if gid is None:
                shown, gid = ch, face.charToGlyph.get(ord(ch), 0)
            code = ch if shown == ch else _code(name, gid, ch)
            glyphs.append(_Glyph(code, (start + i, 0), pdfmetrics.stringWidth(shown, name, size), 0.0, 0.0))
        return glyphs[::-1] if rtl else glyphs
    import uharfbuzz as hb

    font = _hb_font(name)
    buf = hb.Buffer()
    buf.add_codepoints([ord(ch) for ch in text])
    buf.direction = "rtl" if rtl else "ltr"
    buf.guess_segment_properties()
    buf.cluster_level = hb.BufferClusterLevel.MONOTONE_CHARACTERS
    hb.shape(font, buf, {})
    scale = size / font.face.upem
    infos, positions = buf.glyph_infos, buf.glyph_positions
    starts = sorted({info.cluster for info in infos}) + [len(text)]
    end_of = dict(zip(starts, starts[1:]))
    typed = range(len(infos) - 1, -1, -1) if rtl else range(len(infos))
    given: set[int] = set()
    space = pdfmetrics.getFont(name).face.charToGlyph.get(32, 0)
    glyphs: list[_Glyph | None] = [None] * len(infos)
    for i in typed:  # the first glyph of a cluster in typed order stands for its text
        cluster = infos[i].cluster
        own = "" if cluster in given else text[cluster:end_of[cluster]]
        given.add(cluster)
        carriers: tuple[str, ...] = ()
        if rtl and len(own) > 1:
            own, carriers = own[0], tuple(_code(name, space, ch) for ch in own[1:])
        pos = positions[i]
        glyphs[i] = _Glyph(_code(name, infos[i].codepoint, own), (start + cluster, len(given)), pos.x_advance * scale,
                           pos.x_offset * scale, pos.y_offset * scale, carriers)
    return glyphs  # type: ignore[return-value]


def _emit_order(frag_glyphs: list[tuple[float, _Glyph]], name: str, size: float, pen: float):
    """The ShapedStr of one fragment and the pen position after it.

    The glyphs are written in *typed* order, each moved to its visual place: a right-to-left run is
    drawn from its right end leftwards. Text extraction (poppler's pdftotext, copy and paste) reads a
    content stream in its order and, within what it takes for one word, reverses right-to-left
    characters, expecting them in visual order. Written in visual order, the words of an Arabic
    phrase came out last word first; an ActualText span with the typed text was reversed as a whole.
    Written in typed order, each right-to-left glyph sits to the left of the one before it, so every
    one starts a word of its own and nothing is reversed: the extracted text is the typed text. The
    rest of a right-to-left cluster of several characters (lam-alef, a letter with its marks) is
    carried by blank glyphs just right of it, each again a word of its own."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr

    unit = 1000 / size
    widths = pdfmetrics.getFont(name).face.charWidths
    codes: list[str] = []
    data: list[Any] = []

    def put(code: str, x: float, dy: float, width_units: float) -> None:
        nonlocal pen
        offset = (x - pen) * unit
        codes.append(code)
        data.append(ShapeData(0, offset + width_units, 0, offset, dy * unit, width_units))
        pen = x + width_units / unit

    for x, glyph in sorted(frag_glyphs, key=lambda item: item[1].key):
        put(glyph.code, x + glyph.dx, glyph.dy, widths.get(ord(glyph.code), 0))
        for n, carrier in enumerate(glyph.carriers, 1):
            put(carrier, x + glyph.advance + 0.15 * n * size, 0.0, widths.get(ord(carrier), 0))
    return ShapedStr("".join(codes), shapeData=data), pen


def _visual_line(line: Any) -> Any | None:
    """``line`` (a reportlab FragLine) with its fragments' texts as placed ShapedStr, or None to leave it."""
    frags = line.words
    if any(hasattr(f, "cbDefn") for f in frags):
        return None
    text = "".join(f.text for f in frags)
    owner = [k for k, f in enumerate(frags) for _ in f.text]
    if not text:
        return None
    levels = getattr(line, "_desk_levels", None)
    levels = _levels(text) if levels is None or len(levels) != len(text) else _line_end(text, levels)
    runs: list[tuple[int, int, int, int]] = []  # start, end, fragment, level
    i = 0
    while i < len(text):
        j = i + 1
        while j < len(text) and owner[j] == owner[i] and levels[j] == levels[i]:
            j += 1
        runs.append((i, j, owner[i], levels[i]))
        i = j
    shaped = [_shape_run(frags[k].fontName, frags[k].fontSize, text[i:j], i, level % 2 == 1)
              for i, j, k, level in runs]
    placed: list[list[tuple[float, _Glyph]]] = [[] for _ in frags]
    x = 0.0
    for r in _visual_order([run[3] for run in runs]):
        for glyph in shaped[r]:
            placed[runs[r][2]].append((x, glyph))
            x += glyph.advance
    words = []
    pen = 0.0
    for k, f in enumerate(frags):
        shaped_text, pen = _emit_order(placed[k], f.fontName, f.fontSize, pen)
        words.append(f.clone(text=shaped_text))
    return line.clone(words=words, extraSpace=max(0.0, line.maxWidth - x), lineBreak=True)


def _paragraph_levels(para: Any) -> Any:
    """Give each line of a wrapped paragraph its bidi levels computed over the whole paragraph (up to
    each hard line break): a comma at the end of a line between two Arabic words belongs to the
    Arabic text, which only the next line tells."""
    lines = [line for line in para.lines if hasattr(line, "words")]
    start = 0
    while start < len(lines):
        end = start
        while end < len(lines) - 1 and not lines[end].lineBreak:
            end += 1
        texts = ["".join(getattr(f, "text", "") or "" for f in lines[k].words) for k in range(start, end + 1)]
        levels = _levels("".join(texts), line_end=False)
        at = 0
        for k, text in zip(range(start, end + 1), texts):
            lines[k]._desk_levels = levels[at:at + len(text)]
            at += len(text)
        start = end + 1
    return para


def _install_line_layout() -> None:
    """Wrap reportlab's line drawing so lines with shaped faces are laid out by :func:`_visual_line`
    (justified ones are set flush left: word spacing would move the placed glyphs), and make a
    paragraph of a single shaped fragment wrap as mixed text (reportlab's one-font shortcut joins words
    as plain strings)."""
    from reportlab.platypus import paragraph

    if getattr(paragraph, "_desk_line_layout", False):
        return
    left = paragraph._leftDrawParaLineX

    def wrap(draw, instead=None):
        def draw_line(tx, offset, line, last=0):
            if any(getattr(f, "fontName", None) in _SHAPED for f in getattr(line, "words", ())):
                visual = _visual_line(line)
                if visual is not None:
                    return (instead or draw)(tx, offset, visual, last)
            return draw(tx, offset, line, last)
        return draw_line

    for name in ("_leftDrawParaLineX", "_centerDrawParaLineX", "_rightDrawParaLineX"):
        setattr(paragraph, name, wrap(getattr(paragraph, name)))
    paragraph._justifyDrawParaLineX = wrap(paragraph._justifyDrawParaLineX, left)

    break_cjk = paragraph.Paragraph.breakLinesCJK

    def breakLinesCJK(self, maxWidths):  # noqa: N802 (reportlab's name)
        frags = self.frags
        if (len(frags) == 1 and getattr(frags[0], "fontName", None) in _SHAPED
                and not hasattr(frags[0], "cbDefn") and not self.style.endDots):
            if hasattr(self, "blPara") and getattr(self, "_splitpara", 0):
                return self.blPara
            widths = list(maxWidths) if isinstance(maxWidths, (list, tuple)) else [maxWidths]
            self.height = 0
            paragraph._handleBulletWidth(self.bulletText, self.style, widths)
            leading = getattr(self, "autoLeading", getattr(self.style, "autoLeading", ""))
            return _paragraph_levels(paragraph.cjkFragSplit(frags, widths, leading not in ("", "off")))
        para = break_cjk(self, maxWidths)
        if getattr(para, "kind", 0) == 1 and any(getattr(f, "fontName", None) in _SHAPED for f in frags):
            _paragraph_levels(para)
        return para

    paragraph.Paragraph.breakLinesCJK = breakLinesCJK
    paragraph._desk_line_layout = True
