"""Typer commands; each module keeps heavy imports inside its functions."""
