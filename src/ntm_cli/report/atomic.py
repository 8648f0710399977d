"""Write output files atomically: never a half-written file, never a silent overwrite.

Use `write_text_atomic(path, text, force)` / `write_bytes_atomic(path, data, force)` for
data in memory, or `with atomic_write(path, force=force) as handle:` to stream bytes. The
data goes to a temporary file in the target's folder, is flushed and fsynced, then renamed
over the target with os.replace (atomic on POSIX and Windows). If anything fails or is
interrupted, the temporary file is removed and the previous file, if any, is untouched.
Call `check_target(path, force=force)` to refuse early, before any expensive work.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from ntm_cli.model.errors import UsageError, said


def check_target(path: Path, *, force: bool) -> None:
    """Refuse a folder, a missing parent folder, or an existing file without force."""
    try:
        is_folder, exists, parent_ok = path.is_dir(), path.exists(), path.parent.is_dir()
    except OSError as exc:  # a name too long for the file system, a loop of links...
        reason = exc.strerror or str(exc)
        raise UsageError(said("error.write_bad_name", path=str(path), reason=reason)) from None
    if is_folder:
        raise UsageError(said("error.write_folder", path=str(path)))
    if exists and not force:
        raise UsageError(said("error.write_exists", path=str(path)))
    if not parent_ok:
        raise UsageError(said("error.write_no_folder", path=str(path.parent)))


@contextmanager
def atomic_write(path: Path, *, force: bool) -> Iterator[IO[bytes]]:
    """Yield a binary file that replaces path only once it is fully written and synced."""
    check_target(path, force=force)
    try:
        fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise UsageError(said("error.write_here", path=str(path), reason=reason)) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temp, 0o666 & ~umask)  # mkstemp creates 0600; give the usual mode
        os.replace(temp, path)
    except BaseException as exc:
        Path(temp).unlink(missing_ok=True)
        if isinstance(exc, OSError):  # disk full, permission denied: one line, not a trace
            reason = exc.strerror or str(exc)
            raise UsageError(said("error.write_failed", path=str(path), reason=reason)) from None
        raise


def write_bytes_atomic(path: Path, data: bytes, force: bool = False) -> None:
    """Write bytes to path atomically; refuse to replace a file unless force."""
    with atomic_write(path, force=force) as handle:
        handle.write(data)


def write_text_atomic(path: Path, text: str, force: bool = False) -> None:
    """Write text as UTF-8 to path atomically; refuse to replace a file unless force."""
    write_bytes_atomic(path, text.encode("utf-8"), force)
