"""The typer command line: options, one service call, one format, an exit code."""
