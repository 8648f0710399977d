"""Pure scoring: engine, ladder, district, priorities, comparisons, checks and roll-ups."""
