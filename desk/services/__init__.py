"""Domain services: every state change goes through one of these, in one unit of work that also
writes the audit record. Permissions are checked here, not only by hiding buttons."""
