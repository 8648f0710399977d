"""Priorities (`ntm evaluate --plan`)."""
