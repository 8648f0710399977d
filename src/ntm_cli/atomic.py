"""Atomic file writes: a temporary file in the target's folder, then os.replace."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from ntm_cli.errors import UsageError


def check_target(path: Path, *, force: bool) -> None:
    """Refuse a folder, a missing parent folder, or an existing file without force."""
    if path.is_dir():
        raise UsageError(f"{path}: is a folder; give a file name to write")
    if path.exists() and not force:
        raise UsageError(f"{path}: file exists; add --force to overwrite it")
    if not path.parent.is_dir():
        raise UsageError(f"{path.parent}: folder does not exist")


@contextmanager
def atomic_write(path: Path, *, force: bool) -> Iterator[IO[bytes]]:
    """Yield a binary file that replaces path only once fully written and synced.

    An interrupted write leaves the previous file (if any) untouched and no partial file.
    """
    check_target(path, force=force)
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temp, 0o666 & ~umask)  # mkstemp creates 0600; give the usual mode
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
