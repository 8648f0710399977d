"""SHA-256 digests of the files a run read (for the run's record and `--verify`)."""

from __future__ import annotations

import hashlib
import os

from ntm_cli.model.errors import InputError, Location, said

_BLOCK = 1 << 20


def sha256_file(path: str | os.PathLike[str]) -> str:
    """The file's SHA-256 in hex; an InputError naming the file when it cannot be read."""
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as handle:
            while block := handle.read(_BLOCK):
                digest.update(block)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise InputError(
            Location(os.fspath(path)), said("verify.unreadable", reason=reason)
        ) from None
    return digest.hexdigest()
