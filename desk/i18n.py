"""Translation markers usable below the Qt layer.

Services and printing must not depend on Qt widgets, yet their messages are shown to users in
Chinese. They mark English source text with ``QT_TRANSLATE_NOOP(context, text)`` (recognised by
``pyside6-lupdate`` by name) and the view translates it when it shows the message.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate looks for this name
    """Mark ``text`` for translation in ``context``; returns it unchanged."""
    return text
