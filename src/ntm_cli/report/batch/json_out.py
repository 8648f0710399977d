"""Batch JSON: {summary, groups, communes (evaluate objects), errors}, streamed to a file."""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
from io import FileIO
from typing import IO, TYPE_CHECKING, Any

import orjson

from ntm_cli.report.batch.common import BatchReport, decimal_number
from ntm_cli.run.batch import SEPARATOR

if TYPE_CHECKING:
    from ntm_cli.run.batch import Segment


def summary_dict(report: BatchReport, lang: str) -> dict[str, Any]:
    """The headline figures and the lists behind them."""
    rollup = report.rollup
    overall = rollup.overall
    return {
        "communes": overall.communes,
        "met": overall.met,
        "average_met": decimal_number(overall.average_met),
        "share_met": decimal_number(overall.share_met),
        "floor": rollup.floor,
        "under_floor": overall.under_floor,
        "errors": len(report.errors),
        "distribution": [{"criteria_met": k, "communes": n} for k, n in rollup.distribution],
        "most_missed": [
            {
                "id": cid,
                "name": report.names[cid].get(lang) if cid in report.names else None,
                "communes": count,
            }
            for cid, count in rollup.most_missed
        ],
        "under_floor_communes": [_brief(c) for c in rollup.under_floor],
        "closest": [_brief(c) for c in rollup.closest],
    }


def _brief(commune: Any) -> dict[str, Any]:
    return {
        "commune": commune.commune,
        "district": commune.district,
        "province": commune.province,
        "met": commune.met,
        "total": commune.total,
        "not_met": [cid for cid, s in commune.statuses if s not in ("met", "not_applicable")],
    }


def groups_list(report: BatchReport) -> list[dict[str, Any]]:
    """One object per district or province."""
    groups = []
    for tally in report.rollup.groups:
        entry: dict[str, Any] = {}
        if report.rollup.by == "district":
            entry["district"] = tally.district
        entry["province"] = tally.province
        entry.update(
            communes=tally.communes,
            met=tally.met,
            average_met=decimal_number(tally.average_met),
            share_met=decimal_number(tally.share_met),
            under_floor=tally.under_floor,
        )
        groups.append(entry)
    return groups


class CommuneSpool:
    """Per-commune JSON objects the workers spooled to files, as segments in input order.

    10,000 communes are ~100 MB of JSON: the workers write it to files of their own in
    this spool folder and send back only where each task's objects are, so the JSON is
    never pickled, piped or held in memory. Writing the report copies the segments into
    the output, inside the kernel when the output is a regular file.
    """

    def __init__(self) -> None:
        self.folder = tempfile.mkdtemp(prefix="ntm-batch-")
        self.segments: list[Segment] = []
        self.count = 0

    def add(self, segment: Segment | None) -> None:
        """Append one task's spooled objects (tasks come in input order)."""
        if segment is not None and segment.count:
            self.segments.append(segment)
            self.count += segment.count

    def copy_to(self, stream: IO[bytes]) -> None:
        """Write the objects to stream: a newline and indent before each, commas between."""
        target = _regular_file(stream)
        sources: dict[str, FileIO] = {}
        buf = memoryview(bytearray(BLOCK))
        try:
            for index, segment in enumerate(self.segments):
                stream.write(SEPARATOR if index else b"\n    ")
                source = sources.get(segment.file)
                if source is None:
                    path = os.path.join(self.folder, segment.file)
                    source = sources[segment.file] = FileIO(path)  # closed below
                done = 0
                if target is not None:
                    stream.flush()  # the kernel writes at the stream's position, after this
                    at = stream.tell()
                    done = _kernel_copy(source.fileno(), segment.offset, target, at, segment.length)
                    stream.seek(at + done)
                if done < segment.length:
                    target = None  # no kernel copy between these files: plain writes from now on
                    _copy_blocks(source, segment.offset + done, segment.length - done, stream, buf)
        finally:
            for source in sources.values():
                source.close()

    def close(self) -> None:
        """Delete the spool folder and the workers' files in it."""
        shutil.rmtree(self.folder, ignore_errors=True)


BLOCK = 1 << 20  # bytes per read and write when the kernel cannot copy


def _regular_file(stream: IO[bytes]) -> int | None:
    """The stream's descriptor if it is a seekable regular file, else None (pipe, BytesIO)."""
    try:
        fd = stream.fileno()
        regular = stat.S_ISREG(os.fstat(fd).st_mode) and stream.seekable()
    except (OSError, ValueError):  # io.UnsupportedOperation is an OSError
        return None
    return fd if regular else None


def _kernel_copy(source: int, offset: int, target: int, at: int, length: int) -> int:
    """Copy length bytes at offset of source to target at `at` without leaving the kernel.

    Returns the bytes copied: fewer when neither copy_file_range nor sendfile works
    between these files (another file system on some kernels, a target opened for
    appending, another OS); the caller writes the rest itself.
    """
    done = 0
    if hasattr(os, "copy_file_range"):
        try:
            while done < length:
                copied = os.copy_file_range(source, target, length - done, offset + done, at + done)
                if not copied:
                    break
                done += copied
        except OSError:  # not supported here; a real failure (a full disk) recurs below
            pass
    if done < length and hasattr(os, "sendfile"):
        try:
            os.lseek(target, at + done, os.SEEK_SET)  # sendfile writes at the file position
            while done < length:
                copied = os.sendfile(target, source, offset + done, length - done)
                if not copied:
                    break
                done += copied
        except OSError:  # likewise: the caller's plain writes report a real failure
            pass
    return done


def _copy_blocks(
    source: FileIO, offset: int, length: int, stream: IO[bytes], buffer: memoryview
) -> None:
    """Copy length bytes at offset of source to stream through buffer."""
    source.seek(offset)
    while length:
        read = source.readinto(buffer[: min(length, len(buffer))])
        if not read:
            raise OSError(f"{source.name}: spool file is {length} bytes short")
        stream.write(buffer[:read])
        length -= read


def write(stream: IO[bytes], report: BatchReport, communes: CommuneSpool, lang: str) -> None:
    """Write the UTF-8 document with the spooled commune objects (each an evaluate object).

    Communes are written one per line (compact) so 10,000 of them stay a manageable
    file; the rest is indented.
    """

    def dumps(value: Any) -> bytes:
        # orjson's two-space indent is json.dumps(indent=2)'s layout, without the pure-Python
        # encoder that indenting falls back to (the summary lists thousands of communes).
        return orjson.dumps(value, option=orjson.OPT_INDENT_2).replace(b"\n", b"\n  ")

    stream.write(b'{\n  "summary": ' + dumps(summary_dict(report, lang)) + b",\n")
    stream.write(b'  "groups": ' + dumps(groups_list(report)) + b",\n")
    stream.write(b'  "communes": [')
    communes.copy_to(stream)
    stream.write(b"\n  ],\n" if communes.count else b"],\n")
    errors = [{"file": e.file, "line": e.line, "column": e.column_letter or e.column,
               "message": e.message} for e in report.errors]  # fmt: skip
    stream.write(b'  "errors": ' + dumps(errors) + b"\n}\n")
