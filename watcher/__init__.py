"""Watcher: what is new, changed or contradicted about Ukraine's path to NATO membership."""

__version__ = "0.1.0"
