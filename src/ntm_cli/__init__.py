"""ntm: evaluate Vietnamese communes against the Nông thôn mới criteria sets."""

__version__ = "0.1.0"
