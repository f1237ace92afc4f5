"""Pure language tools: sentences, numbers, vocabulary, attributes, relevance, similarity."""
