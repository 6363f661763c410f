"""Finding cases: a token index over party names (single characters, bigrams, pinyin initials),
ID numbers, phones and case numbers.

SQLite's FTS5 trigram index returns nothing for 1- and 2-character patterns, and most Chinese names
are 2 or 3 characters (DESIGN.md), so names are indexed as characters and bigrams; ``zsm`` finds
张三明 through the pinyin initials. A query's terms must all match (AND).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

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


def query_tokens(text: str) -> list[str]:
    """The tokens a case must all carry to match ``text`` (empty: no restriction)."""
    tokens: list[str] = []
    for term in text.split():
        upper = term.upper()
        if re.fullmatch(r"\d{17}[\dX]", upper) or re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{18}", upper):
            tokens.append(f"i:{upper}")
        elif re.fullmatch(r"1\d{10}", term):
            tokens.append(f"t:{term}")
        elif re.fullmatch(r"\d{4}", term):
            tokens += [f"t4:{term}"] if int(term) > 999 else [f"q:{int(term)}"]
        elif re.fullmatch(r"\d{1,3}", term):
            tokens.append(f"q:{int(term)}")
        elif CJK.search(term):
            chars = [c for c in term if CJK.match(c)]
            if "字第" in term or "号" in term and "调" in term:
                tokens.append(f"#:{term}")
            elif len(chars) == 1:
                tokens.append(f"c:{chars[0]}")
            else:
                tokens += [f"b:{a}{b}" for a, b in zip(chars, chars[1:])]
        elif re.fullmatch(r"[a-zA-Z]+", term):
            tokens.append(f"p:{term.lower()}")
    return list(dict.fromkeys(tokens))
