"""Fill translations into the .ts from a JSON file {"Context": {"source": "译文"}}; only messages
still unfinished are touched.  python tools/ts_fill.py fills.json"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET

from tools.i18n import TS


def fill(mapping: dict[str, dict[str, str]]) -> int:
    text = TS.read_text(encoding="utf-8")
    tree = ET.ElementTree(ET.fromstring(text))
    count = 0
    for context in tree.getroot().iter("context"):
        table = mapping.get(context.findtext("name"), {})
        for message in context.iter("message"):
            tr = message.find("translation")
            source = message.findtext("source")
            if tr is not None and tr.get("type") == "unfinished" and source in table:
                tr.text = table[source]
                del tr.attrib["type"]
                count += 1
    body = ET.tostring(tree.getroot(), encoding="unicode")
    TS.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return count


if __name__ == "__main__":
    print(fill(json.loads(open(sys.argv[1], encoding="utf-8").read())), "filled")
