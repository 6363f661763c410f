"""Talking to hardware at the desk (receipt printers). Pure Python: no Qt, no database.

Every operation has a timeout and failures are raised as :class:`desk.errors.DeskError` subclasses
that a view can show a clerk, so a missing or switched-off device never hangs the application.
"""
