"""desk: the desktop application of a street / community comprehensive service center."""

__version__ = "0.1.0"
