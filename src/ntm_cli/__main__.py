"""Allow `python -m ntm_cli`."""

from ntm_cli.cli import main

main()
