"""serve: the store to people and programs (CLI now; REST API and dashboard: TODO(#2 follow-ups))."""
