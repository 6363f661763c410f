"""Finding cases: a token index over party names (single characters, bigrams, pinyin initials),
ID numbers, phones and case numbers; and the free text (place, summary, addresses) in FTS5.

SQLite's FTS5 trigram index returns nothing for 1- and 2-character patterns, and most Chinese names
are 2 or 3 characters (DESIGN.md), so names are indexed as characters and bigrams; ``zsm`` finds
张三明 through the pinyin initials. A term of 3 or more characters that is no ID, phone, number or
pinyin matches a name (its bigrams) or the free text (``mediation_text``, trigrams). A query's terms
must all match (AND).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from desk.validation import drop_controls

CJK = re.compile(r"[\u3400-\u9fff]")


@lru_cache(maxsize=4096)
def initials(name: str) -> str:
    from pypinyin import Style, lazy_pinyin  # imported on first use: not needed at start-up

    letters = lazy_pinyin(name, style=Style.FIRST_LETTER, errors="ignore")
    return "".join(x for x in letters if x.isascii()).lower()


def name_tokens(name: str) -> set[str]:
    chars = [c for c in name if CJK.match(c)]
    tokens = {f"c:{c}" for c in chars} | {f"b:{a}{b}" for a, b in zip(chars, chars[1:])}
    if chars and (letters := initials("".join(chars))):
        tokens.add(f"p:{letters}")
    latin = re.sub(r"[^a-z0-9]", "", name.lower())
    if latin and not chars:
        tokens.add(f"w:{latin}")
    return tokens


def case_tokens(number: str, seq: int, parties: Iterable[tuple[str, str, str]]) -> set[str]:
    """Tokens of a case: its number, and per party (name, ID number or credit code, phone)."""
    tokens = {f"#:{number}", f"q:{seq}"}
    for name, id_number, phone in parties:
        tokens |= name_tokens(name)
        if id_number:
            tokens.add(f"i:{id_number.upper()}")
        if phone:
            tokens.add(f"t:{phone}")
            tokens.add(f"t4:{phone[-4:]}")
    return tokens


def case_text(place: str, summary: str, addresses: Iterable[str]) -> str:
    """The free text of a case as ``mediation_text`` holds it (the same form migration 0005 wrote)."""
    return f"{place} {summary} {' '.join(addresses)}"


def fts_phrase(term: str) -> str:
    """``term`` as one FTS5 phrase (double quotes doubled)."""
    return '"' + term.replace('"', '""') + '"'


@dataclass(frozen=True)
class TextTerm:
    """A term that matches a party name (all ``name_tokens``) or the free text (``phrase``, trigrams);
    ``term`` is the term as typed."""

    phrase: str
    name_tokens: tuple[str, ...] = ()
    term: str = ""


@dataclass
class ParsedQuery:
    tokens: list[str] = field(default_factory=list)  # each must match
    texts: list[TextTerm] = field(default_factory=list)  # each must match (names or text)
    unmatched: bool = False  # a term that can match nothing (e.g. ``-``)


def _term_tokens(term: str) -> list[str] | None:
    """Tokens for an ID, phone, number, case number, pinyin or a 1–2 character name; None otherwise."""
    upper = term.upper()
    if re.fullmatch(r"\d{17}[\dX]", upper) or re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{18}", upper):
        return [f"i:{upper}"]
    if re.fullmatch(r"1\d{10}", term):
        return [f"t:{term}"]
    if re.fullmatch(r"\d{4}", term):
        return [f"t4:{term}"] if int(term) > 999 else [f"q:{int(term)}"]
    if re.fullmatch(r"\d{1,3}", term):
        return [f"q:{int(term)}"]
    if re.fullmatch(r"[a-zA-Z]+", term):
        return [f"p:{term.lower()}"]
    if CJK.search(term) and ("字第" in term or "号" in term and "调" in term):
        return [f"#:{term}"]
    return None


def _cjk_name_tokens(term: str) -> list[str]:
    chars = [c for c in term if CJK.match(c)]
    if len(chars) == 1:
        return [f"c:{chars[0]}"]
    return [f"b:{a}{b}" for a, b in zip(chars, chars[1:])]


def parse_query(text: str) -> ParsedQuery:
    """Split ``text`` into token terms and free-text terms (3 characters or more)."""
    out = ParsedQuery()
    for term in drop_controls(text).split():
        tokens = _term_tokens(term)
        if tokens is not None:
            out.tokens += tokens
        elif len(term) >= 3:
            names = tuple(_cjk_name_tokens(term)) if CJK.search(term) else ()
            out.texts.append(TextTerm(fts_phrase(term), names, term))
        elif CJK.search(term):
            out.tokens += _cjk_name_tokens(term)  # 1–2 characters: names only, trigrams cannot match
        else:
            out.unmatched = True
    out.tokens = list(dict.fromkeys(out.tokens))
    out.texts = list(dict.fromkeys(out.texts))
    return out


def query_tokens(text: str) -> list[str]:
    """The name/ID/phone/number tokens a case must all carry to match ``text`` (empty: no restriction);
    a term of 3 or more CJK characters gives its bigrams here (it may also match the free text)."""
    parsed = parse_query(text)
    return list(dict.fromkeys(parsed.tokens + [t for term in parsed.texts for t in term.name_tokens]))
