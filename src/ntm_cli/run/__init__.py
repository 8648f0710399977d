"""Services: inputs plus scoring into result records, for one commune or a whole batch."""
