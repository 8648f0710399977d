"""Write output files atomically: never a half-written file, never a silent overwrite.

Usage: `write_text_atomic(path, text, force=False)`. The data goes to a temporary file in
the same folder, is flushed to disk, then renamed over the target with os.replace, which
is atomic on POSIX and Windows. If anything fails, the temporary file is removed and the
previous file (if any) is untouched.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from ntm_cli.errors import UsageError


def write_text_atomic(path: Path, text: str, force: bool = False) -> None:
    """Write text as UTF-8 to path atomically; refuse to replace a file unless force."""
    write_bytes_atomic(path, text.encode("utf-8"), force)


def write_bytes_atomic(path: Path, data: bytes, force: bool = False) -> None:
    """Write bytes to path atomically; refuse to replace a file unless force."""
    write_with_atomic(path, lambda handle: handle.write(data), force)


def write_with_atomic(
    path: Path, writer: Callable[[BinaryIO], object], force: bool = False
) -> None:
    """Let writer fill a temporary file, then move it to path (for streamed output)."""
    check_writable(path, force)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise UsageError(f"{path}: cannot write here: {exc.strerror}") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            writer(handle)
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            with contextlib.suppress(OSError):  # keep the old file's permissions
                os.chmod(temp_name, path.stat().st_mode & 0o7777)
        else:
            os.chmod(temp_name, 0o666 & ~_umask())
        os.replace(temp_name, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        if isinstance(exc, OSError):
            raise UsageError(f"{path}: cannot write: {exc.strerror or exc}") from None
        raise


def check_writable(path: Path, force: bool) -> None:
    """Raise UsageError if path exists (and force is off), is a folder, or has no folder."""
    if path.is_dir():
        raise UsageError(f"{path}: is a directory; give a file name to write")
    if path.exists() and not force:
        raise UsageError(f"{path}: file exists; use --force to overwrite it")
    if not (path.parent if str(path.parent) else Path(".")).is_dir():
        raise UsageError(f"{path}: folder {path.parent} does not exist")


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
