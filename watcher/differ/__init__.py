"""The differ: a sentence against the baseline and the findings already reported -> status and cue."""
