"""Feeds in: fetch with limits and refusals, parse every entry, turn HTML into text."""
