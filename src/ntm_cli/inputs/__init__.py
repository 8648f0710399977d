"""The only code that opens input files: YAML, spreadsheets, folders and globs, the set registry."""
