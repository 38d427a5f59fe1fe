"""The data's git history: changes per record, last-changed dates, diffs between revisions."""
