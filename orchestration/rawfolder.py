"""Listing the raw folder the way a hostile folder cannot break it (no dagster here).

Every entry under the raw folder becomes a :class:`RawEntry`. An entry that must not or cannot
be read carries a ``problem`` (the reason) instead of failing the scan, so it ends up as a row
of ``core.quarantine`` and the other files are read:

* a name that is not valid UTF-8 (shown with ``\\xff`` escapes),
* a symlink that leaves the raw folder, points nowhere, or loops,
* a FIFO, socket or device (never opened: reading a FIFO blocks),
* a folder that cannot be listed, a file that cannot be opened.

Symlinks to files inside the raw folder are read like files; symlinks to folders inside it are
not followed (their files are listed at their real place), so nothing is read twice through a
link and no link loop can make the scan endless. Hidden entries (``.name``) are skipped.
"""
from __future__ import annotations

import dataclasses
import errno
import hashlib
import os
import stat
from pathlib import Path
from typing import Iterable


@dataclasses.dataclass(frozen=True)
class RawEntry:
    source_file: str  # relative to the raw folder, posix, shown safely (\xff escapes)
    path: Path
    size: int
    mtime_ns: int
    problem: str | None = None  # why this entry is not read; None for a readable file


def safe_name(name: str) -> str:
    """``name`` as UTF-8 text: bytes that are not UTF-8 (kept by Python as surrogates) become
    ``\\xff`` escapes, so the name can be stored, logged and hashed."""
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        return os.fsencode(name).decode("utf-8", "backslashreplace")


def inside(path: str, root: str) -> bool:
    """``path`` is ``root`` or lies under it (both real paths)."""
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


FILE_KINDS = ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a character device"),
              (stat.S_ISBLK, "a block device"))


def scan_folder(root: Path) -> list[RawEntry]:
    """Every non-hidden entry under ``root`` (recursively), sorted by relative name."""
    root = Path(root)
    if not root.is_dir():
        return []
    real_root = os.path.realpath(root)
    entries: list[RawEntry] = []

    def problem(rel: str, path: str, reason: str, st: os.stat_result | None = None) -> None:
        entries.append(RawEntry(safe_name(rel), Path(path), st.st_size if st else 0, st.st_mtime_ns if st else 0, reason))

    def walk(folder: str, rel: str) -> None:
        try:
            with os.scandir(folder) as it:
                items = sorted(it, key=lambda e: os.fsencode(e.name))
        except OSError as exc:
            problem(rel or ".", folder, f"folder cannot be read: {exc.strerror or exc}")
            return
        for item in items:
            if item.name.startswith("."):
                continue
            name = f"{rel}/{item.name}" if rel else item.name
            try:
                lst = item.stat(follow_symlinks=False)
            except OSError as exc:
                problem(name, item.path, f"cannot be read: {exc.strerror or exc}")
                continue
            if safe_name(item.name) != item.name:
                problem(name, item.path, "file name is not valid UTF-8", lst)
                continue
            if stat.S_ISLNK(lst.st_mode):
                target = os.path.realpath(item.path)
                try:
                    st = os.stat(item.path)
                except OSError as exc:
                    reason = "symlink loop" if exc.errno == errno.ELOOP else "dangling symlink (its target does not exist)"
                    problem(name, item.path, reason, lst)
                    continue
                if not inside(target, real_root):
                    problem(name, item.path, "symlink leaves the raw folder", lst)
                    continue
                if stat.S_ISDIR(st.st_mode):
                    continue  # a folder inside the raw folder: its files are listed where they are
            else:
                st = lst
            if stat.S_ISDIR(st.st_mode):
                walk(item.path, name)
                continue
            if not stat.S_ISREG(st.st_mode):
                kind = next((k for test, k in FILE_KINDS if test(st.st_mode)), "not a regular file")
                problem(name, item.path, f"{kind}, not a regular file", st)
                continue
            entries.append(RawEntry(name, Path(item.path), st.st_size, st.st_mtime_ns))

    walk(str(root), "")
    return sorted(entries, key=lambda e: e.source_file)


def listing_fingerprint(entries: Iterable[RawEntry]) -> str:
    """Hash of (name, size, mtime, problem) of a listing: changes when a file appears, goes or changes."""
    h = hashlib.sha256()
    for e in entries:
        h.update(f"{e.source_file}\t{e.size}\t{e.mtime_ns}\t{e.problem or ''}\n".encode("utf-8", "backslashreplace"))
    return h.hexdigest()


def problem_hash(reason: str) -> str:
    """The "content hash" of an entry that is not read: its reason (so a fixed entry is read)."""
    return "problem:" + hashlib.sha256(reason.encode("utf-8")).hexdigest()[:56]


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()
