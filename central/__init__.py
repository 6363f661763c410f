"""The reference central platform: the server desks sync with (see docs/SYNC.md).

An optional extra (requirements-central.txt), never part of the desk bundle; nothing in ``desk``
imports it."""

__version__ = "1.0.0"
PROTOCOL = 1  # the sync protocol this server speaks
MIN_PROTOCOL = 1  # older desks get 426 client_too_old and keep their outbox
