"""The scheduler and its health: `watcher run` and `watcher status`."""
