"""Data shapes: pydantic models of sets and communes, frozen result records; no I/O, no language."""
