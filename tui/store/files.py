"""Writing files so that nothing the user saved is ever lost: temp file + rename."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from ..errors import OutputError


def _umask() -> int:
    """The process umask, read without changing it (os.umask would race other threads)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    return 0o022


def _mode_for(path: Path) -> int:
    """The mode a new file would get from open(), or the mode of the file it replaces."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        return 0o666 & ~_umask()


def write_atomic(path: Path | str, text: str, *, overwrite: bool = False, encoding: str = "utf-8") -> Path:
    """Write `text` to `path` atomically. Refuse to replace an existing file unless asked."""
    path = Path(path).expanduser()
    if path.is_dir():
        raise OutputError("is a directory", subject=str(path))
    if path.exists() and not overwrite:
        raise OutputError("already exists (not overwritten; choose another name or use --force)", subject=str(path))
    folder = path.parent if str(path.parent) else Path(".")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise OutputError(f"cannot write here ({exc.strerror or exc})", subject=str(path)) from None
    try:
        # mkstemp creates 0600; give the file the mode a plain open() would (or keep the old one).
        with contextlib.suppress(OSError):
            os.chmod(fd, _mode_for(path))
        with os.fdopen(fd, "w", encoding=encoding, newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        if overwrite:
            os.replace(tmp, path)
        else:
            # link() fails if the name appeared meanwhile: no silent overwrite, even in a race.
            try:
                os.link(tmp, path)
            except FileExistsError:
                raise OutputError("already exists (not overwritten)", subject=str(path)) from None
            except OSError:
                if path.exists():
                    raise OutputError("already exists (not overwritten)", subject=str(path)) from None
                os.replace(tmp, path)  # file systems without hard links
    except OSError as exc:
        raise OutputError(f"cannot write ({exc.strerror or exc})", subject=str(path)) from None
    finally:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
    return path


def unique_path(path: Path) -> Path:
    """`path`, or `name-2.ext`, `name-3.ext`… — the first that does not exist yet."""
    if not path.exists():
        return path
    for n in range(2, 10_000):
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
        if not candidate.exists():
            return candidate
    raise OutputError("too many files with this name", subject=str(path))
