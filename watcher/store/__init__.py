"""The store: every SQL statement Watcher runs, behind one error policy."""
