"""Output formats: each module renders results to a string and never prints."""
