"""Printed documents: reportlab PDFs built from plain data (dataclasses), never from sessions or widgets.

Importing this package is cheap: reportlab is imported only when a document is built
(``desk.print.layout`` / a document module such as ``desk.print.audit_report``), so start-up
does not pay for it. ``desk.print.verification`` is pure Python.
"""
