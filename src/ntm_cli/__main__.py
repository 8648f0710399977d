"""Allow `python -m ntm_cli`."""

from ntm_cli.cli.app import main

if __name__ == "__main__":  # spawned batch workers import this module: they must not run it
    main()
