"""The report archive: every run's JSON and HTML report, the index, the Atom feed, `watcher serve`."""
