"""Sync with the central platform (docs/SYNC.md): REST client, engine, pull-apply, needs-attention."""
