"""The baseline claim set: seed documents to claims with stable ids, merged duplicates, attributes."""
